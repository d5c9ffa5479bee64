//! The audit log on PostgreSQL: entries added inside the act's transaction;
//! a trigger refuses to change or delete one.

use super::inbox::{values, POSTGRES};
use crate::storage::audit::{page, query, value_json, AuditFilter, NewAuditEntry};
use crate::storage::{from_json, StorageError};
use deadpool_postgres::GenericClient;
use ms_core::audit::{AuditAction, AuditEntry, AuditPage};
use tokio_postgres::types::ToSql;

pub async fn record(c: &impl GenericClient, e: &NewAuditEntry) -> Result<(), StorageError> {
    let stmt = c
        .prepare_cached(
            "INSERT INTO audit_log (at, actor, action, subject, before, after) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .await?;
    let (before, after) = (value_json(&e.before), value_json(&e.after));
    c.execute(&stmt, &[&e.at, &e.actor, &e.action.as_str(), &e.subject, &before, &after]).await?;
    Ok(())
}

pub async fn list(c: &impl GenericClient, f: &AuditFilter) -> Result<AuditPage, StorageError> {
    let (sql, args) = query(f, &POSTGRES);
    let args = values(args);
    let refs: Vec<&(dyn ToSql + Sync)> = args.iter().map(|a| a.as_ref() as &(dyn ToSql + Sync)).collect();
    let mut items = Vec::new();
    for r in c.query(&sql, &refs).await? {
        let action: String = r.try_get(3)?;
        let (before, after): (Option<String>, Option<String>) = (r.try_get(5)?, r.try_get(6)?);
        items.push(AuditEntry {
            id: r.try_get(0)?,
            at: r.try_get(1)?,
            actor: r.try_get(2)?,
            action: AuditAction::parse(&action)
                .ok_or_else(|| StorageError::Corrupt(format!("audit action '{action}'")))?,
            subject: r.try_get(4)?,
            before: before.as_deref().map(from_json).transpose()?,
            after: after.as_deref().map(from_json).transpose()?,
        });
    }
    Ok(page(items, f.limit))
}
