//! `POST /sessions`: shoppers and supervisors sign in and get a bearer token;
//! `DELETE /sessions/current` signs out. Password guessing is slowed down per
//! username and per address, and at most one password check per core runs at
//! once, so a flood of sign-ins can neither guess fast nor exhaust memory.

use super::error::{ApiError, ApiResult};
use super::extract::{BearerToken, JsonBody};
use crate::auth::{decoy_hash, new_token, token_digest, verify_password};
use crate::guard::{RetryAfter, SignInGuard};
use crate::state::AppState;
use axum::extract::{ConnectInfo, State};
use axum::http::StatusCode;
use axum::Json;
use chrono::Utc;
use ms_core::wire::{ErrorBody, Session, SignIn};
use ms_core::ErrorCode;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

fn too_many_attempts(wait: RetryAfter) -> ApiError {
    ApiError::too_many(ErrorCode::TooManyAttempts, "wrong sign-ins", wait)
}

#[utoipa::path(post, path = "/api/v1/sessions", tag = "sessions", request_body = SignIn,
    responses((status = 201, body = Session, description = "Signed in"),
        (status = 400, body = ErrorBody, description = "Malformed JSON"),
        (status = 401, body = ErrorBody, description = "Wrong username or password"),
        (status = 413, body = ErrorBody, description = "Body too large"),
        (status = 415, body = ErrorBody, description = "Not sent as application/json"),
        (status = 422, body = ErrorBody, description = "A field is missing or too long"),
        (status = 429, body = ErrorBody, description = "Too many wrong attempts; see Retry-After",
            headers(("Retry-After" = u64, description = "Seconds to wait")))))]
pub async fn sign_in(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    JsonBody(req): JsonBody<SignIn>,
) -> ApiResult<(StatusCode, Json<Session>)> {
    req.check().map_err(ApiError::from)?;
    let username = req.username.trim().to_owned();
    state.sign_ins.begin(&username, peer.ip()).await?.map_err(too_many_attempts)?;
    let mut attempt =
        Attempt { guard: state.sign_ins.clone(), username: username.clone(), address: peer.ip(), settled: false };
    let user = state.storage.user_by_name(&username).await?;
    let hash = user.as_ref().map_or_else(|| decoy_hash().to_owned(), |u| u.password_hash.clone());
    let password = req.password;
    let ok = {
        let _permit = state.password_checks.acquire().await.map_err(ApiError::internal)?;
        tokio::task::spawn_blocking(move || verify_password(&password, &hash)).await.map_err(ApiError::internal)?
    };
    let Some(user) = user.filter(|_| ok) else {
        attempt.settled = true;
        return Err(ApiError::unauthorized("the username or the password is wrong"));
    };
    attempt.settled = true;
    if !user.active {
        return Err(ApiError::unauthorized("this account is deactivated; ask an admin"));
    }
    if let Err(e) = state.sign_ins.succeeded(&username, peer.ip()).await {
        tracing::warn!(error = %e, "a right password's attempt could not be taken back");
    }
    let token = new_token();
    let max_age = chrono::Duration::from_std(state.limits.session_max_age).unwrap_or(chrono::Duration::days(30));
    let expires_at = Utc::now() + max_age;
    state.storage.create_session(&token_digest(&token), user.id, expires_at).await?;
    Ok((
        StatusCode::CREATED,
        Json(Session {
            token,
            username: user.username,
            display_name: user.display_name,
            role: user.role,
            expires_at,
            entity_ids: user.entity_ids,
            centre_ids: user.centre_ids,
            must_change_password: user.must_change_password,
        }),
    ))
}

/// A sign-in attempt under way. One that ends without a verdict, because the
/// client went away mid-request or the database failed, revealed nothing and
/// is not held against the username or the address.
struct Attempt {
    guard: Arc<SignInGuard>,
    username: String,
    address: IpAddr,
    /// A verdict was reached (right or wrong), so the attempt stands as counted.
    settled: bool,
}

impl Drop for Attempt {
    fn drop(&mut self) {
        if self.settled {
            return;
        }
        let (guard, username, address) = (self.guard.clone(), std::mem::take(&mut self.username), self.address);
        // The counters may be in the database: given back off the request's path.
        tokio::spawn(async move {
            if let Err(e) = guard.abandoned(&username, address).await {
                tracing::warn!(error = %e, "an abandoned sign-in could not be taken back");
            }
        });
    }
}

/// Ends the session whose token the request carries.
#[utoipa::path(delete, path = "/api/v1/sessions/current", tag = "sessions",
    responses((status = 204, description = "Signed out; the token no longer works"),
        (status = 401, body = ErrorBody, description = "No token, or one that is unknown or already ended")),
    security(("bearer" = [])))]
pub async fn sign_out(State(state): State<AppState>, BearerToken(digest): BearerToken) -> ApiResult<StatusCode> {
    state.sessions.forget(&digest);
    if state.storage.delete_session(&digest).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::unauthorized("the session has expired or is unknown"))
    }
}
