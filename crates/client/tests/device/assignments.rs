//! A shopper's planned visits on the device: the API calls against a
//! scripted server, the list kept for offline reading, a draft made for an
//! assignment carrying it to the server, and the receipt's word on the link kept.

use crate::common::*;
use chrono::{NaiveDate, TimeZone, Utc};
use ms_client::api::assignments::rule_refusal;
use ms_client::{ApiClient, Store, SyncEngine};
use ms_core::planning::api::{AssignmentLink, AssignmentView, Available, MyAssignments, Refusal};
use ms_core::planning::{AssignmentId, AssignmentStatus, WaveId};
use ms_core::{ErrorCode, Role};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn view(status: AssignmentStatus, shopper: Option<&str>) -> AssignmentView {
    AssignmentView {
        id: AssignmentId::new(),
        wave_id: WaveId::new(),
        wave_name: "Spring wave".into(),
        template_id: ms_core::builtin::shopper_customer_journey().id,
        centre_id: "centre-1".into(),
        entity_id: "entity-1".into(),
        service_id: Some("service-1".into()),
        scenario: "Ask to renew a licence.\nPay by card.".into(),
        days: Vec::new(),
        hours: None,
        earliest: day(2026, 3, 1),
        due: day(2026, 3, 14),
        status,
        shopper: shopper.map(str::to_owned),
        evaluation_id: None,
        log: Vec::new(),
    }
}

fn list() -> MyAssignments {
    MyAssignments {
        mine: vec![view(AssignmentStatus::Assigned, Some("sam"))],
        available: vec![
            Available { assignment: view(AssignmentStatus::Open, None), claimable: true, refusal: None },
            Available {
                assignment: view(AssignmentStatus::Open, None),
                claimable: false,
                refusal: Some(Refusal {
                    code: ErrorCode::Lockout,
                    message: "visited on 2026-01-10".into(),
                    until: Some(day(2026, 4, 10)),
                }),
            },
        ],
    }
}

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap()
}

#[tokio::test]
async fn the_shoppers_list_is_asked_for_with_their_token_and_read_whole() {
    let sent = list();
    let body = json(&sent);
    let server = FakeServer::start(move |_| Reply::new(200, &body)).await;
    let api = ApiClient::new(&server.url).unwrap();
    api.set_token(Some("t0k".into()));
    let got = api.my_assignments().await.unwrap();
    assert_eq!(got, sent);
    let requests = server.requests();
    assert_eq!(server.log(), vec!["GET /api/v1/my/assignments"]);
    assert_eq!(requests[0].headers["authorization"], "Bearer t0k");
}

#[tokio::test]
async fn claim_start_and_release_post_to_the_assignment_and_read_its_new_state() {
    let id = AssignmentId::new();
    let server = FakeServer::start(move |req| {
        let status = match req.path.rsplit('/').next() {
            Some("claim") => AssignmentStatus::Assigned,
            Some("start") => AssignmentStatus::InProgress,
            _ => AssignmentStatus::Open,
        };
        let shopper = (status != AssignmentStatus::Open).then_some("sam");
        Reply::new(200, &json(&AssignmentView { id, ..view(status, shopper) }))
    })
    .await;
    let api = ApiClient::new(&server.url).unwrap();
    assert_eq!(api.claim_assignment(id).await.unwrap().status, AssignmentStatus::Assigned);
    assert_eq!(api.start_assignment(id).await.unwrap().status, AssignmentStatus::InProgress);
    let released = api.release_assignment(id).await.unwrap();
    assert_eq!((released.id, released.status, released.shopper), (id, AssignmentStatus::Open, None));
    assert_eq!(
        server.log(),
        vec![
            format!("POST /api/v1/assignments/{id}/claim"),
            format!("POST /api/v1/assignments/{id}/start"),
            format!("POST /api/v1/assignments/{id}/release"),
        ]
    );
    assert!(server.requests().iter().all(|r| r.body.is_empty()), "no body is sent");
}

#[tokio::test]
async fn a_claim_a_rule_refuses_is_read_as_that_rules_refusal() {
    let server = FakeServer::start(|_| {
        Reply::error(409, "lockout", "you visited this centre on 2026-02-01; you may again from 2026-05-02", None)
    })
    .await;
    let api = ApiClient::new(&server.url).unwrap();
    let err = api.claim_assignment(AssignmentId::new()).await.unwrap_err();
    let refusal = rule_refusal(&err).expect("a rule's refusal");
    assert_eq!(refusal.code, ErrorCode::Lockout);
    assert!(refusal.message.contains("2026-05-02"), "the server's sentence is kept");
}

#[test]
fn the_list_is_kept_for_its_shopper_with_when_it_came_and_reads_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("device.sqlite");
    let at = Utc.with_ymd_and_hms(2026, 3, 2, 9, 30, 0).unwrap();
    let kept = list();
    {
        let mut store = Store::open(&path, dir.path().join("photos")).unwrap();
        assert_eq!(store.my_assignments("sam").unwrap(), None, "nothing before the first list");
        store.save_my_assignments_at("sam", &kept, at).unwrap();
    }
    let mut store = Store::open(&path, dir.path().join("photos")).unwrap();
    let read = store.my_assignments("sam").unwrap().expect("kept");
    assert_eq!((read.assignments, read.fetched_at), (kept.clone(), at));
    assert_eq!(store.my_assignments("alex").unwrap(), None, "another shopper never reads it");

    // A new list replaces it, whoever it is for: one device, one list.
    store.save_my_assignments("alex", &MyAssignments::default()).unwrap();
    assert_eq!(store.my_assignments("sam").unwrap(), None);
    let alex = store.my_assignments("alex").unwrap().expect("kept");
    assert_eq!(alex.assignments, MyAssignments::default());
    assert!(alex.fetched_at > at);
    store.forget_my_assignments().unwrap();
    assert_eq!(store.my_assignments("alex").unwrap(), None);
}

#[test]
fn a_claim_start_and_release_answered_by_the_server_change_the_kept_list() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = memory_store(&dir);
    let at = Utc.with_ymd_and_hms(2026, 3, 2, 9, 30, 0).unwrap();
    let kept = list();
    store.save_my_assignments_at("sam", &kept, at).unwrap();
    let claimable = kept.available[0].assignment.clone();

    let claimed =
        AssignmentView { status: AssignmentStatus::Assigned, shopper: Some("sam".into()), ..claimable.clone() };
    assert!(store.apply_to_my_assignments("sam", &claimed).unwrap());
    let read = store.my_assignments("sam").unwrap().unwrap();
    assert_eq!(read.fetched_at, at, "still the list the server gave then");
    assert_eq!(read.assignments.mine, vec![kept.mine[0].clone(), claimed.clone()]);
    assert_eq!(read.assignments.available, vec![kept.available[1].clone()]);

    let started = AssignmentView { status: AssignmentStatus::InProgress, ..claimed.clone() };
    store.apply_to_my_assignments("sam", &started).unwrap();
    let read = store.my_assignments("sam").unwrap().unwrap();
    assert_eq!(read.assignments.mine[1].status, AssignmentStatus::InProgress);
    assert_eq!(read.assignments.mine.len(), 2);

    let released = AssignmentView { status: AssignmentStatus::Open, shopper: None, ..kept.mine[0].clone() };
    store.apply_to_my_assignments("sam", &released).unwrap();
    let read = store.my_assignments("sam").unwrap().unwrap();
    assert_eq!(read.assignments.mine, vec![started]);
    assert_eq!(read.assignments.available.len(), 1, "the next list says whether it can be taken again");

    assert!(!store.apply_to_my_assignments("alex", &claimed).unwrap(), "no list kept for another shopper");
}

#[test]
fn a_kept_list_that_cannot_be_read_is_said_to_be_damaged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("device.sqlite");
    {
        let mut store = Store::open(&path, dir.path().join("photos")).unwrap();
        store.save_my_assignments("sam", &list()).unwrap();
    }
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute("UPDATE my_assignments SET body = '{\"mine\": 3}'", []).unwrap();
    drop(conn);
    let store = Store::open(&path, dir.path().join("photos")).unwrap();
    match store.my_assignments("sam") {
        Err(ms_client::Error::Corrupt(why)) => assert!(why.contains("assignments"), "{why}"),
        other => panic!("a damaged list was read as {other:?}"),
    }
}

#[test]
fn a_draft_made_for_an_assignment_keeps_it_and_its_body_carries_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = memory_store(&dir);
    let assignment = AssignmentId::new();
    let template = ms_core::builtin::shopper_customer_journey();
    let new = ms_client::NewDraft {
        template: template.reference(),
        role: Role::Shopper,
        assignment_id: Some(assignment),
        ..citizen_draft()
    };
    let id = store.new_draft(&new).unwrap();
    assert_eq!(store.load(id).unwrap().assignment_id, Some(assignment));
    let line = store.list().unwrap().into_iter().find(|l| l.id == id).unwrap();
    assert_eq!((line.assignment_id, line.assignment_link), (Some(assignment), None));

    let plain = store.new_draft(&citizen_draft()).unwrap();
    assert_eq!(store.load(plain).unwrap().assignment_id, None);
    let made = completed_shopper_visit(&mut store);
    let body = store.frozen_body(made).unwrap();
    assert!(!body.contains("assignment_id"), "a visit made without one says nothing of it: {body}");

    let other = store.new_draft(&new).unwrap();
    answer_every_item(&mut store, other, &template);
    store.complete(other, &template).unwrap();
    let sent: serde_json::Value = serde_json::from_str(&store.frozen_body(other).unwrap()).unwrap();
    assert_eq!(sent["assignment_id"], assignment.to_string());
}

#[test]
fn a_returned_visit_reopened_for_its_next_revision_keeps_its_assignment() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = memory_store(&dir);
    let assignment = AssignmentId::new();
    let template = ms_core::builtin::shopper_customer_journey();
    let new = ms_client::NewDraft {
        template: template.reference(),
        role: Role::Shopper,
        assignment_id: Some(assignment),
        ..citizen_draft()
    };
    let id = store.new_draft(&new).unwrap();
    answer_every_item(&mut store, id, &template);
    store.complete(id, &template).unwrap();
    store.record(id, ms_client::OutboxEvent::Started { bytes_total: 1 }, Utc::now()).unwrap();
    store.record(id, ms_client::OutboxEvent::Uploaded, Utc::now()).unwrap();
    assert!(store.reopen_returned(id, 1, Some("Add the desk")).unwrap());
    let reopened = store.load(id).unwrap();
    assert_eq!((reopened.revision, reopened.assignment_id), (2, Some(assignment)));
}

#[test]
fn the_receipts_word_on_the_link_is_kept_beside_the_evaluation() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = memory_store(&dir);
    let id = completed_shopper_visit(&mut store);
    assert_eq!(store.assignment_link(id).unwrap(), None);
    let link = AssignmentLink {
        assignment_id: AssignmentId::new(),
        linked: false,
        refusal: Some(Refusal {
            code: ErrorCode::IllegalAssignmentMove,
            message: "the visit was cancelled".into(),
            until: None,
        }),
    };
    store.set_assignment_link(id, Some(&link)).unwrap();
    assert_eq!(store.assignment_link(id).unwrap(), Some(link.clone()));
    let line = store.list().unwrap().into_iter().find(|l| l.id == id).unwrap();
    assert_eq!(line.assignment_link, Some(link));
    store.set_assignment_link(id, None).unwrap();
    assert_eq!(store.assignment_link(id).unwrap(), None);
    let unknown = ms_core::EvaluationId::new();
    assert!(matches!(store.set_assignment_link(unknown, None), Err(ms_client::Error::NotFound(e)) if e == unknown));
}

#[tokio::test]
async fn an_upload_the_server_could_not_link_is_kept_and_says_why() {
    let assignment = AssignmentId::new();
    let server = FakeServer::start(move |req| {
        let id = req.path.rsplit('/').next().unwrap_or_default();
        let receipt = serde_json::json!({
            "id": id, "revision": 1, "status": "received", "score_percent": 100.0,
            "received_at": "2026-03-02T10:00:00Z",
            "assignment": {"assignment_id": assignment, "linked": false,
                "refusal": {"code": "illegal_assignment_move", "message": "the visit was cancelled"}}
        });
        Reply::new(201, &receipt.to_string())
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let mut store = memory_store(&dir);
    let template = ms_core::builtin::shopper_customer_journey();
    let new = ms_client::NewDraft {
        template: template.reference(),
        role: Role::Shopper,
        assignment_id: Some(assignment),
        ..citizen_draft()
    };
    let id = store.new_draft(&new).unwrap();
    answer_every_item(&mut store, id, &template);
    store.complete(id, &template).unwrap();
    let store = store.shared();
    let report =
        SyncEngine::new(store.clone(), ApiClient::new(&server.url).unwrap()).run_due(Utc::now()).await.unwrap();
    assert_eq!(report.uploaded, vec![id]);
    let sent: serde_json::Value = serde_json::from_slice(&server.requests()[0].body).unwrap();
    assert_eq!(sent["assignment_id"], assignment.to_string(), "the body names its planned visit");
    let store = ms_client::lock(&store);
    assert_eq!(store.state(id).unwrap(), ms_client::LocalState::Uploaded, "kept by the server all the same");
    let link = store.assignment_link(id).unwrap().expect("the receipt's word is kept");
    assert_eq!((link.assignment_id, link.linked), (assignment, false));
    assert_eq!(link.refusal.map(|r| r.code), Some(ErrorCode::IllegalAssignmentMove));
}

/// Answers every item of a shopper's visit well.
fn answer_every_item(store: &mut Store, id: ms_core::EvaluationId, template: &ms_core::ChecklistTemplate) {
    use ms_core::template::ItemKind;
    use ms_core::{AnswerValue, Face};
    for (_, item) in template.items() {
        let value = match &item.kind {
            ItemKind::YesNo => AnswerValue::Yes,
            ItemKind::Scale => AnswerValue::Scale(5),
            ItemKind::Face => AnswerValue::Face(Face::Happy),
            ItemKind::Duration { target_minutes } => AnswerValue::Minutes((target_minutes - 1.0).max(0.0)),
            other => panic!("a shopper item of a kind this helper does not answer: {other:?}"),
        };
        store.set_answer_value(id, &item.id, Some(&value)).unwrap();
    }
}
