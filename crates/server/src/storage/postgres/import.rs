//! Moving a deployment from its SQLite file to PostgreSQL: every table,
//! every row, with its ids, in one PostgreSQL transaction (all or nothing),
//! into a database that holds no evaluations or accounts yet. Rows stream
//! from a SQLite reader thread into COPY, so memory stays small whatever the
//! file's size; the rows of each table are counted on both sides afterwards.

use super::PgStorage;
use crate::storage::{parse_ts, StorageError};
use bytes::BytesMut;
use chrono::NaiveDate;
use deadpool_postgres::GenericClient;
use futures_util::pin_mut;
use rusqlite::types::Value;
use tokio::sync::mpsc;
use tokio_postgres::binary_copy::BinaryCopyInWriter;
use tokio_postgres::types::{to_sql_checked, IsNull, ToSql, Type};

/// A column's type in PostgreSQL, and so how its SQLite value is read.
#[derive(Debug, Clone, Copy)]
enum Kind {
    Text,
    Int4,
    Int8,
    Float8,
    Bool,
    /// RFC 3339 text in SQLite.
    Time,
    /// `YYYY-MM-DD` text in SQLite.
    Date,
    Uuid,
}

impl Kind {
    fn pg(self) -> Type {
        match self {
            Kind::Text => Type::TEXT,
            Kind::Int4 => Type::INT4,
            Kind::Int8 => Type::INT8,
            Kind::Float8 => Type::FLOAT8,
            Kind::Bool => Type::BOOL,
            Kind::Time => Type::TIMESTAMPTZ,
            Kind::Date => Type::DATE,
            Kind::Uuid => Type::UUID,
        }
    }
}

use Kind::*;

/// A table: its name, and its columns as (PostgreSQL column, SQLite expression, kind).
type Table = (&'static str, &'static [(&'static str, &'static str, Kind)]);

/// Every table, parents before the rows that refer to them.
const TABLES: &[Table] = &[
    ("entities", &[("id", "id", Text), ("name", "name", Text)]),
    ("services", &[("id", "id", Text), ("entity_id", "entity_id", Text), ("name", "name", Text)]),
    (
        "centres",
        &[
            ("id", "id", Text),
            ("entity_id", "entity_id", Text),
            ("name", "name", Text),
            ("address", "address", Text),
            ("latitude", "latitude", Float8),
            ("longitude", "longitude", Float8),
            ("geofence_m", "geofence_m", Float8),
            ("qr_token", "qr_token", Text),
            ("service_ids", "service_ids", Text),
            ("active", "active", Bool),
        ],
    ),
    (
        "templates",
        &[
            ("id", "id", Text),
            ("version", "version", Int4),
            ("audience", "audience", Text),
            ("body", "body", Text),
            ("published_at", "published_at", Time),
        ],
    ),
    (
        "users",
        &[
            ("id", "id", Int8),
            ("username", "username", Text),
            ("display_name", "display_name", Text),
            ("role", "role", Text),
            ("password_hash", "password_hash", Text),
            ("created_at", "created_at", Time),
            ("entity_ids", "entity_ids", Text),
            ("active", "active", Bool),
            ("must_change_password", "must_change_password", Bool),
            ("centre_ids", "centre_ids", Text),
        ],
    ),
    (
        "sessions",
        &[
            ("token_sha256", "token_sha256", Text),
            ("user_id", "user_id", Int8),
            ("created_at", "created_at", Time),
            ("expires_at", "expires_at", Time),
            ("last_used_at", "COALESCE(last_used_at, created_at)", Time),
        ],
    ),
    (
        "kiosks",
        &[
            ("id", "id", Int8),
            ("key_sha256", "key_sha256", Text),
            ("centre_id", "centre_id", Text),
            ("label", "label", Text),
            ("created_at", "created_at", Time),
            ("revoked_at", "revoked_at", Time),
        ],
    ),
    (
        "photos",
        &[
            ("sha256", "sha256", Text),
            ("bytes", "bytes", Int8),
            ("width", "width", Int4),
            ("height", "height", Int4),
            ("received_at", "received_at", Time),
        ],
    ),
    (
        "evaluations",
        &[
            ("id", "id", Uuid),
            ("revision", "revision", Int4),
            ("body", "body", Text),
            ("body_sha256", "body_sha256", Text),
            ("template_id", "template_id", Text),
            ("template_version", "template_version", Int4),
            ("centre_id", "centre_id", Text),
            ("role", "role", Text),
            ("locale", "locale", Text),
            ("status", "status", Text),
            ("score_percent", "score_percent", Float8),
            ("stage_scores", "stage_scores", Text),
            ("received_at", "received_at", Time),
            ("submitted_by", "submitted_by", Int8),
            ("is_latest", "is_latest", Bool),
            ("visit_at", "COALESCE(visit_at, received_at)", Time),
            ("photo_count", "photo_count", Int4),
            ("inside_geofence", "inside_geofence", Bool),
            ("employee", "employee", Text),
            ("face", "face", Text),
            ("duplicate_photos", "duplicate_photos", Bool),
            ("clock_offset_s", "clock_offset_s", Int8),
            ("assignment_id", "assignment_id", Uuid),
            ("grade", "grade", Int8),
            ("counter", "counter", Text),
        ],
    ),
    (
        "evaluation_photos",
        &[("evaluation_id", "evaluation_id", Uuid), ("revision", "revision", Int4), ("sha256", "sha256", Text)],
    ),
    (
        "review_events",
        &[
            ("id", "id", Int8),
            ("evaluation_id", "evaluation_id", Uuid),
            ("revision", "revision", Int4),
            ("at", "at", Time),
            ("actor", "actor", Int8),
            ("from_status", "from_status", Text),
            ("to_status", "to_status", Text),
            ("comment", "comment", Text),
        ],
    ),
    (
        "stats_daily",
        &[
            ("centre_id", "centre_id", Text),
            ("day", "day", Date),
            ("kind", "kind", Text),
            ("key", "key", Text),
            ("total", "total", Float8),
            ("count", "count", Int8),
        ],
    ),
    (
        "alerts",
        &[
            ("id", "id", Int8),
            ("centre_id", "centre_id", Text),
            ("raised_at", "raised_at", Time),
            ("window_minutes", "window_minutes", Int4),
            ("ratings", "ratings", Int4),
            ("unhappy", "unhappy", Int4),
            ("cleared_at", "cleared_at", Time),
            ("acknowledged_at", "acknowledged_at", Time),
            ("acknowledged_by", "acknowledged_by", Int8),
            ("delivered_at", "delivered_at", Time),
            ("delivery_attempts", "delivery_attempts", Int4),
            ("delivery_error", "delivery_error", Text),
        ],
    ),
    (
        "settings",
        &[
            ("name", "name", Text),
            ("value", "value", Text),
            ("updated_at", "updated_at", Time),
            ("updated_by", "updated_by", Int8),
        ],
    ),
    (
        "audit_log",
        &[
            ("id", "id", Int8),
            ("at", "at", Time),
            ("actor", "actor", Int8),
            ("action", "action", Text),
            ("subject", "subject", Text),
            ("before", "before", Text),
            ("after", "after", Text),
        ],
    ),
    (
        "waves",
        &[
            ("id", "id", Uuid),
            ("name", "name", Text),
            ("from_day", "from_day", Date),
            ("to_day", "to_day", Date),
            ("template_id", "template_id", Text),
            ("plan", "plan", Text),
            ("status", "status", Text),
            ("entity_ids", "entity_ids", Text),
            ("created_by", "created_by", Int8),
            ("created_at", "created_at", Time),
            ("updated_at", "updated_at", Time),
        ],
    ),
    (
        "assignments",
        &[
            ("id", "id", Uuid),
            ("wave_id", "wave_id", Uuid),
            ("centre_id", "centre_id", Text),
            ("entity_id", "entity_id", Text),
            ("service_id", "service_id", Text),
            ("scenario", "scenario", Text),
            ("days", "days", Text),
            ("hours", "hours", Text),
            ("earliest", "earliest", Date),
            ("due", "due", Date),
            ("status", "status", Text),
            ("shopper", "shopper", Int8),
            ("evaluation_id", "evaluation_id", Uuid),
            ("updated_at", "updated_at", Time),
        ],
    ),
    (
        "assignment_log",
        &[
            ("id", "id", Int8),
            ("assignment_id", "assignment_id", Uuid),
            ("at", "at", Time),
            ("by_role", "by_role", Text),
            ("by_id", "by_id", Int8),
            ("from_status", "from_status", Text),
            ("to_status", "to_status", Text),
            ("shopper", "shopper", Int8),
            ("reason", "reason", Text),
            ("overridden", "overridden", Text),
        ],
    ),
    (
        "actions",
        &[
            ("id", "id", Uuid),
            ("centre_id", "centre_id", Text),
            ("entity_id", "entity_id", Text),
            ("item_id", "item_id", Text),
            ("status", "status", Text),
            ("priority", "priority", Text),
            ("due_date", "due_date", Date),
            ("source", "source", Text),
            ("assignee", "assignee", Text),
            ("created_at", "created_at", Time),
            ("updated_at", "updated_at", Time),
            ("body", "body", Text),
        ],
    ),
    ("action_photos", &[("action_id", "action_id", Uuid), ("sha256", "sha256", Text)]),
    ("action_reminders", &[("action_id", "action_id", Uuid), ("step", "step", Text), ("sent_at", "sent_at", Time)]),
];

/// Tables whose ids PostgreSQL generates: their sequences continue after the copied ids.
const IDENTITIES: &[&str] = &["users", "kiosks", "review_events", "alerts", "audit_log", "assignment_log"];

/// One value on its way from SQLite to PostgreSQL.
#[derive(Debug)]
enum Cell {
    Null,
    Text(String),
    Int4(i32),
    Int8(i64),
    Float8(f64),
    Bool(bool),
    Time(chrono::DateTime<chrono::Utc>),
    Date(NaiveDate),
    Uuid(uuid::Uuid),
}

impl ToSql for Cell {
    fn to_sql(&self, ty: &Type, out: &mut BytesMut) -> Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match self {
            Cell::Null => Ok(IsNull::Yes),
            Cell::Text(v) => v.to_sql(ty, out),
            Cell::Int4(v) => v.to_sql(ty, out),
            Cell::Int8(v) => v.to_sql(ty, out),
            Cell::Float8(v) => v.to_sql(ty, out),
            Cell::Bool(v) => v.to_sql(ty, out),
            Cell::Time(v) => v.to_sql(ty, out),
            Cell::Date(v) => v.to_sql(ty, out),
            Cell::Uuid(v) => v.to_sql(ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

/// A SQLite value as the column's kind; an error names the table, column and value.
fn cell(table: &str, column: &str, kind: Kind, v: Value) -> Result<Cell, StorageError> {
    let wrong = |v: &Value| StorageError::Corrupt(format!("{table}.{column}: {v:?} is not a {kind:?}"));
    Ok(match (kind, v) {
        (_, Value::Null) => Cell::Null,
        (Text, Value::Text(t)) => Cell::Text(t),
        (Int4, Value::Integer(i)) => Cell::Int4(i32::try_from(i).map_err(|_| wrong(&Value::Integer(i)))?),
        (Int8, Value::Integer(i)) => Cell::Int8(i),
        (Float8, Value::Real(r)) => Cell::Float8(r),
        (Float8, Value::Integer(i)) => Cell::Float8(i as f64),
        (Bool, Value::Integer(i)) => Cell::Bool(i != 0),
        (Time, Value::Text(t)) => Cell::Time(parse_ts(&t)?),
        (Date, Value::Text(t)) => {
            Cell::Date(NaiveDate::parse_from_str(&t, "%Y-%m-%d").map_err(|_| wrong(&Value::Text(t)))?)
        }
        (Uuid, Value::Text(t)) => Cell::Uuid(uuid::Uuid::parse_str(&t).map_err(|_| wrong(&Value::Text(t.clone())))?),
        (_, other) => return Err(wrong(&other)),
    })
}

/// Rows copied per table, in the order copied.
pub type Moved = Vec<(&'static str, u64)>;

/// Rows read at a time from SQLite, waiting to be copied.
const BUFFER: usize = 1024;

/// Copies every row of the SQLite file (brought to the latest schema first)
/// into the PostgreSQL database (likewise), in one transaction.
pub async fn from_sqlite(sqlite: &str, target: &PgStorage) -> Result<Moved, StorageError> {
    // Opening migrates the file and sums its figures, as a server would.
    drop(crate::storage::SqliteStorage::open(sqlite).await?);
    let mut client = target.client().await?;
    let tx = client.transaction().await?;
    let held: i64 = tx
        .query_one("SELECT (SELECT COUNT(*) FROM evaluations) + (SELECT COUNT(*) FROM users)", &[])
        .await?
        .try_get(0)?;
    if held > 0 {
        return Err(StorageError::Invalid(
            "the PostgreSQL database already holds evaluations or accounts; move into an empty one".into(),
        ));
    }
    // The catalogue, checklists and settings a server may have published on start are replaced by the file's.
    let all: Vec<&str> = TABLES.iter().map(|(name, _)| *name).collect();
    tx.batch_execute(&format!("TRUNCATE {}, rate_windows", all.join(", "))).await?;
    let mut moved = Vec::new();
    for (table, columns) in TABLES {
        let n = copy_table(&tx, sqlite, table, columns).await?;
        let copied: i64 = tx.query_one(&format!("SELECT COUNT(*) FROM {table}"), &[]).await?.try_get(0)?;
        if copied != n as i64 {
            return Err(StorageError::database(format!("{table}: {n} rows read but {copied} in PostgreSQL")));
        }
        moved.push((*table, n));
    }
    for table in IDENTITIES {
        tx.query_one(
            &format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM {table}"
            ),
            &[],
        )
        .await?;
    }
    tx.commit().await?;
    Ok(moved)
}

async fn copy_table(
    tx: &deadpool_postgres::Transaction<'_>,
    sqlite: &str,
    table: &'static str,
    columns: &'static [(&'static str, &'static str, Kind)],
) -> Result<u64, StorageError> {
    let (send, mut rows) = mpsc::channel::<Result<Vec<Cell>, StorageError>>(BUFFER);
    let path = sqlite.strip_prefix("sqlite://").unwrap_or(sqlite).to_owned();
    let reader = tokio::task::spawn_blocking(move || -> Result<(), StorageError> {
        let conn = rusqlite::Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let select: Vec<&str> = columns.iter().map(|(_, expr, _)| *expr).collect();
        let mut stmt = conn.prepare(&format!("SELECT {} FROM {table}", select.join(", ")))?;
        let mut q = stmt.query([])?;
        while let Some(r) = q.next()? {
            let row = columns
                .iter()
                .enumerate()
                .map(|(i, (name, _, kind))| cell(table, name, *kind, r.get::<_, Value>(i)?))
                .collect::<Result<Vec<Cell>, StorageError>>();
            let failed = row.is_err();
            if send.blocking_send(row).is_err() || failed {
                break;
            }
        }
        Ok(())
    });
    let names: Vec<&str> = columns.iter().map(|(name, _, _)| *name).collect();
    let sink = tx.copy_in(&format!("COPY {table} ({}) FROM STDIN BINARY", names.join(", "))).await?;
    let types: Vec<Type> = columns.iter().map(|(_, _, kind)| kind.pg()).collect();
    let writer = BinaryCopyInWriter::new(sink, &types);
    pin_mut!(writer);
    let mut n = 0u64;
    while let Some(row) = rows.recv().await {
        let row = row?;
        let refs: Vec<&(dyn ToSql + Sync)> = row.iter().map(|c| c as &(dyn ToSql + Sync)).collect();
        writer.as_mut().write(&refs).await?;
        n += 1;
    }
    reader.await??;
    writer.finish().await?;
    Ok(n)
}
