//! Programme planning, as supervisors and admins use it: waves of planned
//! visits (created, edited while a draft, published, filled, closed or
//! cancelled), their assignments (listed, given to a shopper, released,
//! cancelled), the assignments' CSV export, and the shoppers' standing.

use super::{json_of, send, ApiClient, ApiError, Download, DownloadProgress};
use ms_core::planning::api::{
    AssignRequest, AssignmentPage, AssignmentView, CancelRequest, FillReport, ShopperStanding, WaveDetail, WaveList,
    WavePatch, WaveSummary,
};
use ms_core::planning::{AssignmentId, AssignmentStatus, WaveId, WavePlan, WaveStatus};
use reqwest::Method;
use serde::Serialize;

/// The filters of `GET /assignments`: each left out when `None`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct AssignmentQuery {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wave_id: Option<WaveId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<AssignmentStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub centre_id: Option<String>,
    /// The shopper's username.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shopper: Option<String>,
    /// Where the page starts: the `next_cursor` of the page before.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

/// The path of the assignments' CSV export, of one wave or of all.
fn export_path(wave_id: Option<WaveId>) -> String {
    match wave_id {
        Some(id) => format!("/exports/assignments.csv?wave_id={id}"),
        None => "/exports/assignments.csv".to_owned(),
    }
}

/// An override reason worth sending: what was typed, trimmed, unless nothing was.
fn override_reason(reason: Option<&str>) -> Option<String> {
    reason.map(str::trim).filter(|r| !r.is_empty()).map(str::to_owned)
}

impl ApiClient {
    /// The waves the reader may see, each with its coverage.
    pub async fn waves(&self) -> Result<Vec<WaveSummary>, ApiError> {
        let list: WaveList = json_of(send(self.request(Method::GET, "/waves")).await?).await?;
        Ok(list.items)
    }

    /// Creates a draft wave from its plan.
    pub async fn create_wave(&self, plan: &WavePlan) -> Result<WaveDetail, ApiError> {
        json_of(send(self.request(Method::POST, "/waves").json(plan)).await?).await
    }

    /// A wave with its plan and its coverage per centre.
    pub async fn wave(&self, id: WaveId) -> Result<WaveDetail, ApiError> {
        json_of(send(self.request(Method::GET, &format!("/waves/{id}"))).await?).await
    }

    /// A new plan for a draft, or a move (`closed`, `cancelled`).
    pub async fn patch_wave(&self, id: WaveId, patch: &WavePatch) -> Result<WaveDetail, ApiError> {
        json_of(send(self.request(Method::PATCH, &format!("/waves/{id}")).json(patch)).await?).await
    }

    /// Replaces a draft's plan.
    pub async fn edit_wave(&self, id: WaveId, plan: &WavePlan) -> Result<WaveDetail, ApiError> {
        self.patch_wave(id, &WavePatch { plan: Some(plan.clone()), status: None }).await
    }

    /// Moves a wave to `status` (closes or cancels it).
    pub async fn move_wave(&self, id: WaveId, status: WaveStatus) -> Result<WaveDetail, ApiError> {
        self.patch_wave(id, &WavePatch { plan: None, status: Some(status) }).await
    }

    /// Publishes a draft: its planned visits become open assignments.
    pub async fn publish_wave(&self, id: WaveId) -> Result<WaveDetail, ApiError> {
        json_of(send(self.request(Method::POST, &format!("/waves/{id}/publish"))).await?).await
    }

    /// Gives the wave's open assignments to shoppers the rules allow; what it
    /// gave, and why each one left open was.
    pub async fn fill_wave(&self, id: WaveId) -> Result<FillReport, ApiError> {
        json_of(send(self.request(Method::POST, &format!("/waves/{id}/fill"))).await?).await
    }

    /// A page of assignments, newest first, with the filters of `query`.
    pub async fn assignments(&self, query: &AssignmentQuery) -> Result<AssignmentPage, ApiError> {
        json_of(send(self.request(Method::GET, "/assignments").query(query)).await?).await
    }

    /// One assignment with its activity log.
    pub async fn assignment(&self, id: AssignmentId) -> Result<AssignmentView, ApiError> {
        json_of(send(self.request(Method::GET, &format!("/assignments/{id}"))).await?).await
    }

    /// Gives an open assignment to `shopper`. A rule that refuses answers 409
    /// with the rule's code (`lockout`, `daily_cap`, …) unless an override
    /// reason is given; a blank reason counts as none.
    pub async fn assign(
        &self,
        id: AssignmentId,
        shopper: &str,
        override_with: Option<&str>,
    ) -> Result<AssignmentView, ApiError> {
        let body = AssignRequest { shopper: shopper.to_owned(), override_reason: override_reason(override_with) };
        json_of(send(self.request(Method::POST, &format!("/assignments/{id}/assign")).json(&body)).await?).await
    }

    /// Takes an assignment back from its shopper: it is open again.
    pub async fn release(&self, id: AssignmentId) -> Result<AssignmentView, ApiError> {
        json_of(send(self.request(Method::POST, &format!("/assignments/{id}/release"))).await?).await
    }

    /// Cancels an assignment, saying why.
    pub async fn cancel_assignment(&self, id: AssignmentId, reason: &str) -> Result<AssignmentView, ApiError> {
        let body = CancelRequest { reason: reason.trim().to_owned() };
        json_of(send(self.request(Method::POST, &format!("/assignments/{id}/cancel")).json(&body)).await?).await
    }

    /// Downloads the assignments as CSV (of one wave, or of every wave the
    /// reader sees), telling `progress` as the bytes arrive.
    pub async fn assignments_csv(
        &self,
        wave_id: Option<WaveId>,
        progress: impl FnMut(DownloadProgress),
    ) -> Result<Download, ApiError> {
        self.download(&export_path(wave_id), progress).await
    }

    /// Every shopper with their grade, visits, missed visits, held visits and lockouts.
    pub async fn shoppers(&self) -> Result<Vec<ShopperStanding>, ApiError> {
        json_of(send(self.request(Method::GET, "/shoppers")).await?).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client() -> ApiClient {
        ApiClient::new("http://127.0.0.1:9").expect("client")
    }

    #[test]
    fn the_assignments_query_sends_only_the_filters_chosen() {
        let wave = WaveId(uuid::Uuid::from_u128(1));
        let query = AssignmentQuery {
            wave_id: Some(wave),
            status: Some(AssignmentStatus::InProgress),
            centre_id: Some("cd-deira".into()),
            shopper: Some("sam & co".into()),
            cursor: Some("c1".into()),
            limit: Some(100),
        };
        let request = client().request(Method::GET, "/assignments").query(&query).build().expect("request");
        assert_eq!(request.url().path(), "/api/v1/assignments");
        assert_eq!(
            request.url().query(),
            Some(
                "wave_id=00000000-0000-0000-0000-000000000001&status=in_progress&centre_id=cd-deira\
                 &shopper=sam+%26+co&cursor=c1&limit=100"
            )
        );
        let open = AssignmentQuery { status: Some(AssignmentStatus::Open), ..AssignmentQuery::default() };
        let request = client().request(Method::GET, "/assignments").query(&open).build().expect("request");
        assert_eq!(request.url().query(), Some("status=open"));
        let request =
            client().request(Method::GET, "/assignments").query(&AssignmentQuery::default()).build().expect("request");
        assert_eq!(request.url().query(), None, "nothing chosen, nothing sent");
    }

    #[test]
    fn the_export_names_its_wave_only_when_there_is_one() {
        let wave = WaveId(uuid::Uuid::from_u128(2));
        assert_eq!(export_path(Some(wave)), "/exports/assignments.csv?wave_id=00000000-0000-0000-0000-000000000002");
        assert_eq!(export_path(None), "/exports/assignments.csv");
    }

    #[test]
    fn a_blank_override_reason_is_no_reason() {
        assert_eq!(override_reason(None), None);
        assert_eq!(override_reason(Some("  \n ")), None);
        assert_eq!(
            override_reason(Some("  the only shopper who speaks Urdu ")).as_deref(),
            Some("the only shopper who speaks Urdu")
        );
        let body = AssignRequest { shopper: "shopper".into(), override_reason: override_reason(Some(" ")) };
        assert_eq!(serde_json::to_value(&body).expect("json"), serde_json::json!({"shopper": "shopper"}));
    }

    #[test]
    fn a_wave_move_is_sent_as_a_patch_with_its_status_alone() {
        let patch = WavePatch { plan: None, status: Some(WaveStatus::Cancelled) };
        assert_eq!(serde_json::to_value(&patch).expect("json"), serde_json::json!({"status": "cancelled"}));
    }
}
