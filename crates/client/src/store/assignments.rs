//! A shopper's planned visits on the device: the last list the server gave
//! (`GET /my/assignments`), with when it came and whose it is, so the list
//! reads offline; the moves made since on this device are applied to it.

use super::kept::KeptList;
use super::Store;
use crate::error::{Error, Result};
use chrono::{DateTime, Utc};
use ms_core::planning::api::{AssignmentView, MyAssignments};
use ms_core::planning::AssignmentStatus;
use rusqlite::{params, OptionalExtension};

/// The list of assignments as the device keeps it.
#[derive(Debug, Clone, PartialEq)]
pub struct CachedAssignments {
    pub assignments: MyAssignments,
    /// When the server gave it.
    pub fetched_at: DateTime<Utc>,
}

impl Store {
    /// Keeps the list the server just gave `account`, in place of any kept
    /// before (for whichever account: one device, one list).
    pub fn save_my_assignments(&mut self, account: &str, list: &MyAssignments) -> Result<()> {
        self.save_my_assignments_at(account, list, Utc::now())
    }

    /// As [`Store::save_my_assignments`], fetched at `at`.
    pub fn save_my_assignments_at(&mut self, account: &str, list: &MyAssignments, at: DateTime<Utc>) -> Result<()> {
        KeptList::Assignments.save(&mut self.conn, account, list, at)
    }

    /// The list kept for `account`, if there is one.
    pub fn my_assignments(&self, account: &str) -> Result<Option<CachedAssignments>> {
        let kept = KeptList::Assignments.read(&self.conn, account)?;
        Ok(kept.map(|(assignments, fetched_at)| CachedAssignments { assignments, fetched_at }))
    }

    /// Applies to the kept list of `account` the assignment as the server
    /// answered a move they made (a claim, a start, a release): one they
    /// took is among theirs, no longer among those to claim; one given back
    /// (open again) leaves theirs, and the next list says whether they may
    /// take it again. The time it was fetched stays. False when no list is
    /// kept for `account`.
    pub fn apply_to_my_assignments(&mut self, account: &str, view: &AssignmentView) -> Result<bool> {
        let tx = self.conn.transaction()?;
        let row: Option<String> = tx
            .prepare_cached("SELECT body FROM my_assignments WHERE account = ?1")?
            .query_row([account], |r| r.get(0))
            .optional()?;
        let Some(body) = row else { return Ok(false) };
        let mut list: MyAssignments = KeptList::Assignments.parse(&body)?;
        list.available.retain(|a| a.assignment.id != view.id);
        let theirs = view.status != AssignmentStatus::Open;
        match list.mine.iter_mut().find(|m| m.id == view.id) {
            Some(kept) if theirs => *kept = view.clone(),
            Some(_) => list.mine.retain(|m| m.id != view.id),
            None if theirs => list.mine.push(view.clone()),
            None => {}
        }
        let body = serde_json::to_string(&list).map_err(|e| Error::Corrupt(e.to_string()))?;
        tx.prepare_cached("UPDATE my_assignments SET body = ?2 WHERE account = ?1")?.execute(params![account, body])?;
        tx.commit()?;
        Ok(true)
    }

    /// Forgets the kept list (at a sign-out).
    pub fn forget_my_assignments(&mut self) -> Result<()> {
        KeptList::Assignments.forget(&self.conn)
    }
}
