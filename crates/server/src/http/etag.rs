//! JSON responses with a strong ETag, answering 304 to a matching If-None-Match.

use super::error::ApiError;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use sha2::{Digest, Sha256};

pub fn json_with_etag<T: Serialize>(request: &HeaderMap, value: &T) -> Result<Response, ApiError> {
    let body = serde_json::to_vec(value).map_err(ApiError::internal)?;
    let etag = format!("\"{}\"", hex::encode(&Sha256::digest(&body)[..16]));
    let matches = request
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    let etag_value = HeaderValue::from_str(&etag).map_err(ApiError::internal)?;
    if matches {
        return Ok((StatusCode::NOT_MODIFIED, [(header::ETAG, etag_value)]).into_response());
    }
    Ok(([(header::ETAG, etag_value), (header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], body)
        .into_response())
}
