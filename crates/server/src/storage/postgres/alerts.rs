//! Unhappy-ratings alerts on PostgreSQL: raised at most once per centre until
//! acknowledged or cleared. Instances checking at once meet at the unique
//! partial index: one inserts, the others find it open.

use super::{int, unsigned};
use crate::storage::alerts::{self, AlertSteps};
use crate::storage::StorageError;
use chrono::{DateTime, Utc};
use deadpool_postgres::GenericClient;
use ms_core::stats::AlertRule;
use ms_core::wire::Alert;
use tokio_postgres::Row;

const COLUMNS: &str = "a.id, a.centre_id, c.entity_id, a.raised_at, a.window_minutes, a.ratings, a.unhappy,
    a.cleared_at, a.acknowledged_at, u.username, a.delivered_at, a.delivery_attempts";
const FROM: &str = "alerts a JOIN centres c ON c.id = a.centre_id LEFT JOIN users u ON u.id = a.acknowledged_by";

fn alert(r: &Row) -> Result<Alert, StorageError> {
    Ok(Alert {
        id: r.try_get(0)?,
        centre_id: r.try_get(1)?,
        entity_id: r.try_get(2)?,
        raised_at: r.try_get(3)?,
        window_minutes: unsigned(r.try_get(4)?, "alert window")?,
        ratings: unsigned(r.try_get(5)?, "ratings")?,
        unhappy: unsigned(r.try_get(6)?, "unhappy ratings")?,
        cleared_at: r.try_get(7)?,
        acknowledged_at: r.try_get(8)?,
        acknowledged_by: r.try_get(9)?,
        delivered_at: r.try_get(10)?,
        delivery_attempts: unsigned(r.try_get(11)?, "delivery attempts")?,
    })
}

async fn by_id(c: &impl GenericClient, id: i64) -> Result<Option<Alert>, StorageError> {
    let stmt = c.prepare_cached(&format!("SELECT {COLUMNS} FROM {FROM} WHERE a.id = $1")).await?;
    c.query_opt(&stmt, &[&id]).await?.as_ref().map(alert).transpose()
}

/// Checking an alert's steps on PostgreSQL, inside the caller's transaction.
struct Steps<'c, C>(&'c C);

impl<C: GenericClient + Sync> AlertSteps for Steps<'_, C> {
    async fn recent_ratings(&mut self, centre_id: &str, since: DateTime<Utc>) -> Result<(u32, u32), StorageError> {
        let window = self
            .0
            .prepare_cached(
                "SELECT COUNT(*), COUNT(*) FILTER (WHERE face = 'unhappy') FROM evaluations
                 WHERE centre_id = $1 AND received_at >= $2 AND role = 'citizen' AND is_latest AND status <> 'rejected'",
            )
            .await?;
        let row = self.0.query_one(&window, &[&centre_id, &since]).await?;
        let (ratings, unhappy): (i64, i64) = (row.try_get(0)?, row.try_get(1)?);
        Ok((ratings.clamp(0, i64::from(u32::MAX)) as u32, unhappy.clamp(0, i64::from(u32::MAX)) as u32))
    }

    async fn open_alert(&mut self, centre_id: &str) -> Result<Option<i64>, StorageError> {
        let open = self
            .0
            .prepare_cached(
                "SELECT id FROM alerts WHERE centre_id = $1 AND acknowledged_at IS NULL AND cleared_at IS NULL FOR UPDATE",
            )
            .await?;
        Ok(self.0.query_opt(&open, &[&centre_id]).await?.map(|r| r.try_get(0)).transpose()?)
    }

    async fn raise(
        &mut self,
        centre_id: &str,
        at: DateTime<Utc>,
        rule: &AlertRule,
        ratings: u32,
        unhappy: u32,
    ) -> Result<Option<Alert>, StorageError> {
        let raise = self
            .0
            .prepare_cached(
                "INSERT INTO alerts (centre_id, raised_at, window_minutes, ratings, unhappy)
                 VALUES ($1, $2, $3, $4, $5)
                 ON CONFLICT (centre_id) WHERE acknowledged_at IS NULL AND cleared_at IS NULL DO NOTHING
                 RETURNING id",
            )
            .await?;
        let args = (int(rule.window_minutes, "alert window")?, int(ratings, "ratings")?, int(unhappy, "unhappy")?);
        match self.0.query_opt(&raise, &[&centre_id, &at, &args.0, &args.1, &args.2]).await? {
            Some(row) => by_id(self.0, row.try_get(0)?).await,
            // Another instance raised it meanwhile.
            None => Ok(None),
        }
    }

    async fn clear(&mut self, id: i64, at: DateTime<Utc>) -> Result<(), StorageError> {
        self.0.execute("UPDATE alerts SET cleared_at = $2 WHERE id = $1", &[&id, &at]).await?;
        Ok(())
    }
}

/// `storage::alerts::check` inside the caller's transaction.
pub async fn check(
    c: &impl GenericClient,
    centre_id: &str,
    rule: &AlertRule,
    now: DateTime<Utc>,
) -> Result<Option<Alert>, StorageError> {
    alerts::check(&mut Steps(c), centre_id, rule, now).await
}

/// The alerts of these centres, newest first; only those not acknowledged unless `all`.
pub async fn list(
    c: &impl GenericClient,
    centres: &[String],
    all: bool,
    limit: u32,
) -> Result<Vec<Alert>, StorageError> {
    if centres.is_empty() {
        return Ok(Vec::new());
    }
    let stmt = c
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM {FROM} WHERE a.centre_id = ANY($1) AND ($2 OR a.acknowledged_at IS NULL)
             ORDER BY a.raised_at DESC, a.id DESC LIMIT $3"
        ))
        .await?;
    let rows = c.query(&stmt, &[&centres, &all, &i64::from(limit)]).await?;
    rows.iter().map(alert).collect()
}

/// Acknowledges an alert of one of these centres (again is harmless); None when there is no such alert.
pub async fn acknowledge(
    c: &impl GenericClient,
    id: i64,
    actor: i64,
    at: DateTime<Utc>,
    centres: &[String],
) -> Result<Option<Alert>, StorageError> {
    match by_id(c, id).await? {
        Some(a) if centres.contains(&a.centre_id) => {
            c.execute(
                "UPDATE alerts SET acknowledged_at = $2, acknowledged_by = $3 WHERE id = $1 AND acknowledged_at IS NULL",
                &[&id, &at, &actor],
            )
            .await?;
            by_id(c, id).await
        }
        _ => Ok(None),
    }
}

/// Records a webhook delivery attempt.
pub async fn record_delivery(
    c: &impl GenericClient,
    id: i64,
    attempts: u32,
    delivered_at: Option<DateTime<Utc>>,
    error: Option<&str>,
) -> Result<(), StorageError> {
    c.execute(
        "UPDATE alerts SET delivery_attempts = $2, delivered_at = $3, delivery_error = $4 WHERE id = $1",
        &[&id, &int(attempts, "delivery attempts")?, &delivered_at, &error],
    )
    .await?;
    Ok(())
}
