//! The front door's allowances, counted in the database when several server
//! instances share it.

use super::StorageError;
use async_trait::async_trait;
use chrono::{DateTime, Utc};

/// The front door's counters (`guard::counters`) kept in a database that
/// several server instances share, so that the allowances hold across all of them.
#[async_trait]
pub trait SharedCounters: Send + Sync {
    /// Reads the keys' counters, applies `change`, writes them back (zero
    /// forgets a counter), in one transaction with the keys' rows locked,
    /// whichever instance asks; returns what `change` answered.
    async fn update(
        &self,
        keys: &[String],
        now: DateTime<Utc>,
        change: crate::guard::Change<'_>,
    ) -> Result<Option<std::time::Duration>, StorageError>;
    /// Forgets counters last changed before `before`; returns how many.
    async fn purge(&self, before: DateTime<Utc>) -> Result<u64, StorageError>;
}
