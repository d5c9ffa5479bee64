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
        audit::record(c, &kiosk_registered(centre_id, label)).await?;
    }
    Ok(c.query_one("SELECT id FROM kiosks WHERE key_sha256 = $1", &[&key_sha256]).await?.try_get(0)?)
}

pub async fn by_key(c: &impl GenericClient, key_sha256: &str) -> Result<Option<Kiosk>, StorageError> {
    let stmt = c.prepare_cached("SELECT id, centre_id, label FROM kiosks WHERE key_sha256 = $1").await?;
    c.query_opt(&stmt, &[&key_sha256])
        .await?
        .map(|r| Ok(Kiosk { id: r.try_get(0)?, centre_id: r.try_get(1)?, label: r.try_get(2)? }))
        .transpose()
}
