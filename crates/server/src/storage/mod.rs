//! The storage seam: small traits the handlers see, one per feature, with a
//! backend per database. What a request does, and in which order, lives here
//! once (`receive`, `inbox`, `filter`, `summary`); a backend says only how its
//! database does each step: SQL text, transactions and locking, column types.

mod accounts;
pub(crate) mod actions;
mod admin;
mod alerts;
mod audit;
mod catalogue;
mod counters;
mod error;
mod evaluations;
mod filter;
mod inbox;
mod performance;
mod photos;
pub(crate) mod planning;
pub mod postgres;
mod receive;
mod review;
mod seed_data;
mod seeding;
mod sqlite;
mod summary;

pub use accounts::{AccountStore, Kiosk, NewUser, ReviewScope, Reviewer, User};
pub use actions::{ActionActor, ActionCounts, ActionFilter, ActionRefusal, ActionScope, ActionStore};
pub use admin::{AccountAdmin, AdminAct, UserChange, UserFilter};
pub use alerts::AlertStore;
pub use audit::{AuditFilter, AuditLog, NewAuditEntry};
pub use catalogue::{CatalogueStore, TemplateVersion};
pub use counters::SharedCounters;
pub use error::{Cause, StorageError};
pub use evaluations::{
    Decision, DecisionOutcome, EvaluationStore, ExportRow, ExportSink, InsertOutcome, NewEvaluation, StoredEvaluation,
};
pub use inbox::{CursorKey, EvaluationFilter, PageCursor, SortField};
pub use performance::PerformanceStore;
pub use photos::{PhotoRecord, PhotoRecords};
pub use planning::{AssignmentFilter, AssignmentMove, PlanRefusal, Planned, Planner, PlanningStore, StoredWave};
pub use postgres::PgStorage;
pub use seeding::Seeder;
pub use sqlite::{Durability, SqliteStorage};

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use std::sync::Arc;

/// Everything the server keeps, as the handlers see it.
#[async_trait]
pub trait Storage:
    CatalogueStore
    + EvaluationStore
    + PhotoRecords
    + AccountStore
    + PerformanceStore
    + AlertStore
    + AuditLog
    + PlanningStore
    + AccountAdmin
    + ActionStore
    + Send
    + Sync
{
    /// The counters several instances share, when this database is meant to
    /// be shared; None when one instance alone uses it (SQLite), which then
    /// counts in its own memory.
    fn shared_counters(&self) -> Option<&dyn SharedCounters> {
        None
    }

    /// Answers once the database does: for health checks.
    async fn ping(&self) -> Result<(), StorageError>;

    /// Finishes writes under way (SQLite's last group commit) and closes the
    /// database's connections: the last call before the server stops.
    async fn close(&self);
}

/// Whether a database URL names PostgreSQL.
pub fn is_postgres(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

/// Picks the backend from the database URL: `postgres://` is PostgreSQL, a
/// path or `sqlite://` is SQLite.
pub async fn open(url: &str) -> Result<Arc<dyn Storage>, StorageError> {
    open_with(url, Durability::default()).await
}

/// The same, with the durability SQLite commits with (PostgreSQL's is its own configuration's).
pub async fn open_with(url: &str, durability: Durability) -> Result<Arc<dyn Storage>, StorageError> {
    Ok(open_seeder_with(url, durability).await?)
}

/// The storage with the means to add fictional evaluations, for the
/// commands that seed (the handlers get [`open`]'s).
pub async fn open_seeder(url: &str) -> Result<Arc<dyn Seeder>, StorageError> {
    open_seeder_with(url, Durability::default()).await
}

pub async fn open_seeder_with(url: &str, durability: Durability) -> Result<Arc<dyn Seeder>, StorageError> {
    if is_postgres(url) {
        return Ok(Arc::new(PgStorage::open(url).await?));
    }
    let path = url.strip_prefix("sqlite://").unwrap_or(url);
    Ok(Arc::new(SqliteStorage::open_with(path, durability).await?))
}

/// Timestamps are stored as RFC 3339 UTC text with microseconds, which sorts by time.
pub(crate) fn ts(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

pub(crate) fn parse_ts(s: &str) -> Result<DateTime<Utc>, StorageError> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| StorageError::Corrupt(format!("timestamp '{s}': {e}")))
}

/// A value as the JSON text a column keeps.
pub(crate) fn json<T: serde::Serialize>(v: &T) -> Result<String, StorageError> {
    serde_json::to_string(v).map_err(|e| StorageError::Invalid(e.to_string()))
}

/// A JSON column's value; text that does not parse is corrupt data.
pub(crate) fn from_json<T: serde::de::DeserializeOwned>(s: &str) -> Result<T, StorageError> {
    serde_json::from_str(s).map_err(|e| StorageError::Corrupt(e.to_string()))
}
