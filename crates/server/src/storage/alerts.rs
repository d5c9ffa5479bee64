//! Alerts on a centre's unhappy citizen ratings, and their delivery.

use super::StorageError;
use async_trait::async_trait;
use chrono::{DateTime, Utc};
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
