//! Checklist templates: versioned stages of items, with weights, requirements
//! and conditions. Texts are Fluent message ids, resolved by the app in the
//! visitor's language (`locales/<lang>/checklists.ftl`).

pub use crate::ids::TemplateRef;

use crate::evaluation::{AnswerValue, Role};
use serde::{Deserialize, Serialize};

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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChoiceOption {
    pub id: String,
    /// Message id of the option's text.
    pub label: String,
}

/// A condition on an earlier item's answer. An unanswered or hidden item satisfies none.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Condition {
    Equals { item: String, value: AnswerValue },
    AnyOf { item: String, values: Vec<AnswerValue> },
    Answered { item: String },
}

impl Condition {
    pub fn item(&self) -> &str {
        match self {
            Condition::Equals { item, .. } | Condition::AnyOf { item, .. } | Condition::Answered { item } => item,
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
                    if !seen.contains(&cond.item()) {
                        return Err(format!(
                            "item '{}' depends on '{}', which is not an earlier item",
                            item.id,
                            cond.item()
                        ));
                    }
                }
                seen.push(&item.id);
            }
        }
        Ok(())
    }
}
