//! Planning's SQL, once for both backends (`$N` placeholders), and the
//! statements that store a wave, an assignment and a move with its log entry.

use super::{PlanningSteps, StoredWave};
use crate::storage::filter::Arg;
use crate::storage::{json, StorageError};
use chrono::{DateTime, NaiveDate, Utc};
use ms_core::planning::{Actor, Assignment, Change};

pub(crate) const WAVE_COLUMNS: &str =
    "w.id, w.name, w.from_day, w.to_day, w.template_id, w.plan, w.status, w.entity_ids, w.created_by, w.created_at, w.updated_at";

pub(crate) const ASSIGNMENT_COLUMNS: &str =
    "a.id, a.wave_id, a.centre_id, a.entity_id, a.service_id, a.scenario, a.days, a.hours, \
     a.earliest, a.due, a.status, a.shopper, a.evaluation_id";

pub(crate) const LOG_COLUMNS: &str =
    "l.assignment_id, l.at, l.by_role, l.by_id, l.from_status, l.to_status, l.shopper, l.reason, l.overridden";

/// A shopper's visit made: the latest revision of each of their evaluations.
pub(crate) const VISIT_COLUMNS: &str =
    "e.submitted_by, e.centre_id, c.entity_id, COALESCE(e.visit_at, e.received_at), e.assignment_id";

pub(crate) const GRADED_COLUMNS: &str = "e.submitted_by, e.id, COALESCE(e.visit_at, e.received_at), e.grade";

pub(crate) const ACCOUNT_COLUMNS: &str = "u.id, u.username, u.display_name, u.role";

/// Every wave, newest first.
pub(crate) fn all_waves() -> String {
    format!("SELECT {WAVE_COLUMNS} FROM waves w ORDER BY w.created_at DESC, w.id")
}

pub(crate) fn wave_by_id() -> String {
    format!("SELECT {WAVE_COLUMNS} FROM waves w WHERE w.id = $1")
}

pub(crate) fn assignments_where(clause: &str) -> String {
    format!("SELECT {ASSIGNMENT_COLUMNS} FROM assignments a WHERE {clause} ORDER BY a.due, a.id")
}

/// The made visits of shoppers within a period (or all of them from `$1`).
pub(crate) fn made_visits(one_shopper: bool) -> String {
    let who = if one_shopper { " AND e.submitted_by = $3" } else { "" };
    format!(
        "SELECT {VISIT_COLUMNS} FROM evaluations e JOIN centres c ON c.id = e.centre_id
         WHERE e.is_latest AND e.role = 'shopper' AND e.submitted_by IS NOT NULL
           AND COALESCE(e.visit_at, e.received_at) >= $1 AND COALESCE(e.visit_at, e.received_at) < $2{who}"
    )
}

/// The grades of shoppers' approved evaluations.
pub(crate) fn graded() -> String {
    format!(
        "SELECT {GRADED_COLUMNS} FROM evaluations e
         WHERE e.is_latest AND e.role = 'shopper' AND e.status = 'approved'
           AND e.grade IS NOT NULL AND e.submitted_by IS NOT NULL"
    )
}

pub(crate) fn accounts(role: Option<&str>) -> String {
    match role {
        Some(_) => format!("SELECT {ACCOUNT_COLUMNS} FROM users u WHERE u.role = $1 ORDER BY u.username"),
        None => format!("SELECT {ACCOUNT_COLUMNS} FROM users u ORDER BY u.username"),
    }
}

pub(crate) fn log_of_assignment() -> String {
    format!("SELECT {LOG_COLUMNS} FROM assignment_log l WHERE l.assignment_id = $1 ORDER BY l.id")
}

/// Every expiry of an assignment someone held: their missed visits.
pub(crate) fn expiries() -> String {
    format!(
        "SELECT {LOG_COLUMNS} FROM assignment_log l
         WHERE l.to_status = 'expired' AND l.from_status = 'assigned' AND l.shopper IS NOT NULL ORDER BY l.id"
    )
}

/// Visits made per shopper, over all time.
pub(crate) const VISITS_MADE: &str = "SELECT e.submitted_by, COUNT(*) FROM evaluations e
     WHERE e.is_latest AND e.role = 'shopper' AND e.submitted_by IS NOT NULL GROUP BY e.submitted_by";

fn date(d: NaiveDate) -> Arg {
    Arg::Date(d)
}

pub(crate) async fn insert_wave(steps: &mut impl PlanningSteps, w: &StoredWave) -> Result<(), StorageError> {
    steps
        .execute(
            "INSERT INTO waves (id, name, from_day, to_day, template_id, plan, status, entity_ids, created_by, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
            vec![
                Arg::Uuid(w.id.0),
                Arg::Text(w.plan.name.trim().to_owned()),
                date(w.plan.from),
                date(w.plan.to),
                Arg::Text(w.plan.template_id.clone()),
                Arg::Text(json(&w.plan)?),
                Arg::Text(w.status.as_str().into()),
                Arg::Text(json(&w.entity_ids)?),
                Arg::MaybeInteger(w.created_by),
                Arg::Time(w.created_at),
                Arg::Time(w.updated_at),
            ],
        )
        .await?;
    Ok(())
}

pub(crate) async fn update_wave(steps: &mut impl PlanningSteps, w: &StoredWave) -> Result<(), StorageError> {
    steps
        .execute(
            "UPDATE waves SET name = $2, from_day = $3, to_day = $4, template_id = $5, plan = $6, status = $7,
                 entity_ids = $8, updated_at = $9 WHERE id = $1",
            vec![
                Arg::Uuid(w.id.0),
                Arg::Text(w.plan.name.trim().to_owned()),
                date(w.plan.from),
                date(w.plan.to),
                Arg::Text(w.plan.template_id.clone()),
                Arg::Text(json(&w.plan)?),
                Arg::Text(w.status.as_str().into()),
                Arg::Text(json(&w.entity_ids)?),
                Arg::Time(w.updated_at),
            ],
        )
        .await?;
    Ok(())
}

pub(crate) async fn insert_assignment(
    steps: &mut impl PlanningSteps,
    a: &Assignment,
    at: DateTime<Utc>,
) -> Result<(), StorageError> {
    steps
        .execute(
            "INSERT INTO assignments (id, wave_id, centre_id, entity_id, service_id, scenario, days, hours, earliest, due,
                 status, shopper, evaluation_id, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
            vec![
                Arg::Uuid(a.id.0),
                Arg::Uuid(a.wave_id.0),
                Arg::Text(a.centre_id.clone()),
                Arg::Text(a.entity_id.clone()),
                Arg::MaybeText(a.service_id.clone()),
                Arg::Text(a.scenario.clone()),
                Arg::Text(json(&a.days)?),
                Arg::MaybeText(a.hours.map(|h| h.to_string())),
                date(a.window.earliest()),
                date(a.window.due()),
                Arg::Text(a.status.as_str().into()),
                Arg::MaybeInteger(a.shopper.map(|s| s.0)),
                Arg::MaybeUuid(a.evaluation_id.map(|e| e.0)),
                Arg::Time(at),
            ],
        )
        .await?;
    Ok(())
}

/// Stores a move: the assignment, only if it is still where the move found
/// it (otherwise another move got there first, and the whole transaction is
/// run again), and its log entry.
pub(crate) async fn save(steps: &mut impl PlanningSteps, change: &Change) -> Result<(), StorageError> {
    let (a, e) = (&change.assignment, &change.entry);
    let changed = steps
        .execute(
            "UPDATE assignments SET status = $2, shopper = $3, evaluation_id = $4, earliest = $5, due = $6, updated_at = $7
             WHERE id = $1 AND status = $8",
            vec![
                Arg::Uuid(a.id.0),
                Arg::Text(a.status.as_str().into()),
                Arg::MaybeInteger(a.shopper.map(|s| s.0)),
                Arg::MaybeUuid(a.evaluation_id.map(|e| e.0)),
                date(a.window.earliest()),
                date(a.window.due()),
                Arg::Time(e.at),
                Arg::Text(e.from.as_str().into()),
            ],
        )
        .await?;
    if changed != 1 {
        return Err(StorageError::Contended { what: format!("assignment {} moved meanwhile", a.id), cause: None });
    }
    let (role, by) = match e.by {
        Actor::Shopper(id) => ("shopper", Some(id.0)),
        Actor::Supervisor(id) => ("supervisor", Some(id.0)),
        Actor::System => ("system", None),
    };
    steps
        .execute(
            "INSERT INTO assignment_log (assignment_id, at, by_role, by_id, from_status, to_status, shopper, reason, overridden)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            vec![
                Arg::Uuid(e.assignment_id.0),
                Arg::Time(e.at),
                Arg::Text(role.into()),
                Arg::MaybeInteger(by),
                Arg::Text(e.from.as_str().into()),
                Arg::Text(e.to.as_str().into()),
                Arg::MaybeInteger(e.shopper.map(|s| s.0)),
                Arg::MaybeText(e.reason.clone()),
                Arg::Text(json(&e.overridden)?),
            ],
        )
        .await?;
    Ok(())
}

/// Marks every revision of an evaluation as made for an assignment.
pub(crate) async fn link(
    steps: &mut impl PlanningSteps,
    evaluation: ms_core::EvaluationId,
    assignment: ms_core::planning::AssignmentId,
) -> Result<(), StorageError> {
    steps
        .execute(
            "UPDATE evaluations SET assignment_id = $2 WHERE id = $1",
            vec![Arg::Id(evaluation), Arg::Uuid(assignment.0)],
        )
        .await?;
    Ok(())
}

/// Records an administrative act in the audit log, in the act's transaction.
pub(crate) async fn audit(
    steps: &mut impl PlanningSteps,
    e: &crate::storage::NewAuditEntry,
) -> Result<(), StorageError> {
    let value = |v: &Option<serde_json::Value>| Arg::MaybeText(v.as_ref().map(serde_json::Value::to_string));
    steps
        .execute(
            "INSERT INTO audit_log (at, actor, action, subject, before, after) VALUES ($1, $2, $3, $4, $5, $6)",
            vec![
                Arg::Time(e.at),
                Arg::MaybeInteger(e.actor),
                Arg::Text(e.action.as_str().into()),
                Arg::Text(e.subject.clone()),
                value(&e.before),
                value(&e.after),
            ],
        )
        .await?;
    Ok(())
}
