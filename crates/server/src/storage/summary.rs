//! An evaluation's summary from the columns either backend keeps beside its body.

use super::{NewEvaluation, StorageError};
use chrono::{DateTime, SubsecRound, Utc};
use ms_core::proof::{self, ProofFacts};
use ms_core::wire::EvaluationSummary;
use ms_core::{EvaluationId, ReviewStatus, Role, TemplateRef};

/// The columns a summary is read from, in [`SummaryRow`]'s order; the same
/// in both backends.
pub(crate) const SUMMARY_COLUMNS: &str =
    "e.id, e.revision, e.template_id, e.template_version, e.centre_id, e.role, e.locale,
    e.status, e.score_percent, e.received_at, u.username, c.entity_id, e.visit_at, e.photo_count, e.inside_geofence,
    e.duplicate_photos, e.clock_offset_s, e.counter";

/// The tables a summary is read from: the evaluation, its submitter, its centre.
pub(crate) const SUMMARY_FROM: &str =
    "evaluations e LEFT JOIN users u ON u.id = e.submitted_by LEFT JOIN centres c ON c.id = e.centre_id";

/// How many columns [`SUMMARY_COLUMNS`] has: what a query selects after them starts here.
pub(crate) const SUMMARY_WIDTH: usize = 18;

/// A summary's columns as read, before they are checked.
pub(crate) struct SummaryRow {
    pub id: EvaluationId,
    pub revision: u32,
    pub template_id: String,
    pub template_version: u32,
    pub centre_id: String,
    pub role: String,
    pub locale: String,
    pub status: String,
    pub score_percent: Option<f64>,
    pub received_at: DateTime<Utc>,
    /// The submitter's username.
    pub submitted_by: Option<String>,
    /// The centre's entity; None when the centre is gone.
    pub entity_id: Option<String>,
    pub visit_at: Option<DateTime<Utc>>,
    pub photo_count: u32,
    pub inside_geofence: Option<bool>,
    pub duplicate_photos: bool,
    pub clock_offset_s: Option<i64>,
    pub counter: Option<String>,
}

pub(crate) fn parse_role(s: &str) -> Result<Role, StorageError> {
    Role::parse(s).ok_or_else(|| StorageError::Corrupt(format!("role '{s}'")))
}

pub(crate) fn parse_status(s: &str) -> Result<ReviewStatus, StorageError> {
    ReviewStatus::parse(s).ok_or_else(|| StorageError::Corrupt(format!("review status '{s}'")))
}

pub(crate) fn summary(raw: SummaryRow) -> Result<EvaluationSummary, StorageError> {
    let role = parse_role(&raw.role)?;
    let facts = ProofFacts {
        inside_geofence: raw.inside_geofence,
        duplicate_photos: raw.duplicate_photos,
        clock_offset_s: raw.clock_offset_s,
    };
    Ok(EvaluationSummary {
        id: raw.id,
        revision: raw.revision,
        template: TemplateRef { id: raw.template_id, version: raw.template_version },
        entity_id: raw.entity_id.ok_or_else(|| StorageError::Corrupt(format!("centre {} is gone", raw.centre_id)))?,
        centre_id: raw.centre_id,
        role,
        locale: raw.locale,
        status: parse_status(&raw.status)?,
        score_percent: raw.score_percent,
        visit_at: raw.visit_at.unwrap_or(raw.received_at),
        received_at: raw.received_at,
        submitted_by: raw.submitted_by,
        photo_count: raw.photo_count,
        inside_geofence: raw.inside_geofence,
        flags: proof::flags(role, facts),
        clock_offset_s: raw.clock_offset_s,
        counter: raw.counter,
    })
}

/// The summary of an evaluation just stored, from what was stored: the
/// same as reading it back, without the read.
pub(crate) fn of_new(new: &NewEvaluation, entity_id: String, duplicate_photos: bool) -> EvaluationSummary {
    let ev = &new.evaluation;
    let inside_geofence = ev.check_in.as_ref().and_then(|c| c.inside_geofence);
    let facts = ProofFacts { inside_geofence, duplicate_photos, clock_offset_s: new.clock_offset_s };
    EvaluationSummary {
        id: ev.id,
        revision: ev.revision,
        template: ev.template.clone(),
        entity_id,
        centre_id: ev.centre_id.clone(),
        role: ev.role,
        locale: ev.locale.clone(),
        status: ReviewStatus::Received,
        score_percent: new.score_percent,
        visit_at: ev.visit_started_at.unwrap_or(new.received_at).trunc_subsecs(6),
        received_at: new.received_at,
        submitted_by: new.submitter.clone(),
        photo_count: ev.photo_ids().len() as u32,
        inside_geofence,
        flags: proof::flags(ev.role, facts),
        clock_offset_s: new.clock_offset_s,
        counter: ev.counter.clone(),
    }
}
