//! Workbooks, as admins use them: a checklist's workbook checked (and
//! published when asked), every published version with who published it,
//! a version downloaded as a workbook, the difference between two versions;
//! the catalogue's workbook checked (and applied when asked) and downloaded.

use super::{error_of, send, ApiClient, ApiError, Download, DownloadProgress};
use chrono::{DateTime, Utc};
use ms_core::authoring::{ProblemLine, TemplateDiff};
use ms_core::wire::ErrorDetail;
use ms_core::{Catalogue, ChecklistTemplate};
use reqwest::header::CONTENT_TYPE;
use reqwest::Method;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// The content type a workbook is sent with.
pub const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// What the server found in a checklist's workbook (`POST /templates/import`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImportReport {
    /// The checklist read, when nothing is an error.
    #[serde(default)]
    pub template: Option<ChecklistTemplate>,
    /// Whether this request published it.
    pub published: bool,
    pub errors: Vec<ProblemLine>,
    pub warnings: Vec<ProblemLine>,
    /// With errors: what they come to.
    #[serde(default)]
    pub error: Option<ErrorDetail>,
}

/// What the server found in a catalogue's workbook (`POST /catalogue/import`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CatalogueImport {
    /// The rows read, to add or update, when nothing is an error.
    #[serde(default)]
    pub changes: Option<Catalogue>,
    /// Whether this request applied them.
    pub applied: bool,
    pub errors: Vec<ProblemLine>,
    pub warnings: Vec<ProblemLine>,
    #[serde(default)]
    pub error: Option<ErrorDetail>,
}

/// One published version of a checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateVersion {
    pub version: u32,
    pub published_at: DateTime<Utc>,
    /// The admin's username; none for the server's own checklists and the command line.
    #[serde(default)]
    pub published_by: Option<String>,
}

/// The path of a checklist's version as a workbook.
pub fn version_workbook_path(id: &str, version: u32) -> String {
    format!("/templates/{}/versions/{version}.xlsx", super::path_segment(id))
}

/// A workbook's answer: the report with its problems (200, and 422 when the
/// workbook has errors), or the refusal (a body that is not a workbook, too
/// large, not signed in: the usual error body).
fn report_of<T: DeserializeOwned>(status: u16, body: &str) -> Result<T, ApiError> {
    if status == 200 || status == 422 {
        if let Ok(report) = serde_json::from_str::<T>(body) {
            return Ok(report);
        }
        if status == 200 {
            return Err(ApiError::BadResponse(format!("the workbook's report could not be read: {body:.200}")));
        }
    }
    Err(ApiError::from_answer(status, body))
}

impl ApiClient {
    async fn send_workbook<T: DeserializeOwned>(&self, path: &str, bytes: Vec<u8>) -> Result<T, ApiError> {
        let req = self.request(Method::POST, path).header(CONTENT_TYPE, XLSX).body(bytes);
        let resp = send(req).await?;
        let status = resp.status().as_u16();
        if status != 200 && status != 422 {
            return Err(error_of(resp).await);
        }
        let body = resp.text().await.map_err(ApiError::from_reqwest)?;
        report_of(status, &body)
    }

    /// Checks a checklist's workbook; publishes it too when `publish` and it has no error.
    pub async fn import_template(&self, workbook: Vec<u8>, publish: bool) -> Result<ImportReport, ApiError> {
        self.send_workbook(&format!("/templates/import?publish={publish}"), workbook).await
    }

    /// Every published version of a checklist, oldest first.
    pub async fn template_versions(&self, id: &str) -> Result<Vec<TemplateVersion>, ApiError> {
        super::json_of(
            send(self.request(Method::GET, &format!("/templates/{}/versions", super::path_segment(id)))).await?,
        )
        .await
    }

    /// A published version as a workbook.
    pub async fn template_workbook(
        &self,
        id: &str,
        version: u32,
        progress: impl FnMut(DownloadProgress),
    ) -> Result<Download, ApiError> {
        self.download(&version_workbook_path(id, version), progress).await
    }

    /// What changed from one published version to another.
    pub async fn template_diff(&self, id: &str, from: u32, to: u32) -> Result<TemplateDiff, ApiError> {
        let req = self
            .request(Method::GET, &format!("/templates/{}/diff", super::path_segment(id)))
            .query(&[("from", from), ("to", to)]);
        super::json_of(send(req).await?).await
    }

    /// Checks a catalogue's workbook; adds and updates its rows too when `apply` and it has no error.
    pub async fn import_catalogue(&self, workbook: Vec<u8>, apply: bool) -> Result<CatalogueImport, ApiError> {
        self.send_workbook(&format!("/catalogue/import?apply={apply}"), workbook).await
    }

    /// The catalogue as a workbook.
    pub async fn catalogue_workbook(&self, progress: impl FnMut(DownloadProgress)) -> Result<Download, ApiError> {
        self.download("/catalogue.xlsx", progress).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TWO_ERRORS: &str = r#"{"published":false,"errors":[
        {"severity":"error","code":"unknown_type","sheet":"survey","row":3,"column":"A","header":"type","cell":"yes_or_no","message":"'yes_or_no' is not a type"},
        {"severity":"error","code":"unknown_item","sheet":"survey","row":8,"column":"X","header":"relevant","cell":"${nowhere} = 'no'","position":0,"message":"there is no item named 'nowhere'"}],
        "warnings":[],"error":{"code":"invalid_workbook","message":"the workbook has 2 errors; nothing was published"}}"#;

    #[test]
    fn a_workbook_with_errors_is_a_report_not_a_failure() {
        let report: ImportReport = report_of(422, TWO_ERRORS).expect("a report");
        assert_eq!(report.template, None);
        assert_eq!(report.errors.len(), 2);
        assert_eq!(report.errors[1].column.as_deref(), Some("X"));
        assert_eq!(report.errors[1].header.as_deref(), Some("relevant"));
        assert_eq!(report.errors[1].position, Some(0));
        assert_eq!(report.error.map(|e| e.code), Some("invalid_workbook".to_owned()));
    }

    #[test]
    fn a_body_that_is_not_a_workbook_is_the_servers_refusal() {
        let body = r#"{"error":{"code":"invalid_workbook","message":"not a zip archive"}}"#;
        let refused = report_of::<ImportReport>(422, body).expect_err("refused");
        assert_eq!(refused.code(), "invalid_workbook");
        assert_eq!(refused.status(), Some(422));
        assert_eq!(refused.to_string(), "not a zip archive");
        let too_large = report_of::<CatalogueImport>(413, r#"{"error":{"code":"too_large","message":"over 10 MB"}}"#);
        assert_eq!(too_large.expect_err("refused").code(), "too_large");
        let garbled = report_of::<ImportReport>(200, "<html>");
        assert!(matches!(garbled, Err(ApiError::BadResponse(_))), "{garbled:?}");
    }

    #[test]
    fn a_catalogue_report_reads_its_rows() {
        let body = r#"{"changes":{"entities":[],"services":[],"centres":[]},"applied":true,"errors":[],"warnings":[]}"#;
        let report: CatalogueImport = report_of(200, body).expect("a report");
        assert!(report.applied);
        assert_eq!(report.changes.map(|c| c.centres.len()), Some(0));
    }

    #[test]
    fn a_version_is_read_with_or_without_who_published_it() {
        let body = r#"[{"version":1,"published_at":"2027-01-05T10:00:00Z"},
            {"version":2,"published_at":"2027-02-01T08:30:00Z","published_by":"admin"}]"#;
        let versions: Vec<TemplateVersion> = serde_json::from_str(body).expect("versions");
        assert_eq!(versions[0].published_by, None);
        assert_eq!(versions[1].published_by.as_deref(), Some("admin"));
    }

    #[test]
    fn an_id_stays_one_segment_of_the_path() {
        assert_eq!(version_workbook_path("branch-visit", 3), "/templates/branch-visit/versions/3.xlsx");
        assert_eq!(version_workbook_path("a/../b", 1), "/templates/a%2F%2E%2E%2Fb/versions/1.xlsx");
        let client = ApiClient::new("http://127.0.0.1:9").expect("client");
        let req = client.request(Method::GET, "/templates/x/diff").query(&[("from", 1u32), ("to", 2u32)]).build();
        assert_eq!(req.expect("request").url().query(), Some("from=1&to=2"));
    }
}
