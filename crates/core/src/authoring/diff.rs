//! The difference between two versions of a checklist, as an author reads
//! it: stages and items added and removed, and for each item kept, what
//! changed (its text in which language, its weight, its logic, its kind,
//! whether it is required, what a failing answer must bring).

use crate::template::{ChecklistTemplate, Item};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// One thing that changed about a stage or an item kept from one version to the next.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "what", rename_all = "snake_case")]
pub enum Change {
    /// Its label (or a stage's title) in this language.
    Label {
        language: String,
        from: Option<String>,
        to: Option<String>,
    },
    Hint {
        language: String,
        from: Option<String>,
        to: Option<String>,
    },
    Weight {
        from: f64,
        to: f64,
    },
    /// When it shows, as the workbook writes it; none for always.
    Logic {
        from: Option<String>,
        to: Option<String>,
    },
    /// Its kind of answer, or its options, targets and limits.
    Kind {
        from: String,
        to: String,
    },
    Required {
        from: bool,
        to: bool,
    },
    /// Photos or a comment a failing answer must bring, "not applicable", the corrective action.
    Evidence {
        from: String,
        to: String,
    },
    /// Moved to another stage.
    Stage {
        from: String,
        to: String,
    },
}

/// A stage or item and what changed about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Changed {
    pub id: String,
    pub changes: Vec<Change>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TemplateDiff {
    pub from: u32,
    pub to: u32,
    pub stages_added: Vec<String>,
    pub stages_removed: Vec<String>,
    pub stages_changed: Vec<Changed>,
    pub items_added: Vec<String>,
    pub items_removed: Vec<String>,
    pub items_changed: Vec<Changed>,
    /// The title, per language.
    pub title: Vec<Change>,
}

impl TemplateDiff {
    pub fn is_empty(&self) -> bool {
        self.stages_added.is_empty()
            && self.stages_removed.is_empty()
            && self.stages_changed.is_empty()
            && self.items_added.is_empty()
            && self.items_removed.is_empty()
            && self.items_changed.is_empty()
            && self.title.is_empty()
    }
}

/// Every language either version has a text in, then the ten in their order.
fn languages(a: &ChecklistTemplate, b: &ChecklistTemplate) -> Vec<String> {
    let mut all: BTreeSet<String> = a.texts.keys().chain(b.texts.keys()).cloned().collect();
    if all.is_empty() {
        all.insert("en".into());
    }
    all.into_iter().collect()
}

/// A text as a template shows it in one language: its own text there, or its
/// id when it names a message of the app (a built-in template).
fn text(t: &ChecklistTemplate, id: &str, language: &str) -> Option<String> {
    if t.texts.is_empty() {
        return Some(id.to_owned());
    }
    t.texts.get(language).and_then(|m| m.get(id)).cloned()
}

fn texts(
    a: &ChecklistTemplate,
    b: &ChecklistTemplate,
    ids: (Option<&str>, Option<&str>),
    languages: &[String],
    hint: bool,
    out: &mut Vec<Change>,
) {
    for language in languages {
        let from = ids.0.and_then(|id| text(a, id, language));
        let to = ids.1.and_then(|id| text(b, id, language));
        if from != to {
            let language = language.clone();
            out.push(if hint { Change::Hint { language, from, to } } else { Change::Label { language, from, to } });
        }
    }
}

fn kind(i: &Item) -> String {
    serde_json::to_string(&i.kind).unwrap_or_default()
}

fn evidence(i: &Item) -> String {
    let mut parts = Vec::new();
    if i.photo_on_fail {
        parts.push("photo");
    }
    if i.comment_on_fail {
        parts.push("comment");
    }
    if i.allow_na {
        parts.push("na_allowed");
    }
    if i.action_on_fail {
        parts.push("action_on_fail");
    }
    parts.join(", ")
}

/// What changed from `a` to `b`.
pub fn diff(a: &ChecklistTemplate, b: &ChecklistTemplate) -> TemplateDiff {
    let languages = languages(a, b);
    let mut d = TemplateDiff { from: a.version, to: b.version, ..TemplateDiff::default() };
    texts(a, b, (Some(&a.title), Some(&b.title)), &languages, false, &mut d.title);
    for s in &b.stages {
        match a.stages.iter().find(|x| x.id == s.id) {
            None => d.stages_added.push(s.id.clone()),
            Some(old) => {
                let mut changes = Vec::new();
                texts(a, b, (Some(&old.title), Some(&s.title)), &languages, false, &mut changes);
                if old.weight != s.weight {
                    changes.push(Change::Weight { from: old.weight, to: s.weight });
                }
                if !changes.is_empty() {
                    d.stages_changed.push(Changed { id: s.id.clone(), changes });
                }
            }
        }
    }
    d.stages_removed =
        a.stages.iter().filter(|s| !b.stages.iter().any(|x| x.id == s.id)).map(|s| s.id.clone()).collect();
    let old_items: Vec<(&str, &Item)> = a.items().map(|(s, i)| (s.id.as_str(), i)).collect();
    for (stage, item) in b.items().map(|(s, i)| (s.id.as_str(), i)) {
        let Some((old_stage, old)) = old_items.iter().find(|(_, i)| i.id == item.id) else {
            d.items_added.push(item.id.clone());
            continue;
        };
        let mut changes = Vec::new();
        if *old_stage != stage {
            changes.push(Change::Stage { from: (*old_stage).to_owned(), to: stage.to_owned() });
        }
        texts(a, b, (Some(&old.label), Some(&item.label)), &languages, false, &mut changes);
        texts(a, b, (old.help.as_deref(), item.help.as_deref()), &languages, true, &mut changes);
        if old.weight != item.weight {
            changes.push(Change::Weight { from: old.weight, to: item.weight });
        }
        let logic = |i: &Item| i.show_if.as_ref().map(super::relevant::write);
        if logic(old) != logic(item) {
            changes.push(Change::Logic { from: logic(old), to: logic(item) });
        }
        if old.kind != item.kind {
            changes.push(Change::Kind { from: kind(old), to: kind(item) });
        }
        if old.required != item.required {
            changes.push(Change::Required { from: old.required, to: item.required });
        }
        if evidence(old) != evidence(item) {
            changes.push(Change::Evidence { from: evidence(old), to: evidence(item) });
        }
        if !changes.is_empty() {
            d.items_changed.push(Changed { id: item.id.clone(), changes });
        }
    }
    d.items_removed =
        old_items.iter().filter(|(_, i)| !b.items().any(|(_, x)| x.id == i.id)).map(|(_, i)| i.id.clone()).collect();
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::authoring::{parse, workbook};
    use crate::template::Condition;

    fn authored() -> ChecklistTemplate {
        let builtin = crate::builtin::shopper_customer_journey();
        let wb = crate::authoring::workbook_with(&builtin, |id, locale| Some(format!("{id} in {locale}")));
        parse(&wb, None).template.expect("the built-in checklist reads back")
    }

    #[test]
    fn a_version_against_itself_has_no_difference() {
        let t = authored();
        assert!(diff(&t, &t).is_empty());
        let b = crate::builtin::shopper_customer_journey();
        assert!(diff(&b, &b).is_empty());
        let _ = workbook(&t);
    }

    #[test]
    fn items_added_removed_and_changed_are_named_with_what_changed() {
        let a = authored();
        let mut b = a.clone();
        b.version += 1;
        let removed = b.stages[0].items.remove(0);
        let mut added = b.stages[0].items[0].clone();
        added.id = "brand-new".into();
        b.stages[0].items.push(added);
        let earlier = b.stages[0].items[0].id.clone();
        let changed = &mut b.stages[1].items[0];
        changed.weight += 1.0;
        changed.required = !changed.required;
        changed.show_if = Some(Condition::Answered { item: earlier });
        let (label, id) = (changed.label.clone(), changed.id.clone());
        b.texts.get_mut("ar").and_then(|m| m.get_mut(&label)).map(|t| t.push_str(" (جديد)")).expect("an Arabic label");
        b.stages[2].weight = 0.5;

        let d = diff(&a, &b);
        assert_eq!((d.from, d.to), (a.version, a.version + 1));
        assert_eq!(d.items_removed, vec![removed.id]);
        assert_eq!(d.items_added, vec!["brand-new".to_owned()]);
        let item = d.items_changed.iter().find(|c| c.id == id).expect("the changed item");
        assert!(item.changes.iter().any(|c| matches!(c, Change::Label { language, .. } if language == "ar")));
        assert!(!item.changes.iter().any(|c| matches!(c, Change::Label { language, .. } if language == "en")));
        assert!(item.changes.iter().any(|c| matches!(c, Change::Weight { .. })));
        assert!(item.changes.iter().any(|c| matches!(c, Change::Required { .. })));
        assert!(item.changes.iter().any(|c| matches!(c, Change::Logic { from: None, to: Some(_) })));
        assert_eq!(d.items_changed.len(), 1, "{d:?}");
        assert_eq!(d.stages_changed.len(), 1);
        assert_eq!(d.stages_changed[0].changes, vec![Change::Weight { from: a.stages[2].weight, to: 0.5 }]);
    }
}
