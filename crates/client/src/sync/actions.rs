//! A centre manager's side of actions: the moves made on this device are
//! sent (their photos first, then the move with its `move_id`, which the
//! server applies once however often it arrives), and the list of their
//! actions is kept on the device to be read offline.

use super::{backoff, Failure, SyncEngine};
use crate::api::FailureKind;
use crate::error::Error;
use crate::store::{lock, CachedActions, QueuedMove};
use chrono::{DateTime, Utc};
use ms_core::actions::api::ActionListQuery;
use uuid::Uuid;

/// What one `send_action_moves` did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MovesReport {
    pub sent: Vec<Uuid>,
    /// Failed for now; tried again after a backoff.
    pub retrying: Vec<Uuid>,
    /// Refused by the server.
    pub refused: Vec<Uuid>,
}

/// The most actions a manager's device keeps (the list's largest page).
const KEPT_ACTIONS: u32 = 500;

impl SyncEngine {
    /// Sends every move `account` made that is due at `now`, oldest first.
    pub async fn send_action_moves(&self, account: &str, now: DateTime<Utc>) -> crate::Result<MovesReport> {
        let due = lock(&self.store).action_moves_due(account, now)?;
        let mut report = MovesReport::default();
        for queued in due {
            let id = queued.move_id;
            match self.send_move(&queued, now).await {
                Ok(()) => report.sent.push(id),
                Err(failure) => {
                    tracing::info!(action_move = %id, error = %failure.message, kind = ?failure.kind, "move not sent");
                    let retry_at = match failure.kind {
                        FailureKind::Permanent => None,
                        FailureKind::Transient | FailureKind::NeedsSignIn => {
                            let wait = backoff::delay_at_least(
                                queued.attempts,
                                self.jitter,
                                &mut rand::thread_rng(),
                                failure.retry_after,
                            );
                            Some(now + chrono::TimeDelta::from_std(wait).unwrap_or(chrono::TimeDelta::minutes(15)))
                        }
                    };
                    lock(&self.store).action_move_failed(id, &failure.message, failure.code.as_deref(), retry_at)?;
                    if retry_at.is_some() {
                        report.retrying.push(id);
                    } else {
                        report.refused.push(id);
                    }
                }
            }
        }
        Ok(report)
    }

    async fn send_move(&self, queued: &QueuedMove, now: DateTime<Utc>) -> Result<(), Failure> {
        for photo in queued.photo_ids() {
            // Idempotent: after a crash both are simply asked again.
            if !self.api.photo_exists(&photo).await? {
                let jpeg = lock(&self.store).read_photo(&photo)?;
                self.api.put_photo(&photo, jpeg).await?;
            }
        }
        let action = self.api.move_action(queued.action_id, &queued.step).await?;
        tracing::info!(action = %action.id, status = action.status.as_str(), "action moved");
        lock(&self.store).action_move_sent(queued.move_id, &action, now)?;
        Ok(())
    }

    /// Fetches the signed-in manager's actions and keeps them for `account`.
    pub async fn refresh_my_actions(&self, account: &str, now: DateTime<Utc>) -> Result<CachedActions, Error> {
        let query = ActionListQuery { limit: Some(KEPT_ACTIONS), ..ActionListQuery::default() };
        let page = self.api.my_actions(&query).await?;
        lock(&self.store).save_my_actions(account, &page.items, now)?;
        Ok(CachedActions { actions: page.items, fetched_at: now })
    }
}
