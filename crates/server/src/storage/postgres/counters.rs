//! The front door's counters in the database, shared by every instance:
//! one row per key with its count and its time (a window's start, or the
//! last failure, as the allowance decides). Rows are locked in key order, so that two requests
//! charging the same keys take turns and never wait on each other. Keys are
//! kept as their SHA-256: what they name (devices, network addresses) stays
//! out of the database, and any key fits a text column.

use crate::guard::{Change, Counter};
use crate::storage::StorageError;
use chrono::{DateTime, Utc};
use deadpool_postgres::GenericClient;
use sha2::{Digest, Sha256};

fn digest(key: &str) -> String {
    hex::encode(Sha256::digest(key.as_bytes()))
}

/// Inside the caller's transaction: see [`crate::storage::SharedCounters::update`].
pub async fn update(
    c: &impl GenericClient,
    keys: &[String],
    now: DateTime<Utc>,
    change: Change<'_>,
) -> Result<Option<std::time::Duration>, StorageError> {
    let digests: Vec<String> = keys.iter().map(|k| digest(k)).collect();
    let mut sorted: Vec<&str> = digests.iter().map(String::as_str).collect();
    sorted.sort_unstable();
    sorted.dedup();
    let create = c
        .prepare_cached(
            "INSERT INTO rate_windows (key, started, count) SELECT k, $2, 0 FROM UNNEST($1::text[]) AS k ORDER BY k
             ON CONFLICT (key) DO NOTHING",
        )
        .await?;
    c.execute(&create, &[&sorted, &now]).await?;
    let lock = c
        .prepare_cached("SELECT key, started, count FROM rate_windows WHERE key = ANY($1) ORDER BY key FOR UPDATE")
        .await?;
    let mut stored = std::collections::HashMap::new();
    for row in c.query(&lock, &[&sorted]).await? {
        let (key, at, count): (String, DateTime<Utc>, i32) = (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?);
        stored.insert(key, Counter { count: count.max(0) as u32, at });
    }
    let mut counters: Vec<Counter> =
        digests.iter().map(|d| stored.get(d).copied().unwrap_or(Counter { count: 0, at: now })).collect();
    let verdict = change(&mut counters);
    let counts: Vec<i32> = counters.iter().map(|c| i32::try_from(c.count).unwrap_or(i32::MAX)).collect();
    let times: Vec<DateTime<Utc>> = counters.iter().map(|c| c.at).collect();
    let write = c
        .prepare_cached(
            "UPDATE rate_windows r SET count = u.count, started = u.at
             FROM UNNEST($1::text[], $2::timestamptz[], $3::int4[]) AS u(key, at, count) WHERE r.key = u.key",
        )
        .await?;
    c.execute(&write, &[&digests, &times, &counts]).await?;
    let forget = c.prepare_cached("DELETE FROM rate_windows WHERE key = ANY($1) AND count <= 0").await?;
    c.execute(&forget, &[&sorted]).await?;
    Ok(verdict)
}

pub async fn purge(c: &impl GenericClient, before: DateTime<Utc>) -> Result<u64, StorageError> {
    Ok(c.execute("DELETE FROM rate_windows WHERE started < $1", &[&before]).await?)
}
