//! The sync engine: works through the outbox, photos first and then the
//! evaluation, recording progress and failures in the store. It never sleeps:
//! `run_due` says when it next wants to run and the caller schedules that.

mod actions;
pub mod backoff;
mod cache;

pub use actions::MovesReport;
pub use cache::{refresh_catalogue, refresh_templates, PageAnswer, PageResponse, Prefetched};

use crate::api::{ApiClient, ApiError, Auth, FailureKind};
use crate::error::Error;
use crate::store::{lock, OutboxEvent, SharedStore, SyncState};
use backoff::Jitter;
use chrono::{DateTime, Utc};
use ms_core::{EvaluationId, Role};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// What one `run_due` did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncReport {
    pub uploaded: Vec<EvaluationId>,
    /// Failed for now; tried again after a backoff.
    pub retrying: Vec<EvaluationId>,
    /// Refused by the server; waits for the user.
    pub refused: Vec<EvaluationId>,
    /// Waits for a sign-in.
    pub needs_sign_in: Vec<EvaluationId>,
    /// Another run was already under way, so this one did nothing.
    pub already_running: bool,
    /// When to call `run_due` again, if anything is scheduled.
    pub next_wake: Option<DateTime<Utc>>,
}

pub struct SyncEngine {
    store: SharedStore,
    api: ApiClient,
    jitter: Jitter,
    running: AtomicBool,
}

/// Why one upload stopped.
struct Failure {
    kind: FailureKind,
    message: String,
    code: Option<String>,
    field: Option<String>,
    /// The server asked to wait at least this long (`Retry-After`).
    retry_after: Option<Duration>,
}

impl From<ApiError> for Failure {
    fn from(e: ApiError) -> Self {
        let kind = e.kind();
        Failure {
            kind,
            code: Some(e.code().to_owned()),
            field: e.field().map(str::to_owned),
            retry_after: e.retry_after(),
            message: e.to_string(),
        }
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        match e {
            Error::Api(e) => e.into(),
            // A photo lost from the device won't come back by waiting.
            Error::PhotoNotFound(_) | Error::Corrupt(_) => Failure {
                kind: FailureKind::Permanent,
                message: e.to_string(),
                code: None,
                field: None,
                retry_after: None,
            },
            other => Failure {
                kind: FailureKind::Transient,
                message: other.to_string(),
                code: None,
                field: None,
                retry_after: None,
            },
        }
    }
}

/// Clears the running flag however the run ends, even if its future is dropped.
struct RunGuard<'a>(&'a AtomicBool);

impl Drop for RunGuard<'_> {
    fn drop(&mut self) {
        self.0.store(false, Ordering::Release);
    }
}

impl SyncEngine {
    pub fn new(store: SharedStore, api: ApiClient) -> Self {
        Self { store, api, jitter: Jitter::Equal, running: AtomicBool::new(false) }
    }

    /// Spreads retry waits with `jitter` instead of the default (equal jitter).
    pub fn with_jitter(mut self, jitter: Jitter) -> Self {
        self.jitter = jitter;
        self
    }

    pub fn api(&self) -> &ApiClient {
        &self.api
    }

    pub fn store(&self) -> &SharedStore {
        &self.store
    }

    /// Gives (or forgets) the bearer token; with a new token, whatever waited
    /// for a sign-in becomes due now.
    pub fn set_token(&self, token: Option<String>) -> crate::Result<()> {
        let signed_in = token.is_some();
        self.api.set_token(token);
        if signed_in {
            lock(&self.store).release_signed_out(Utc::now())?;
        }
        Ok(())
    }

    /// Asks the server which of the signed-in shopper's evaluations were
    /// returned, and reopens each one this device sent as a draft of its next
    /// revision, with the supervisor's reason. Returns those reopened.
    pub async fn fetch_returned(&self) -> Result<Vec<EvaluationId>, Error> {
        let mine = self.api.my_evaluations().await?;
        let mut reopened = Vec::new();
        let mut store = lock(&self.store);
        for m in mine.into_iter().filter(|m| m.summary.status == ms_core::ReviewStatus::Returned) {
            if store.reopen_returned(m.summary.id, m.summary.revision, m.latest_comment.as_deref())? {
                reopened.push(m.summary.id);
            }
        }
        Ok(reopened)
    }

    /// When the engine next wants to run, if anything is scheduled.
    pub fn next_wake(&self) -> crate::Result<Option<DateTime<Utc>>> {
        let store = lock(&self.store);
        let (outbox, moves) = (store.next_outbox_wake()?, store.next_action_move_wake()?);
        Ok(match (outbox, moves) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        })
    }

    /// Uploads every evaluation due at `now`, one after the other.
    pub async fn run_due(&self, now: DateTime<Utc>) -> crate::Result<SyncReport> {
        if self.running.swap(true, Ordering::AcqRel) {
            let next_wake = self.next_wake()?;
            return Ok(SyncReport { already_running: true, next_wake, ..SyncReport::default() });
        }
        let _guard = RunGuard(&self.running);
        let due = lock(&self.store).outbox_due(now)?;
        let mut report = SyncReport::default();
        for id in due {
            match self.upload(id, now).await {
                Ok(true) => report.uploaded.push(id),
                Ok(false) => {}
                Err(failure) => {
                    let kind = failure.kind;
                    tracing::info!(evaluation = %id, error = %failure.message, ?kind, "upload failed");
                    self.record_failure(id, failure, now)?;
                    match kind {
                        FailureKind::Transient => report.retrying.push(id),
                        FailureKind::Permanent => report.refused.push(id),
                        FailureKind::NeedsSignIn => report.needs_sign_in.push(id),
                    }
                }
            }
        }
        report.next_wake = self.next_wake()?;
        Ok(report)
    }

    /// One evaluation: its photos the server lacks, then its frozen body.
    /// Ok(false) when it turned out not to be due any more. Citizen ratings
    /// are sent without the sign-in token; shopper evaluations with it.
    async fn upload(&self, id: EvaluationId, now: DateTime<Utc>) -> Result<bool, Failure> {
        let (body, photos, auth) = {
            let mut store = lock(&self.store);
            let status = store.outbox_status(id)?;
            if !status.is_due(now) || status.state == SyncState::Uploaded {
                return Ok(false);
            }
            let (body, photos) = store.upload_plan(id)?;
            let auth = match store.load(id)?.role {
                Role::Citizen => Auth::Anonymous,
                _ => Auth::SignedIn,
            };
            let bytes_total = photos.iter().map(|(_, bytes)| bytes).sum::<u64>() + body.len() as u64;
            store.record(id, OutboxEvent::Started { bytes_total }, now)?;
            (body, photos, auth)
        };
        let mut sent = 0u64;
        for (photo, bytes) in photos {
            // Both requests are idempotent: after a crash they are simply repeated.
            if !self.api.photo_exists_as(&photo, auth).await? {
                let jpeg = lock(&self.store).read_photo(&photo)?;
                self.api.put_photo_as(&photo, jpeg, auth).await?;
            }
            sent += bytes;
            lock(&self.store).record(id, OutboxEvent::Progress { bytes_sent: sent }, now)?;
        }
        let receipt = self.api.put_evaluation(id, body, auth).await?;
        tracing::info!(evaluation = %id, revision = receipt.revision, "evaluation uploaded");
        let mut store = lock(&self.store);
        // Kept first: should the device stop between the two, the upload is
        // simply made again and its receipt kept again.
        store.set_assignment_link(id, receipt.assignment.as_ref())?;
        store.record(id, OutboxEvent::Uploaded, now)?;
        Ok(true)
    }

    fn record_failure(&self, id: EvaluationId, failure: Failure, now: DateTime<Utc>) -> crate::Result<()> {
        let mut store = lock(&self.store);
        let attempts = store.outbox_status(id)?.attempts;
        let wait = backoff::delay_at_least(attempts, self.jitter, &mut rand::thread_rng(), failure.retry_after);
        let retry_at = now + chrono::TimeDelta::from_std(wait).unwrap_or(chrono::TimeDelta::minutes(15));
        let event = OutboxEvent::Failed {
            kind: failure.kind,
            message: failure.message,
            code: failure.code,
            field: failure.field,
            retry_at,
        };
        store.record(id, event, now)?;
        Ok(())
    }
}
