//! `GET /catalogue` and `GET /templates`: what devices cache, with ETags.

use super::error::ApiResult;
use super::etag::json_with_etag;
use crate::state::AppState;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;

/// Entities, centres and services.
#[utoipa::path(get, path = "/api/v1/catalogue", tag = "catalogue",
    responses((status = 200, body = ms_core::Catalogue), (status = 304, description = "Not modified")))]
pub async fn get_catalogue(State(state): State<AppState>, headers: HeaderMap) -> ApiResult<Response> {
    let catalogue = state.storage.catalogue().await?;
    json_with_etag(&headers, &catalogue)
}

/// Every published checklist template version.
#[utoipa::path(get, path = "/api/v1/templates", tag = "catalogue",
    responses((status = 200, body = Vec<ms_core::ChecklistTemplate>), (status = 304, description = "Not modified")))]
pub async fn get_templates(State(state): State<AppState>, headers: HeaderMap) -> ApiResult<Response> {
    let templates = state.storage.templates().await?;
    json_with_etag(&headers, &templates)
}
