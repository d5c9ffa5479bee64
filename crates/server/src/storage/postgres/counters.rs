//! The front door's counters in the database, shared by every instance:
//! one row per key with the start of its current window and the events
//! counted in it. Rows are locked in key order, so that two requests
//! charging the same keys take turns and never wait on each other. Keys are
//! kept as their SHA-256: what they name (devices, network addresses) stays
//! out of the database, and any key fits a text column.

use crate::storage::StorageError;
use chrono::{DateTime, Utc};
use deadpool_postgres::GenericClient;
use sha2::{Digest, Sha256};

fn digest(key: &str) -> String {
    hex::encode(Sha256::digest(key.as_bytes()))
}

/// Inside the caller's transaction: see [`crate::storage::SharedCounters::charge`].
pub async fn charge(
    c: &impl GenericClient,
    keys: &[(String, u32)],
    window: std::time::Duration,
    now: DateTime<Utc>,
) -> Result<Result<(), std::time::Duration>, StorageError> {
    let length = chrono::Duration::from_std(window).map_err(|e| StorageError::Invalid(e.to_string()))?;
    let mut limits: Vec<(String, u32)> = keys.iter().map(|(k, limit)| (digest(k), *limit)).collect();
    limits.sort_unstable();
    let names: Vec<&str> = limits.iter().map(|(k, _)| k.as_str()).collect();
    let create = c
        .prepare_cached(
            "INSERT INTO rate_windows (key, started, count) SELECT k, $2, 0 FROM UNNEST($1::text[]) AS k ORDER BY k
             ON CONFLICT (key) DO NOTHING",
        )
        .await?;
    c.execute(&create, &[&names, &now]).await?;
    let lock = c
        .prepare_cached("SELECT key, started, count FROM rate_windows WHERE key = ANY($1) ORDER BY key FOR UPDATE")
        .await?;
    let mut wait = None;
    for row in c.query(&lock, &[&names]).await? {
        let (key, started, count): (String, DateTime<Utc>, i32) = (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?);
        let ends = started + length;
        let Some((_, limit)) = limits.iter().find(|(k, _)| *k == key) else { continue };
        if ends > now && i64::from(count) >= i64::from(*limit) {
            let left = (ends - now).to_std().unwrap_or_default();
            wait = wait.max(Some(left));
        }
    }
    if let Some(wait) = wait {
        return Ok(Err(wait));
    }
    let add = c
        .prepare_cached(
            "UPDATE rate_windows SET
               count = CASE WHEN started <= $3 THEN 1 ELSE count + 1 END,
               started = CASE WHEN started <= $3 THEN $2 ELSE started END
             WHERE key = ANY($1)",
        )
        .await?;
    // A window that started this long ago or earlier has ended.
    c.execute(&add, &[&names, &now, &(now - length)]).await?;
    Ok(Ok(()))
}

pub async fn refund(c: &impl GenericClient, keys: &[String]) -> Result<(), StorageError> {
    let keys: Vec<String> = keys.iter().map(|k| digest(k)).collect();
    c.execute("UPDATE rate_windows SET count = GREATEST(count - 1, 0) WHERE key = ANY($1)", &[&keys]).await?;
    Ok(())
}

pub async fn purge(c: &impl GenericClient, before: DateTime<Utc>) -> Result<u64, StorageError> {
    Ok(c.execute("DELETE FROM rate_windows WHERE started < $1", &[&before]).await?)
}
