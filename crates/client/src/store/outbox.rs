//! The outbox: one row per queued evaluation with its upload state, attempts,
//! schedule, last error and progress. Every state change goes through
//! `OutboxStatus::apply`, the one place that knows the allowed transitions.

use super::evaluations::{parse_id, set_state, LocalState};
use super::{from_millis, to_millis, Store};
use crate::api::FailureKind;
use crate::error::{Error, Result};
use chrono::{DateTime, Utc};
use ms_core::EvaluationId;
use rusqlite::{params, Connection, OptionalExtension};

/// What the UI shows for a queued evaluation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyncState {
    Waiting,
    Uploading,
    Uploaded,
    /// `permanent`: retrying can't help (the server refused it); only the user's retry sends it again.
    Failed {
        message: String,
        permanent: bool,
    },
}

/// How a failure's kind is kept in the outbox table.
fn failure_kind_text(kind: FailureKind) -> &'static str {
    match kind {
        FailureKind::Transient => "transient",
        FailureKind::Permanent => "permanent",
        FailureKind::NeedsSignIn => "sign_in",
    }
}

fn parse_failure_kind(s: &str) -> Result<FailureKind> {
    match s {
        "transient" => Ok(FailureKind::Transient),
        "permanent" => Ok(FailureKind::Permanent),
        "sign_in" => Ok(FailureKind::NeedsSignIn),
        other => Err(Error::Corrupt(format!("unknown failure kind '{other}'"))),
    }
}

/// Something that happened to a queued evaluation.
#[derive(Debug, Clone, PartialEq)]
pub enum OutboxEvent {
    /// An upload attempt begins; `bytes_total` counts the photos and the JSON body.
    Started { bytes_total: u64 },
    /// A request of the attempt finished.
    Progress { bytes_sent: u64 },
    /// The server stored the evaluation.
    Uploaded,
    /// The attempt (or getting ready for it) failed. `retry_at` is used for transient failures only.
    Failed { kind: FailureKind, message: String, code: Option<String>, field: Option<String>, retry_at: DateTime<Utc> },
    /// The user asked to try again now.
    RetryRequested,
    /// A new token was given: what waited for a sign-in is due now.
    SignedIn,
}

impl OutboxEvent {
    fn name(&self) -> &'static str {
        match self {
            OutboxEvent::Started { .. } => "start",
            OutboxEvent::Progress { .. } => "progress",
            OutboxEvent::Uploaded => "uploaded",
            OutboxEvent::Failed { .. } => "failure",
            OutboxEvent::RetryRequested => "retry",
            OutboxEvent::SignedIn => "sign-in",
        }
    }
}

/// The upload status of one queued evaluation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxStatus {
    pub evaluation_id: EvaluationId,
    pub state: SyncState,
    /// Upload attempts started since it was queued (or last retried by the user).
    pub attempts: u32,
    /// When the sync engine will next try; `None` when it won't on its own.
    pub next_attempt_at: Option<DateTime<Utc>>,
    pub failure: Option<FailureKind>,
    /// The server's message (or the local reason) for the last failure.
    pub last_error: Option<String>,
    pub last_error_code: Option<String>,
    /// The field the server named, e.g. `answers.wait-time.value`.
    pub last_error_field: Option<String>,
    pub bytes_total: u64,
    pub bytes_sent: u64,
    pub queued_at: DateTime<Utc>,
    pub uploaded_at: Option<DateTime<Utc>>,
}

impl OutboxStatus {
    /// A freshly queued evaluation, due at once.
    pub fn queued(evaluation_id: EvaluationId, now: DateTime<Utc>) -> Self {
        Self {
            evaluation_id,
            state: SyncState::Waiting,
            attempts: 0,
            next_attempt_at: Some(now),
            failure: None,
            last_error: None,
            last_error_code: None,
            last_error_field: None,
            bytes_total: 0,
            bytes_sent: 0,
            queued_at: now,
            uploaded_at: None,
        }
    }

    /// Needs a sign-in before it can be sent.
    pub fn needs_sign_in(&self) -> bool {
        self.failure == Some(FailureKind::NeedsSignIn)
    }

    /// Whether the sync engine should try it at `now`.
    pub fn is_due(&self, now: DateTime<Utc>) -> bool {
        self.next_attempt_at.is_some_and(|t| t <= now)
    }

    /// The state after `event` at `now`, or an error for a transition that can't happen.
    pub fn apply(&self, event: OutboxEvent, now: DateTime<Utc>) -> Result<OutboxStatus> {
        let mut next = self.clone();
        let refuse = || Error::InvalidTransition {
            id: self.evaluation_id,
            from: format!("{:?}", self.state),
            event: event.name(),
        };
        let retryable = matches!(self.state, SyncState::Waiting | SyncState::Uploading)
            || self.failure == Some(FailureKind::Transient);
        match (&self.state, &event) {
            (SyncState::Uploaded, _) => return Err(refuse()),
            (_, OutboxEvent::Started { bytes_total }) if retryable => {
                // The schedule stays as it was (due): a crash mid-upload leaves it due again.
                next.state = SyncState::Uploading;
                next.attempts = self.attempts.saturating_add(1);
                next.bytes_total = *bytes_total;
                next.bytes_sent = 0;
            }
            (SyncState::Uploading, OutboxEvent::Progress { bytes_sent }) => {
                next.bytes_sent = (*bytes_sent).min(self.bytes_total);
            }
            (SyncState::Uploading, OutboxEvent::Uploaded) => {
                next.state = SyncState::Uploaded;
                next.bytes_sent = self.bytes_total;
                next.next_attempt_at = None;
                next.failure = None;
                next.last_error = None;
                next.last_error_code = None;
                next.last_error_field = None;
                next.uploaded_at = Some(now);
            }
            (_, OutboxEvent::Failed { kind, message, code, field, retry_at }) if retryable => {
                next.state = SyncState::Failed { message: message.clone(), permanent: *kind == FailureKind::Permanent };
                next.failure = Some(*kind);
                next.last_error = Some(message.clone());
                next.last_error_code = code.clone();
                next.last_error_field = field.clone();
                next.next_attempt_at = match kind {
                    FailureKind::Transient => Some(*retry_at),
                    FailureKind::Permanent | FailureKind::NeedsSignIn => None,
                };
            }
            (_, OutboxEvent::RetryRequested) => {
                next.state = SyncState::Waiting;
                next.attempts = 0;
                next.failure = None;
                next.next_attempt_at = Some(now);
            }
            (SyncState::Failed { .. }, OutboxEvent::SignedIn) if self.needs_sign_in() => {
                next.state = SyncState::Waiting;
                next.failure = None;
                next.next_attempt_at = Some(now);
            }
            (_, OutboxEvent::SignedIn) => {}
            _ => return Err(refuse()),
        }
        Ok(next)
    }
}

impl Store {
    /// Puts a completed evaluation into the outbox, due at once.
    pub(super) fn enqueue(conn: &Connection, id: EvaluationId, now_ms: i64) -> Result<()> {
        let status = OutboxStatus::queued(id, from_millis(now_ms)?);
        conn.prepare_cached("INSERT INTO outbox (evaluation_id, state, queued_at) VALUES (?1, 'waiting', ?2)")?
            .execute(params![id.to_string(), now_ms])?;
        save(conn, &status)?;
        set_state(conn, id, LocalState::Queued)
    }

    /// Records what happened to a queued evaluation, in one transaction; an
    /// upload also marks the evaluation itself uploaded.
    pub fn record(&mut self, id: EvaluationId, event: OutboxEvent, now: DateTime<Utc>) -> Result<OutboxStatus> {
        let tx = self.conn.transaction()?;
        let current = status_of(&tx, id)?.ok_or(Error::NotQueued(id))?;
        let next = current.apply(event, now)?;
        save(&tx, &next)?;
        if next.state == SyncState::Uploaded {
            set_state(&tx, id, LocalState::Uploaded)?;
        }
        // Read back, so the caller sees exactly what a later read will (instants to the millisecond).
        let saved = status_of(&tx, id)?.ok_or(Error::NotQueued(id))?;
        tx.commit()?;
        Ok(saved)
    }

    /// The user's retry: makes a failed (or waiting) evaluation due now.
    pub fn retry(&mut self, id: EvaluationId) -> Result<OutboxStatus> {
        self.record(id, OutboxEvent::RetryRequested, Utc::now())
    }

    /// After a sign-in: everything that waited for one becomes due now. Returns how many.
    pub fn release_signed_out(&mut self, now: DateTime<Utc>) -> Result<usize> {
        let ids: Vec<EvaluationId> =
            self.outbox()?.into_iter().filter(OutboxStatus::needs_sign_in).map(|s| s.evaluation_id).collect();
        for id in &ids {
            self.record(*id, OutboxEvent::SignedIn, now)?;
        }
        Ok(ids.len())
    }

    pub fn outbox_status(&self, id: EvaluationId) -> Result<OutboxStatus> {
        status_of(&self.conn, id)?.ok_or(Error::NotQueued(id))
    }

    /// Every evaluation in the outbox, oldest first (uploaded ones included).
    pub fn outbox(&self) -> Result<Vec<OutboxStatus>> {
        let mut stmt = self.conn.prepare_cached(&format!("{SELECT} ORDER BY queued_at, evaluation_id"))?;
        let rows = stmt.query_map([], read_row)?;
        rows.map(|r| r.map_err(Error::from).and_then(RawRow::into_status)).collect()
    }

    /// The evaluations due at `now`, oldest first.
    pub fn outbox_due(&self, now: DateTime<Utc>) -> Result<Vec<EvaluationId>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT evaluation_id FROM outbox WHERE next_attempt_at IS NOT NULL AND next_attempt_at <= ?1
             ORDER BY next_attempt_at, queued_at",
        )?;
        let rows = stmt.query_map([to_millis(now)], |row| row.get::<_, String>(0))?;
        rows.map(|r| r.map_err(Error::from).and_then(|s| parse_id(&s))).collect()
    }

    /// The earliest scheduled attempt, if anything is scheduled.
    pub fn next_outbox_wake(&self) -> Result<Option<DateTime<Utc>>> {
        let mut stmt = self.conn.prepare_cached("SELECT min(next_attempt_at) FROM outbox")?;
        let ms: Option<i64> = stmt.query_row([], |row| row.get(0))?;
        ms.map(from_millis).transpose()
    }

    /// What an upload of `id` sends: the frozen body and each photo with its size.
    pub fn upload_plan(&self, id: EvaluationId) -> Result<(String, Vec<(ms_core::PhotoId, u64)>)> {
        let body = self.frozen_body(id)?;
        let evaluation: ms_core::Evaluation = serde_json::from_str(&body)
            .map_err(|e| Error::Corrupt(format!("the frozen evaluation {id} is not readable: {e}")))?;
        let photos = evaluation
            .photo_ids()
            .into_iter()
            .map(|p| self.photo_info(&p).map(|(bytes, _, _)| (p, bytes)))
            .collect::<Result<Vec<_>>>()?;
        Ok((body, photos))
    }
}

const SELECT: &str = "SELECT evaluation_id, state, failure, attempts, next_attempt_at, last_error, last_error_code,
    last_error_field, bytes_total, bytes_sent, queued_at, uploaded_at FROM outbox";

struct RawRow {
    id: String,
    state: String,
    failure: Option<String>,
    attempts: u32,
    next_attempt_at: Option<i64>,
    last_error: Option<String>,
    last_error_code: Option<String>,
    last_error_field: Option<String>,
    bytes_total: i64,
    bytes_sent: i64,
    queued_at: i64,
    uploaded_at: Option<i64>,
}

fn read_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<RawRow> {
    Ok(RawRow {
        id: row.get(0)?,
        state: row.get(1)?,
        failure: row.get(2)?,
        attempts: row.get(3)?,
        next_attempt_at: row.get(4)?,
        last_error: row.get(5)?,
        last_error_code: row.get(6)?,
        last_error_field: row.get(7)?,
        bytes_total: row.get(8)?,
        bytes_sent: row.get(9)?,
        queued_at: row.get(10)?,
        uploaded_at: row.get(11)?,
    })
}

impl RawRow {
    fn into_status(self) -> Result<OutboxStatus> {
        let failure = self.failure.as_deref().map(parse_failure_kind).transpose()?;
        let state = match self.state.as_str() {
            "waiting" => SyncState::Waiting,
            "uploading" => SyncState::Uploading,
            "uploaded" => SyncState::Uploaded,
            "failed" => SyncState::Failed {
                message: self.last_error.clone().unwrap_or_default(),
                permanent: failure == Some(FailureKind::Permanent),
            },
            other => return Err(Error::Corrupt(format!("unknown outbox state '{other}'"))),
        };
        Ok(OutboxStatus {
            evaluation_id: parse_id(&self.id)?,
            state,
            attempts: self.attempts,
            next_attempt_at: self.next_attempt_at.map(from_millis).transpose()?,
            failure,
            last_error: self.last_error,
            last_error_code: self.last_error_code,
            last_error_field: self.last_error_field,
            bytes_total: self.bytes_total.max(0) as u64,
            bytes_sent: self.bytes_sent.max(0) as u64,
            queued_at: from_millis(self.queued_at)?,
            uploaded_at: self.uploaded_at.map(from_millis).transpose()?,
        })
    }
}

pub(super) fn status_of(conn: &Connection, id: EvaluationId) -> Result<Option<OutboxStatus>> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} WHERE evaluation_id = ?1"))?;
    let row = stmt.query_row([id.to_string()], read_row).optional()?;
    row.map(RawRow::into_status).transpose()
}

pub(super) fn save(conn: &Connection, s: &OutboxStatus) -> Result<()> {
    let state = match &s.state {
        SyncState::Waiting => "waiting",
        SyncState::Uploading => "uploading",
        SyncState::Uploaded => "uploaded",
        SyncState::Failed { .. } => "failed",
    };
    conn.prepare_cached(
        "UPDATE outbox SET state = ?2, failure = ?3, attempts = ?4, next_attempt_at = ?5, last_error = ?6,
         last_error_code = ?7, last_error_field = ?8, bytes_total = ?9, bytes_sent = ?10, uploaded_at = ?11
         WHERE evaluation_id = ?1",
    )?
    .execute(params![
        s.evaluation_id.to_string(),
        state,
        s.failure.map(failure_kind_text),
        s.attempts,
        s.next_attempt_at.map(to_millis),
        s.last_error,
        s.last_error_code,
        s.last_error_field,
        s.bytes_total as i64,
        s.bytes_sent as i64,
        s.uploaded_at.map(to_millis),
    ])?;
    Ok(())
}
