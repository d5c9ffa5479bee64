//! The reviewers' inbox: the latest revision of each evaluation, filtered,
//! sorted, and paged by keyset (a cursor naming the last row seen), so that
//! page 1,000 costs what page 1 does and rows arriving meanwhile never make
//! one appear twice or go missing.

use super::evaluations::{raw_summary, summary, SUMMARY_COLUMNS, SUMMARY_FROM, SUMMARY_WIDTH};
use super::from_json;
use crate::storage::{EvaluationFilter, ExportRow, ExportSink, PageCursor, ReviewScope, SortField, StorageError};
use ms_core::proof::VisitFlag;
use ms_core::wire::EvaluationPage;
use rusqlite::types::Value;
use rusqlite::Connection;

/// The column a sort orders by; the id breaks ties.
fn sort_key(field: SortField) -> &'static str {
    match field {
        SortField::Received => "e.received_at",
        SortField::Visit => "e.visit_at",
        // Unscored evaluations sort below every score.
        SortField::Score => "COALESCE(e.score_percent, -1.0)",
    }
}

/// Adds an argument and names its placeholder.
fn bind(v: Value, args: &mut Vec<Value>) -> String {
    args.push(v);
    format!("?{}", args.len())
}

/// Keeps the evaluations of the centres of these entities.
fn entities(ids: &[String], clauses: &mut Vec<String>, args: &mut Vec<Value>) {
    let marks: Vec<String> = ids.iter().map(|id| bind(Value::Text(id.clone()), args)).collect();
    clauses.push(format!("e.centre_id IN (SELECT id FROM centres WHERE entity_id IN ({}))", marks.join(", ")));
}

/// The WHERE clause of the filters (without the cursor) and its arguments.
fn filters(f: &EvaluationFilter) -> (Vec<String>, Vec<Value>) {
    let mut clauses = vec!["e.is_latest = 1".to_owned()];
    let mut args: Vec<Value> = Vec::new();
    match &f.scope {
        ReviewScope::All => {}
        ReviewScope::Entities(ids) if ids.is_empty() => clauses.push("0".to_owned()),
        ReviewScope::Entities(ids) => entities(ids, &mut clauses, &mut args),
    }
    if let Some(entity) = &f.entity_id {
        entities(std::slice::from_ref(entity), &mut clauses, &mut args);
    }
    if let Some(s) = f.status {
        clauses.push(format!("e.status = {}", bind(Value::Text(s.as_str().to_owned()), &mut args)));
    }
    if let Some(centre) = &f.centre_id {
        clauses.push(format!("e.centre_id = {}", bind(Value::Text(centre.clone()), &mut args)));
    }
    if let Some(role) = f.role {
        clauses.push(format!("e.role = {}", bind(Value::Text(role.as_str().to_owned()), &mut args)));
    }
    // Visit dates are whole UTC days; `to` includes its day.
    if let Some(from) = f.from {
        clauses.push(format!("e.visit_at >= {}", bind(Value::Text(from.format("%Y-%m-%d").to_string()), &mut args)));
    }
    if let Some(next) = f.to.and_then(|to| to.succ_opt()) {
        clauses.push(format!("e.visit_at < {}", bind(Value::Text(next.format("%Y-%m-%d").to_string()), &mut args)));
    }
    if let Some(min) = f.min_score {
        clauses.push(format!("e.score_percent >= {}", bind(Value::Real(min), &mut args)));
    }
    if let Some(max) = f.max_score {
        clauses.push(format!("e.score_percent <= {}", bind(Value::Real(max), &mut args)));
    }
    match f.has_photos {
        Some(true) => clauses.push("e.photo_count > 0".to_owned()),
        Some(false) => clauses.push("e.photo_count = 0".to_owned()),
        None => {}
    }
    match f.outside_geofence {
        Some(true) => clauses.push("e.inside_geofence = 0".to_owned()),
        Some(false) => clauses.push("e.inside_geofence = 1".to_owned()),
        None => {}
    }
    match f.flag {
        Some(VisitFlag::OutsideGeofence) => clauses.push("e.inside_geofence = 0".to_owned()),
        Some(VisitFlag::NoLocation) => clauses.push("e.inside_geofence IS NULL AND e.role = 'shopper'".to_owned()),
        Some(VisitFlag::DuplicatePhotos) => clauses.push("e.duplicate_photos = 1".to_owned()),
        Some(VisitFlag::ClockSkew) => {
            clauses.push(format!("abs(e.clock_offset_s) > {}", ms_core::proof::MAX_CLOCK_SKEW.num_seconds()))
        }
        None => {}
    }
    if let Some(employee) = f.employee.as_deref().and_then(ms_core::stats::normalise_employee) {
        let escaped = employee.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
        let mark = bind(Value::Text(format!("%{escaped}%")), &mut args);
        clauses.push(format!("e.employee LIKE {mark} ESCAPE '\\'"));
    }
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
