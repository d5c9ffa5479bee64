//! Outbox state transitions, as the store records them.

use crate::common::*;
use chrono::{TimeDelta, Utc};
use ms_client::{Error, FailureKind, LocalState, OutboxEvent, OutboxStatus, SyncState};
use ms_core::{AnswerValue, EvaluationId, Face};

fn failed(kind: FailureKind, retry_in: TimeDelta) -> OutboxEvent {
    OutboxEvent::Failed {
        kind,
        message: "the server said no".into(),
        code: Some("x".into()),
        field: Some("answers.face".into()),
        retry_at: Utc::now() + retry_in,
    }
}

#[test]
fn completed_evaluation_is_waiting_and_due_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = memory_store(&dir);
    let id = store.new_draft(&citizen_draft()).unwrap();
    store.set_answer_value(id, "face", Some(&AnswerValue::Face(Face::Happy))).unwrap();
    store.complete(id, &citizen_template()).unwrap();
    let status = store.outbox_status(id).unwrap();
    assert_eq!(status.state, SyncState::Waiting);
    assert_eq!(status.attempts, 0);
    assert_eq!(store.outbox_due(Utc::now()).unwrap(), vec![id]);
    assert!(store.next_outbox_wake().unwrap().is_some());
}

#[test]
fn upload_runs_waiting_uploading_uploaded() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = memory_store(&dir);
    let id = queued(&mut store);
    let now = Utc::now();
    let s = store.record(id, OutboxEvent::Started { bytes_total: 100 }, now).unwrap();
    assert_eq!((s.state.clone(), s.attempts, s.bytes_total, s.bytes_sent), (SyncState::Uploading, 1, 100, 0));
    let s = store.record(id, OutboxEvent::Progress { bytes_sent: 40 }, now).unwrap();
    assert_eq!(s.bytes_sent, 40);
    let s = store.record(id, OutboxEvent::Uploaded, now).unwrap();
    assert_eq!(s.state, SyncState::Uploaded);
    assert_eq!(s.bytes_sent, 100);
    assert_eq!(s.uploaded_at, Some(now.with_nanosecond_truncated()));
    assert_eq!(store.state(id).unwrap(), LocalState::Uploaded);
    assert!(store.outbox_due(now + TimeDelta::days(1)).unwrap().is_empty());
    assert!(matches!(store.retry(id), Err(Error::InvalidTransition { .. })), "an uploaded one stays uploaded");
}

#[test]
fn transient_failure_is_retried_later() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = memory_store(&dir);
    let id = queued(&mut store);
    let now = Utc::now();
    store.record(id, OutboxEvent::Started { bytes_total: 10 }, now).unwrap();
    let s = store.record(id, failed(FailureKind::Transient, TimeDelta::seconds(30)), now).unwrap();
    assert_eq!(s.state, SyncState::Failed { message: "the server said no".into(), permanent: false });
    assert!(store.outbox_due(now).unwrap().is_empty());
    assert_eq!(store.outbox_due(now + TimeDelta::seconds(31)).unwrap(), vec![id]);
    let s = store.record(id, OutboxEvent::Started { bytes_total: 10 }, now).unwrap();
    assert_eq!(s.attempts, 2);
}

#[test]
fn permanent_failure_waits_for_the_users_retry() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = memory_store(&dir);
    let id = queued(&mut store);
    let now = Utc::now();
    store.record(id, OutboxEvent::Started { bytes_total: 10 }, now).unwrap();
    let s = store.record(id, failed(FailureKind::Permanent, TimeDelta::seconds(1)), now).unwrap();
    assert!(matches!(s.state, SyncState::Failed { permanent: true, .. }));
    assert_eq!(s.last_error_field.as_deref(), Some("answers.face"));
    assert_eq!(s.next_attempt_at, None);
    assert!(store.outbox_due(now + TimeDelta::days(365)).unwrap().is_empty());
    assert!(store.record(id, OutboxEvent::Started { bytes_total: 10 }, now).is_err());

    let s = store.retry(id).unwrap();
    assert_eq!(s.state, SyncState::Waiting);
    assert_eq!(s.attempts, 0);
    assert_eq!(store.outbox_due(Utc::now()).unwrap(), vec![id]);
}

#[test]
fn sign_in_failure_waits_for_a_token() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = memory_store(&dir);
    let id = queued(&mut store);
    let now = Utc::now();
    store.record(id, OutboxEvent::Started { bytes_total: 10 }, now).unwrap();
    let s = store.record(id, failed(FailureKind::NeedsSignIn, TimeDelta::seconds(1)), now).unwrap();
    assert!(s.needs_sign_in());
    assert!(store.outbox_due(now + TimeDelta::days(1)).unwrap().is_empty());
    assert_eq!(store.release_signed_out(now).unwrap(), 1);
    assert_eq!(store.outbox_due(now).unwrap(), vec![id]);
}

#[test]
fn crash_during_upload_leaves_it_due() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.sqlite");
    let id = {
        let mut store = ms_client::Store::open(&db, dir.path().join("p")).unwrap();
        let id = queued(&mut store);
        store.record(id, OutboxEvent::Started { bytes_total: 10 }, Utc::now()).unwrap();
        id
    };
    let store = ms_client::Store::open(&db, dir.path().join("p")).unwrap();
    assert_eq!(store.outbox_status(id).unwrap().state, SyncState::Uploading);
    assert_eq!(store.outbox_due(Utc::now()).unwrap(), vec![id]);
}

#[test]
fn outbox_status_of_a_draft_says_it_is_not_queued() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = memory_store(&dir);
    let id = store.new_draft(&citizen_draft()).unwrap();
    assert!(matches!(store.outbox_status(id), Err(Error::NotQueued(_))));
}

#[test]
fn progress_is_refused_when_not_uploading() {
    let s = OutboxStatus::queued(EvaluationId::new(), Utc::now());
    assert!(s.apply(OutboxEvent::Progress { bytes_sent: 1 }, Utc::now()).is_err());
    assert!(s.apply(OutboxEvent::Uploaded, Utc::now()).is_err());
}

fn queued(store: &mut ms_client::Store) -> EvaluationId {
    let id = store.new_draft(&citizen_draft()).unwrap();
    store.set_answer_value(id, "face", Some(&AnswerValue::Face(Face::Happy))).unwrap();
    store.complete(id, &citizen_template()).unwrap();
    id
}

trait Millis {
    fn with_nanosecond_truncated(self) -> Self;
}

impl Millis for chrono::DateTime<Utc> {
    fn with_nanosecond_truncated(self) -> Self {
        chrono::DateTime::from_timestamp_millis(self.timestamp_millis()).unwrap()
    }
}
