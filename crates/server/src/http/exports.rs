//! Exports as file downloads, taking the inbox's filters (its limit, cursor
//! and sort aside): rows stream from storage into the response, so a million
//! evaluations export in the memory of a few. `X-Export-Rows` says how many
//! evaluations the file holds, for a progress bar.

use super::error::{ApiError, ApiResult};
use super::extract::{QueryParams, Supervisor};
use super::review::{filter_from, ListQuery};
use crate::export::{answer_rows, evaluation_row, formula, xlsx::XlsxWriter, ANSWER_COLUMNS, EVALUATION_COLUMNS};
use crate::state::AppState;
use crate::storage::{EvaluationFilter, ExportRow, StorageError};
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::Response;
use ms_core::wire::ErrorBody;
use ms_core::{ChecklistTemplate, TemplateRef};
use std::collections::HashMap;
use std::sync::Arc;
use tokio::sync::mpsc;

/// Rows waiting between storage and the formatter.
const ROWS_IN_FLIGHT: usize = 512;
/// Bytes gathered before a chunk is sent.
const CHUNK_BYTES: usize = 64 * 1024;

type Chunk = Result<Bytes, std::io::Error>;

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Evaluations,
    Answers,
}

/// The filter and how many evaluations it keeps.
async fn prepare(state: &AppState, supervisor: &Supervisor, q: ListQuery) -> ApiResult<(EvaluationFilter, u64)> {
    let mut filter = filter_from(q, supervisor.scope())?;
    filter.after = None;
    let total = state.storage.list_evaluations(&EvaluationFilter { limit: 1, ..filter.clone() }).await?.total;
    Ok((filter, total))
}

/// Starts storage sending rows; they arrive on the receiver.
fn rows(state: &AppState, filter: EvaluationFilter) -> mpsc::Receiver<Result<ExportRow, StorageError>> {
    let (tx, rx) = mpsc::channel(ROWS_IN_FLIGHT);
    let storage = state.storage.clone();
    tokio::spawn(async move {
        let failed = tx.clone();
        if let Err(e) = storage.export(&filter, tx).await {
            let _ = failed.send(Err(e)).await;
        }
    });
    rx
}

fn io_error(e: impl std::fmt::Display) -> std::io::Error {
    std::io::Error::other(e.to_string())
}

fn download(body: Body, content_type: &'static str, name: &str, total: u64) -> Response {
    let mut response = Response::new(body);
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert("x-export-rows", HeaderValue::from(total));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn file_name(stem: &str, ext: &str) -> String {
    format!("{stem}-{}.{ext}", chrono::Utc::now().format("%Y%m%d-%H%M%S"))
}

/// One row of a CSV export, each cell unable to run as a formula.
fn write_row(writer: &mut csv::Writer<Vec<u8>>, cells: &[String]) -> Result<(), std::io::Error> {
    for cell in cells {
        writer.write_field(formula::csv_cell(cell).as_bytes()).map_err(io_error)?;
    }
    // Ends the record the fields above began.
    writer.write_record(None::<&[u8]>).map_err(io_error)
}

/// Formats rows as CSV into chunks as they arrive.
async fn csv_chunks(
    state: AppState,
    mut rows: mpsc::Receiver<Result<ExportRow, StorageError>>,
    kind: Kind,
    out: mpsc::Sender<Chunk>,
) {
    let header: &[&str] = if kind == Kind::Evaluations { &EVALUATION_COLUMNS } else { &ANSWER_COLUMNS };
    let mut writer = csv::Writer::from_writer(Vec::with_capacity(CHUNK_BYTES * 2));
    let mut templates: HashMap<TemplateRef, Option<Arc<ChecklistTemplate>>> = HashMap::new();
    let mut result = writer.write_record(header).map_err(io_error);
    while result.is_ok() {
        let Some(row) = rows.recv().await else { break };
        let row = match row {
            Ok(row) => row,
            Err(e) => {
                result = Err(io_error(e));
                break;
            }
        };
        result = match kind {
            Kind::Evaluations => write_row(&mut writer, &evaluation_row(&row)),
            Kind::Answers => {
                let r = row.evaluation.template.clone();
                if !templates.contains_key(&r) {
                    let t = state.template(&r).await.ok().flatten();
                    templates.insert(r.clone(), t);
                }
                let template = templates.get(&r).and_then(|t| t.as_deref());
                answer_rows(&row, template).into_iter().try_for_each(|cells| write_row(&mut writer, &cells))
            }
        };
        if result.is_ok() && writer.get_ref().len() >= CHUNK_BYTES {
            let full = std::mem::replace(&mut writer, csv::Writer::from_writer(Vec::with_capacity(CHUNK_BYTES * 2)));
            let chunk = full.into_inner().map_err(io_error);
            if out.send(chunk.map(Bytes::from)).await.is_err() {
                return;
            }
        }
    }
    let last = result.and_then(|_| writer.into_inner().map_err(io_error));
    let _ = out.send(last.map(Bytes::from)).await;
}

/// The chunks as a response body. A closed receiver keeps answering "no
/// more" however often it is asked (the compression layer asks again).
fn stream(mut rx: mpsc::Receiver<Chunk>) -> Body {
    Body::from_stream(futures_util::stream::poll_fn(move |cx| rx.poll_recv(cx)))
}

async fn csv_export(state: AppState, supervisor: Supervisor, q: ListQuery, kind: Kind) -> ApiResult<Response> {
    let (filter, total) = prepare(&state, &supervisor, q).await?;
    let rows = rows(&state, filter);
    let (tx, rx) = mpsc::channel(4);
    tokio::spawn(csv_chunks(state, rows, kind, tx));
    let stem = if kind == Kind::Evaluations { "evaluations" } else { "answers" };
    Ok(download(stream(rx), "text/csv; charset=utf-8", &file_name(stem, "csv"), total))
}

#[utoipa::path(get, path = "/api/v1/exports/evaluations.csv", tag = "performance", params(ListQuery),
    responses((status = 200, content_type = "text/csv", body = String, description = "One row per evaluation, a header row first",
            headers(("X-Export-Rows" = u64, description = "How many evaluations the file holds"))),
        (status = 400, body = ErrorBody, description = "A malformed filter"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a supervisor or an admin"),
        (status = 422, body = ErrorBody, description = "A cursor this server did not give for this sort")),
    security(("bearer" = [])))]
pub async fn evaluations_csv(
    State(state): State<AppState>,
    supervisor: Supervisor,
    QueryParams(q): QueryParams<ListQuery>,
) -> ApiResult<Response> {
    csv_export(state, supervisor, q, Kind::Evaluations).await
}

#[utoipa::path(get, path = "/api/v1/exports/answers.csv", tag = "performance", params(ListQuery),
    responses((status = 200, content_type = "text/csv", body = String, description = "One row per answer, a header row first",
            headers(("X-Export-Rows" = u64, description = "How many evaluations the answers are of"))),
        (status = 400, body = ErrorBody, description = "A malformed filter"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a supervisor or an admin"),
        (status = 422, body = ErrorBody, description = "A cursor this server did not give for this sort")),
    security(("bearer" = [])))]
pub async fn answers_csv(
    State(state): State<AppState>,
    supervisor: Supervisor,
    QueryParams(q): QueryParams<ListQuery>,
) -> ApiResult<Response> {
    csv_export(state, supervisor, q, Kind::Answers).await
}

#[utoipa::path(get, path = "/api/v1/exports/evaluations.xlsx", tag = "performance", params(ListQuery),
    responses((status = 200, content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            body = Vec<u8>, description = "One row per evaluation on a sheet named Evaluations, a header row first",
            headers(("X-Export-Rows" = u64, description = "How many evaluations the file holds"))),
        (status = 400, body = ErrorBody, description = "A malformed filter"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a supervisor or an admin"),
        (status = 422, body = ErrorBody, description = "More evaluations than a worksheet holds (narrow the filter or export CSV), or a cursor this server did not give")),
    security(("bearer" = [])))]
pub async fn evaluations_xlsx(
    State(state): State<AppState>,
    supervisor: Supervisor,
    QueryParams(q): QueryParams<ListQuery>,
) -> ApiResult<Response> {
    let (filter, total) = prepare(&state, &supervisor, q).await?;
    if total >= u64::from(crate::export::xlsx::MAX_ROWS) {
        return Err(ApiError::unprocessable(
            ms_core::ErrorCode::InvalidValue,
            "from",
            format!("{total} evaluations are more than a worksheet holds; narrow the filter or export CSV"),
        ));
    }
    let mut rows = rows(&state, filter);
    // The workbook is a zip: it is written whole to a temporary file, then sent.
    let dir = tempfile::tempdir().map_err(ApiError::internal)?;
    let path = dir.path().join("export.xlsx");
    let target = path.clone();
    let scratch = dir.path().to_owned();
    tokio::task::spawn_blocking(move || -> Result<(), String> {
        let mut book = XlsxWriter::new(&scratch).map_err(|e| e.to_string())?;
        while let Some(row) = rows.blocking_recv() {
            let row = row.map_err(|e| e.to_string())?;
            book.push(&evaluation_row(&row)).map_err(|e| e.to_string())?;
        }
        book.save(&target).map_err(|e| e.to_string())
    })
    .await
    .map_err(ApiError::internal)?
    .map_err(ApiError::internal)?;
    let file = tokio::fs::File::open(&path).await.map_err(ApiError::internal)?;
    let (tx, rx) = mpsc::channel(4);
    tokio::spawn(async move {
        use tokio::io::AsyncReadExt;
        // The directory goes when the file has been sent (or the client left).
        let _dir = dir;
        let mut file = file;
        loop {
            let mut buf = vec![0u8; CHUNK_BYTES];
            match file.read(&mut buf).await {
                Ok(0) => return,
                Ok(n) => {
                    buf.truncate(n);
                    if tx.send(Ok(Bytes::from(buf))).await.is_err() {
                        return;
                    }
                }
                Err(e) => {
                    let _ = tx.send(Err(e)).await;
                    return;
                }
            }
        }
    });
    Ok(download(
        stream(rx),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        &file_name("evaluations", "xlsx"),
        total,
    ))
}
