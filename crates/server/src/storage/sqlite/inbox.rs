//! The reviewers' inbox: the latest revision of each evaluation the filters
//! keep (`storage::filter`), with how many they keep over all pages, sorted,
//! and paged by keyset (a cursor naming the last row seen), so that page 1,000
//! costs what page 1 does and rows arriving meanwhile never make one appear
//! twice or go missing; and the exports, which take the same filters.

use super::evaluations::{raw_summary, summary, SUMMARY_COLUMNS, SUMMARY_FROM, SUMMARY_WIDTH};
use crate::storage::filter::{self, Arg, Dialect};
use crate::storage::inbox::page;
use crate::storage::{from_json, ts, EvaluationFilter, ExportRow, ExportSink, StorageError};
use ms_core::wire::EvaluationPage;
use rusqlite::types::Value;
use rusqlite::Connection;

/// SQLite's spelling: numbered `?N` placeholders, truth as 1 and 0.
pub(super) const SQLITE: Dialect = Dialect { placeholder: |n| format!("?{n}"), truth: "1", falsity: "0" };

/// Arguments as SQLite takes them: times as the stored text, days as ISO
/// text, which compares with the stored times.
pub(super) fn values(args: &[Arg]) -> Vec<Value> {
    args.iter()
        .map(|a| match a {
            Arg::Text(t) => Value::Text(t.clone()),
            Arg::Real(r) => Value::Real(*r),
            Arg::Day(d) => Value::Text(d.format("%Y-%m-%d").to_string()),
            Arg::Time(t) => Value::Text(ts(*t)),
            Arg::Id(id) => Value::Text(id.to_string()),
            Arg::Integer(i) => Value::Integer(*i),
            Arg::Date(d) => Value::Text(d.format("%Y-%m-%d").to_string()),
            Arg::Uuid(u) => Value::Text(u.hyphenated().to_string()),
            Arg::MaybeText(t) => t.clone().map_or(Value::Null, Value::Text),
            Arg::MaybeInteger(i) => i.map_or(Value::Null, Value::Integer),
            Arg::MaybeUuid(u) => u.map_or(Value::Null, |u| Value::Text(u.hyphenated().to_string())),
        })
        .collect()
}

pub fn list(c: &Connection, f: &EvaluationFilter) -> Result<EvaluationPage, StorageError> {
    let (mut clauses, mut args) = filter::filters(f, &SQLITE);
    let total: i64 = c.query_row(
        &format!("SELECT COUNT(*) FROM evaluations e WHERE {}", clauses.join(" AND ")),
        rusqlite::params_from_iter(values(&args)),
        |r| r.get(0),
    )?;
    let order = filter::keyset(f, &SQLITE, &mut clauses, &mut args);
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS} FROM {SUMMARY_FROM} WHERE {} ORDER BY {order} LIMIT {}",
        clauses.join(" AND "),
        f.limit + 1
    );
    let mut stmt = c.prepare(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(values(&args)), raw_summary)?;
    let rows = rows.map(|r| summary(r?)).collect::<Result<Vec<_>, _>>()?;
    Ok(page(rows, total.max(0) as u64, f))
}

/// Streams every evaluation the filter keeps, oldest received first, into the
/// sink; stops early when the sink is closed (the client went away).
pub fn export(c: &Connection, f: &EvaluationFilter, sink: &ExportSink) -> Result<u64, StorageError> {
    let (clauses, args) = filter::filters(f, &SQLITE);
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS}, e.body FROM {SUMMARY_FROM} WHERE {} ORDER BY e.received_at, e.id",
        clauses.join(" AND ")
    );
    let mut stmt = c.prepare(&sql)?;
    let mut rows = stmt.query(rusqlite::params_from_iter(values(&args)))?;
    let mut sent = 0;
    while let Some(r) = rows.next()? {
        let row = (|| {
            let body: String = r.get(SUMMARY_WIDTH)?;
            Ok(ExportRow { summary: summary(raw_summary(r)?)?, evaluation: from_json(&body)? })
        })();
        if sink.blocking_send(row).is_err() {
            break;
        }
        sent += 1;
    }
    Ok(sent)
}
