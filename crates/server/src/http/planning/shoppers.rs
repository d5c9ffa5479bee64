//! The shoppers as supervisors follow them: grade, visits made and missed,
//! visits held, and the centres each may not visit again yet.

use crate::http::error::ApiResult;
use crate::http::extract::Supervisor;
use crate::state::AppState;
use axum::extract::State;
use axum::Json;
use ms_core::planning::api::ShopperStanding;
use ms_core::wire::ErrorBody;

#[utoipa::path(get, path = "/api/v1/shoppers", tag = "planning",
    responses((status = 200, body = Vec<ShopperStanding>, description = "Every shopper, by username"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a supervisor or an admin")),
    security(("bearer" = [])))]
pub async fn list(State(state): State<AppState>, _supervisor: Supervisor) -> ApiResult<Json<Vec<ShopperStanding>>> {
    let now = chrono::Utc::now();
    state.storage.expire_overdue(now).await?;
    Ok(Json(state.storage.shoppers(now.date_naive()).await?))
}
