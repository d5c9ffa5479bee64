//! Writing what the person does on screen into the device store, one change
//! at a time, so nothing typed is lost.

use crate::components::AnswerChange;
use ms_client::{lock, SharedStore};
use ms_core::EvaluationId;

/// Saves one change of one item's answer.
pub fn apply(store: &SharedStore, id: EvaluationId, item_id: &str, change: AnswerChange) -> Result<(), String> {
    let mut s = lock(store);
    let result = match change {
        AnswerChange::Value(v) => s.set_answer_value(id, item_id, v.as_ref()),
        AnswerChange::Comment(c) => {
            let c = c.trim_end().to_owned();
            s.set_answer_comment(id, item_id, (!c.is_empty()).then_some(c.as_str()))
        }
        AnswerChange::Photo(p) => s.add_answer_photo(id, item_id, &p),
    };
    result.map_err(|e| e.to_string())
}

/// Parses an evaluation id from a route.
pub fn parse_id(raw: &str) -> Option<EvaluationId> {
    raw.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ms_client::{NewDraft, Store};
    use ms_core::{AnswerValue, Face, Role};

    fn draft() -> (SharedStore, EvaluationId) {
        let store = Store::open_self_contained(":memory:").map(Store::shared).expect("store");
        let template = ms_core::builtin::citizen_quick_rating();
        let new = NewDraft {
            template: template.reference(),
            centre_id: "c".into(),
            service_id: None,
            role: Role::Citizen,
            locale: "en".into(),
            device_id: "d".into(),
            app_version: "t".into(),
        };
        let id = lock(&store).new_draft(&new).expect("draft");
        (store, id)
    }

    #[test]
    fn each_change_on_screen_is_saved_at_once() {
        let (store, id) = draft();
        apply(&store, id, "face", AnswerChange::Value(Some(AnswerValue::Face(Face::Unhappy)))).expect("value");
        apply(&store, id, "face", AnswerChange::Comment("Long queue  ".into())).expect("comment");
        let ev = lock(&store).load(id).expect("load");
        assert_eq!(ev.answers["face"].value, Some(AnswerValue::Face(Face::Unhappy)));
        assert_eq!(ev.answers["face"].comment.as_deref(), Some("Long queue"));
    }

    #[test]
    fn clearing_a_comment_removes_it() {
        let (store, id) = draft();
        apply(&store, id, "face", AnswerChange::Comment("x".into())).expect("comment");
        apply(&store, id, "face", AnswerChange::Comment("   ".into())).expect("cleared");
        let ev = lock(&store).load(id).expect("load");
        assert!(ev.answers.get("face").and_then(|a| a.comment.clone()).is_none());
    }

    #[test]
    fn a_change_to_a_submitted_evaluation_is_refused_with_a_message() {
        let (store, id) = draft();
        apply(&store, id, "face", AnswerChange::Value(Some(AnswerValue::Face(Face::Happy)))).expect("value");
        lock(&store).complete(id, &ms_core::builtin::citizen_quick_rating()).expect("complete");
        let refused = apply(&store, id, "face", AnswerChange::Value(None));
        assert!(refused.is_err_and(|m| !m.is_empty()));
    }

    #[test]
    fn route_ids_that_are_not_uuids_are_refused() {
        assert!(parse_id("not-an-id").is_none());
        assert!(parse_id(&EvaluationId::new().to_string()).is_some());
    }
}
