//! The audit log on SQLite: entries added inside the act's transaction;
//! triggers refuse to change or delete one.

use super::inbox::{values, SQLITE};
use crate::storage::audit::{page, query, value_json, AuditFilter, NewAuditEntry};
use crate::storage::{from_json, parse_ts, ts, StorageError};
use ms_core::audit::{AuditAction, AuditEntry, AuditPage};
use rusqlite::{params, params_from_iter, Connection};

pub fn record(c: &Connection, e: &NewAuditEntry) -> Result<(), StorageError> {
    c.prepare_cached(
        "INSERT INTO audit_log (at, actor, action, subject, before, after) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        ts(e.at),
        e.actor,
        e.action.as_str(),
        e.subject,
        value_json(&e.before),
        value_json(&e.after)
    ])?;
    Ok(())
}

pub fn list(c: &Connection, f: &AuditFilter) -> Result<AuditPage, StorageError> {
    let (sql, args) = query(f, &SQLITE);
    let mut stmt = c.prepare(&sql)?;
    type Raw = (i64, String, Option<String>, String, String, Option<String>, Option<String>);
    let rows = stmt.query_map(params_from_iter(values(&args)), |r| -> rusqlite::Result<Raw> {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?))
    })?;
    let mut items = Vec::new();
    for row in rows {
        let (id, at, actor, action, subject, before, after) = row?;
        items.push(AuditEntry {
            id,
            at: parse_ts(&at)?,
            actor,
            action: AuditAction::parse(&action)
                .ok_or_else(|| StorageError::Corrupt(format!("audit action '{action}'")))?,
            subject,
            before: before.as_deref().map(from_json).transpose()?,
            after: after.as_deref().map(from_json).transpose()?,
        });
    }
    Ok(page(items, f.limit))
}
