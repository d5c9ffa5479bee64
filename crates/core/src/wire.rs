//! Bodies of the HTTP API (docs/architecture.md §3) that both the device and the server speak.

use crate::error_code::ErrorCode;
use crate::evaluation::{Evaluation, Role};
use crate::review::ReviewStatus;
use crate::scoring::EvaluationScore;
use crate::template::TemplateRef;
use crate::EvaluationId;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub const API_BASE: &str = "/api/v1";

/// Every error body: `{"error": {"code": "...", "message": "...", "field": "..."}}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorDetail {
    pub code: String,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum UserRole {
    Shopper,
    /// Reviews the evaluations of the centres of their entities.
    Supervisor,
    /// Sees every entity and manages accounts.
    Admin,
    /// Runs one or more centres: fixes what visits found there (their
    /// improvement actions) and reads their figures.
    CentreManager,
}

impl UserRole {
    pub const ALL: [UserRole; 4] = [UserRole::Shopper, UserRole::Supervisor, UserRole::CentreManager, UserRole::Admin];

    pub fn as_str(self) -> &'static str {
        match self {
            UserRole::Shopper => "shopper",
            UserRole::Supervisor => "supervisor",
            UserRole::Admin => "admin",
            UserRole::CentreManager => "centre_manager",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Whether the account reviews evaluations (supervisors, within their entities; admins, all).
    pub fn reviews(self) -> bool {
        matches!(self, UserRole::Supervisor | UserRole::Admin)
    }

    /// Whether the account sets how figures become stars (the rating configuration).
    pub fn configures_ratings(self) -> bool {
        self == UserRole::Admin
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignIn {
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 100))]
    pub username: String,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 1000))]
    pub password: String,
}

impl SignIn {
    pub const MAX_USERNAME_CHARS: usize = 100;
    pub const MAX_PASSWORD_CHARS: usize = 1000;

    /// Both given and of sane length.
    pub fn check(&self) -> Result<(), crate::ValidationError> {
        for (field, value, max) in [
            ("username", &self.username, Self::MAX_USERNAME_CHARS),
            ("password", &self.password, Self::MAX_PASSWORD_CHARS),
        ] {
            let n = value.trim().chars().count();
            if n == 0 {
                return Err(crate::ValidationError::new(
                    ErrorCode::InvalidValue,
                    field,
                    format!("the {field} is empty"),
                ));
            }
            if value.chars().count() > max {
                return Err(crate::ValidationError::new(
                    ErrorCode::TooLong,
                    field,
                    format!("at most {max} characters"),
                ));
            }
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Session {
    pub token: String,
    pub username: String,
    pub display_name: String,
    pub role: UserRole,
    pub expires_at: DateTime<Utc>,
    /// The entities a supervisor reviews; empty for shoppers and for admins, who see all.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entity_ids: Vec<String>,
    /// The centres a centre manager runs; empty for every other role.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub centre_ids: Vec<String>,
    /// Signed in with a temporary password: `POST /me/password` first; every
    /// other request is refused until then.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub must_change_password: bool,
}

/// What the server answers to an accepted evaluation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Receipt {
    pub id: EvaluationId,
    pub revision: u32,
    pub status: ReviewStatus,
    pub score_percent: Option<f64>,
    pub received_at: DateTime<Utc>,
    /// For an evaluation made for an assignment: whether it was linked to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignment: Option<crate::planning::api::AssignmentLink>,
}

/// What the server answers to a stored photo.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PhotoReceipt {
    pub sha256: String,
    pub bytes: u64,
    pub width: u32,
    pub height: u32,
}

/// One line of the supervisors' list of evaluations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EvaluationSummary {
    pub id: EvaluationId,
    pub revision: u32,
    pub template: TemplateRef,
    pub centre_id: String,
    /// The entity the centre belongs to.
    pub entity_id: String,
    pub role: Role,
    pub locale: String,
    pub status: ReviewStatus,
    pub score_percent: Option<f64>,
    pub received_at: DateTime<Utc>,
    /// When the visit began; when it was received, for a rating without a visit time.
    pub visit_at: DateTime<Utc>,
    pub submitted_by: Option<String>,
    /// Photos attached anywhere in the evaluation.
    pub photo_count: u32,
    /// Whether the check-in was inside the centre's geofence, as the server
    /// computed it; None without a located check-in.
    pub inside_geofence: Option<bool>,
    /// What makes a supervisor look twice (`core::proof`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<crate::proof::VisitFlag>,
    /// Server clock minus the device's when it was sent, in seconds, when the device said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clock_offset_s: Option<i64>,
    /// The counter or touchpoint a citizen rated at (the link's `?counter=`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counter: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EvaluationPage {
    pub items: Vec<EvaluationSummary>,
    /// How many evaluations match the filters, over all pages.
    pub total: u64,
    /// Pass as `cursor` for the next page; None on the last one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EvaluationDetail {
    pub summary: EvaluationSummary,
    pub evaluation: Evaluation,
    pub score: EvaluationScore,
    /// Every revision received, oldest first.
    #[serde(default)]
    pub revisions: Vec<u32>,
    /// What happened to the evaluation, oldest first.
    #[serde(default)]
    pub activity: Vec<ActivityEntry>,
    /// How far the check-in was from the centre, in metres (computed by the
    /// server from the centre's coordinates); None without a located check-in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_in_distance_m: Option<f64>,
}

/// What a centre's manager is not told of a visit to their centre: who made
/// it. A mystery shopper's name, device and planned visit stay with the
/// reviewers; the answers, photos, employee and decisions are the centre's.
pub const WITHHELD_DEVICE: &str = "withheld";

impl EvaluationSummary {
    /// This line as a centre's manager reads it.
    pub fn without_shopper(mut self) -> Self {
        self.submitted_by = None;
        self
    }
}

impl EvaluationDetail {
    /// This evaluation as a centre's manager reads it: no name of the one who
    /// made it (in its line or its history), no device, no planned visit, and
    /// only the revision they may read.
    pub fn without_shopper(mut self) -> Self {
        let shopper = self.summary.submitted_by.take();
        for entry in &mut self.activity {
            if entry.by.is_some() && entry.by == shopper {
                entry.by = None;
            }
        }
        self.evaluation.device_id = WITHHELD_DEVICE.to_owned();
        self.evaluation.assignment_id = None;
        self.revisions = vec![self.summary.revision];
        self
    }
}

/// A supervisor's decision on an evaluation (`POST /evaluations/{id}/review`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ReviewDecision {
    /// approved, has_issues, rejected or returned; a return or a rejection needs a comment.
    pub to: ReviewStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 2000))]
    pub comment: Option<String>,
    /// With an approval of a shopper's evaluation: the shopper's grade for it, 1 to 10.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 10))]
    pub grade: Option<i64>,
}

/// A comment on an evaluation that does not change its status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ReviewComment {
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 2000))]
    pub comment: String,
}

/// Approving many evaluations at once (`POST /evaluations/review`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct BulkApproval {
    #[cfg_attr(feature = "openapi", schema(min_items = 1, max_items = 500))]
    pub ids: Vec<EvaluationId>,
}

/// One evaluation a bulk approval left as it was, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotMoved {
    pub id: EvaluationId,
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub code: ErrorCode,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BulkApprovalResult {
    pub approved: Vec<EvaluationId>,
    pub not_moved: Vec<NotMoved>,
}

/// One line of an evaluation's history: a revision received, a decision, or a comment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ActivityEntry {
    pub at: DateTime<Utc>,
    /// The username of who did it; None for a citizen's rating.
    pub by: Option<String>,
    pub revision: u32,
    /// The status before and after a decision; both None for a comment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<ReviewStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<ReviewStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

/// A shopper's own submission, as they follow it (`GET /my/evaluations`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MyEvaluation {
    pub summary: EvaluationSummary,
    /// The supervisor's latest comment, if any (why it was returned, for one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_comment: Option<String>,
}

/// An alert: too many unhappy citizen ratings at a centre in a short window.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Alert {
    pub id: i64,
    pub centre_id: String,
    pub entity_id: String,
    pub raised_at: DateTime<Utc>,
    /// The window the ratings were counted over.
    pub window_minutes: u32,
    /// Ratings in the window when it was raised, and how many of them unhappy.
    pub ratings: u32,
    pub unhappy: u32,
    /// When the window's unhappy share fell back under the threshold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cleared_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acknowledged_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acknowledged_by: Option<String>,
    /// When the webhook took it (none configured: never).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivered_at: Option<DateTime<Utc>>,
    pub delivery_attempts: u32,
}

/// The alerts a reviewer sees, newest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AlertList {
    pub alerts: Vec<Alert>,
}

/// The league table of centres.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct League {
    pub from: chrono::NaiveDate,
    pub to: chrono::NaiveDate,
    pub rows: Vec<crate::stats::LeagueRow>,
}

/// What the reviewers' inbox sorts by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SortField {
    /// When the server received it.
    #[default]
    Received,
    /// When the visit began (when it was received, for a rating without a visit time).
    Visit,
    /// The score; unscored ones count as lowest.
    Score,
}

/// Sort direction.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Order {
    Asc,
    #[default]
    Desc,
}

/// The query of the reviewers' inbox (`GET /evaluations`) and of the exports:
/// filters, sort and page. The device writes it and the server reads it, so
/// both spell each parameter the same way; an absent one is left out.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
#[serde(deny_unknown_fields)]
pub struct InboxQuery {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ReviewStatus>,
    /// Only the centres of this entity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub centre_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    /// Visits on or after this day (UTC; the received day for a rating without a visit time).
    #[cfg_attr(feature = "openapi", param(value_type = Option<String>, format = Date))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<chrono::NaiveDate>,
    /// Visits on or before this day.
    #[cfg_attr(feature = "openapi", param(value_type = Option<String>, format = Date))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<chrono::NaiveDate>,
    #[cfg_attr(feature = "openapi", param(minimum = 0, maximum = 100))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_score: Option<f64>,
    #[cfg_attr(feature = "openapi", param(minimum = 0, maximum = 100))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_score: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_photos: Option<bool>,
    /// Checked in outside the centre's geofence (true) or inside it (false).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outside_geofence: Option<bool>,
    /// Part of the employee's name or desk number, in any case.
    #[cfg_attr(feature = "openapi", param(max_length = 120))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employee: Option<String>,
    /// Only evaluations carrying this proof-of-visit flag.
    #[cfg_attr(feature = "openapi", param(inline))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flag: Option<crate::proof::VisitFlag>,
    /// received (default), visit or score.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sort: Option<SortField>,
    /// desc (default) or asc.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<Order>,
    /// At most 500; 50 by default.
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 500))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// The `next_cursor` of the previous page, with the same sort and order.
    #[cfg_attr(feature = "openapi", param(max_length = 2000, pattern = "^[0-9a-f]*$"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
}

/// The query of the performance figures (`GET /centres/{id}/stats`,
/// `/stats/overview`, `/stats/league`): the period, and the entity.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
#[serde(deny_unknown_fields)]
pub struct StatsQuery {
    /// First visit day (UTC); a year before `to` by default.
    #[cfg_attr(feature = "openapi", param(value_type = Option<String>, format = Date))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<chrono::NaiveDate>,
    /// Last visit day, included; today by default.
    #[cfg_attr(feature = "openapi", param(value_type = Option<String>, format = Date))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<chrono::NaiveDate>,
    /// The trend's steps: weeks for a quarter or less, months beyond, by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub granularity: Option<crate::stats::Granularity>,
    /// Only the centres of this entity (overview and league).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detail() -> EvaluationDetail {
        serde_json::from_value(serde_json::json!({
            "summary": {
                "id": "00000000-0000-4000-8000-000000000001", "revision": 2,
                "template": {"id": "shopper-customer-journey", "version": 2},
                "centre_id": "cd-al-barsha", "entity_id": "dubai", "role": "shopper", "locale": "en",
                "status": "approved", "score_percent": 80.0,
                "received_at": "2027-01-05T10:00:00Z", "visit_at": "2027-01-05T09:00:00Z",
                "submitted_by": "shopper", "photo_count": 0, "inside_geofence": true
            },
            "evaluation": {
                "id": "00000000-0000-4000-8000-000000000001", "revision": 2,
                "template": {"id": "shopper-customer-journey", "version": 2},
                "centre_id": "cd-al-barsha", "role": "shopper", "locale": "en",
                "employee": "Desk 4", "device_id": "phone-of-the-shopper", "app_version": "t",
                "assignment_id": "00000000-0000-4000-8000-000000000009"
            },
            "score": {"percent": 80.0, "stages": []},
            "revisions": [1, 2],
            "activity": [
                {"at": "2027-01-05T10:00:00Z", "by": "shopper", "revision": 1, "to": "received"},
                {"at": "2027-01-05T11:00:00Z", "by": "supervisor", "revision": 1, "from": "received", "to": "returned", "comment": "A photo, please"},
                {"at": "2027-01-05T12:00:00Z", "by": "shopper", "revision": 2, "to": "received"},
                {"at": "2027-01-05T13:00:00Z", "by": "supervisor", "revision": 2, "from": "received", "to": "approved"}
            ]
        }))
        .expect("a detail")
    }

    #[test]
    fn a_manager_reads_a_visit_without_who_made_it() {
        let d = detail().without_shopper();
        assert_eq!(d.summary.submitted_by, None);
        let by: Vec<Option<&str>> = d.activity.iter().map(|a| a.by.as_deref()).collect();
        assert_eq!(by, vec![None, Some("supervisor"), None, Some("supervisor")], "the reviewers stay named");
        assert_eq!(d.evaluation.device_id, WITHHELD_DEVICE);
        assert_eq!(d.evaluation.assignment_id, None);
        assert_eq!(d.revisions, vec![2], "only the approved revision");
        assert_eq!(d.evaluation.employee.as_deref(), Some("Desk 4"), "the centre's own staff stay");
        assert_eq!(d.activity[1].comment.as_deref(), Some("A photo, please"));
        let line = detail().summary.without_shopper();
        assert_eq!(line.submitted_by, None);
        assert_eq!(line.centre_id, "cd-al-barsha");
    }
}
