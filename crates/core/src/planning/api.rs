//! The planning API's bodies, as the server answers them and the app reads
//! them: waves with their coverage, assignments with their log in words a
//! person reads (usernames, not account numbers), the shopper's own list,
//! the scheduler's report and the shoppers' standing.

use super::assignment::{AssignmentStatus, Window};
use super::ids::{AssignmentId, WaveId};
use super::rules::Rule;
use super::wave::{Day, Hours, WavePlan, WaveStatus};
use crate::error_code::ErrorCode;
use crate::EvaluationId;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// How far a wave's visits have come, for one centre or the whole wave.
/// Each figure counts the assignments that reached at least that point (an
/// approved visit was also assigned, started and submitted); cancelled
/// assignments are left out of every figure but their own.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Coverage {
    pub planned: u32,
    pub assigned: u32,
    pub started: u32,
    pub submitted: u32,
    pub approved: u32,
    /// Open and waiting for a shopper.
    pub open: u32,
    /// Expired and not opened again (the wave ended).
    pub expired: u32,
    pub cancelled: u32,
}

impl Coverage {
    /// Counts one assignment in its status.
    pub fn count(&mut self, status: AssignmentStatus) {
        use AssignmentStatus::*;
        if status == Cancelled {
            self.cancelled += 1;
            return;
        }
        self.planned += 1;
        match status {
            Open => self.open += 1,
            Expired => self.expired += 1,
            _ => {}
        }
        if matches!(status, Assigned | InProgress | Submitted | Approved | Returned) {
            self.assigned += 1;
        }
        if matches!(status, InProgress | Submitted | Approved | Returned) {
            self.started += 1;
        }
        if status.made() {
            self.submitted += 1;
        }
        if status == Approved {
            self.approved += 1;
        }
    }

    /// Planned visits nobody holds or made: open or expired.
    pub fn gaps(&self) -> u32 {
        self.open + self.expired
    }
}

/// One centre's line of a wave's coverage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CentreCoverage {
    pub centre_id: String,
    #[serde(flatten)]
    pub coverage: Coverage,
}

/// A wave as the list of waves shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WaveSummary {
    pub id: WaveId,
    pub name: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub template_id: String,
    pub status: WaveStatus,
    /// The entities of its centres.
    pub entity_ids: Vec<String>,
    pub created_by: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The whole wave's progress.
    pub coverage: Coverage,
}

/// A wave with its plan and its coverage per centre (`GET /waves/{id}`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WaveDetail {
    pub summary: WaveSummary,
    pub plan: WavePlan,
    /// One line per centre of the plan, in the plan's order.
    pub centres: Vec<CentreCoverage>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WaveList {
    pub items: Vec<WaveSummary>,
}

/// A change to a wave (`PATCH /waves/{id}`): a new plan for a draft, or a
/// move (`closed`, `cancelled`; `published` as `POST …/publish` does).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct WavePatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<WavePlan>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<WaveStatus>,
}

/// One line of an assignment's activity log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AssignmentLogLine {
    pub at: DateTime<Utc>,
    /// The username of who moved it; None for the server (expiry, a review followed).
    pub by: Option<String>,
    pub from: AssignmentStatus,
    pub to: AssignmentStatus,
    /// The shopper the move concerns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shopper: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The rules a supervisor overrode, with `reason` saying why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub overridden: Vec<Rule>,
}

/// An assignment as the API answers it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AssignmentView {
    pub id: AssignmentId,
    pub wave_id: WaveId,
    pub wave_name: String,
    /// The checklist its visit is made with.
    pub template_id: String,
    pub centre_id: String,
    pub entity_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    pub scenario: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub days: Vec<Day>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, example = "08:00-14:00"))]
    pub hours: Option<Hours>,
    pub earliest: NaiveDate,
    pub due: NaiveDate,
    pub status: AssignmentStatus,
    /// The username of the shopper holding it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shopper: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation_id: Option<EvaluationId>,
    /// Oldest first; left out of lists.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub log: Vec<AssignmentLogLine>,
}

impl AssignmentView {
    pub fn window(&self) -> Option<Window> {
        Window::new(self.earliest, self.due)
    }

    /// Days from `today` to the due date (0 on it, negative past it).
    pub fn days_left(&self, today: NaiveDate) -> i64 {
        (self.due - today).num_days()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AssignmentPage {
    pub items: Vec<AssignmentView>,
    /// Pass as `cursor` for the next page; None on the last one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

/// Giving an assignment to a shopper (`POST /assignments/{id}/assign`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AssignRequest {
    /// The shopper's username.
    pub shopper: String,
    /// Gives it even where a rule refuses, saying why (kept in the log).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 2000))]
    pub override_reason: Option<String>,
}

/// Cancelling an assignment (`POST /assignments/{id}/cancel`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CancelRequest {
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 2000))]
    pub reason: String,
}

/// Why something can't be done, as the API says it elsewhere: a code and a sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Refusal {
    /// A code this build does not know (from a newer server) reads as `conflict`,
    /// so that the answer around it is still read.
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    #[serde(deserialize_with = "lenient_code")]
    pub code: ErrorCode,
    pub message: String,
    /// For a lockout or spacing: the first day it no longer refuses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<NaiveDate>,
}

fn lenient_code<'de, D: serde::Deserializer<'de>>(d: D) -> Result<ErrorCode, D::Error> {
    let text = String::deserialize(d)?;
    Ok(ErrorCode::parse(&text).unwrap_or(ErrorCode::Conflict))
}

/// An open assignment a shopper may or may not claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Available {
    pub assignment: AssignmentView,
    pub claimable: bool,
    /// Why not, when it is not claimable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refusal: Option<Refusal>,
}

/// A shopper's visits (`GET /my/assignments`): their own assignments still
/// to do or under review, and the open ones of published waves.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MyAssignments {
    pub mine: Vec<AssignmentView>,
    pub available: Vec<Available>,
}

/// One assignment the scheduler gave.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FilledLine {
    pub assignment_id: AssignmentId,
    pub centre_id: String,
    pub shopper: String,
}

/// How many shoppers one rule refused for an assignment left open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RuleTally {
    pub rule: Rule,
    pub shoppers: u32,
}

/// One assignment the scheduler could not fill, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UnfilledLine {
    pub assignment_id: AssignmentId,
    pub centre_id: String,
    pub earliest: NaiveDate,
    /// No shopper at all could be asked (none is active).
    pub no_shopper: bool,
    pub refused: Vec<RuleTally>,
}

/// What "fill the wave" did (`POST /waves/{id}/fill`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FillReport {
    pub assigned: Vec<FilledLine>,
    pub unfilled: Vec<UnfilledLine>,
    /// The wave's coverage afterwards.
    pub coverage: Coverage,
}

/// A centre a shopper may not visit again before a day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LockoutLine {
    pub centre_id: String,
    /// Their latest visit there.
    pub visited: NaiveDate,
    /// The first day they may visit it again, under the default lockout.
    pub until: NaiveDate,
}

/// A shopper as supervisors follow them (`GET /shoppers`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ShopperStanding {
    pub username: String,
    pub display_name: String,
    /// The mean of their latest 20 grades; none before the first.
    pub grade: Option<f64>,
    pub graded: u32,
    /// Visits made (submitted evaluations).
    pub visits: u32,
    /// Assignments they held that expired.
    pub missed: u32,
    /// Assignments held and not yet submitted.
    pub held: u32,
    /// Centres under the default 90-day lockout today.
    pub lockouts: Vec<LockoutLine>,
}

/// How an evaluation sent for an assignment was linked to it (in the receipt).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AssignmentLink {
    pub assignment_id: AssignmentId,
    pub linked: bool,
    /// Why it was not: the evaluation is kept, without the link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refusal: Option<Refusal>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coverage_counts_each_assignment_at_every_point_it_reached() {
        let mut c = Coverage::default();
        for s in AssignmentStatus::ALL {
            c.count(s);
        }
        assert_eq!(
            c,
            Coverage {
                planned: 7,
                assigned: 5,
                started: 4,
                submitted: 3,
                approved: 1,
                open: 1,
                expired: 1,
                cancelled: 1
            }
        );
        assert_eq!(c.gaps(), 2);
    }

    #[test]
    fn a_refusal_with_a_code_from_a_newer_server_is_still_read() {
        let r: Refusal = serde_json::from_str(r#"{"code": "from_the_future", "message": "m"}"#).expect("read");
        assert_eq!(r.code, ErrorCode::Conflict);
        let r: Refusal = serde_json::from_str(r#"{"code": "lockout", "message": "m"}"#).expect("read");
        assert_eq!(r.code, ErrorCode::Lockout);
    }
}
