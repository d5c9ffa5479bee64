//! Unhappy-ratings alerts as reviewers see them, and their acknowledgement.

use super::error::{ApiError, ApiResult};
use super::extract::{IdPath, QueryParams, Supervisor};
use super::performance::centres_in_scope;
use crate::state::AppState;
use axum::extract::State;
use axum::Json;
use chrono::Utc;
use ms_core::wire::{Alert, AlertList, ErrorBody};
use serde::Deserialize;

const MAX_ALERTS: u32 = 200;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct AlertQuery {
    /// Acknowledged ones too (the latest 200); by default only those waiting.
    pub all: Option<bool>,
}

#[utoipa::path(get, path = "/api/v1/alerts", tag = "performance", params(AlertQuery),
    responses((status = 200, body = AlertList, description = "Alerts of the centres the reader reviews, newest first"),
        (status = 400, body = ErrorBody, description = "A malformed query"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a supervisor or an admin")),
    security(("bearer" = [])))]
pub async fn list_alerts(
    State(state): State<AppState>,
    supervisor: Supervisor,
    QueryParams(q): QueryParams<AlertQuery>,
) -> ApiResult<Json<AlertList>> {
    let centres: Vec<String> =
        centres_in_scope(&state, &supervisor.scope(), None).await?.into_iter().map(|(c, _)| c).collect();
    let alerts = state.storage.alerts(&centres, q.all.unwrap_or(false), MAX_ALERTS).await?;
    Ok(Json(AlertList { alerts }))
}

#[utoipa::path(post, path = "/api/v1/alerts/{id}/ack", tag = "performance",
    params(("id" = i64, Path, description = "The alert's id")),
    responses((status = 200, body = Alert, description = "Acknowledged (again is harmless)"),
        (status = 400, body = ErrorBody, description = "Not an alert id"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a supervisor or an admin"),
        (status = 404, body = ErrorBody, description = "No such alert among those the reader sees")),
    security(("bearer" = [])))]
pub async fn acknowledge(
    State(state): State<AppState>,
    Supervisor(user): Supervisor,
    IdPath(id): IdPath<i64>,
) -> ApiResult<Json<Alert>> {
    let centres: Vec<String> =
        centres_in_scope(&state, &user.review_scope(), None).await?.into_iter().map(|(c, _)| c).collect();
    state
        .storage
        .acknowledge_alert(id, user.id, Utc::now(), &centres)
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::not_found(format!("no alert {id} among those you see")))
}
