//! The records of stored photos (the bytes live in the photo store).

use super::StorageError;
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use ms_core::PhotoId;

#[derive(Debug, Clone)]
pub struct PhotoRecord {
    pub id: PhotoId,
    pub bytes: u64,
    pub width: u32,
    pub height: u32,
    pub received_at: DateTime<Utc>,
}

#[async_trait]
pub trait PhotoRecords: Send + Sync {
    /// Records a stored photo; false when it was already recorded.
    async fn record_photo(&self, photo: &PhotoRecord) -> Result<bool, StorageError>;
    async fn photo(&self, id: &PhotoId) -> Result<Option<PhotoRecord>, StorageError>;
    /// The ids among `ids` that no photo record exists for.
    async fn missing_photos(&self, ids: &[PhotoId]) -> Result<Vec<PhotoId>, StorageError>;
    /// Photos received before `before` that no evaluation refers to.
    async fn orphan_photos(&self, before: DateTime<Utc>, limit: u32) -> Result<Vec<PhotoId>, StorageError>;
    /// Forgets a photo's record, unless an evaluation came to refer to it
    /// meanwhile; true when it was forgotten (its file may then go).
    async fn forget_orphan_photo(&self, id: &PhotoId) -> Result<bool, StorageError>;
}
