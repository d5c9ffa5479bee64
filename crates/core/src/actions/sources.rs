//! Where actions come from automatically: an approved shopper's visit whose
//! items marked `action_on_fail` failed, one action per item and centre,
//! added to the action still open for that centre and item if there is one.

use super::ActionStatus;
use crate::engine::fails;
use crate::template::{Item, Stage};
use crate::{ChecklistTemplate, Evaluation};

/// What deduplication looks at in an existing action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionKey<Id> {
    pub id: Id,
    pub centre_id: String,
    pub item_id: Option<String>,
    pub status: ActionStatus,
}

/// The items of `template` that ask for an action when they fail and that
/// `evaluation` answered failing, in the checklist's order, with their stage.
pub fn failing_action_items<'t>(
    template: &'t ChecklistTemplate,
    evaluation: &Evaluation,
) -> Vec<(&'t Stage, &'t Item)> {
    template
        .items()
        .filter(|(_, item)| item.action_on_fail)
        .filter(|(_, item)| {
            evaluation.answers.get(&item.id).and_then(|a| a.value.as_ref()).is_some_and(|v| fails(&item.kind, v))
        })
        .collect()
}

/// The action not yet closed for this centre and item, which a new failing
/// answer joins instead of making another.
pub fn open_action_for<'a, Id>(
    existing: &'a [ActionKey<Id>],
    centre_id: &str,
    item_id: &str,
) -> Option<&'a ActionKey<Id>> {
    existing.iter().find(|a| !a.status.is_closed() && a.centre_id == centre_id && a.item_id.as_deref() == Some(item_id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Answer, AnswerValue};

    fn visit(template: &ChecklistTemplate, answers: &[(&str, AnswerValue)]) -> Evaluation {
        let mut e: Evaluation = serde_json::from_value(serde_json::json!({
            "id": "00000000-0000-4000-8000-000000000001", "revision": 1,
            "template": {"id": template.id, "version": template.version},
            "centre_id": "cd-al-barsha", "role": "shopper", "locale": "en",
            "device_id": "d", "app_version": "t"
        }))
        .unwrap();
        for (id, v) in answers {
            e.answers.insert((*id).into(), Answer { value: Some(v.clone()), ..Answer::default() });
        }
        e
    }

    #[test]
    fn only_failing_answers_of_items_marked_for_actions_make_actions() {
        let mut t = crate::builtin::shopper_customer_journey();
        for item in t.stages.iter_mut().flat_map(|s| s.items.iter_mut()) {
            item.action_on_fail = matches!(item.id.as_str(), "cleanliness" | "signage" | "seating-comfort");
        }
        let e = visit(
            &t,
            &[
                ("cleanliness", AnswerValue::No),
                ("signage", AnswerValue::Yes),
                ("seating-comfort", AnswerValue::Scale(2)),
                ("thanked", AnswerValue::No),
            ],
        );
        let ids: Vec<&str> = failing_action_items(&t, &e).iter().map(|(_, i)| i.id.as_str()).collect();
        assert_eq!(ids, vec!["cleanliness", "seating-comfort"], "a passing item and an unmarked one make none");
        assert!(failing_action_items(&t, &visit(&t, &[("cleanliness", AnswerValue::NotApplicable)])).is_empty());
    }

    #[test]
    fn a_failing_item_joins_the_action_still_open_for_its_centre_and_item() {
        let key = |id: u32, centre: &str, item: Option<&str>, status| ActionKey {
            id,
            centre_id: centre.into(),
            item_id: item.map(str::to_owned),
            status,
        };
        let existing = vec![
            key(1, "cd-al-barsha", Some("cleanliness"), ActionStatus::Verified),
            key(2, "cd-deira", Some("cleanliness"), ActionStatus::Open),
            key(3, "cd-al-barsha", None, ActionStatus::Open),
            key(4, "cd-al-barsha", Some("cleanliness"), ActionStatus::Done),
        ];
        assert_eq!(open_action_for(&existing, "cd-al-barsha", "cleanliness").map(|a| a.id), Some(4));
        assert_eq!(
            open_action_for(&existing[..3], "cd-al-barsha", "cleanliness").map(|a| a.id),
            None,
            "a verified one is closed"
        );
        assert_eq!(open_action_for(&existing, "cd-al-barsha", "signage").map(|a| a.id), None);
    }
}
