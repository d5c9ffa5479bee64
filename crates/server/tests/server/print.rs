//! Printed documents through the API: the posters' codes read back from the
//! rendered pages (pdftoppm and zbarimg) give exactly each centre's link, the
//! reports' text (pdftotext) has the centre's Arabic name and the figures the
//! API gives; who may print what.

use crate::common::*;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::Command;

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e} (poppler-utils and zbar-tools are needed)"));
    assert!(out.status.success(), "{cmd:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Downloads a PDF: its status, and where it was written when it is one.
async fn pdf(s: &TestServer, path: &str, token: &str, dir: &Path) -> (u16, Option<PathBuf>, Value) {
    let res = s.http.get(s.url(path)).bearer_auth(token).send().await.expect("request");
    let status = res.status().as_u16();
    let pdf = res.headers().get("content-type").is_some_and(|v| v == "application/pdf");
    if !pdf {
        return (status, None, res.json().await.unwrap_or(Value::Null));
    }
    let disposition = res.headers().get("content-disposition").and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    assert!(disposition.starts_with("attachment; filename=\"") && disposition.ends_with(".pdf\""), "{disposition}");
    let bytes = res.bytes().await.expect("body");
    assert!(bytes.starts_with(b"%PDF"));
    let file = dir.join(format!("{}.pdf", uuid::Uuid::new_v4()));
    std::fs::write(&file, &bytes).expect("write");
    (status, Some(file), Value::Null)
}

fn pages(pdf: &Path) -> usize {
    let info = run(Command::new("pdfinfo").arg(pdf));
    info.lines().find_map(|l| l.strip_prefix("Pages:")).and_then(|n| n.trim().parse().ok()).expect("pages")
}

fn code_on(pdf: &Path, page: usize) -> String {
    let png = pdf.with_extension(format!("p{page}"));
    let p = page.to_string();
    run(Command::new("pdftoppm").args(["-png", "-r", "150", "-singlefile", "-f", &p, "-l", &p]).arg(pdf).arg(&png));
    let out = run(Command::new("zbarimg")
        .args(["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable"])
        .arg(png.with_extension(format!("p{page}.png"))));
    let codes: Vec<&str> = out.lines().collect();
    assert_eq!(codes.len(), 1, "one code on page {page}: {codes:?}");
    codes[0].to_owned()
}

/// The text, spaces, line breaks and pdftotext's direction marks taken out.
fn text_of(pdf: &Path) -> String {
    let text = run(Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(pdf).arg("-"));
    squeeze(&text)
}

fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !c.is_whitespace() && !('\u{202a}'..='\u{202e}').contains(c) && !('\u{2066}'..='\u{2069}').contains(c)
        })
        .collect()
}

fn base(s: &TestServer) -> String {
    s.url("/").split("/api/v1").next().expect("base").to_owned()
}

#[tokio::test]
async fn a_centres_poster_carries_its_link_a_page_per_counter_and_only_for_its_reviewers() {
    let s = TestServer::start().await;
    let dir = tempfile::tempdir().expect("dir");
    let supervisor = s.supervisor().await;
    let base = base(&s);

    let (status, file, _) = pdf(&s, "/centres/cd-al-barsha/poster.pdf", &supervisor, dir.path()).await;
    assert_eq!(status, 200);
    let file = file.expect("a pdf");
    assert_eq!(pages(&file), 1);
    assert_eq!(code_on(&file, 1), format!("{base}/rate/cd-al-barsha-qr"));
    assert!(text_of(&file).contains(&squeeze("مركز خدمة المتعاملين في البرشاء")));

    let path = "/centres/cd-al-barsha/poster.pdf?format=a6&counter=Desk%203&counter=%D9%85%D9%83%D8%AA%D8%A8%204";
    let (status, file, _) = pdf(&s, path, &supervisor, dir.path()).await;
    assert_eq!(status, 200);
    let file = file.expect("a pdf");
    assert_eq!(pages(&file), 2, "a page per counter");
    let first = code_on(&file, 1);
    assert_eq!(first, format!("{base}/rate/cd-al-barsha-qr?counter=Desk%203"));
    assert_eq!(code_on(&file, 2), format!("{base}/rate/cd-al-barsha-qr?counter=%D9%85%D9%83%D8%AA%D8%A8%204"));
    // The label the app reads from the printed link is the one asked for.
    let query = first.split_once('?').expect("a query").1;
    let label = form_urlencoded::parse(query.as_bytes()).find(|(k, _)| k == "counter").expect("a counter").1;
    assert_eq!(ms_core::counter::counter_from_link(&label).as_deref(), Some("Desk 3"));
    assert!(text_of(&file).contains("Counter:Desk3"));

    for (path, want, code, field) in [
        ("/centres/cd-al-barsha/poster.pdf?format=b5", 422, "invalid_value", Some("format")),
        (
            &format!("/centres/cd-al-barsha/poster.pdf?counter={}", "x".repeat(41)) as &str,
            422,
            "invalid_value",
            Some("counter"),
        ),
        ("/centres/cd-al-barsha/poster.pdf?size=big", 400, "bad_query", None),
        ("/centres/cd-al-barsha/poster.pdf?counter=Tea%20%26%20coffee", 422, "invalid_value", Some("counter")),
        ("/centres/rv-al-quoz/poster.pdf", 404, "not_found", None),
        ("/centres/no-such-centre/poster.pdf", 404, "not_found", None),
    ] {
        let (status, file, body) = pdf(&s, path, &supervisor, dir.path()).await;
        assert!(file.is_none(), "{path}");
        assert_error(status, &body, want, code, field);
    }
    let shopper = s.shopper().await;
    let (status, _, _) = pdf(&s, "/centres/cd-al-barsha/poster.pdf", &shopper, dir.path()).await;
    assert_eq!(status, 403);
    let (status, _) = get(&s, "/centres/cd-al-barsha/poster.pdf", None).await;
    assert_eq!(status, 401);
}

#[tokio::test]
async fn an_entitys_posters_are_a_page_per_active_centre_at_the_configured_address() {
    let s = TestServer::start_configured(|c| c.public_url = Some("https://ratings.example.gov".into())).await;
    let dir = tempfile::tempdir().expect("dir");
    let admin = s.sign_in("admin", "admin-demo").await;
    let (status, file, _) = pdf(&s, "/entities/civil-documents/posters.pdf?format=a3", &admin, dir.path()).await;
    assert_eq!(status, 200);
    let file = file.expect("a pdf");
    let (_, catalogue) = get(&s, "/catalogue", None).await;
    let centres: Vec<&str> = catalogue["centres"]
        .as_array()
        .expect("centres")
        .iter()
        .filter(|c| c["entity_id"] == "civil-documents")
        .filter_map(|c| c["id"].as_str())
        .collect();
    assert_eq!(centres.len(), 4);
    assert_eq!(pages(&file), centres.len());
    for (i, c) in centres.iter().enumerate() {
        assert_eq!(code_on(&file, i + 1), format!("https://ratings.example.gov/rate/{c}-qr"));
    }
    let roads = s.sign_in("supervisor-roads", "supervisor-roads-demo").await;
    let (status, file, body) = pdf(&s, "/entities/civil-documents/posters.pdf", &roads, dir.path()).await;
    assert!(file.is_none());
    assert_error(status, &body, 404, "not_found", None);
    // Counters named: a page for each at each centre.
    let (status, file, _) =
        pdf(&s, "/entities/civil-documents/posters.pdf?counter=Desk%201&counter=Desk%202", &admin, dir.path()).await;
    assert_eq!(status, 200);
    let file = file.expect("a pdf");
    assert_eq!(pages(&file), 2 * centres.len());
    assert_eq!(code_on(&file, 2), format!("https://ratings.example.gov/rate/{}-qr?counter=Desk%202", centres[0]));
    let (status, _, body) = pdf(&s, "/entities/civil-documents/posters.pdf?count=x", &admin, dir.path()).await;
    assert_error(status, &body, 400, "bad_query", None);
}

#[tokio::test]
async fn a_centre_report_has_its_arabic_name_its_figures_and_comments_without_contact_details() {
    let s = TestServer::start().await;
    let dir = tempfile::tempdir().expect("dir");
    let supervisor = s.supervisor().await;
    for (comment, face) in
        [("The queue moved fast", ms_core::Face::Happy), ("Call me on 050 123 4567 about it", ms_core::Face::Unhappy)]
    {
        let mut ev = happy_citizen("cd-al-barsha");
        ev.comment = Some(comment.into());
        ev.answers.insert(
            "face".into(),
            ms_core::Answer { value: Some(ms_core::AnswerValue::Face(face)), ..Default::default() },
        );
        if face != ms_core::Face::Happy {
            let reasons = ms_core::AnswerValue::Choices(vec!["waiting-time".into()]);
            ev.answers.insert("reasons".into(), ms_core::Answer { value: Some(reasons), ..Default::default() });
        }
        let (status, body) = put_json(&s, &format!("/evaluations/{}", ev.id), &json!(ev), None).await;
        assert_eq!(status, 201, "{body}");
    }
    let (status, stats) = get(&s, "/centres/cd-al-barsha/stats", Some(&supervisor)).await;
    assert_eq!(status, 200, "{stats}");
    let customer = stats["rating"]["customer"]["percent"].as_f64().expect("a customer index");

    let (status, file, _) = pdf(&s, "/centres/cd-al-barsha/report.pdf?lang=ar", &supervisor, dir.path()).await;
    assert_eq!(status, 200);
    let text = text_of(&file.expect("a pdf"));
    for words in ["مركز خدمة المتعاملين في البرشاء", "تقرير المركز", "The queue moved fast", "Call me on … about it"]
    {
        assert!(text.contains(&squeeze(words)), "{words} in {text}");
    }
    let figure = format!("{}%", (customer * 10.0).round() / 10.0);
    assert!(text.contains(&figure), "{figure} in {text}");
    assert!(!text.contains("4567"), "no telephone number: {text}");

    let (status, file, _) = pdf(&s, "/centres/cd-al-barsha/report.pdf?lang=zh", &supervisor, dir.path()).await;
    assert_eq!(status, 200);
    assert!(text_of(&file.expect("a pdf")).contains("服务中心报告"));

    for (path, want, code, field) in [
        ("/centres/cd-al-barsha/report.pdf?lang=de", 422, "invalid_value", Some("lang")),
        ("/centres/cd-al-barsha/report.pdf?from=2026-05-01&to=2026-04-01", 422, "invalid_value", Some("from")),
        ("/centres/rv-al-quoz/report.pdf", 404, "not_found", None),
    ] {
        let (status, file, body) = pdf(&s, path, &supervisor, dir.path()).await;
        assert!(file.is_none(), "{path}");
        assert_error(status, &body, want, code, field);
    }
}

#[tokio::test]
async fn an_entity_report_lists_its_centres_in_the_leagues_order() {
    let s = TestServer::start().await;
    let dir = tempfile::tempdir().expect("dir");
    let supervisor = s.supervisor().await;
    let (status, league) = get(&s, "/stats/league?entity_id=civil-documents", Some(&supervisor)).await;
    assert_eq!(status, 200);
    let (status, catalogue) = get(&s, "/catalogue", None).await;
    assert_eq!(status, 200);
    let name = |id: &str| {
        catalogue["centres"]
            .as_array()
            .and_then(|cs| cs.iter().find(|c| c["id"] == id))
            .and_then(|c| c["name"]["en"].as_str())
            .expect("a name")
            .to_owned()
    };
    let (status, file, _) = pdf(&s, "/entities/civil-documents/report.pdf?lang=en", &supervisor, dir.path()).await;
    assert_eq!(status, 200);
    let text = text_of(&file.expect("a pdf"));
    assert!(text.contains("Entityreport"));
    let mut last = 0;
    for row in league["rows"].as_array().expect("rows") {
        let at = text[last..].find(&squeeze(&name(row["centre_id"].as_str().expect("id")))).map(|i| i + last);
        last = at.unwrap_or_else(|| panic!("{row} after {last} in {text}"));
    }
}
