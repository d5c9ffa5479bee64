//! A file answered as a download: its type, its name, never cached.

use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};

pub fn attachment(bytes: Vec<u8>, content_type: &'static str, file_name: &str) -> Response {
    let mut response = bytes.into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    let name = format!("attachment; filename=\"{}\"", file_name.replace(['"', '\\', '\r', '\n', '/'], "_"));
    if let Ok(v) = HeaderValue::from_str(&name) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
