//! PostgreSQL backend: for deployments of several server instances on one
//! database. A pool of connections; every write is a transaction whose
//! outcome the database's constraints decide (unique keys, row locks), and a
//! transaction that loses a race to another instance is run again from the
//! start, where it sees what the other committed.

mod accounts;
mod alerts;
mod audit;
mod catalogue;
mod counters;
mod evaluations;
pub mod import;
mod inbox;
mod kiosks;
mod photos;
mod review;
mod schema;
mod seed;
mod settings;
mod stats;

use super::error::Failure;
use super::*;
use deadpool_postgres::{Manager, ManagerConfig, Object, Pool, RecyclingMethod};
use ms_core::stats::{AlertRule, DailySums, FactKind, Period, Sums, TotalSums};
use ms_core::wire::{ActivityEntry, Alert, BulkApprovalResult, EvaluationPage, MyEvaluation};
use ms_core::{Catalogue, Centre, ChecklistTemplate, EvaluationId, PhotoId, RatingConfig, TemplateRef};
use tokio_postgres::error::SqlState;
use tokio_postgres_rustls::MakeRustlsConnect;

/// Connections each server instance keeps at most.
const POOL_SIZE: usize = 32;
/// How often a transaction that lost a race is run again before giving up.
const RETRIES: u32 = 8;

pub struct PgStorage {
    pool: Pool,
}

impl From<tokio_postgres::Error> for StorageError {
    fn from(e: tokio_postgres::Error) -> Self {
        let what = match e.as_db_error() {
            Some(db) => format!("{}: {}", db.severity(), db.message()),
            None => e.to_string(),
        };
        let failure = match e.code() {
            Some(c) if *c == SqlState::UNIQUE_VIOLATION => Failure::Unique,
            Some(c) if *c == SqlState::FOREIGN_KEY_VIOLATION || *c == SqlState::CHECK_VIOLATION => Failure::Constraint,
            Some(c) if *c == SqlState::T_R_SERIALIZATION_FAILURE || *c == SqlState::T_R_DEADLOCK_DETECTED => {
                Failure::Contention
            }
            _ => Failure::Other,
        };
        StorageError::from_driver(failure, what, Box::new(e))
    }
}

impl From<deadpool_postgres::PoolError> for StorageError {
    fn from(e: deadpool_postgres::PoolError) -> Self {
        match e {
            deadpool_postgres::PoolError::Backend(e) => e.into(),
            other => StorageError::Database { what: "database connection".into(), cause: Some(Box::new(other)) },
        }
    }
}

/// Runs `$body` (an expression that may use `$tx`, an open transaction, and
/// `?`) and commits. A transaction that lost a race to a concurrent one is
/// rolled back and run again, a few times at most, a little later each time.
macro_rules! transaction {
    ($storage:expr, |$tx:ident| $body:expr) => {{
        let mut attempt = 0u32;
        loop {
            let mut client = $storage.client().await?;
            let $tx = client.transaction().await?;
            let outcome: Result<_, StorageError> = async { $body }.await;
            let outcome = match outcome {
                Ok(value) => $tx.commit().await.map(|()| value).map_err(StorageError::from),
                // Dropping the transaction rolls it back.
                Err(e) => Err(e),
            };
            match outcome {
                Err(StorageError::Contended { .. }) if attempt < $crate::storage::postgres::RETRIES => {
                    attempt += 1;
                    tokio::time::sleep(std::time::Duration::from_millis(u64::from(attempt) * 5)).await;
                }
                other => break other,
            }
        }
    }};
}

// After the macro, which they use.
mod actions;
mod admin;
mod planning;

impl PgStorage {
    /// Connects, and brings the schema up to date (one instance at a time).
    pub async fn open(url: &str) -> Result<Self, StorageError> {
        let config: tokio_postgres::Config =
            url.parse().map_err(|e| StorageError::Config(format!("database URL: {e}")))?;
        let manager = Manager::from_config(config, tls()?, ManagerConfig { recycling_method: RecyclingMethod::Fast });
        let pool = Pool::builder(manager)
            .max_size(POOL_SIZE)
            .build()
            .map_err(|e| StorageError::Config(format!("database pool: {e}")))?;
        let storage = Self { pool };
        let mut client = storage.pool.get().await.map_err(|e| {
            StorageError::Config(format!(
                "can't connect to PostgreSQL at {}: {}",
                redacted(url),
                StorageError::from(e).chain()
            ))
        })?;
        schema::migrate(&mut client).await?;
        Ok(storage)
    }

    async fn client(&self) -> Result<Object, StorageError> {
        Ok(self.pool.get().await?)
    }
}

/// TLS as the URL's `sslmode` asks (`prefer` unless it says otherwise:
/// encrypted when the server offers it; `require`; `disable`), the server's
/// certificate checked against the Web PKI roots and those of the PEM file
/// named by `PGSSLROOTCERT` (a private CA, as managed databases use).
fn tls() -> Result<MakeRustlsConnect, StorageError> {
    use rustls_pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore { roots: webpki_roots::TLS_SERVER_ROOTS.to_vec() };
    if let Some(path) = std::env::var_os("PGSSLROOTCERT").filter(|p| !p.is_empty()) {
        let shown = std::path::Path::new(&path).display().to_string();
        let certs = rustls_pki_types::CertificateDer::pem_file_iter(&path)
            .map_err(|e| StorageError::Config(format!("PGSSLROOTCERT {shown}: {e}")))?;
        for cert in certs {
            let cert = cert.map_err(|e| StorageError::Config(format!("PGSSLROOTCERT {shown}: {e}")))?;
            roots.add(cert).map_err(|e| StorageError::Config(format!("PGSSLROOTCERT {shown}: {e}")))?;
        }
    }
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .map_err(|e| StorageError::Config(format!("TLS: {e}")))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(MakeRustlsConnect::new(config))
}

/// A database URL without its password, for messages: neither the one in
/// its user info (`user:password@`, dropped) nor a `password` parameter
/// (`?password=…`, its value shown as `***`). A parameter's value runs to the
/// next `&` and its name may be percent-encoded, as the driver reads them.
/// An `@` left elsewhere in the URL may hide more than the password, never less.
pub fn redacted(url: &str) -> String {
    fn decoded(name: &str) -> Vec<u8> {
        let bytes = name.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            let hex = bytes
                .get(i + 1..i + 3)
                .filter(|h| h.iter().all(u8::is_ascii_hexdigit))
                .and_then(|h| std::str::from_utf8(h).ok());
            match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
                (b'%', Some(b)) => {
                    out.push(b);
                    i += 3;
                }
                (b, _) => {
                    out.push(b);
                    i += 1;
                }
            }
        }
        out
    }
    // The parameters first, so that an `@` in a password there is gone
    // before the user info's end is looked for.
    let mut shown = String::with_capacity(url.len());
    let mut rest = url;
    while let Some(start) = rest.find(['?', '&']) {
        shown.push_str(&rest[..=start]);
        rest = &rest[start + 1..];
        let end = rest.find('&').unwrap_or(rest.len());
        if let Some((name, _)) = rest[..end].split_once('=') {
            if decoded(name).eq_ignore_ascii_case(b"password") {
                shown.push_str(name);
                shown.push_str("=***");
                rest = &rest[end..];
            }
        }
    }
    shown.push_str(rest);
    match (shown.find("://"), shown.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let user = &shown[scheme + 3..at];
            let user = user.split(':').next().unwrap_or_default();
            format!("{}{user}@{}", &shown[..scheme + 3], &shown[at + 1..])
        }
        _ => shown,
    }
}

/// A stored non-negative integer as the unsigned one it stands for.
fn unsigned(v: i32, what: &str) -> Result<u32, StorageError> {
    u32::try_from(v).map_err(|_| StorageError::Corrupt(format!("{what} {v}")))
}

/// An unsigned number as PostgreSQL's INTEGER.
fn int(v: u32, what: &str) -> Result<i32, StorageError> {
    i32::try_from(v).map_err(|_| StorageError::Invalid(format!("{what} {v} is too large")))
}

#[async_trait]
impl SharedCounters for PgStorage {
    async fn update(
        &self,
        keys: &[String],
        now: DateTime<Utc>,
        change: crate::guard::Change<'_>,
    ) -> Result<Option<std::time::Duration>, StorageError> {
        transaction!(self, |tx| counters::update(&tx, keys, now, change).await)
    }

    async fn purge(&self, before: DateTime<Utc>) -> Result<u64, StorageError> {
        counters::purge(&self.client().await?, before).await
    }
}

#[async_trait]
impl CatalogueStore for PgStorage {
    async fn catalogue(&self) -> Result<Catalogue, StorageError> {
        catalogue::load(&self.client().await?).await
    }

    async fn centre(&self, id: &str) -> Result<Option<Centre>, StorageError> {
        Ok(catalogue::centres(&self.client().await?, Some(id)).await?.pop())
    }

    async fn upsert_catalogue(&self, cat: &Catalogue) -> Result<(), StorageError> {
        transaction!(self, |tx| catalogue::upsert(&tx, cat).await)
    }

    async fn import_catalogue(&self, changes: &Catalogue, actor: i64) -> Result<(), StorageError> {
        let entry = crate::storage::catalogue::catalogue_imported(changes, actor);
        transaction!(self, |tx| {
            audit::record(&tx, &entry).await?;
            catalogue::upsert(&tx, changes).await
        })
    }

    async fn templates(&self) -> Result<Vec<ChecklistTemplate>, StorageError> {
        catalogue::templates(&self.client().await?).await
    }

    async fn template(&self, r: &TemplateRef) -> Result<Option<ChecklistTemplate>, StorageError> {
        catalogue::template(&self.client().await?, r).await
    }

    async fn publish_template(&self, template: &ChecklistTemplate, actor: Option<i64>) -> Result<(), StorageError> {
        template.check().map_err(StorageError::Invalid)?;
        transaction!(self, |tx| catalogue::publish_template(&tx, template, actor).await)
    }

    async fn template_versions(&self, id: &str) -> Result<Vec<crate::storage::TemplateVersion>, StorageError> {
        catalogue::versions(&self.client().await?, id).await
    }
}

#[async_trait]
impl EvaluationStore for PgStorage {
    async fn insert_evaluation(&self, new: NewEvaluation) -> Result<InsertOutcome, StorageError> {
        transaction!(self, |tx| evaluations::insert(&tx, &new).await)
    }

    async fn evaluation_exists(&self, id: EvaluationId, revision: u32) -> Result<bool, StorageError> {
        evaluations::exists(&self.client().await?, id, revision).await
    }

    async fn list_evaluations(&self, filter: &EvaluationFilter) -> Result<EvaluationPage, StorageError> {
        inbox::list(&self.client().await?, filter).await
    }

    async fn evaluation(
        &self,
        id: EvaluationId,
        revision: Option<u32>,
    ) -> Result<Option<StoredEvaluation>, StorageError> {
        evaluations::get(&self.client().await?, id, revision).await
    }

    async fn decide(&self, id: EvaluationId, decision: &Decision) -> Result<DecisionOutcome, StorageError> {
        transaction!(self, |tx| review::decide(&tx, id, decision).await)
    }

    async fn approve_many(&self, ids: &[EvaluationId], by: &Reviewer) -> Result<BulkApprovalResult, StorageError> {
        transaction!(self, |tx| review::approve_many(&tx, ids, by).await)
    }

    async fn add_review_comment(&self, id: EvaluationId, comment: &str, by: &Reviewer) -> Result<bool, StorageError> {
        transaction!(self, |tx| review::add_comment(&tx, id, comment, by).await)
    }

    async fn history(&self, id: EvaluationId) -> Result<(Vec<u32>, Vec<ActivityEntry>), StorageError> {
        review::history(&self.client().await?, id).await
    }

    async fn submitted_by(&self, user_id: i64, limit: u32) -> Result<Vec<MyEvaluation>, StorageError> {
        review::submitted_by(&self.client().await?, user_id, limit).await
    }

    async fn export(&self, filter: &EvaluationFilter, rows: ExportSink) -> Result<u64, StorageError> {
        inbox::export(&self.client().await?, filter, &rows).await
    }
}

#[async_trait]
impl PhotoRecords for PgStorage {
    async fn record_photo(&self, photo: &PhotoRecord) -> Result<bool, StorageError> {
        photos::record(&self.client().await?, photo).await
    }

    async fn photo(&self, id: &PhotoId) -> Result<Option<PhotoRecord>, StorageError> {
        photos::get(&self.client().await?, id).await
    }

    async fn missing_photos(&self, ids: &[PhotoId]) -> Result<Vec<PhotoId>, StorageError> {
        photos::missing(&self.client().await?, ids).await
    }

    async fn orphan_photos(&self, before: DateTime<Utc>, limit: u32) -> Result<Vec<PhotoId>, StorageError> {
        photos::orphans(&self.client().await?, before, limit).await
    }

    async fn forget_orphan_photo(&self, id: &PhotoId) -> Result<bool, StorageError> {
        photos::forget_orphan(&self.client().await?, id).await
    }
}

#[async_trait]
impl AccountStore for PgStorage {
    async fn create_user(&self, user: &NewUser) -> Result<i64, StorageError> {
        transaction!(self, |tx| accounts::create_user(&tx, user).await)
    }

    async fn user_by_name(&self, username: &str) -> Result<Option<User>, StorageError> {
        accounts::user_by_name(&self.client().await?, username).await
    }

    async fn create_session(
        &self,
        token_sha256: &str,
        user_id: i64,
        expires_at: DateTime<Utc>,
    ) -> Result<(), StorageError> {
        accounts::create_session(&self.client().await?, token_sha256, user_id, expires_at).await
    }

    async fn session_user(
        &self,
        token_sha256: &str,
        now: DateTime<Utc>,
        idle: chrono::Duration,
    ) -> Result<Option<User>, StorageError> {
        accounts::session_user(&self.client().await?, token_sha256, now, idle).await
    }

    async fn delete_session(&self, token_sha256: &str) -> Result<bool, StorageError> {
        accounts::delete_session(&self.client().await?, token_sha256).await
    }

    async fn purge_sessions(&self, now: DateTime<Utc>, idle: chrono::Duration) -> Result<u64, StorageError> {
        accounts::purge_sessions(&self.client().await?, now, idle).await
    }

    async fn create_kiosk(
        &self,
        key_sha256: &str,
        centre_id: &str,
        label: &str,
        actor: Option<i64>,
    ) -> Result<i64, StorageError> {
        transaction!(self, |tx| kiosks::create(&tx, key_sha256, centre_id, label, actor).await)
    }

    async fn kiosk(&self, key_sha256: &str) -> Result<Option<Kiosk>, StorageError> {
        kiosks::by_key(&self.client().await?, key_sha256).await
    }
}

#[async_trait]
impl PerformanceStore for PgStorage {
    async fn performance_sums(
        &self,
        centres: &[String],
        period: Period,
    ) -> Result<(TotalSums, DailySums), StorageError> {
        stats::sums(&self.client().await?, centres, &period).await
    }

    async fn league_sums(
        &self,
        centres: &[String],
        period: Period,
    ) -> Result<Vec<(String, FactKind, Sums)>, StorageError> {
        stats::league(&self.client().await?, centres, &period).await
    }

    async fn rating_config(&self) -> Result<RatingConfig, StorageError> {
        settings::rating(&self.client().await?).await
    }

    async fn set_rating_config(
        &self,
        config: &RatingConfig,
        actor: i64,
        at: DateTime<Utc>,
    ) -> Result<(), StorageError> {
        transaction!(self, |tx| settings::set_rating(&tx, config, actor, at).await)
    }
}

#[async_trait]
impl AlertStore for PgStorage {
    async fn check_alert(
        &self,
        centre_id: &str,
        rule: &AlertRule,
        now: DateTime<Utc>,
    ) -> Result<Option<Alert>, StorageError> {
        transaction!(self, |tx| alerts::check(&tx, centre_id, rule, now).await)
    }

    async fn alerts(&self, centres: &[String], all: bool, limit: u32) -> Result<Vec<Alert>, StorageError> {
        alerts::list(&self.client().await?, centres, all, limit).await
    }

    async fn acknowledge_alert(
        &self,
        id: i64,
        actor: i64,
        at: DateTime<Utc>,
        centres: &[String],
    ) -> Result<Option<Alert>, StorageError> {
        alerts::acknowledge(&self.client().await?, id, actor, at, centres).await
    }

    async fn record_alert_delivery(
        &self,
        id: i64,
        attempts: u32,
        delivered_at: Option<DateTime<Utc>>,
        error: Option<String>,
    ) -> Result<(), StorageError> {
        alerts::record_delivery(&self.client().await?, id, attempts, delivered_at, error.as_deref()).await
    }
}

#[async_trait]
impl AuditLog for PgStorage {
    async fn audit(&self, filter: &AuditFilter) -> Result<ms_core::audit::AuditPage, StorageError> {
        audit::list(&self.client().await?, filter).await
    }
}

#[async_trait]
impl Seeder for PgStorage {
    async fn seed_evaluations(&self, count: u64, seed: u64) -> Result<u64, StorageError> {
        let mut client = self.client().await?;
        seed::seed(&mut client, count, seed, Utc::now()).await
    }
}

#[async_trait]
impl Storage for PgStorage {
    fn shared_counters(&self) -> Option<&dyn SharedCounters> {
        Some(self)
    }

    async fn ping(&self) -> Result<(), StorageError> {
        self.client().await?.query_one("SELECT 1", &[]).await?;
        Ok(())
    }

    async fn close(&self) {
        self.pool.close();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The password the driver would sign in with, and the URL as a message shows it.
    fn read_and_shown(url: &str) -> (Option<String>, String) {
        let config: tokio_postgres::Config = url.parse().expect("a URL the driver reads");
        let password = config.get_password().map(|p| String::from_utf8_lossy(p).into_owned());
        (password, redacted(url))
    }

    #[test]
    fn redacted_drops_the_password_of_the_user_info_and_keeps_the_user() {
        assert_eq!(redacted("postgres://ms:secret@db:5432/ms"), "postgres://ms@db:5432/ms");
        assert_eq!(redacted("postgresql://ms:p%40ss@db/ms?sslmode=require"), "postgresql://ms@db/ms?sslmode=require");
        assert_eq!(redacted("postgres://ms:p@ss@db/ms"), "postgres://ms@db/ms");
    }

    #[test]
    fn redacted_hides_a_password_parameter_and_keeps_the_others() {
        assert_eq!(redacted("postgres://ms@db/ms?password=secret"), "postgres://ms@db/ms?password=***");
        assert_eq!(
            redacted("postgres://db/ms?sslmode=require&password=secret&application_name=ms"),
            "postgres://db/ms?sslmode=require&password=***&application_name=ms"
        );
        assert_eq!(redacted("postgres://db/ms?password=p@ss"), "postgres://db/ms?password=***");
        assert_eq!(redacted("postgres://db/ms?pass%77ord=secret"), "postgres://db/ms?pass%77ord=***");
    }

    #[test]
    fn redacted_hides_both_passwords_when_a_url_has_two() {
        assert_eq!(redacted("postgres://ms:one@db/ms?password=two"), "postgres://ms@db/ms?password=***");
    }

    #[test]
    fn redacted_leaves_a_url_without_a_password_as_it_is() {
        for url in ["postgres://db/ms", "postgres://ms@db:5432/ms", "postgres://ms@db/ms?sslmode=disable&user=ms"] {
            assert_eq!(redacted(url), url);
        }
    }

    #[test]
    fn redacted_never_shows_the_password_the_driver_reads() {
        for url in [
            "postgres://ms:secret@db/ms",
            "postgres://ms:s%40cret@db/ms",
            "postgres://ms@db/ms?password=secret",
            "postgres://ms@db/ms?sslmode=prefer&password=s%26cret&connect_timeout=5",
            "postgres://ms@db/ms?pass%77ord=secret",
            "postgres://ms:first@db/ms?password=second",
        ] {
            let (password, shown) = read_and_shown(url);
            let password = password.expect("the URL has a password");
            assert!(!shown.contains(&password), "{url} is shown as {shown}");
            assert!(shown.contains("://ms@db/ms"), "{shown} still names the user, the host and the database");
        }
    }
}
