//! How the web app's own files are sent: names that carry a hash of their
//! content (`mystery-shopper-0123456789abcdef.js`) may be kept by browsers for
//! a year; the page itself and the service worker are checked every time, so
//! a new build reaches every browser on its next visit.

use axum::extract::Request;
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

const FOREVER: &str = "public, max-age=31536000, immutable";
const A_DAY: &str = "public, max-age=86400";
const ALWAYS_CHECK: &str = "no-cache";

/// Whether a file name carries a 16-hex-digit content hash after a dash.
fn hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name.split('.').next().unwrap_or(name).trim_end_matches("_bg");
    stem.rsplit_once('-').is_some_and(|(_, h)| h.len() == 16 && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The `Cache-Control` of a file of the web app (not of the API).
pub fn cache_control_for(path: &str) -> &'static str {
    if hashed(path) {
        FOREVER
    } else if path.starts_with("/snippets/") {
        A_DAY
    } else {
        ALWAYS_CHECK
    }
}

/// Adds `Cache-Control` to the web app's files; the API's answers are left as they are.
pub async fn cache_headers(req: Request, next: Next) -> Response {
    let path = req.uri().path().to_owned();
    let mut response = next.run(req).await;
    let app_file = !(path.starts_with("/api/") || path == "/healthz");
    if app_file && response.status().is_success() && !response.headers().contains_key(header::CACHE_CONTROL) {
        response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(cache_control_for(&path)));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names_are_kept_for_good_and_the_page_is_checked_each_time() {
        assert_eq!(cache_control_for("/mystery-shopper-0123456789abcdef.js"), FOREVER);
        assert_eq!(cache_control_for("/mystery-shopper-0123456789abcdef_bg.wasm"), FOREVER);
        assert_eq!(cache_control_for("/snippets/dioxus-web-eae67878b22d6805/inline0.js"), A_DAY);
        assert_eq!(cache_control_for("/index.html"), ALWAYS_CHECK);
        assert_eq!(cache_control_for("/sw.js"), ALWAYS_CHECK);
        assert_eq!(cache_control_for("/rate/cd-al-barsha-qr"), ALWAYS_CHECK);
        assert_eq!(cache_control_for("/mystery-shopper-xyz.js"), ALWAYS_CHECK);
    }
}
