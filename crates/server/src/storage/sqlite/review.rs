//! Supervisors' decisions and comments (the steps of `storage::review` on
//! SQLite), an evaluation's history, and a shopper's own submissions.

use super::at_once;
use super::evaluations::{raw_summary, summary, summary_of, Steps, SUMMARY_COLUMNS, SUMMARY_FROM, SUMMARY_WIDTH};
use crate::storage::review::{self, Event, Latest, ReviewSteps};
use crate::storage::summary::{parse_role, parse_status};
use crate::storage::{parse_ts, ts, Decision, DecisionOutcome, ReviewScope, Reviewer, StorageError};
use ms_core::wire::{ActivityEntry, BulkApprovalResult, EvaluationSummary, MyEvaluation};
use ms_core::{EvaluationId, ReviewStatus, Role};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};

impl ReviewSteps for Steps<'_> {
    async fn latest_in_scope(&mut self, id: EvaluationId, scope: &ReviewScope) -> Result<Option<Latest>, StorageError> {
        let row: Option<(u32, String, String, String)> = self
            .0
            .prepare_cached(
                "SELECT e.revision, e.status, c.entity_id, e.role FROM evaluations e JOIN centres c ON c.id = e.centre_id
                 WHERE e.id = ?1 AND +e.is_latest = 1",
            )?
            .query_row([id.to_string()], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .optional()?;
        match row {
            Some((revision, status, entity, role)) if scope.includes(&entity) => {
                Ok(Some(Latest { revision, status: parse_status(&status)?, role: parse_role(&role)? }))
            }
            _ => Ok(None),
        }
    }

    async fn set_status(&mut self, id: EvaluationId, revision: u32, to: ReviewStatus) -> Result<(), StorageError> {
        self.0
            .prepare_cached("UPDATE evaluations SET status = ?3 WHERE id = ?1 AND revision = ?2")?
            .execute(params![id.to_string(), revision, to.as_str()])?;
        Ok(())
    }

    async fn record_event(&mut self, e: &Event<'_>) -> Result<(), StorageError> {
        self.0
            .prepare_cached(
                "INSERT INTO review_events (evaluation_id, revision, at, actor, from_status, to_status, comment)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(params![
                e.id.to_string(),
                e.revision,
                ts(e.at),
                e.actor,
                e.change.map(|(from, _)| from.as_str()),
                e.change.map(|(_, to)| to.as_str()),
                e.comment
            ])?;
        Ok(())
    }

    async fn refigure(
        &mut self,
        id: EvaluationId,
        revision: u32,
        role: Role,
        from: ReviewStatus,
        to: ReviewStatus,
    ) -> Result<(), StorageError> {
        super::stats::on_status_change(self.0, &id.to_string(), revision, role, from, to)
    }

    async fn summary(&mut self, id: EvaluationId, revision: u32) -> Result<EvaluationSummary, StorageError> {
        summary_of(self.0, &id.to_string(), revision)
    }
}

/// Runs `f` with the review steps inside a transaction of its own.
fn in_transaction<T>(
    c: &mut Connection,
    f: impl FnOnce(&mut Steps<'_>) -> Result<T, StorageError>,
) -> Result<T, StorageError> {
    let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let outcome = f(&mut Steps(&tx))?;
    tx.commit()?;
    Ok(outcome)
}

pub fn decide(c: &mut Connection, id: EvaluationId, d: &Decision) -> Result<DecisionOutcome, StorageError> {
    in_transaction(c, |steps| at_once(review::decide(steps, id, d)))
}

pub fn approve_many(
    c: &mut Connection,
    ids: &[EvaluationId],
    by: &Reviewer,
) -> Result<BulkApprovalResult, StorageError> {
    in_transaction(c, |steps| at_once(review::approve_many(steps, ids, by)))
}

pub fn add_comment(c: &mut Connection, id: EvaluationId, comment: &str, by: &Reviewer) -> Result<bool, StorageError> {
    in_transaction(c, |steps| at_once(review::add_comment(steps, id, comment, by)))
}

pub fn history(c: &Connection, id: EvaluationId) -> Result<(Vec<u32>, Vec<ActivityEntry>), StorageError> {
    let id = id.to_string();
    let mut revisions = Vec::new();
    let mut activity = Vec::new();
    let mut stmt = c.prepare_cached(
        "SELECT e.revision, e.received_at, u.username FROM evaluations e LEFT JOIN users u ON u.id = e.submitted_by
         WHERE e.id = ?1 ORDER BY e.revision",
    )?;
    let rows = stmt.query_map([&id], |r| Ok((r.get::<_, u32>(0)?, r.get::<_, String>(1)?, r.get(2)?)))?;
    for row in rows {
        let (revision, at, by) = row?;
        revisions.push(revision);
        let at = parse_ts(&at)?;
        activity.push(ActivityEntry { at, by, revision, from: None, to: Some(ReviewStatus::Received), comment: None });
    }
    let mut stmt = c.prepare_cached(
        "SELECT r.at, u.username, r.revision, r.from_status, r.to_status, r.comment
         FROM review_events r LEFT JOIN users u ON u.id = r.actor WHERE r.evaluation_id = ?1 ORDER BY r.id",
    )?;
    type EventRow = (String, Option<String>, u32, Option<String>, Option<String>, Option<String>);
    let rows = stmt.query_map([&id], |r| -> rusqlite::Result<EventRow> {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))
    })?;
    for row in rows {
        let (at, by, revision, from, to, comment) = row?;
        activity.push(ActivityEntry {
            at: parse_ts(&at)?,
            by,
            revision,
            from: from.as_deref().map(parse_status).transpose()?,
            to: to.as_deref().map(parse_status).transpose()?,
            comment,
        });
    }
    // Oldest first; a revision's receipt comes before what was done to it at the same instant.
    activity.sort_by_key(|a| (a.at, a.revision));
    Ok((revisions, activity))
}

pub fn submitted_by(c: &Connection, user_id: i64, limit: u32) -> Result<Vec<MyEvaluation>, StorageError> {
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS},
           (SELECT r.comment FROM review_events r WHERE r.evaluation_id = e.id AND r.comment IS NOT NULL
            ORDER BY r.id DESC LIMIT 1)
         FROM {SUMMARY_FROM} WHERE e.submitted_by = ?1 AND e.is_latest = 1
         ORDER BY e.received_at DESC, e.id LIMIT ?2"
    );
    let mut stmt = c.prepare_cached(&sql)?;
    let rows =
        stmt.query_map(params![user_id, limit], |r| Ok((raw_summary(r)?, r.get::<_, Option<String>>(SUMMARY_WIDTH)?)))?;
    rows.map(|row| {
        let (raw, latest_comment) = row?;
        Ok(MyEvaluation { summary: summary(raw)?, latest_comment })
    })
    .collect()
}
