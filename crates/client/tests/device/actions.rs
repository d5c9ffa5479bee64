//! A manager's actions on the device: the kept list, moves queued with their
//! photos, a photo a move needs never deleted with a draft that shared it,
//! refusals kept with their reason, and a refused move discarded with its
//! photo.

use crate::common::*;
use chrono::{Duration, Utc};
use ms_client::MoveState;
use ms_core::actions::api::StatusMove;
use ms_core::actions::ActionStatus;
use uuid::Uuid;

fn step(to: ActionStatus, photos: Vec<String>) -> StatusMove {
    StatusMove { to, comment: "Fixed.".into(), photos, move_id: None }
}

#[test]
fn a_move_keeps_its_photo_until_it_is_sent_or_discarded() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = memory_store(&dir);
    let now = Utc::now();
    let photo = store.add_photo(&jpeg(640, 480)).unwrap();
    // A draft shares the photo, then is deleted: the move still needs it.
    let draft = store.new_draft(&citizen_draft()).unwrap();
    store.add_evaluation_photo(draft, &photo.id).unwrap();
    let action = Uuid::new_v4();
    let queued =
        store.queue_action_move("sam", action, step(ActionStatus::Done, vec![photo.id.to_string()]), now).unwrap();
    assert!(queued.step.move_id.is_some_and(|m| m == queued.move_id), "the move carries its id");
    store.delete_draft(draft).unwrap();
    assert!(store.read_photo(&photo.id).is_ok(), "kept for the move");

    // Due now, for its own account only; a failure that waiting may mend keeps it queued.
    assert_eq!(store.action_moves_due("sam", now).unwrap().len(), 1);
    assert!(store.action_moves_due("kim", now).unwrap().is_empty());
    let later = now + Duration::minutes(5);
    store.action_move_failed(queued.move_id, "offline", None, Some(later)).unwrap();
    assert!(store.action_moves_due("sam", now).unwrap().is_empty());
    assert_eq!(store.next_action_move_wake().unwrap().map(|t| t.timestamp_millis()), Some(later.timestamp_millis()));
    assert!(store.forget_action_move(queued.move_id).is_err(), "a move still waiting can't be discarded");

    // Refused for good: kept with the reason until discarded, with its photo.
    store
        .action_move_failed(queued.move_id, "marking an action done needs a comment", Some("evidence_required"), None)
        .unwrap();
    let refused = store.action_move(queued.move_id).unwrap();
    assert_eq!((refused.state, refused.last_error_code.as_deref()), (MoveState::Refused, Some("evidence_required")));
    assert_eq!(refused.attempts, 2);
    assert!(store.next_action_move_wake().unwrap().is_none());
    store.forget_action_move(queued.move_id).unwrap();
    assert!(store.action_moves().unwrap().is_empty());
    assert!(store.read_photo(&photo.id).is_err(), "the photo went with the last thing that needed it");
}

#[test]
fn a_move_naming_a_photo_not_on_the_device_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = memory_store(&dir);
    let missing = "ab".repeat(32);
    assert!(store
        .queue_action_move("sam", Uuid::new_v4(), step(ActionStatus::Done, vec![missing]), Utc::now())
        .is_err());
    assert!(store
        .queue_action_move("sam", Uuid::new_v4(), step(ActionStatus::Done, vec!["x".into()]), Utc::now())
        .is_err());
    assert!(store.action_moves().unwrap().is_empty(), "nothing half kept");
}
