//! Supervisors' decisions and comments (the steps of `storage::review` on
//! PostgreSQL: the latest revision's row is locked, so two reviewers deciding
//! at once on two instances take turns), an evaluation's history, and a
//! shopper's own submissions.

use super::evaluations::{summary_of, summary_row, Steps, SUMMARY_COLUMNS, SUMMARY_FROM, SUMMARY_WIDTH};
use super::{int, unsigned};
use crate::storage::review::{self, Event, Latest, ReviewSteps};
use crate::storage::summary::{parse_role, parse_status};
use crate::storage::{Decision, DecisionOutcome, ReviewScope, Reviewer, StorageError};
use deadpool_postgres::GenericClient;
use ms_core::wire::{ActivityEntry, BulkApprovalResult, EvaluationSummary, MyEvaluation};
use ms_core::{EvaluationId, ReviewStatus, Role};

impl<C: GenericClient + Sync> ReviewSteps for Steps<'_, C> {
    async fn latest_in_scope(&mut self, id: EvaluationId, scope: &ReviewScope) -> Result<Option<Latest>, StorageError> {
        let stmt = self
            .0
            .prepare_cached(
                "SELECT e.revision, e.status, c.entity_id, e.role FROM evaluations e JOIN centres c ON c.id = e.centre_id
                 WHERE e.id = $1 AND e.is_latest FOR UPDATE OF e",
            )
            .await?;
        let Some(row) = self.0.query_opt(&stmt, &[&id.0]).await? else { return Ok(None) };
        let entity: String = row.try_get(2)?;
        if !scope.includes(&entity) {
            return Ok(None);
        }
        let (status, role): (String, String) = (row.try_get(1)?, row.try_get(3)?);
        Ok(Some(Latest {
            revision: unsigned(row.try_get(0)?, "revision")?,
            status: parse_status(&status)?,
            role: parse_role(&role)?,
        }))
    }

    async fn set_status(&mut self, id: EvaluationId, revision: u32, to: ReviewStatus) -> Result<(), StorageError> {
        let stmt = self.0.prepare_cached("UPDATE evaluations SET status = $3 WHERE id = $1 AND revision = $2").await?;
        self.0.execute(&stmt, &[&id.0, &int(revision, "revision")?, &to.as_str()]).await?;
        Ok(())
    }

    async fn record_event(&mut self, e: &Event<'_>) -> Result<(), StorageError> {
        let stmt = self
            .0
            .prepare_cached(
                "INSERT INTO review_events (evaluation_id, revision, at, actor, from_status, to_status, comment)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .await?;
        let (from, to) = (e.change.map(|(f, _)| f.as_str()), e.change.map(|(_, t)| t.as_str()));
        let revision = int(e.revision, "revision")?;
        self.0.execute(&stmt, &[&e.id.0, &revision, &e.at, &e.actor, &from, &to, &e.comment]).await?;
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
        super::stats::on_status_change(self.0, id.0, int(revision, "revision")?, role, from, to).await
    }

    async fn summary(&mut self, id: EvaluationId, revision: u32) -> Result<EvaluationSummary, StorageError> {
        summary_of(self.0, id.0, int(revision, "revision")?).await
    }
}

/// One decision inside the caller's transaction.
pub async fn decide(c: &impl GenericClient, id: EvaluationId, d: &Decision) -> Result<DecisionOutcome, StorageError> {
    review::decide(&mut Steps(c), id, d).await
}

pub async fn approve_many(
    c: &impl GenericClient,
    ids: &[EvaluationId],
    by: &Reviewer,
) -> Result<BulkApprovalResult, StorageError> {
    review::approve_many(&mut Steps(c), ids, by).await
}

pub async fn add_comment(
    c: &impl GenericClient,
    id: EvaluationId,
    comment: &str,
    by: &Reviewer,
) -> Result<bool, StorageError> {
    review::add_comment(&mut Steps(c), id, comment, by).await
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
