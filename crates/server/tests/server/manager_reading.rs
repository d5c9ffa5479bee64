//! A centre's manager reads the approved visits of the centres they run, on
//! a real server: read-only, without the shopper's name, device or planned
//! visit; another centre's, or one not yet approved, is as absent as an
//! unknown one; its photos open for them, others' do not.

use crate::common::*;
use ms_core::{Answer, AnswerValue};
use serde_json::{json, Value};

/// A shopper's visit to `centre` with one photo on its queue-ticket answer, sent.
async fn sent_with_photo(s: &TestServer, centre: &str, width: u32) -> (ms_core::Evaluation, String) {
    let bytes = jpeg(width, 30);
    let sha = sha(&bytes);
    assert_eq!(s.put_photo(&sha, bytes).await.status(), 201);
    let mut ev = complete_shopper(centre);
    ev.answers.insert(
        "queue-ticket".into(),
        Answer { value: Some(AnswerValue::No), photos: vec![sha.parse().expect("a photo id")], ..Answer::default() },
    );
    let shopper = s.shopper().await;
    let (status, body) =
        put_json(s, &format!("/evaluations/{}", ev.id), &serde_json::to_value(&ev).expect("json"), Some(&shopper))
            .await;
    assert_eq!(status, 201, "{body}");
    (ev, sha)
}

async fn decide(s: &TestServer, id: ms_core::EvaluationId, to: &str, sup: &str) {
    let (status, body) =
        post(s, &format!("/evaluations/{id}/review"), &json!({"to": to, "comment": "checked"}), Some(sup)).await;
    assert_eq!(status, 200, "{body}");
}

fn ids(page: &Value) -> Vec<String> {
    page["items"].as_array().into_iter().flatten().filter_map(|i| i["id"].as_str().map(str::to_owned)).collect()
}

#[tokio::test]
async fn a_manager_reads_their_centres_approved_visits_without_the_shoppers_name() {
    let s = TestServer::start().await;
    let sup = s.sign_in("supervisor", "supervisor-demo").await;
    let (approved, approved_photo) = sent_with_photo(&s, "cd-al-barsha", 41).await;
    let (waiting, waiting_photo) = sent_with_photo(&s, "cd-al-barsha", 42).await;
    let (elsewhere, elsewhere_photo) = sent_with_photo(&s, "cd-deira", 43).await;
    decide(&s, approved.id, "approved", &sup).await;
    decide(&s, elsewhere.id, "approved", &sup).await;
    let manager = s.sign_in("manager", "manager-demo").await;

    // The list: their centre's approved visit only, whatever status is asked for.
    let (status, page) = get(&s, "/evaluations", Some(&manager)).await;
    assert_eq!(status, 200, "{page}");
    assert_eq!(ids(&page), vec![approved.id.to_string()]);
    assert_eq!(page["total"], 1);
    assert!(page["items"][0].get("submitted_by").is_none_or(Value::is_null), "{page}");
    let (_, page) = get(&s, "/evaluations?status=received", Some(&manager)).await;
    assert_eq!((ids(&page).len(), &page["total"]), (0, &json!(0)), "nothing not yet approved");
    let (_, page) = get(&s, "/evaluations?centre_id=cd-deira", Some(&manager)).await;
    assert!(ids(&page).is_empty(), "nothing of another centre");
    // The reviewer still sees who made it.
    let (_, page) = get(&s, "/evaluations?centre_id=cd-al-barsha&status=approved", Some(&sup)).await;
    let line = page["items"].as_array().and_then(|l| l.iter().find(|i| i["id"] == approved.id.to_string()).cloned());
    assert_eq!(line.map(|l| l["submitted_by"].clone()), Some(json!("shopper")));

    // The visit itself: answers, photos and decisions, not the shopper.
    let (status, detail) = get(&s, &format!("/evaluations/{}", approved.id), Some(&manager)).await;
    assert_eq!(status, 200, "{detail}");
    assert_eq!(detail["summary"]["status"], "approved");
    assert!(detail["summary"].get("submitted_by").is_none_or(Value::is_null));
    assert_eq!(detail["evaluation"]["device_id"], ms_core::wire::WITHHELD_DEVICE);
    assert_eq!(detail["evaluation"]["answers"]["queue-ticket"]["photos"], json!([approved_photo]));
    let names: Vec<&Value> = detail["activity"].as_array().expect("activity").iter().map(|a| &a["by"]).collect();
    assert!(names.iter().all(|n| n.as_str() != Some("shopper")), "{names:?}");
    assert!(names.iter().any(|n| n.as_str() == Some("supervisor")), "the reviewer's decision is named: {names:?}");
    let (status, _) = get(&s, &format!("/evaluations/{}?revision=1", approved.id), Some(&manager)).await;
    assert_eq!(status, 200, "the approved revision by its number");
    for other in [waiting.id, elsewhere.id] {
        let (status, body) = get(&s, &format!("/evaluations/{other}"), Some(&manager)).await;
        assert_error(status, &body, 404, "not_found", None);
    }

    // Its photos open for them; a visit's not yet approved, or another centre's, do not.
    let photo = |sha: String| {
        let (s, token) = (&s, manager.clone());
        async move { get(s, &format!("/photos/{sha}"), Some(&token)).await.0 }
    };
    assert_eq!(photo(approved_photo).await, 200);
    assert_eq!(photo(waiting_photo).await, 404);
    assert_eq!(photo(elsewhere_photo).await, 404);

    // Read-only: no decision, no comment; other roles as before.
    let (status, _) =
        post(&s, &format!("/evaluations/{}/review", waiting.id), &json!({"to": "approved"}), Some(&manager)).await;
    assert_eq!(status, 403);
    let (status, _) =
        post(&s, &format!("/evaluations/{}/comments", approved.id), &json!({"comment": "hi"}), Some(&manager)).await;
    assert_eq!(status, 403);
    let (status, _) = get(&s, "/evaluations", Some(&s.shopper().await)).await;
    assert_eq!(status, 403);
    let (status, _) = get(&s, "/evaluations", None).await;
    assert_eq!(status, 401);
}
