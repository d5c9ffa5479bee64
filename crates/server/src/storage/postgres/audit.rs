//! The audit log on PostgreSQL: entries added inside the act's transaction;
//! a trigger refuses to change or delete one.

use crate::storage::audit::{page, value_json, AuditFilter, NewAuditEntry};
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
    let mut clauses = vec!["true".to_owned()];
    let mut args: Vec<Box<dyn ToSql + Sync + Send>> = Vec::new();
    let mut bind = |clause: &str, v: Box<dyn ToSql + Sync + Send>, clauses: &mut Vec<String>| {
        args.push(v);
        clauses.push(clause.replace('?', &format!("${}", args.len())));
    };
    if let Some(a) = f.action {
        bind("a.action = ?", Box::new(a.as_str().to_owned()), &mut clauses);
    }
    if let Some(actor) = &f.actor {
        bind("u.username = ?", Box::new(actor.clone()), &mut clauses);
    }
    if let Some(from) = f.from {
        bind("a.at >= ?", Box::new(from.and_time(chrono::NaiveTime::MIN).and_utc()), &mut clauses);
    }
    if let Some(next) = f.to.and_then(|t| t.succ_opt()) {
        bind("a.at < ?", Box::new(next.and_time(chrono::NaiveTime::MIN).and_utc()), &mut clauses);
    }
    if let Some(before) = f.before {
        bind("a.id < ?", Box::new(before), &mut clauses);
    }
    let sql = format!(
        "SELECT a.id, a.at, u.username, a.action, a.subject, a.before, a.after
         FROM audit_log a LEFT JOIN users u ON u.id = a.actor WHERE {} ORDER BY a.id DESC LIMIT {}",
        clauses.join(" AND "),
        f.limit + 1
    );
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
