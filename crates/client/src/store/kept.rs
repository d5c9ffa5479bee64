//! A signed-in person's list as the server last gave it (a shopper's
//! planned visits, a manager's actions), kept whole as JSON with whose it is
//! and when it came, one per device, so that it reads offline.

use super::{from_millis, to_millis};
use crate::error::{Error, Result};
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// The tables that keep such a list: `(account, body, fetched_at)`.
#[derive(Debug, Clone, Copy)]
pub(super) enum KeptList {
    Assignments,
    Actions,
}

impl KeptList {
    fn table(self) -> &'static str {
        match self {
            KeptList::Assignments => "my_assignments",
            KeptList::Actions => "my_actions",
        }
    }

    /// What the list is, for the message when it can't be read.
    fn what(self) -> &'static str {
        match self {
            KeptList::Assignments => "assignments",
            KeptList::Actions => "actions",
        }
    }

    /// Keeps `list` for `account`, in place of any list kept before.
    pub(super) fn save(
        self,
        conn: &mut Connection,
        account: &str,
        list: &impl Serialize,
        at: DateTime<Utc>,
    ) -> Result<()> {
        let body = serde_json::to_string(list).map_err(|e| Error::Corrupt(e.to_string()))?;
        let tx = conn.transaction()?;
        tx.prepare_cached(&format!("DELETE FROM {}", self.table()))?.execute([])?;
        tx.prepare_cached(&format!("INSERT INTO {} (account, body, fetched_at) VALUES (?1, ?2, ?3)", self.table()))?
            .execute(params![account, body, to_millis(at)])?;
        tx.commit()?;
        Ok(())
    }

    /// The list kept for `account`, and when it came; None when there is none.
    pub(super) fn read<T: DeserializeOwned>(
        self,
        conn: &Connection,
        account: &str,
    ) -> Result<Option<(T, DateTime<Utc>)>> {
        let sql = format!("SELECT body, fetched_at FROM {} WHERE account = ?1", self.table());
        let row: Option<(String, i64)> =
            conn.prepare_cached(&sql)?.query_row([account], |r| Ok((r.get(0)?, r.get(1)?))).optional()?;
        let Some((body, fetched_at)) = row else { return Ok(None) };
        Ok(Some((self.parse(&body)?, from_millis(fetched_at)?)))
    }

    /// A kept body, read back.
    pub(super) fn parse<T: DeserializeOwned>(self, body: &str) -> Result<T> {
        serde_json::from_str(body)
            .map_err(|e| Error::Corrupt(format!("the kept list of {} is not readable: {e}", self.what())))
    }

    /// Forgets the kept list (at a sign-out).
    pub(super) fn forget(self, conn: &Connection) -> Result<()> {
        conn.prepare_cached(&format!("DELETE FROM {}", self.table()))?.execute([])?;
        Ok(())
    }
}
