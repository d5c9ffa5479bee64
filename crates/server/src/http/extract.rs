//! Request extractors: JSON bodies whose errors name the field, and the
//! signed-in user, so a handler that needs one can't run without it.

use super::error::ApiError;
use crate::auth::token_digest;
use crate::state::AppState;
use crate::storage::User;
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use chrono::Utc;
use ms_core::wire::UserRole;
use serde::de::DeserializeOwned;

/// A JSON body. Malformed JSON is a 400 `bad_json`; JSON of the wrong shape a
/// 422 `invalid_field` naming the field; a body over the route's limit a 413.
pub struct JsonBody<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for JsonBody<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = read_body(req, state).await?;
        parse_json(&bytes).map(JsonBody)
    }
}

/// The raw body, with a too-large body turned into our 413.
pub async fn read_body<S: Send + Sync>(req: Request, state: &S) -> Result<Bytes, ApiError> {
    Bytes::from_request(req, state).await.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "too_large", rejection.body_text())
        } else {
            ApiError::bad_request("bad_body", rejection.body_text())
        }
    })
}

pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let de = &mut serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        if inner.is_syntax() || inner.is_eof() {
            ApiError::bad_request("bad_json", format!("the body is not valid JSON: {inner}"))
        } else {
            let field = if path == "." { String::new() } else { path };
            ApiError::unprocessable("invalid_field", field, inner.to_string())
        }
    })
}

/// A signed-in user, if the request carries a valid bearer token.
pub struct MaybeUser(pub Option<User>);

impl FromRequestParts<AppState> for MaybeUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let Some(value) = parts.headers.get(header::AUTHORIZATION) else { return Ok(MaybeUser(None)) };
        let token = value
            .to_str()
            .ok()
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or_else(|| ApiError::unauthorized("the Authorization header must be 'Bearer <token>'"))?;
        let user = state.storage.session_user(&token_digest(token), Utc::now()).await?;
        match user {
            Some(u) => Ok(MaybeUser(Some(u))),
            None => Err(ApiError::unauthorized("the session has expired or is unknown; sign in again")),
        }
    }
}

/// A signed-in supervisor.
pub struct Supervisor(pub User);

impl FromRequestParts<AppState> for Supervisor {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        match MaybeUser::from_request_parts(parts, state).await?.0 {
            Some(u) if u.role == UserRole::Supervisor => Ok(Supervisor(u)),
            Some(_) => Err(ApiError::forbidden("only supervisors may do this")),
            None => Err(ApiError::unauthorized("sign in as a supervisor first")),
        }
    }
}

/// Query parameters; a malformed one is a 400 `bad_query` saying which.
pub struct QueryParams<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for QueryParams<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let query = parts.uri.query().unwrap_or_default();
        let de = serde_urlencoded::Deserializer::new(form_urlencoded::parse(query.as_bytes()));
        serde_path_to_error::deserialize(de)
            .map(QueryParams)
            .map_err(|e| ApiError::bad_request("bad_query", e.inner().to_string()).field(e.path().to_string()))
    }
}
