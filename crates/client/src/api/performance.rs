//! Reviewers' figures: a centre's or an entity's report, the league table,
//! alerts, the rating configuration, and exports downloaded with progress.

use super::{error_of, json_of, send, ApiClient, ApiError};
use futures_util::StreamExt;
use ms_core::stats::PerformanceReport;
use ms_core::wire::{Alert, AlertList, League, StatsQuery};
use ms_core::RatingConfig;
use reqwest::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use reqwest::Method;

/// How far a download has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DownloadProgress {
    pub bytes: u64,
    /// Lines received so far (rows, for a CSV file).
    pub lines: u64,
    /// Evaluations the file will hold, when the server says (`X-Export-Rows`).
    pub expected_rows: Option<u64>,
}

/// A downloaded file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Download {
    pub file_name: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

/// The file name a `Content-Disposition: attachment; filename="…"` gives.
fn file_name_of(disposition: &str) -> Option<String> {
    let name = disposition.split("filename=").nth(1)?.trim().trim_matches('"');
    // Only a plain name: never a path.
    let safe = !name.is_empty() && !name.contains(['/', '\\']) && !name.starts_with('.');
    safe.then(|| name.to_owned())
}

impl ApiClient {
    /// A centre's figures over the period `query` gives (and its trend's steps).
    pub async fn centre_stats(&self, centre_id: &str, query: &StatsQuery) -> Result<PerformanceReport, ApiError> {
        let req = self.request(Method::GET, &format!("/centres/{centre_id}/stats")).query(query);
        json_of(send(req).await?).await
    }

    /// Every centre the reader reviews together (of one entity with `entity_id`).
    pub async fn overview(&self, query: &StatsQuery) -> Result<PerformanceReport, ApiError> {
        json_of(send(self.request(Method::GET, "/stats/overview").query(query)).await?).await
    }

    pub async fn league(&self, query: &StatsQuery) -> Result<League, ApiError> {
        json_of(send(self.request(Method::GET, "/stats/league").query(query)).await?).await
    }

    /// Alerts waiting for acknowledgement, newest first.
    pub async fn alerts(&self) -> Result<Vec<Alert>, ApiError> {
        let list: AlertList = json_of(send(self.request(Method::GET, "/alerts")).await?).await?;
        Ok(list.alerts)
    }

    pub async fn acknowledge_alert(&self, id: i64) -> Result<Alert, ApiError> {
        json_of(send(self.request(Method::POST, &format!("/alerts/{id}/ack"))).await?).await
    }

    pub async fn rating_config(&self) -> Result<RatingConfig, ApiError> {
        json_of(send(self.request(Method::GET, "/settings/rating")).await?).await
    }

    /// Admins only.
    pub async fn set_rating_config(&self, config: &RatingConfig) -> Result<RatingConfig, ApiError> {
        json_of(send(self.request(Method::PUT, "/settings/rating").json(config)).await?).await
    }

    /// Downloads an export (`path`, taking its filters in `query`: the
    /// inbox's, or the actions list's), telling `progress` as the bytes arrive.
    pub async fn export(
        &self,
        path: &str,
        query: &impl serde::Serialize,
        progress: impl FnMut(DownloadProgress),
    ) -> Result<Download, ApiError> {
        receive_file(self.request(Method::GET, path).query(query), progress).await
    }

    /// Downloads a file (`path` with its query), telling `progress` as the bytes arrive.
    pub async fn download(&self, path: &str, progress: impl FnMut(DownloadProgress)) -> Result<Download, ApiError> {
        receive_file(self.request(Method::GET, path), progress).await
    }
}

async fn receive_file(
    req: reqwest::RequestBuilder,
    mut progress: impl FnMut(DownloadProgress),
) -> Result<Download, ApiError> {
    // An export of many rows takes longer than an API call may.
    #[cfg(not(target_arch = "wasm32"))]
    let req = req.timeout(std::time::Duration::from_secs(3600));
    let resp = send(req).await?;
    if !resp.status().is_success() {
        return Err(error_of(resp).await);
    }
    let header = |name| resp.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let file_name = header(CONTENT_DISPOSITION).as_deref().and_then(file_name_of).unwrap_or_else(|| "export".into());
    let content_type = header(CONTENT_TYPE).unwrap_or_else(|| "application/octet-stream".into());
    let expected_rows = header(reqwest::header::HeaderName::from_static("x-export-rows")).and_then(|v| v.parse().ok());
    let mut state = DownloadProgress { expected_rows, ..DownloadProgress::default() };
    let mut bytes = Vec::new();
    let mut stream = resp.bytes_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(ApiError::from_reqwest)?;
        state.bytes += chunk.len() as u64;
        state.lines += chunk.iter().filter(|b| **b == b'\n').count() as u64;
        bytes.extend_from_slice(&chunk);
        progress(state);
    }
    Ok(Download { file_name, content_type, bytes })
}

#[cfg(test)]
mod tests {
    use super::file_name_of;

    #[test]
    fn a_file_name_is_taken_only_when_it_is_a_plain_name() {
        assert_eq!(file_name_of("attachment; filename=\"answers-1.csv\"").as_deref(), Some("answers-1.csv"));
        assert_eq!(file_name_of("attachment; filename=\"../etc/passwd\""), None);
        assert_eq!(file_name_of("attachment"), None);
    }
}
