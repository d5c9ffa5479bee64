//! The audit log: every administrative act, recorded by the backend in the
//! same transaction as the act itself, and only ever added to (the database
//! refuses to change or delete an entry).

use super::filter::{Arg, Dialect};
use super::StorageError;
use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use ms_core::audit::{AuditAction, AuditPage};

/// An act to record.
#[derive(Debug, Clone)]
pub struct NewAuditEntry {
    pub at: DateTime<Utc>,
    /// The account that acted; None for the server's command line (and its start-up).
    pub actor: Option<i64>,
    pub action: AuditAction,
    pub subject: String,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

impl NewAuditEntry {
    /// An act of the command line, now.
    pub(crate) fn by_command_line(action: AuditAction, subject: String, after: serde_json::Value) -> Self {
        Self { at: Utc::now(), actor: None, action, subject, before: None, after: Some(after) }
    }
}

/// Which entries to read: newest first, a page of `limit` older than `before`.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub action: Option<AuditAction>,
    /// Only the acts of this username.
    pub actor: Option<String>,
    /// Acts on these days (UTC), both included.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub before: Option<i64>,
    pub limit: u32,
}

#[async_trait]
pub trait AuditLog: Send + Sync {
    async fn audit(&self, filter: &AuditFilter) -> Result<AuditPage, StorageError>;
}

/// The WHERE clauses of the filters and their arguments, in the backend's
/// dialect, and the query that reads a page newest first.
pub(crate) fn query(f: &AuditFilter, dialect: &Dialect) -> (String, Vec<Arg>) {
    let mut clauses = vec![dialect.truth.to_owned()];
    let mut args = Vec::new();
    let mut bind = |clause: &str, v: Arg| {
        args.push(v);
        clauses.push(format!("{clause} {}", (dialect.placeholder)(args.len())));
    };
    if let Some(a) = f.action {
        bind("a.action =", Arg::Text(a.as_str().into()));
    }
    if let Some(actor) = &f.actor {
        bind("u.username =", Arg::Text(actor.clone()));
    }
    if let Some(from) = f.from {
        bind("a.at >=", Arg::Day(from));
    }
    if let Some(next) = f.to.and_then(|t| t.succ_opt()) {
        bind("a.at <", Arg::Day(next));
    }
    if let Some(before) = f.before {
        bind("a.id <", Arg::Integer(before));
    }
    let sql = format!(
        "SELECT a.id, a.at, u.username, a.action, a.subject, a.before, a.after
         FROM audit_log a LEFT JOIN users u ON u.id = a.actor WHERE {} ORDER BY a.id DESC LIMIT {}",
        clauses.join(" AND "),
        f.limit + 1
    );
    (sql, args)
}

/// A page from up to `limit + 1` entries read newest first.
pub(crate) fn page(mut items: Vec<ms_core::audit::AuditEntry>, limit: u32) -> AuditPage {
    let next_cursor = if items.len() > limit as usize {
        items.truncate(limit as usize);
        items.last().map(|e| e.id)
    } else {
        None
    };
    AuditPage { items, next_cursor }
}

/// The JSON a value is kept as.
pub(crate) fn value_json(v: &Option<serde_json::Value>) -> Option<String> {
    v.as_ref().map(serde_json::Value::to_string)
}
