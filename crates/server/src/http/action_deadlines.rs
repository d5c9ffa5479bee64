//! The default deadlines of improvement actions by priority: every reviewer
//! and manager reads them (a new action's form proposes its due date from
//! them); an admin sets them, recorded in the audit log.

use super::actions::Actioner;
use super::error::{ApiError, ApiResult};
use super::extract::{Admin, JsonBody};
use crate::state::AppState;
use axum::extract::State;
use axum::Json;
use chrono::Utc;
use ms_core::actions::DueDays;
use ms_core::wire::ErrorBody;
use ms_core::ErrorCode;

#[utoipa::path(get, path = "/api/v1/settings/action-deadlines", tag = "actions",
    responses((status = 200, body = DueDays, description = "Days from an action's creation to its default due date, by priority"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a centre manager, a supervisor or an admin")),
    security(("bearer" = [])))]
pub async fn get_deadlines(State(state): State<AppState>, _by: Actioner) -> ApiResult<Json<DueDays>> {
    Ok(Json(state.storage.action_due_days().await?))
}

#[utoipa::path(put, path = "/api/v1/settings/action-deadlines", tag = "actions", request_body = DueDays,
    responses((status = 200, body = DueDays, description = "Stored; new actions are due by it from now on"),
        (status = 400, body = ErrorBody, description = "Not a deadlines document"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not an admin"),
        (status = 415, body = ErrorBody, description = "Not sent as application/json"),
        (status = 422, body = ErrorBody, description = "Out of range or out of order; the field says which")),
    security(("bearer" = [])))]
pub async fn put_deadlines(
    State(state): State<AppState>,
    Admin(user): Admin,
    JsonBody(days): JsonBody<DueDays>,
) -> ApiResult<Json<DueDays>> {
    days.check().map_err(|e| ApiError::unprocessable(ErrorCode::InvalidValue, e.0, e.1))?;
    state.storage.set_action_due_days(&days, user.id, Utc::now()).await?;
    Ok(Json(days))
}
