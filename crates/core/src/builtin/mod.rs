//! The two checklists the product ships with. Every text is a message id
//! (`locales/<lang>/checklists.ftl`); ids are `<template prefix>-<item id>`.

mod citizen;
mod shopper;

pub use citizen::{citizen_quick_rating, CITIZEN_QUICK_RATING, REASONS};
pub use shopper::{shopper_customer_journey, shopper_customer_journey_v1, CENTRE_CAN_FIX, SHOPPER_CUSTOMER_JOURNEY};

use crate::evaluation::AnswerValue;
use crate::template::{ChecklistTemplate, ChoiceOption, Condition, Item, ItemKind, Stage};

/// The id of the built-in checklist each role fills in.
pub fn template_id_for(role: crate::Role) -> &'static str {
    match role {
        crate::Role::Citizen => CITIZEN_QUICK_RATING,
        crate::Role::Shopper => SHOPPER_CUSTOMER_JOURNEY,
    }
}

/// Every version of the built-in checklists, oldest first. A server
/// publishes them all, so that a visit made with an earlier version is still
/// read by it; the app fills in the newest of each.
pub fn templates() -> Vec<ChecklistTemplate> {
    vec![citizen_quick_rating(), shopper_customer_journey_v1(), shopper_customer_journey()]
}

/// Every message id a template refers to, in order.
pub fn message_ids(t: &ChecklistTemplate) -> Vec<String> {
    let mut ids = vec![t.title.clone()];
    for stage in &t.stages {
        ids.push(stage.title.clone());
        for item in &stage.items {
            ids.push(item.label.clone());
            ids.extend(item.help.clone());
            if let ItemKind::SingleChoice { options } | ItemKind::MultiChoice { options } = &item.kind {
                ids.extend(options.iter().map(|o| o.label.clone()));
            }
        }
    }
    ids
}

/// Builds items with the template's message-id prefix.
struct Builder {
    prefix: &'static str,
}

impl Builder {
    fn stage(&self, id: &str, weight: f64, items: Vec<Item>) -> Stage {
        Stage { id: id.into(), title: format!("{}-stage-{id}", self.prefix), weight, items }
    }

    fn item(&self, id: &str, kind: ItemKind, weight: f64) -> Item {
        Item {
            id: id.into(),
            label: format!("{}-{id}", self.prefix),
            help: None,
            kind,
            weight,
            required: true,
            allow_na: false,
            photo_on_fail: false,
            comment_on_fail: false,
            show_if: None,
            action_on_fail: false,
        }
    }

    fn options(&self, group: &str, ids: &[&str]) -> Vec<ChoiceOption> {
        ids.iter()
            .map(|id| ChoiceOption { id: (*id).into(), label: format!("{}-{group}-{id}", self.prefix), score: None })
            .collect()
    }
}

/// Fluent adjustments of an item, so the tables in `citizen.rs` and `shopper.rs` read like checklists.
trait ItemExt {
    fn optional(self) -> Self;
    fn na(self) -> Self;
    fn photo_on_fail(self) -> Self;
    fn comment_on_fail(self) -> Self;
    fn help(self) -> Self;
    fn show_if_any(self, item: &str, values: Vec<AnswerValue>) -> Self;
}

impl ItemExt for Item {
    fn optional(mut self) -> Self {
        self.required = false;
        self
    }
    fn na(mut self) -> Self {
        self.allow_na = true;
        self
    }
    fn photo_on_fail(mut self) -> Self {
        self.photo_on_fail = true;
        self
    }
    fn comment_on_fail(mut self) -> Self {
        self.comment_on_fail = true;
        self
    }
    fn help(mut self) -> Self {
        self.help = Some(format!("{}-help", self.label));
        self
    }
    fn show_if_any(mut self, item: &str, values: Vec<AnswerValue>) -> Self {
        self.show_if = Some(Condition::AnyOf { item: item.into(), values });
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_templates_are_well_formed() {
        for t in templates() {
            t.check().unwrap_or_else(|e| panic!("{}: {e}", t.id));
        }
    }

    #[test]
    fn message_ids_are_unique_within_a_template() {
        for t in templates() {
            let ids = message_ids(&t);
            let unique: std::collections::HashSet<_> = ids.iter().collect();
            assert_eq!(unique.len(), ids.len(), "{}", t.id);
        }
    }
}
