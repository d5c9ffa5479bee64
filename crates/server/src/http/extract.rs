//! Request extractors: JSON bodies whose errors name the field, typed path
//! parameters, and the signed-in user, so a handler that needs one can't run
//! without it. Every rejection answers the JSON error body with a 4xx.

use super::error::ApiError;
use crate::auth::token_digest;
use crate::state::AppState;
use crate::storage::{ReviewScope, Reviewer, User};
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, StatusCode};
use chrono::Utc;
use ms_core::wire::UserRole;
use ms_core::ErrorCode;
use ms_core::{EvaluationId, PhotoId};
use serde::de::DeserializeOwned;

/// A JSON body. Malformed JSON is a 400 `bad_json`; JSON of the wrong shape a
/// 422 `invalid_field` naming the field; a body over the route's limit a 413.
pub struct JsonBody<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for JsonBody<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        require_content_type(req.headers(), &["application/json"])?;
        let bytes = read_body(req, state).await?;
        // Every body is an object; serde would also read a struct from an array.
        if bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'[') {
            return Err(ApiError::unprocessable(ErrorCode::InvalidField, "", "the body must be a JSON object"));
        }
        parse_json(&bytes).map(JsonBody)
    }
}

/// Refuses a body whose `Content-Type` is not one of `accepted` (parameters such as charset aside): 415.
pub fn require_content_type(headers: &HeaderMap, accepted: &[&str]) -> Result<(), ApiError> {
    let given = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let essence = given.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    if accepted.contains(&essence.as_str()) {
        return Ok(());
    }
    let shown = if given.is_empty() { "no Content-Type".to_owned() } else { format!("Content-Type '{given}'") };
    Err(ApiError::new(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        ErrorCode::UnsupportedMediaType,
        format!("the body must be sent as {}; this request has {shown}", accepted.join(" or ")),
    )
    .field("Content-Type"))
}

/// One path parameter as text; a malformed one (bad percent-encoding) is a 400.
async fn path_text(parts: &mut Parts, name: &'static str) -> Result<String, ApiError> {
    Path::<String>::from_request_parts(parts, &()).await.map(|Path(s)| s).map_err(|e| {
        ApiError::bad_request(ErrorCode::InvalidPath, format!("the address is malformed: {}", e.body_text()))
            .field(name)
    })
}

/// The `{sha256}` of a photo's address.
#[derive(Debug, utoipa::IntoParams)]
#[into_params(parameter_in = Path)]
pub struct PhotoPath {
    /// SHA-256 of the JPEG bytes, 64 lowercase hexadecimal digits.
    #[param(pattern = "^[0-9a-f]{64}$", min_length = 64, max_length = 64)]
    sha256: String,
}

impl PhotoPath {
    pub fn id(&self) -> Result<PhotoId, ApiError> {
        PhotoId::parse(&self.sha256)
            .map_err(|e| ApiError::bad_request(ErrorCode::InvalidPhotoId, e.to_string()).field("sha256"))
    }
}

impl<S: Send + Sync> FromRequestParts<S> for PhotoPath {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(PhotoPath { sha256: path_text(parts, "sha256").await? })
    }
}

/// The `{id}` of an evaluation's address.
#[derive(Debug, utoipa::IntoParams)]
#[into_params(parameter_in = Path)]
pub struct EvaluationPath {
    /// The evaluation's UUID, made by the device.
    id: uuid::Uuid,
}

impl EvaluationPath {
    pub fn id(&self) -> EvaluationId {
        EvaluationId(self.id)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for EvaluationPath {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let raw = path_text(parts, "id").await?;
        let id: EvaluationId = raw
            .parse()
            .map_err(|e: ms_core::IdError| ApiError::bad_request(ErrorCode::InvalidId, e.to_string()).field("id"))?;
        Ok(EvaluationPath { id: id.0 })
    }
}

/// The raw body, with a too-large body turned into our 413.
pub async fn read_body<S: Send + Sync>(req: Request, state: &S) -> Result<Bytes, ApiError> {
    Bytes::from_request(req, state).await.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::TooLarge, rejection.body_text())
        } else {
            ApiError::bad_request(ErrorCode::BadBody, rejection.body_text())
        }
    })
}

/// The body as `T`. Straight from the bytes when they fit it as they are,
/// the way nearly every request's do; otherwise through the slower road that
/// first writes whole numbers as integers and, if it still fails, names the
/// field at fault.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    if let Ok(value) = serde_json::from_slice(bytes) {
        return Ok(value);
    }
    let mut value: serde_json::Value = serde_json::from_slice(bytes)
        .map_err(|e| ApiError::bad_request(ErrorCode::BadJson, format!("the body is not valid JSON: {e}")))?;
    whole_numbers_as_integers(&mut value);
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let field = if path == "." { String::new() } else { path };
        ApiError::unprocessable(ErrorCode::InvalidField, field, e.into_inner().to_string())
    })
}

/// JSON does not tell `5` from `5.0`; the OpenAPI document's integers accept
/// both, so whole numbers written with a fraction become integers before typing.
fn whole_numbers_as_integers(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::Number(n) if n.is_f64() => {
            if let Some(f) = n.as_f64().filter(|f| f.fract() == 0.0 && f.abs() < 9.0e15) {
                *value = Value::from(f as i64);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(whole_numbers_as_integers),
        Value::Object(map) => map.values_mut().for_each(whole_numbers_as_integers),
        _ => {}
    }
}

/// A signed-in user, if the request carries a valid bearer token.
pub struct MaybeUser(pub Option<User>);

impl FromRequestParts<AppState> for MaybeUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let Some(value) = parts.headers.get(header::AUTHORIZATION) else { return Ok(MaybeUser(None)) };
        let token = value
            .to_str()
            .ok()
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or_else(|| ApiError::unauthorized("the Authorization header must be 'Bearer <token>'"))?;
        let digest = token_digest(token);
        let user = Self::of_session(parts, state, &digest).await?;
        // A temporary password is changed before anything else is done.
        let path = parts.uri.path();
        let allowed = path.ends_with("/me/password") || path.ends_with("/sessions/current");
        if user.must_change_password && !allowed {
            return Err(ApiError::new(
                axum::http::StatusCode::FORBIDDEN,
                ErrorCode::PasswordChangeRequired,
                "change the temporary password first (POST /api/v1/me/password)",
            ));
        }
        Ok(MaybeUser(Some(user)))
    }
}

impl MaybeUser {
    async fn of_session(_parts: &Parts, state: &AppState, digest: &str) -> Result<User, ApiError> {
        let digest = digest.to_owned();
        let now = std::time::Instant::now();
        // Never trusted for long against a short idle limit.
        let trust = state.limits.session_idle / 4;
        if let Some(u) = state.sessions.get(&digest, now, trust) {
            return Ok(u);
        }
        let idle = chrono::Duration::from_std(state.limits.session_idle).unwrap_or(chrono::Duration::days(14));
        let user = state.storage.session_user(&digest, Utc::now(), idle).await?;
        match user {
            Some(u) => {
                state.sessions.put(&digest, u.clone(), now);
                Ok(u)
            }
            None => Err(ApiError::unauthorized("the session has expired or is unknown; sign in again")),
        }
    }
}

/// The SHA-256 of the bearer token the request carries (to end its session).
pub struct BearerToken(pub String);

impl<S: Send + Sync> FromRequestParts<S> for BearerToken {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(|t| BearerToken(token_digest(t)))
            .ok_or_else(|| ApiError::unauthorized("the Authorization header must be 'Bearer <token>'"))
    }
}

/// A signed-in reviewer: a supervisor (within their entities) or an admin.
pub struct Supervisor(pub User);

impl Supervisor {
    pub fn scope(&self) -> ReviewScope {
        self.0.review_scope()
    }

    /// This reviewer acting now.
    pub fn reviewer(&self) -> Reviewer {
        Reviewer { actor: self.0.id, at: chrono::Utc::now(), scope: self.scope() }
    }
}

impl FromRequestParts<AppState> for Supervisor {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        match MaybeUser::from_request_parts(parts, state).await?.0 {
            Some(u) if u.role.reviews() => Ok(Supervisor(u)),
            Some(_) => Err(ApiError::forbidden("only supervisors and admins may do this")),
            None => Err(ApiError::unauthorized("sign in as a supervisor first")),
        }
    }
}

/// Who reads received evaluations: a reviewer, within their entities; or a
/// centre's manager, who reads the approved evaluations of the centres they
/// run, read-only and without the shopper's name.
pub enum EvaluationReader {
    Reviewer(Supervisor),
    Manager(User),
}

impl EvaluationReader {
    /// The evaluations this reader may see.
    pub fn scope(&self) -> ReviewScope {
        match self {
            Self::Reviewer(s) => s.scope(),
            Self::Manager(_) => ReviewScope::All,
        }
    }

    /// For a manager, the centres whose approved evaluations they read.
    pub fn manager_centres(&self) -> Option<Vec<String>> {
        match self {
            Self::Reviewer(_) => None,
            Self::Manager(u) => Some(u.centre_ids.clone()),
        }
    }

    /// Whether this reader may read the evaluation with this line.
    pub fn may_read(&self, s: &ms_core::wire::EvaluationSummary) -> bool {
        match self {
            Self::Reviewer(r) => r.scope().includes(&s.entity_id),
            Self::Manager(u) => ms_core::review::manager_may_read(s.status, &s.centre_id, &u.centre_ids),
        }
    }

    pub fn is_manager(&self) -> bool {
        matches!(self, Self::Manager(_))
    }
}

impl FromRequestParts<AppState> for EvaluationReader {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        match MaybeUser::from_request_parts(parts, state).await?.0 {
            Some(u) if u.role.reviews() => Ok(Self::Reviewer(Supervisor(u))),
            Some(u) if u.role == UserRole::CentreManager => Ok(Self::Manager(u)),
            Some(_) => Err(ApiError::forbidden("only reviewers and centre managers read evaluations")),
            None => Err(ApiError::unauthorized("sign in as a supervisor or a centre's manager first")),
        }
    }
}

/// A signed-in admin.
pub struct Admin(pub User);

impl FromRequestParts<AppState> for Admin {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        match MaybeUser::from_request_parts(parts, state).await?.0 {
            Some(u) if u.role == UserRole::Admin => Ok(Admin(u)),
            Some(_) => Err(ApiError::forbidden("only admins may do this")),
            None => Err(ApiError::unauthorized("sign in as an admin first")),
        }
    }
}

/// A signed-in shopper.
pub struct Shopper(pub User);

impl FromRequestParts<AppState> for Shopper {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        match MaybeUser::from_request_parts(parts, state).await?.0 {
            Some(u) if u.role == UserRole::Shopper => Ok(Shopper(u)),
            Some(_) => Err(ApiError::forbidden("only shoppers have submissions of their own")),
            None => Err(ApiError::unauthorized("sign in as a shopper first")),
        }
    }
}

/// Query parameters; a malformed one is a 400 `bad_query` saying which.
pub struct QueryParams<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for QueryParams<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let query = parts.uri.query().unwrap_or_default();
        // Whole numbers may be written with a fraction ("50.0"), as in JSON bodies.
        let pairs = form_urlencoded::parse(query.as_bytes()).map(|(k, v)| {
            let whole = v
                .strip_suffix(".0")
                .filter(|w| !w.is_empty() && w.trim_start_matches('-').bytes().all(|b| b.is_ascii_digit()));
            (k, whole.map_or(v.clone(), |w| std::borrow::Cow::Owned(w.to_owned())))
        });
        let query = form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).finish();
        let de = serde_urlencoded::Deserializer::new(form_urlencoded::parse(query.as_bytes()));
        serde_path_to_error::deserialize(de)
            .map(QueryParams)
            .map_err(|e| ApiError::bad_request(ErrorCode::BadQuery, e.inner().to_string()).field(e.path().to_string()))
    }
}

/// The `{id}` of an address (a centre's or an alert's); one that does not
/// parse is a 400 naming it.
pub struct IdPath<T>(pub T);

impl<T: std::str::FromStr, S: Send + Sync> FromRequestParts<S> for IdPath<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let text = path_text(parts, "id").await?;
        text.parse().map(IdPath).map_err(|_| {
            ApiError::bad_request(ErrorCode::InvalidPath, format!("'{text}' is not an id of this kind")).field("id")
        })
    }
}
