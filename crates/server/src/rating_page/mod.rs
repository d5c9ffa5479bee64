//! A centre's link (`/rate/<token>`), drawn by the server: the faces arrive
//! with the page itself, in the visitor's language, and answer a tap before
//! the app has downloaded. The page keeps the rating on the device and sends
//! it with the same `PUT` the app uses; the app, once it has arrived, takes
//! the page and what it kept over (docs/first-seconds.md). A link the page
//! can't draw (an unknown centre, a citizen checklist of another shape, a
//! build without its mark) gets the app's own page, as before.

mod page;
#[cfg(test)]
mod style_check;

use crate::state::AppState;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use ms_core::builtin::CITIZEN_QUICK_RATING;
use ms_core::TemplateRef;
use serde::Deserialize;

/// What the page writes in a rating's `app_version`.
pub const APP_VERSION: &str = concat!("page-", env!("CARGO_PKG_VERSION"));

/// The cookie the app sets when its language is chosen, so the next page
/// the server draws is in it.
pub const LOCALE_COOKIE: &str = "ms-locale";

/// A link's query: `?counter=` names the counter (a kiosk's `?key=` is read by the page).
#[derive(Debug, Deserialize)]
pub struct LinkQuery {
    counter: Option<String>,
}

/// The visitor's language: the one chosen in the app, else the browser's, else English.
fn locale_of(headers: &HeaderMap) -> &'static str {
    let cookie = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().strip_prefix(LOCALE_COOKIE)?.strip_prefix('='))
        .find_map(|v| ms_core::locale::SUPPORTED.iter().find(|s| **s == v.trim()).copied());
    let browser = || {
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .and_then(ms_core::locale::from_accept_language)
    };
    cookie.or_else(browser).unwrap_or("en")
}

fn html(body: String, status: StatusCode) -> Response {
    let mut r = (status, body).into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    h.insert(header::VARY, HeaderValue::from_static("cookie, accept-language"));
    r
}

/// `GET /rate/{token}`: the page with the faces, or the app's page.
pub async fn rating_page(
    state: State<AppState>,
    token: Path<String>,
    q: Query<LinkQuery>,
    headers: HeaderMap,
) -> Response {
    page(state, token, q, headers, false).await
}

/// `GET /kiosk/{token}`: a centre's exit kiosk, the same page without a way out of the faces.
pub async fn kiosk_page(
    state: State<AppState>,
    token: Path<String>,
    q: Query<LinkQuery>,
    headers: HeaderMap,
) -> Response {
    page(state, token, q, headers, true).await
}

async fn page(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Query(q): Query<LinkQuery>,
    headers: HeaderMap,
    kiosk: bool,
) -> Response {
    let Some(dir) = state.web_dir.clone() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let shell = match tokio::fs::read_to_string(dir.join("index.html")).await {
        Ok(s) => s,
        Err(e) => {
            tracing::error!(error = %e, "the web app's index.html can't be read");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    match drawn(&state, &shell, &token, q.counter.as_deref(), locale_of(&headers), kiosk).await {
        Ok(Some(page)) => html(page, StatusCode::OK),
        Ok(None) => html(shell, StatusCode::OK),
        Err(e) => {
            // The app's page still opens the link (from what the device keeps, offline too).
            tracing::warn!(error = %e, "the rating page was not drawn; the app's page is sent");
            html(shell, StatusCode::OK)
        }
    }
}

/// The page for this link, or None when the app's page should open it.
async fn drawn(
    state: &AppState,
    shell: &str,
    token: &str,
    counter: Option<&str>,
    locale: &str,
    kiosk: bool,
) -> Result<Option<String>, crate::storage::StorageError> {
    if !page::fits(shell) {
        return Ok(None);
    }
    let catalogue = state.storage.catalogue().await?;
    let Some(centre) = catalogue.centre_by_qr(token) else { return Ok(None) };
    let versions = state.storage.template_versions(CITIZEN_QUICK_RATING).await?;
    let Some(newest) = versions.iter().map(|v| v.version).max() else { return Ok(None) };
    let reference = TemplateRef { id: CITIZEN_QUICK_RATING.to_owned(), version: newest };
    let Some(template) = state.template(&reference).await? else { return Ok(None) };
    let Some(shape) = page::RatingShape::of(&template) else { return Ok(None) };
    let counter = counter.and_then(ms_core::counter::counter_from_link);
    Ok(Some(page::render(shell, &shape, centre, locale, counter.as_deref(), kiosk)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(header::HeaderName, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(k, HeaderValue::from_str(v).expect("a header"));
        }
        h
    }

    #[test]
    fn the_language_chosen_in_the_app_comes_first_then_the_browsers() {
        assert_eq!(locale_of(&headers(&[(header::COOKIE, "a=1; ms-locale=ur")])), "ur");
        assert_eq!(locale_of(&headers(&[(header::COOKIE, "ms-locale=xx"), (header::ACCEPT_LANGUAGE, "fr-FR")])), "fr");
        assert_eq!(locale_of(&headers(&[(header::ACCEPT_LANGUAGE, "de")])), "en");
        assert_eq!(locale_of(&HeaderMap::new()), "en");
    }

    #[test]
    fn the_built_in_citizen_checklist_is_drawn_with_its_reasons_in_arabic() {
        let t = ms_core::builtin::citizen_quick_rating();
        let shape = page::RatingShape::of(&t).expect("the built-in rating fits the page");
        assert_eq!(shape.face, "face");
        let reasons = shape.reasons.as_ref().expect("reasons");
        assert_eq!(reasons.when, vec![ms_core::Face::Neutral, ms_core::Face::Unhappy]);
        let catalogue = crate::demo::catalogue().expect("the demo catalogue");
        let centre = catalogue.centre_by_qr("cd-al-barsha-qr").expect("Al Barsha");
        let shell = r#"<html lang="en" dir="ltr"><head><!--app-preload--><link rel="modulepreload" href="/x.js"><!--/app-preload--></head><body><!--quick--><div id="main"></div></body></html>"#;
        let html = page::render(shell, &shape, centre, "ar", Some("Desk 3"), false);
        assert!(html.starts_with(r#"<html lang="ar" dir="rtl">"#), "{}", &html[..60]);
        assert!(!html.contains("modulepreload"), "the app is fetched after the faces");
        assert!(html.contains(r#"data-face="unhappy""#) && html.contains(r#"id="item-reasons""#));
        assert!(html.contains(centre.name.get("ar")), "the centre's name in Arabic");
        assert!(html.contains(&crate::texts::resolve("citizen-reason-waiting-time", "ar").expect("a reason")));
        assert!(html.contains(r#""counter":"Desk 3""#));
        assert!(!html.contains("<!--quick-->"));
        let kiosk = page::render(shell, &shape, centre, "en", None, true);
        assert!(!kiosk.contains(r#"class="outbox-badge""#), "a kiosk has no way out");
        // Another shape of citizen checklist is left to the app.
        let mut other = t.clone();
        other.stages[0].items.retain(|i| i.id != "face");
        assert!(page::RatingShape::of(&other).is_none());
    }

    #[test]
    fn a_centres_name_can_not_end_the_pages_script() {
        let t = ms_core::builtin::citizen_quick_rating();
        let shape = page::RatingShape::of(&t).expect("fits");
        let catalogue = crate::demo::catalogue().expect("the demo catalogue");
        let centre = catalogue.centre_by_qr("cd-al-barsha-qr").expect("Al Barsha");
        let shell = "<!--quick-->";
        let html = page::render(shell, &shape, centre, "en", Some("<!--<script></script>"), false);
        let config =
            html.split(r#"id="quick-config">"#).nth(1).and_then(|s| s.split("</script>").next()).expect("config");
        assert!(!config.contains('<'), "{config}");
        let back: serde_json::Value = serde_json::from_str(config).expect("still JSON");
        assert_eq!(back["evaluation"]["counter"], "<!--<script></script>");
    }

    #[test]
    fn text_is_escaped_for_html() {
        assert_eq!(page::escape(r#"<b class="x">&'"#), "&lt;b class=&quot;x&quot;&gt;&amp;&#39;");
    }
}
