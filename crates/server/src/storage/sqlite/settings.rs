//! Settings an admin changes at run time, stored as JSON by name.

use super::{from_json, json};
use crate::storage::performance::rating_changed;
use crate::storage::{ts, StorageError};
use chrono::{DateTime, Utc};
use ms_core::RatingConfig;
use rusqlite::{params, Connection, OptionalExtension};

const RATING: &str = "rating";

/// The rating configuration; the defaults until an admin sets one.
pub fn rating(c: &Connection) -> Result<RatingConfig, StorageError> {
    let value: Option<String> =
        c.query_row("SELECT value FROM settings WHERE name = ?1", [RATING], |r| r.get(0)).optional()?;
    value.map_or_else(|| Ok(RatingConfig::default()), |v| from_json(&v))
}

/// Sets the rating configuration, recorded in the audit log with the one it replaces.
pub fn set_rating(
    c: &mut Connection,
    config: &RatingConfig,
    actor: i64,
    at: DateTime<Utc>,
) -> Result<(), StorageError> {
    let tx = c.transaction()?;
    let before = rating(&tx)?;
    tx.execute(
        "INSERT INTO settings (name, value, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,
           updated_by = excluded.updated_by",
        params![RATING, json(config)?, ts(at), actor],
    )?;
    super::audit::record(&tx, &rating_changed(&before, config, actor, at)?)?;
    tx.commit()?;
    Ok(())
}
