//! Fictional evaluations in bulk (`seed --evaluations`, `--demo-evaluations`):
//! a seam of its own, so that the handlers' storage has no way to add them.

use super::{Storage, StorageError};
use async_trait::async_trait;

#[async_trait]
pub trait Seeder: Storage {
    /// Adds `count` fictional evaluations over the catalogue's centres, the
    /// last twelve months, every status and both roles.
    async fn seed_evaluations(&self, count: u64, seed: u64) -> Result<u64, StorageError>;
}
