//! Supervisors' view of received evaluations: a filtered list and the detail
//! of one, with its score by stage.

use super::error::{ApiError, ApiResult};
use super::extract::{EvaluationPath, QueryParams, Supervisor};
use crate::state::AppState;
use crate::storage::EvaluationFilter;
use axum::extract::State;
use axum::Json;
use ms_core::scoring::EvaluationScore;
use ms_core::wire::{ErrorBody, EvaluationDetail, EvaluationPage};
use ms_core::ErrorCode;
use ms_core::{ReviewStatus, Role};
use serde::Deserialize;

pub const DEFAULT_PAGE: u32 = 50;
pub const MAX_PAGE: u32 = 500;
pub const MAX_OFFSET: u64 = 10_000_000;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ListQuery {
    pub status: Option<ReviewStatus>,
    /// Only the centres of this entity.
    pub entity_id: Option<String>,
    pub centre_id: Option<String>,
    pub role: Option<Role>,
    /// At most 500; 50 by default.
    #[param(minimum = 1, maximum = 500)]
    pub limit: Option<u32>,
    /// Rows to skip, at most 10,000,000.
    #[param(minimum = 0, maximum = 10_000_000)]
    pub offset: Option<u64>,
}

#[utoipa::path(get, path = "/api/v1/evaluations", tag = "review", params(ListQuery),
    responses((status = 200, body = EvaluationPage, description = "A page of evaluations"),
        (status = 400, body = ErrorBody, description = "A malformed query"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a supervisor or an admin")),
    security(("bearer" = [])))]
pub async fn list_evaluations(
    State(state): State<AppState>,
    supervisor: Supervisor,
    QueryParams(q): QueryParams<ListQuery>,
) -> ApiResult<Json<EvaluationPage>> {
    let limit = q.limit.unwrap_or(DEFAULT_PAGE);
    if limit == 0 || limit > MAX_PAGE {
        return Err(ApiError::bad_request(ErrorCode::BadQuery, format!("limit must be 1 to {MAX_PAGE}")).field("limit"));
    }
    let offset = q.offset.unwrap_or(0);
    if offset > MAX_OFFSET {
        return Err(
            ApiError::bad_request(ErrorCode::BadQuery, format!("offset must be 0 to {MAX_OFFSET}")).field("offset")
        );
    }
    let filter = EvaluationFilter {
        scope: supervisor.scope(),
        status: q.status,
        entity_id: q.entity_id,
        centre_id: q.centre_id,
        role: q.role,
        limit,
        offset,
    };
    Ok(Json(state.storage.list_evaluations(&filter).await?))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct DetailQuery {
    /// A given revision; the latest by default.
    #[param(minimum = 1)]
    pub revision: Option<u32>,
}

#[utoipa::path(get, path = "/api/v1/evaluations/{id}", tag = "review",
    params(EvaluationPath, DetailQuery),
    responses((status = 200, body = EvaluationDetail, description = "The evaluation"),
        (status = 400, body = ErrorBody, description = "A malformed id or query"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a supervisor or an admin"),
        (status = 404, body = ErrorBody, description = "No such evaluation or revision among those the reader reviews")),
    security(("bearer" = [])))]
pub async fn get_evaluation(
    State(state): State<AppState>,
    supervisor: Supervisor,
    path: EvaluationPath,
    QueryParams(q): QueryParams<DetailQuery>,
) -> ApiResult<Json<EvaluationDetail>> {
    let id = path.id();
    let stored = state
        .storage
        .evaluation(id, q.revision)
        .await?
        // Another entity's evaluation is as good as absent: its existence is not told.
        .filter(|s| supervisor.scope().includes(&s.summary.entity_id))
        .ok_or_else(|| ApiError::not_found(format!("no evaluation {id} among those you review")))?;
    let score = EvaluationScore { percent: stored.summary.score_percent, stages: stored.stage_scores };
    Ok(Json(EvaluationDetail { summary: stored.summary, evaluation: stored.evaluation, score }))
}
