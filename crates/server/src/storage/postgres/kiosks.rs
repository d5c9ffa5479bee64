//! Registered exit kiosks: a device at one centre's exit, known by the hash of its key.

use super::audit;
use crate::storage::accounts::kiosk_registered;
use crate::storage::{Kiosk, StorageError};
use chrono::Utc;
use deadpool_postgres::GenericClient;

/// Registers a kiosk inside the caller's transaction (the same key again is the same kiosk), recorded in the audit log.
pub async fn create(
    c: &impl GenericClient,
    key_sha256: &str,
    centre_id: &str,
    label: &str,
    actor: Option<i64>,
) -> Result<i64, StorageError> {
    if c.query_opt("SELECT 1 FROM centres WHERE id = $1", &[&centre_id]).await?.is_none() {
        return Err(StorageError::Invalid(format!("the catalogue has no centre '{centre_id}'")));
    }
    let added = c
        .execute(
            "INSERT INTO kiosks (key_sha256, centre_id, label, created_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (key_sha256) DO NOTHING",
            &[&key_sha256, &centre_id, &label, &Utc::now()],
        )
        .await?;
    if added == 1 {
        audit::record(c, &kiosk_registered(centre_id, label, actor)).await?;
    }
    Ok(c.query_one("SELECT id FROM kiosks WHERE key_sha256 = $1", &[&key_sha256]).await?.try_get(0)?)
}

pub async fn by_key(c: &impl GenericClient, key_sha256: &str) -> Result<Option<Kiosk>, StorageError> {
    let stmt = c
        .prepare_cached("SELECT id, centre_id, label FROM kiosks WHERE key_sha256 = $1 AND revoked_at IS NULL")
        .await?;
    c.query_opt(&stmt, &[&key_sha256])
        .await?
        .map(|r| Ok(Kiosk { id: r.try_get(0)?, centre_id: r.try_get(1)?, label: r.try_get(2)? }))
        .transpose()
}

fn view(r: &tokio_postgres::Row) -> Result<ms_core::accounts::KioskView, StorageError> {
    Ok(ms_core::accounts::KioskView {
        id: r.try_get(0)?,
        centre_id: r.try_get(1)?,
        label: r.try_get(2)?,
        created_at: r.try_get(3)?,
        revoked_at: r.try_get(4)?,
    })
}

pub async fn list(c: &impl GenericClient) -> Result<Vec<ms_core::accounts::KioskView>, StorageError> {
    let sql = format!("SELECT {} FROM kiosks k ORDER BY k.id DESC", crate::storage::admin::KIOSK_COLUMNS);
    c.query(&sql, &[]).await?.iter().map(view).collect()
}

/// Revokes a kiosk inside the caller's transaction, recorded in the audit log once.
pub async fn revoke(
    c: &impl GenericClient,
    id: i64,
    by: crate::storage::AdminAct,
) -> Result<Option<ms_core::accounts::KioskView>, StorageError> {
    let changed =
        c.execute("UPDATE kiosks SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL", &[&id, &by.at]).await?;
    let sql = format!("SELECT {} FROM kiosks k WHERE k.id = $1", crate::storage::admin::KIOSK_COLUMNS);
    let kiosk = c.query_opt(&sql, &[&id]).await?.as_ref().map(view).transpose()?;
    if let (1, Some(k)) = (changed, &kiosk) {
        audit::record(c, &crate::storage::admin::kiosk_revoked(k, by)).await?;
    }
    Ok(kiosk)
}
