//! Unhappy-ratings alerts on SQLite: raised at most once per centre until
//! acknowledged or cleared (a unique partial index says so), listed, acknowledged.

use super::at_once;
use crate::storage::alerts::{self, AlertSteps};
use crate::storage::{parse_ts, ts, StorageError};
use chrono::{DateTime, Utc};
use ms_core::stats::AlertRule;
use ms_core::wire::Alert;
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row, TransactionBehavior};

const COLUMNS: &str = "a.id, a.centre_id, c.entity_id, a.raised_at, a.window_minutes, a.ratings, a.unhappy,
    a.cleared_at, a.acknowledged_at, u.username, a.delivered_at, a.delivery_attempts";
const FROM: &str = "alerts a JOIN centres c ON c.id = a.centre_id LEFT JOIN users u ON u.id = a.acknowledged_by";

fn optional_ts(s: Option<String>) -> Result<Option<DateTime<Utc>>, StorageError> {
    s.as_deref().map(parse_ts).transpose()
}

type RawAlert =
    (i64, String, String, String, u32, u32, u32, Option<String>, Option<String>, Option<String>, Option<String>, u32);

fn raw(r: &Row) -> rusqlite::Result<RawAlert> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
        r.get(6)?,
        r.get(7)?,
        r.get(8)?,
        r.get(9)?,
        r.get(10)?,
        r.get(11)?,
    ))
}

fn alert(raw: RawAlert) -> Result<Alert, StorageError> {
    let (id, centre_id, entity_id, raised, window_minutes, ratings, unhappy, cleared, acked, by, delivered, attempts) =
        raw;
    Ok(Alert {
        id,
        centre_id,
        entity_id,
        raised_at: parse_ts(&raised)?,
        window_minutes,
        ratings,
        unhappy,
        cleared_at: optional_ts(cleared)?,
        acknowledged_at: optional_ts(acked)?,
        acknowledged_by: by,
        delivered_at: optional_ts(delivered)?,
        delivery_attempts: attempts,
    })
}

fn by_id(c: &Connection, id: i64) -> Result<Option<Alert>, StorageError> {
    let raw = c.query_row(&format!("SELECT {COLUMNS} FROM {FROM} WHERE a.id = ?1"), [id], raw).optional()?;
    raw.map(alert).transpose()
}

/// Checking an alert's steps on SQLite, inside the caller's transaction.
struct Steps<'c>(&'c Connection);

impl AlertSteps for Steps<'_> {
    async fn recent_ratings(&mut self, centre_id: &str, since: DateTime<Utc>) -> Result<(u32, u32), StorageError> {
        Ok(self
            .0
            .prepare_cached(
                "SELECT COUNT(*), COALESCE(SUM(face = 'unhappy'), 0) FROM evaluations
                 WHERE centre_id = ?1 AND received_at >= ?2 AND role = 'citizen' AND is_latest = 1
                   AND status != 'rejected'",
            )?
            .query_row(params![centre_id, ts(since)], |r| Ok((r.get(0)?, r.get(1)?)))?)
    }

    async fn open_alert(&mut self, centre_id: &str) -> Result<Option<i64>, StorageError> {
        Ok(self
            .0
            .prepare_cached(
                "SELECT id FROM alerts WHERE centre_id = ?1 AND acknowledged_at IS NULL AND cleared_at IS NULL",
            )?
            .query_row([centre_id], |r| r.get(0))
            .optional()?)
    }

    async fn raise(
        &mut self,
        centre_id: &str,
        at: DateTime<Utc>,
        rule: &AlertRule,
        ratings: u32,
        unhappy: u32,
    ) -> Result<Option<Alert>, StorageError> {
        self.0
            .prepare_cached(
                "INSERT INTO alerts (centre_id, raised_at, window_minutes, ratings, unhappy) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![centre_id, ts(at), rule.window_minutes, ratings, unhappy])?;
        by_id(self.0, self.0.last_insert_rowid())
    }

    async fn clear(&mut self, id: i64, at: DateTime<Utc>) -> Result<(), StorageError> {
        self.0.execute("UPDATE alerts SET cleared_at = ?2 WHERE id = ?1", params![id, ts(at)])?;
        Ok(())
    }
}

/// `storage::alerts::check` in a transaction of its own.
pub fn check(
    c: &mut Connection,
    centre_id: &str,
    rule: &AlertRule,
    now: DateTime<Utc>,
) -> Result<Option<Alert>, StorageError> {
    let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let raised = at_once(alerts::check(&mut Steps(&tx), centre_id, rule, now))?;
    tx.commit()?;
    Ok(raised)
}

/// The alerts of these centres, newest first; only those not acknowledged unless `all`.
pub fn list(c: &Connection, centres: &[String], all: bool, limit: u32) -> Result<Vec<Alert>, StorageError> {
    if centres.is_empty() {
        return Ok(Vec::new());
    }
    let marks: Vec<String> = (1..=centres.len()).map(|i| format!("?{i}")).collect();
    let open = if all { "" } else { "AND a.acknowledged_at IS NULL" };
    let sql = format!(
        "SELECT {COLUMNS} FROM {FROM} WHERE a.centre_id IN ({}) {open} ORDER BY a.raised_at DESC, a.id DESC LIMIT {limit}",
        marks.join(", ")
    );
    let args: Vec<Value> = centres.iter().map(|c| Value::Text(c.clone())).collect();
    let mut stmt = c.prepare(&sql)?;
    let rows = stmt.query_map(params_from_iter(args.iter()), raw)?;
    rows.map(|r| alert(r?)).collect()
}

/// Acknowledges an alert of one of these centres (again is harmless); None when there is no such alert.
pub fn acknowledge(
    c: &Connection,
    id: i64,
    actor: i64,
    at: DateTime<Utc>,
    centres: &[String],
) -> Result<Option<Alert>, StorageError> {
    match by_id(c, id)? {
        Some(a) if centres.contains(&a.centre_id) => {
            c.execute(
                "UPDATE alerts SET acknowledged_at = ?2, acknowledged_by = ?3 WHERE id = ?1 AND acknowledged_at IS NULL",
                params![id, ts(at), actor],
            )?;
            by_id(c, id)
        }
        _ => Ok(None),
    }
}

/// Records a webhook delivery attempt.
pub fn record_delivery(
    c: &Connection,
    id: i64,
    attempts: u32,
    delivered_at: Option<DateTime<Utc>>,
    error: Option<&str>,
) -> Result<(), StorageError> {
    c.execute(
        "UPDATE alerts SET delivery_attempts = ?2, delivered_at = ?3, delivery_error = ?4 WHERE id = ?1",
        params![id, attempts, delivered_at.map(ts), error],
    )?;
    Ok(())
}
