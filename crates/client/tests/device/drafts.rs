//! Drafts on the device: autosave, reopening, completing, freezing, deleting.

use crate::common::*;
use chrono::{TimeZone, Utc};
use ms_client::{Error, LocalState, Store};
use ms_core::{AnswerValue, CheckIn, ErrorCode, Face, MissingKind};

#[test]
fn answer_survives_reopening_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("device.sqlite");
    let photos = dir.path().join("photos");
    let check_in = CheckIn {
        at: Utc.with_ymd_and_hms(2025, 3, 1, 9, 30, 15).unwrap() + chrono::TimeDelta::nanoseconds(123_456_789),
        latitude: Some(24.4539),
        longitude: Some(54.3773),
        accuracy_m: Some(12.5),
        inside_geofence: Some(true),
    };
    let (id, photo, before) = {
        let mut store = Store::open(&db, &photos).unwrap();
        let id = store.new_draft(&citizen_draft()).unwrap();
        let photo = store.add_photo(&jpeg(64, 48)).unwrap().id;
        store.set_answer_value(id, "face", Some(&AnswerValue::Face(Face::Unhappy))).unwrap();
        store.set_answer_value(id, "reasons", Some(&AnswerValue::Choices(vec!["fees".into()]))).unwrap();
        store.set_answer_comment(id, "reasons", Some("the fee was not on the board")).unwrap();
        store.add_answer_photo(id, "reasons", &photo).unwrap();
        store.set_answer_value(id, "found-easily", Some(&AnswerValue::NotApplicable)).unwrap();
        store.set_check_in(id, Some(&check_in)).unwrap();
        store.set_visit_started(id, Some(check_in.at)).unwrap();
        store.set_comment(id, Some("long queue")).unwrap();
        store.set_employee(id, Some("desk 4")).unwrap();
        store.add_evaluation_photo(id, &photo).unwrap();
        store.set_current_stage(id, Some("journey")).unwrap();
        let before = store.load(id).unwrap();
        (id, photo, before)
        // dropped here without any explicit save: every change was written at once
    };
    let store = Store::open(&db, &photos).unwrap();
    let after = store.load(id).unwrap();
    assert_eq!(after, before);
    assert_eq!(after.answers["face"].value, Some(AnswerValue::Face(Face::Unhappy)));
    assert_eq!(after.answers["reasons"].comment.as_deref(), Some("the fee was not on the board"));
    assert_eq!(after.answers["reasons"].photos, vec![photo.clone()]);
    assert_eq!(after.check_in, Some(check_in));
    assert_eq!(after.photos, vec![photo.clone()]);
    assert_eq!(store.current_stage(id).unwrap().as_deref(), Some("journey"));
    assert_eq!(store.state(id).unwrap(), LocalState::Draft);
    assert!(!store.read_photo(&photo).unwrap().is_empty());
}

#[test]
fn a_counter_is_kept_with_the_rating_and_goes_in_its_body() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = memory_store(&dir);
    let id = store.new_draft(&citizen_draft()).unwrap();
    assert_eq!(store.load(id).unwrap().counter, None, "a link without a counter");
    store.set_counter(id, Some("Desk 3")).unwrap();
    store.set_answer_value(id, "face", Some(&AnswerValue::Face(Face::Happy))).unwrap();
    let ev = store.load(id).unwrap();
    assert_eq!(ev.counter.as_deref(), Some("Desk 3"));
    let body: serde_json::Value = serde_json::to_value(&ev).unwrap();
    assert_eq!(body["counter"], "Desk 3");
    store.set_counter(id, None).unwrap();
    let body = serde_json::to_value(store.load(id).unwrap()).unwrap();
    assert!(body.get("counter").is_none(), "left out when there is none, as older servers expect");
}

#[test]
fn cleared_answer_disappears() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = memory_store(&dir);
    let id = store.new_draft(&citizen_draft()).unwrap();
    store.set_answer_value(id, "face", Some(&AnswerValue::Face(Face::Happy))).unwrap();
    store.set_answer_value(id, "face", None).unwrap();
    assert!(store.load(id).unwrap().answers.is_empty());
    store.set_answer_comment(id, "face", Some("hm")).unwrap();
    let photo = store.add_photo(&jpeg(32, 24)).unwrap().id;
    store.add_answer_photo(id, "face", &photo).unwrap();
    store.clear_answer(id, "face").unwrap();
    assert!(store.load(id).unwrap().answers.is_empty(), "its comment and photos went with it");
}

#[test]
fn migrations_from_empty_reach_the_latest_version() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("new.sqlite"), dir.path().join("photos")).unwrap();
    assert_eq!(store.schema_version().unwrap(), ms_client::store::migrations::LATEST_VERSION);
    assert!(store.list().unwrap().is_empty());
}

#[test]
fn newer_database_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("future.sqlite");
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.pragma_update(None, "user_version", 999).unwrap();
    }
    match Store::open(&db, dir.path().join("photos")) {
        Err(e @ Error::DatabaseTooNew { found: 999, .. }) => assert!(e.to_string().contains("newer version")),
        Err(e) => panic!("wrong error: {e}"),
        Ok(_) => panic!("a database from a newer app was opened"),
    }
}

#[test]
fn completing_an_invalid_draft_names_the_missing_item() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = memory_store(&dir);
    let template = citizen_template();
    let id = store.new_draft(&citizen_draft()).unwrap();
    match store.complete(id, &template) {
        Err(e @ Error::Incomplete(_)) => {
            let Error::Incomplete(missing) = &e else { unreachable!() };
            assert_eq!(missing.item_id, "face");
            assert_eq!(missing.kind, MissingKind::Answer);
            assert!(e.to_string().contains("'face'"), "{e}");
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert_eq!(store.state(id).unwrap(), LocalState::Draft);
}

#[test]
fn completing_an_answer_of_the_wrong_kind_is_refused_and_the_draft_stays_a_draft() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = memory_store(&dir);
    let id = store.new_draft(&citizen_draft()).unwrap();
    store.set_answer_value(id, "face", Some(&AnswerValue::Scale(3))).unwrap();
    let before = store.load(id).unwrap();
    match store.complete(id, &citizen_template()) {
        Err(Error::Invalid(refusal)) => {
            assert_eq!((refusal.code, refusal.field.as_str()), (ErrorCode::WrongKind, "answers.face.value"));
        }
        other => panic!("expected the wrong kind to be refused, got {other:?}"),
    }
    assert_eq!(store.state(id).unwrap(), LocalState::Draft);
    assert!(matches!(store.frozen_body(id), Err(Error::NotQueued(_))), "nothing was frozen");
    assert!(store.outbox().unwrap().is_empty(), "nothing was queued");
    assert_eq!(store.load(id).unwrap(), before);
}

#[test]
fn queued_evaluation_can_not_be_edited() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = memory_store(&dir);
    let id = store.new_draft(&citizen_draft()).unwrap();
    store.set_answer_value(id, "face", Some(&AnswerValue::Face(Face::Happy))).unwrap();
    let completed = store.complete(id, &citizen_template()).unwrap();
    assert_eq!(store.state(id).unwrap(), LocalState::Queued);
    assert_eq!(store.frozen_body(id).unwrap(), completed.canonical_json());

    let refused = store.set_answer_value(id, "face", Some(&AnswerValue::Face(Face::Unhappy)));
    assert!(matches!(refused, Err(Error::NotEditable { state: LocalState::Queued, .. })), "{refused:?}");
    assert!(matches!(store.set_comment(id, Some("late")), Err(Error::NotEditable { .. })));
    assert!(matches!(store.delete_draft(id), Err(Error::NotEditable { .. })));
    assert!(matches!(store.complete(id, &citizen_template()), Err(Error::NotEditable { .. })));
    assert_eq!(store.load(id).unwrap(), completed);
}

#[test]
fn editing_an_unknown_evaluation_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = memory_store(&dir);
    let id = ms_core::EvaluationId::new();
    assert!(matches!(store.set_comment(id, Some("x")), Err(Error::NotFound(_))));
    assert!(matches!(store.set_answer_value(id, "face", None), Err(Error::NotFound(_))));
}

#[test]
fn deleting_a_draft_removes_its_answers_and_unused_photos() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = memory_store(&dir);
    let kept = store.add_photo(&jpeg(40, 30)).unwrap().id;
    let own = store.add_photo(&jpeg(30, 40)).unwrap().id;
    let other = store.new_draft(&citizen_draft()).unwrap();
    store.add_evaluation_photo(other, &kept).unwrap();
    let id = store.new_draft(&citizen_draft()).unwrap();
    store.set_answer_value(id, "face", Some(&AnswerValue::Face(Face::Happy))).unwrap();
    store.add_evaluation_photo(id, &kept).unwrap();
    store.add_evaluation_photo(id, &own).unwrap();

    store.delete_draft(id).unwrap();
    assert!(matches!(store.load(id), Err(Error::NotFound(_))));
    assert!(matches!(store.read_photo(&own), Err(Error::PhotoNotFound(_))));
    assert!(!store.photo_path(&own).unwrap().exists());
    assert!(store.read_photo(&kept).is_ok(), "a photo another draft uses is kept");
    assert_eq!(store.list().unwrap().len(), 1);
}

#[test]
fn list_shows_each_evaluation_with_its_state() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = memory_store(&dir);
    let a = store.new_draft(&citizen_draft()).unwrap();
    let b = store.new_draft(&citizen_draft()).unwrap();
    store.set_answer_value(b, "face", Some(&AnswerValue::Face(Face::Happy))).unwrap();
    store.set_answer_value(b, "one-visit", Some(&AnswerValue::Yes)).unwrap();
    store.complete(b, &citizen_template()).unwrap();
    let list = store.list().unwrap();
    let find = |id| list.iter().find(|s| s.id == id).unwrap();
    assert_eq!(find(a).state, LocalState::Draft);
    assert_eq!(find(a).answered, 0);
    assert_eq!(find(b).state, LocalState::Queued);
    assert_eq!(find(b).answered, 2);
    assert_eq!(find(b).centre_id, "centre-1");
    assert_eq!(store.progress(b, &citizen_template()).unwrap(), 1.0);
    assert_eq!(store.progress(a, &citizen_template()).unwrap(), 0.0);
}

#[test]
fn attaching_a_photo_that_is_not_stored_is_refused_and_attaches_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = memory_store(&dir);
    let id = store.new_draft(&citizen_draft()).unwrap();
    let ghost = ms_core::PhotoId::from_digest(&[7; 32]);
    assert!(matches!(store.add_answer_photo(id, "face", &ghost), Err(Error::PhotoNotFound(p)) if p == ghost));
    assert!(matches!(store.add_evaluation_photo(id, &ghost), Err(Error::PhotoNotFound(p)) if p == ghost));
    let after = store.load(id).unwrap();
    assert!(after.answers.is_empty() && after.photos.is_empty(), "{after:?}");
}

#[test]
fn running_timer_survives_reopening_and_stopping_it_answers_the_minutes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.sqlite");
    let started = chrono::Utc::now() - chrono::Duration::minutes(12);
    let id = {
        let mut store = Store::open(&db, dir.path().join("photos")).unwrap();
        let id = store.new_draft(&citizen_draft()).unwrap();
        store.start_timer(id, "waiting-time", started).unwrap();
        id
    };
    let mut store = Store::open(&db, dir.path().join("photos")).unwrap();
    let kept = store.timer_started(id, "waiting-time").unwrap().unwrap();
    assert_eq!(kept.timestamp_millis(), started.timestamp_millis());
    let all = store.timers(id).unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!((all[0].0.as_str(), all[0].1), ("waiting-time", kept));
    let minutes = store.stop_timer(id, "waiting-time", started + chrono::Duration::seconds(12 * 60 + 30)).unwrap();
    assert_eq!(minutes, Some(12.5));
    assert_eq!(store.timer_started(id, "waiting-time").unwrap(), None);
    assert!(store.timers(id).unwrap().is_empty());
    let ev = store.load(id).unwrap();
    assert_eq!(ev.answers["waiting-time"].value, Some(AnswerValue::Minutes(12.5)));
    assert_eq!(store.stop_timer(id, "waiting-time", chrono::Utc::now()).unwrap(), None);
}

#[test]
fn snapshot_restores_every_draft_and_photo_of_a_self_contained_store() {
    let mut store = Store::open_self_contained(":memory:").unwrap();
    let id = store.new_draft(&citizen_draft()).unwrap();
    store.set_answer_value(id, "face", Some(&AnswerValue::Face(ms_core::Face::Unhappy))).unwrap();
    store.set_answer_comment(id, "face", Some("long queue")).unwrap();
    let photo = store.add_photo(&jpeg(64, 48)).unwrap();
    store.add_evaluation_photo(id, &photo.id).unwrap();
    let before = store.change_count();
    let bytes = store.snapshot().unwrap();
    assert_eq!(store.change_count(), before, "taking a snapshot changes nothing");

    let mut restored = Store::restore_self_contained(&bytes).unwrap();
    assert_eq!(restored.load(id).unwrap(), store.load(id).unwrap());
    assert_eq!(restored.read_photo(&photo.id).unwrap(), photo.jpeg);
    restored.set_comment(id, Some("still editable")).unwrap();
    assert!(restored.change_count() > 0);
}

#[test]
fn damaged_snapshot_is_refused_as_damaged() {
    let mut store = Store::open_self_contained(":memory:").unwrap();
    store.new_draft(&citizen_draft()).unwrap();
    let mut bytes = store.snapshot().unwrap();
    for b in bytes.iter_mut().skip(100).take(3000) {
        *b = 0x5a;
    }
    for damaged in [&bytes[..], b"not a database"] {
        match Store::restore_self_contained(damaged) {
            Err(Error::Database(rusqlite::Error::SqliteFailure(e, _))) => assert!(
                matches!(e.code, rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase),
                "refused as {e}"
            ),
            Err(Error::Corrupt(reason)) => assert!(reason.contains("damaged"), "{reason}"),
            Err(other) => panic!("a damaged snapshot is refused as damaged, not with: {other}"),
            Ok(_) => panic!("a damaged snapshot was restored"),
        }
    }
}
