//! The reviewers' inbox: the latest revision of each evaluation the filters
//! keep (`storage::filter`), with how many they keep over all pages, sorted,
//! and paged by keyset (a cursor naming the last row seen), so that page 1,000
//! costs what page 1 does and rows arriving meanwhile never make one appear
//! twice or go missing; and the exports, which take the same filters.

use super::evaluations::{raw_summary, summary, SUMMARY_COLUMNS, SUMMARY_FROM, SUMMARY_WIDTH};
use super::from_json;
use crate::storage::filter::{self, sort_key, Arg, Dialect};
use crate::storage::{EvaluationFilter, ExportRow, ExportSink, PageCursor, StorageError};
use ms_core::wire::EvaluationPage;
use rusqlite::types::Value;
use rusqlite::Connection;

/// SQLite's spelling: numbered `?N` placeholders, truth as 1 and 0.
const SQLITE: Dialect = Dialect { placeholder: |n| format!("?{n}"), truth: "1", falsity: "0" };

/// The filters' clauses, with arguments as SQLite takes them (days as ISO text,
/// which compares with the stored times).
fn filters(f: &EvaluationFilter) -> (Vec<String>, Vec<Value>) {
    let (clauses, args) = filter::filters(f, &SQLITE);
    let args = args
        .into_iter()
        .map(|a| match a {
            Arg::Text(t) => Value::Text(t),
            Arg::Real(r) => Value::Real(r),
            Arg::Day(d) => Value::Text(d.format("%Y-%m-%d").to_string()),
        })
        .collect();
    (clauses, args)
}

pub fn list(c: &Connection, f: &EvaluationFilter) -> Result<EvaluationPage, StorageError> {
    let (mut clauses, mut args) = filters(f);
    let total: i64 = c.query_row(
        &format!("SELECT COUNT(*) FROM evaluations e WHERE {}", clauses.join(" AND ")),
        rusqlite::params_from_iter(args.iter()),
        |r| r.get(0),
    )?;
    let key = sort_key(f.sort);
    let (cmp, dir) = if f.ascending { (">", "ASC") } else { ("<", "DESC") };
    if let Some(after) = &f.after {
        args.push(after.key.clone());
        args.push(Value::Text(after.id.clone()));
        let (k, i) = (args.len() - 1, args.len());
        clauses.push(format!("({key}, e.id) {cmp} (?{k}, ?{i})"));
    }
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS}, {key} FROM {SUMMARY_FROM} WHERE {} ORDER BY {key} {dir}, e.id {dir} LIMIT {}",
        clauses.join(" AND "),
        f.limit + 1
    );
    let mut stmt = c.prepare(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), |r| {
        let id: String = r.get(0)?;
        Ok((raw_summary(r)?, r.get::<_, Value>(SUMMARY_WIDTH)?, id))
    })?;
    let mut items = Vec::new();
    let mut last = None;
    for row in rows {
        let (raw, key, id) = row?;
        if items.len() == f.limit as usize {
            // One row more than the page: there is a next page, after the last row shown.
            let next = last.map(|(key, id)| PageCursor { sort: f.sort, ascending: f.ascending, key, id }.encode());
            return Ok(EvaluationPage { items, total: total as u64, next_cursor: next });
        }
        items.push(summary(raw)?);
        last = Some((key, id));
    }
    Ok(EvaluationPage { items, total: total as u64, next_cursor: None })
}

/// Streams every evaluation the filter keeps, oldest received first, into the
/// sink; stops early when the sink is closed (the client went away).
pub fn export(c: &Connection, f: &EvaluationFilter, sink: &ExportSink) -> Result<u64, StorageError> {
    let (clauses, args) = filters(f);
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS}, e.body FROM {SUMMARY_FROM} WHERE {} ORDER BY e.received_at, e.id",
        clauses.join(" AND ")
    );
    let mut stmt = c.prepare(&sql)?;
    let mut rows = stmt.query(rusqlite::params_from_iter(args.iter()))?;
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
