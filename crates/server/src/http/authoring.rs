//! Checklists authored in a workbook, for admins: importing one (checked,
//! and published when asked and nothing is an error), every published
//! version as a workbook, the versions' history and the difference between two.

use super::error::{ApiError, ApiResult};
use super::extract::{read_body, Admin, QueryParams};
use crate::state::AppState;
use crate::storage::{StorageError, TemplateVersion};
use crate::workbook::{self, WorkbookError};
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use ms_core::authoring::{self, ProblemLine, TemplateDiff};
use ms_core::wire::{ErrorBody, ErrorDetail};
use ms_core::{ChecklistTemplate, ErrorCode, TemplateRef};
use serde::{Deserialize, Serialize};

/// What importing a workbook found.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ImportReport {
    /// The checklist read, when nothing is an error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<ChecklistTemplate>,
    /// Whether it was published by this request.
    pub published: bool,
    pub errors: Vec<ProblemLine>,
    pub warnings: Vec<ProblemLine>,
    /// With a 422: what the errors come to, as every error of the API says it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorDetail>,
}

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ImportQuery {
    /// Publish the checklist when the workbook has no error.
    pub publish: Option<bool>,
}

/// The content types a workbook may come with.
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

fn refused_workbook(e: WorkbookError) -> ApiError {
    match e {
        WorkbookError::TooLarge { .. } => {
            ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::TooLarge, e.to_string())
        }
        _ => ApiError::unprocessable(ErrorCode::InvalidWorkbook, "", e.to_string()),
    }
}

/// An uploaded workbook read off the blocking threads: the .xlsx body, or
/// one sheet `csv_sheet` names as CSV.
async fn read_upload(state: &AppState, req: Request, csv_sheet: Option<String>) -> ApiResult<authoring::Workbook> {
    let bytes = read_body(req, state).await?;
    tokio::task::spawn_blocking(move || match &csv_sheet {
        Some(name) => workbook::read_csv(&bytes, name),
        None => workbook::read(&bytes),
    })
    .await
    .map_err(|e| ApiError::internal(e.to_string()))?
    .map_err(refused_workbook)
}

/// A report's problems as the API lists them: errors, then warnings.
fn lines<'a>(
    errors: impl Iterator<Item = &'a authoring::Problem>,
    warnings: impl Iterator<Item = &'a authoring::Problem>,
) -> (Vec<ProblemLine>, Vec<ProblemLine>) {
    (errors.map(ProblemLine::from).collect(), warnings.map(ProblemLine::from).collect())
}

/// What a 422 with errors says, as every error of the API does.
fn refused_detail(errors: usize, nothing: &str) -> Option<ErrorDetail> {
    let message = format!("the workbook has {errors} errors; nothing was {nothing}");
    Some(ErrorDetail { code: ErrorCode::InvalidWorkbook.as_str().into(), message, field: None })
}

/// A workbook as a download, written off the blocking threads.
async fn xlsx_download(book: authoring::Workbook, file_name: &str) -> ApiResult<Response> {
    let bytes = tokio::task::spawn_blocking(move || workbook::write(&book))
        .await
        .map_err(|e| ApiError::internal(e.to_string()))?
        .map_err(|e| ApiError::internal(e.to_string()))?;
    Ok(super::attachment::attachment(bytes, XLSX, file_name))
}

/// The latest published version of a checklist, if any.
async fn latest(state: &AppState, id: &str) -> ApiResult<Option<u32>> {
    Ok(state.storage.templates().await?.iter().filter(|t| t.id == id).map(|t| t.version).max())
}

#[utoipa::path(post, path = "/api/v1/templates/import", tag = "authoring", params(ImportQuery),
    request_body(content = Vec<u8>, content_type = "application/octet-stream",
        description = "The .xlsx workbook (sheets `survey`, `choices`, `settings`: docs/workbooks.md), sent as \
            application/octet-stream or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    responses((status = 200, body = ImportReport, description = "Read without errors (warnings may remain); published when asked"),
        (status = 400, body = ErrorBody, description = "A query parameter that can't be read"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not an admin"),
        (status = 413, body = ErrorBody, description = "A workbook over 10 MB"),
        (status = 415, body = ErrorBody, description = "Not sent as an .xlsx workbook"),
        (status = 422, body = ImportReport, description = "Every error found, with its sheet, row and column; nothing published")),
    security(("bearer" = [])))]
pub async fn import(
    State(state): State<AppState>,
    admin: Admin,
    QueryParams(q): QueryParams<ImportQuery>,
    req: Request,
) -> ApiResult<Response> {
    super::extract::require_content_type(req.headers(), &[XLSX, "application/octet-stream"])?;
    let book = read_upload(&state, req, None).await?;
    // The version must be above the one published: read once for the id, then check against it.
    let first = authoring::parse(&book, None);
    let id = first.template.as_ref().map(|t| t.id.clone()).or_else(|| settings_id(&book));
    let published = match &id {
        Some(id) => latest(&state, id).await?,
        None => None,
    };
    let report = if published.is_some() { authoring::parse(&book, published) } else { first };
    let (errors, warnings) = lines(report.errors(), report.warnings());
    let Some(template) = report.template else {
        let error = refused_detail(errors.len(), "published");
        let body = ImportReport { template: None, published: false, errors, warnings, error };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response());
    };
    let publish = q.publish.unwrap_or(false);
    if publish {
        match state.storage.publish_template(&template, Some(admin.0.id)).await {
            Ok(()) => {}
            Err(StorageError::TemplateChanged { id, version }) => {
                return Err(ApiError::conflict(
                    ErrorCode::Conflict,
                    format!("{id} version {version} is published with other content; a change needs a new version"),
                ))
            }
            Err(e) => return Err(e.into()),
        }
    }
    Ok(Json(ImportReport { template: Some(template), published: publish, errors, warnings, error: None })
        .into_response())
}

/// The `template_id` the settings sheet names, when the workbook has errors elsewhere.
fn settings_id(book: &authoring::Workbook) -> Option<String> {
    let sheet = book.sheets.iter().find(|s| s.name.trim().eq_ignore_ascii_case("settings"))?;
    let col = sheet.header().iter().position(|h| h.trim().eq_ignore_ascii_case("template_id"))?;
    Some(sheet.cell(1, col).trim().to_owned()).filter(|s| !s.is_empty())
}

async fn version(state: &AppState, id: &str, version: u32) -> ApiResult<ChecklistTemplate> {
    state
        .storage
        .template(&TemplateRef { id: id.to_owned(), version })
        .await?
        .ok_or_else(|| ApiError::not_found(format!("no published version {version} of the checklist '{id}'")))
}

#[utoipa::path(get, path = "/api/v1/templates/{id}/versions/{file}", tag = "authoring",
    params(("id" = String, Path, description = "The checklist's id"),
        ("file" = String, Path, description = "The version and `.xlsx`, such as `3.xlsx`")),
    responses((status = 200, content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", body = Vec<u8>,
            description = "The version as a workbook that imports back into the same checklist"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not an admin"),
        (status = 404, body = ErrorBody, description = "No such checklist or version")),
    security(("bearer" = [])))]
pub async fn download(
    State(state): State<AppState>,
    _admin: Admin,
    Path((id, file)): Path<(String, String)>,
) -> ApiResult<Response> {
    let number = file
        .strip_suffix(".xlsx")
        .and_then(|v| v.parse::<u32>().ok())
        .ok_or_else(|| ApiError::not_found(format!("'{file}' is not a version's workbook, such as 3.xlsx")))?;
    let template = version(&state, &id, number).await?;
    xlsx_download(workbook::of_template(&template), &format!("{id}-v{number}.xlsx")).await
}

#[utoipa::path(get, path = "/api/v1/templates/{id}/versions", tag = "authoring",
    params(("id" = String, Path, description = "The checklist's id")),
    responses((status = 200, body = Vec<TemplateVersion>, description = "Every published version, oldest first, with when and by whom"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not an admin"),
        (status = 404, body = ErrorBody, description = "No such checklist")),
    security(("bearer" = [])))]
pub async fn versions(
    State(state): State<AppState>,
    _admin: Admin,
    Path(id): Path<String>,
) -> ApiResult<Json<Vec<TemplateVersion>>> {
    let versions = state.storage.template_versions(&id).await?;
    if versions.is_empty() {
        return Err(ApiError::not_found(format!("no published checklist '{id}'")));
    }
    Ok(Json(versions))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct DiffQuery {
    #[param(minimum = 1)]
    pub from: u32,
    #[param(minimum = 1)]
    pub to: u32,
}

#[utoipa::path(get, path = "/api/v1/templates/{id}/diff", tag = "authoring",
    params(("id" = String, Path, description = "The checklist's id"), DiffQuery),
    responses((status = 200, body = TemplateDiff, description = "Stages and items added, removed and changed, and what changed"),
        (status = 400, body = ErrorBody, description = "A query parameter that can't be read"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not an admin"),
        (status = 404, body = ErrorBody, description = "No such checklist or version")),
    security(("bearer" = [])))]
pub async fn diff(
    State(state): State<AppState>,
    _admin: Admin,
    Path(id): Path<String>,
    QueryParams(q): QueryParams<DiffQuery>,
) -> ApiResult<Json<TemplateDiff>> {
    let (a, b) = (version(&state, &id, q.from).await?, version(&state, &id, q.to).await?);
    Ok(Json(authoring::diff(&a, &b)))
}

/// What importing a catalogue workbook found.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct CatalogueImport {
    /// The rows read, to add or update, when nothing is an error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changes: Option<ms_core::Catalogue>,
    /// Whether they were applied by this request.
    pub applied: bool,
    pub errors: Vec<ProblemLine>,
    pub warnings: Vec<ProblemLine>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorDetail>,
}

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct CatalogueImportQuery {
    /// Add and update the rows when the workbook has no error.
    pub apply: Option<bool>,
    /// For a CSV body: the sheet it is (`entities`, `services` or `centres`).
    pub sheet: Option<String>,
}

#[utoipa::path(post, path = "/api/v1/catalogue/import", tag = "authoring", params(CatalogueImportQuery),
    request_body(content = Vec<u8>, content_type = "application/octet-stream",
        description = "The .xlsx workbook (sheets `entities`, `services`, `centres`: docs/workbooks.md), sent as \
            application/octet-stream or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; \
            or one of its sheets alone as text/csv, named by `sheet`"),
    responses((status = 200, body = CatalogueImport, description = "Read without errors; added and updated when asked"),
        (status = 400, body = ErrorBody, description = "A query parameter that can't be read"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not an admin"),
        (status = 413, body = ErrorBody, description = "A workbook over 10 MB"),
        (status = 415, body = ErrorBody, description = "Not sent as an .xlsx workbook"),
        (status = 422, body = CatalogueImport, description = "Every error found, with its sheet, row and column; nothing changed")),
    security(("bearer" = [])))]
pub async fn import_catalogue(
    State(state): State<AppState>,
    admin: Admin,
    QueryParams(q): QueryParams<CatalogueImportQuery>,
    req: Request,
) -> ApiResult<Response> {
    super::extract::require_content_type(req.headers(), &[XLSX, "application/octet-stream", "text/csv"])?;
    let csv = req
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim().to_ascii_lowercase().starts_with("text/csv"));
    let sheet = match (csv, q.sheet.as_deref()) {
        (true, Some(s @ ("entities" | "services" | "centres"))) => Some(s.to_owned()),
        (true, _) => {
            return Err(ApiError::unprocessable(
                ErrorCode::InvalidWorkbook,
                "sheet",
                "a CSV body is one sheet: say which with sheet=entities, services or centres",
            ))
        }
        (false, _) => None,
    };
    let book = read_upload(&state, req, sheet).await?;
    let existing = state.storage.catalogue().await?;
    let report = authoring::parse_catalogue(&book, &existing);
    let (errors, warnings) = lines(report.errors(), report.warnings());
    let Some(changes) = report.changes else {
        let error = refused_detail(errors.len(), "changed");
        let body = CatalogueImport { changes: None, applied: false, errors, warnings, error };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response());
    };
    let apply = q.apply.unwrap_or(false);
    if apply {
        state.storage.import_catalogue(&changes, admin.0.id).await?;
    }
    Ok(Json(CatalogueImport { changes: Some(changes), applied: apply, errors, warnings, error: None }).into_response())
}

#[utoipa::path(get, path = "/api/v1/catalogue.xlsx", tag = "authoring",
    responses((status = 200, content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", body = Vec<u8>,
            description = "The catalogue as a workbook that imports back into the same catalogue"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not an admin")),
    security(("bearer" = [])))]
pub async fn catalogue_xlsx(State(state): State<AppState>, _admin: Admin) -> ApiResult<Response> {
    xlsx_download(authoring::catalogue_workbook(&state.storage.catalogue().await?), "catalogue.xlsx").await
}
