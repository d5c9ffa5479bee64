//! Evaluations and their review: what the handlers hand to storage and what
//! they get back, and the seam both backends implement.

use super::{EvaluationFilter, Reviewer, StorageError};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use ms_core::review::DecisionRefusal;
use ms_core::scoring::StageScore;
use ms_core::stats::Fact;
use ms_core::wire::{ActivityEntry, BulkApprovalResult, EvaluationPage, EvaluationSummary, MyEvaluation};
use ms_core::{Evaluation, EvaluationId, ReviewStatus};

/// An evaluation accepted by the handlers, ready to be stored.
#[derive(Debug, Clone)]
pub struct NewEvaluation {
    pub evaluation: Evaluation,
    pub canonical_json: String,
    pub body_sha256: String,
    pub score_percent: Option<f64>,
    pub stage_scores: Vec<StageScore>,
    /// What it adds to its centre's figures while it counts (core `stats::facts`).
    pub facts: Vec<Fact>,
    /// Server clock minus the device's when sent, in seconds, if the device said.
    pub clock_offset_s: Option<i64>,
    /// When the server received it, to the microsecond (as both backends keep times).
    pub received_at: DateTime<Utc>,
    /// The account that sent it, and its username.
    pub submitted_by: Option<i64>,
    pub submitter: Option<String>,
}

/// What storing an evaluation came to; decided inside one transaction.
#[derive(Debug, Clone)]
pub enum InsertOutcome {
    Created(EvaluationSummary),
    /// The same body was already stored under this id and revision.
    Identical(EvaluationSummary),
    /// A different body is stored under this id and revision.
    Conflict,
    /// A next revision while the evaluation is not returned to its shopper.
    NotReturned(ReviewStatus),
    /// A revision that does not follow the latest one.
    OutOfOrder {
        latest: Option<u32>,
    },
    /// A new revision from someone other than the original submitter.
    NotSubmitter,
    UnknownCentre,
    /// The centre does not offer the service named.
    UnknownService,
}

#[derive(Debug, Clone)]
pub struct StoredEvaluation {
    pub summary: EvaluationSummary,
    pub evaluation: Evaluation,
    pub stage_scores: Vec<StageScore>,
}

/// A supervisor's decision, as the handler hands it to storage.
#[derive(Debug, Clone)]
pub struct Decision {
    pub to: ReviewStatus,
    pub comment: Option<String>,
    /// With the approval of a shopper's visit: their grade for it.
    pub grade: Option<i64>,
    pub by: Reviewer,
}

/// What a decision came to; decided inside one transaction.
#[derive(Debug, Clone)]
pub enum DecisionOutcome {
    Moved(Box<EvaluationSummary>),
    /// No such evaluation among those the reviewer may see.
    NotFound,
    Refused(DecisionRefusal),
}

impl DecisionOutcome {
    /// Adds this outcome of approving `id` to a bulk approval's answer.
    pub(crate) fn tally(self, id: EvaluationId, result: &mut BulkApprovalResult) -> Result<(), StorageError> {
        use ms_core::wire::NotMoved;
        use ms_core::ErrorCode;
        let not_moved = |code, message: String| NotMoved { id, code, message };
        match self {
            DecisionOutcome::Moved(_) => result.approved.push(id),
            DecisionOutcome::NotFound => result
                .not_moved
                .push(not_moved(ErrorCode::NotFound, "no such evaluation among those you review".to_owned())),
            DecisionOutcome::Refused(DecisionRefusal::IllegalTransition { from, .. }) => result.not_moved.push(
                not_moved(ErrorCode::IllegalTransition, format!("it is {} and can't be approved", from.as_str())),
            ),
            DecisionOutcome::Refused(
                DecisionRefusal::CommentRequired(_) | DecisionRefusal::CitizenNotReturnable | DecisionRefusal::Grade(_),
            ) => {
                return Err(StorageError::Invalid(
                    "approving many never needs a comment, is never a return and gives no grade".to_owned(),
                ))
            }
        }
        Ok(())
    }
}

/// One evaluation as an export reads it: its summary and its body.
#[derive(Debug, Clone)]
pub struct ExportRow {
    pub summary: EvaluationSummary,
    pub evaluation: Evaluation,
}

/// Where an export's rows go, one at a time; a closed channel ends the export.
pub type ExportSink = tokio::sync::mpsc::Sender<Result<ExportRow, StorageError>>;

#[async_trait]
pub trait EvaluationStore: Send + Sync {
    /// Stores a revision as `storage::receive` decides: new, the same again, or refused.
    async fn insert_evaluation(&self, new: NewEvaluation) -> Result<InsertOutcome, StorageError>;
    /// Whether this revision of the evaluation is already stored.
    async fn evaluation_exists(&self, id: EvaluationId, revision: u32) -> Result<bool, StorageError>;
    /// The latest revision of each evaluation, newest first.
    async fn list_evaluations(&self, filter: &EvaluationFilter) -> Result<EvaluationPage, StorageError>;
    /// One revision, or the latest when `revision` is None.
    async fn evaluation(
        &self,
        id: EvaluationId,
        revision: Option<u32>,
    ) -> Result<Option<StoredEvaluation>, StorageError>;
    /// Moves the latest revision to `decision.to`, with the allowed moves and
    /// comment rule of `core::review`, and records who, when and why.
    async fn decide(&self, id: EvaluationId, decision: &Decision) -> Result<DecisionOutcome, StorageError>;
    /// Approves each evaluation that may be approved, all in one transaction;
    /// says why the others were not.
    async fn approve_many(&self, ids: &[EvaluationId], by: &Reviewer) -> Result<BulkApprovalResult, StorageError>;
    /// Adds a comment without changing the status; false when the evaluation
    /// is not among those the reviewer may see.
    async fn add_review_comment(&self, id: EvaluationId, comment: &str, by: &Reviewer) -> Result<bool, StorageError>;
    /// The revisions received and every decision and comment, oldest first.
    async fn history(&self, id: EvaluationId) -> Result<(Vec<u32>, Vec<ActivityEntry>), StorageError>;
    /// A shopper's own submissions, newest first, with the latest supervisor comment of each.
    async fn submitted_by(&self, user_id: i64, limit: u32) -> Result<Vec<MyEvaluation>, StorageError>;
    /// Sends the latest revision of every evaluation the filter keeps (its
    /// limit and cursor aside), oldest received first, one at a time, without
    /// holding them all in memory and without holding up other requests.
    /// Returns how many were sent.
    async fn export(&self, filter: &EvaluationFilter, rows: ExportSink) -> Result<u64, StorageError>;
}
