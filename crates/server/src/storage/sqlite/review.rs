//! Supervisors' decisions and comments, an evaluation's history, and a
//! shopper's own submissions.

use super::evaluations::{raw_summary, summary, summary_of, SUMMARY_COLUMNS, SUMMARY_FROM, SUMMARY_WIDTH};
use crate::storage::{parse_ts, ts, Decision, DecisionOutcome, ReviewScope, StorageError};
use chrono::{DateTime, Utc};
use ms_core::review::decision_allowed;
use ms_core::wire::{ActivityEntry, BulkApprovalResult, MyEvaluation};
use ms_core::{EvaluationId, ReviewStatus, Role};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};

fn status(s: &str) -> Result<ReviewStatus, StorageError> {
    ReviewStatus::parse(s).ok_or_else(|| StorageError::Corrupt(format!("review status '{s}'")))
}

/// The latest revision, its status and its role, if the evaluation exists within the scope.
fn latest_in_scope(
    c: &Connection,
    id: &str,
    scope: &ReviewScope,
) -> Result<Option<(u32, ReviewStatus, Role)>, StorageError> {
    let row: Option<(u32, String, String, String)> = c
        .prepare_cached(
            "SELECT e.revision, e.status, c.entity_id, e.role FROM evaluations e JOIN centres c ON c.id = e.centre_id
             WHERE e.id = ?1 AND +e.is_latest = 1",
        )?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .optional()?;
    match row {
        Some((revision, s, entity, role)) if scope.includes(&entity) => {
            let role = Role::parse(&role).ok_or_else(|| StorageError::Corrupt(format!("role '{role}'")))?;
            Ok(Some((revision, status(&s)?, role)))
        }
        _ => Ok(None),
    }
}

fn record_event(
    c: &Connection,
    id: &str,
    revision: u32,
    d: (&DateTime<Utc>, i64),
    change: Option<(ReviewStatus, ReviewStatus)>,
    comment: Option<&str>,
) -> Result<(), StorageError> {
    let (at, actor) = d;
    c.prepare_cached(
        "INSERT INTO review_events (evaluation_id, revision, at, actor, from_status, to_status, comment)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        id,
        revision,
        ts(*at),
        actor,
        change.map(|(from, _)| from.as_str()),
        change.map(|(_, to)| to.as_str()),
        comment
    ])?;
    Ok(())
}

/// One decision inside an open transaction.
fn decide_in(c: &Connection, id: &str, d: &Decision) -> Result<DecisionOutcome, StorageError> {
    let Some((revision, from, role)) = latest_in_scope(c, id, &d.scope)? else {
        return Ok(DecisionOutcome::NotFound);
    };
    let comment = d.comment.as_deref().map(str::trim).filter(|c| !c.is_empty());
    if let Err(refusal) = decision_allowed(role, from, d.to, comment) {
        return Ok(DecisionOutcome::Refused(refusal));
    }
    c.prepare_cached("UPDATE evaluations SET status = ?3 WHERE id = ?1 AND revision = ?2")?.execute(params![
        id,
        revision,
        d.to.as_str()
    ])?;
    record_event(c, id, revision, (&d.at, d.actor), Some((from, d.to)), comment)?;
    super::stats::on_status_change(c, id, revision, role, from, d.to)?;
    Ok(DecisionOutcome::Moved(Box::new(summary_of(c, id, revision)?)))
}

pub fn decide(c: &mut Connection, id: EvaluationId, d: &Decision) -> Result<DecisionOutcome, StorageError> {
    let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let outcome = decide_in(&tx, &id.to_string(), d)?;
    tx.commit()?;
    Ok(outcome)
}

pub fn approve_many(
    c: &mut Connection,
    ids: &[EvaluationId],
    actor: i64,
    at: DateTime<Utc>,
    scope: &ReviewScope,
) -> Result<BulkApprovalResult, StorageError> {
    let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let mut result = BulkApprovalResult { approved: Vec::new(), not_moved: Vec::new() };
    let decision = Decision { to: ReviewStatus::Approved, comment: None, actor, at, scope: scope.clone() };
    for id in ids {
        if result.approved.contains(id) || result.not_moved.iter().any(|n| n.id == *id) {
            continue;
        }
        decide_in(&tx, &id.to_string(), &decision)?.tally(*id, &mut result)?;
    }
    tx.commit()?;
    Ok(result)
}

pub fn add_comment(
    c: &mut Connection,
    id: EvaluationId,
    comment: &str,
    actor: i64,
    at: DateTime<Utc>,
    scope: &ReviewScope,
) -> Result<bool, StorageError> {
    let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let id = id.to_string();
    let Some((revision, _, _)) = latest_in_scope(&tx, &id, scope)? else { return Ok(false) };
    record_event(&tx, &id, revision, (&at, actor), None, Some(comment))?;
    tx.commit()?;
    Ok(true)
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
            from: from.as_deref().map(status).transpose()?,
            to: to.as_deref().map(status).transpose()?,
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
