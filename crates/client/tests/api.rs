//! The HTTP client against a scripted server on a real socket: error bodies,
//! their classification, ETags and sessions.

mod common;

use common::*;
use ms_client::{ApiClient, ApiError, ErrorKind, Fetched};
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
    let err = api.put_evaluation(ms_core::EvaluationId::new(), "{}".into()).await.unwrap_err();
    assert_eq!(err.status(), Some(422));
    assert_eq!(err.code(), "missing_answer");
    assert_eq!(err.field(), Some("answers.face"));
    assert_eq!(err.kind(), ErrorKind::Permanent);

    let err = api.put_photo(&PhotoId::from_digest(&[1; 32]), vec![1, 2, 3]).await.unwrap_err();
    assert_eq!((err.status(), err.code(), err.kind()), (Some(413), "too_large", ErrorKind::Permanent));
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
    assert_eq!((err.status(), err.kind()), (Some(503), ErrorKind::Transient));
    assert_eq!(err.code(), "http_503");
    let err = api.templates(None).await.unwrap_err();
    assert_eq!((err.code(), err.kind()), ("rate_limited", ErrorKind::Transient));
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
    assert_eq!(err.kind(), ErrorKind::NeedsSignIn);
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
    let first = api.refresh_catalogue(&store).await.unwrap();
    assert!(first.centres.is_empty());
    let (etag, _) = ms_client::lock(&store).cache_get("catalogue").unwrap().unwrap();
    assert_eq!(etag.as_deref(), Some("\"v1\""));
    let second = api.refresh_catalogue(&store).await.unwrap();
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
