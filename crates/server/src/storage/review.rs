//! Reviewers' decisions and comments: the order of checks and writes, once
//! for both backends, over the steps each backend's database does inside its
//! transaction (PostgreSQL locks the latest revision's row, so two reviewers
//! deciding at once take turns).

use super::filter::Arg;
use super::planning::{follow_review, PlanningSteps};
use super::{Decision, DecisionOutcome, ReviewScope, Reviewer, StorageError};
use chrono::{DateTime, Utc};
use ms_core::planning::{grade_allowed, GradeRefusal};
use ms_core::review::decision_allowed;
use ms_core::review::DecisionRefusal;
use ms_core::wire::{BulkApprovalResult, EvaluationSummary};
use ms_core::{EvaluationId, ReviewStatus, Role};

/// The latest revision of an evaluation as a decision needs it.
pub(crate) struct Latest {
    pub revision: u32,
    pub status: ReviewStatus,
    pub role: Role,
}

/// One entry of an evaluation's activity: a move, a comment, or both.
pub(crate) struct Event<'a> {
    pub id: EvaluationId,
    pub revision: u32,
    pub at: DateTime<Utc>,
    pub actor: i64,
    pub change: Option<(ReviewStatus, ReviewStatus)>,
    pub comment: Option<&'a str>,
}

/// How a backend's database does each step, inside the caller's transaction.
#[allow(async_fn_in_trait)]
pub(crate) trait ReviewSteps {
    /// The latest revision, if the evaluation exists within the scope; a
    /// database that locks rows locks it until the transaction ends.
    async fn latest_in_scope(&mut self, id: EvaluationId, scope: &ReviewScope) -> Result<Option<Latest>, StorageError>;
    async fn set_status(&mut self, id: EvaluationId, revision: u32, to: ReviewStatus) -> Result<(), StorageError>;
    async fn record_event(&mut self, event: &Event<'_>) -> Result<(), StorageError>;
    /// Adds the revision's facts to its centre's figures, or takes them out,
    /// as the move from `from` to `to` makes it count or stop counting.
    async fn refigure(
        &mut self,
        id: EvaluationId,
        revision: u32,
        role: Role,
        from: ReviewStatus,
        to: ReviewStatus,
    ) -> Result<(), StorageError>;
    async fn summary(&mut self, id: EvaluationId, revision: u32) -> Result<EvaluationSummary, StorageError>;
}

/// Moves the latest revision as `core::review` allows, records who, when and
/// why, and keeps the figures in step.
pub(crate) async fn decide(
    steps: &mut (impl ReviewSteps + PlanningSteps),
    id: EvaluationId,
    d: &Decision,
) -> Result<DecisionOutcome, StorageError> {
    let Some(latest) = steps.latest_in_scope(id, &d.by.scope).await? else { return Ok(DecisionOutcome::NotFound) };
    let comment = d.comment.as_deref().map(str::trim).filter(|c| !c.is_empty());
    if let Err(refusal) = decision_allowed(latest.role, latest.status, d.to, comment) {
        return Ok(DecisionOutcome::Refused(refusal));
    }
    let grade = match d.grade {
        None => None,
        Some(_) if latest.role != Role::Shopper => {
            return Ok(DecisionOutcome::Refused(DecisionRefusal::Grade(GradeRefusal::NotShopper)))
        }
        Some(g) => match grade_allowed(d.to, g) {
            Ok(g) => Some(g),
            Err(refusal) => return Ok(DecisionOutcome::Refused(DecisionRefusal::Grade(refusal))),
        },
    };
    steps.set_status(id, latest.revision, d.to).await?;
    if let Some(g) = grade {
        steps
            .execute(
                "UPDATE evaluations SET grade = $2 WHERE id = $1 AND is_latest",
                vec![Arg::Id(id), Arg::Integer(i64::from(g))],
            )
            .await?;
    }
    let change = Some((latest.status, d.to));
    let (at, actor) = (d.by.at, d.by.actor);
    steps.record_event(&Event { id, revision: latest.revision, at, actor, change, comment }).await?;
    steps.refigure(id, latest.revision, latest.role, latest.status, d.to).await?;
    follow_review(steps, id, d.to, at).await?;
    if d.to == ReviewStatus::Approved && latest.role == Role::Shopper {
        // What the visit found failing becomes the centre's actions, in this same transaction.
        super::actions::from_approval(steps, id, at).await?;
    }
    Ok(DecisionOutcome::Moved(Box::new(steps.summary(id, latest.revision).await?)))
}

/// Approves each evaluation that may be approved, inside one transaction;
/// says why the others were not, in the order asked.
pub(crate) async fn approve_many(
    steps: &mut (impl ReviewSteps + PlanningSteps),
    ids: &[EvaluationId],
    by: &Reviewer,
) -> Result<BulkApprovalResult, StorageError> {
    let mut result = BulkApprovalResult { approved: Vec::new(), not_moved: Vec::new() };
    let decision = Decision { to: ReviewStatus::Approved, comment: None, grade: None, by: by.clone() };
    // In id order, so that two bulk approvals lock rows in the same order.
    let mut ordered: Vec<EvaluationId> = ids.to_vec();
    ordered.sort_by_key(|id| id.0);
    ordered.dedup();
    for id in &ordered {
        decide(steps, *id, &decision).await?.tally(*id, &mut result)?;
    }
    let position = |id: &EvaluationId| ids.iter().position(|i| i == id);
    result.approved.sort_by_key(position);
    result.not_moved.sort_by_key(|n| position(&n.id));
    Ok(result)
}

/// Adds a comment to the latest revision without moving it; false when the
/// evaluation is not within the scope.
pub(crate) async fn add_comment(
    steps: &mut impl ReviewSteps,
    id: EvaluationId,
    comment: &str,
    by: &Reviewer,
) -> Result<bool, StorageError> {
    let Some(latest) = steps.latest_in_scope(id, &by.scope).await? else { return Ok(false) };
    let (at, actor) = (by.at, by.actor);
    steps
        .record_event(&Event { id, revision: latest.revision, at, actor, change: None, comment: Some(comment) })
        .await?;
    Ok(true)
}
