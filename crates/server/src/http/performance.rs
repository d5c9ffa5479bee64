//! Centre performance (docs/architecture.md §4): a centre's, an entity's or
//! every centre's figures over a period, the league table of centres, and the
//! rating configuration an admin sets. Reviewers see their entities only.

use super::error::{ApiError, ApiResult};
use super::extract::{Admin, IdPath, JsonBody, MaybeUser, QueryParams, Supervisor};
use crate::state::AppState;
use crate::storage::ReviewScope;
use axum::extract::State;
use axum::Json;
use chrono::Utc;
use ms_core::stats::{self, PerformanceReport, Period, PeriodError};
use ms_core::wire::{ErrorBody, League, StatsQuery, UserRole};
use ms_core::{ErrorCode, RatingConfig};

/// The period a figures query asks for.
fn period_of(q: &StatsQuery) -> ApiResult<Period> {
    // Well-formed dates that make no period: the query is readable, its values are wrong.
    Period::new(q.from, q.to, Utc::now().date_naive()).map_err(|e| {
        let field = if e == PeriodError::Reversed { "from" } else { "to" };
        ApiError::unprocessable(ErrorCode::InvalidValue, field, e.to_string())
    })
}

/// The centres (id, entity) the reader sees, of one entity when given.
pub(super) async fn centres_in_scope(
    state: &AppState,
    scope: &ReviewScope,
    entity: Option<&str>,
) -> ApiResult<Vec<(String, String)>> {
    let catalogue = state.storage.catalogue().await?;
    Ok(catalogue
        .centres
        .into_iter()
        .filter(|c| scope.includes(&c.entity_id) && entity.is_none_or(|e| e == c.entity_id))
        .map(|c| (c.id, c.entity_id))
        .collect())
}

/// The centres the reader sees, of the query's entity if it names one (404
/// when the reader does not review that entity).
async fn entity_centres(state: &AppState, supervisor: &Supervisor, q: &StatsQuery) -> ApiResult<Vec<(String, String)>> {
    let entity = q.entity_id.as_deref();
    if entity.is_some_and(|e| !supervisor.scope().includes(e)) {
        return Err(ApiError::not_found("no such entity among those you review"));
    }
    centres_in_scope(state, &supervisor.scope(), entity).await
}

pub(super) async fn build(
    state: &AppState,
    centres: &[(String, String)],
    q: &StatsQuery,
) -> ApiResult<PerformanceReport> {
    let period = period_of(q)?;
    let ids: Vec<String> = centres.iter().map(|(c, _)| c.clone()).collect();
    let config = state.storage.rating_config().await?;
    let (totals, daily) = state.storage.performance_sums(&ids, period).await?;
    let granularity = q.granularity.unwrap_or(period.default_granularity());
    Ok(stats::report(&config, &totals, &daily, &period, granularity))
}

#[utoipa::path(get, path = "/api/v1/centres/{id}/stats", tag = "performance",
    params(("id" = String, Path, description = "The centre's id"), StatsQuery),
    responses((status = 200, body = PerformanceReport, description = "The centre's figures over the period"),
        (status = 400, body = ErrorBody, description = "A malformed query"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a supervisor, an admin or a centre manager"),
        (status = 404, body = ErrorBody, description = "No such centre among those the reader reviews or runs"),
        (status = 422, body = ErrorBody, description = "The period ends before it begins or is longer than five years")),
    security(("bearer" = [])))]
pub async fn centre_stats(
    State(state): State<AppState>,
    MaybeUser(user): MaybeUser,
    IdPath(id): IdPath<String>,
    QueryParams(q): QueryParams<StatsQuery>,
) -> ApiResult<Json<PerformanceReport>> {
    let Some(user) = user else { return Err(ApiError::unauthorized("sign in first")) };
    // A centre's manager reads the page of a centre they run, as its reviewers do.
    let scope = match user.role {
        r if r.reviews() => user.review_scope(),
        UserRole::CentreManager if user.centre_ids.contains(&id) => ReviewScope::All,
        UserRole::CentreManager => ReviewScope::Entities(Vec::new()),
        _ => return Err(ApiError::forbidden("only supervisors, admins and centre managers read a centre's figures")),
    };
    let centres: Vec<(String, String)> =
        centres_in_scope(&state, &scope, None).await?.into_iter().filter(|(c, _)| *c == id).collect();
    let Some((centre_id, entity_id)) = centres.first().cloned() else {
        return Err(ApiError::not_found(format!("no centre {id} among those you review")));
    };
    let mut report = build(&state, &centres, &q).await?;
    report.centre_id = Some(centre_id);
    report.entity_id = Some(entity_id);
    Ok(Json(report))
}

#[utoipa::path(get, path = "/api/v1/stats/overview", tag = "performance", params(StatsQuery),
    responses((status = 200, body = PerformanceReport, description = "The figures of every centre the reader reviews (of one entity, if given) together"),
        (status = 400, body = ErrorBody, description = "A malformed query"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a supervisor or an admin"),
        (status = 404, body = ErrorBody, description = "No such entity among those the reader reviews"),
        (status = 422, body = ErrorBody, description = "The period ends before it begins or is longer than five years")),
    security(("bearer" = [])))]
pub async fn overview(
    State(state): State<AppState>,
    supervisor: Supervisor,
    QueryParams(q): QueryParams<StatsQuery>,
) -> ApiResult<Json<PerformanceReport>> {
    let centres = entity_centres(&state, &supervisor, &q).await?;
    let mut report = build(&state, &centres, &q).await?;
    report.entity_id = q.entity_id.clone();
    Ok(Json(report))
}

#[utoipa::path(get, path = "/api/v1/stats/league", tag = "performance", params(StatsQuery),
    responses((status = 200, body = League, description = "The centres the reader reviews, highest combined figure first, centres without evaluations last"),
        (status = 400, body = ErrorBody, description = "A malformed query"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a supervisor or an admin"),
        (status = 404, body = ErrorBody, description = "No such entity among those the reader reviews"),
        (status = 422, body = ErrorBody, description = "The period ends before it begins or is longer than five years")),
    security(("bearer" = [])))]
pub async fn league(
    State(state): State<AppState>,
    supervisor: Supervisor,
    QueryParams(q): QueryParams<StatsQuery>,
) -> ApiResult<Json<League>> {
    let period = period_of(&q)?;
    Ok(Json(League { from: period.from, to: period.to, rows: league_rows(&state, &supervisor, &q).await? }))
}

/// The league of the centres the reader sees (of the query's entity if it names one).
pub(super) async fn league_rows(
    state: &AppState,
    supervisor: &Supervisor,
    q: &StatsQuery,
) -> ApiResult<Vec<stats::LeagueRow>> {
    let period = period_of(q)?;
    let centres = entity_centres(state, supervisor, q).await?;
    let ids: Vec<String> = centres.iter().map(|(c, _)| c.clone()).collect();
    let config = state.storage.rating_config().await?;
    let sums = state.storage.league_sums(&ids, period).await?;
    Ok(stats::league(&config, &centres, &sums))
}

#[utoipa::path(get, path = "/api/v1/settings/rating", tag = "performance",
    responses((status = 200, body = RatingConfig, description = "How the figures become stars"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a supervisor or an admin")),
    security(("bearer" = [])))]
pub async fn get_rating_config(State(state): State<AppState>, _s: Supervisor) -> ApiResult<Json<RatingConfig>> {
    Ok(Json(state.storage.rating_config().await?))
}

#[utoipa::path(put, path = "/api/v1/settings/rating", tag = "performance", request_body = RatingConfig,
    responses((status = 200, body = RatingConfig, description = "Stored; every figure uses it from now on"),
        (status = 400, body = ErrorBody, description = "Not a rating configuration"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not an admin"),
        (status = 415, body = ErrorBody, description = "Not sent as application/json"),
        (status = 422, body = ErrorBody, description = "Out of range or out of order; the field says which")),
    security(("bearer" = [])))]
pub async fn put_rating_config(
    State(state): State<AppState>,
    Admin(user): Admin,
    JsonBody(config): JsonBody<RatingConfig>,
) -> ApiResult<Json<RatingConfig>> {
    config
        .check()
        .map_err(|e| ApiError::unprocessable(ErrorCode::InvalidValue, RatingConfig::field_of(&e), e.to_string()))?;
    state.storage.set_rating_config(&config, user.id, Utc::now()).await?;
    Ok(Json(config))
}
