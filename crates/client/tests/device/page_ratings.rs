//! Ratings the server's rating page kept before the app arrived, taken into
//! the store: a draft to resume, a rating waiting in the outbox with the very
//! body the page sent, one the server has marked uploaded; taken twice, once;
//! one that does not fit its checklist refused with nothing kept.

use crate::common::{citizen_template, memory_store};
use ms_client::{Adopted, Error, LocalState, PageRating, PageState, SyncState};
use serde_json::json;

/// A rating as the page keeps it (`rating_page/quick.js`).
fn page_rating(face: &str, reasons: &[&str], state: &str, updated_at: i64) -> PageRating {
    let mut answers = json!({"face": {"value": {"type": "face", "value": face}}});
    if !reasons.is_empty() {
        answers["reasons"] = json!({"value": {"type": "choices", "value": reasons}});
    }
    serde_json::from_value(json!({
        "evaluation": {
            "id": "00000000-0000-4000-8000-0000000000aa", "revision": 1,
            "template": {"id": "citizen-quick-rating", "version": 1},
            "centre_id": "cd-al-barsha", "role": "citizen", "locale": "ar", "answers": answers,
            "counter": "Desk 3", "device_id": "page-device", "app_version": "page-0.1.0"
        },
        "state": state, "updated_at": updated_at
    }))
    .expect("a page rating")
}

#[test]
fn a_draft_from_the_page_resumes_and_is_taken_once() {
    let dir = tempfile::tempdir().expect("dir");
    let mut store = memory_store(&dir);
    let t = citizen_template();
    let draft = page_rating("unhappy", &[], "draft", 1_000);
    assert_eq!(store.adopt_page_rating(&draft, &t).expect("taken"), Adopted::New);
    let id = draft.evaluation.id;
    assert_eq!(store.state(id).expect("state"), LocalState::Draft);
    assert_eq!(store.load(id).expect("load").counter.as_deref(), Some("Desk 3"));
    assert_eq!(store.adopt_page_rating(&draft, &t).expect("again"), Adopted::AlreadyHeld);
    // Changed on the page since: the page's answers replace the store's.
    let later = page_rating("unhappy", &["fees"], "draft", i64::MAX / 2);
    assert_eq!(store.adopt_page_rating(&later, &t).expect("newer"), Adopted::Updated);
    assert_eq!(store.load(id).expect("load").answers, later.evaluation.answers);
    assert!(store.outbox().expect("outbox").is_empty(), "a draft is not sent");
}

#[test]
fn a_rating_sent_from_the_page_keeps_its_body_and_one_the_server_has_is_uploaded() {
    let dir = tempfile::tempdir().expect("dir");
    let mut store = memory_store(&dir);
    let t = citizen_template();
    let queued = page_rating("neutral", &["waiting-time"], "queued", 2_000);
    assert_eq!(store.adopt_page_rating(&queued, &t).expect("taken"), Adopted::New);
    let id = queued.evaluation.id;
    assert_eq!(
        store.frozen_body(id).expect("body"),
        queued.evaluation.canonical_json(),
        "the page's body, byte for byte"
    );
    let outbox = store.outbox().expect("outbox");
    assert_eq!((outbox.len(), &outbox[0].state), (1, &SyncState::Waiting));
    // The page hears the server has it: marked uploaded, never sent again.
    let sent = PageRating { state: PageState::Sent, ..queued.clone() };
    assert_eq!(store.adopt_page_rating(&sent, &t).expect("sent"), Adopted::AlreadyHeld);
    let dir2 = tempfile::tempdir().expect("dir");
    let mut other = memory_store(&dir2);
    assert_eq!(other.adopt_page_rating(&sent, &t).expect("taken"), Adopted::New);
    assert_eq!(other.state(id).expect("state"), LocalState::Uploaded);
    assert_eq!(other.outbox().expect("outbox")[0].state, SyncState::Uploaded);
    assert!(other.outbox_due(chrono::Utc::now()).expect("due").is_empty());
}

#[test]
fn a_rating_that_does_not_fit_its_checklist_is_refused_and_nothing_is_kept() {
    let dir = tempfile::tempdir().expect("dir");
    let mut store = memory_store(&dir);
    let t = citizen_template();
    // Unhappy, sent without the reasons the checklist asks for then.
    let incomplete = page_rating("unhappy", &[], "queued", 3_000);
    assert!(matches!(store.adopt_page_rating(&incomplete, &t), Err(Error::Incomplete(_))));
    let unknown = page_rating("happy", &["no-such-reason"], "draft", 3_000);
    let refused = store.adopt_page_rating(&unknown, &t).expect_err("refused");
    assert!(refused.to_string().contains("00000000-0000-4000-8000-0000000000aa"), "{refused}");
    let mut other_version = page_rating("happy", &[], "queued", 3_000);
    other_version.evaluation.template.version = 7;
    assert!(matches!(store.adopt_page_rating(&other_version, &t), Err(Error::PageRating(_))));
    assert!(store.list().expect("list").is_empty(), "nothing half kept");
}
