//! Assignments: the supervisors' filtered list and CSV, one with its log,
//! giving, releasing and cancelling; the shopper's own list, claiming and
//! starting.

use super::{planner, refused, Member};
use crate::http::attachment::CsvTable;
use crate::http::error::{ApiError, ApiResult};
use crate::http::extract::{IdPath, JsonBody, QueryParams, Shopper, Supervisor};
use crate::state::AppState;
use crate::storage::planning::parse_cursor;
use crate::storage::{AssignmentFilter, AssignmentMove, Planned};
use axum::extract::State;
use axum::response::Response;
use axum::Json;
use ms_core::planning::api::{AssignRequest, AssignmentPage, AssignmentView, CancelRequest, MyAssignments};
use ms_core::planning::{AssignmentId, AssignmentStatus, WaveId};
use ms_core::wire::ErrorBody;
use ms_core::ErrorCode;
use serde::Deserialize;

const DEFAULT_PAGE: u32 = 100;
const MAX_PAGE: u32 = 1000;
/// Rows a CSV holds at most: the largest wave publishable.
const MAX_CSV: usize = ms_core::planning::wave::MAX_ASSIGNMENTS as usize;

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct AssignmentQuery {
    #[param(value_type = Option<uuid::Uuid>)]
    pub wave_id: Option<WaveId>,
    #[param(value_type = Option<AssignmentStatus>)]
    pub status: Option<AssignmentStatus>,
    pub centre_id: Option<String>,
    /// A shopper's username.
    pub shopper: Option<String>,
    /// The `next_cursor` of the page before.
    pub cursor: Option<String>,
    #[param(minimum = 1, maximum = 1000)]
    pub limit: Option<u32>,
}

/// The list's filters, for the CSV (which holds every page).
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct AssignmentCsvQuery {
    #[param(value_type = Option<uuid::Uuid>)]
    pub wave_id: Option<WaveId>,
    #[param(value_type = Option<AssignmentStatus>)]
    pub status: Option<AssignmentStatus>,
    pub centre_id: Option<String>,
    /// A shopper's username.
    pub shopper: Option<String>,
}

fn filter(q: AssignmentQuery, supervisor: &Supervisor, limit: u32) -> ApiResult<AssignmentFilter> {
    let after =
        match q.cursor.as_deref() {
            None => None,
            // Well formed as a query, but not a cursor this server gave.
            Some(c) => Some(parse_cursor(c).ok_or_else(|| {
                ApiError::unprocessable(ErrorCode::BadQuery, "cursor", "not a cursor this server gave")
            })?),
        };
    Ok(AssignmentFilter {
        wave_id: q.wave_id,
        status: q.status,
        centre_id: q.centre_id,
        shopper: q.shopper,
        after,
        limit,
        scope: Some(supervisor.scope()),
    })
}

#[utoipa::path(get, path = "/api/v1/assignments", tag = "planning", params(AssignmentQuery),
    responses((status = 200, body = AssignmentPage, description = "A page of assignments by due date"),
        (status = 400, body = ErrorBody, description = "A query parameter that can't be read; the field says which"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a supervisor or an admin"),
        (status = 422, body = ErrorBody, description = "A cursor this server did not give")),
    security(("bearer" = [])))]
pub async fn list(
    State(state): State<AppState>,
    supervisor: Supervisor,
    QueryParams(q): QueryParams<AssignmentQuery>,
) -> ApiResult<Json<AssignmentPage>> {
    let limit = q.limit.unwrap_or(DEFAULT_PAGE);
    if !(1..=MAX_PAGE).contains(&limit) {
        return Err(ApiError::bad_request(ErrorCode::BadQuery, format!("limit must be 1 to {MAX_PAGE}")).field("limit"));
    }
    state.storage.expire_overdue(chrono::Utc::now()).await?;
    Ok(Json(state.storage.assignments(&filter(q, &supervisor, limit)?).await?))
}

const COLUMNS: [&str; 13] = [
    "id",
    "wave",
    "centre_id",
    "entity_id",
    "service_id",
    "scenario",
    "days",
    "hours",
    "earliest",
    "due",
    "status",
    "shopper",
    "evaluation_id",
];

fn row(a: &AssignmentView) -> [String; 13] {
    [
        a.id.to_string(),
        a.wave_name.clone(),
        a.centre_id.clone(),
        a.entity_id.clone(),
        a.service_id.clone().unwrap_or_default(),
        a.scenario.clone(),
        a.days.iter().map(|d| d.as_str()).collect::<Vec<_>>().join(" "),
        a.hours.map(|h| h.to_string()).unwrap_or_default(),
        a.earliest.to_string(),
        a.due.to_string(),
        a.status.as_str().into(),
        a.shopper.clone().unwrap_or_default(),
        a.evaluation_id.map(|e| e.to_string()).unwrap_or_default(),
    ]
}

#[utoipa::path(get, path = "/api/v1/exports/assignments.csv", tag = "planning", params(AssignmentCsvQuery),
    responses((status = 200, content_type = "text/csv", body = String, description = "The assignments the filters keep, by due date"),
        (status = 400, body = ErrorBody, description = "A query parameter that can't be read; the field says which"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a supervisor or an admin")),
    security(("bearer" = [])))]
pub async fn csv(
    State(state): State<AppState>,
    supervisor: Supervisor,
    QueryParams(q): QueryParams<AssignmentCsvQuery>,
) -> ApiResult<Response> {
    let q = AssignmentQuery {
        wave_id: q.wave_id,
        status: q.status,
        centre_id: q.centre_id,
        shopper: q.shopper,
        ..AssignmentQuery::default()
    };
    state.storage.expire_overdue(chrono::Utc::now()).await?;
    let mut table = CsvTable::new(&COLUMNS)?;
    let mut f = filter(q, &supervisor, MAX_PAGE)?;
    loop {
        let page = state.storage.assignments(&f).await?;
        for a in &page.items {
            table.row(row(a))?;
        }
        match page.next_cursor.as_deref().and_then(parse_cursor) {
            Some(next) if table.rows < MAX_CSV => f.after = Some(next),
            _ => break,
        }
    }
    table.download("assignments.csv")
}

fn not_found(id: AssignmentId) -> ApiError {
    ApiError::not_found(format!("no assignment {id} among those you see"))
}

#[utoipa::path(get, path = "/api/v1/assignments/{id}", tag = "planning", params(("id" = uuid::Uuid, Path, description = "The assignment's id")),
    responses((status = 200, body = AssignmentView, description = "The assignment with its log, oldest first"),
        (status = 400, body = ErrorBody, description = "Not an assignment's id"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 404, body = ErrorBody, description = "No such assignment among those the account sees (a shopper sees open ones and their own)")),
    security(("bearer" = [])))]
pub async fn get(
    State(state): State<AppState>,
    member: Member,
    IdPath(id): IdPath<AssignmentId>,
) -> ApiResult<Json<AssignmentView>> {
    state.storage.expire_overdue(chrono::Utc::now()).await?;
    state.storage.assignment(id, &planner(&member.0)).await?.map(Json).ok_or_else(|| not_found(id))
}

async fn apply(
    state: &AppState,
    member: &Member,
    id: AssignmentId,
    m: AssignmentMove,
) -> ApiResult<Json<AssignmentView>> {
    match state.storage.move_assignment(id, &m, &planner(&member.0)).await? {
        Planned::Done(a) => Ok(Json(a)),
        Planned::NotFound => Err(not_found(id)),
        Planned::Refused(r) => Err(refused(r)),
    }
}

#[utoipa::path(post, path = "/api/v1/assignments/{id}/assign", tag = "planning",
    params(("id" = uuid::Uuid, Path, description = "The assignment's id")), request_body = AssignRequest,
    responses((status = 200, body = AssignmentView, description = "Given to the shopper"),
        (status = 400, body = ErrorBody, description = "A malformed id or body"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 413, body = ErrorBody, description = "Body too large"),
        (status = 415, body = ErrorBody, description = "Not sent as application/json"),
        (status = 403, body = ErrorBody, description = "Not a supervisor or an admin"),
        (status = 404, body = ErrorBody, description = "No such assignment among those the account plans"),
        (status = 409, body = ErrorBody, description = "A rule refuses (`lockout`, `daily_cap`, `wave_cap`, `held_cap`, `spacing`, `grade`, with the date or figure), or the assignment is not open"),
        (status = 422, body = ErrorBody, description = "`unknown_shopper`, or a reason too long")),
    security(("bearer" = [])))]
pub async fn assign(
    State(state): State<AppState>,
    supervisor: Supervisor,
    IdPath(id): IdPath<AssignmentId>,
    JsonBody(body): JsonBody<AssignRequest>,
) -> ApiResult<Json<AssignmentView>> {
    let m = AssignmentMove::Give { shopper: body.shopper, override_reason: body.override_reason };
    apply(&state, &Member(supervisor.0), id, m).await
}

#[utoipa::path(post, path = "/api/v1/assignments/{id}/release", tag = "planning",
    params(("id" = uuid::Uuid, Path, description = "The assignment's id")),
    responses((status = 200, body = AssignmentView, description = "Open again"),
        (status = 400, body = ErrorBody, description = "Not an assignment's id"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Neither its holder nor a supervisor"),
        (status = 404, body = ErrorBody, description = "No such assignment among those the account sees"),
        (status = 409, body = ErrorBody, description = "`illegal_assignment_move`: not held")),
    security(("bearer" = [])))]
pub async fn release(
    State(state): State<AppState>,
    member: Member,
    IdPath(id): IdPath<AssignmentId>,
) -> ApiResult<Json<AssignmentView>> {
    apply(&state, &member, id, AssignmentMove::Release).await
}

#[utoipa::path(post, path = "/api/v1/assignments/{id}/cancel", tag = "planning",
    params(("id" = uuid::Uuid, Path, description = "The assignment's id")), request_body = CancelRequest,
    responses((status = 200, body = AssignmentView, description = "Cancelled, with the reason in its log"),
        (status = 400, body = ErrorBody, description = "A malformed id or body"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 413, body = ErrorBody, description = "Body too large"),
        (status = 415, body = ErrorBody, description = "Not sent as application/json"),
        (status = 403, body = ErrorBody, description = "Not a supervisor or an admin"),
        (status = 404, body = ErrorBody, description = "No such assignment among those the account plans"),
        (status = 409, body = ErrorBody, description = "`illegal_assignment_move`: submitted or cancelled already"),
        (status = 422, body = ErrorBody, description = "`reason_required`, or a reason too long")),
    security(("bearer" = [])))]
pub async fn cancel(
    State(state): State<AppState>,
    supervisor: Supervisor,
    IdPath(id): IdPath<AssignmentId>,
    JsonBody(body): JsonBody<CancelRequest>,
) -> ApiResult<Json<AssignmentView>> {
    apply(&state, &Member(supervisor.0), id, AssignmentMove::Cancel { reason: body.reason }).await
}

#[utoipa::path(post, path = "/api/v1/assignments/{id}/claim", tag = "planning",
    params(("id" = uuid::Uuid, Path, description = "The assignment's id")),
    responses((status = 200, body = AssignmentView, description = "Claimed: it is the shopper's"),
        (status = 400, body = ErrorBody, description = "Not an assignment's id"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a shopper"),
        (status = 404, body = ErrorBody, description = "No such open assignment"),
        (status = 409, body = ErrorBody, description = "A rule refuses (`lockout`, `daily_cap`, `wave_cap`, `held_cap`, `spacing`, `grade`, with the date or figure), or it is no longer open")),
    security(("bearer" = [])))]
pub async fn claim(
    State(state): State<AppState>,
    shopper: Shopper,
    IdPath(id): IdPath<AssignmentId>,
) -> ApiResult<Json<AssignmentView>> {
    apply(&state, &Member(shopper.0), id, AssignmentMove::Claim).await
}

#[utoipa::path(post, path = "/api/v1/assignments/{id}/start", tag = "planning",
    params(("id" = uuid::Uuid, Path, description = "The assignment's id")),
    responses((status = 200, body = AssignmentView, description = "In progress"),
        (status = 400, body = ErrorBody, description = "Not an assignment's id"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not the shopper holding it"),
        (status = 404, body = ErrorBody, description = "No such assignment among the shopper's"),
        (status = 409, body = ErrorBody, description = "`illegal_assignment_move`: not assigned")),
    security(("bearer" = [])))]
pub async fn start(
    State(state): State<AppState>,
    shopper: Shopper,
    IdPath(id): IdPath<AssignmentId>,
) -> ApiResult<Json<AssignmentView>> {
    apply(&state, &Member(shopper.0), id, AssignmentMove::Start).await
}

#[utoipa::path(get, path = "/api/v1/my/assignments", tag = "planning",
    responses((status = 200, body = MyAssignments, description = "The shopper's assignments, and the open ones with whether they may claim each and why not"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a shopper")),
    security(("bearer" = [])))]
pub async fn mine(State(state): State<AppState>, shopper: Shopper) -> ApiResult<Json<MyAssignments>> {
    state.storage.expire_overdue(chrono::Utc::now()).await?;
    Ok(Json(state.storage.my_assignments(&planner(&shopper.0)).await?))
}
