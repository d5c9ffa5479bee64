//! The records of stored photos (the bytes are in the photo store).

use super::{int, unsigned};
use crate::storage::{PhotoRecord, StorageError};
use chrono::{DateTime, Utc};
use deadpool_postgres::GenericClient;
use ms_core::PhotoId;

/// Records a stored photo; false when it was already recorded.
pub async fn record(c: &impl GenericClient, p: &PhotoRecord) -> Result<bool, StorageError> {
    let stmt = c
        .prepare_cached(
            "INSERT INTO photos (sha256, bytes, width, height, received_at) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (sha256) DO NOTHING",
        )
        .await?;
    let bytes = i64::try_from(p.bytes).map_err(|_| StorageError::Invalid("photo too large".into()))?;
    let n = c
        .execute(
            &stmt,
            &[&p.id.as_str(), &bytes, &int(p.width, "photo width")?, &int(p.height, "photo height")?, &p.received_at],
        )
        .await?;
    Ok(n == 1)
}

pub async fn get(c: &impl GenericClient, id: &PhotoId) -> Result<Option<PhotoRecord>, StorageError> {
    let stmt = c.prepare_cached("SELECT bytes, width, height, received_at FROM photos WHERE sha256 = $1").await?;
    let Some(r) = c.query_opt(&stmt, &[&id.as_str()]).await? else { return Ok(None) };
    let bytes: i64 = r.try_get(0)?;
    Ok(Some(PhotoRecord {
        id: id.clone(),
        bytes: bytes.max(0) as u64,
        width: unsigned(r.try_get(1)?, "photo width")?,
        height: unsigned(r.try_get(2)?, "photo height")?,
        received_at: r.try_get(3)?,
    }))
}

/// The ids among `ids` that no photo record exists for, in the order given.
pub async fn missing(c: &impl GenericClient, ids: &[PhotoId]) -> Result<Vec<PhotoId>, StorageError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let wanted: Vec<&str> = ids.iter().map(PhotoId::as_str).collect();
    let stmt = c.prepare_cached("SELECT sha256 FROM photos WHERE sha256 = ANY($1)").await?;
    let found: Vec<String> =
        c.query(&stmt, &[&wanted]).await?.iter().map(|r| r.try_get(0)).collect::<Result<_, _>>()?;
    Ok(ids.iter().filter(|id| !found.iter().any(|f| f == id.as_str())).cloned().collect())
}

/// Photos received before `before` that no evaluation and no action's evidence refers to.
pub async fn orphans(c: &impl GenericClient, before: DateTime<Utc>, limit: u32) -> Result<Vec<PhotoId>, StorageError> {
    let rows = c
        .query(
            "SELECT p.sha256 FROM photos p WHERE p.received_at < $1
             AND NOT EXISTS (SELECT 1 FROM evaluation_photos r WHERE r.sha256 = p.sha256)
         AND NOT EXISTS (SELECT 1 FROM action_photos r WHERE r.sha256 = p.sha256) LIMIT $2",
            &[&before, &i64::from(limit)],
        )
        .await?;
    rows.iter()
        .map(|r| PhotoId::parse(&r.try_get::<_, String>(0)?).map_err(|e| StorageError::Corrupt(e.to_string())))
        .collect()
}

/// Forgets a photo's record unless an evaluation came to refer to it meanwhile.
pub async fn forget_orphan(c: &impl GenericClient, id: &PhotoId) -> Result<bool, StorageError> {
    let n = c
        .execute(
            "DELETE FROM photos WHERE sha256 = $1
             AND NOT EXISTS (SELECT 1 FROM evaluation_photos r WHERE r.sha256 = $1)
         AND NOT EXISTS (SELECT 1 FROM action_photos r WHERE r.sha256 = $1)",
            &[&id.as_str()],
        )
        .await?;
    Ok(n == 1)
}
