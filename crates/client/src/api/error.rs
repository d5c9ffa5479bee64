//! What can go wrong talking to the server, and whether retrying can help.

use ms_core::wire::ErrorBody;
use std::time::Duration;

/// What a failure means for trying again; the outbox keeps it with each
/// failed upload, and it decides when the next attempt happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailureKind {
    /// Network trouble, timeouts, 5xx, 408, 429: retried after a backoff.
    Transient,
    /// The server refused the request (400, 404, 409, 413, 422...): its message
    /// is shown, and nothing is sent again until the user retries.
    Permanent,
    /// 401 or 403: waits for a sign-in.
    NeedsSignIn,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApiError {
    #[error("could not reach the server: {0}")]
    Network(String),
    #[error("the server did not answer in time")]
    Timeout,
    /// The server answered with an error; `message` is the server's own.
    /// `retry_after`: how long the server asked to wait (`Retry-After`, in seconds).
    #[error("{message}")]
    Server { status: u16, code: String, message: String, field: Option<String>, retry_after: Option<Duration> },
    #[error("the server's answer could not be read: {0}")]
    BadResponse(String),
    #[error("'{0}' is not a usable server address")]
    BadBaseUrl(String),
}

impl ApiError {
    pub fn kind(&self) -> FailureKind {
        match self {
            ApiError::Network(_) | ApiError::Timeout | ApiError::BadResponse(_) => FailureKind::Transient,
            ApiError::BadBaseUrl(_) => FailureKind::Permanent,
            ApiError::Server { status, .. } => match status {
                401 | 403 => FailureKind::NeedsSignIn,
                408 | 429 | 500..=599 => FailureKind::Transient,
                400..=499 => FailureKind::Permanent,
                // 1xx or 3xx where none was expected: perhaps a captive portal.
                _ => FailureKind::Transient,
            },
        }
    }

    pub fn status(&self) -> Option<u16> {
        match self {
            ApiError::Server { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The server's error code (`conflict`, `missing_answer`...), or a local one.
    pub fn code(&self) -> &str {
        match self {
            ApiError::Network(_) => "network",
            ApiError::Timeout => "timeout",
            ApiError::BadResponse(_) => "bad_response",
            ApiError::BadBaseUrl(_) => "bad_base_url",
            ApiError::Server { code, .. } => code,
        }
    }

    /// How long the server asked the client to wait before trying again (429, 503).
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            ApiError::Server { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    pub fn field(&self) -> Option<&str> {
        match self {
            ApiError::Server { field, .. } => field.as_deref(),
            _ => None,
        }
    }

    /// An error answer: the `{"error": {...}}` body when there is one, else the status alone.
    pub(crate) fn from_answer(status: u16, body: &str) -> Self {
        match serde_json::from_str::<ErrorBody>(body) {
            Ok(ErrorBody { error }) => ApiError::Server {
                status,
                code: error.code,
                message: error.message,
                field: error.field,
                retry_after: None,
            },
            Err(_) => ApiError::Server {
                status,
                code: format!("http_{status}"),
                message: format!("the server answered with status {status}"),
                field: None,
                retry_after: None,
            },
        }
    }

    /// The same error with the wait the server asked for (a `Retry-After` value).
    pub(crate) fn with_retry_after(mut self, header: Option<&str>) -> Self {
        if let ApiError::Server { retry_after, .. } = &mut self {
            *retry_after = header.and_then(parse_retry_after);
        }
        self
    }

    pub(crate) fn from_reqwest(e: reqwest::Error) -> Self {
        if e.is_timeout() {
            return ApiError::Timeout;
        }
        if e.is_decode() {
            return ApiError::BadResponse(chain(&e));
        }
        ApiError::Network(chain(&e))
    }
}

/// A `Retry-After` value in seconds (`120`). The HTTP-date form is not used
/// by this server and is ignored, as is anything unreadable.
pub fn parse_retry_after(value: &str) -> Option<Duration> {
    value.trim().parse::<u64>().ok().map(Duration::from_secs)
}

/// The error and its causes in one line: reqwest's own message alone says little.
fn chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        out.push_str(": ");
        out.push_str(&cause.to_string());
        source = cause.source();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn server(status: u16) -> ApiError {
        ApiError::from_answer(status, r#"{"error":{"code":"x","message":"m"}}"#)
    }

    #[test]
    fn server_trouble_is_transient() {
        for status in [500, 502, 503, 504, 408, 429] {
            assert_eq!(server(status).kind(), FailureKind::Transient, "{status}");
        }
        assert_eq!(ApiError::Timeout.kind(), FailureKind::Transient);
        assert_eq!(ApiError::Network("refused".into()).kind(), FailureKind::Transient);
    }

    #[test]
    fn refusals_are_permanent() {
        for status in [400, 404, 409, 413, 422] {
            assert_eq!(server(status).kind(), FailureKind::Permanent, "{status}");
        }
    }

    #[test]
    fn unauthorized_waits_for_sign_in() {
        assert_eq!(server(401).kind(), FailureKind::NeedsSignIn);
        assert_eq!(server(403).kind(), FailureKind::NeedsSignIn);
    }

    #[test]
    fn error_body_keeps_code_message_and_field() {
        let e = ApiError::from_answer(
            422,
            r#"{"error":{"code":"missing_answer","message":"a required answer is missing","field":"answers.face"}}"#,
        );
        assert_eq!(e.status(), Some(422));
        assert_eq!(e.code(), "missing_answer");
        assert_eq!(e.field(), Some("answers.face"));
        assert_eq!(e.to_string(), "a required answer is missing");
    }

    #[test]
    fn retry_after_is_read_in_seconds_and_nonsense_is_ignored() {
        let e = ApiError::from_answer(429, r#"{"error":{"code":"rate_limited","message":"slow down"}}"#)
            .with_retry_after(Some(" 30 "));
        assert_eq!(e.retry_after(), Some(Duration::from_secs(30)));
        assert_eq!(e.kind(), FailureKind::Transient);
        assert_eq!(e.code(), "rate_limited");
        for nonsense in ["soon", "-5", "", "Wed, 21 Oct 2015 07:28:00 GMT"] {
            assert_eq!(server(429).with_retry_after(Some(nonsense)).retry_after(), None, "{nonsense}");
        }
        assert_eq!(server(429).with_retry_after(None).retry_after(), None);
        assert_eq!(ApiError::Timeout.with_retry_after(Some("5")).retry_after(), None);
    }

    #[test]
    fn answer_without_error_body_still_explains_itself() {
        let e = ApiError::from_answer(502, "<html>Bad Gateway</html>");
        assert_eq!(e.code(), "http_502");
        assert!(e.to_string().contains("502"));
    }
}
