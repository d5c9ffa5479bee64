//! The HTTP client against a scripted server on a real socket: error bodies,
//! their classification, ETags and sessions.

use crate::common::*;
use ms_client::{ApiClient, ApiError, Auth, FailureKind, Fetched};
use ms_core::wire::SignIn;
use ms_core::PhotoId;

#[tokio::test]
async fn error_responses_keep_status_code_message_and_field() {
    let server = FakeServer::start(|req| match req.path.as_str() {
        p if p.ends_with("/409") => Reply::error(409, "conflict", "a different body was stored", None),
        p if p.contains("/photos/") => Reply::error(413, "too_large", "photos are limited to 10 MB", None),
        _ => Reply::error(422, "missing_answer", "a required answer is missing", Some("answers.face")),
    })
    .await;
    let api = ApiClient::new(&server.url).unwrap();
    let err = api.put_evaluation(ms_core::EvaluationId::new(), "{}".into(), Auth::SignedIn).await.unwrap_err();
    assert_eq!(err.status(), Some(422));
    assert_eq!(err.code(), "missing_answer");
    assert_eq!(err.field(), Some("answers.face"));
    assert_eq!(err.kind(), FailureKind::Permanent);

    let err = api.put_photo(&PhotoId::from_digest(&[1; 32]), vec![1, 2, 3]).await.unwrap_err();
    assert_eq!((err.status(), err.code(), err.kind()), (Some(413), "too_large", FailureKind::Permanent));
    assert_eq!(err.to_string(), "photos are limited to 10 MB");
}

#[tokio::test]
async fn server_errors_and_rate_limits_are_transient() {
    let server = FakeServer::start(|req| {
        if req.path.ends_with("catalogue") {
            Reply::new(503, "<html>maintenance</html>")
        } else {
            Reply::error(429, "rate_limited", "slow down", None)
        }
    })
    .await;
    let api = ApiClient::new(&server.url).unwrap();
    let err = api.catalogue(None).await.unwrap_err();
    assert_eq!((err.status(), err.kind()), (Some(503), FailureKind::Transient));
    assert_eq!(err.code(), "http_503");
    let err = api.templates(None).await.unwrap_err();
    assert_eq!((err.code(), err.kind()), ("rate_limited", FailureKind::Transient));
}

#[tokio::test]
async fn bad_credentials_need_a_sign_in() {
    let server = FakeServer::start(|req| {
        let body: serde_json::Value = serde_json::from_slice(&req.body).unwrap_or_default();
        if body["password"] == "right" {
            Reply::new(
                200,
                r#"{"token":"t0k","username":"sam","display_name":"Sam","role":"shopper","expires_at":"2030-01-01T00:00:00Z"}"#,
            )
        } else {
            Reply::error(401, "unauthorized", "wrong username or password", None)
        }
    })
    .await;
    let api = ApiClient::new(&server.url).unwrap();
    let wrong = SignIn { username: "sam".into(), password: "wrong".into() };
    let err = api.sign_in(&wrong).await.unwrap_err();
    assert_eq!(err.kind(), FailureKind::NeedsSignIn);
    let right = SignIn { username: "sam".into(), password: "right".into() };
    let session = api.sign_in(&right).await.unwrap();
    assert_eq!(session.token, "t0k");
    assert_eq!(server.requests()[1].path, "/api/v1/sessions");
}

#[tokio::test]
async fn photo_exists_reads_200_and_404() {
    let known = PhotoId::from_digest(&[2; 32]);
    let path = format!("/api/v1/photos/{known}");
    let server =
        FakeServer::start(move |req| if req.path == path { Reply::new(200, "") } else { Reply::new(404, "") }).await;
    let api = ApiClient::new(&server.url).unwrap();
    assert!(api.photo_exists(&known).await.unwrap());
    assert!(!api.photo_exists(&PhotoId::from_digest(&[3; 32])).await.unwrap());
    assert!(server.requests().iter().all(|r| r.method == "HEAD"));
}

#[tokio::test]
async fn catalogue_is_cached_and_refreshed_with_its_etag() {
    let server = FakeServer::start(|req| {
        if req.headers.get("if-none-match").map(String::as_str) == Some("\"v1\"") {
            Reply::new(304, "")
        } else {
            Reply::new(200, r#"{"entities":[],"centres":[],"services":[]}"#).header("ETag", "\"v1\"")
        }
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let store = memory_store(&dir).shared();
    let api = ApiClient::new(&server.url).unwrap();
    let first = ms_client::refresh_catalogue(&api, &store).await.unwrap();
    assert!(first.centres.is_empty());
    let (etag, _) = ms_client::lock(&store).cache_get("catalogue").unwrap().unwrap();
    assert_eq!(etag.as_deref(), Some("\"v1\""));
    let second = ms_client::refresh_catalogue(&api, &store).await.unwrap();
    assert_eq!(first, second);
    assert!(matches!(api.catalogue(Some("\"v1\"")).await.unwrap(), Fetched::NotModified));
    assert_eq!(server.requests()[1].headers["if-none-match"], "\"v1\"");
    assert!(ms_client::lock(&store).cached_catalogue().unwrap().is_some());
}

#[tokio::test]
async fn bearer_token_is_sent_once_given() {
    let server = FakeServer::start(|_| Reply::new(200, "[]")).await;
    let api = ApiClient::new(&server.url).unwrap();
    api.templates(None).await.unwrap();
    api.set_token(Some("abc".into()));
    api.templates(None).await.unwrap();
    let requests = server.requests();
    assert!(!requests[0].headers.contains_key("authorization"));
    assert_eq!(requests[1].headers["authorization"], "Bearer abc");
}

#[test]
fn base_url_must_be_http() {
    assert!(matches!(ApiClient::new("ftp://x"), Err(ApiError::BadBaseUrl(_))));
}

#[tokio::test]
async fn anonymous_uploads_carry_no_token_and_a_kiosk_sends_its_key() {
    let server = FakeServer::start(|req| {
        let id = req.path.rsplit('/').next().unwrap_or_default();
        Reply::new(
            201,
            &format!(
                r#"{{"id":"{id}","revision":1,"status":"received","score_percent":null,"received_at":"2025-01-01T00:00:00Z"}}"#
            ),
        )
    })
    .await;
    let api = ApiClient::new(&server.url).unwrap();
    api.set_token(Some("staff-token".into()));
    api.put_evaluation(ms_core::EvaluationId::new(), "{}".into(), Auth::Anonymous).await.unwrap();
    api.put_evaluation(ms_core::EvaluationId::new(), "{}".into(), Auth::SignedIn).await.unwrap();
    api.set_kiosk_key(Some("k-123".into()));
    api.put_evaluation(ms_core::EvaluationId::new(), "{}".into(), Auth::Anonymous).await.unwrap();
    api.set_kiosk_key(None);
    api.put_evaluation(ms_core::EvaluationId::new(), "{}".into(), Auth::Anonymous).await.unwrap();

    let seen = server.requests();
    assert_eq!(seen.len(), 4);
    assert_eq!(seen[0].headers.get("authorization"), None, "a citizen rating went with the staff token");
    assert_eq!(seen[1].headers.get("authorization").map(String::as_str), Some("Bearer staff-token"));
    assert_eq!(seen[0].headers.get("x-kiosk-key"), None);
    assert_eq!(seen[2].headers.get("x-kiosk-key").map(String::as_str), Some("k-123"));
    assert_eq!(seen[2].headers.get("authorization"), None);
    assert_eq!(seen[3].headers.get("x-kiosk-key"), None);
}

#[tokio::test]
async fn sign_out_ends_the_session_with_the_token() {
    let server = FakeServer::start(|req| match req.headers.get("authorization").map(String::as_str) {
        Some("Bearer live") => Reply::new(204, ""),
        _ => Reply::error(401, "unauthorized", "unknown session", None),
    })
    .await;
    let api = ApiClient::new(&server.url).unwrap();
    // Nothing to end without a token: no request at all.
    api.sign_out().await.unwrap();
    assert!(server.requests().is_empty());

    api.set_token(Some("live".into()));
    api.sign_out().await.unwrap();
    api.set_token(Some("stale".into()));
    let err = api.sign_out().await.unwrap_err();
    assert_eq!((err.status(), err.kind()), (Some(401), FailureKind::NeedsSignIn));
    let log = server.log();
    assert_eq!(log, vec!["DELETE /api/v1/sessions/current", "DELETE /api/v1/sessions/current"]);
}

#[tokio::test]
async fn rate_limit_answers_say_how_long_to_wait() {
    let server = FakeServer::start(|_| {
        Reply::error(429, "too_many_attempts", "too many sign-in attempts", None).header("Retry-After", "42")
    })
    .await;
    let api = ApiClient::new(&server.url).unwrap();
    let err = api.sign_in(&SignIn { username: "sam".into(), password: "x".into() }).await.unwrap_err();
    assert_eq!(err.code(), "too_many_attempts");
    assert_eq!(err.kind(), FailureKind::Transient);
    assert_eq!(err.retry_after(), Some(std::time::Duration::from_secs(42)));
}

#[tokio::test]
async fn a_download_reports_its_progress_and_keeps_a_plain_file_name() {
    let body = "evaluation_id,status\n1,approved\n2,received\n";
    let server = FakeServer::start(move |req| {
        let name = if req.path.contains("answers") { "../../etc/passwd" } else { "evaluations-20261130.csv" };
        Reply::new(200, body)
            .header("content-type", "text/csv; charset=utf-8")
            .header("content-disposition", &format!("attachment; filename=\"{name}\""))
            .header("x-export-rows", "2")
    })
    .await;
    let api = ApiClient::new(&server.url).unwrap();
    let mut seen = Vec::new();
    let file = api.download("/exports/evaluations.csv?role=citizen", |p| seen.push(p)).await.unwrap();
    assert_eq!(file.file_name, "evaluations-20261130.csv");
    assert_eq!(file.content_type, "text/csv; charset=utf-8");
    assert_eq!(file.bytes, body.as_bytes());
    let last = seen.last().copied().unwrap_or_default();
    assert_eq!((last.bytes, last.lines, last.expected_rows), (body.len() as u64, 3, Some(2)));
    let file = api.download("/exports/answers.csv", |_| {}).await.unwrap();
    assert_eq!(file.file_name, "export", "a name with a path in it is not taken");
}
