//! The records of stored photos (the bytes are in the photo store).

use crate::storage::{parse_ts, ts, PhotoRecord, StorageError};
use chrono::{DateTime, Utc};
use ms_core::PhotoId;
use rusqlite::{params, Connection, OptionalExtension};

/// Records a stored photo; false when it was already recorded.
pub fn record(c: &Connection, p: &PhotoRecord) -> Result<bool, StorageError> {
    let n = c
        .prepare_cached(
            "INSERT INTO photos (sha256, bytes, width, height, received_at) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (sha256) DO NOTHING",
        )?
        .execute(params![p.id.as_str(), p.bytes as i64, p.width, p.height, ts(p.received_at)])?;
    Ok(n == 1)
}

pub fn get(c: &Connection, id: &PhotoId) -> Result<Option<PhotoRecord>, StorageError> {
    let row = c
        .prepare_cached("SELECT bytes, width, height, received_at FROM photos WHERE sha256 = ?1")?
        .query_row([id.as_str()], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, u32>(1)?, r.get::<_, u32>(2)?, r.get::<_, String>(3)?))
        })
        .optional()?;
    row.map(|(bytes, width, height, at)| {
        Ok(PhotoRecord { id: id.clone(), bytes: bytes as u64, width, height, received_at: parse_ts(&at)? })
    })
    .transpose()
}

/// The ids among `ids` that no photo record exists for.
pub fn missing(c: &Connection, ids: &[PhotoId]) -> Result<Vec<PhotoId>, StorageError> {
    let mut stmt = c.prepare_cached("SELECT 1 FROM photos WHERE sha256 = ?1")?;
    let mut missing = Vec::new();
    for id in ids {
        if !stmt.exists([id.as_str()])? {
            missing.push(id.clone());
        }
    }
    Ok(missing)
}

/// Photos received before `before` that no evaluation and no action's evidence refers to.
pub fn orphans(c: &Connection, before: DateTime<Utc>, limit: u32) -> Result<Vec<PhotoId>, StorageError> {
    let mut stmt = c.prepare_cached(
        "SELECT p.sha256 FROM photos p WHERE p.received_at < ?1
         AND NOT EXISTS (SELECT 1 FROM evaluation_photos r WHERE r.sha256 = p.sha256)
         AND NOT EXISTS (SELECT 1 FROM action_photos r WHERE r.sha256 = p.sha256) LIMIT ?2",
    )?;
    let rows = stmt.query_map(params![ts(before), limit], |r| r.get::<_, String>(0))?;
    rows.map(|r| PhotoId::parse(&r?).map_err(|e| StorageError::Corrupt(e.to_string()))).collect()
}

/// Forgets a photo's record unless an evaluation refers to it; true when it was forgotten.
pub fn forget_orphan(c: &Connection, id: &PhotoId) -> Result<bool, StorageError> {
    let n = c.execute(
        "DELETE FROM photos WHERE sha256 = ?1
         AND NOT EXISTS (SELECT 1 FROM evaluation_photos r WHERE r.sha256 = ?1)
         AND NOT EXISTS (SELECT 1 FROM action_photos r WHERE r.sha256 = ?1)",
        [id.as_str()],
    )?;
    Ok(n == 1)
}
