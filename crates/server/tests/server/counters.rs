//! Counters (touchpoints) on a real server: a citizen's rating made through
//! a counter's link (`?counter=Desk%203`) keeps its label, which shows in the
//! inbox, the exports and the centre's figures; a bad label is refused.

use crate::common::*;
use crate::exports::{download, formula_free_rows, records};
use calamine::Data;
use ms_core::{Answer, AnswerValue, Evaluation, Face};
use serde_json::{json, Value};

fn rating(face: Face, counter: Option<&str>) -> Evaluation {
    let mut ev = happy_citizen("cd-al-barsha");
    ev.answers.insert("face".into(), Answer { value: Some(AnswerValue::Face(face)), ..Answer::default() });
    if face != Face::Happy {
        let reasons = AnswerValue::Choices(vec!["waiting-time".into()]);
        ev.answers.insert("reasons".into(), Answer { value: Some(reasons), ..Answer::default() });
    }
    ev.counter = counter.map(str::to_owned);
    ev
}

async fn send(s: &TestServer, ev: &Evaluation) {
    let (status, body) = put_json(s, &format!("/evaluations/{}", ev.id), &json!(ev), None).await;
    assert_eq!(status, 201, "{body}");
}

/// The centre's counters as (label, ratings, happy, neutral, unhappy).
async fn counters(s: &TestServer, token: &str) -> Vec<(String, u64, u64, u64, u64)> {
    let (status, r) = get(s, "/centres/cd-al-barsha/stats", Some(token)).await;
    assert_eq!(status, 200, "{r}");
    let n = |c: &Value, k: &str| c[k].as_u64().unwrap_or(u64::MAX);
    r["counters"]
        .as_array()
        .expect("counters")
        .iter()
        .map(|c| {
            let label = c["label"].as_str().unwrap_or_default().to_owned();
            (label, n(c, "ratings"), n(c, "happy"), n(c, "neutral"), n(c, "unhappy"))
        })
        .collect()
}

#[tokio::test]
async fn a_counters_label_reaches_the_inbox_the_export_and_the_figures() {
    let s = TestServer::start().await;
    let desk_happy = rating(Face::Happy, Some("Desk 3"));
    let desk_unhappy = rating(Face::Unhappy, Some("Desk 3"));
    let window = rating(Face::Neutral, Some("نافذة ٢"));
    let plain = rating(Face::Unhappy, None);
    for ev in [&desk_happy, &desk_unhappy, &window, &plain] {
        send(&s, ev).await;
    }
    let sup = s.supervisor().await;

    let (status, page) = get(&s, "/evaluations?centre_id=cd-al-barsha&limit=100", Some(&sup)).await;
    assert_eq!(status, 200, "{page}");
    let counter_of = |ev: &Evaluation| {
        let items = page["items"].as_array().cloned().unwrap_or_default();
        let item = items.into_iter().find(|i| i["id"] == ev.id.to_string()).expect("in the inbox");
        item.get("counter").cloned()
    };
    assert_eq!(counter_of(&desk_happy), Some(json!("Desk 3")));
    assert_eq!(counter_of(&window), Some(json!("نافذة ٢")));
    assert_eq!(counter_of(&plain), None, "no counter, no field");
    let (status, detail) = get(&s, &format!("/evaluations/{}", desk_unhappy.id), Some(&sup)).await;
    assert_eq!(status, 200, "{detail}");
    assert_eq!((&detail["summary"]["counter"], &detail["evaluation"]["counter"]), (&json!("Desk 3"), &json!("Desk 3")));

    let admin = s.sign_in("admin", "admin-demo").await;
    let (_, rows) = records(&download(&s, "/exports/evaluations.csv", &admin).await.1);
    let cell = |ev: &Evaluation| {
        rows.iter().find(|r| r["evaluation_id"] == ev.id.to_string()).map(|r| r["counter"].clone()).expect("row")
    };
    assert_eq!((cell(&desk_happy), cell(&window), cell(&plain)), ("Desk 3".into(), "نافذة ٢".into(), String::new()));

    assert_eq!(
        counters(&s, &sup).await,
        [("Desk 3".to_owned(), 2, 1, 0, 1), ("نافذة ٢".to_owned(), 1, 0, 1, 0)],
        "the rating without a counter is in no row"
    );
    let (_, r) = get(&s, "/centres/cd-al-barsha/stats", Some(&sup)).await;
    assert_eq!(r["counters"][0]["percent"], json!(50.0), "the customer index's mean: (100 + 0) / 2");
    assert_eq!(r["rating"]["customer"]["count"], json!(4), "every rating still counts in the index");

    // A rejected rating leaves its counter's figures.
    let (status, body) = post(
        &s,
        &format!("/evaluations/{}/review", desk_unhappy.id),
        &json!({"to": "rejected", "comment": "a test rating"}),
        Some(&sup),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(counters(&s, &sup).await[0], ("Desk 3".to_owned(), 1, 1, 0, 0));
}

#[tokio::test]
async fn a_bad_counter_is_refused_naming_it_and_nothing_is_stored() {
    let s = TestServer::start().await;
    let long = "x".repeat(41);
    for (label, code) in [
        (long.as_str(), "too_long"),
        ("Desk\u{7}3", "invalid_value"),
        ("Desk\n3", "invalid_value"),
        (" Desk 3", "invalid_value"),
        ("", "invalid_value"),
    ] {
        let ev = rating(Face::Happy, Some(label));
        let (status, body) = put_json(&s, &format!("/evaluations/{}", ev.id), &json!(ev), None).await;
        assert_error(status, &body, 422, code, Some("counter"));
    }
    assert_eq!(s.evaluation_count().await, 0, "nothing stored");
    let sup = s.supervisor().await;
    assert!(counters(&s, &sup).await.is_empty());
    // Forty characters, Arabic ones too, are a label.
    send(&s, &rating(Face::Happy, Some(&"٣".repeat(40)))).await;
    assert_eq!(s.evaluation_count().await, 1);
}

#[tokio::test]
async fn a_hostile_counter_label_is_text_in_the_csv_and_the_workbook() {
    let s = TestServer::start().await;
    let hostile = r#"=HYPERLINK("http://x","y")"#;
    let ev = rating(Face::Happy, Some(hostile));
    send(&s, &ev).await;
    let admin = s.sign_in("admin", "admin-demo").await;

    let (_, rows) = records(&download(&s, "/exports/evaluations.csv", &admin).await.1);
    let row = rows.iter().find(|r| r["evaluation_id"] == ev.id.to_string()).expect("row");
    assert_eq!(row["counter"], format!("'{hostile}"), "neutralised as the other cells are");

    let (_, bytes) = download(&s, "/exports/evaluations.xlsx", &admin).await;
    let rows = formula_free_rows(bytes);
    let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    let col = header.iter().position(|h| h == "counter").expect("a counter column");
    let row = rows.iter().find(|r| r[0].to_string() == ev.id.to_string()).expect("row");
    assert_eq!(row[col], Data::String(hostile.to_owned()), "the label itself, as a string");
}
