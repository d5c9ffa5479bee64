//! Supervisors' view of received evaluations: a filtered list and the detail
//! of one, with its score by stage.

use super::error::{ApiError, ApiResult};
use super::evaluations::evaluation_id;
use super::extract::{QueryParams, Supervisor};
use crate::state::AppState;
use crate::storage::EvaluationFilter;
use axum::extract::{Path, State};
use axum::Json;
use ms_core::scoring::EvaluationScore;
use ms_core::wire::{EvaluationDetail, EvaluationPage};
use ms_core::{ReviewStatus, Role};
use serde::Deserialize;

pub const DEFAULT_PAGE: u32 = 50;
pub const MAX_PAGE: u32 = 500;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ListQuery {
    pub status: Option<ReviewStatus>,
    pub centre_id: Option<String>,
    pub role: Option<Role>,
    /// At most 500; 50 by default.
    pub limit: Option<u32>,
    pub offset: Option<u64>,
}

#[utoipa::path(get, path = "/api/v1/evaluations", tag = "review", params(ListQuery),
    responses((status = 200, body = EvaluationPage), (status = 401, body = ms_core::wire::ErrorBody)),
    security(("bearer" = [])))]
pub async fn list_evaluations(
    State(state): State<AppState>,
    _supervisor: Supervisor,
    QueryParams(q): QueryParams<ListQuery>,
) -> ApiResult<Json<EvaluationPage>> {
    let limit = q.limit.unwrap_or(DEFAULT_PAGE);
    if limit == 0 || limit > MAX_PAGE {
        return Err(ApiError::bad_request("bad_query", format!("limit must be 1 to {MAX_PAGE}")).field("limit"));
    }
    let filter = EvaluationFilter {
        status: q.status,
        centre_id: q.centre_id,
        role: q.role,
        limit,
        offset: q.offset.unwrap_or(0),
    };
    Ok(Json(state.storage.list_evaluations(&filter).await?))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct DetailQuery {
    /// A given revision; the latest by default.
    pub revision: Option<u32>,
}

#[utoipa::path(get, path = "/api/v1/evaluations/{id}", tag = "review",
    params(("id" = String, Path, description = "The evaluation's UUID"), DetailQuery),
    responses((status = 200, body = EvaluationDetail), (status = 404, body = ms_core::wire::ErrorBody)),
    security(("bearer" = [])))]
pub async fn get_evaluation(
    State(state): State<AppState>,
    _supervisor: Supervisor,
    Path(raw_id): Path<String>,
    QueryParams(q): QueryParams<DetailQuery>,
) -> ApiResult<Json<EvaluationDetail>> {
    let id = evaluation_id(&raw_id)?;
    let stored = state
        .storage
        .evaluation(id, q.revision)
        .await?
        .ok_or_else(|| ApiError::not_found(format!("no evaluation {id}")))?;
    let score = EvaluationScore { percent: stored.summary.score_percent, stages: stored.stage_scores };
    Ok(Json(EvaluationDetail { summary: stored.summary, evaluation: stored.evaluation, score }))
}
