//! Reviewing received evaluations: the reviewers' inbox (filtered, sorted,
//! paged, with how many match over all pages), the detail of one with its
//! score by stage, revisions and activity, decisions, comments and approving
//! many at once; and a shopper's own submissions with the latest comment.

use super::error::{ApiError, ApiResult};
use super::extract::{EvaluationPath, EvaluationReader, JsonBody, QueryParams, Shopper, Supervisor};
use crate::state::AppState;
use crate::storage::{Decision, DecisionOutcome, EvaluationFilter, PageCursor, ReviewScope, SortField};
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use ms_core::engine::MAX_NAME_CHARS;
use ms_core::review::{DecisionRefusal, MAX_REVIEW_COMMENT_CHARS};
use ms_core::scoring::EvaluationScore;
use ms_core::wire::{
    BulkApproval, BulkApprovalResult, ErrorBody, EvaluationDetail, EvaluationPage, EvaluationSummary, MyEvaluation,
    ReviewComment, ReviewDecision,
};
use ms_core::ErrorCode;
use serde::Deserialize;

pub const DEFAULT_PAGE: u32 = 50;
pub const MAX_PAGE: u32 = 500;

/// The inbox's query, as the device writes it (`ms_core::wire`).
pub use ms_core::wire::InboxQuery as ListQuery;
use ms_core::wire::Order;

fn bad_query(field: &str, message: impl Into<String>) -> ApiError {
    ApiError::bad_request(ErrorCode::BadQuery, message).field(field)
}

/// A centre's manager is given the approved evaluations of the centres they
/// run only (another status finds none), without the shopper's name.
#[utoipa::path(get, path = "/api/v1/evaluations", tag = "review", params(ListQuery),
    responses((status = 200, body = EvaluationPage, description = "A page of evaluations"),
        (status = 400, body = ErrorBody, description = "A malformed query"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a supervisor, an admin or a centre's manager"),
        (status = 422, body = ErrorBody, description = "A cursor this server did not give for this sort")),
    security(("bearer" = [])))]
pub async fn list_evaluations(
    State(state): State<AppState>,
    reader: EvaluationReader,
    QueryParams(q): QueryParams<ListQuery>,
) -> ApiResult<Json<EvaluationPage>> {
    let filter = EvaluationFilter { manager_centres: reader.manager_centres(), ..filter_from(q, reader.scope())? };
    let mut page = state.storage.list_evaluations(&filter).await?;
    if reader.is_manager() {
        page.items = page.items.into_iter().map(EvaluationSummary::without_shopper).collect();
    }
    Ok(Json(page))
}

/// The inbox's query as a storage filter, within what the reader may see;
/// a malformed value is a 400 naming its field.
pub fn filter_from(q: ListQuery, scope: ReviewScope) -> ApiResult<EvaluationFilter> {
    let limit = q.limit.unwrap_or(DEFAULT_PAGE);
    if limit == 0 || limit > MAX_PAGE {
        return Err(bad_query("limit", format!("limit must be 1 to {MAX_PAGE}")));
    }
    for (field, score) in [("min_score", q.min_score), ("max_score", q.max_score)] {
        if score.is_some_and(|s| !(0.0..=100.0).contains(&s)) {
            return Err(bad_query(field, format!("{field} must be 0 to 100")));
        }
    }
    if q.employee.as_deref().is_some_and(|e| e.chars().count() > MAX_NAME_CHARS) {
        return Err(bad_query("employee", format!("at most {MAX_NAME_CHARS} characters")));
    }
    let sort: SortField = q.sort.unwrap_or_default();
    let ascending = q.order.unwrap_or_default() == Order::Asc;
    let after = match q.cursor.as_deref() {
        None => None,
        Some(text) => {
            // Well formed, but not one this server gave for this sort: the query is
            // readable, the value is wrong (422, not 400).
            let wrong = |message: &str| ApiError::unprocessable(ErrorCode::InvalidValue, "cursor", message.to_owned());
            let cursor = PageCursor::decode(text).ok_or_else(|| wrong("not a cursor this server gave"))?;
            if cursor.sort != sort || cursor.ascending != ascending {
                return Err(wrong("the cursor belongs to another sort or order"));
            }
            Some(cursor)
        }
    };
    let filter = EvaluationFilter {
        scope,
        manager_centres: None,
        status: q.status,
        entity_id: q.entity_id,
        centre_id: q.centre_id,
        role: q.role,
        from: q.from,
        to: q.to,
        min_score: q.min_score,
        max_score: q.max_score,
        has_photos: q.has_photos,
        outside_geofence: q.outside_geofence,
        employee: q.employee,
        flag: q.flag,
        sort,
        ascending,
        limit,
        after,
    };
    Ok(filter)
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct DetailQuery {
    /// A given revision; the latest by default.
    #[param(minimum = 1)]
    pub revision: Option<u32>,
}

/// A centre's manager reads the latest revision of an approved evaluation of
/// a centre they run, without the shopper's name, device or planned visit.
#[utoipa::path(get, path = "/api/v1/evaluations/{id}", tag = "review",
    params(EvaluationPath, DetailQuery),
    responses((status = 200, body = EvaluationDetail, description = "The evaluation"),
        (status = 400, body = ErrorBody, description = "A malformed id or query"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a supervisor, an admin or a centre's manager"),
        (status = 404, body = ErrorBody, description = "No such evaluation or revision among those the reader may read")),
    security(("bearer" = [])))]
pub async fn get_evaluation(
    State(state): State<AppState>,
    reader: EvaluationReader,
    path: EvaluationPath,
    QueryParams(q): QueryParams<DetailQuery>,
) -> ApiResult<Json<EvaluationDetail>> {
    let id = path.id();
    let absent = || ApiError::not_found(format!("no evaluation {id} among those you may read"));
    // A manager reads the approved revision, which is the latest: an earlier
    // one is as absent to them as another centre's evaluation.
    let revision = if reader.is_manager() { None } else { q.revision };
    let stored = state
        .storage
        .evaluation(id, revision)
        .await?
        // An evaluation the reader may not see is as good as absent: its existence is not told.
        .filter(|s| reader.may_read(&s.summary))
        .filter(|s| q.revision.is_none_or(|r| r == s.summary.revision))
        .ok_or_else(absent)?;
    let score = EvaluationScore { percent: stored.summary.score_percent, stages: stored.stage_scores };
    let (revisions, activity) = state.storage.history(id).await?;
    let located = stored.evaluation.check_in.as_ref().and_then(|c| Some((c.latitude?, c.longitude?)));
    let check_in_distance_m = match located {
        Some((lat, lon)) => state.storage.centre(&stored.summary.centre_id).await?.map(|c| {
            // Whole metres: finer would only be noise from the device's position.
            ms_core::geo::presence(&c, lat, lon).distance_m.round()
        }),
        None => None,
    };
    let detail = EvaluationDetail {
        summary: stored.summary,
        evaluation: stored.evaluation,
        score,
        revisions,
        activity,
        check_in_distance_m,
    };
    Ok(Json(if reader.is_manager() { detail.without_shopper() } else { detail }))
}

fn comment_too_long(comment: Option<&str>) -> ApiResult<()> {
    match comment {
        Some(c) if c.chars().count() > MAX_REVIEW_COMMENT_CHARS => Err(ApiError::unprocessable(
            ErrorCode::TooLong,
            "comment",
            format!("at most {MAX_REVIEW_COMMENT_CHARS} characters"),
        )),
        _ => Ok(()),
    }
}

#[utoipa::path(post, path = "/api/v1/evaluations/{id}/review", tag = "review",
    params(EvaluationPath), request_body = ReviewDecision,
    responses((status = 200, body = EvaluationSummary, description = "Moved; the evaluation as it now stands"),
        (status = 400, body = ErrorBody, description = "A malformed id or body"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a supervisor or an admin"),
        (status = 404, body = ErrorBody, description = "No such evaluation among those the reviewer sees"),
        (status = 409, body = ErrorBody, description = "`illegal_transition`: not a move allowed from its status"),
        (status = 413, body = ErrorBody, description = "Body too large"),
        (status = 415, body = ErrorBody, description = "Not sent as application/json"),
        (status = 422, body = ErrorBody, description = "`comment_required` for a return or a rejection; `invalid_grade` or `not_approved` for a grade that can't be given; a field is wrong")),
    security(("bearer" = [])))]
pub async fn review_evaluation(
    State(state): State<AppState>,
    supervisor: Supervisor,
    path: EvaluationPath,
    JsonBody(decision): JsonBody<ReviewDecision>,
) -> ApiResult<Json<EvaluationSummary>> {
    let id = path.id();
    comment_too_long(decision.comment.as_deref())?;
    let d = Decision { to: decision.to, comment: decision.comment, grade: decision.grade, by: supervisor.reviewer() };
    match state.storage.decide(id, &d).await? {
        DecisionOutcome::Moved(summary) => Ok(Json(*summary)),
        DecisionOutcome::NotFound => Err(ApiError::not_found(format!("no evaluation {id} among those you review"))),
        DecisionOutcome::Refused(DecisionRefusal::IllegalTransition { from, to }) => Err(ApiError::conflict(
            ErrorCode::IllegalTransition,
            format!("an evaluation that is {} can't be moved to {}", from.as_str(), to.as_str()),
        )
        .field("to")),
        DecisionOutcome::Refused(DecisionRefusal::CitizenNotReturnable) => Err(ApiError::conflict(
            ErrorCode::IllegalTransition,
            "a citizen rating can't be returned: citizens do not send a new revision",
        )
        .field("to")),
        DecisionOutcome::Refused(DecisionRefusal::CommentRequired(to)) => Err(ApiError::unprocessable(
            ErrorCode::CommentRequired,
            "comment",
            format!("say why in a comment when the evaluation is {}", to.as_str()),
        )),
        DecisionOutcome::Refused(DecisionRefusal::Grade(refusal)) => {
            Err(ApiError::unprocessable(refusal.code(), "grade", refusal.to_string()))
        }
    }
}

#[utoipa::path(post, path = "/api/v1/evaluations/{id}/comments", tag = "review",
    params(EvaluationPath), request_body = ReviewComment,
    responses((status = 204, description = "Added to the evaluation's activity"),
        (status = 400, body = ErrorBody, description = "A malformed id or body"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a supervisor or an admin"),
        (status = 404, body = ErrorBody, description = "No such evaluation among those the reviewer sees"),
        (status = 413, body = ErrorBody, description = "Body too large"),
        (status = 415, body = ErrorBody, description = "Not sent as application/json"),
        (status = 422, body = ErrorBody, description = "An empty or too long comment")),
    security(("bearer" = [])))]
pub async fn comment_evaluation(
    State(state): State<AppState>,
    supervisor: Supervisor,
    path: EvaluationPath,
    JsonBody(body): JsonBody<ReviewComment>,
) -> ApiResult<StatusCode> {
    let id = path.id();
    let comment = body.comment.trim();
    if comment.is_empty() {
        return Err(ApiError::unprocessable(ErrorCode::InvalidValue, "comment", "the comment is empty"));
    }
    comment_too_long(Some(comment))?;
    let added = state.storage.add_review_comment(id, comment, &supervisor.reviewer()).await?;
    if !added {
        return Err(ApiError::not_found(format!("no evaluation {id} among those you review")));
    }
    Ok(StatusCode::NO_CONTENT)
}

/// The most evaluations one bulk approval takes.
pub const MAX_BULK: usize = 500;

#[utoipa::path(post, path = "/api/v1/evaluations/review", tag = "review", request_body = BulkApproval,
    responses((status = 200, body = BulkApprovalResult, description = "Which were approved, and why the others were not"),
        (status = 400, body = ErrorBody, description = "A malformed body"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a supervisor or an admin"),
        (status = 413, body = ErrorBody, description = "Body too large"),
        (status = 415, body = ErrorBody, description = "Not sent as application/json"),
        (status = 422, body = ErrorBody, description = "No ids, or more than 500")),
    security(("bearer" = [])))]
pub async fn approve_many(
    State(state): State<AppState>,
    supervisor: Supervisor,
    JsonBody(body): JsonBody<BulkApproval>,
) -> ApiResult<Json<BulkApprovalResult>> {
    if body.ids.is_empty() || body.ids.len() > MAX_BULK {
        return Err(ApiError::unprocessable(ErrorCode::InvalidValue, "ids", format!("give 1 to {MAX_BULK} ids")));
    }
    let result = state.storage.approve_many(&body.ids, &supervisor.reviewer()).await?;
    Ok(Json(result))
}

#[utoipa::path(get, path = "/api/v1/my/evaluations", tag = "review",
    responses((status = 200, body = [MyEvaluation], description = "The signed-in shopper's submissions, newest first"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a shopper")),
    security(("bearer" = [])))]
pub async fn my_evaluations(State(state): State<AppState>, shopper: Shopper) -> ApiResult<Json<Vec<MyEvaluation>>> {
    Ok(Json(state.storage.submitted_by(shopper.0.id, MAX_PAGE).await?))
}
