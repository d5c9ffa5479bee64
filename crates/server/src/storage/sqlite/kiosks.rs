//! Registered exit kiosks: a device at one centre's exit, known by the hash of its key.

use super::audit;
use crate::storage::accounts::kiosk_registered;
use crate::storage::{ts, Kiosk, StorageError};
use chrono::Utc;
use rusqlite::{params, Connection, OptionalExtension};

/// Registers a kiosk (the same key again is the same kiosk), recorded in the audit log.
pub fn create(c: &mut Connection, key_sha256: &str, centre_id: &str, label: &str) -> Result<i64, StorageError> {
    let tx = c.transaction()?;
    let known: bool = tx.prepare_cached("SELECT 1 FROM centres WHERE id = ?1")?.exists([centre_id])?;
    if !known {
        return Err(StorageError::Invalid(format!("the catalogue has no centre '{centre_id}'")));
    }
    let added = tx.execute(
        "INSERT INTO kiosks (key_sha256, centre_id, label, created_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (key_sha256) DO NOTHING",
        params![key_sha256, centre_id, label, ts(Utc::now())],
    )?;
    if added == 1 {
        audit::record(&tx, &kiosk_registered(centre_id, label))?;
    }
    let id = tx.query_row("SELECT id FROM kiosks WHERE key_sha256 = ?1", [key_sha256], |r| r.get(0))?;
    tx.commit()?;
    Ok(id)
}

pub fn by_key(c: &Connection, key_sha256: &str) -> Result<Option<Kiosk>, StorageError> {
    Ok(c.prepare_cached("SELECT id, centre_id, label FROM kiosks WHERE key_sha256 = ?1")?
        .query_row([key_sha256], |r| Ok(Kiosk { id: r.get(0)?, centre_id: r.get(1)?, label: r.get(2)? }))
        .optional()?)
}
