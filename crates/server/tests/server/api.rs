//! The HTTP API against a real server on 127.0.0.1 with a real SQLite file:
//! idempotent submissions, and a clear 4xx for every kind of bad input that
//! leaves what was stored untouched.

use crate::common::{assert_error, complete_shopper, happy_citizen, jpeg, put_json, sha, TestServer};
use ms_core::{AnswerValue, PhotoId};
use serde_json::{json, Value};

#[tokio::test]
async fn citizen_rating_is_stored_once_and_resubmitting_identical_evaluation_is_ok() {
    let s = TestServer::start().await;
    let ev = happy_citizen("cd-al-barsha");
    let body = serde_json::to_value(&ev).expect("json");
    let path = format!("/evaluations/{}", ev.id);
    let (status, receipt) = put_json(&s, &path, &body, None).await;
    assert_eq!(status, 201, "{receipt}");
    assert_eq!(receipt["status"], "received");
    assert_eq!(receipt["score_percent"], 100.0);
    let (status, again) = put_json(&s, &path, &body, None).await;
    assert_eq!(status, 200, "{again}");
    assert_eq!(again["received_at"], receipt["received_at"]);
    assert_eq!(s.evaluation_count().await, 1);
}

#[tokio::test]
async fn different_body_under_the_same_id_is_a_conflict_and_keeps_the_first() {
    let s = TestServer::start().await;
    let ev = happy_citizen("cd-al-barsha");
    let path = format!("/evaluations/{}", ev.id);
    let (status, _) = put_json(&s, &path, &serde_json::to_value(&ev).expect("json"), None).await;
    assert_eq!(status, 201);
    let mut changed = ev.clone();
    changed.comment = Some("changed my mind".into());
    let (status, body) = put_json(&s, &path, &serde_json::to_value(&changed).expect("json"), None).await;
    assert_error(status, &body, 409, "conflict", None);
    let token = s.supervisor().await;
    let detail: Value =
        s.http.get(s.url(&path)).bearer_auth(token).send().await.expect("get").json().await.expect("json");
    assert!(detail["evaluation"].get("comment").is_none(), "{detail}");
}

#[tokio::test]
async fn malformed_json_is_a_400() {
    let s = TestServer::start().await;
    let id = uuid::Uuid::new_v4();
    let res = s
        .http
        .put(s.url(&format!("/evaluations/{id}")))
        .header("content-type", "application/json")
        .body("{\"id\": ")
        .send()
        .await
        .expect("request");
    let status = res.status().as_u16();
    let body: Value = res.json().await.expect("error json");
    assert_error(status, &body, 400, "bad_json", None);
    assert_eq!(s.evaluation_count().await, 0);
}

#[tokio::test]
async fn unknown_template_version_is_rejected_naming_the_field() {
    let s = TestServer::start().await;
    let mut ev = happy_citizen("cd-al-barsha");
    ev.template.version = 99;
    let (status, body) =
        put_json(&s, &format!("/evaluations/{}", ev.id), &serde_json::to_value(&ev).expect("json"), None).await;
    assert_error(status, &body, 422, "unknown_template", Some("template"));
}

#[tokio::test]
async fn missing_required_answer_is_rejected_naming_the_item() {
    let s = TestServer::start().await;
    let mut ev = happy_citizen("cd-al-barsha");
    ev.answers.clear();
    let (status, body) =
        put_json(&s, &format!("/evaluations/{}", ev.id), &serde_json::to_value(&ev).expect("json"), None).await;
    assert_error(status, &body, 422, "missing_answer", Some("answers.face"));
    // Unhappy without a reason: the reasons become required.
    let mut ev = happy_citizen("cd-al-barsha");
    ev.answers.get_mut("face").expect("face").value = Some(AnswerValue::Face(ms_core::Face::Unhappy));
    let (status, body) =
        put_json(&s, &format!("/evaluations/{}", ev.id), &serde_json::to_value(&ev).expect("json"), None).await;
    assert_error(status, &body, 422, "missing_answer", Some("answers.reasons"));
    assert_eq!(s.evaluation_count().await, 0);
}

#[tokio::test]
async fn answer_of_the_wrong_kind_is_rejected_naming_the_field() {
    let s = TestServer::start().await;
    let mut ev = happy_citizen("cd-al-barsha");
    ev.answers.get_mut("face").expect("face").value = Some(AnswerValue::Scale(3));
    let (status, body) =
        put_json(&s, &format!("/evaluations/{}", ev.id), &serde_json::to_value(&ev).expect("json"), None).await;
    assert_error(status, &body, 422, "wrong_kind", Some("answers.face.value"));
    // A value that is not even an answer value.
    let mut raw = serde_json::to_value(happy_citizen("cd-al-barsha")).expect("json");
    raw["answers"]["face"]["value"] = json!({"type": "scale", "value": "very"});
    let id = raw["id"].as_str().expect("id").to_owned();
    let (status, body) = put_json(&s, &format!("/evaluations/{id}"), &raw, None).await;
    assert_error(status, &body, 422, "invalid_field", Some("answers.face.value.value"));
}

#[tokio::test]
async fn unknown_centre_is_rejected() {
    let s = TestServer::start().await;
    let ev = happy_citizen("no-such-centre");
    let (status, body) =
        put_json(&s, &format!("/evaluations/{}", ev.id), &serde_json::to_value(&ev).expect("json"), None).await;
    assert_error(status, &body, 422, "unknown_centre", Some("centre_id"));
}

#[tokio::test]
async fn service_the_centre_does_not_offer_is_rejected() {
    let s = TestServer::start().await;
    let mut ev = happy_citizen("cd-al-barsha");
    ev.service_id = Some("driving-licence".into());
    let (status, body) =
        put_json(&s, &format!("/evaluations/{}", ev.id), &serde_json::to_value(&ev).expect("json"), None).await;
    assert_error(status, &body, 422, "unknown_service", Some("service_id"));
    ev.service_id = Some("id-card-renewal".into());
    let (status, _) =
        put_json(&s, &format!("/evaluations/{}", ev.id), &serde_json::to_value(&ev).expect("json"), None).await;
    assert_eq!(status, 201);
}

#[tokio::test]
async fn id_in_the_address_must_match_the_body() {
    let s = TestServer::start().await;
    let ev = happy_citizen("cd-al-barsha");
    let other = uuid::Uuid::new_v4();
    let (status, body) =
        put_json(&s, &format!("/evaluations/{other}"), &serde_json::to_value(&ev).expect("json"), None).await;
    assert_error(status, &body, 422, "id_mismatch", Some("id"));
    let (status, body) = put_json(&s, "/evaluations/not-a-uuid", &serde_json::to_value(&ev).expect("json"), None).await;
    assert_error(status, &body, 400, "invalid_id", Some("id"));
}

#[tokio::test]
async fn oversized_evaluation_is_a_413() {
    let s = TestServer::start().await;
    let mut ev = happy_citizen("cd-al-barsha");
    ev.comment = Some("x".repeat(2 * 1024 * 1024));
    let (status, body) =
        put_json(&s, &format!("/evaluations/{}", ev.id), &serde_json::to_value(&ev).expect("json"), None).await;
    assert_error(status, &body, 413, "too_large", None);
}

#[tokio::test]
async fn shopper_evaluation_needs_a_signed_in_shopper() {
    let s = TestServer::start().await;
    let ev = complete_shopper("rv-al-quoz");
    let body = serde_json::to_value(&ev).expect("json");
    let path = format!("/evaluations/{}", ev.id);
    let (status, err) = put_json(&s, &path, &body, None).await;
    assert_error(status, &err, 401, "unauthorized", None);
    let (status, err) = put_json(&s, &path, &body, Some("forged-token")).await;
    assert_error(status, &err, 401, "unauthorized", None);
    let token = s.shopper().await;
    let (status, receipt) = put_json(&s, &path, &body, Some(&token)).await;
    assert_eq!(status, 201, "{receipt}");
    assert_eq!(receipt["score_percent"], 100.0);
}

#[tokio::test]
async fn photo_is_stored_by_hash_and_a_second_upload_is_ok() {
    let s = TestServer::start().await;
    let bytes = jpeg(320, 240);
    let id = sha(&bytes);
    let url = s.url(&format!("/photos/{id}"));
    assert_eq!(s.http.head(&url).send().await.expect("head").status(), 404);
    let res = s.http.put(&url).header("content-type", "image/jpeg").body(bytes.clone()).send().await.expect("put");
    assert_eq!(res.status(), 201);
    let receipt: Value = res.json().await.expect("json");
    assert_eq!((receipt["width"].as_u64(), receipt["height"].as_u64()), (Some(320), Some(240)));
    let res =
        s.http.put(&url).header("content-type", "image/jpeg").body(bytes.clone()).send().await.expect("put again");
    assert_eq!(res.status(), 200);
    assert_eq!(s.http.head(&url).send().await.expect("head").status(), 200);
    let token = s.supervisor().await;
    let stored = s.http.get(&url).bearer_auth(token).send().await.expect("get").bytes().await.expect("bytes");
    assert_eq!(stored.as_ref(), bytes.as_slice());
}

#[tokio::test]
async fn photo_with_wrong_hash_is_rejected() {
    let s = TestServer::start().await;
    let bytes = jpeg(32, 32);
    let wrong = sha(b"something else");
    let res = s.put_photo(&wrong, bytes).await;
    let status = res.status().as_u16();
    assert_error(status, &res.json().await.expect("json"), 422, "hash_mismatch", Some("sha256"));
    assert_eq!(s.http.head(s.url(&format!("/photos/{wrong}"))).send().await.expect("head").status(), 404);
}

#[tokio::test]
async fn photo_that_is_not_an_image_is_rejected() {
    let s = TestServer::start().await;
    for bytes in [b"definitely not a jpeg".to_vec(), jpeg(64, 64)[..200].to_vec()] {
        let res = s.put_photo(&sha(&bytes), bytes).await;
        let status = res.status().as_u16();
        assert_error(status, &res.json().await.expect("json"), 422, "not_an_image", Some("body"));
    }
}

#[tokio::test]
async fn oversized_photo_is_a_413() {
    let s = TestServer::start().await;
    let bytes = vec![0u8; 9 * 1024 * 1024];
    let res = s.put_photo(&sha(&bytes), bytes).await;
    let status = res.status().as_u16();
    assert_error(status, &res.json().await.expect("json"), 413, "too_large", None);
}

#[tokio::test]
async fn photo_path_that_tries_to_escape_the_directory_is_rejected() {
    let s = TestServer::start().await;
    for path in ["..%2F..%2Fetc%2Fpasswd", "..%2Fserver.sqlite3", "%2F"] {
        let res = s.put_photo(path, jpeg(8, 8)).await;
        let status = res.status().as_u16();
        assert_error(status, &res.json().await.expect("json"), 400, "invalid_photo_id", Some("sha256"));
    }
    let written: Vec<_> = std::fs::read_dir(s.dir.path()).expect("dir").flatten().map(|e| e.file_name()).collect();
    assert!(written.iter().all(|n| n.to_string_lossy().starts_with("server.sqlite3") || n == "photos"), "{written:?}");
}

#[tokio::test]
async fn evaluation_referring_to_a_photo_not_uploaded_is_rejected() {
    let s = TestServer::start().await;
    let mut ev = happy_citizen("cd-al-barsha");
    ev.photos.push(PhotoId::from_digest(&[7; 32]));
    let (status, body) =
        put_json(&s, &format!("/evaluations/{}", ev.id), &serde_json::to_value(&ev).expect("json"), None).await;
    assert_error(status, &body, 422, "photo_missing", Some("photos"));
    assert_eq!(s.evaluation_count().await, 0);
}

#[tokio::test]
async fn wrong_password_is_refused() {
    let s = TestServer::start().await;
    let res = s
        .http
        .post(s.url("/sessions"))
        .json(&json!({"username": "shopper", "password": "guess"}))
        .send()
        .await
        .expect("post");
    let status = res.status().as_u16();
    assert_error(status, &res.json().await.expect("json"), 401, "unauthorized", None);
}

#[tokio::test]
async fn listing_needs_a_supervisor() {
    let s = TestServer::start().await;
    let res = s.http.get(s.url("/evaluations")).send().await.expect("get");
    assert_eq!(res.status(), 401);
    let shopper = s.shopper().await;
    let res = s.http.get(s.url("/evaluations")).bearer_auth(shopper).send().await.expect("get");
    assert_eq!(res.status(), 403);
    let sup = s.supervisor().await;
    let res = s.http.get(s.url("/evaluations?limit=0")).bearer_auth(&sup).send().await.expect("get");
    assert_eq!(res.status(), 400);
    let res = s.http.get(s.url("/evaluations?status=lost")).bearer_auth(&sup).send().await.expect("get");
    let status = res.status().as_u16();
    assert_error(status, &res.json().await.expect("json"), 400, "bad_query", Some("status"));
}

#[tokio::test]
async fn catalogue_and_templates_answer_304_to_a_matching_etag() {
    let s = TestServer::start().await;
    for path in ["/catalogue", "/templates"] {
        let res = s.http.get(s.url(path)).send().await.expect("get");
        assert_eq!(res.status(), 200);
        let etag = res.headers()["etag"].to_str().expect("etag").to_owned();
        let body: Value = res.json().await.expect("json");
        assert!(!body.is_null());
        let res = s.http.get(s.url(path)).header("if-none-match", &etag).send().await.expect("get");
        assert_eq!(res.status(), 304);
    }
    let cat: Value = s.http.get(s.url("/catalogue")).send().await.expect("get").json().await.expect("json");
    assert!(cat["centres"].as_array().is_some_and(|c| c.len() >= 12));
}

#[tokio::test]
async fn openapi_document_describes_every_endpoint() {
    let s = TestServer::start().await;
    let doc: Value = s.http.get(s.url("/openapi.json")).send().await.expect("get").json().await.expect("json");
    for path in ["/api/v1/evaluations/{id}", "/api/v1/photos/{sha256}", "/api/v1/sessions", "/api/v1/catalogue"] {
        assert!(doc["paths"].get(path).is_some(), "{path} missing");
    }
    assert!(doc["components"]["schemas"].get("Evaluation").is_some());
    // The document names exactly the ten languages the server accepts.
    let pattern =
        doc["components"]["schemas"]["Evaluation"]["properties"]["locale"]["pattern"].as_str().expect("pattern");
    let listed: std::collections::BTreeSet<&str> =
        pattern.trim_start_matches("^(").trim_end_matches(")$").split('|').collect();
    assert_eq!(listed, ms_core::locale::SUPPORTED.into_iter().collect());
    let health: Value =
        s.http.get(format!("{}/healthz", s.server.url())).send().await.expect("get").json().await.expect("json");
    assert_eq!(health["status"], "ok");
}

#[tokio::test]
async fn unknown_endpoint_and_method_get_the_error_body() {
    let s = TestServer::start().await;
    let res = s.http.get(s.url("/nothing")).send().await.expect("get");
    let status = res.status().as_u16();
    assert_error(status, &res.json().await.expect("json"), 404, "not_found", None);
    let res = s.http.delete(s.url("/catalogue")).send().await.expect("delete");
    let status = res.status().as_u16();
    assert_error(status, &res.json().await.expect("json"), 405, "method_not_allowed", None);
}
