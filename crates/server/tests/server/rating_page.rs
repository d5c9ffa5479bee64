//! A centre's link drawn by the server (`/rate/<token>`): the faces in the
//! page itself, in the language chosen in the app or the browser's, right to
//! left for Arabic, with the rating the page fills in; the app's own page for
//! a link the server can't draw; and the page's rating received by the same
//! upload as the app's, once.

use crate::common::*;
use serde_json::Value;

/// The web app's page as the build writes it (its marks, around made-up file names).
const INDEX: &str = include_str!("../../../../platforms/web/index.html");

async fn server_with_web_app() -> (TestServer, tempfile::TempDir) {
    let web = tempfile::tempdir().expect("dir");
    std::fs::write(web.path().join("index.html"), INDEX).expect("index.html");
    let dir = web.path().to_owned();
    let s = TestServer::start_configured(move |c| c.web_dir = Some(dir)).await;
    (s, web)
}

async fn page(s: &TestServer, path: &str, headers: &[(&str, &str)]) -> (u16, String, reqwest::header::HeaderMap) {
    let mut req = s.http.get(format!("{}{path}", s.server.url()));
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let res = req.send().await.expect("page");
    let (status, h) = (res.status().as_u16(), res.headers().clone());
    (status, res.text().await.expect("text"), h)
}

/// The rating the page would send, from the JSON the server put in it.
fn skeleton(html: &str) -> Value {
    let start = html.find(r#"<script type="application/json" id="quick-config">"#).expect("the page's config")
        + r#"<script type="application/json" id="quick-config">"#.len();
    let end = start + html[start..].find("</script>").expect("its end");
    serde_json::from_str(&html[start..end]).expect("JSON")
}

#[tokio::test]
async fn a_centres_link_comes_with_its_faces_in_the_visitors_language() {
    let (s, _web) = server_with_web_app().await;
    let (status, html, headers) =
        page(&s, "/rate/cd-al-barsha-qr?counter=Desk%203", &[("accept-language", "ar-AE,en;q=0.5")]).await;
    assert_eq!(status, 200);
    assert!(headers["content-type"].to_str().expect("type").starts_with("text/html"));
    assert!(headers["vary"].to_str().expect("vary").contains("accept-language"));
    assert!(html.contains(r#"<html lang="ar" dir="rtl">"#));
    for face in ["happy", "neutral", "unhappy"] {
        assert!(html.contains(&format!(r#"data-face="{face}""#)), "{face}");
    }
    assert!(html.contains(r#"id="item-reasons""#) && html.contains("مركز"), "the reasons, and Arabic words");
    assert!(!html.contains(r#"rel="modulepreload""#), "the app comes after the faces");
    let config = skeleton(&html);
    assert_eq!(config["evaluation"]["centre_id"], "cd-al-barsha");
    assert_eq!(config["evaluation"]["counter"], "Desk 3");
    assert_eq!(config["evaluation"]["template"]["id"], "citizen-quick-rating");
    assert_eq!(config["faces"]["unhappy"], serde_json::json!({"type": "face", "value": "unhappy"}));
    // The language chosen in the app comes first.
    let (_, html, _) =
        page(&s, "/rate/cd-al-barsha-qr", &[("accept-language", "ar"), ("cookie", "ms-locale=fr")]).await;
    assert!(html.contains(r#"<html lang="fr" dir="ltr">"#));
    // A centre's exit kiosk: the faces without a way out, its key sent with each rating.
    let (status, html, _) = page(&s, "/kiosk/cd-al-barsha-qr?key=k", &[]).await;
    assert_eq!(status, 200);
    assert!(html.contains(r#"<main class="screen kiosk-frame">"#) && !html.contains(r#"class="outbox-badge""#));
    assert_eq!(skeleton(&html)["kiosk"], "x-kiosk-key");
    assert_eq!(
        skeleton(&html)["kiosk_thanks_ms"],
        ms_core::accounts::KIOSK_THANKS_MS,
        "back to the faces as the app's kiosk is"
    );
    // A link the server can't draw gets the app's page, which says what is wrong.
    let (status, html, _) = page(&s, "/rate/no-such-centre", &[]).await;
    assert_eq!(status, 200);
    assert!(html.contains("<!--quick-->") && !html.contains("quick-config"), "the app's own page");

    // The page's rating, filled in as its script does, is received once by the app's upload.
    let mut rating = config["evaluation"].clone();
    let id = uuid::Uuid::new_v4().to_string();
    rating["id"] = Value::String(id.clone());
    rating["device_id"] = Value::String("a-phone".into());
    rating["answers"] = serde_json::json!({"face": {"value": config["faces"]["unhappy"]},
        "reasons": {"value": {"type": "choices", "value": ["fees"]}}});
    let (status, body) = put_json(&s, &format!("/evaluations/{id}"), &rating, None).await;
    assert_eq!(status, 201, "{body}");
    let (status, _) = put_json(&s, &format!("/evaluations/{id}"), &rating, None).await;
    assert_eq!(status, 200, "the same body again is the same rating");
}
