//! `GET /healthz`: the server is up and its database answers.

use super::error::ApiResult;
use crate::state::AppState;
use axum::extract::State;
use axum::Json;
use serde_json::{json, Value};

#[utoipa::path(get, path = "/healthz", tag = "health", responses((status = 200, description = "Up"), (status = 500, body = ms_core::wire::ErrorBody, description = "The database does not answer")))]
pub async fn healthz(State(state): State<AppState>) -> ApiResult<Json<Value>> {
    state.storage.ping().await?;
    Ok(Json(json!({ "status": "ok" })))
}
