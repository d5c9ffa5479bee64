//! Centre performance on PostgreSQL: the sums of facts per centre, visit day,
//! kind and key (`stats_daily`), kept in step with every insert and review
//! decision inside the same transaction, and the reads a report needs.

use super::{catalogue, from_json};
use crate::storage::StorageError;
use chrono::{DateTime, NaiveDate, Utc};
use deadpool_postgres::GenericClient;
use ms_core::stats::{count_change, facts, DailySums, Fact, FactKind, Period, Sums, TotalSums};
use ms_core::{Evaluation, ReviewStatus, Role};
use std::collections::BTreeMap;
use uuid::Uuid;

/// Sums to add, by (centre, day, kind, key), in key order: every writer
/// takes the rows' locks in the same order, so two never wait on each other.
/// The values are (total, count) to add; both negative when taking away.
pub type PendingSums = BTreeMap<(String, NaiveDate, FactKind, String), (f64, i64)>;

/// Adds facts to sums kept in memory.
pub fn add_up(sums: &mut PendingSums, centre: &str, day: NaiveDate, facts: &[Fact], sign: i64) {
    for f in facts {
        let s = sums.entry((centre.to_owned(), day, f.kind, f.key.clone())).or_default();
        s.0 += f.value * sign as f64;
        s.1 += sign;
    }
}

/// Adds sums to the table in one statement, and drops rows left with nothing.
pub async fn write(c: &impl GenericClient, sums: PendingSums) -> Result<(), StorageError> {
    if sums.is_empty() {
        return Ok(());
    }
    let mut centres = Vec::with_capacity(sums.len());
    let mut days = Vec::with_capacity(sums.len());
    let mut kinds = Vec::with_capacity(sums.len());
    let mut keys = Vec::with_capacity(sums.len());
    let mut totals = Vec::with_capacity(sums.len());
    let mut counts = Vec::with_capacity(sums.len());
    for ((centre, day, kind, key), (total, count)) in sums {
        centres.push(centre);
        days.push(day);
        kinds.push(kind.as_str());
        keys.push(key);
        totals.push(total);
        counts.push(count);
    }
    let up = c
        .prepare_cached(
            "INSERT INTO stats_daily (centre_id, day, kind, key, total, count)
             SELECT * FROM UNNEST($1::text[], $2::date[], $3::text[], $4::text[], $5::float8[], $6::int8[])
             ON CONFLICT (centre_id, day, kind, key) DO UPDATE
               SET total = stats_daily.total + excluded.total, count = stats_daily.count + excluded.count",
        )
        .await?;
    c.execute(&up, &[&centres, &days, &kinds, &keys, &totals, &counts]).await?;
    if counts.iter().any(|n| *n < 0) {
        let empty = c
            .prepare_cached(
                "DELETE FROM stats_daily WHERE count <= 0
                   AND (centre_id, day) IN (SELECT * FROM UNNEST($1::text[], $2::date[]))",
            )
            .await?;
        c.execute(&empty, &[&centres, &days]).await?;
    }
    Ok(())
}

/// Adds (`sign` 1) or takes away (`sign` -1) an evaluation's facts.
pub async fn apply(
    c: &impl GenericClient,
    centre_id: &str,
    day: NaiveDate,
    facts: &[Fact],
    sign: i64,
) -> Result<(), StorageError> {
    let mut sums = PendingSums::new();
    add_up(&mut sums, centre_id, day, facts, sign);
    write(c, sums).await
}

/// Moves a revision's facts in or out of the sums when a status change makes
/// it start or stop counting.
pub async fn on_status_change(
    c: &impl GenericClient,
    id: Uuid,
    revision: i32,
    role: Role,
    from: ReviewStatus,
    to: ReviewStatus,
) -> Result<(), StorageError> {
    match count_change(role, from, to) {
        Some(sign) => move_facts(c, id, revision, sign).await,
        None => Ok(()),
    }
}

/// Adds a stored revision's facts to the sums, or takes them away.
pub async fn move_facts(c: &impl GenericClient, id: Uuid, revision: i32, sign: i64) -> Result<(), StorageError> {
    let stmt =
        c.prepare_cached("SELECT body, centre_id, visit_at FROM evaluations WHERE id = $1 AND revision = $2").await?;
    let row = c.query_one(&stmt, &[&id, &revision]).await?;
    let (body, centre, visit_at): (String, String, DateTime<Utc>) = (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?);
    let ev: Evaluation = from_json(&body)?;
    let template = catalogue::template(c, &ev.template).await?.ok_or_else(|| {
        StorageError::Corrupt(format!("template {} v{} is gone", ev.template.id, ev.template.version))
    })?;
    apply(c, &centre, visit_at.date_naive(), &facts(&template, &ev), sign).await
}

fn kind(s: &str) -> Result<FactKind, StorageError> {
    FactKind::parse(s).ok_or_else(|| StorageError::Corrupt(format!("figure kind '{s}'")))
}

fn sums_at(row: &tokio_postgres::Row, total: usize) -> Result<Sums, StorageError> {
    let count: i64 = row.try_get(total + 1)?;
    Ok(Sums { total: row.try_get(total)?, count: count.max(0) as u64 })
}

/// Sums over the period by kind and key, and the two indices by day.
pub async fn sums(
    c: &impl GenericClient,
    centres: &[String],
    period: &Period,
) -> Result<(TotalSums, DailySums), StorageError> {
    if centres.is_empty() {
        return Ok((Vec::new(), Vec::new()));
    }
    let by_key = c
        .prepare_cached(
            "SELECT kind, key, SUM(total), SUM(count)::int8 FROM stats_daily
             WHERE centre_id = ANY($1) AND day BETWEEN $2 AND $3 GROUP BY kind, key",
        )
        .await?;
    let by_day = c
        .prepare_cached(
            "SELECT day, kind, SUM(total), SUM(count)::int8 FROM stats_daily
             WHERE kind IN ('customer', 'audit') AND centre_id = ANY($1) AND day BETWEEN $2 AND $3 GROUP BY day, kind",
        )
        .await?;
    let args: [&(dyn tokio_postgres::types::ToSql + Sync); 3] = [&centres, &period.from, &period.to];
    // Both go out at once on the one connection.
    let (keys, days) = tokio::try_join!(c.query(&by_key, &args), c.query(&by_day, &args))?;
    let totals = keys
        .iter()
        .map(|r| Ok((kind(&r.try_get::<_, String>(0)?)?, r.try_get(1)?, sums_at(r, 2)?)))
        .collect::<Result<_, StorageError>>()?;
    let daily = days
        .iter()
        .map(|r| Ok((r.try_get(0)?, kind(&r.try_get::<_, String>(1)?)?, sums_at(r, 2)?)))
        .collect::<Result<_, StorageError>>()?;
    Ok((totals, daily))
}

/// The two indices' sums of each centre over the period.
pub async fn league(
    c: &impl GenericClient,
    centres: &[String],
    period: &Period,
) -> Result<Vec<(String, FactKind, Sums)>, StorageError> {
    if centres.is_empty() {
        return Ok(Vec::new());
    }
    let stmt = c
        .prepare_cached(
            "SELECT centre_id, kind, SUM(total), SUM(count)::int8 FROM stats_daily
             WHERE kind IN ('customer', 'audit') AND centre_id = ANY($1) AND day BETWEEN $2 AND $3
             GROUP BY centre_id, kind",
        )
        .await?;
    let rows = c.query(&stmt, &[&centres, &period.from, &period.to]).await?;
    rows.iter().map(|r| Ok((r.try_get(0)?, kind(&r.try_get::<_, String>(1)?)?, sums_at(r, 2)?))).collect()
}
