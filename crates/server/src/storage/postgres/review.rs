//! Supervisors' decisions and comments, an evaluation's history, and a
//! shopper's own submissions. A decision locks the latest revision's row, so
//! two reviewers deciding at once on two instances take turns.

use super::evaluations::{summary_of, summary_row, SUMMARY_COLUMNS, SUMMARY_FROM, SUMMARY_WIDTH};
use super::unsigned;
use crate::storage::summary::{parse_role, parse_status};
use crate::storage::{Decision, DecisionOutcome, ReviewScope, StorageError};
use chrono::{DateTime, Utc};
use deadpool_postgres::GenericClient;
use ms_core::review::decision_allowed;
use ms_core::wire::{ActivityEntry, BulkApprovalResult, MyEvaluation};
use ms_core::{EvaluationId, ReviewStatus, Role};
use uuid::Uuid;

/// The latest revision, its status and its role, locked, if the evaluation
/// exists within the scope.
async fn latest_in_scope(
    c: &impl GenericClient,
    id: Uuid,
    scope: &ReviewScope,
) -> Result<Option<(i32, ReviewStatus, Role)>, StorageError> {
    let stmt = c
        .prepare_cached(
            "SELECT e.revision, e.status, c.entity_id, e.role FROM evaluations e JOIN centres c ON c.id = e.centre_id
             WHERE e.id = $1 AND e.is_latest FOR UPDATE OF e",
        )
        .await?;
    let Some(row) = c.query_opt(&stmt, &[&id]).await? else { return Ok(None) };
    let entity: String = row.try_get(2)?;
    if !scope.includes(&entity) {
        return Ok(None);
    }
    let (status, role): (String, String) = (row.try_get(1)?, row.try_get(3)?);
    Ok(Some((row.try_get(0)?, parse_status(&status)?, parse_role(&role)?)))
}

async fn record_event(
    c: &impl GenericClient,
    id: Uuid,
    revision: i32,
    (at, actor): (&DateTime<Utc>, i64),
    change: Option<(ReviewStatus, ReviewStatus)>,
    comment: Option<&str>,
) -> Result<(), StorageError> {
    let stmt = c
        .prepare_cached(
            "INSERT INTO review_events (evaluation_id, revision, at, actor, from_status, to_status, comment)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .await?;
    let (from, to) = (change.map(|(f, _)| f.as_str()), change.map(|(_, t)| t.as_str()));
    c.execute(&stmt, &[&id, &revision, at, &actor, &from, &to, &comment]).await?;
    Ok(())
}

/// One decision inside the caller's transaction.
pub async fn decide(c: &impl GenericClient, id: EvaluationId, d: &Decision) -> Result<DecisionOutcome, StorageError> {
    let Some((revision, from, role)) = latest_in_scope(c, id.0, &d.scope).await? else {
        return Ok(DecisionOutcome::NotFound);
    };
    let comment = d.comment.as_deref().map(str::trim).filter(|c| !c.is_empty());
    if let Err(refusal) = decision_allowed(role, from, d.to, comment) {
        return Ok(DecisionOutcome::Refused(refusal));
    }
    let stmt = c.prepare_cached("UPDATE evaluations SET status = $3 WHERE id = $1 AND revision = $2").await?;
    c.execute(&stmt, &[&id.0, &revision, &d.to.as_str()]).await?;
    record_event(c, id.0, revision, (&d.at, d.actor), Some((from, d.to)), comment).await?;
    super::stats::on_status_change(c, id.0, revision, role, from, d.to).await?;
    Ok(DecisionOutcome::Moved(Box::new(summary_of(c, id.0, revision).await?)))
}

pub async fn approve_many(
    c: &impl GenericClient,
    ids: &[EvaluationId],
    actor: i64,
    at: DateTime<Utc>,
    scope: &ReviewScope,
) -> Result<BulkApprovalResult, StorageError> {
    let mut result = BulkApprovalResult { approved: Vec::new(), not_moved: Vec::new() };
    let decision = Decision { to: ReviewStatus::Approved, comment: None, actor, at, scope: scope.clone() };
    // In id order, so that two bulk approvals lock rows in the same order.
    let mut ordered: Vec<EvaluationId> = ids.to_vec();
    ordered.sort_by_key(|id| id.0);
    ordered.dedup();
    for id in &ordered {
        decide(c, *id, &decision).await?.tally(*id, &mut result)?;
    }
    // Answered in the order asked.
    let position = |id: &EvaluationId| ids.iter().position(|i| i == id);
    result.approved.sort_by_key(position);
    result.not_moved.sort_by_key(|n| position(&n.id));
    Ok(result)
}

pub async fn add_comment(
    c: &impl GenericClient,
    id: EvaluationId,
    comment: &str,
    actor: i64,
    at: DateTime<Utc>,
    scope: &ReviewScope,
) -> Result<bool, StorageError> {
    let Some((revision, _, _)) = latest_in_scope(c, id.0, scope).await? else { return Ok(false) };
    record_event(c, id.0, revision, (&at, actor), None, Some(comment)).await?;
    Ok(true)
}

pub async fn history(c: &impl GenericClient, id: EvaluationId) -> Result<(Vec<u32>, Vec<ActivityEntry>), StorageError> {
    let mut revisions = Vec::new();
    let mut activity = Vec::new();
    let received = c
        .prepare_cached(
            "SELECT e.revision, e.received_at, u.username FROM evaluations e LEFT JOIN users u ON u.id = e.submitted_by
             WHERE e.id = $1 ORDER BY e.revision",
        )
        .await?;
    for r in c.query(&received, &[&id.0]).await? {
        let revision = unsigned(r.try_get(0)?, "revision")?;
        revisions.push(revision);
        activity.push(ActivityEntry {
            at: r.try_get(1)?,
            by: r.try_get(2)?,
            revision,
            from: None,
            to: Some(ReviewStatus::Received),
            comment: None,
        });
    }
    let events = c
        .prepare_cached(
            "SELECT r.at, u.username, r.revision, r.from_status, r.to_status, r.comment
             FROM review_events r LEFT JOIN users u ON u.id = r.actor WHERE r.evaluation_id = $1 ORDER BY r.id",
        )
        .await?;
    for r in c.query(&events, &[&id.0]).await? {
        let (from, to): (Option<String>, Option<String>) = (r.try_get(3)?, r.try_get(4)?);
        activity.push(ActivityEntry {
            at: r.try_get(0)?,
            by: r.try_get(1)?,
            revision: unsigned(r.try_get(2)?, "revision")?,
            from: from.as_deref().map(parse_status).transpose()?,
            to: to.as_deref().map(parse_status).transpose()?,
            comment: r.try_get(5)?,
        });
    }
    // Oldest first; a revision's receipt comes before what was done to it at the same instant.
    activity.sort_by_key(|a| (a.at, a.revision));
    Ok((revisions, activity))
}

pub async fn submitted_by(c: &impl GenericClient, user_id: i64, limit: u32) -> Result<Vec<MyEvaluation>, StorageError> {
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS},
           (SELECT r.comment FROM review_events r WHERE r.evaluation_id = e.id AND r.comment IS NOT NULL
            ORDER BY r.id DESC LIMIT 1)
         FROM {SUMMARY_FROM} WHERE e.submitted_by = $1 AND e.is_latest
         ORDER BY e.received_at DESC, e.id LIMIT $2"
    );
    let stmt = c.prepare_cached(&sql).await?;
    let rows = c.query(&stmt, &[&user_id, &i64::from(limit)]).await?;
    rows.iter()
        .map(|r| Ok(MyEvaluation { summary: summary_row(r)?, latest_comment: r.try_get(SUMMARY_WIDTH)? }))
        .collect()
}
