//! Checklist templates: versioned stages of items, with weights, requirements
//! and conditions. Texts are ids: an authored template carries its own texts per
//! language ([`ChecklistTemplate::text`]); a built-in one names Fluent messages
//! the app resolves (`locales/<lang>/checklists.ftl`).

pub use crate::ids::TemplateRef;

use crate::evaluation::{AnswerValue, Role};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChecklistTemplate {
    pub id: String,
    pub version: u32,
    /// Whom the checklist is for.
    pub audience: Role,
    /// Message id of the template's title.
    pub title: String,
    pub stages: Vec<Stage>,
    /// Authored texts: locale -> text id -> text. Empty for a template whose
    /// ids are Fluent messages of the app.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub texts: BTreeMap<String, BTreeMap<String, String>>,
    /// The language an authored text falls back to when a locale lacks it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_language: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Stage {
    pub id: String,
    /// Message id of the stage's title.
    pub title: String,
    pub weight: f64,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Item {
    /// Unique across the whole template.
    pub id: String,
    /// Message id of the question.
    pub label: String,
    /// Message id of a help text, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    pub kind: ItemKind,
    /// Weight within its stage; only scored kinds use it.
    pub weight: f64,
    pub required: bool,
    /// Whether "not applicable" is an allowed answer.
    #[serde(default)]
    pub allow_na: bool,
    /// A failing answer needs at least one photo.
    #[serde(default)]
    pub photo_on_fail: bool,
    /// A failing answer needs a comment.
    #[serde(default)]
    pub comment_on_fail: bool,
    /// Shown only when this holds for earlier answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<Condition>,
    /// A failing answer should lead to a corrective action (kept for the
    /// programme's actions; the engine does not act on it).
    #[serde(default, skip_serializing_if = "is_false")]
    pub action_on_fail: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ItemKind {
    YesNo,
    /// 1 (worst) to 5 (best).
    Scale,
    /// Happy, neutral or unhappy face.
    Face,
    /// Minutes, scored against a target.
    Duration {
        target_minutes: f64,
    },
    SingleChoice {
        options: Vec<ChoiceOption>,
    },
    MultiChoice {
        options: Vec<ChoiceOption>,
    },
    Number {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<f64>,
    },
    Text {
        max_len: u32,
    },
    /// The answer is the photos attached to the item.
    Photo {
        max_photos: u32,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChoiceOption {
    pub id: String,
    /// Message id of the option's text.
    pub label: String,
    /// What choosing it scores, 0..=1, for a single choice; None leaves the item unscored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
}

/// A condition on earlier items' answers. An unanswered or hidden item
/// satisfies none of the basic conditions (so `Not` of one holds for it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Condition {
    Equals {
        item: String,
        value: AnswerValue,
    },
    /// Answered, with another value.
    NotEquals {
        item: String,
        value: AnswerValue,
    },
    AnyOf {
        item: String,
        values: Vec<AnswerValue>,
    },
    Answered {
        item: String,
    },
    /// The choice is the one chosen (single choice) or among those chosen (multiple choice).
    Selected {
        item: String,
        choice: String,
    },
    /// Every member holds; at least two members.
    All {
        #[cfg_attr(feature = "openapi", schema(no_recursion))]
        all: Vec<Condition>,
    },
    /// Some member holds; at least two members.
    Any {
        #[cfg_attr(feature = "openapi", schema(no_recursion))]
        any: Vec<Condition>,
    },
    Not {
        #[cfg_attr(feature = "openapi", schema(no_recursion))]
        not: Box<Condition>,
    },
}

impl Condition {
    /// The item a basic condition names; None for `All`, `Any` and `Not`.
    pub fn item(&self) -> Option<&str> {
        match self {
            Condition::Equals { item, .. }
            | Condition::NotEquals { item, .. }
            | Condition::AnyOf { item, .. }
            | Condition::Answered { item }
            | Condition::Selected { item, .. } => Some(item),
            Condition::All { .. } | Condition::Any { .. } | Condition::Not { .. } => None,
        }
    }

    /// Every item the condition names, in the order written.
    pub fn items(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.collect_items(&mut out);
        out
    }

    fn collect_items<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Condition::All { all: cs } | Condition::Any { any: cs } => cs.iter().for_each(|c| c.collect_items(out)),
            Condition::Not { not } => not.collect_items(out),
            basic => out.extend(basic.item()),
        }
    }

    /// A list of fewer than two members, anywhere in the condition.
    fn short_list(&self) -> bool {
        match self {
            Condition::All { all: cs } | Condition::Any { any: cs } => {
                cs.len() < 2 || cs.iter().any(Condition::short_list)
            }
            Condition::Not { not } => not.short_list(),
            _ => false,
        }
    }
}

impl ChecklistTemplate {
    pub fn reference(&self) -> TemplateRef {
        TemplateRef { id: self.id.clone(), version: self.version }
    }

    pub fn items(&self) -> impl Iterator<Item = (&Stage, &Item)> {
        self.stages.iter().flat_map(|s| s.items.iter().map(move |i| (s, i)))
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items().map(|(_, i)| i).find(|i| i.id == id)
    }

    /// An authored text in `locale`, else in the default language (the flag
    /// says it fell back). None when the template has no text of that id, as
    /// for a built-in template whose ids are the app's Fluent messages.
    pub fn text(&self, id: &str, locale: &str) -> Option<(&str, bool)> {
        if let Some(t) = self.texts.get(locale).and_then(|m| m.get(id)) {
            return Some((t.as_str(), false));
        }
        let default = self.default_language.as_deref()?;
        self.texts.get(default).and_then(|m| m.get(id)).map(|t| (t.as_str(), default != locale))
    }

    /// Checks the template itself: unique ids, sane weights and targets,
    /// conditions that refer only to earlier items.
    pub fn check(&self) -> Result<(), String> {
        if self.stages.is_empty() {
            return Err(format!("template '{}' has no stages", self.id));
        }
        let mut seen: Vec<&str> = Vec::new();
        let mut stage_ids: Vec<&str> = Vec::new();
        for stage in &self.stages {
            if stage_ids.contains(&stage.id.as_str()) {
                return Err(format!("stage id '{}' is used twice", stage.id));
            }
            stage_ids.push(&stage.id);
            if !(stage.weight.is_finite() && stage.weight >= 0.0) {
                return Err(format!("stage '{}' has an invalid weight", stage.id));
            }
            for item in &stage.items {
                if seen.contains(&item.id.as_str()) {
                    return Err(format!("item id '{}' is used twice", item.id));
                }
                if !(item.weight.is_finite() && item.weight >= 0.0) {
                    return Err(format!("item '{}' has an invalid weight", item.id));
                }
                if let ItemKind::Duration { target_minutes } = item.kind {
                    if !(target_minutes.is_finite() && target_minutes > 0.0) {
                        return Err(format!("item '{}' needs a positive target", item.id));
                    }
                }
                if let Some(cond) = &item.show_if {
                    if let Some(name) = cond.items().into_iter().find(|name| !seen.contains(name)) {
                        return Err(format!("item '{}' depends on '{name}', which is not an earlier item", item.id));
                    }
                    if cond.short_list() {
                        return Err(format!("item '{}' has an 'all' or 'any' of fewer than two conditions", item.id));
                    }
                }
                if let ItemKind::SingleChoice { options } | ItemKind::MultiChoice { options } = &item.kind {
                    if options.iter().any(|o| o.score.is_some_and(|s| !(0.0..=1.0).contains(&s))) {
                        return Err(format!("item '{}' has an option scoring outside 0..1", item.id));
                    }
                }
                seen.push(&item.id);
            }
        }
        Ok(())
    }
}
