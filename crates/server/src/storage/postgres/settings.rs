//! Settings an admin changes at run time, stored as JSON by name.

use super::{from_json, json};
use crate::storage::performance::rating_changed;
use crate::storage::StorageError;
use chrono::{DateTime, Utc};
use deadpool_postgres::GenericClient;
use ms_core::RatingConfig;

const RATING: &str = "rating";

/// The rating configuration; the defaults until an admin sets one.
pub async fn rating(c: &impl GenericClient) -> Result<RatingConfig, StorageError> {
    let stmt = c.prepare_cached("SELECT value FROM settings WHERE name = $1").await?;
    match c.query_opt(&stmt, &[&RATING]).await? {
        Some(r) => from_json(&r.try_get::<_, String>(0)?),
        None => Ok(RatingConfig::default()),
    }
}

/// Sets the rating configuration inside the caller's transaction, recorded
/// in the audit log with the one it replaces.
pub async fn set_rating(
    c: &impl GenericClient,
    config: &RatingConfig,
    actor: i64,
    at: DateTime<Utc>,
) -> Result<(), StorageError> {
    let before = rating(c).await?;
    c.execute(
        "INSERT INTO settings (name, value, updated_at, updated_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,
           updated_by = excluded.updated_by",
        &[&RATING, &json(config)?, &at, &actor],
    )
    .await?;
    super::audit::record(c, &rating_changed(&before, config, actor, at)?).await
}
