//! Waves for supervisors (their entities) and admins: create a draft, list,
//! read with coverage, change or move, publish, and fill with the scheduler.

use super::{planner, refused};
use crate::http::error::{ApiError, ApiResult};
use crate::http::extract::{IdPath, JsonBody, Supervisor};
use crate::state::AppState;
use crate::storage::Planned;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use ms_core::planning::api::{FillReport, WaveDetail, WaveList, WavePatch};
use ms_core::planning::{WaveId, WavePlan, WaveStatus};
use ms_core::wire::ErrorBody;
use ms_core::{ErrorCode, Role};

/// The plan's checklist must be a published shopper checklist.
async fn check_template(state: &AppState, plan: &WavePlan) -> ApiResult<()> {
    let templates = state.storage.templates().await?;
    if templates.iter().any(|t| t.id == plan.template_id && t.audience == Role::Shopper) {
        Ok(())
    } else {
        Err(ApiError::unprocessable(
            ErrorCode::UnknownTemplate,
            "template_id",
            format!("no published shopper checklist '{}'", plan.template_id),
        ))
    }
}

fn not_found(id: WaveId) -> ApiError {
    ApiError::not_found(format!("no wave {id} among those you plan"))
}

#[utoipa::path(post, path = "/api/v1/waves", tag = "planning", request_body = WavePlan,
    responses((status = 201, body = WaveDetail, description = "Stored as a draft"),
        (status = 400, body = ErrorBody, description = "A malformed body; the field says where"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 413, body = ErrorBody, description = "Body too large"),
        (status = 415, body = ErrorBody, description = "Not sent as application/json"),
        (status = 403, body = ErrorBody, description = "Not a supervisor or an admin"),
        (status = 422, body = ErrorBody, description = "`invalid_wave`, `unknown_centre`, `unknown_service`, `unknown_template`: the field says which")),
    security(("bearer" = [])))]
pub async fn create(
    State(state): State<AppState>,
    supervisor: Supervisor,
    JsonBody(plan): JsonBody<WavePlan>,
) -> ApiResult<(StatusCode, Json<WaveDetail>)> {
    check_template(&state, &plan).await?;
    let catalogue = state.storage.catalogue().await?;
    match state.storage.create_wave(&plan, &catalogue, &planner(&supervisor.0)).await? {
        Planned::Done(wave) => Ok((StatusCode::CREATED, Json(wave))),
        Planned::NotFound => Err(ApiError::internal("a new wave was not found")),
        Planned::Refused(r) => Err(refused(r)),
    }
}

#[utoipa::path(get, path = "/api/v1/waves", tag = "planning",
    responses((status = 200, body = WaveList, description = "The waves the account plans, newest first, with their progress"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a supervisor or an admin")),
    security(("bearer" = [])))]
pub async fn list(State(state): State<AppState>, supervisor: Supervisor) -> ApiResult<Json<WaveList>> {
    state.storage.expire_overdue(chrono::Utc::now()).await?;
    Ok(Json(WaveList { items: state.storage.waves(&supervisor.scope()).await? }))
}

#[utoipa::path(get, path = "/api/v1/waves/{id}", tag = "planning", params(("id" = uuid::Uuid, Path, description = "The wave's id")),
    responses((status = 200, body = WaveDetail, description = "The wave, its plan and its coverage per centre"),
        (status = 400, body = ErrorBody, description = "Not a wave's id"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a supervisor or an admin"),
        (status = 404, body = ErrorBody, description = "No such wave among those the account plans")),
    security(("bearer" = [])))]
pub async fn get(
    State(state): State<AppState>,
    supervisor: Supervisor,
    IdPath(id): IdPath<WaveId>,
) -> ApiResult<Json<WaveDetail>> {
    state.storage.expire_overdue(chrono::Utc::now()).await?;
    state.storage.wave(id, &supervisor.scope()).await?.map(Json).ok_or_else(|| not_found(id))
}

async fn change(
    state: &AppState,
    supervisor: &Supervisor,
    id: WaveId,
    patch: WavePatch,
) -> ApiResult<Json<WaveDetail>> {
    if let Some(plan) = &patch.plan {
        check_template(state, plan).await?;
    }
    let catalogue = state.storage.catalogue().await?;
    let by = planner(&supervisor.0);
    match state.storage.change_wave(id, &patch, &catalogue, &by).await? {
        Planned::Done(wave) => Ok(Json(wave)),
        Planned::NotFound => Err(not_found(id)),
        Planned::Refused(r) => Err(refused(r)),
    }
}

#[utoipa::path(patch, path = "/api/v1/waves/{id}", tag = "planning", params(("id" = uuid::Uuid, Path, description = "The wave's id")),
    request_body = WavePatch,
    responses((status = 200, body = WaveDetail, description = "Changed"),
        (status = 400, body = ErrorBody, description = "A malformed id or body"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 413, body = ErrorBody, description = "Body too large"),
        (status = 415, body = ErrorBody, description = "Not sent as application/json"),
        (status = 403, body = ErrorBody, description = "Not a supervisor or an admin"),
        (status = 404, body = ErrorBody, description = "No such wave among those the account plans"),
        (status = 409, body = ErrorBody, description = "`illegal_wave_move`: not allowed from its status"),
        (status = 422, body = ErrorBody, description = "A field of the plan; the field says which")),
    security(("bearer" = [])))]
pub async fn patch(
    State(state): State<AppState>,
    supervisor: Supervisor,
    IdPath(id): IdPath<WaveId>,
    JsonBody(patch): JsonBody<WavePatch>,
) -> ApiResult<Json<WaveDetail>> {
    change(&state, &supervisor, id, patch).await
}

#[utoipa::path(post, path = "/api/v1/waves/{id}/publish", tag = "planning", params(("id" = uuid::Uuid, Path, description = "The wave's id")),
    responses((status = 200, body = WaveDetail, description = "Published: its visits are open assignments"),
        (status = 400, body = ErrorBody, description = "Not a wave's id"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a supervisor or an admin"),
        (status = 404, body = ErrorBody, description = "No such wave among those the account plans"),
        (status = 409, body = ErrorBody, description = "`illegal_wave_move`: not a draft")),
    security(("bearer" = [])))]
pub async fn publish(
    State(state): State<AppState>,
    supervisor: Supervisor,
    IdPath(id): IdPath<WaveId>,
) -> ApiResult<Json<WaveDetail>> {
    change(&state, &supervisor, id, WavePatch { plan: None, status: Some(WaveStatus::Published) }).await
}

#[utoipa::path(post, path = "/api/v1/waves/{id}/fill", tag = "planning", params(("id" = uuid::Uuid, Path, description = "The wave's id")),
    responses((status = 200, body = FillReport, description = "What the scheduler assigned, and why the rest is open"),
        (status = 400, body = ErrorBody, description = "Not a wave's id"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a supervisor or an admin"),
        (status = 404, body = ErrorBody, description = "No such wave among those the account plans"),
        (status = 409, body = ErrorBody, description = "`wave_not_published`")),
    security(("bearer" = [])))]
pub async fn fill(
    State(state): State<AppState>,
    supervisor: Supervisor,
    IdPath(id): IdPath<WaveId>,
) -> ApiResult<Json<FillReport>> {
    match state.storage.fill_wave(id, &planner(&supervisor.0)).await? {
        Planned::Done(report) => Ok(Json(report)),
        Planned::NotFound => Err(not_found(id)),
        Planned::Refused(r) => Err(refused(r)),
    }
}
