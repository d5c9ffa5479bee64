//! Exports on a real server: the CSV and XLSX files parsed back and compared
//! with what was sent, the inbox's filters and the reader's scope applied.

use crate::common::*;
use calamine::{Data, Reader, Xlsx};
use ms_core::{Answer, AnswerValue, Evaluation, Face};
use serde_json::json;
use std::collections::HashMap;

pub(crate) async fn download(s: &TestServer, path: &str, token: &str) -> (reqwest::header::HeaderMap, Vec<u8>) {
    let res = s.http.get(s.url(path)).bearer_auth(token).send().await.expect("export");
    assert_eq!(res.status(), 200, "{path}");
    let headers = res.headers().clone();
    (headers, res.bytes().await.expect("body").to_vec())
}

pub(crate) fn records(bytes: &[u8]) -> (Vec<String>, Vec<HashMap<String, String>>) {
    let mut reader = csv::Reader::from_reader(bytes);
    let header: Vec<String> = reader.headers().expect("header").iter().map(str::to_owned).collect();
    let rows = reader
        .records()
        .map(|r| {
            let r = r.expect("a well-formed row");
            header.iter().cloned().zip(r.iter().map(str::to_owned)).collect::<HashMap<_, _>>()
        })
        .collect();
    (header, rows)
}

async fn send(s: &TestServer, ev: &Evaluation, token: Option<&str>) {
    let (status, body) = put_json(s, &format!("/evaluations/{}", ev.id), &json!(ev), token).await;
    assert_eq!(status, 201, "{body}");
}

/// A citizen with a comment full of CSV's special characters, an unhappy
/// citizen with reasons, and a shopper's visit at another entity's centre.
async fn fixture(s: &TestServer) -> (Evaluation, Evaluation, Evaluation) {
    let mut quoted = happy_citizen("cd-al-barsha");
    quoted.comment = Some("Quick, \"friendly\"\nand clean; شكرا".into());
    send(s, &quoted, None).await;
    let mut unhappy = happy_citizen("cd-deira");
    unhappy
        .answers
        .insert("face".into(), Answer { value: Some(AnswerValue::Face(Face::Unhappy)), ..Answer::default() });
    let reasons = AnswerValue::Choices(vec!["fees".into(), "reception".into()]);
    unhappy.answers.insert("reasons".into(), Answer { value: Some(reasons), ..Answer::default() });
    send(s, &unhappy, None).await;
    let mut visit = complete_shopper("rv-al-quoz");
    visit.employee = Some("Desk 7".into());
    visit.answers.insert(
        "thanked".into(),
        Answer { value: Some(AnswerValue::No), comment: Some("no thanks, no goodbye".into()), ..Answer::default() },
    );
    send(s, &visit, Some(&s.shopper().await)).await;
    (quoted, unhappy, visit)
}

#[tokio::test]
async fn the_evaluations_csv_holds_each_evaluation_as_sent() {
    let s = TestServer::start().await;
    let (quoted, unhappy, visit) = fixture(&s).await;
    let admin = s.sign_in("admin", "admin-demo").await;
    let (headers, bytes) = download(&s, "/exports/evaluations.csv", &admin).await;
    assert_eq!(headers["content-type"], "text/csv; charset=utf-8");
    assert!(headers["content-disposition"]
        .to_str()
        .is_ok_and(|d| d.starts_with("attachment; filename=\"evaluations-")));
    assert_eq!(headers["x-export-rows"], "3");
    let (header, rows) = records(&bytes);
    assert_eq!(header[..4], ["evaluation_id", "revision", "status", "role"]);
    assert_eq!(rows.len(), 3);
    let by_id = |id: &str| rows.iter().find(|r| r["evaluation_id"] == id).cloned().expect("row");
    let q = by_id(&quoted.id.to_string());
    assert_eq!(q["comment"], "Quick, \"friendly\"\nand clean; شكرا", "quotes, commas, lines and Arabic survive");
    assert_eq!((q["role"].as_str(), q["status"].as_str()), ("citizen", "received"));
    assert_eq!((q["entity_id"].as_str(), q["centre_id"].as_str()), ("civil-documents", "cd-al-barsha"));
    assert_eq!(q["score_percent"], "100.00");
    assert!(chrono::DateTime::parse_from_rfc3339(&q["received_at"]).is_ok(), "ISO 8601: {}", q["received_at"]);
    assert_eq!(by_id(&unhappy.id.to_string())["score_percent"], "0.00");
    let v = by_id(&visit.id.to_string());
    assert_eq!((v["employee"].as_str(), v["submitted_by"].as_str()), ("Desk 7", "shopper"));
    assert_eq!(v["answer_count"], visit.answers.len().to_string());

    // The inbox's filters and the reader's scope.
    let (headers, bytes) = download(&s, "/exports/evaluations.csv?role=citizen&centre_id=cd-deira", &admin).await;
    assert_eq!(headers["x-export-rows"], "1");
    assert_eq!(records(&bytes).1[0]["evaluation_id"], unhappy.id.to_string());
    let roads = s.sign_in("supervisor-roads", "supervisor-roads-demo").await;
    let (_, bytes) = download(&s, "/exports/evaluations.csv", &roads).await;
    let (_, rows) = records(&bytes);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["evaluation_id"], visit.id.to_string());
    let res = s.http.get(s.url("/exports/evaluations.csv?status=nonsense")).bearer_auth(&admin).send().await;
    let res = res.expect("request");
    assert_eq!(res.status(), 400);
    let body: serde_json::Value = res.json().await.expect("json error");
    assert_eq!(body["error"]["field"], "status");
}

#[tokio::test]
async fn the_answers_csv_has_a_row_per_answer_with_its_stage_and_score() {
    let s = TestServer::start().await;
    let (_, unhappy, visit) = fixture(&s).await;
    let admin = s.sign_in("admin", "admin-demo").await;
    let (_, bytes) = download(&s, "/exports/answers.csv", &admin).await;
    let (header, rows) = records(&bytes);
    assert_eq!(header[6..10], ["stage_id", "item_id", "value_type", "value"]);
    assert_eq!(rows.len(), 1 + unhappy.answers.len() + visit.answers.len());
    let of = |id: &Evaluation, item: &str| {
        rows.iter().find(|r| r["evaluation_id"] == id.id.to_string() && r["item_id"] == item).cloned().expect("row")
    };
    let reasons = of(&unhappy, "reasons");
    assert_eq!((reasons["stage_id"].as_str(), reasons["value_type"].as_str()), ("rating", "choices"));
    assert_eq!(reasons["value"], "fees;reception");
    assert_eq!(reasons["score_percent"], "", "reasons are not scored");
    let face = of(&unhappy, "face");
    assert_eq!((face["value"].as_str(), face["score_percent"].as_str()), ("unhappy", "0.00"));
    let thanked = of(&visit, "thanked");
    assert_eq!((thanked["stage_id"].as_str(), thanked["value"].as_str()), ("exit", "no"));
    assert_eq!(thanked["comment"], "no thanks, no goodbye");
    let waiting = of(&visit, "waiting-time");
    assert_eq!((waiting["value_type"].as_str(), waiting["value"].as_str()), ("minutes", "7.5"));
    assert_eq!(waiting["score_percent"], "100.00");
}

#[tokio::test]
async fn the_evaluations_workbook_reads_back_in_a_spreadsheet_library() {
    let s = TestServer::start().await;
    let (quoted, _, visit) = fixture(&s).await;
    let admin = s.sign_in("admin", "admin-demo").await;
    let (headers, bytes) = download(&s, "/exports/evaluations.xlsx", &admin).await;
    assert_eq!(headers["content-type"], "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assert_eq!(headers["x-export-rows"], "3");
    let mut book = Xlsx::new(std::io::Cursor::new(bytes)).expect("an xlsx file");
    let sheet = book.worksheet_range("Evaluations").expect("the Evaluations sheet");
    let rows: Vec<Vec<Data>> = sheet.rows().map(|r| r.to_vec()).collect();
    assert_eq!(rows.len(), 4, "a header and three evaluations");
    let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    assert_eq!(header[0], "evaluation_id");
    let col = |name: &str| header.iter().position(|h| h == name).expect("column");
    let row = |id: &Evaluation| rows.iter().find(|r| r[0].to_string() == id.id.to_string()).cloned().expect("row");
    let q = row(&quoted);
    assert_eq!(q[col("comment")].to_string(), quoted.comment.clone().unwrap_or_default());
    assert_eq!(q[col("score_percent")], Data::Float(100.0), "numbers are numbers");
    assert_eq!(q[col("revision")], Data::Float(1.0));
    let v = row(&visit);
    assert_eq!(v[col("employee")].to_string(), "Desk 7");
    assert_eq!(v[col("role")].to_string(), "shopper");
}

#[tokio::test]
async fn a_compressed_export_ends_cleanly_even_when_empty() {
    let s = TestServer::start().await;
    fixture(&s).await;
    let admin = s.sign_in("admin", "admin-demo").await;
    for query in ["", "?to=2000-01-01"] {
        let res = s
            .http
            .get(s.url(&format!("/exports/evaluations.csv{query}")))
            .bearer_auth(&admin)
            .header("accept-encoding", "gzip")
            .send()
            .await
            .expect("export");
        assert_eq!(res.status(), 200);
        assert_eq!(res.headers()["content-encoding"], "gzip");
        let body = res.bytes().await.expect("the whole body, not a broken connection");
        assert_eq!(&body[..2], [0x1f, 0x8b], "a gzip stream");
    }
}

/// A citizen's comment and a shopper's employee name and item comment that a
/// spreadsheet would run as formulas, with a negative number beside them.
async fn hostile(s: &TestServer) -> (Evaluation, Evaluation) {
    let mut rating = happy_citizen("cd-al-barsha");
    rating.comment = Some("=HYPERLINK(\"http://example.com/steal\",\"Click for a prize\")".into());
    send(s, &rating, None).await;
    let mut visit = complete_shopper("cd-al-barsha");
    visit.employee = Some("@SUM(1+1)".into());
    visit.answers.insert(
        "thanked".into(),
        Answer { value: Some(AnswerValue::No), comment: Some("+cmd|' /C calc'!A0".into()), ..Answer::default() },
    );
    send(s, &visit, Some(&s.shopper().await)).await;
    (rating, visit)
}

#[tokio::test]
async fn csv_cells_a_spreadsheet_would_run_open_as_text() {
    let s = TestServer::start().await;
    let (rating, visit) = hostile(&s).await;
    let admin = s.sign_in("admin", "admin-demo").await;
    let (_, bytes) = download(&s, "/exports/evaluations.csv", &admin).await;
    let (_, rows) = records(&bytes);
    let row = |ev: &Evaluation| rows.iter().find(|r| r["evaluation_id"] == ev.id.to_string()).expect("row");
    assert_eq!(row(&rating)["comment"], format!("'{}", rating.comment.clone().unwrap_or_default()));
    assert_eq!(row(&visit)["employee"], "'@SUM(1+1)");
    for r in &rows {
        for (column, cell) in r {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{column}: {cell:?} would run");
        }
    }
    let (_, bytes) = download(&s, "/exports/answers.csv", &admin).await;
    let (_, answers) = records(&bytes);
    let thanked = answers
        .iter()
        .find(|r| r["evaluation_id"] == visit.id.to_string() && r["item_id"] == "thanked")
        .expect("the thanked answer");
    assert_eq!(thanked["comment"], "'+cmd|' /C calc'!A0");
}

/// The Evaluations sheet's rows, the header first, once no cell is seen to hold a formula.
pub(crate) fn formula_free_rows(bytes: Vec<u8>) -> Vec<Vec<Data>> {
    let mut book = Xlsx::new(std::io::Cursor::new(bytes)).expect("an xlsx file");
    let formulas = book.worksheet_formula("Evaluations").expect("the sheet's formulas");
    assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()), "no cell holds a formula");
    let sheet = book.worksheet_range("Evaluations").expect("the Evaluations sheet");
    sheet.rows().map(|r| r.to_vec()).collect()
}

#[tokio::test]
async fn workbook_cells_are_strings_or_numbers_never_formulas() {
    let s = TestServer::start().await;
    let (rating, _) = hostile(&s).await;
    let admin = s.sign_in("admin", "admin-demo").await;
    let (_, bytes) = download(&s, "/exports/evaluations.xlsx", &admin).await;
    let rows = formula_free_rows(bytes);
    let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    let col = header.iter().position(|h| h == "comment").expect("comment column");
    let row = rows.iter().find(|r| r[0].to_string() == rating.id.to_string()).expect("row");
    assert_eq!(row[col], Data::String(rating.comment.clone().unwrap_or_default()), "the text itself, as a string");
}
