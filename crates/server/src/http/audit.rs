//! The audit log for admins: every administrative act with who, when and the
//! values before and after, newest first, filtered and paged; and as CSV,
//! each cell unable to run as a formula in a spreadsheet.

use super::error::{ApiError, ApiResult};
use super::extract::{Admin, QueryParams};
use crate::export::formula;
use crate::state::AppState;
use crate::storage::AuditFilter;
use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use ms_core::audit::{AuditEntry, AuditPage, AuditQuery};
use ms_core::wire::ErrorBody;
use ms_core::ErrorCode;

/// Entries in a page at most, and by default.
const MAX_PAGE: u32 = 500;
const DEFAULT_PAGE: u32 = 100;
/// Entries a CSV holds at most: the log of years of a programme's administration.
const MAX_CSV: u32 = 100_000;

fn filter(q: AuditQuery, limit: u32) -> ApiResult<AuditFilter> {
    if let (Some(from), Some(to)) = (q.from, q.to) {
        if to < from {
            return Err(ApiError::bad_request(ErrorCode::BadQuery, "to is before from").field("to"));
        }
    }
    Ok(AuditFilter { action: q.action, actor: q.actor, from: q.from, to: q.to, before: q.before, limit })
}

#[utoipa::path(get, path = "/api/v1/audit", tag = "administration", params(AuditQuery),
    responses((status = 200, body = AuditPage, description = "A page of the log, newest first"),
        (status = 400, body = ErrorBody, description = "A query parameter that can't be read; the field says which"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not an admin")),
    security(("bearer" = [])))]
pub async fn list(
    State(state): State<AppState>,
    _admin: Admin,
    QueryParams(q): QueryParams<AuditQuery>,
) -> ApiResult<Json<AuditPage>> {
    let limit = q.limit.unwrap_or(DEFAULT_PAGE);
    if !(1..=MAX_PAGE).contains(&limit) {
        return Err(ApiError::bad_request(ErrorCode::BadQuery, format!("limit must be 1 to {MAX_PAGE}")).field("limit"));
    }
    Ok(Json(state.storage.audit(&filter(q, limit)?).await?))
}

/// The columns of the CSV, in order.
const COLUMNS: [&str; 7] = ["id", "at", "actor", "action", "subject", "before", "after"];

fn row(e: &AuditEntry) -> [String; 7] {
    let json = |v: &Option<serde_json::Value>| v.as_ref().map(|v| v.to_string()).unwrap_or_default();
    [
        e.id.to_string(),
        e.at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        e.actor.clone().unwrap_or_else(|| "(command line)".into()),
        e.action.as_str().into(),
        e.subject.clone(),
        json(&e.before),
        json(&e.after),
    ]
}

#[utoipa::path(get, path = "/api/v1/audit.csv", tag = "administration", params(AuditQuery),
    responses((status = 200, content_type = "text/csv", body = String, description = "The log's entries the filters keep, newest first"),
        (status = 400, body = ErrorBody, description = "A query parameter that can't be read; the field says which"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not an admin")),
    security(("bearer" = [])))]
pub async fn csv(
    State(state): State<AppState>,
    _admin: Admin,
    QueryParams(q): QueryParams<AuditQuery>,
) -> ApiResult<Response> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let io = |e: csv::Error| ApiError::internal(e);
    writer.write_record(COLUMNS).map_err(io)?;
    let mut f = filter(q, MAX_PAGE)?;
    let mut written = 0;
    loop {
        let page = state.storage.audit(&f).await?;
        for e in &page.items {
            for cell in row(e) {
                writer.write_field(formula::csv_cell(&cell).as_bytes()).map_err(io)?;
            }
            writer.write_record(None::<&[u8]>).map_err(io)?;
            written += 1;
        }
        match page.next_cursor {
            Some(next) if written < MAX_CSV => f.before = Some(next),
            _ => break,
        }
    }
    let body = writer.into_inner().map_err(|e| ApiError::internal(e.to_string()))?;
    let mut response = body.into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    h.insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"audit.csv\""));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}
