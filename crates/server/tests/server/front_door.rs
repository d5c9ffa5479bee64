//! The anonymous front door against a real server on 127.0.0.1: photos that
//! carry metadata or are not whole, citizen rating allowances and kiosks,
//! implausible visits, sign-in throttling, sessions that end, timeouts, and
//! a JSON error for every malformed request.

use crate::common::{assert_error, complete_shopper, happy_citizen, jpeg, put_json, sha, TestServer};
use chrono::{Duration, Utc};
use ms_core::CheckIn;
use ms_server::config::Limits;
use serde_json::{json, Value};
use std::time::Duration as StdDuration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// `jpeg` with a segment inserted right after the start-of-image marker.
fn with_segment(marker: u8, data: &[u8]) -> Vec<u8> {
    let clean = jpeg(32, 32);
    let mut out = clean[..2].to_vec();
    out.extend([0xFF, marker]);
    out.extend(((data.len() + 2) as u16).to_be_bytes());
    out.extend(data);
    out.extend(&clean[2..]);
    out
}

/// A real JPEG whose frame header claims `w`×`h` pixels.
fn claiming_size(w: u16, h: u16) -> Vec<u8> {
    let mut bytes = jpeg(16, 16);
    let sof = bytes.windows(2).position(|p| p == [0xFF, 0xC0]).expect("baseline frame header");
    bytes[sof + 5..sof + 7].copy_from_slice(&h.to_be_bytes());
    bytes[sof + 7..sof + 9].copy_from_slice(&w.to_be_bytes());
    bytes
}

async fn put_evaluation(s: &TestServer, ev: &ms_core::Evaluation, headers: &[(&str, &str)]) -> (u16, Value, String) {
    let mut req = s.http.put(s.url(&format!("/evaluations/{}", ev.id))).json(ev);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let res = req.send().await.expect("put evaluation");
    let status = res.status().as_u16();
    let retry = res.headers().get("retry-after").and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    (status, res.json().await.unwrap_or(Value::Null), retry)
}

#[tokio::test]
async fn photos_carrying_metadata_or_trailing_data_are_refused() {
    let s = TestServer::start().await;
    let mut with_zip = jpeg(32, 32);
    with_zip.extend(b"PK\x03\x04 a hidden archive");
    for bytes in [
        with_segment(0xE1, b"Exif\0\0MM\0*\0\0\0\x08GPS 25.1 55.2 Canon"),
        with_segment(0xE1, b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>"),
        with_segment(0xFE, b"taken at home"),
        with_zip,
    ] {
        let id = sha(&bytes);
        let res = s.put_photo(&id, bytes).await;
        let status = res.status().as_u16();
        assert_error(status, &res.json().await.expect("json"), 422, "photo_has_metadata", Some("body"));
        assert_eq!(s.http.head(s.url(&format!("/photos/{id}"))).send().await.expect("head").status(), 404);
    }
}

#[tokio::test]
async fn a_photo_whose_image_data_is_damaged_is_refused() {
    let s = TestServer::start().await;
    let mut damaged = jpeg(256, 256);
    // Well-formed from its first marker to its end, but with noise in the middle of its image data.
    let middle = damaged.len() / 2;
    damaged[middle..middle + 64].fill(0xFF);
    let id = sha(&damaged);
    let res = s.put_photo(&id, damaged).await;
    let status = res.status().as_u16();
    assert_error(status, &res.json().await.expect("json"), 422, "not_an_image", Some("body"));
    assert_eq!(s.http.head(s.url(&format!("/photos/{id}"))).send().await.expect("head").status(), 404);
}

#[tokio::test]
async fn truncated_and_oversized_photos_are_refused_before_decoding() {
    let s = TestServer::start().await;
    let whole = jpeg(64, 64);
    let truncated = whole[..whole.len() - 40].to_vec();
    let res = s.put_photo(&sha(&truncated), truncated).await;
    let status = res.status().as_u16();
    assert_error(status, &res.json().await.expect("json"), 422, "not_an_image", Some("body"));
    let bomb = claiming_size(12000, 12000);
    let res = s.put_photo(&sha(&bomb), bomb).await;
    let status = res.status().as_u16();
    let body: Value = res.json().await.expect("json");
    assert_error(status, &body, 422, "photo_too_large", Some("body"));
    assert!(body["error"]["message"].as_str().is_some_and(|m| m.contains("12000")), "{body}");
}

#[tokio::test]
async fn photos_need_their_content_type_and_are_served_with_nosniff() {
    let s = TestServer::start().await;
    let bytes = jpeg(32, 32);
    let id = sha(&bytes);
    let res = s.http.put(s.url(&format!("/photos/{id}"))).body(bytes.clone()).send().await.expect("put");
    let status = res.status().as_u16();
    assert_error(status, &res.json().await.expect("json"), 415, "unsupported_media_type", Some("Content-Type"));
    assert_eq!(s.put_photo(&id, bytes).await.status(), 201);
    let token = s.supervisor().await;
    let res = s.http.get(s.url(&format!("/photos/{id}"))).bearer_auth(token).send().await.expect("get");
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "image/jpeg");
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
}

#[tokio::test]
async fn one_device_rates_one_centre_three_times_an_hour_and_retries_still_succeed() {
    let s = TestServer::start().await;
    let first = happy_citizen("cd-al-barsha");
    let mut sent = Vec::new();
    for _ in 0..3 {
        let ev = ms_core::Evaluation { id: ms_core::EvaluationId::new(), ..first.clone() };
        let (status, body, _) = put_evaluation(&s, &ev, &[]).await;
        assert_eq!(status, 201, "{body}");
        sent.push(ev);
    }
    let fourth = ms_core::Evaluation { id: ms_core::EvaluationId::new(), ..first.clone() };
    let (status, body, retry) = put_evaluation(&s, &fourth, &[]).await;
    assert_error(status, &body, 429, "rate_limited", None);
    let retry: u64 = retry.parse().expect("Retry-After in seconds");
    assert!((3500..=3600).contains(&retry), "{retry}");
    // A retry of a rating already stored is not a new rating: still 200.
    let (status, body, _) = put_evaluation(&s, &sent[0], &[]).await;
    assert_eq!(status, 200, "{body}");
    // Another centre is still open to this device.
    let elsewhere = ms_core::Evaluation { id: ms_core::EvaluationId::new(), ..happy_citizen("cd-deira") };
    let elsewhere = ms_core::Evaluation { device_id: first.device_id.clone(), ..elsewhere };
    let (status, body, _) = put_evaluation(&s, &elsewhere, &[]).await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(s.evaluation_count().await, 4);
}

#[tokio::test]
async fn one_address_is_limited_whatever_device_ids_it_invents() {
    let limits = Limits { ratings_per_address_hour: 5, ..Limits::default() };
    let s = TestServer::start_with(limits).await;
    let mut statuses = Vec::new();
    for _ in 0..8 {
        let (status, _, _) = put_evaluation(&s, &happy_citizen("cd-al-barsha"), &[]).await;
        statuses.push(status);
    }
    assert_eq!(statuses, [201, 201, 201, 201, 201, 429, 429, 429]);
}

#[tokio::test]
async fn a_registered_kiosk_has_its_own_allowance_at_its_own_centre_only() {
    let s = TestServer::start().await;
    let kiosk = [("x-kiosk-key", "demo-kiosk-al-barsha")];
    let device = happy_citizen("cd-al-barsha");
    for i in 0..6 {
        let ev = ms_core::Evaluation { id: ms_core::EvaluationId::new(), ..device.clone() };
        let (status, body, _) = put_evaluation(&s, &ev, &kiosk).await;
        assert_eq!(status, 201, "rating {i}: {body}");
    }
    let (status, body, _) = put_evaluation(&s, &happy_citizen("cd-deira"), &kiosk).await;
    assert_error(status, &body, 403, "kiosk_wrong_centre", Some("centre_id"));
    let (status, body, _) = put_evaluation(&s, &device, &[("x-kiosk-key", "made-up")]).await;
    assert_error(status, &body, 401, "unknown_kiosk", Some("x-kiosk-key"));
    assert_eq!(s.evaluation_count().await, 6);
}

#[tokio::test]
async fn staff_cannot_submit_citizen_ratings_and_ratings_cannot_be_revised() {
    let s = TestServer::start().await;
    let ev = happy_citizen("cd-al-barsha");
    for token in [s.shopper().await, s.supervisor().await] {
        let body = serde_json::to_value(&ev).expect("json");
        let (status, body) = put_json(&s, &format!("/evaluations/{}", ev.id), &body, Some(&token)).await;
        assert_error(status, &body, 403, "staff_cannot_rate", None);
    }
    let revised = ms_core::Evaluation { revision: 2, ..ev };
    let (status, body, _) = put_evaluation(&s, &revised, &[]).await;
    assert_error(status, &body, 422, "citizen_not_revisable", Some("revision"));
    assert_eq!(s.evaluation_count().await, 0);
}

/// A change made to an otherwise plausible visit.
type Change<'a> = dyn Fn(&mut ms_core::Evaluation) + 'a;

#[tokio::test]
async fn implausible_check_ins_and_visit_times_are_refused_by_field() {
    let s = TestServer::start().await;
    let token = s.shopper().await;
    let now = Utc::now();
    let visit = |f: &Change<'_>| {
        let mut ev = complete_shopper("cd-al-barsha");
        ev.visit_started_at = Some(now - Duration::minutes(50));
        ev.visit_ended_at = Some(now - Duration::minutes(5));
        ev.check_in = Some(CheckIn {
            at: now - Duration::minutes(49),
            latitude: Some(0.0),
            longitude: Some(0.0),
            accuracy_m: Some(8.0),
            inside_geofence: Some(true),
        });
        f(&mut ev);
        serde_json::to_value(&ev).expect("json")
    };
    let cases: [(&Change<'_>, &str); 4] = [
        (&|e| e.check_in.as_mut().into_iter().for_each(|c| c.accuracy_m = Some(-5.0)), "check_in.accuracy_m"),
        (&|e| e.check_in.as_mut().into_iter().for_each(|c| c.latitude = Some(95.0)), "check_in.latitude"),
        (&|e| e.visit_ended_at = "9999-12-31T00:00:00Z".parse().ok(), "visit_ended_at"),
        (&|e| e.check_in.as_mut().into_iter().for_each(|c| c.at = now - Duration::hours(30)), "check_in.at"),
    ];
    for (change, field) in cases {
        let body = visit(change);
        let id = body["id"].as_str().expect("id").to_owned();
        let (status, body) = put_json(&s, &format!("/evaluations/{id}"), &body, Some(&token)).await;
        assert_error(status, &body, 422, "implausible_value", Some(field));
    }
    assert_eq!(s.evaluation_count().await, 0);
    // At latitude 0, longitude 0 the device's "inside" is not believed.
    let body = visit(&|_| {});
    let id = body["id"].as_str().expect("id").to_owned();
    let (status, receipt) = put_json(&s, &format!("/evaluations/{id}"), &body, Some(&token)).await;
    assert_eq!(status, 201, "{receipt}");
    let sup = s.supervisor().await;
    let detail: Value = s
        .http
        .get(s.url(&format!("/evaluations/{id}")))
        .bearer_auth(&sup)
        .send()
        .await
        .expect("get")
        .json()
        .await
        .expect("json");
    assert_eq!(detail["evaluation"]["check_in"]["inside_geofence"], false, "{detail}");
    // The same body again is recognised as the same, whatever the server changed.
    let (status, _) = put_json(&s, &format!("/evaluations/{id}"), &body, Some(&token)).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn unknown_locale_and_overlong_text_are_refused() {
    let s = TestServer::start().await;
    let ev = ms_core::Evaluation { locale: "zz".into(), ..happy_citizen("cd-al-barsha") };
    let (status, body, _) = put_evaluation(&s, &ev, &[]).await;
    assert_error(status, &body, 422, "unknown_locale", Some("locale"));
    let ev = ms_core::Evaluation { comment: Some("x".repeat(2001)), ..happy_citizen("cd-al-barsha") };
    let (status, body, _) = put_evaluation(&s, &ev, &[]).await;
    assert_error(status, &body, 422, "too_long", Some("comment"));
}

#[tokio::test]
async fn guessing_passwords_is_throttled_with_retry_after() {
    let s = TestServer::start().await;
    let attempt = |password: &'static str| {
        let req = s.http.post(s.url("/sessions")).json(&json!({"username": "shopper", "password": password}));
        async move {
            let res = req.send().await.expect("post");
            let status = res.status().as_u16();
            let retry = res.headers().get("retry-after").map(|v| v.to_str().unwrap_or("").to_owned());
            (status, retry, res.json::<Value>().await.unwrap_or(Value::Null))
        }
    };
    for _ in 0..3 {
        assert_eq!(attempt("guess").await.0, 401);
    }
    let (status, retry, body) = attempt("guess").await;
    assert_error(status, &body, 429, "too_many_attempts", None);
    assert_eq!(retry.as_deref(), Some("1"));
    // Even the right password waits its turn.
    assert_eq!(attempt("shopper-demo").await.0, 429);
    tokio::time::sleep(StdDuration::from_millis(1100)).await;
    assert_eq!(attempt("shopper-demo").await.0, 201);
}

#[tokio::test]
async fn many_simultaneous_wrong_sign_ins_are_mostly_refused_at_once() {
    let s = TestServer::start().await;
    let mut tasks = Vec::new();
    for i in 0..64 {
        let req = s.http.post(s.url("/sessions")).json(&json!({"username": "supervisor", "password": format!("g{i}")}));
        tasks.push(tokio::spawn(async move { req.send().await.map(|r| r.status().as_u16()).unwrap_or(0) }));
    }
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.expect("task"));
    }
    let refused = statuses.iter().filter(|&&c| c == 429).count();
    let checked = statuses.iter().filter(|&&c| c == 401).count();
    assert_eq!(refused + checked, 64, "{statuses:?}");
    assert_eq!(checked, 3, "{statuses:?}");
}

#[tokio::test]
async fn signing_out_ends_the_session() {
    let s = TestServer::start().await;
    let token = s.supervisor().await;
    let res = s.http.delete(s.url("/sessions/current")).bearer_auth(&token).send().await.expect("delete");
    assert_eq!(res.status(), 204);
    let res = s.http.get(s.url("/evaluations")).bearer_auth(&token).send().await.expect("get");
    assert_eq!(res.status(), 401);
    let res = s.http.delete(s.url("/sessions/current")).bearer_auth(&token).send().await.expect("delete");
    let status = res.status().as_u16();
    assert_error(status, &res.json().await.expect("json"), 401, "unauthorized", None);
}

#[tokio::test]
async fn an_idle_session_ends_and_is_purged() {
    let limits = Limits { session_idle: StdDuration::from_secs(1), ..Limits::default() };
    let s = TestServer::start_with(limits).await;
    let token = s.supervisor().await;
    assert_eq!(s.http.get(s.url("/evaluations")).bearer_auth(&token).send().await.expect("get").status(), 200);
    tokio::time::sleep(StdDuration::from_millis(1100)).await;
    assert_eq!(s.http.get(s.url("/evaluations")).bearer_auth(&token).send().await.expect("get").status(), 401);
    let swept = ms_server::housekeeping::sweep(&s.server.state).await.expect("sweep");
    assert_eq!(swept.sessions, 1);
}

#[tokio::test]
async fn photos_no_evaluation_refers_to_are_removed_after_the_grace_period() {
    let limits = Limits { orphan_photo_grace: StdDuration::ZERO, ..Limits::default() };
    let s = TestServer::start_with(limits).await;
    let (kept, orphan) = (jpeg(40, 30), jpeg(30, 40));
    let (kept_id, orphan_id) = (sha(&kept), sha(&orphan));
    assert_eq!(s.put_photo(&kept_id, kept).await.status(), 201);
    assert_eq!(s.put_photo(&orphan_id, orphan).await.status(), 201);
    let mut ev = happy_citizen("cd-al-barsha");
    ev.photos.push(ms_core::PhotoId::parse(&kept_id).expect("id"));
    assert_eq!(put_evaluation(&s, &ev, &[]).await.0, 201);
    tokio::time::sleep(StdDuration::from_millis(20)).await;
    let swept = ms_server::housekeeping::sweep(&s.server.state).await.expect("sweep");
    assert_eq!(swept.photos, 1);
    let head = |id: String| s.http.head(s.url(&format!("/photos/{id}"))).send();
    assert_eq!(head(kept_id).await.expect("head").status(), 200);
    assert_eq!(head(orphan_id.clone()).await.expect("head").status(), 404);
    let file = s.dir.path().join("photos").join(&orphan_id[..2]).join(format!("{orphan_id}.jpg"));
    assert!(!file.exists());
}

#[tokio::test]
async fn malformed_requests_get_the_json_error_body() {
    let s = TestServer::start().await;
    let sup = s.supervisor().await;
    for (path, field) in [
        ("/evaluations/%FF", "id"),
        ("/evaluations?limit=9223372036854775808", "limit"),
        ("/evaluations?from=2026-02-30", "from"),
        ("/evaluations?min_score=101", "min_score"),
        ("/evaluations?sort=colour", "sort"),
    ] {
        let res = s.http.get(s.url(path)).bearer_auth(&sup).send().await.expect("get");
        let status = res.status().as_u16();
        assert_eq!(res.headers()["content-type"], "application/json", "{path}");
        let body: Value = res.json().await.expect("json");
        assert_eq!(status, 400, "{path}: {body}");
        assert_eq!(body["error"]["field"], field, "{path}: {body}");
    }
    let res = s.http.get(s.url("/evaluations?limit=50.0")).bearer_auth(&sup).send().await.expect("get");
    assert_eq!(res.status(), 200, "a whole number written with a fraction is still that number");
    let ev = happy_citizen("cd-al-barsha");
    let res = s
        .http
        .put(s.url(&format!("/evaluations/{}", ev.id)))
        .header("content-type", "text/plain")
        .body(serde_json::to_string(&ev).expect("json"))
        .send()
        .await
        .expect("put");
    let status = res.status().as_u16();
    assert_error(status, &res.json().await.expect("json"), 415, "unsupported_media_type", Some("Content-Type"));
    let mut body = serde_json::to_value(&ev).expect("json");
    body["revision"] = json!(1.0);
    let (status, body) = put_json(&s, &format!("/evaluations/{}", ev.id), &body, None).await;
    assert_eq!(status, 201, "{body}");
}

#[tokio::test]
async fn a_client_that_never_finishes_its_headers_is_disconnected() {
    let limits = Limits { header_timeout: StdDuration::from_millis(500), ..Limits::default() };
    let s = TestServer::start_with(limits).await;
    let mut slow = Vec::new();
    for _ in 0..20 {
        let mut conn = tokio::net::TcpStream::connect(s.server.addr).await.expect("connect");
        conn.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n").await.expect("write");
        slow.push(conn);
    }
    tokio::time::sleep(StdDuration::from_millis(1500)).await;
    for mut conn in slow {
        let mut buf = Vec::new();
        let read = tokio::time::timeout(StdDuration::from_secs(5), conn.read_to_end(&mut buf)).await;
        assert!(read.is_ok(), "the connection is closed by the server");
    }
    let health = s.http.get(format!("{}/healthz", s.server.url())).send().await.expect("healthz");
    assert_eq!(health.status(), 200);
}
