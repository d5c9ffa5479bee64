//! Proof of visit on a real server: the server's own geofence verdict, a
//! missing location, a photo already in another evaluation and a device
//! clock that is off are each flagged, reach the reviewers' list and detail,
//! and can be filtered on; a clock that is off has the visit's times corrected.

use crate::common::*;
use chrono::{Duration, SecondsFormat, Utc};
use ms_core::{CheckIn, Evaluation, PhotoId};
use serde_json::{json, Value};

async fn send(s: &TestServer, ev: &Evaluation, token: &str, device_time: Option<String>) -> (u16, Value) {
    let mut req = s.http.put(s.url(&format!("/evaluations/{}", ev.id))).bearer_auth(token).json(ev);
    if let Some(t) = device_time {
        req = req.header("X-Device-Time", t);
    }
    let res = req.send().await.expect("request");
    (res.status().as_u16(), res.json().await.unwrap_or(Value::Null))
}

fn located(centre: &str, latitude: f64, longitude: f64) -> Evaluation {
    let mut ev = complete_shopper(centre);
    ev.visit_started_at = Some(Utc::now() - Duration::hours(2));
    ev.visit_ended_at = Some(Utc::now() - Duration::hours(1));
    ev.check_in = Some(CheckIn {
        at: Utc::now() - Duration::minutes(121),
        latitude: Some(latitude),
        longitude: Some(longitude),
        accuracy_m: Some(15.0),
        // The device's word is replaced by the server's.
        inside_geofence: Some(true),
    });
    ev
}

fn flags(v: &Value) -> Vec<String> {
    v["flags"].as_array().map(|a| a.iter().filter_map(|f| f.as_str().map(str::to_owned)).collect()).unwrap_or_default()
}

async fn listed(s: &TestServer, token: &str, query: &str) -> Vec<String> {
    let (status, page) = get(s, &format!("/evaluations?{query}"), Some(token)).await;
    assert_eq!(status, 200, "{page}");
    page["items"].as_array().expect("items").iter().map(|i| i["id"].as_str().unwrap_or("").to_owned()).collect()
}

#[tokio::test]
async fn each_proof_of_visit_flag_reaches_the_reviewers_and_can_be_filtered() {
    let s = TestServer::start().await;
    let (shopper, admin) = (s.shopper().await, s.sign_in("admin", "admin-demo").await);
    let centre =
        ms_server::demo::catalogue().expect("demo").centres.into_iter().find(|c| c.id == "cd-deira").expect("centre");

    // At the centre; 5.6 km north of it (its device claimed inside); no location at all.
    let inside = located(&centre.id, centre.latitude, centre.longitude);
    let outside = located(&centre.id, centre.latitude + 0.05, centre.longitude);
    let mut unlocated = complete_shopper(&centre.id);
    unlocated.check_in = None;
    // A photo of the first visit sent again with a fourth.
    let bytes = jpeg(64, 48);
    let sha = sha(&bytes);
    assert_eq!(s.put_photo(&sha, bytes).await.status(), 201);
    let mut first = inside.clone();
    first.id = ms_core::EvaluationId::new();
    first.photos = vec![PhotoId::parse(&sha).expect("id")];
    let mut copy = located(&centre.id, centre.latitude, centre.longitude);
    copy.photos = first.photos.clone();
    for ev in [&inside, &outside, &unlocated, &first, &copy] {
        let (status, body) = send(&s, ev, &shopper, None).await;
        assert_eq!(status, 201, "{body}");
    }
    let detail = |ev: &Evaluation| {
        let (s, admin, id) = (&s, &admin, ev.id);
        async move { get(s, &format!("/evaluations/{id}"), Some(admin)).await.1 }
    };
    assert!(flags(&detail(&inside).await["summary"]).is_empty());
    let far = detail(&outside).await;
    assert_eq!(flags(&far["summary"]), ["outside_geofence"]);
    assert_eq!(far["summary"]["inside_geofence"], false, "the device said inside; the server decides");
    assert!(
        (far["check_in_distance_m"].as_f64().unwrap_or(0.0) - 5560.0).abs() < 50.0,
        "{}",
        far["check_in_distance_m"]
    );
    assert_eq!(flags(&detail(&unlocated).await["summary"]), ["no_location"]);
    assert!(flags(&detail(&first).await["summary"]).is_empty(), "the first to use a photo is not flagged");
    assert_eq!(flags(&detail(&copy).await["summary"]), ["duplicate_photos"]);

    for (flag, want) in [
        ("outside_geofence", vec![&outside]),
        ("no_location", vec![&unlocated]),
        ("duplicate_photos", vec![&copy]),
        ("clock_skew", vec![]),
    ] {
        let ids = listed(&s, &admin, &format!("flag={flag}&limit=500")).await;
        let want: Vec<String> = want.iter().map(|e| e.id.to_string()).collect();
        assert_eq!(ids, want, "flag={flag}");
    }
    let (status, body) = get(&s, "/evaluations?flag=teleported", Some(&admin)).await;
    assert_error(status, &body, 400, "bad_query", Some("flag"));
    // The list carries the flags too.
    let (_, page) = get(&s, "/evaluations?limit=500", Some(&admin)).await;
    let row = page["items"].as_array().expect("items").iter().find(|i| i["id"] == copy.id.to_string()).cloned();
    assert_eq!(flags(&row.expect("listed")), ["duplicate_photos"]);
}

#[tokio::test]
async fn a_device_clock_that_is_off_has_the_visit_times_corrected_and_flagged() {
    let s = TestServer::start().await;
    let (shopper, admin) = (s.shopper().await, s.sign_in("admin", "admin-demo").await);
    let centre =
        ms_server::demo::catalogue().expect("demo").centres.into_iter().find(|c| c.id == "cd-deira").expect("centre");
    // The device's clock runs two days ahead: by it the visit is "in the future".
    let ahead = Duration::days(2);
    let mut ev = located(&centre.id, centre.latitude, centre.longitude);
    for t in [ev.visit_started_at.as_mut(), ev.visit_ended_at.as_mut(), ev.check_in.as_mut().map(|c| &mut c.at)]
        .into_iter()
        .flatten()
    {
        *t += ahead;
    }
    let (status, body) = send(&s, &ev, &shopper, None).await;
    assert_error(status, &body, 422, "implausible_value", Some("visit_started_at"));
    let device_now = (Utc::now() + ahead).to_rfc3339_opts(SecondsFormat::Secs, true);
    let (status, body) = send(&s, &ev, &shopper, Some(device_now.clone())).await;
    assert_eq!(status, 201, "{body}");
    let (_, d) = get(&s, &format!("/evaluations/{}", ev.id), Some(&admin)).await;
    assert_eq!(flags(&d["summary"]), ["clock_skew"]);
    let offset = d["summary"]["clock_offset_s"].as_i64().expect("offset");
    assert!((offset + ahead.num_seconds()).abs() < 5, "{offset}");
    let started: chrono::DateTime<Utc> =
        d["evaluation"]["visit_started_at"].as_str().and_then(|t| t.parse().ok()).expect("time");
    let want = ev.visit_started_at.expect("start") - ahead;
    assert!((started - want).num_seconds().abs() < 5, "corrected to the server's clock: {started} vs {want}");
    // Sent again (a retry) it is the same evaluation.
    let (status, _) = send(&s, &ev, &shopper, Some(device_now)).await;
    assert_eq!(status, 200);
    assert_eq!(listed(&s, &admin, "flag=clock_skew").await, [ev.id.to_string()]);

    // A clock within a minute changes nothing.
    let mut fine = located(&centre.id, centre.latitude, centre.longitude);
    fine.id = ms_core::EvaluationId::new();
    let (status, _) = send(&s, &fine, &shopper, Some((Utc::now() - Duration::seconds(20)).to_rfc3339())).await;
    assert_eq!(status, 201);
    let (_, d) = get(&s, &format!("/evaluations/{}", fine.id), Some(&admin)).await;
    assert!(flags(&d["summary"]).is_empty());
    assert_eq!(d["evaluation"]["visit_started_at"], json!(fine.visit_started_at));

    let (status, body) = send(&s, &complete_shopper(&centre.id), &shopper, Some("yesterday".into())).await;
    assert_error(status, &body, 400, "bad_body", Some("X-Device-Time"));
}
