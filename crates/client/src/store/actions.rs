//! A centre manager's improvement actions on the device: the last list the
//! server gave (`GET /my/actions`), readable offline, and the moves made on
//! this device (a comment, evidence photos) waiting to be sent. Each move
//! carries its own `move_id`, so however often it is sent the server
//! applies it once.

use super::kept::KeptList;
use super::{from_millis, to_millis, Store};
use crate::error::{Error, Result};
use chrono::{DateTime, Utc};
use ms_core::actions::api::{Action, StatusMove};
use ms_core::PhotoId;
use rusqlite::{params, OptionalExtension};
use uuid::Uuid;

/// The list of actions as the device keeps it.
#[derive(Debug, Clone, PartialEq)]
pub struct CachedActions {
    pub actions: Vec<Action>,
    /// When the server gave it.
    pub fetched_at: DateTime<Utc>,
}

/// Where a move made on this device stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoveState {
    /// Waiting to be sent (again, after a failure that waiting may mend).
    Queued,
    /// The server applied it.
    Sent,
    /// The server refused it; sending it again would not help.
    Refused,
}

impl MoveState {
    fn as_str(self) -> &'static str {
        match self {
            MoveState::Queued => "queued",
            MoveState::Sent => "sent",
            MoveState::Refused => "refused",
        }
    }

    fn parse(s: &str) -> Result<Self> {
        match s {
            "queued" => Ok(MoveState::Queued),
            "sent" => Ok(MoveState::Sent),
            "refused" => Ok(MoveState::Refused),
            other => Err(Error::Corrupt(format!("'{other}' is not a state of an action's move"))),
        }
    }
}

/// A move of an action made on this device.
#[derive(Debug, Clone, PartialEq)]
pub struct QueuedMove {
    pub move_id: Uuid,
    pub action_id: Uuid,
    /// The account that made it (sent only while they are signed in).
    pub account: String,
    /// The move as sent, its `move_id` and photos in it.
    pub step: StatusMove,
    pub state: MoveState,
    pub attempts: u32,
    pub next_attempt_at: Option<DateTime<Utc>>,
    /// The last failure, in the server's words, and its code.
    pub last_error: Option<String>,
    pub last_error_code: Option<String>,
    pub queued_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
}

impl QueuedMove {
    /// Photos the move carries, as the store names them.
    pub fn photo_ids(&self) -> Vec<PhotoId> {
        self.step.photos.iter().filter_map(|p| PhotoId::parse(p).ok()).collect()
    }
}

const MOVE_COLUMNS: &str = "move_id, action_id, account, body, state, attempts, next_attempt_at, last_error, \
                            last_error_code, queued_at, sent_at";

/// A row of `action_moves` as read, before its texts are checked.
struct MoveRow {
    move_id: String,
    action_id: String,
    account: String,
    body: String,
    state: String,
    attempts: i64,
    next_attempt_at: Option<i64>,
    last_error: Option<String>,
    last_error_code: Option<String>,
    queued_at: i64,
    sent_at: Option<i64>,
}

fn read_move(r: &rusqlite::Row<'_>) -> rusqlite::Result<MoveRow> {
    Ok(MoveRow {
        move_id: r.get(0)?,
        action_id: r.get(1)?,
        account: r.get(2)?,
        body: r.get(3)?,
        state: r.get(4)?,
        attempts: r.get(5)?,
        next_attempt_at: r.get(6)?,
        last_error: r.get(7)?,
        last_error_code: r.get(8)?,
        queued_at: r.get(9)?,
        sent_at: r.get(10)?,
    })
}

fn parse_move(row: MoveRow) -> Result<QueuedMove> {
    let id = |text: &str| {
        Uuid::parse_str(text).map_err(|e| Error::Corrupt(format!("a kept move names no action or move: {e}")))
    };
    let step: StatusMove = serde_json::from_str(&row.body)
        .map_err(|e| Error::Corrupt(format!("a kept move of an action is not readable: {e}")))?;
    Ok(QueuedMove {
        move_id: id(&row.move_id)?,
        action_id: id(&row.action_id)?,
        account: row.account,
        step,
        state: MoveState::parse(&row.state)?,
        attempts: u32::try_from(row.attempts).unwrap_or(0),
        next_attempt_at: row.next_attempt_at.map(from_millis).transpose()?,
        last_error: row.last_error,
        last_error_code: row.last_error_code,
        queued_at: from_millis(row.queued_at)?,
        sent_at: row.sent_at.map(from_millis).transpose()?,
    })
}

impl Store {
    /// Keeps the list the server just gave `account`, in place of any kept before.
    pub fn save_my_actions(&mut self, account: &str, actions: &[Action], at: DateTime<Utc>) -> Result<()> {
        KeptList::Actions.save(&mut self.conn, account, &actions, at)
    }

    /// The list kept for `account`, if there is one.
    pub fn my_actions(&self, account: &str) -> Result<Option<CachedActions>> {
        let kept = KeptList::Actions.read(&self.conn, account)?;
        Ok(kept.map(|(actions, fetched_at)| CachedActions { actions, fetched_at }))
    }

    /// Forgets the kept list (at a sign-out).
    pub fn forget_my_actions(&mut self) -> Result<()> {
        KeptList::Actions.forget(&self.conn)
    }

    /// Keeps a move `account` made of an action, to be sent: its photos
    /// (already in the store) stay on the device until it is sent. The
    /// move's id is kept as given, or made here.
    pub fn queue_action_move(
        &mut self,
        account: &str,
        action_id: Uuid,
        mut step: StatusMove,
        now: DateTime<Utc>,
    ) -> Result<QueuedMove> {
        let move_id = *step.move_id.get_or_insert_with(Uuid::new_v4);
        let photos = step
            .photos
            .iter()
            .map(|p| PhotoId::parse(p).map_err(|_| Error::Corrupt(format!("'{p}' names no photo"))))
            .collect::<Result<Vec<_>>>()?;
        for p in &photos {
            self.photo_info(p)?;
        }
        let body = serde_json::to_string(&step).map_err(|e| Error::Corrupt(e.to_string()))?;
        let tx = self.conn.transaction()?;
        tx.prepare_cached(
            "INSERT INTO action_moves (move_id, action_id, account, body, state, next_attempt_at, queued_at)
             VALUES (?1, ?2, ?3, ?4, 'queued', ?5, ?5)",
        )?
        .execute(params![move_id.to_string(), action_id.to_string(), account, body, to_millis(now)])?;
        for (i, p) in photos.iter().enumerate() {
            tx.prepare_cached("INSERT INTO action_move_photos (move_id, position, photo) VALUES (?1, ?2, ?3)")?
                .execute(params![move_id.to_string(), i as i64, p.as_str()])?;
        }
        tx.commit()?;
        self.action_move(move_id)
    }

    pub fn action_move(&self, move_id: Uuid) -> Result<QueuedMove> {
        let sql = format!("SELECT {MOVE_COLUMNS} FROM action_moves WHERE move_id = ?1");
        let row = self.conn.prepare_cached(&sql)?.query_row([move_id.to_string()], read_move).optional()?;
        parse_move(row.ok_or_else(|| Error::Corrupt(format!("no move {move_id} on this device")))?)
    }

    /// Every move made on this device, newest first.
    pub fn action_moves(&self) -> Result<Vec<QueuedMove>> {
        let sql = format!("SELECT {MOVE_COLUMNS} FROM action_moves ORDER BY queued_at DESC, move_id");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([], read_move)?.collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter().map(parse_move).collect()
    }

    /// The moves of `account` due to be sent at `now`, oldest first.
    pub fn action_moves_due(&self, account: &str, now: DateTime<Utc>) -> Result<Vec<QueuedMove>> {
        let sql = format!(
            "SELECT {MOVE_COLUMNS} FROM action_moves WHERE state = 'queued' AND account = ?1
             AND (next_attempt_at IS NULL OR next_attempt_at <= ?2) ORDER BY queued_at, move_id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows =
            stmt.query_map(params![account, to_millis(now)], read_move)?.collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter().map(parse_move).collect()
    }

    /// When the next queued move is due, if any is.
    pub fn next_action_move_wake(&self) -> Result<Option<DateTime<Utc>>> {
        let at: Option<i64> = self
            .conn
            .prepare_cached("SELECT MIN(next_attempt_at) FROM action_moves WHERE state = 'queued'")?
            .query_row([], |r| r.get(0))?;
        at.map(from_millis).transpose()
    }

    /// The server applied the move: it answered with the action as it now
    /// is, which takes the place of the kept copy.
    pub fn action_move_sent(&mut self, move_id: Uuid, action: &Action, now: DateTime<Utc>) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.prepare_cached(
            "UPDATE action_moves SET state = 'sent', sent_at = ?2, next_attempt_at = NULL, last_error = NULL,
             last_error_code = NULL, attempts = attempts + 1 WHERE move_id = ?1",
        )?
        .execute(params![move_id.to_string(), to_millis(now)])?;
        let kept: Option<(String, String)> = tx
            .prepare_cached("SELECT account, body FROM my_actions")?
            .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        if let Some((account, body)) = kept {
            let mut list: Vec<Action> = KeptList::Actions.parse(&body)?;
            if let Some(a) = list.iter_mut().find(|a| a.id == action.id) {
                *a = action.clone();
                let body = serde_json::to_string(&list).map_err(|e| Error::Corrupt(e.to_string()))?;
                tx.prepare_cached("UPDATE my_actions SET body = ?2 WHERE account = ?1")?
                    .execute(params![account, body])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// The move was not sent: tried again at `retry_at`, or (None) refused for good.
    pub fn action_move_failed(
        &mut self,
        move_id: Uuid,
        message: &str,
        code: Option<&str>,
        retry_at: Option<DateTime<Utc>>,
    ) -> Result<()> {
        let state = if retry_at.is_some() { MoveState::Queued } else { MoveState::Refused };
        self.conn
            .prepare_cached(
                "UPDATE action_moves SET state = ?2, attempts = attempts + 1, next_attempt_at = ?3,
                 last_error = ?4, last_error_code = ?5 WHERE move_id = ?1",
            )?
            .execute(params![move_id.to_string(), state.as_str(), retry_at.map(to_millis), message, code])?;
        Ok(())
    }

    /// A refused move given up on: it is forgotten, its photos with it when
    /// nothing else uses them.
    pub fn forget_action_move(&mut self, move_id: Uuid) -> Result<()> {
        let queued = self.action_move(move_id)?;
        if queued.state == MoveState::Queued {
            return Err(Error::Corrupt(format!("move {move_id} is still waiting to be sent")));
        }
        let tx = self.conn.transaction()?;
        tx.prepare_cached("DELETE FROM action_moves WHERE move_id = ?1")?.execute([move_id.to_string()])?;
        let gone = Self::forget_unreferenced(&tx, &queued.photo_ids())?;
        tx.commit()?;
        self.remove_photo_files(&gone);
        Ok(())
    }
}
