//! Alerts on a centre's unhappy citizen ratings, and their delivery.

use super::StorageError;
use async_trait::async_trait;
use chrono::{DateTime, Duration, Utc};
use ms_core::stats::AlertRule;
use ms_core::wire::Alert;

#[async_trait]
pub trait AlertStore: Send + Sync {
    /// Looks at a centre's recent citizen ratings after a new one: raises an
    /// alert (returned) when the rule calls for one and none is open, clears
    /// the open one when it no longer does.
    async fn check_alert(
        &self,
        centre_id: &str,
        rule: &AlertRule,
        now: DateTime<Utc>,
    ) -> Result<Option<Alert>, StorageError>;
    /// These centres' alerts, newest first; only those not acknowledged unless `all`.
    async fn alerts(&self, centres: &[String], all: bool, limit: u32) -> Result<Vec<Alert>, StorageError>;
    /// None when no alert of these centres has that id.
    async fn acknowledge_alert(
        &self,
        id: i64,
        actor: i64,
        at: DateTime<Utc>,
        centres: &[String],
    ) -> Result<Option<Alert>, StorageError>;
    async fn record_alert_delivery(
        &self,
        id: i64,
        attempts: u32,
        delivered_at: Option<DateTime<Utc>>,
        error: Option<String>,
    ) -> Result<(), StorageError>;
}

/// How a backend's database does each step of checking a centre's alert,
/// inside the caller's transaction.
#[allow(async_fn_in_trait)]
pub(crate) trait AlertSteps {
    /// The centre's counting citizen ratings received since `since`, and how many of them were unhappy.
    async fn recent_ratings(&mut self, centre_id: &str, since: DateTime<Utc>) -> Result<(u32, u32), StorageError>;
    /// The centre's open alert (neither acknowledged nor cleared), locked
    /// where the database locks rows.
    async fn open_alert(&mut self, centre_id: &str) -> Result<Option<i64>, StorageError>;
    /// Raises an alert; None when another instance raised one meanwhile.
    async fn raise(
        &mut self,
        centre_id: &str,
        at: DateTime<Utc>,
        rule: &AlertRule,
        ratings: u32,
        unhappy: u32,
    ) -> Result<Option<Alert>, StorageError>;
    async fn clear(&mut self, id: i64, at: DateTime<Utc>) -> Result<(), StorageError>;
}

/// Counts the centre's citizen ratings received in the rule's window; raises
/// an alert when they call for one and none is open, clears the open one
/// when they no longer do. Returns a newly raised alert.
pub(crate) async fn check(
    steps: &mut impl AlertSteps,
    centre_id: &str,
    rule: &AlertRule,
    now: DateTime<Utc>,
) -> Result<Option<Alert>, StorageError> {
    let since = now - Duration::minutes(i64::from(rule.window_minutes));
    let (ratings, unhappy) = steps.recent_ratings(centre_id, since).await?;
    match (steps.open_alert(centre_id).await?, rule.triggered(ratings, unhappy)) {
        (None, true) => steps.raise(centre_id, now, rule, ratings, unhappy).await,
        (Some(id), false) => {
            steps.clear(id, now).await?;
            Ok(None)
        }
        _ => Ok(None),
    }
}
