//! Centres' figures: the sums their counting evaluations add up to, and the
//! configuration that turns figures into stars.

use super::StorageError;
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use ms_core::stats::{DailySums, FactKind, Period, Sums, TotalSums};
use ms_core::RatingConfig;

#[async_trait]
pub trait PerformanceStore: Send + Sync {
    /// The sums of the facts (core `stats`) of these centres' counting
    /// evaluations over the period, by kind and key, and of the two indices by day.
    async fn performance_sums(
        &self,
        centres: &[String],
        period: Period,
    ) -> Result<(TotalSums, DailySums), StorageError>;
    /// The two indices' sums of each of these centres over the period.
    async fn league_sums(
        &self,
        centres: &[String],
        period: Period,
    ) -> Result<Vec<(String, FactKind, Sums)>, StorageError>;
    /// The rating configuration (the defaults until an admin sets one).
    async fn rating_config(&self) -> Result<RatingConfig, StorageError>;
    async fn set_rating_config(&self, config: &RatingConfig, actor: i64, at: DateTime<Utc>)
        -> Result<(), StorageError>;
}

/// The audit log's entry for the rating configuration an admin set, with the one it replaced.
pub(crate) fn rating_changed(
    before: &RatingConfig,
    after: &RatingConfig,
    actor: i64,
    at: DateTime<Utc>,
) -> Result<super::NewAuditEntry, StorageError> {
    let value = |c: &RatingConfig| serde_json::to_value(c).map_err(|e| StorageError::Invalid(e.to_string()));
    Ok(super::NewAuditEntry {
        at,
        actor: Some(actor),
        action: ms_core::audit::AuditAction::RatingSettingsChanged,
        subject: "rating".into(),
        before: Some(value(before)?),
        after: Some(value(after)?),
    })
}
