//! SQLite backend: the embedded default. On a file, evaluations are stored by
//! a group-commit writer on a connection of its own (`writer.rs`); every other
//! read and write takes its turn on one shared connection, and each export
//! reads on a read-only connection of its own. SQLite lets one connection
//! write at a time, so the writer and the shared connection wait for each
//! other (a busy timeout of five seconds); WAL lets readers go on while one
//! writes. In memory, the one connection does everything. Work runs on
//! blocking threads, off the async ones.

mod accounts;
mod actions;
mod admin;
mod alerts;
mod audit;
mod catalogue;
mod evaluations;
mod inbox;
mod kiosks;
mod photos;
mod planning;
mod review;
mod schema;
mod seed;
mod settings;
mod stats;
mod writer;

use super::*;
use ms_core::stats::{AlertRule, DailySums, FactKind, Period, Sums, TotalSums};
use ms_core::wire::{ActivityEntry, Alert, BulkApprovalResult, EvaluationPage, MyEvaluation};
use ms_core::{Catalogue, Centre, ChecklistTemplate, EvaluationId, PhotoId, RatingConfig, TemplateRef};
use rusqlite::Connection;
use std::sync::Mutex;

pub struct SqliteStorage {
    conn: Arc<Mutex<Connection>>,
    /// The file, for readers on their own connection (exports); None in memory.
    path: Option<String>,
    /// Group commit of evaluations, on a connection of its own (files only).
    writer: Option<writer::GroupWriter>,
}

/// How hard SQLite holds on to a commit.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Durability {
    /// `synchronous=NORMAL` in WAL: a commit survives the process crashing;
    /// the last commits before a power cut may be lost (never corrupted).
    #[default]
    Normal,
    /// `synchronous=FULL`: every commit is on disk before it is answered.
    Full,
}

impl Durability {
    fn pragma(self) -> &'static str {
        match self {
            Durability::Normal => "NORMAL",
            Durability::Full => "FULL",
        }
    }
}

/// Runs a shared algorithm's future (`storage::receive`, `storage::review`)
/// whose SQLite steps are plain calls that never wait: it completes on its first poll.
fn at_once<T>(f: impl std::future::Future<Output = Result<T, StorageError>>) -> Result<T, StorageError> {
    use std::task::{Context, Poll, Waker};
    match std::pin::pin!(f).poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(outcome) => outcome,
        Poll::Pending => Err(StorageError::database("a SQLite step waited, which none may")),
    }
}

fn connect(path: &str, durability: Durability) -> Result<Connection, StorageError> {
    let conn = Connection::open(path).map_err(|e| StorageError::Config(format!("database {path}: {e}")))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", durability.pragma())?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(conn)
}

impl SqliteStorage {
    pub async fn open(path: &str) -> Result<Self, StorageError> {
        Self::open_with(path, Durability::default()).await
    }

    pub async fn open_with(path: &str, durability: Durability) -> Result<Self, StorageError> {
        let path = path.to_owned();
        let opened = path.clone();
        let conn = tokio::task::spawn_blocking(move || -> Result<Connection, StorageError> {
            let mut conn = connect(&opened, durability)?;
            // Leaves foreign keys enforced.
            let before = schema::migrate(&mut conn)?;
            if before > 0 && before < schema::STATS_VERSION {
                stats::rebuild(&mut conn)?;
            }
            Ok(conn)
        })
        .await??;
        let file = (!path.is_empty() && path != ":memory:" && !path.starts_with("file::memory")).then_some(path);
        let writer = match &file {
            Some(p) => {
                let conn = connect(p, durability)?;
                conn.pragma_update(None, "foreign_keys", "ON")?;
                Some(writer::GroupWriter::start(conn)?)
            }
            None => None,
        };
        Ok(Self { conn: Arc::new(Mutex::new(conn)), path: file, writer })
    }

    async fn with_conn<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Connection) -> Result<T, StorageError> + Send + 'static,
    ) -> Result<T, StorageError> {
        let conn = self.conn.clone();
        tokio::task::spawn_blocking(move || {
            let mut guard = conn.lock().map_err(|_| StorageError::database("connection lock poisoned"))?;
            f(&mut guard)
        })
        .await?
    }
}

#[async_trait]
impl CatalogueStore for SqliteStorage {
    async fn catalogue(&self) -> Result<Catalogue, StorageError> {
        self.with_conn(|c| catalogue::load(c)).await
    }

    async fn centre(&self, id: &str) -> Result<Option<Centre>, StorageError> {
        let id = id.to_owned();
        self.with_conn(move |c| Ok(catalogue::centres(c, Some(&id))?.pop())).await
    }

    async fn upsert_catalogue(&self, cat: &Catalogue) -> Result<(), StorageError> {
        let cat = cat.clone();
        self.with_conn(move |c| catalogue::upsert(c, &cat, None)).await
    }

    async fn import_catalogue(&self, changes: &Catalogue, actor: i64) -> Result<(), StorageError> {
        let cat = changes.clone();
        self.with_conn(move |c| catalogue::upsert(c, &cat, Some(actor))).await
    }

    async fn templates(&self) -> Result<Vec<ChecklistTemplate>, StorageError> {
        self.with_conn(|c| catalogue::templates(c)).await
    }

    async fn template(&self, r: &TemplateRef) -> Result<Option<ChecklistTemplate>, StorageError> {
        let r = r.clone();
        self.with_conn(move |c| catalogue::template(c, &r)).await
    }

    async fn publish_template(&self, template: &ChecklistTemplate, actor: Option<i64>) -> Result<(), StorageError> {
        let t = template.clone();
        self.with_conn(move |c| catalogue::publish_template(c, &t, actor)).await
    }

    async fn template_versions(&self, id: &str) -> Result<Vec<crate::storage::TemplateVersion>, StorageError> {
        let id = id.to_owned();
        self.with_conn(move |c| catalogue::versions(c, &id)).await
    }
}

#[async_trait]
impl EvaluationStore for SqliteStorage {
    async fn insert_evaluation(&self, new: NewEvaluation) -> Result<InsertOutcome, StorageError> {
        match &self.writer {
            Some(w) => w.insert(new).await,
            None => self.with_conn(move |c| evaluations::insert(c, &new)).await,
        }
    }

    async fn evaluation_exists(&self, id: EvaluationId, revision: u32) -> Result<bool, StorageError> {
        self.with_conn(move |c| evaluations::exists(c, id, revision)).await
    }

    async fn list_evaluations(&self, filter: &EvaluationFilter) -> Result<EvaluationPage, StorageError> {
        let f = filter.clone();
        self.with_conn(move |c| inbox::list(c, &f)).await
    }

    async fn evaluation(
        &self,
        id: EvaluationId,
        revision: Option<u32>,
    ) -> Result<Option<StoredEvaluation>, StorageError> {
        self.with_conn(move |c| evaluations::get(c, id, revision)).await
    }

    async fn decide(&self, id: EvaluationId, decision: &Decision) -> Result<DecisionOutcome, StorageError> {
        let d = decision.clone();
        self.with_conn(move |c| review::decide(c, id, &d)).await
    }

    async fn approve_many(&self, ids: &[EvaluationId], by: &Reviewer) -> Result<BulkApprovalResult, StorageError> {
        let (ids, by) = (ids.to_vec(), by.clone());
        self.with_conn(move |c| review::approve_many(c, &ids, &by)).await
    }

    async fn add_review_comment(&self, id: EvaluationId, comment: &str, by: &Reviewer) -> Result<bool, StorageError> {
        let (comment, by) = (comment.to_owned(), by.clone());
        self.with_conn(move |c| review::add_comment(c, id, &comment, &by)).await
    }

    async fn history(&self, id: EvaluationId) -> Result<(Vec<u32>, Vec<ActivityEntry>), StorageError> {
        self.with_conn(move |c| review::history(c, id)).await
    }

    async fn submitted_by(&self, user_id: i64, limit: u32) -> Result<Vec<MyEvaluation>, StorageError> {
        self.with_conn(move |c| review::submitted_by(c, user_id, limit)).await
    }

    async fn export(&self, filter: &EvaluationFilter, rows: ExportSink) -> Result<u64, StorageError> {
        let f = filter.clone();
        match &self.path {
            // A reader of its own: WAL lets it read while others write.
            Some(path) => {
                let path = path.clone();
                tokio::task::spawn_blocking(move || {
                    let conn = Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
                    conn.busy_timeout(std::time::Duration::from_secs(5))?;
                    inbox::export(&conn, &f, &rows)
                })
                .await?
            }
            None => self.with_conn(move |c| inbox::export(c, &f, &rows)).await,
        }
    }
}

#[async_trait]
impl PhotoRecords for SqliteStorage {
    async fn record_photo(&self, photo: &PhotoRecord) -> Result<bool, StorageError> {
        let p = photo.clone();
        self.with_conn(move |c| photos::record(c, &p)).await
    }

    async fn photo(&self, id: &PhotoId) -> Result<Option<PhotoRecord>, StorageError> {
        let id = id.clone();
        self.with_conn(move |c| photos::get(c, &id)).await
    }

    async fn missing_photos(&self, ids: &[PhotoId]) -> Result<Vec<PhotoId>, StorageError> {
        let ids = ids.to_vec();
        self.with_conn(move |c| photos::missing(c, &ids)).await
    }

    async fn orphan_photos(&self, before: DateTime<Utc>, limit: u32) -> Result<Vec<PhotoId>, StorageError> {
        self.with_conn(move |c| photos::orphans(c, before, limit)).await
    }

    async fn forget_orphan_photo(&self, id: &PhotoId) -> Result<bool, StorageError> {
        let id = id.clone();
        self.with_conn(move |c| photos::forget_orphan(c, &id)).await
    }
}

#[async_trait]
impl AccountStore for SqliteStorage {
    async fn create_user(&self, user: &NewUser) -> Result<i64, StorageError> {
        let user = user.clone();
        self.with_conn(move |c| accounts::create_user(c, &user)).await
    }

    async fn user_by_name(&self, username: &str) -> Result<Option<User>, StorageError> {
        let u = username.to_owned();
        self.with_conn(move |c| accounts::user_by_name(c, &u)).await
    }

    async fn create_session(
        &self,
        token_sha256: &str,
        user_id: i64,
        expires_at: DateTime<Utc>,
    ) -> Result<(), StorageError> {
        let t = token_sha256.to_owned();
        self.with_conn(move |c| accounts::create_session(c, &t, user_id, expires_at)).await
    }

    async fn session_user(
        &self,
        token_sha256: &str,
        now: DateTime<Utc>,
        idle: chrono::Duration,
    ) -> Result<Option<User>, StorageError> {
        let t = token_sha256.to_owned();
        self.with_conn(move |c| accounts::session_user(c, &t, now, idle)).await
    }

    async fn delete_session(&self, token_sha256: &str) -> Result<bool, StorageError> {
        let t = token_sha256.to_owned();
        self.with_conn(move |c| accounts::delete_session(c, &t)).await
    }

    async fn purge_sessions(&self, now: DateTime<Utc>, idle: chrono::Duration) -> Result<u64, StorageError> {
        self.with_conn(move |c| accounts::purge_sessions(c, now, idle)).await
    }

    async fn create_kiosk(
        &self,
        key_sha256: &str,
        centre_id: &str,
        label: &str,
        actor: Option<i64>,
    ) -> Result<i64, StorageError> {
        let (k, c2, l) = (key_sha256.to_owned(), centre_id.to_owned(), label.to_owned());
        self.with_conn(move |c| kiosks::create(c, &k, &c2, &l, actor)).await
    }

    async fn kiosk(&self, key_sha256: &str) -> Result<Option<Kiosk>, StorageError> {
        let k = key_sha256.to_owned();
        self.with_conn(move |c| kiosks::by_key(c, &k)).await
    }
}

#[async_trait]
impl PerformanceStore for SqliteStorage {
    async fn performance_sums(
        &self,
        centres: &[String],
        period: Period,
    ) -> Result<(TotalSums, DailySums), StorageError> {
        let centres = centres.to_vec();
        self.with_conn(move |c| stats::sums(c, &centres, &period)).await
    }

    async fn league_sums(
        &self,
        centres: &[String],
        period: Period,
    ) -> Result<Vec<(String, FactKind, Sums)>, StorageError> {
        let centres = centres.to_vec();
        self.with_conn(move |c| stats::league(c, &centres, &period)).await
    }

    async fn rating_config(&self) -> Result<RatingConfig, StorageError> {
        self.with_conn(|c| settings::rating(c)).await
    }

    async fn set_rating_config(
        &self,
        config: &RatingConfig,
        actor: i64,
        at: DateTime<Utc>,
    ) -> Result<(), StorageError> {
        let config = config.clone();
        self.with_conn(move |c| settings::set_rating(c, &config, actor, at)).await
    }
}

#[async_trait]
impl AlertStore for SqliteStorage {
    async fn check_alert(
        &self,
        centre_id: &str,
        rule: &AlertRule,
        now: DateTime<Utc>,
    ) -> Result<Option<Alert>, StorageError> {
        let (centre, rule) = (centre_id.to_owned(), *rule);
        self.with_conn(move |c| alerts::check(c, &centre, &rule, now)).await
    }

    async fn alerts(&self, centres: &[String], all: bool, limit: u32) -> Result<Vec<Alert>, StorageError> {
        let centres = centres.to_vec();
        self.with_conn(move |c| alerts::list(c, &centres, all, limit)).await
    }

    async fn acknowledge_alert(
        &self,
        id: i64,
        actor: i64,
        at: DateTime<Utc>,
        centres: &[String],
    ) -> Result<Option<Alert>, StorageError> {
        let centres = centres.to_vec();
        self.with_conn(move |c| alerts::acknowledge(c, id, actor, at, &centres)).await
    }

    async fn record_alert_delivery(
        &self,
        id: i64,
        attempts: u32,
        delivered_at: Option<DateTime<Utc>>,
        error: Option<String>,
    ) -> Result<(), StorageError> {
        self.with_conn(move |c| alerts::record_delivery(c, id, attempts, delivered_at, error.as_deref())).await
    }
}

#[async_trait]
impl AuditLog for SqliteStorage {
    async fn audit(&self, filter: &AuditFilter) -> Result<ms_core::audit::AuditPage, StorageError> {
        let f = filter.clone();
        self.with_conn(move |c| audit::list(c, &f)).await
    }
}

#[async_trait]
impl Seeder for SqliteStorage {
    async fn seed_evaluations(&self, count: u64, seed: u64) -> Result<u64, StorageError> {
        self.with_conn(move |c| seed::seed(c, count, seed, Utc::now())).await
    }
}

#[async_trait]
impl Storage for SqliteStorage {
    async fn ping(&self) -> Result<(), StorageError> {
        self.with_conn(|c| Ok(c.query_row("SELECT 1", [], |r| r.get::<_, i64>(0)).map(|_| ())?)).await
    }

    async fn close(&self) {
        if let Some(writer) = &self.writer {
            writer.stop().await;
        }
    }
}
