//! Registered exit kiosks: a device at one centre's exit, known by the hash of its key.

use super::audit;
use crate::storage::accounts::kiosk_registered;
use crate::storage::{ts, Kiosk, StorageError};
use chrono::Utc;
use rusqlite::{params, Connection, OptionalExtension};

/// Registers a kiosk (the same key again is the same kiosk), recorded in the audit log.
pub fn create(
    c: &mut Connection,
    key_sha256: &str,
    centre_id: &str,
    label: &str,
    actor: Option<i64>,
) -> Result<i64, StorageError> {
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
        audit::record(&tx, &kiosk_registered(centre_id, label, actor))?;
    }
    let id = tx.query_row("SELECT id FROM kiosks WHERE key_sha256 = ?1", [key_sha256], |r| r.get(0))?;
    tx.commit()?;
    Ok(id)
}

pub fn by_key(c: &Connection, key_sha256: &str) -> Result<Option<Kiosk>, StorageError> {
    Ok(c.prepare_cached("SELECT id, centre_id, label FROM kiosks WHERE key_sha256 = ?1 AND revoked_at IS NULL")?
        .query_row([key_sha256], |r| Ok(Kiosk { id: r.get(0)?, centre_id: r.get(1)?, label: r.get(2)? }))
        .optional()?)
}

fn view(r: &rusqlite::Row<'_>) -> Result<ms_core::accounts::KioskView, StorageError> {
    Ok(ms_core::accounts::KioskView {
        id: r.get(0)?,
        centre_id: r.get(1)?,
        label: r.get(2)?,
        created_at: crate::storage::parse_ts(&r.get::<_, String>(3)?)?,
        revoked_at: r.get::<_, Option<String>>(4)?.as_deref().map(crate::storage::parse_ts).transpose()?,
    })
}

pub fn list(c: &Connection) -> Result<Vec<ms_core::accounts::KioskView>, StorageError> {
    let sql = format!("SELECT {} FROM kiosks k ORDER BY k.id DESC", crate::storage::admin::KIOSK_COLUMNS);
    let mut stmt = c.prepare_cached(&sql)?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        out.push(view(r)?);
    }
    Ok(out)
}

/// Revokes a kiosk, recorded in the audit log (once: revoking again changes nothing).
pub fn revoke(
    c: &mut Connection,
    id: i64,
    by: crate::storage::AdminAct,
) -> Result<Option<ms_core::accounts::KioskView>, StorageError> {
    let tx = c.transaction()?;
    let changed =
        tx.execute("UPDATE kiosks SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL", params![id, ts(by.at)])?;
    let sql = format!("SELECT {} FROM kiosks k WHERE k.id = ?1", crate::storage::admin::KIOSK_COLUMNS);
    let kiosk = tx.query_row(&sql, [id], |r| Ok(view(r))).optional()?.transpose()?;
    if let (1, Some(k)) = (changed, &kiosk) {
        audit::record(&tx, &crate::storage::admin::kiosk_revoked(k, by))?;
    }
    tx.commit()?;
    Ok(kiosk)
}
