//! `POST /sessions`: shoppers and supervisors sign in and get a bearer token.

use super::error::{ApiError, ApiResult};
use super::extract::JsonBody;
use crate::auth::{decoy_hash, new_token, token_digest, verify_password};
use crate::config::SESSION_DAYS;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use chrono::{Duration, Utc};
use ms_core::wire::{Session, SignIn};

#[utoipa::path(post, path = "/api/v1/sessions", tag = "sessions", request_body = SignIn,
    responses((status = 201, body = Session), (status = 401, body = ms_core::wire::ErrorBody)))]
pub async fn sign_in(
    State(state): State<AppState>,
    JsonBody(req): JsonBody<SignIn>,
) -> ApiResult<(StatusCode, Json<Session>)> {
    let user = state.storage.user_by_name(req.username.trim()).await?;
    let hash = user.as_ref().map_or_else(|| decoy_hash().to_owned(), |u| u.password_hash.clone());
    let password = req.password;
    let ok =
        tokio::task::spawn_blocking(move || verify_password(&password, &hash)).await.map_err(ApiError::internal)?;
    let Some(user) = user.filter(|_| ok) else {
        return Err(ApiError::unauthorized("the username or the password is wrong"));
    };
    let token = new_token();
    let expires_at = Utc::now() + Duration::days(SESSION_DAYS);
    state.storage.create_session(&token_digest(&token), user.id, expires_at).await?;
    Ok((
        StatusCode::CREATED,
        Json(Session { token, username: user.username, display_name: user.display_name, role: user.role, expires_at }),
    ))
}
