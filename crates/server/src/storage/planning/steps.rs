//! What a backend does for planning: run the shared SQL (`sql`) with its
//! arguments, and read each kind of row into the core's types. The SQL is
//! written with `$N` placeholders; SQLite takes them as `?N`.

use super::StoredWave;
use crate::storage::filter::Arg;
use crate::storage::StorageError;
use ms_core::planning::{AccountId, Assignment, GradedEvaluation, LogEntry, Visit};
use ms_core::wire::UserRole;

/// An account as planning names it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Account {
    pub id: AccountId,
    pub username: String,
    pub display_name: String,
    pub role: UserRole,
}

#[allow(async_fn_in_trait)]
pub(crate) trait PlanningSteps {
    /// Takes the planning lock until the transaction ends: every planning
    /// write takes it first, so that two of them, on any instance, take turns.
    async fn lock(&mut self) -> Result<(), StorageError>;
    /// Runs a statement; answers how many rows it changed.
    async fn execute(&mut self, sql: &str, args: Vec<Arg>) -> Result<u64, StorageError>;
    /// Rows of [`super::sql::WAVE_COLUMNS`].
    async fn waves(&mut self, sql: &str, args: Vec<Arg>) -> Result<Vec<StoredWave>, StorageError>;
    /// Rows of [`super::sql::ASSIGNMENT_COLUMNS`].
    async fn assignments(&mut self, sql: &str, args: Vec<Arg>) -> Result<Vec<Assignment>, StorageError>;
    /// Rows of [`super::sql::LOG_COLUMNS`].
    async fn log(&mut self, sql: &str, args: Vec<Arg>) -> Result<Vec<LogEntry>, StorageError>;
    /// Rows of [`super::sql::VISIT_COLUMNS`].
    async fn visits(&mut self, sql: &str, args: Vec<Arg>) -> Result<Vec<Visit>, StorageError>;
    /// Rows of [`super::sql::GRADED_COLUMNS`].
    async fn graded(&mut self, sql: &str, args: Vec<Arg>) -> Result<Vec<(AccountId, GradedEvaluation)>, StorageError>;
    /// Rows of [`super::sql::ACCOUNT_COLUMNS`].
    async fn accounts(&mut self, sql: &str, args: Vec<Arg>) -> Result<Vec<Account>, StorageError>;
    /// Rows of the backend's user columns (`u.*` as `storage::admin::USERS` selects them).
    async fn users(&mut self, sql: &str, args: Vec<Arg>) -> Result<Vec<crate::storage::User>, StorageError>;
    /// Rows of two integers (counts by account).
    async fn counts(&mut self, sql: &str, args: Vec<Arg>) -> Result<Vec<(i64, i64)>, StorageError>;
    /// The first column of each row, as text (JSON documents, ids).
    async fn texts(&mut self, sql: &str, args: Vec<Arg>) -> Result<Vec<String>, StorageError>;
}
