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
