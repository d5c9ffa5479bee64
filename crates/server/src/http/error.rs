//! The one error type of the API. Each error knows its status; the body is
//! always `{"error": {"code", "message", "field"}}`. Storage and unexpected
//! failures become a 500 whose details go to the log, never to the client.

use crate::guard::RetryAfter;
use crate::storage::StorageError;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use ms_core::wire::{ErrorBody, ErrorDetail};
use ms_core::{ErrorCode, ValidationError};

#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: ErrorCode,
    pub message: String,
    pub field: Option<String>,
    /// Sent as `Retry-After` (429).
    pub retry_after: Option<RetryAfter>,
}

pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    pub fn new(status: StatusCode, code: ErrorCode, message: impl Into<String>) -> Self {
        Self { status, code, message: message.into(), field: None, retry_after: None }
    }

    pub fn retry_after(mut self, wait: RetryAfter) -> Self {
        self.retry_after = Some(wait);
        self
    }

    pub fn field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    pub fn bad_request(code: ErrorCode, message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, code, message)
    }

    pub fn unprocessable(code: ErrorCode, field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNPROCESSABLE_ENTITY, code, message).field(field)
    }

    pub fn unauthorized(message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized, message)
    }

    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, ErrorCode::Forbidden, message)
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, message)
    }

    /// 429: too many `what` for now; the client may try again after `wait`.
    pub fn too_many(code: ErrorCode, what: &str, wait: RetryAfter) -> Self {
        Self::new(
            StatusCode::TOO_MANY_REQUESTS,
            code,
            format!("too many {what}; try again in {} seconds", wait.seconds()),
        )
        .retry_after(wait)
    }

    pub fn conflict(code: ErrorCode, message: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, code, message)
    }

    pub fn internal(detail: impl std::fmt::Display) -> Self {
        let id = uuid::Uuid::new_v4();
        tracing::error!(error_id = %id, "{detail}");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            ErrorCode::Internal,
            format!("something went wrong on the server (error {id}); nothing was changed by this request"),
        )
    }
}

impl From<StorageError> for ApiError {
    /// Logged once, with its causes, under the id the client is told.
    fn from(e: StorageError) -> Self {
        ApiError::internal(e.chain())
    }
}

impl From<ValidationError> for ApiError {
    fn from(e: ValidationError) -> Self {
        ApiError::unprocessable(e.code, e.field, e.message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody {
            error: ErrorDetail { code: self.code.as_str().to_owned(), message: self.message, field: self.field },
        };
        let mut response = (self.status, Json(body)).into_response();
        if let Some(wait) = self.retry_after {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(wait.seconds()));
        }
        response
    }
}
