//! A thin client for the server's HTTP API (docs/architecture.md §3): photos, evaluations,
//! catalogue and templates with ETags, sessions.

pub mod actions;
pub mod admin;
pub mod assignments;
pub mod authoring;
mod error;
mod me;
mod performance;
pub mod waves;

pub use error::{parse_retry_after, ApiError, FailureKind};
pub use performance::{Download, DownloadProgress};

use ms_core::wire::{
    BulkApproval, BulkApprovalResult, EvaluationDetail, EvaluationPage, EvaluationSummary, InboxQuery, MyEvaluation,
    PhotoReceipt, Receipt, ReviewDecision, Session, SignIn, API_BASE,
};
use ms_core::{Catalogue, ChecklistTemplate, EvaluationId, PhotoId};
use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION, CONTENT_TYPE, ETAG, IF_NONE_MATCH, RETRY_AFTER};
use reqwest::{Method, RequestBuilder, Response, StatusCode};
use serde::de::DeserializeOwned;
use std::sync::{Arc, RwLock};

/// A document fetched with `If-None-Match`.
#[derive(Debug, Clone, PartialEq)]
pub enum Fetched<T> {
    /// 304: the cached copy is still current.
    NotModified,
    Fresh {
        etag: Option<String>,
        body: String,
        value: T,
    },
}

/// The header a registered exit kiosk sends with its citizen ratings.
pub const KIOSK_KEY_HEADER: &str = "X-Kiosk-Key";

/// Whether a request carries the signed-in person's token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Auth {
    /// With the bearer token, if there is one (shoppers, supervisors).
    SignedIn,
    /// Without it: citizens rate anonymously, and the server refuses a staff
    /// token on a citizen rating (`staff_cannot_rate`).
    Anonymous,
}

/// Cheap to clone; clones share the bearer token and the kiosk key.
#[derive(Debug, Clone)]
pub struct ApiClient {
    http: reqwest::Client,
    base: String,
    token: Arc<RwLock<Option<String>>>,
    kiosk_key: Arc<RwLock<Option<String>>>,
}

impl ApiClient {
    /// A client for the server at `base_url` (e.g. `http://127.0.0.1:8080`).
    pub fn new(base_url: &str) -> Result<Self, ApiError> {
        let builder = reqwest::Client::builder();
        #[cfg(not(target_arch = "wasm32"))]
        let builder =
            builder.connect_timeout(std::time::Duration::from_secs(15)).timeout(std::time::Duration::from_secs(120));
        let http = builder.build().map_err(ApiError::from_reqwest)?;
        Self::with_http_client(http, base_url)
    }

    /// Uses a `reqwest::Client` configured by the caller.
    pub fn with_http_client(http: reqwest::Client, base_url: &str) -> Result<Self, ApiError> {
        let base = base_url.trim_end_matches('/');
        if !(base.starts_with("http://") || base.starts_with("https://")) {
            return Err(ApiError::BadBaseUrl(base_url.to_owned()));
        }
        Ok(Self {
            http,
            base: format!("{base}{API_BASE}"),
            token: Arc::new(RwLock::new(None)),
            kiosk_key: Arc::new(RwLock::new(None)),
        })
    }

    /// Sets or forgets the bearer token sent with every request.
    pub fn set_token(&self, token: Option<String>) {
        *self.token.write().unwrap_or_else(|p| p.into_inner()) = token;
    }

    pub fn token(&self) -> Option<String> {
        self.token.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Sets or forgets the key of a registered exit kiosk, sent with evaluation uploads.
    pub fn set_kiosk_key(&self, key: Option<String>) {
        *self.kiosk_key.write().unwrap_or_else(|p| p.into_inner()) = key.filter(|k| !k.trim().is_empty());
    }

    pub fn kiosk_key(&self) -> Option<String> {
        self.kiosk_key.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    fn request(&self, method: Method, path: &str) -> RequestBuilder {
        self.request_as(method, path, Auth::SignedIn)
    }

    fn request_as(&self, method: Method, path: &str, auth: Auth) -> RequestBuilder {
        let builder = self.http.request(method, format!("{}{path}", self.base));
        match (auth, self.token()) {
            (Auth::SignedIn, Some(token)) => builder.header(AUTHORIZATION, format!("Bearer {token}")),
            _ => builder,
        }
    }

    /// Whether the server already has the photo.
    pub async fn photo_exists(&self, id: &PhotoId) -> Result<bool, ApiError> {
        self.photo_exists_as(id, Auth::SignedIn).await
    }

    /// Whether the server already has the photo, asked with or without the token.
    pub async fn photo_exists_as(&self, id: &PhotoId, auth: Auth) -> Result<bool, ApiError> {
        let resp = send(self.request_as(Method::HEAD, &format!("/photos/{id}"), auth)).await?;
        match resp.status() {
            StatusCode::OK => Ok(true),
            StatusCode::NOT_FOUND => Ok(false),
            _ => Err(error_of(resp).await),
        }
    }

    /// Uploads a photo's JPEG bytes; 201 stored and 200 already had it both succeed.
    pub async fn put_photo(&self, id: &PhotoId, jpeg: Vec<u8>) -> Result<PhotoReceipt, ApiError> {
        self.put_photo_as(id, jpeg, Auth::SignedIn).await
    }

    /// Uploads a photo with or without the token.
    pub async fn put_photo_as(&self, id: &PhotoId, jpeg: Vec<u8>, auth: Auth) -> Result<PhotoReceipt, ApiError> {
        let req =
            self.request_as(Method::PUT, &format!("/photos/{id}"), auth).header(CONTENT_TYPE, "image/jpeg").body(jpeg);
        json_of(send(req).await?).await
    }

    /// Uploads an evaluation's JSON body as it is; the same body may be sent
    /// again safely. Citizen ratings go `Anonymous`; a kiosk key, when set,
    /// goes with every evaluation. The device's clock goes along, so the
    /// server can correct the visit's times if the clock is off.
    pub async fn put_evaluation(&self, id: EvaluationId, body: String, auth: Auth) -> Result<Receipt, ApiError> {
        let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let mut req = self
            .request_as(Method::PUT, &format!("/evaluations/{id}"), auth)
            .header(CONTENT_TYPE, "application/json")
            .header(ms_core::proof::DEVICE_TIME_HEADER, now)
            .body(body);
        if let Some(key) = self.kiosk_key().and_then(|k| HeaderValue::from_str(&k).ok()) {
            req = req.header(KIOSK_KEY_HEADER, key);
        }
        json_of(send(req).await?).await
    }

    /// A page of the reviewers' inbox: its filters, sort and cursor in `query`.
    pub async fn evaluations(&self, query: &InboxQuery) -> Result<EvaluationPage, ApiError> {
        let req = self.request(Method::GET, "/evaluations").query(query);
        json_of(send(req).await?).await
    }

    /// One evaluation as a reviewer sees it: every revision and its history.
    pub async fn evaluation(&self, id: EvaluationId) -> Result<EvaluationDetail, ApiError> {
        json_of(send(self.request(Method::GET, &format!("/evaluations/{id}"))).await?).await
    }

    /// An earlier revision of an evaluation, to compare with the latest.
    pub async fn evaluation_revision(&self, id: EvaluationId, revision: u32) -> Result<EvaluationDetail, ApiError> {
        json_of(send(self.request(Method::GET, &format!("/evaluations/{id}?revision={revision}"))).await?).await
    }

    /// A reviewer's decision; the evaluation as it then stands.
    pub async fn review(&self, id: EvaluationId, decision: &ReviewDecision) -> Result<EvaluationSummary, ApiError> {
        let req = self.request(Method::POST, &format!("/evaluations/{id}/review")).json(decision);
        json_of(send(req).await?).await
    }

    /// Approves many evaluations at once.
    pub async fn approve_many(&self, ids: &[EvaluationId]) -> Result<BulkApprovalResult, ApiError> {
        let req = self.request(Method::POST, "/evaluations/review").json(&BulkApproval { ids: ids.to_vec() });
        json_of(send(req).await?).await
    }

    /// The signed-in shopper's own submissions, with the supervisor's latest comment.
    pub async fn my_evaluations(&self) -> Result<Vec<MyEvaluation>, ApiError> {
        json_of(send(self.request(Method::GET, "/my/evaluations")).await?).await
    }

    /// A stored photo's bytes (reviewers).
    pub async fn photo(&self, id: &PhotoId) -> Result<Vec<u8>, ApiError> {
        let resp = send(self.request(Method::GET, &format!("/photos/{id}"))).await?;
        if !resp.status().is_success() {
            return Err(error_of(resp).await);
        }
        Ok(resp.bytes().await.map_err(ApiError::from_reqwest)?.to_vec())
    }

    pub async fn catalogue(&self, etag: Option<&str>) -> Result<Fetched<Catalogue>, ApiError> {
        self.fetch("/catalogue", etag).await
    }

    pub async fn templates(&self, etag: Option<&str>) -> Result<Fetched<Vec<ChecklistTemplate>>, ApiError> {
        self.fetch("/templates", etag).await
    }

    /// Signs in; the caller decides whether to keep the token (`set_token`).
    pub async fn sign_in(&self, credentials: &SignIn) -> Result<Session, ApiError> {
        let req = self.request(Method::POST, "/sessions").json(credentials);
        json_of(send(req).await?).await
    }

    /// Ends the session on the server (`DELETE /sessions/current`). Without a
    /// token there is nothing to end. The token is kept: the caller forgets it
    /// (`set_token(None)`) whatever the answer, so a device offline or refused
    /// is still signed out.
    pub async fn sign_out(&self) -> Result<(), ApiError> {
        match self.token() {
            Some(token) => self.end_session(&token).await,
            None => Ok(()),
        }
    }

    /// Ends the session of `token` on the server, whatever token this client holds
    /// now: the app forgets the token first, then tells the server.
    pub async fn end_session(&self, token: &str) -> Result<(), ApiError> {
        let req = self
            .http
            .request(Method::DELETE, format!("{}/sessions/current", self.base))
            .header(AUTHORIZATION, format!("Bearer {token}"));
        let resp = send(req).await?;
        if resp.status().is_success() {
            Ok(())
        } else {
            Err(error_of(resp).await)
        }
    }

    async fn fetch<T: DeserializeOwned>(&self, path: &str, etag: Option<&str>) -> Result<Fetched<T>, ApiError> {
        let mut req = self.request(Method::GET, path);
        if let Some(etag) = etag.and_then(|e| HeaderValue::from_str(e).ok()) {
            req = req.header(IF_NONE_MATCH, etag);
        }
        let resp = send(req).await?;
        if resp.status() == StatusCode::NOT_MODIFIED {
            return Ok(Fetched::NotModified);
        }
        if !resp.status().is_success() {
            return Err(error_of(resp).await);
        }
        let etag = etag_of(resp.headers());
        let body = resp.text().await.map_err(ApiError::from_reqwest)?;
        Fetched::fresh(path, etag, body)
    }
}

impl<T: DeserializeOwned> Fetched<T> {
    /// A successful answer's body, read as `T` (`path` names it in the error).
    pub(crate) fn fresh(path: &str, etag: Option<String>, body: String) -> Result<Self, ApiError> {
        let value = serde_json::from_str(&body).map_err(|e| ApiError::BadResponse(format!("{path}: {e}")))?;
        Ok(Fetched::Fresh { etag, body, value })
    }
}

fn etag_of(headers: &HeaderMap) -> Option<String> {
    headers.get(ETAG).and_then(|v| v.to_str().ok()).map(str::to_owned)
}

/// An id as one segment of a path: anything but letters, digits, `-` and `_` escaped.
pub(crate) fn path_segment(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' || b == b'_' {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

async fn send(req: RequestBuilder) -> Result<Response, ApiError> {
    req.send().await.map_err(ApiError::from_reqwest)
}

async fn error_of(resp: Response) -> ApiError {
    let status = resp.status().as_u16();
    let retry_after = resp.headers().get(RETRY_AFTER).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let body = resp.text().await.unwrap_or_default();
    ApiError::from_answer(status, &body).with_retry_after(retry_after.as_deref())
}

async fn json_of<T: DeserializeOwned>(resp: Response) -> Result<T, ApiError> {
    if !resp.status().is_success() {
        return Err(error_of(resp).await);
    }
    let body = resp.text().await.map_err(ApiError::from_reqwest)?;
    serde_json::from_str(&body).map_err(|e| ApiError::BadResponse(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::{ApiClient, Method};

    /// Native builds keep international domain names (crates/idna-adapter):
    /// a server address typed in Arabic reaches its `xn--` host.
    #[test]
    fn a_server_address_in_arabic_becomes_its_ascii_form() {
        let client = ApiClient::new("https://مثال.امارات").expect("client");
        let request = client.request(Method::GET, "/health").build().expect("request");
        assert_eq!(request.url().host_str(), Some("xn--mgbh0fb.xn--mgbaam7a8h"));
    }

    /// The query the inbox sends, as the server has always read it.
    #[test]
    fn the_inbox_query_is_written_with_the_parameters_the_server_reads() {
        use ms_core::proof::VisitFlag;
        use ms_core::wire::{InboxQuery, Order, SortField};
        use ms_core::{ReviewStatus, Role};
        let client = ApiClient::new("http://127.0.0.1:9").expect("client");
        let query = InboxQuery {
            status: Some(ReviewStatus::HasIssues),
            role: Some(Role::Shopper),
            from: chrono::NaiveDate::from_ymd_opt(2026, 1, 31),
            employee: Some("Desk 4 & co".into()),
            flag: Some(VisitFlag::OutsideGeofence),
            sort: Some(SortField::Score),
            order: Some(Order::Asc),
            limit: Some(50),
            cursor: Some("0a1b".into()),
            ..InboxQuery::default()
        };
        let request = client.request(Method::GET, "/evaluations").query(&query).build().expect("request");
        assert_eq!(
            request.url().query(),
            Some(
                "status=has_issues&role=shopper&from=2026-01-31&employee=Desk+4+%26+co&flag=outside_geofence\
                 &sort=score&order=asc&limit=50&cursor=0a1b"
            )
        );
        let request = client.request(Method::GET, "/evaluations").query(&InboxQuery::default()).build();
        assert_eq!(request.expect("request").url().query(), None, "nothing chosen, nothing sent");
    }
}
