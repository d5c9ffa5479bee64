//! The reviewers' inbox on PostgreSQL: the latest revision of each
//! evaluation the filters keep (`storage::filter`), with how many they keep
//! over all pages, sorted and paged by keyset; and the exports, which take the
//! same filters, streamed row by row from the server.

use super::evaluations::{summary_row, SUMMARY_COLUMNS, SUMMARY_FROM, SUMMARY_WIDTH};
use super::from_json;
use crate::storage::filter::{self, sort_key, Arg, Dialect};
use crate::storage::{parse_ts, ts, EvaluationFilter, ExportRow, ExportSink, PageCursor, SortField, StorageError};
use chrono::{DateTime, Utc};
use deadpool_postgres::GenericClient;
use futures_util::{pin_mut, TryStreamExt};
use ms_core::wire::EvaluationPage;
use rusqlite::types::Value;
use tokio_postgres::types::ToSql;

/// PostgreSQL's spelling: `$N` placeholders, real booleans.
const POSTGRES: Dialect = Dialect { placeholder: |n| format!("${n}"), truth: "true", falsity: "false" };

type Args = Vec<Box<dyn ToSql + Sync + Send>>;

/// The filters' clauses, with arguments as PostgreSQL takes them.
fn filters(f: &EvaluationFilter) -> (Vec<String>, Args) {
    let (clauses, args) = filter::filters(f, &POSTGRES);
    let args = args
        .into_iter()
        .map(|a| -> Box<dyn ToSql + Sync + Send> {
            match a {
                Arg::Text(t) => Box::new(t),
                Arg::Real(r) => Box::new(r),
                Arg::Day(d) => Box::new(d.and_time(chrono::NaiveTime::MIN).and_utc()),
            }
        })
        .collect();
    (clauses, args)
}

fn refs(args: &Args) -> Vec<&(dyn ToSql + Sync)> {
    args.iter().map(|a| a.as_ref() as &(dyn ToSql + Sync)).collect()
}

/// A cursor's key as the sort column's type; None when it does not fit the sort.
fn cursor_key(after: &PageCursor) -> Option<Box<dyn ToSql + Sync + Send>> {
    match (after.sort, &after.key) {
        (SortField::Received | SortField::Visit, Value::Text(t)) => {
            parse_ts(t).ok().map(|t| Box::new(t) as Box<dyn ToSql + Sync + Send>)
        }
        (SortField::Score, Value::Real(r)) => Some(Box::new(*r)),
        _ => None,
    }
}

pub async fn list(c: &impl GenericClient, f: &EvaluationFilter) -> Result<EvaluationPage, StorageError> {
    let (mut clauses, mut args) = filters(f);
    let count_sql = format!("SELECT COUNT(*) FROM evaluations e WHERE {}", clauses.join(" AND "));
    let count_args = args.len();
    let key = sort_key(f.sort);
    let (cmp, dir) = if f.ascending { (">", "ASC") } else { ("<", "DESC") };
    if let Some(after) = &f.after {
        let k =
            cursor_key(after).ok_or_else(|| StorageError::Invalid("the cursor does not belong to this sort".into()))?;
        let id = uuid::Uuid::parse_str(&after.id)
            .map_err(|_| StorageError::Invalid("the cursor does not name an evaluation".into()))?;
        args.push(k);
        args.push(Box::new(id));
        clauses.push(format!("({key}, e.id) {cmp} (${}, ${})", args.len() - 1, args.len()));
    }
    let page_sql = format!(
        "SELECT {SUMMARY_COLUMNS}, {key} FROM {SUMMARY_FROM} WHERE {} ORDER BY {key} {dir}, e.id {dir} LIMIT {}",
        clauses.join(" AND "),
        f.limit + 1
    );
    let all = refs(&args);
    // The count and the page go out at once on the one connection.
    let (total, rows) = tokio::try_join!(c.query_one(&count_sql, &all[..count_args]), c.query(&page_sql, &all))?;
    let total: i64 = total.try_get(0)?;
    let mut items = Vec::new();
    let mut next_cursor = None;
    for (i, r) in rows.iter().enumerate() {
        if i == f.limit as usize {
            // One row more than the page: there is a next page, after the last row shown.
            let Some(last) = i.checked_sub(1).and_then(|l| rows.get(l)) else { break };
            let key = match f.sort {
                SortField::Score => Value::Real(last.try_get(SUMMARY_WIDTH)?),
                _ => Value::Text(ts(last.try_get::<_, DateTime<Utc>>(SUMMARY_WIDTH)?)),
            };
            let id: uuid::Uuid = last.try_get(0)?;
            next_cursor = Some(PageCursor { sort: f.sort, ascending: f.ascending, key, id: id.to_string() }.encode());
            break;
        }
        items.push(summary_row(r)?);
    }
    Ok(EvaluationPage { items, total: total.max(0) as u64, next_cursor })
}

/// Streams every evaluation the filter keeps, oldest received first, into the
/// sink as the database sends it; stops early when the sink is closed.
pub async fn export(c: &impl GenericClient, f: &EvaluationFilter, sink: &ExportSink) -> Result<u64, StorageError> {
    let (clauses, args) = filters(f);
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS}, e.body FROM {SUMMARY_FROM} WHERE {} ORDER BY e.received_at, e.id",
        clauses.join(" AND ")
    );
    let stmt = c.prepare(&sql).await?;
    let rows = c.query_raw(&stmt, refs(&args)).await?;
    pin_mut!(rows);
    let mut sent = 0;
    while let Some(r) = rows.try_next().await? {
        let row = (|| {
            let body: String = r.try_get(SUMMARY_WIDTH)?;
            Ok(ExportRow { summary: summary_row(&r)?, evaluation: from_json(&body)? })
        })();
        if sink.send(row).await.is_err() {
            break;
        }
        sent += 1;
    }
    Ok(sent)
}
