//! The sync engine against a scripted server on a real socket.

use crate::common::*;
use chrono::{TimeDelta, Utc};
use ms_client::{ApiClient, SharedStore, Store, SyncEngine, SyncState};
use ms_core::{AnswerValue, EvaluationId, Face};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

const RECEIPT: &str =
    r#"{"id":"ID","revision":1,"status":"received","score_percent":100.0,"received_at":"2025-01-01T00:00:00Z"}"#;

fn receipt(req: &Request) -> Reply {
    let id = req.path.rsplit('/').next().unwrap_or_default();
    Reply::new(201, &RECEIPT.replace("ID", id))
}

fn photo_receipt(req: &Request) -> Reply {
    let sha = req.path.rsplit('/').next().unwrap_or_default();
    Reply::new(201, &format!(r#"{{"sha256":"{sha}","bytes":1,"width":1,"height":1}}"#))
}

/// A store with one queued citizen evaluation carrying one photo.
fn queued_with_photo(dir: &tempfile::TempDir) -> (SharedStore, EvaluationId, u64) {
    let mut store = Store::open(dir.path().join("d.sqlite"), dir.path().join("photos")).unwrap();
    let id = store.new_draft(&citizen_draft()).unwrap();
    let photo = store.add_photo(&jpeg(120, 90)).unwrap();
    store.set_answer_value(id, "face", Some(&AnswerValue::Face(Face::Happy))).unwrap();
    store.add_evaluation_photo(id, &photo.id).unwrap();
    store.complete(id, &citizen_template()).unwrap();
    let total = photo.jpeg.len() as u64 + store.frozen_body(id).unwrap().len() as u64;
    (store.shared(), id, total)
}

/// A server that lacks every photo and accepts everything sent.
async fn accepting_server() -> FakeServer {
    FakeServer::start(|req| match (req.method.as_str(), req.path.contains("/photos/")) {
        ("HEAD", true) => Reply::new(404, ""),
        ("PUT", true) => photo_receipt(req),
        _ => receipt(req),
    })
    .await
}

fn engine(store: &SharedStore, url: &str) -> SyncEngine {
    SyncEngine::new(store.clone(), ApiClient::new(url).unwrap())
}

#[tokio::test]
async fn photos_go_first_then_the_evaluation() {
    let server = accepting_server().await;
    let dir = tempfile::tempdir().unwrap();
    let (store, id, total) = queued_with_photo(&dir);
    let report = engine(&store, &server.url).run_due(Utc::now()).await.unwrap();
    assert_eq!(report.uploaded, vec![id]);
    assert_eq!(report.next_wake, None);

    let log = server.log();
    assert_eq!(log.len(), 3, "{log:?}");
    assert!(log[0].starts_with("HEAD /api/v1/photos/"));
    assert!(log[1].starts_with("PUT /api/v1/photos/"));
    assert_eq!(log[2], format!("PUT /api/v1/evaluations/{id}"));
    let requests = server.requests();
    assert_eq!(requests[1].headers["content-type"], "image/jpeg");
    let status = ms_client::lock(&store).outbox_status(id).unwrap();
    assert_eq!(status.state, SyncState::Uploaded);
    assert_eq!((status.bytes_sent, status.bytes_total), (total, total));
    assert_eq!(ms_client::lock(&store).state(id).unwrap(), ms_client::LocalState::Uploaded);
}

#[tokio::test]
async fn photo_the_server_has_is_not_sent_again() {
    let server = FakeServer::start(|req| match req.method.as_str() {
        "HEAD" => Reply::new(200, ""),
        _ => receipt(req),
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let (store, id, _) = queued_with_photo(&dir);
    engine(&store, &server.url).run_due(Utc::now()).await.unwrap();
    assert_eq!(server.log().iter().filter(|l| l.starts_with("PUT /api/v1/photos")).count(), 0);
    assert_eq!(ms_client::lock(&store).outbox_status(id).unwrap().state, SyncState::Uploaded);
}

#[tokio::test]
async fn server_trouble_backs_off_and_the_retry_sends_the_same_body() {
    let failures_left = Arc::new(AtomicUsize::new(2));
    let left = failures_left.clone();
    let server = FakeServer::start(move |req| match req.method.as_str() {
        "HEAD" => Reply::new(200, ""),
        _ if left.load(Ordering::SeqCst) > 0 => {
            left.fetch_sub(1, Ordering::SeqCst);
            Reply::error(503, "unavailable", "try again later", None)
        }
        _ => receipt(req),
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let (store, id, _) = queued_with_photo(&dir);
    let engine = engine(&store, &server.url);
    let now = Utc::now();

    let report = engine.run_due(now).await.unwrap();
    assert_eq!(report.retrying, vec![id]);
    let status = ms_client::lock(&store).outbox_status(id).unwrap();
    assert_eq!(status.state, SyncState::Failed { message: "try again later".into(), permanent: false });
    assert_eq!(status.attempts, 1);
    let wake = report.next_wake.unwrap();
    assert!(wake >= now + TimeDelta::seconds(1) && wake <= now + TimeDelta::seconds(2), "{wake} after {now}");
    assert_eq!(engine.next_wake().unwrap(), Some(wake));

    let early = engine.run_due(now).await.unwrap();
    assert!(early.uploaded.is_empty() && early.retrying.is_empty(), "nothing is due before the backoff");

    let second = engine.run_due(wake).await.unwrap();
    assert_eq!(second.retrying, vec![id]);
    let wake2 = second.next_wake.unwrap();
    assert!(wake2 >= wake + TimeDelta::seconds(2), "the wait grows");

    let third = engine.run_due(wake2).await.unwrap();
    assert_eq!(third.uploaded, vec![id]);

    let bodies: Vec<Vec<u8>> =
        server.requests().into_iter().filter(|r| r.path.contains("/evaluations/")).map(|r| r.body).collect();
    assert_eq!(bodies.len(), 3);
    assert!(bodies.iter().all(|b| *b == bodies[0]), "every attempt sends the same bytes");
    assert_eq!(bodies[0], ms_client::lock(&store).frozen_body(id).unwrap().into_bytes());
}

#[tokio::test]
async fn refused_evaluation_keeps_the_servers_message_and_is_not_retried() {
    let refuse = Arc::new(Mutex::new(true));
    let flag = refuse.clone();
    let server = FakeServer::start(move |req| match req.method.as_str() {
        "HEAD" => Reply::new(200, ""),
        _ if *flag.lock().unwrap() => {
            Reply::error(422, "unknown_centre", "no centre has the id 'centre-1'", Some("centre_id"))
        }
        _ => receipt(req),
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let (store, id, _) = queued_with_photo(&dir);
    let engine = engine(&store, &server.url);

    let report = engine.run_due(Utc::now()).await.unwrap();
    assert_eq!(report.refused, vec![id]);
    assert_eq!(report.next_wake, None);
    let status = ms_client::lock(&store).outbox_status(id).unwrap();
    assert_eq!(status.state, SyncState::Failed { message: "no centre has the id 'centre-1'".into(), permanent: true });
    assert_eq!(status.last_error_code.as_deref(), Some("unknown_centre"));
    assert_eq!(status.last_error_field.as_deref(), Some("centre_id"));

    let later = engine.run_due(Utc::now() + TimeDelta::days(30)).await.unwrap();
    assert!(later.refused.is_empty() && later.uploaded.is_empty());

    *refuse.lock().unwrap() = false;
    ms_client::lock(&store).retry(id).unwrap();
    let report = engine.run_due(Utc::now()).await.unwrap();
    assert_eq!(report.uploaded, vec![id]);
}

#[tokio::test]
async fn unauthorized_upload_waits_for_a_token() {
    let server = FakeServer::start(|req| match req.method.as_str() {
        "HEAD" => Reply::new(200, ""),
        _ if req.headers.get("authorization").map(String::as_str) == Some("Bearer good") => receipt(req),
        _ => Reply::error(401, "unauthorized", "sign in first", None),
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let mut shopper = Store::open(dir.path().join("d.sqlite"), dir.path().join("photos")).unwrap();
    let id = completed_shopper_visit(&mut shopper);
    let store = shopper.shared();
    let engine = engine(&store, &server.url);

    let report = engine.run_due(Utc::now()).await.unwrap();
    assert_eq!(report.needs_sign_in, vec![id]);
    assert!(ms_client::lock(&store).outbox_status(id).unwrap().needs_sign_in());
    assert!(engine.run_due(Utc::now() + TimeDelta::days(1)).await.unwrap().needs_sign_in.is_empty());

    engine.set_token(Some("good".into())).unwrap();
    let report = engine.run_due(Utc::now()).await.unwrap();
    assert_eq!(report.uploaded, vec![id]);
}

#[tokio::test]
async fn unreachable_server_is_a_transient_failure() {
    // Bound but not listening: connections are refused, and no other
    // program can take the port while the test holds it.
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let port = socket.local_addr().unwrap().port();
    let dir = tempfile::tempdir().unwrap();
    let (store, id, _) = queued_with_photo(&dir);
    let report = engine(&store, &format!("http://127.0.0.1:{port}")).run_due(Utc::now()).await.unwrap();
    assert_eq!(report.retrying, vec![id]);
    let status = ms_client::lock(&store).outbox_status(id).unwrap();
    assert!(matches!(status.state, SyncState::Failed { permanent: false, .. }));
    assert!(status.last_error.unwrap().contains("could not reach the server"));
}

#[tokio::test]
async fn upload_cut_off_by_a_crash_is_repeated_without_a_duplicate() {
    // The server stores by id: a repeated identical PUT answers 200, not a second copy.
    let stored: Arc<Mutex<Vec<Vec<u8>>>> = Arc::default();
    let seen = stored.clone();
    let server = FakeServer::start(move |req| match req.method.as_str() {
        "HEAD" => Reply::new(200, ""),
        _ => {
            let mut stored = seen.lock().unwrap();
            if stored.contains(&req.body) {
                Reply::new(200, &RECEIPT.replace("ID", req.path.rsplit('/').next().unwrap_or_default()))
            } else {
                stored.push(req.body.clone());
                receipt(req)
            }
        }
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let (store, id, _) = queued_with_photo(&dir);
    // The first run reached the server, but the app died before saving "uploaded".
    let body = ms_client::lock(&store).frozen_body(id).unwrap();
    ApiClient::new(&server.url).unwrap().put_evaluation(id, body, ms_client::Auth::Anonymous).await.unwrap();
    ms_client::lock(&store).record(id, ms_client::OutboxEvent::Started { bytes_total: 1 }, Utc::now()).unwrap();

    let report = engine(&store, &server.url).run_due(Utc::now()).await.unwrap();
    assert_eq!(report.uploaded, vec![id]);
    assert_eq!(stored.lock().unwrap().len(), 1);
}

#[tokio::test]
async fn citizen_ratings_go_without_the_sign_in_and_shopper_visits_with_it() {
    let server = accepting_server().await;
    let dir = tempfile::tempdir().unwrap();
    let (store, citizen, _) = queued_with_photo(&dir);
    let shopper = completed_shopper_visit(&mut ms_client::lock(&store));
    let engine = engine(&store, &server.url);
    engine.set_token(Some("shopper-token".into())).unwrap();
    let report = engine.run_due(Utc::now()).await.unwrap();
    assert_eq!(report.uploaded.len(), 2, "{report:?}");

    for req in server.requests() {
        let auth = req.headers.get("authorization").map(String::as_str);
        if req.path.ends_with(&shopper.to_string()) {
            assert_eq!(auth, Some("Bearer shopper-token"), "{} {}", req.method, req.path);
        } else {
            // The citizen's rating and its photo: anonymous, as the server requires.
            assert_eq!(auth, None, "{} {} carried the staff token", req.method, req.path);
        }
    }
    assert!(server.log().contains(&format!("PUT /api/v1/evaluations/{citizen}")));
}

#[tokio::test]
async fn a_rate_limited_upload_waits_at_least_as_long_as_the_server_asked() {
    let server = FakeServer::start(|req| match req.method.as_str() {
        "HEAD" => Reply::new(200, ""),
        _ => Reply::error(429, "rate_limited", "too many ratings", None).header("Retry-After", "600"),
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let (store, id, _) = queued_with_photo(&dir);
    let now = Utc::now();
    let report = engine(&store, &server.url).run_due(now).await.unwrap();
    assert_eq!(report.retrying, vec![id]);
    let status = ms_client::lock(&store).outbox_status(id).unwrap();
    assert_eq!(status.last_error_code.as_deref(), Some("rate_limited"));
    let next = status.next_attempt_at.unwrap();
    // The store keeps instants to the millisecond.
    assert!(
        next + TimeDelta::milliseconds(1) >= now + TimeDelta::seconds(600),
        "retried at {next}, only {} after",
        next - now
    );
    assert!(engine(&store, &server.url).run_due(now + TimeDelta::seconds(599)).await.unwrap().retrying.is_empty());
}
