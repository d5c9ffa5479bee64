//! The offline store: one SQLite database (drafts, outbox, cache) beside a
//! directory of photo files named by their SHA-256 (or, where there is no
//! file system, as in the browser, the photos inside the database).

mod actions;
mod adopted;
mod assignments;
mod cache;
mod evaluations;
mod kept;
pub mod migrations;
mod outbox;
mod photos;
mod timers;

pub use actions::{CachedActions, MoveState, QueuedMove};
pub use adopted::{Adopted, PageRating, PageState};
pub use assignments::CachedAssignments;
pub use cache::{CATALOGUE_KEY, TEMPLATES_KEY};
pub use evaluations::{LocalState, LocalSummary, NewDraft};
pub use outbox::{OutboxEvent, OutboxStatus, SyncState};

use crate::error::{Error, Result};
use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

/// The store as the app and the sync engine share it. Never hold the lock across an `.await`.
pub type SharedStore = Arc<Mutex<Store>>;

/// Locks a shared store. Every write is its own transaction, so a panic in
/// another holder can't leave the database half-changed: a poisoned lock is
/// taken over rather than propagated.
pub fn lock(store: &SharedStore) -> MutexGuard<'_, Store> {
    store.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

pub struct Store {
    conn: Connection,
    photos: PhotoPlace,
}

/// Where photo bytes are kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhotoPlace {
    /// Files `<sha256>.jpg` in a directory.
    Directory(PathBuf),
    /// Rows of the database itself.
    Database,
}

impl Store {
    /// Opens (creating if needed) the database at `db_path`, migrates it, and
    /// keeps photo files in `photo_dir` (created if needed).
    pub fn open(db_path: impl AsRef<Path>, photo_dir: impl Into<PathBuf>) -> Result<Self> {
        Self::init(Connection::open(db_path)?, PhotoPlace::Directory(photo_dir.into()))
    }

    /// A database that lives in memory only; photo files still go to `photo_dir`
    /// (for tests, a temporary directory).
    pub fn open_in_memory(photo_dir: impl Into<PathBuf>) -> Result<Self> {
        Self::init(Connection::open_in_memory()?, PhotoPlace::Directory(photo_dir.into()))
    }

    /// A database with the photos inside it, for platforms without a file
    /// system; `path` is a file name the platform's SQLite VFS understands,
    /// or `:memory:`.
    pub fn open_self_contained(path: &str) -> Result<Self> {
        Self::init(Connection::open(path)?, PhotoPlace::Database)
    }

    /// A self-contained store restored from bytes that `snapshot` made, then
    /// migrated like any other: the browser keeps its store this way.
    pub fn restore_self_contained(snapshot: &[u8]) -> Result<Self> {
        let mut conn = Connection::open_in_memory()?;
        conn.deserialize_read_exact(rusqlite::MAIN_DB, snapshot, snapshot.len(), false)?;
        // A damaged snapshot fails here rather than later, halfway through someone's work.
        let check: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
        if check != "ok" {
            return Err(Error::Corrupt(format!("the saved store is damaged: {check}")));
        }
        Self::init(conn, PhotoPlace::Database)
    }

    /// The whole database as bytes, to keep where there is no file system.
    pub fn snapshot(&mut self) -> Result<Vec<u8>> {
        Ok(self.conn.serialize(rusqlite::MAIN_DB)?.to_vec())
    }

    /// Grows with every row written: a snapshot taken at a lower count is stale.
    pub fn change_count(&self) -> u64 {
        self.conn.total_changes()
    }

    fn init(mut conn: Connection, photos: PhotoPlace) -> Result<Self> {
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.pragma_update(None, "foreign_keys", true)?;
        migrations::migrate(&mut conn)?;
        // An in-memory database answers "memory" here; that is fine.
        let _mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        if let PhotoPlace::Directory(dir) = &photos {
            std::fs::create_dir_all(dir).map_err(|e| Error::file(dir, e))?;
        }
        Ok(Self { conn, photos })
    }

    /// Wraps the store for sharing between the UI and the sync engine.
    pub fn shared(self) -> SharedStore {
        Arc::new(Mutex::new(self))
    }

    /// Where this store keeps photo bytes.
    pub fn photo_place(&self) -> &PhotoPlace {
        &self.photos
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.pragma_query_value(None, "user_version", |row| row.get(0))?)
    }
}

/// Instants the store compares (schedules, updates) are kept as milliseconds.
pub(crate) fn to_millis(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

pub(crate) fn from_millis(ms: i64) -> Result<DateTime<Utc>> {
    DateTime::from_timestamp_millis(ms).ok_or_else(|| Error::Corrupt(format!("{ms} is not a valid instant")))
}

/// Instants that belong to the evaluation are kept as RFC 3339 text, exact to the nanosecond.
pub(crate) fn to_text(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

pub(crate) fn from_text(s: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| Error::Corrupt(format!("'{s}' is not a valid instant")))
}

pub(crate) fn now_millis() -> i64 {
    to_millis(Utc::now())
}
