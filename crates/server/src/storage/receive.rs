//! Receiving an evaluation: the checks and writes, in their order, once for
//! both backends. A backend implements [`ReceiveSteps`] inside one of its
//! transactions (SQLite: a savepoint of the writer's group commit;
//! PostgreSQL: a transaction that locks the evaluation's rows and runs again
//! when it loses a race); what the transaction sees decides the outcome.

use super::summary::of_new;
use super::{InsertOutcome, NewEvaluation, StorageError};
use chrono::{DateTime, NaiveDate, Utc};
use ms_core::review::{revision_allowed, LatestRevision, RevisionRefusal};
use ms_core::stats::{counts_in_figures, normalise_employee, Fact, FactKind};
use ms_core::wire::EvaluationSummary;
use ms_core::{EvaluationId, PhotoId, ReviewStatus};

/// What is stored of an evaluation when one of its revisions arrives.
pub(crate) struct Held {
    /// The body hash stored under the arriving revision's number, if any.
    pub this_revision: Option<String>,
    /// The latest revision stored.
    pub latest: Option<LatestRevision<i64>>,
}

/// What an evaluation needs of its centre.
pub(crate) struct CentreFacts {
    pub service_ids: Vec<String>,
    pub entity_id: String,
}

/// The columns of a new revision's row that are worked out, not copied.
pub(crate) struct NewRow<'a> {
    pub new: &'a NewEvaluation,
    /// When the visit began (when it was received, for a rating without a visit time).
    pub visit_at: DateTime<Utc>,
    pub face: Option<&'a str>,
    pub employee: Option<String>,
    pub duplicate_photos: bool,
}

/// How a backend's database does each step, inside the caller's transaction.
#[allow(async_fn_in_trait)]
pub(crate) trait ReceiveSteps {
    /// The arriving revision's stored hash and the latest revision; a
    /// database that locks rows locks both until the transaction ends.
    async fn held(&mut self, id: EvaluationId, revision: u32) -> Result<Held, StorageError>;
    /// Whether any revision of the evaluation is stored.
    async fn any_revision(&mut self, id: EvaluationId) -> Result<bool, StorageError>;
    async fn summary(&mut self, id: EvaluationId, revision: u32) -> Result<EvaluationSummary, StorageError>;
    async fn centre(&mut self, centre_id: &str) -> Result<Option<CentreFacts>, StorageError>;
    /// Takes a stored revision's facts out of its centre's figures.
    async fn withdraw_facts(&mut self, id: EvaluationId, revision: u32) -> Result<(), StorageError>;
    /// Marks the latest revision as no longer the latest.
    async fn demote_latest(&mut self, id: EvaluationId) -> Result<(), StorageError>;
    /// Whether any of these photos is in another evaluation.
    async fn photos_elsewhere(&mut self, id: EvaluationId, photos: &[PhotoId]) -> Result<bool, StorageError>;
    async fn insert_row(&mut self, row: &NewRow<'_>) -> Result<(), StorageError>;
    /// Adds facts to a centre's figures of a day.
    async fn add_facts(&mut self, centre_id: &str, day: NaiveDate, facts: &[Fact]) -> Result<(), StorageError>;
    /// Records that the revision refers to these photos.
    async fn refer_photos(&mut self, id: EvaluationId, revision: u32, photos: &[PhotoId]) -> Result<(), StorageError>;
}

/// Stores a revision, or says why not: the same body again is `Identical`,
/// another body under the same revision a `Conflict`; the revision rules of
/// `core::review`, then the centre and its services, are checked before anything is written.
pub(crate) async fn receive(steps: &mut impl ReceiveSteps, new: &NewEvaluation) -> Result<InsertOutcome, StorageError> {
    let ev = &new.evaluation;
    let held = steps.held(ev.id, ev.revision).await?;
    if let Some(sha) = held.this_revision {
        return Ok(if sha == new.body_sha256 {
            InsertOutcome::Identical(steps.summary(ev.id, ev.revision).await?)
        } else {
            InsertOutcome::Conflict
        });
    }
    if held.latest.is_none() && ev.revision > 1 && steps.any_revision(ev.id).await? {
        // The latest revision was replaced while this transaction waited for
        // its lock: running again sees the new one.
        return Err(StorageError::contended("the latest revision changed meanwhile"));
    }
    match revision_allowed(held.latest.as_ref(), ev.revision, new.submitted_by.as_ref()) {
        Ok(()) => {}
        Err(RevisionRefusal::OutOfOrder { latest }) => return Ok(InsertOutcome::OutOfOrder { latest }),
        Err(RevisionRefusal::NotReturned(status)) => return Ok(InsertOutcome::NotReturned(status)),
        Err(RevisionRefusal::NotSubmitter) => return Ok(InsertOutcome::NotSubmitter),
    }
    let Some(centre) = steps.centre(&ev.centre_id).await? else { return Ok(InsertOutcome::UnknownCentre) };
    if let Some(service) = &ev.service_id {
        if !centre.service_ids.contains(service) {
            return Ok(InsertOutcome::UnknownService);
        }
    }
    if let Some(previous) = &held.latest {
        if counts_in_figures(ev.role, previous.status) {
            steps.withdraw_facts(ev.id, previous.revision).await?;
        }
        steps.demote_latest(ev.id).await?;
    }
    let photos = ev.photo_ids();
    let duplicate_photos = !photos.is_empty() && steps.photos_elsewhere(ev.id, &photos).await?;
    let row = NewRow {
        new,
        visit_at: ev.visit_started_at.unwrap_or(new.received_at),
        face: new.facts.iter().find(|f| f.kind == FactKind::Face).map(|f| f.key.as_str()),
        employee: ev.employee.as_deref().and_then(normalise_employee),
        duplicate_photos,
    };
    steps.insert_row(&row).await?;
    if counts_in_figures(ev.role, ReviewStatus::Received) {
        steps.add_facts(&ev.centre_id, row.visit_at.date_naive(), &new.facts).await?;
    }
    if !photos.is_empty() {
        steps.refer_photos(ev.id, ev.revision, &photos).await?;
    }
    Ok(InsertOutcome::Created(of_new(new, centre.entity_id, duplicate_photos)))
}
