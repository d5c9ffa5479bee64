//! Unhappy-ratings alerts on a real server: raised once, not repeated while
//! open, cleared when the window's share falls, acknowledged, and delivered
//! to a real local webhook receiver that fails twice before taking it.

use crate::common::*;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post as on_post;
use axum::{Json, Router};
use ms_core::{Answer, AnswerValue, Face};
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A webhook that answers 500 to its first `failures` calls, then 200, and keeps every body.
#[derive(Clone, Default)]
pub(crate) struct Receiver {
    pub(crate) bodies: Arc<Mutex<Vec<Value>>>,
    failures: usize,
}

async fn receive(State(r): State<Receiver>, Json(body): Json<Value>) -> StatusCode {
    let mut bodies = r.bodies.lock().expect("bodies");
    bodies.push(body);
    if bodies.len() <= r.failures {
        StatusCode::INTERNAL_SERVER_ERROR
    } else {
        StatusCode::OK
    }
}

pub(crate) async fn start_receiver(failures: usize) -> (String, Receiver) {
    let receiver = Receiver { failures, ..Receiver::default() };
    let app = Router::new().route("/hook", on_post(receive)).with_state(receiver.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{addr}/hook"), receiver)
}

async fn rate(s: &TestServer, centre: &str, face: Face) {
    let mut ev = happy_citizen(centre);
    ev.answers.insert("face".into(), Answer { value: Some(AnswerValue::Face(face)), ..Answer::default() });
    if face != Face::Happy {
        let reasons = AnswerValue::Choices(vec!["waiting-time".into()]);
        ev.answers.insert("reasons".into(), Answer { value: Some(reasons), ..Answer::default() });
    }
    let (status, body) = put_json(s, &format!("/evaluations/{}", ev.id), &json!(ev), None).await;
    assert_eq!(status, 201, "{body}");
}

async fn alerts(s: &TestServer, token: &str, all: bool) -> Vec<Value> {
    let (status, body) = get(s, &format!("/alerts?all={all}"), Some(token)).await;
    assert_eq!(status, 200, "{body}");
    body["alerts"].as_array().cloned().unwrap_or_default()
}

#[tokio::test]
async fn an_alert_is_raised_once_delivered_with_retries_and_acknowledged() {
    let (hook, receiver) = start_receiver(2).await;
    let s = TestServer::start_configured(|c| {
        c.alerts.webhook = Some(hook);
        c.alerts.webhook_first_retry = Duration::from_millis(50);
    })
    .await;
    let (sup, roads) = (s.supervisor().await, s.sign_in("supervisor-roads", "supervisor-roads-demo").await);
    let centre = "cd-al-barsha";

    // Three unhappy of three: too few ratings. A happy fourth: 3 of 4 (75 %) exceeds half.
    for _ in 0..3 {
        rate(&s, centre, Face::Unhappy).await;
    }
    assert!(alerts(&s, &sup, false).await.is_empty(), "three ratings are too few");
    rate(&s, centre, Face::Happy).await;
    let raised = alerts(&s, &sup, false).await;
    assert_eq!(raised.len(), 1, "{raised:?}");
    let alert = &raised[0];
    assert_eq!((alert["centre_id"].as_str(), alert["entity_id"].as_str()), (Some(centre), Some("civil-documents")));
    assert_eq!((alert["ratings"].as_u64(), alert["unhappy"].as_u64()), (Some(4), Some(3)));
    assert_eq!(alert["window_minutes"], 15);
    // Another unhappy rating while it is open: not raised again.
    rate(&s, centre, Face::Unhappy).await;
    assert_eq!(alerts(&s, &sup, false).await.len(), 1);
    // Another entity's supervisor does not see it, nor acknowledge it.
    assert!(alerts(&s, &roads, false).await.is_empty());
    let id = alert["id"].as_i64().expect("id");
    let (status, body) = post(&s, &format!("/alerts/{id}/ack"), &json!({}), Some(&roads)).await;
    assert_error(status, &body, 404, "not_found", None);

    // The webhook failed twice, then took it: three calls, one alert.
    let mut waited = 0;
    while receiver.bodies.lock().expect("bodies").len() < 3 && waited < 100 {
        tokio::time::sleep(Duration::from_millis(50)).await;
        waited += 1;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let bodies = receiver.bodies.lock().expect("bodies").clone();
    assert_eq!(bodies.len(), 3, "{bodies:?}");
    assert!(bodies.iter().all(|b| b["alert"]["id"] == id && b["event"] == "unhappy_ratings"));
    assert_eq!(bodies[0]["centre_name"], "Al Barsha Customer Centre");
    let delivered = &alerts(&s, &sup, false).await[0];
    assert_eq!(delivered["delivery_attempts"], 3, "{delivered}");
    assert!(delivered["delivered_at"].is_string());

    let (status, acked) = post(&s, &format!("/alerts/{id}/ack"), &json!({}), Some(&sup)).await;
    assert_eq!(status, 200, "{acked}");
    assert_eq!(acked["acknowledged_by"], "supervisor");
    assert!(alerts(&s, &sup, false).await.is_empty());
    assert_eq!(alerts(&s, &sup, true).await.len(), 1);
    let (status, again) = post(&s, &format!("/alerts/{id}/ack"), &json!({}), Some(&sup)).await;
    assert_eq!((status, &again["acknowledged_at"]), (200, &acked["acknowledged_at"]), "again is harmless");
    let (status, body) = post(&s, "/alerts/999999/ack", &json!({}), Some(&sup)).await;
    assert_error(status, &body, 404, "not_found", None);
    let (status, body) = post(&s, "/alerts/not-a-number/ack", &json!({}), Some(&sup)).await;
    assert_error(status, &body, 400, "invalid_path", Some("id"));

    // Acknowledged while the window is still unhappy: the next rating raises a new one.
    rate(&s, centre, Face::Unhappy).await;
    let open = alerts(&s, &sup, false).await;
    assert_eq!(open.len(), 1);
    assert_ne!(open[0]["id"], id);
    // Happy ratings bring the share to half (5 of 10): the open alert clears,
    // stays listed until acknowledged, and no new one is raised.
    for _ in 0..4 {
        rate(&s, centre, Face::Happy).await;
    }
    let cleared = alerts(&s, &sup, false).await;
    assert_eq!(cleared.len(), 1);
    assert!(cleared[0]["cleared_at"].is_string(), "{}", cleared[0]);
}

#[tokio::test]
async fn a_webhook_that_never_answers_holds_up_no_rating() {
    let s = TestServer::start_configured(|c| {
        // Nothing listens on the discard port of loopback.
        c.alerts.webhook = Some("http://127.0.0.1:9/hook".into());
        c.alerts.webhook_first_retry = Duration::from_millis(20);
        c.alerts.webhook_attempts = 3;
    })
    .await;
    let sup = s.supervisor().await;
    for _ in 0..4 {
        rate(&s, "cd-deira", Face::Unhappy).await;
    }
    let mut alert = Value::Null;
    for _ in 0..100 {
        alert = alerts(&s, &sup, false).await.first().cloned().unwrap_or_default();
        if alert["delivery_attempts"] == 3 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(alert["delivery_attempts"], 3, "{alert}");
    assert!(alert["delivered_at"].is_null());
    assert_eq!(s.evaluation_count().await, 4, "every rating was stored");
}
