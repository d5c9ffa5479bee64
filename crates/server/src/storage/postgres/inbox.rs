//! The reviewers' inbox on PostgreSQL: the latest revision of each
//! evaluation the filters keep (`storage::filter`), with how many they keep
//! over all pages, sorted and paged by keyset; and the exports, which take the
//! same filters, streamed row by row from the server.

use super::evaluations::{summary_row, SUMMARY_COLUMNS, SUMMARY_FROM, SUMMARY_WIDTH};
use crate::storage::filter::{self, Arg, Dialect};
use crate::storage::inbox::page;
use crate::storage::{from_json, EvaluationFilter, ExportRow, ExportSink, StorageError};
use deadpool_postgres::GenericClient;
use futures_util::{pin_mut, TryStreamExt};
use ms_core::wire::EvaluationPage;
use tokio_postgres::types::ToSql;

/// PostgreSQL's spelling: `$N` placeholders, real booleans.
pub(super) const POSTGRES: Dialect = Dialect { placeholder: |n| format!("${n}"), truth: "true", falsity: "false" };

pub(super) type Args = Vec<Box<dyn ToSql + Sync + Send>>;

/// Arguments as PostgreSQL takes them.
pub(super) fn values(args: Vec<Arg>) -> Args {
    args.into_iter()
        .map(|a| -> Box<dyn ToSql + Sync + Send> {
            match a {
                Arg::Text(t) => Box::new(t),
                Arg::Real(r) => Box::new(r),
                Arg::Day(d) => Box::new(d.and_time(chrono::NaiveTime::MIN).and_utc()),
                Arg::Time(t) => Box::new(t),
                Arg::Id(id) => Box::new(id.0),
                Arg::Integer(i) => Box::new(i),
                Arg::Date(d) => Box::new(d),
                Arg::Uuid(u) => Box::new(u),
                Arg::MaybeText(t) => Box::new(t),
                Arg::MaybeInteger(i) => Box::new(i),
                Arg::MaybeUuid(u) => Box::new(u),
            }
        })
        .collect()
}

pub(super) fn refs(args: &Args) -> Vec<&(dyn ToSql + Sync)> {
    args.iter().map(|a| a.as_ref() as &(dyn ToSql + Sync)).collect()
}

pub async fn list(c: &impl GenericClient, f: &EvaluationFilter) -> Result<EvaluationPage, StorageError> {
    let (mut clauses, mut args) = filter::filters(f, &POSTGRES);
    let count_sql = format!("SELECT COUNT(*) FROM evaluations e WHERE {}", clauses.join(" AND "));
    let count_args = args.len();
    let order = filter::keyset(f, &POSTGRES, &mut clauses, &mut args);
    let page_sql = format!(
        "SELECT {SUMMARY_COLUMNS} FROM {SUMMARY_FROM} WHERE {} ORDER BY {order} LIMIT {}",
        clauses.join(" AND "),
        f.limit + 1
    );
    let args = values(args);
    let all = refs(&args);
    // The count and the page go out at once on the one connection.
    let (total, rows) = tokio::try_join!(c.query_one(&count_sql, &all[..count_args]), c.query(&page_sql, &all))?;
    let total: i64 = total.try_get(0)?;
    let rows = rows.iter().map(summary_row).collect::<Result<Vec<_>, _>>()?;
    Ok(page(rows, total.max(0) as u64, f))
}

/// Streams every evaluation the filter keeps, oldest received first, into the
/// sink as the database sends it; stops early when the sink is closed.
pub async fn export(c: &impl GenericClient, f: &EvaluationFilter, sink: &ExportSink) -> Result<u64, StorageError> {
    let (clauses, args) = filter::filters(f, &POSTGRES);
    let args = values(args);
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
