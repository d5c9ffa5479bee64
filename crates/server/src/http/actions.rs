//! Improvement actions: the list across the reader's centres (and its CSV),
//! one action, a reviewer's new action, a move of its status with its
//! evidence, a manager's own list, and a centre's figures of its actions.
//! Another centre's action is a 404 for a manager, another entity's for a
//! supervisor.

use super::attachment::CsvTable;
use super::error::{ApiError, ApiResult};
use super::extract::{IdPath, JsonBody, MaybeUser, QueryParams};
use crate::state::AppState;
use crate::storage::actions::parse_cursor;
use crate::storage::{ActionActor, ActionCounts, ActionFilter, ActionRefusal};
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Json;
use chrono::NaiveDate;
use ms_core::actions::api::{Action, ActionPage, ActionSource, NewAction, StatusMove};
use ms_core::actions::{ActionStatus, MoveRefusal, Mover, Priority};
use ms_core::wire::ErrorBody;
use ms_core::ErrorCode;
use serde::Deserialize;

const DEFAULT_PAGE: u32 = 100;
const MAX_PAGE: u32 = 500;
/// Rows a CSV holds at most.
const MAX_CSV: usize = 50_000;

/// A signed-in account that works on actions: a centre manager, a supervisor or an admin.
pub struct Actioner(pub ActionActor);

impl FromRequestParts<AppState> for Actioner {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        match MaybeUser::from_request_parts(parts, state).await?.0 {
            Some(u) => ActionActor::of(&u)
                .map(Actioner)
                .ok_or_else(|| ApiError::forbidden("only centre managers, supervisors and admins work on actions")),
            None => Err(ApiError::unauthorized("sign in first")),
        }
    }
}

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ActionQuery {
    pub centre_id: Option<String>,
    #[param(value_type = Option<ActionStatus>)]
    pub status: Option<ActionStatus>,
    /// Only overdue ones (true) or only those that are not (false).
    pub overdue: Option<bool>,
    #[param(value_type = Option<Priority>)]
    pub priority: Option<Priority>,
    #[param(value_type = Option<ActionSource>)]
    pub source: Option<ActionSource>,
    /// The `next_cursor` of the page before.
    pub cursor: Option<String>,
    #[param(minimum = 1, maximum = 500)]
    pub limit: Option<u32>,
}

/// The list's filters, for the CSV (which holds every page).
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ActionCsvQuery {
    pub centre_id: Option<String>,
    #[param(value_type = Option<ActionStatus>)]
    pub status: Option<ActionStatus>,
    pub overdue: Option<bool>,
    #[param(value_type = Option<Priority>)]
    pub priority: Option<Priority>,
    #[param(value_type = Option<ActionSource>)]
    pub source: Option<ActionSource>,
}

fn filter(q: ActionQuery, by: &ActionActor) -> ApiResult<ActionFilter> {
    let after =
        match q.cursor.as_deref() {
            None => None,
            Some(c) => Some(parse_cursor(c).ok_or_else(|| {
                ApiError::unprocessable(ErrorCode::BadQuery, "cursor", "not a cursor this server gave")
            })?),
        };
    let limit = q.limit.unwrap_or(DEFAULT_PAGE);
    if !(1..=MAX_PAGE).contains(&limit) {
        return Err(ApiError::bad_request(ErrorCode::BadQuery, format!("limit is 1 to {MAX_PAGE}")).field("limit"));
    }
    Ok(ActionFilter {
        scope: by.scope.clone(),
        centre: q.centre_id,
        status: q.status,
        overdue: q.overdue,
        priority: q.priority,
        source: q.source,
        after,
        limit,
        today: by.today(),
    })
}

/// A refusal in the API's words: 404, 422 naming the field, 409 or 403 for a move.
fn refused(r: ActionRefusal) -> ApiError {
    match r {
        ActionRefusal::NotFound(m) => ApiError::not_found(m),
        ActionRefusal::Field { field, message } => ApiError::unprocessable(ErrorCode::InvalidField, field, message),
        ActionRefusal::Move(m) => {
            let text = m.to_string();
            match m {
                MoveRefusal::Illegal { .. } => ApiError::conflict(ErrorCode::IllegalTransition, text),
                MoveRefusal::NotYours { .. } => ApiError::forbidden(text),
                MoveRefusal::EvidenceRequired { comment, .. } => ApiError::unprocessable(
                    ErrorCode::EvidenceRequired,
                    if comment { "comment" } else { "photos" },
                    text,
                ),
                MoveRefusal::ReasonRequired { .. } => {
                    ApiError::unprocessable(ErrorCode::CommentRequired, "comment", text)
                }
            }
        }
    }
}

#[utoipa::path(get, path = "/api/v1/actions", tag = "actions", params(ActionQuery),
    responses((status = 200, body = ActionPage, description = "A page of the reader's actions, soonest due (so overdue) first"),
        (status = 400, body = ErrorBody, description = "A query parameter that can't be read; the field says which"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "A shopper"),
        (status = 422, body = ErrorBody, description = "A cursor this server did not give")),
    security(("bearer" = [])))]
pub async fn list(
    State(state): State<AppState>,
    Actioner(by): Actioner,
    QueryParams(q): QueryParams<ActionQuery>,
) -> ApiResult<Json<ActionPage>> {
    Ok(Json(state.storage.actions(&filter(q, &by)?).await?))
}

#[utoipa::path(get, path = "/api/v1/my/actions", tag = "actions", params(ActionQuery),
    responses((status = 200, body = ActionPage, description = "A page of the actions of the manager's centres, soonest due first"),
        (status = 400, body = ErrorBody, description = "A query parameter that can't be read"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a centre manager")),
    security(("bearer" = [])))]
pub async fn mine(
    State(state): State<AppState>,
    Actioner(by): Actioner,
    QueryParams(q): QueryParams<ActionQuery>,
) -> ApiResult<Json<ActionPage>> {
    if by.mover != Mover::Manager {
        return Err(ApiError::forbidden("only centre managers have actions of their own; reviewers list /actions"));
    }
    Ok(Json(state.storage.actions(&filter(q, &by)?).await?))
}

#[utoipa::path(post, path = "/api/v1/actions", tag = "actions", request_body = NewAction,
    responses((status = 201, body = Action, description = "Made, open, due on its date or its priority's default"),
        (status = 400, body = ErrorBody, description = "Malformed JSON"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a supervisor or an admin"),
        (status = 404, body = ErrorBody, description = "No such centre among the reviewer's"),
        (status = 413, body = ErrorBody, description = "Body too large"),
        (status = 415, body = ErrorBody, description = "Not sent as application/json"),
        (status = 422, body = ErrorBody, description = "A field that can't be kept: an empty title, a date past, an evaluation of another centre, an answer that did not fail, an assignee who does not manage the centre")),
    security(("bearer" = [])))]
pub async fn create(
    State(state): State<AppState>,
    Actioner(by): Actioner,
    JsonBody(new): JsonBody<NewAction>,
) -> ApiResult<(StatusCode, Json<Action>)> {
    if by.mover != Mover::Reviewer {
        return Err(ApiError::forbidden("actions are made by the centre's reviewers"));
    }
    let made = state.storage.create_action(&new, &by).await?.map_err(refused)?;
    Ok((StatusCode::CREATED, Json(made)))
}

#[utoipa::path(get, path = "/api/v1/actions/{id}", tag = "actions",
    params(("id" = uuid::Uuid, Path, description = "The action's id")),
    responses((status = 200, body = Action, description = "The action with its evidence and activity, oldest first"),
        (status = 400, body = ErrorBody, description = "Not an action's id"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "A shopper"),
        (status = 404, body = ErrorBody, description = "No such action among the reader's")),
    security(("bearer" = [])))]
pub async fn get(
    State(state): State<AppState>,
    Actioner(by): Actioner,
    IdPath(id): IdPath<uuid::Uuid>,
) -> ApiResult<Json<Action>> {
    let found = state.storage.action(id, &by.scope, by.today()).await?;
    found.map(Json).ok_or_else(|| ApiError::not_found(format!("no action {id} among yours")))
}

#[utoipa::path(post, path = "/api/v1/actions/{id}/status", tag = "actions",
    params(("id" = uuid::Uuid, Path, description = "The action's id")), request_body = StatusMove,
    responses((status = 200, body = Action, description = "Moved (or, for a `move_id` already applied, as that move left it)"),
        (status = 400, body = ErrorBody, description = "Malformed JSON or id"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "A move the other side makes (the manager works, a reviewer verifies), or a shopper"),
        (status = 404, body = ErrorBody, description = "No such action among the reader's"),
        (status = 409, body = ErrorBody, description = "`illegal_transition`: no such move from the action's status; the message names both"),
        (status = 413, body = ErrorBody, description = "Body too large"),
        (status = 415, body = ErrorBody, description = "Not sent as application/json"),
        (status = 422, body = ErrorBody, description = "`evidence_required` (done without a comment, or without the photo the action asks for), `comment_required` (reopening or can't-do without a reason), or a photo not uploaded")),
    security(("bearer" = [])))]
pub async fn move_status(
    State(state): State<AppState>,
    Actioner(by): Actioner,
    IdPath(id): IdPath<uuid::Uuid>,
    JsonBody(mv): JsonBody<StatusMove>,
) -> ApiResult<Json<Action>> {
    Ok(Json(state.storage.move_action(id, &mv, &by).await?.map_err(refused)?))
}

const COLUMNS: [&str; 14] = [
    "id",
    "centre_id",
    "entity_id",
    "title",
    "priority",
    "status",
    "due_date",
    "overdue",
    "source",
    "stage_id",
    "item_id",
    "assignee",
    "evaluations",
    "created_at",
];

fn row(a: &Action) -> [String; 14] {
    [
        a.id.to_string(),
        a.centre_id.clone(),
        a.entity_id.clone(),
        a.title.clone(),
        a.priority.as_str().into(),
        a.status.as_str().into(),
        a.due_date.to_string(),
        a.overdue.to_string(),
        a.source.as_str().into(),
        a.stage_id.clone().unwrap_or_default(),
        a.item_id.clone().unwrap_or_default(),
        a.assignee.clone().unwrap_or_default(),
        a.evaluation_ids.iter().map(|e| e.to_string()).collect::<Vec<_>>().join(" "),
        a.created_at.to_rfc3339(),
    ]
}

#[utoipa::path(get, path = "/api/v1/exports/actions.csv", tag = "actions", params(ActionCsvQuery),
    responses((status = 200, content_type = "text/csv", body = String, description = "The actions the filters keep, soonest due first; cells that a spreadsheet would read as a formula are neutralised"),
        (status = 400, body = ErrorBody, description = "A query parameter that can't be read; the field says which"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "A shopper")),
    security(("bearer" = [])))]
pub async fn csv(
    State(state): State<AppState>,
    Actioner(by): Actioner,
    QueryParams(q): QueryParams<ActionCsvQuery>,
) -> ApiResult<Response> {
    let q = ActionQuery {
        centre_id: q.centre_id,
        status: q.status,
        overdue: q.overdue,
        priority: q.priority,
        source: q.source,
        cursor: None,
        limit: Some(MAX_PAGE),
    };
    let mut f = filter(q, &by)?;
    let mut table = CsvTable::new(&COLUMNS)?;
    loop {
        let page = state.storage.actions(&f).await?;
        for a in &page.items {
            table.row(row(a))?;
        }
        match page.next_cursor.as_deref().and_then(parse_cursor) {
            Some(next) if table.rows < MAX_CSV => f.after = Some(next),
            _ => break,
        }
    }
    table.download("actions.csv")
}

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct PeriodQuery {
    /// The first day of the period (default: 90 days before `to`).
    pub from: Option<NaiveDate>,
    /// The last day of the period (default: today).
    pub to: Option<NaiveDate>,
}

#[utoipa::path(get, path = "/api/v1/centres/{id}/actions", tag = "actions",
    params(("id" = String, Path, description = "The centre's id"), PeriodQuery),
    responses((status = 200, body = ActionCounts, description = "Open and overdue now, verified within the period, and the median days to verification"),
        (status = 400, body = ErrorBody, description = "A query parameter that can't be read; the field says which"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "A shopper"),
        (status = 404, body = ErrorBody, description = "No such centre among the reader's"),
        (status = 422, body = ErrorBody, description = "A period that ends before it starts")),
    security(("bearer" = [])))]
pub async fn centre_counts(
    State(state): State<AppState>,
    Actioner(by): Actioner,
    IdPath(id): IdPath<String>,
    QueryParams(q): QueryParams<PeriodQuery>,
) -> ApiResult<Json<ActionCounts>> {
    let today = by.today();
    let to = q.to.unwrap_or(today);
    let from = q.from.unwrap_or(to.checked_sub_days(chrono::Days::new(90)).unwrap_or(NaiveDate::MIN));
    if from > to {
        // A readable query whose values make no period, as the centres' figures answer it.
        return Err(ApiError::unprocessable(ErrorCode::InvalidValue, "from", "the period ends before it starts"));
    }
    let centre = state.storage.centre(&id).await?;
    let Some(centre) = centre.filter(|c| by.scope.includes(&c.entity_id, &c.id)) else {
        return Err(ApiError::not_found(format!("no centre '{id}' among yours")));
    };
    Ok(Json(state.storage.centre_action_counts(&centre.id, from, to, today).await?))
}
