//! The storage seam: one trait the handlers see, with a backend per database.
//! SQL lives in the backend that runs it, next to its migrations.

mod filter;
pub mod postgres;
mod seed_data;
mod sqlite;
mod summary;

pub use postgres::PgStorage;
pub use sqlite::{Durability, SqliteStorage};

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use ms_core::review::DecisionRefusal;
use ms_core::scoring::StageScore;
use ms_core::stats::{AlertRule, DailySums, Fact, FactKind, Period, Sums, TotalSums};
use ms_core::wire::Alert;
use ms_core::wire::{ActivityEntry, BulkApprovalResult, EvaluationPage, EvaluationSummary, MyEvaluation, UserRole};
use ms_core::RatingConfig;
use ms_core::{
    Catalogue, Centre, ChecklistTemplate, Evaluation, EvaluationId, PhotoId, ReviewStatus, Role, TemplateRef,
};
use std::sync::Arc;

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("database: {0}")]
    Database(String),
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
    #[error("{0}")]
    Config(String),
    #[error("template {id} v{version} is already published with different content")]
    TemplateChanged { id: String, version: u32 },
    #[error("{0}")]
    Invalid(String),
    /// A concurrent transaction got there first (a unique key, a
    /// serialisation failure, a deadlock); running it again decides it.
    #[error("lost a race to a concurrent change: {0}")]
    Contended(String),
}

impl From<rusqlite::Error> for StorageError {
    fn from(e: rusqlite::Error) -> Self {
        StorageError::Database(e.to_string())
    }
}

/// An evaluation accepted by the handlers, ready to be stored.
#[derive(Debug, Clone)]
pub struct NewEvaluation {
    pub evaluation: Evaluation,
    pub canonical_json: String,
    pub body_sha256: String,
    pub score_percent: Option<f64>,
    pub stage_scores: Vec<StageScore>,
    /// What it adds to its centre's figures while it counts (core `stats::facts`).
    pub facts: Vec<Fact>,
    /// Server clock minus the device's when sent, in seconds, if the device said.
    pub clock_offset_s: Option<i64>,
    /// When the server received it, to the microsecond (as both backends keep times).
    pub received_at: DateTime<Utc>,
    /// The account that sent it, and its username.
    pub submitted_by: Option<i64>,
    pub submitter: Option<String>,
}

/// What storing an evaluation came to; decided inside one transaction.
#[derive(Debug, Clone)]
pub enum InsertOutcome {
    Created(EvaluationSummary),
    /// The same body was already stored under this id and revision.
    Identical(EvaluationSummary),
    /// A different body is stored under this id and revision.
    Conflict,
    /// A next revision while the evaluation is not returned to its shopper.
    NotReturned(ReviewStatus),
    /// A revision that does not follow the latest one.
    OutOfOrder {
        latest: Option<u32>,
    },
    /// A new revision from someone other than the original submitter.
    NotSubmitter,
    UnknownCentre,
    /// The centre does not offer the service named.
    UnknownService,
}

#[derive(Debug, Clone)]
pub struct StoredEvaluation {
    pub summary: EvaluationSummary,
    pub evaluation: Evaluation,
    pub stage_scores: Vec<StageScore>,
}

/// What the inbox sorts by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SortField {
    /// When the server received it.
    #[default]
    Received,
    /// When the visit began (when it was received, for a rating without a visit time).
    Visit,
    /// The score; unscored ones count as lowest.
    Score,
}

#[derive(Debug, Clone)]
pub struct EvaluationFilter {
    /// Whose evaluations the reader may see.
    pub scope: ReviewScope,
    pub status: Option<ReviewStatus>,
    pub entity_id: Option<String>,
    pub centre_id: Option<String>,
    pub role: Option<Role>,
    /// Visit dates (UTC), both days included.
    pub from: Option<chrono::NaiveDate>,
    pub to: Option<chrono::NaiveDate>,
    pub min_score: Option<f64>,
    pub max_score: Option<f64>,
    pub has_photos: Option<bool>,
    /// Checked in outside the centre's geofence (true) or inside it (false).
    pub outside_geofence: Option<bool>,
    /// Part of the employee's name or desk, in any case.
    pub employee: Option<String>,
    /// Only evaluations carrying this proof-of-visit flag.
    pub flag: Option<ms_core::proof::VisitFlag>,
    pub sort: SortField,
    pub ascending: bool,
    pub limit: u32,
    /// The page after this row.
    pub after: Option<PageCursor>,
}

impl EvaluationFilter {
    /// Every evaluation within the scope, newest received first, a page of `limit`.
    pub fn everything(scope: ReviewScope, limit: u32) -> Self {
        Self {
            scope,
            status: None,
            entity_id: None,
            centre_id: None,
            role: None,
            from: None,
            to: None,
            min_score: None,
            max_score: None,
            has_photos: None,
            outside_geofence: None,
            employee: None,
            flag: None,
            sort: SortField::default(),
            ascending: false,
            limit,
            after: None,
        }
    }
}

/// Where the next page starts: right after a row, in one sort order. Opaque
/// to clients (hex of a small JSON document).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PageCursor {
    pub sort: SortField,
    pub ascending: bool,
    /// The row's value of the sort column.
    #[serde(with = "cursor_key")]
    pub key: rusqlite::types::Value,
    pub id: String,
}

impl PageCursor {
    pub fn encode(&self) -> String {
        hex::encode(serde_json::to_vec(self).unwrap_or_default())
    }

    pub fn decode(text: &str) -> Option<Self> {
        serde_json::from_slice(&hex::decode(text).ok()?).ok()
    }
}

/// A sort column's value in a cursor: text (times) or a number (scores).
mod cursor_key {
    use rusqlite::types::Value;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &Value, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Value::Text(t) => s.serialize_str(t),
            Value::Real(r) => s.serialize_f64(*r),
            Value::Integer(i) => s.serialize_f64(*i as f64),
            _ => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
        Ok(match serde_json::Value::deserialize(d)? {
            serde_json::Value::String(t) => Value::Text(t),
            serde_json::Value::Number(n) => Value::Real(n.as_f64().unwrap_or_default()),
            _ => Value::Null,
        })
    }
}

/// A supervisor's decision, as the handler hands it to storage.
#[derive(Debug, Clone)]
pub struct Decision {
    pub to: ReviewStatus,
    pub comment: Option<String>,
    pub actor: i64,
    pub at: DateTime<Utc>,
    pub scope: ReviewScope,
}

/// What a decision came to; decided inside one transaction.
#[derive(Debug, Clone)]
pub enum DecisionOutcome {
    Moved(Box<EvaluationSummary>),
    /// No such evaluation among those the reviewer may see.
    NotFound,
    Refused(DecisionRefusal),
}

impl DecisionOutcome {
    /// Adds this outcome of approving `id` to a bulk approval's answer.
    pub(crate) fn tally(self, id: EvaluationId, result: &mut BulkApprovalResult) -> Result<(), StorageError> {
        use ms_core::wire::NotMoved;
        use ms_core::ErrorCode;
        let not_moved = |code, message: String| NotMoved { id, code, message };
        match self {
            DecisionOutcome::Moved(_) => result.approved.push(id),
            DecisionOutcome::NotFound => result
                .not_moved
                .push(not_moved(ErrorCode::NotFound, "no such evaluation among those you review".to_owned())),
            DecisionOutcome::Refused(DecisionRefusal::IllegalTransition { from, .. }) => result.not_moved.push(
                not_moved(ErrorCode::IllegalTransition, format!("it is {} and can't be approved", from.as_str())),
            ),
            DecisionOutcome::Refused(DecisionRefusal::CommentRequired(_) | DecisionRefusal::CitizenNotReturnable) => {
                return Err(StorageError::Invalid("approving never needs a comment and is never a return".to_owned()))
            }
        }
        Ok(())
    }
}

#[derive(Debug, Clone)]
pub struct PhotoRecord {
    pub id: PhotoId,
    pub bytes: u64,
    pub width: u32,
    pub height: u32,
    pub received_at: DateTime<Utc>,
}

#[derive(Debug, Clone)]
pub struct User {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub role: UserRole,
    pub password_hash: String,
    /// The entities a supervisor reviews.
    pub entity_ids: Vec<String>,
}

impl User {
    /// What of the evaluations this account may review.
    pub fn review_scope(&self) -> ReviewScope {
        match self.role {
            UserRole::Admin => ReviewScope::All,
            UserRole::Supervisor => ReviewScope::Entities(self.entity_ids.clone()),
            UserRole::Shopper => ReviewScope::Entities(Vec::new()),
        }
    }
}

/// The evaluations a reviewer may see and decide: every one, or those of the
/// centres of some entities.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewScope {
    All,
    Entities(Vec<String>),
}

impl ReviewScope {
    pub fn includes(&self, entity_id: &str) -> bool {
        match self {
            ReviewScope::All => true,
            ReviewScope::Entities(ids) => ids.iter().any(|e| e == entity_id),
        }
    }
}

/// One evaluation as an export reads it: its summary and its body.
#[derive(Debug, Clone)]
pub struct ExportRow {
    pub summary: EvaluationSummary,
    pub evaluation: Evaluation,
}

/// Where an export's rows go, one at a time; a closed channel ends the export.
pub type ExportSink = tokio::sync::mpsc::Sender<Result<ExportRow, StorageError>>;

/// A registered exit kiosk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kiosk {
    pub id: i64,
    pub centre_id: String,
    pub label: String,
}

/// The front door's counters (`guard::counters`) kept in a database that
/// several server instances share, so that the allowances hold across all of them.
#[async_trait]
pub trait SharedCounters: Send + Sync {
    /// Reads the keys' counters, applies `change`, writes them back (zero
    /// forgets a counter), in one transaction with the keys' rows locked,
    /// whichever instance asks; returns what `change` answered.
    async fn update(
        &self,
        keys: &[String],
        now: DateTime<Utc>,
        change: crate::guard::Change<'_>,
    ) -> Result<Option<std::time::Duration>, StorageError>;
    /// Forgets counters last changed before `before`; returns how many.
    async fn purge(&self, before: DateTime<Utc>) -> Result<u64, StorageError>;
}

#[async_trait]
pub trait Storage: Send + Sync {
    /// The counters several instances share, when this database is meant to
    /// be shared; None when one instance alone uses it (SQLite), which then
    /// counts in its own memory.
    fn shared_counters(&self) -> Option<&dyn SharedCounters> {
        None
    }

    /// Answers once the database does: for health checks.
    async fn ping(&self) -> Result<(), StorageError>;
    async fn catalogue(&self) -> Result<Catalogue, StorageError>;
    async fn centre(&self, id: &str) -> Result<Option<Centre>, StorageError>;
    /// Adds or updates every entity, service and centre given (by id).
    async fn upsert_catalogue(&self, catalogue: &Catalogue) -> Result<(), StorageError>;

    async fn templates(&self) -> Result<Vec<ChecklistTemplate>, StorageError>;
    async fn template(&self, r: &TemplateRef) -> Result<Option<ChecklistTemplate>, StorageError>;
    /// Publishes a template version; publishing the same content again is a no-op,
    /// different content under a published version is refused.
    async fn publish_template(&self, template: &ChecklistTemplate) -> Result<(), StorageError>;

    async fn insert_evaluation(&self, new: NewEvaluation) -> Result<InsertOutcome, StorageError>;
    /// Whether this revision of the evaluation is already stored.
    async fn evaluation_exists(&self, id: EvaluationId, revision: u32) -> Result<bool, StorageError>;
    /// The latest revision of each evaluation, newest first.
    async fn list_evaluations(&self, filter: &EvaluationFilter) -> Result<EvaluationPage, StorageError>;
    /// One revision, or the latest when `revision` is None.
    async fn evaluation(
        &self,
        id: EvaluationId,
        revision: Option<u32>,
    ) -> Result<Option<StoredEvaluation>, StorageError>;
    /// Moves the latest revision to `decision.to`, with the allowed moves and
    /// comment rule of `core::review`, and records who, when and why.
    async fn decide(&self, id: EvaluationId, decision: &Decision) -> Result<DecisionOutcome, StorageError>;
    /// Approves each evaluation that may be approved, all in one transaction;
    /// says why the others were not.
    async fn approve_many(
        &self,
        ids: &[EvaluationId],
        actor: i64,
        at: DateTime<Utc>,
        scope: &ReviewScope,
    ) -> Result<BulkApprovalResult, StorageError>;
    /// Adds a comment without changing the status; false when the evaluation
    /// is not among those the reviewer may see.
    async fn add_review_comment(
        &self,
        id: EvaluationId,
        comment: &str,
        actor: i64,
        at: DateTime<Utc>,
        scope: &ReviewScope,
    ) -> Result<bool, StorageError>;
    /// The revisions received and every decision and comment, oldest first.
    async fn history(&self, id: EvaluationId) -> Result<(Vec<u32>, Vec<ActivityEntry>), StorageError>;
    /// Adds `count` fictional evaluations over the catalogue's centres, the
    /// last twelve months, every status and both roles (`seed --evaluations`).
    async fn seed_evaluations(&self, count: u64, seed: u64) -> Result<u64, StorageError>;
    /// A shopper's own submissions, newest first, with the latest supervisor comment of each.
    async fn submitted_by(&self, user_id: i64, limit: u32) -> Result<Vec<MyEvaluation>, StorageError>;

    /// Records a stored photo; false when it was already recorded.
    async fn record_photo(&self, photo: &PhotoRecord) -> Result<bool, StorageError>;
    async fn photo(&self, id: &PhotoId) -> Result<Option<PhotoRecord>, StorageError>;
    /// The ids among `ids` that no photo record exists for.
    async fn missing_photos(&self, ids: &[PhotoId]) -> Result<Vec<PhotoId>, StorageError>;
    /// Photos received before `before` that no evaluation refers to.
    async fn orphan_photos(&self, before: DateTime<Utc>, limit: u32) -> Result<Vec<PhotoId>, StorageError>;
    /// Forgets a photo's record, unless an evaluation came to refer to it
    /// meanwhile; true when it was forgotten (its file may then go).
    async fn forget_orphan_photo(&self, id: &PhotoId) -> Result<bool, StorageError>;

    async fn create_user(
        &self,
        username: &str,
        display_name: &str,
        role: UserRole,
        password_hash: &str,
        entity_ids: &[String],
    ) -> Result<i64, StorageError>;
    async fn user_by_name(&self, username: &str) -> Result<Option<User>, StorageError>;
    async fn create_session(
        &self,
        token_sha256: &str,
        user_id: i64,
        expires_at: DateTime<Utc>,
    ) -> Result<(), StorageError>;
    /// The user a session token belongs to, if the session is still valid at
    /// `now`: younger than its expiry and used within `idle`. Records the use.
    async fn session_user(
        &self,
        token_sha256: &str,
        now: DateTime<Utc>,
        idle: chrono::Duration,
    ) -> Result<Option<User>, StorageError>;
    /// Ends a session (sign-out); false when there was none.
    async fn delete_session(&self, token_sha256: &str) -> Result<bool, StorageError>;
    /// Removes expired and idle sessions; returns how many.
    async fn purge_sessions(&self, now: DateTime<Utc>, idle: chrono::Duration) -> Result<u64, StorageError>;

    /// Registers an exit kiosk of a centre under the hash of its key.
    async fn create_kiosk(&self, key_sha256: &str, centre_id: &str, label: &str) -> Result<i64, StorageError>;
    async fn kiosk(&self, key_sha256: &str) -> Result<Option<Kiosk>, StorageError>;

    /// The sums of the facts (core `stats`) of these centres' counting
    /// evaluations over the period, by kind and key, and of the two indices by day.
    async fn performance_sums(
        &self,
        centres: &[String],
        period: Period,
    ) -> Result<(TotalSums, DailySums), StorageError>;
    /// The two indices' sums of each of these centres over the period.
    async fn league_sums(
        &self,
        centres: &[String],
        period: Period,
    ) -> Result<Vec<(String, FactKind, Sums)>, StorageError>;
    /// The rating configuration (the defaults until an admin sets one).
    async fn rating_config(&self) -> Result<RatingConfig, StorageError>;
    async fn set_rating_config(&self, config: &RatingConfig, actor: i64, at: DateTime<Utc>)
        -> Result<(), StorageError>;

    /// Looks at a centre's recent citizen ratings after a new one: raises an
    /// alert (returned) when the rule calls for one and none is open, clears
    /// the open one when it no longer does.
    async fn check_alert(
        &self,
        centre_id: &str,
        rule: &AlertRule,
        now: DateTime<Utc>,
    ) -> Result<Option<Alert>, StorageError>;
    /// These centres' alerts, newest first; only those not acknowledged unless `all`.
    async fn alerts(&self, centres: &[String], all: bool, limit: u32) -> Result<Vec<Alert>, StorageError>;
    /// None when no alert of these centres has that id.
    async fn acknowledge_alert(
        &self,
        id: i64,
        actor: i64,
        at: DateTime<Utc>,
        centres: &[String],
    ) -> Result<Option<Alert>, StorageError>;
    async fn record_alert_delivery(
        &self,
        id: i64,
        attempts: u32,
        delivered_at: Option<DateTime<Utc>>,
        error: Option<String>,
    ) -> Result<(), StorageError>;

    /// Sends the latest revision of every evaluation the filter keeps (its
    /// limit and cursor aside), oldest received first, one at a time, without
    /// holding them all in memory and without holding up other requests.
    /// Returns how many were sent.
    async fn export(&self, filter: &EvaluationFilter, rows: ExportSink) -> Result<u64, StorageError>;
}

/// Whether a database URL names PostgreSQL.
pub fn is_postgres(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

/// Picks the backend from the database URL: `postgres://` is PostgreSQL, a
/// path or `sqlite://` is SQLite.
pub async fn open(url: &str) -> Result<Arc<dyn Storage>, StorageError> {
    open_with(url, Durability::default()).await
}

/// The same, with the durability SQLite commits with (PostgreSQL's is its own configuration's).
pub async fn open_with(url: &str, durability: Durability) -> Result<Arc<dyn Storage>, StorageError> {
    if is_postgres(url) {
        return Ok(Arc::new(PgStorage::open(url).await?));
    }
    let path = url.strip_prefix("sqlite://").unwrap_or(url);
    Ok(Arc::new(SqliteStorage::open_with(path, durability).await?))
}

/// Timestamps are stored as RFC 3339 UTC text with microseconds, which sorts by time.
pub(crate) fn ts(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

pub(crate) fn parse_ts(s: &str) -> Result<DateTime<Utc>, StorageError> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| StorageError::Corrupt(format!("timestamp '{s}': {e}")))
}
