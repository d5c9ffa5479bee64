//! The HTTP API (docs/architecture.md §3): one file per resource, one error type, extractors for auth.

mod accounts;
mod action_deadlines;
mod actions;
mod alerts;
mod attachment;
mod audit;
mod authoring;
mod catalogue;
pub mod error;
mod etag;
mod evaluations;
pub(crate) use evaluations::KIOSK_KEY_HEADER;
mod exports;
pub mod extract;
mod health;
pub mod openapi;
mod performance;
mod photos;
mod planning;
mod print;
mod review;
mod sessions;
mod web;

use crate::config::{MAX_EVALUATION_BYTES, MAX_PHOTO_BYTES};
use crate::state::AppState;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::http::{header, HeaderValue};
use axum::routing::{delete, get, post, put};
use axum::Router;
use error::ApiError;
use ms_core::ErrorCode;
use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};
use tower_http::compression::CompressionLayer;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::RequestBodyTimeoutLayer;
use tower_http::trace::TraceLayer;

pub fn router(state: AppState) -> Router {
    let api = Router::new()
        .route("/catalogue", get(catalogue::get_catalogue))
        .route("/catalogue.xlsx", get(authoring::catalogue_xlsx))
        .route(
            "/catalogue/import",
            post(authoring::import_catalogue).layer(DefaultBodyLimit::max(crate::workbook::MAX_BYTES)),
        )
        .route("/templates", get(catalogue::get_templates))
        .route("/templates/import", post(authoring::import).layer(DefaultBodyLimit::max(crate::workbook::MAX_BYTES)))
        .route("/templates/{id}/versions", get(authoring::versions))
        .route("/templates/{id}/versions/{file}", get(authoring::download))
        .route("/templates/{id}/diff", get(authoring::diff))
        .route(
            "/photos/{sha256}",
            put(photos::put_photo)
                .head(photos::head_photo)
                .get(photos::get_photo)
                .layer(DefaultBodyLimit::max(MAX_PHOTO_BYTES)),
        )
        .route("/evaluations", get(review::list_evaluations))
        .route("/evaluations/review", post(review::approve_many))
        .route("/evaluations/{id}", put(evaluations::put_evaluation).get(review::get_evaluation))
        .route("/evaluations/{id}/review", post(review::review_evaluation))
        .route("/evaluations/{id}/comments", post(review::comment_evaluation))
        .route("/my/evaluations", get(review::my_evaluations))
        .route("/centres/{id}/stats", get(performance::centre_stats))
        .route("/centres/{id}/poster.pdf", get(print::centre_poster))
        .route("/centres/{id}/report.pdf", get(print::centre_report))
        .route("/entities/{id}/posters.pdf", get(print::entity_posters))
        .route("/entities/{id}/report.pdf", get(print::entity_report))
        .route("/stats/overview", get(performance::overview))
        .route("/stats/league", get(performance::league))
        .route("/waves", get(planning::waves::list).post(planning::waves::create))
        .route("/waves/{id}", get(planning::waves::get).patch(planning::waves::patch))
        .route("/waves/{id}/publish", post(planning::waves::publish))
        .route("/waves/{id}/fill", post(planning::waves::fill))
        .route("/assignments", get(planning::assignments::list))
        .route("/assignments/{id}", get(planning::assignments::get))
        .route("/assignments/{id}/assign", post(planning::assignments::assign))
        .route("/assignments/{id}/release", post(planning::assignments::release))
        .route("/assignments/{id}/cancel", post(planning::assignments::cancel))
        .route("/assignments/{id}/claim", post(planning::assignments::claim))
        .route("/assignments/{id}/start", post(planning::assignments::start))
        .route("/my/assignments", get(planning::assignments::mine))
        .route("/shoppers", get(planning::shoppers::list))
        .route("/exports/assignments.csv", get(planning::assignments::csv))
        .route("/actions", get(actions::list).post(actions::create))
        .route("/actions/{id}", get(actions::get))
        .route("/actions/{id}/status", post(actions::move_status))
        .route("/my/actions", get(actions::mine))
        .route("/exports/actions.csv", get(actions::csv))
        .route("/centres/{id}/actions", get(actions::centre_counts))
        .route("/settings/action-deadlines", get(action_deadlines::get_deadlines).put(action_deadlines::put_deadlines))
        .route("/users", get(accounts::list).post(accounts::create))
        .route("/users/{id}", get(accounts::get).patch(accounts::patch))
        .route("/users/{id}/deactivate", post(accounts::deactivate))
        .route("/users/{id}/reactivate", post(accounts::reactivate))
        .route("/users/{id}/reset-password", post(accounts::reset_password))
        .route("/me/password", post(accounts::change_own))
        .route("/kiosks", get(accounts::kiosks).post(accounts::register_kiosk))
        .route("/kiosks/{id}/revoke", post(accounts::revoke_kiosk))
        .route("/audit", get(audit::list))
        .route("/audit.csv", get(audit::csv))
        .route("/settings/rating", get(performance::get_rating_config).put(performance::put_rating_config))
        .route("/alerts", get(alerts::list_alerts))
        .route("/alerts/{id}/ack", post(alerts::acknowledge))
        .route("/exports/evaluations.csv", get(exports::evaluations_csv))
        .route("/exports/evaluations.xlsx", get(exports::evaluations_xlsx))
        .route("/exports/answers.csv", get(exports::answers_csv))
        .route("/sessions", post(sessions::sign_in))
        .route("/sessions/current", delete(sessions::sign_out))
        .route("/openapi.json", get(openapi::spec))
        .fallback(|| async { ApiError::not_found("no such API endpoint") })
        // JSON and CSV answers are compressed for clients that accept it;
        // photos (JPEG) and workbooks (zip) are compressed already.
        .layer(CompressionLayer::new().compress_when(
            DefaultPredicate::new().and(NotForContentType::const_new("application/vnd.openxmlformats")),
        ));
    let app = Router::new().nest("/api/v1", api).route("/healthz", get(health::healthz)).method_not_allowed_fallback(
        || async {
            ApiError::new(
                StatusCode::METHOD_NOT_ALLOWED,
                ErrorCode::MethodNotAllowed,
                "this endpoint does not take that method",
            )
        },
    );
    let app = match &state.web_dir {
        // A centre's link: the server draws its faces (`rating_page`).
        Some(dir) => app
            .route("/rate/{token}", get(crate::rating_page::rating_page).layer(CompressionLayer::new()))
            .route("/kiosk/{token}", get(crate::rating_page::kiosk_page).layer(CompressionLayer::new()))
            .fallback_service(
                ServeDir::new(dir.as_ref())
                    .precompressed_br()
                    .precompressed_gzip()
                    .fallback(ServeFile::new(dir.join("index.html")).precompressed_br().precompressed_gzip()),
            ),
        None => app.fallback(|| async { ApiError::not_found("nothing here; the API is under /api/v1") }),
    };
    let body_timeout = state.limits.body_timeout;
    app.layer(axum::middleware::from_fn(web::cache_headers))
        .layer(DefaultBodyLimit::max(MAX_EVALUATION_BYTES))
        .layer(RequestBodyTimeoutLayer::new(body_timeout))
        .layer(SetResponseHeaderLayer::overriding(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
