//! Ratings the server's rating page kept on the device before the app had
//! arrived (the page of a centre's link; `rating_page/quick.js` on the
//! server), taken into the store. A draft stays a draft, to resume; a rating
//! the page sent, or was sending, is in the outbox with the very body the
//! page sent, so that sending it again is the same upload, stored once.

use super::evaluations::{load, set_state, state_of};
use super::outbox::{save, status_of};
use super::{now_millis, Store};
use crate::error::{Error, Result};
use crate::store::{LocalState, OutboxEvent, SyncState};
use chrono::Utc;
use ms_core::{engine, ChecklistTemplate, Evaluation, Role};
use rusqlite::{params, OptionalExtension};
use serde::Deserialize;

/// How far the page got with a rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PageState {
    /// Being made: a face, perhaps reasons.
    Draft,
    /// Sent, or to be sent; the page does not know that the server has it.
    Queued,
    /// The server said it has it.
    Sent,
}

/// One rating as the page keeps it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PageRating {
    pub evaluation: Evaluation,
    pub state: PageState,
    /// When the page last changed it, in milliseconds since 1970.
    pub updated_at: i64,
}

/// What taking a rating did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Adopted {
    /// The store did not have it.
    New,
    /// The store had it as a draft the page has changed since.
    Updated,
    /// The store has it as far as the page got, or further: the page's copy
    /// may be forgotten.
    AlreadyHeld,
}

impl Store {
    /// Takes a rating the page kept, in one transaction: nothing is half
    /// taken, and a rating that does not fit `template` (its checklist) is
    /// refused, saying why.
    pub fn adopt_page_rating(&mut self, rating: &PageRating, template: &ChecklistTemplate) -> Result<Adopted> {
        let ev = &rating.evaluation;
        let refuse = |why: String| Err(Error::PageRating(format!("rating {}: {why}", ev.id)));
        if ev.role != Role::Citizen || ev.revision != 1 || !ev.photo_ids().is_empty() {
            return refuse("only a citizen's first revision, without photos, comes from the page".into());
        }
        if ev.template != template.reference() {
            let (made, now) = (&ev.template, template.reference());
            return refuse(format!(
                "made with {} version {}, not {} version {}",
                made.id, made.version, now.id, now.version
            ));
        }
        engine::validate_draft(template, ev).map_err(|e| Error::PageRating(format!("rating {}: {e}", ev.id)))?;
        let id = ev.id.to_string();
        let tx = self.conn.transaction()?;
        let held = state_of(&tx, ev.id)?;
        let held_at: Option<i64> =
            tx.query_row("SELECT updated_at FROM evaluations WHERE id = ?1", [&id], |r| r.get(0)).optional()?;
        let outcome = match held {
            None => {
                tx.prepare_cached(
                    "INSERT INTO evaluations (id, revision, template_id, template_version, centre_id, role, locale,
                     device_id, app_version, counter, state, created_at, updated_at)
                     VALUES (?1, 1, ?2, ?3, ?4, 'citizen', ?5, ?6, ?7, ?8, 'draft', ?9, ?9)",
                )?
                .execute(params![
                    id,
                    ev.template.id,
                    ev.template.version,
                    ev.centre_id,
                    ev.locale,
                    ev.device_id,
                    ev.app_version,
                    ev.counter,
                    rating.updated_at,
                ])?;
                Adopted::New
            }
            // Sent from the page, or changed there since the app last changed it.
            Some(LocalState::Draft)
                if rating.state != PageState::Draft || held_at.is_some_and(|at| at < rating.updated_at) =>
            {
                tx.prepare_cached("UPDATE evaluations SET counter = ?2, updated_at = ?3 WHERE id = ?1")?
                    .execute(params![id, ev.counter, rating.updated_at])?;
                tx.prepare_cached("DELETE FROM answers WHERE evaluation_id = ?1")?.execute([&id])?;
                Adopted::Updated
            }
            // Changed in the app since, or further on already.
            Some(_) => return Ok(Adopted::AlreadyHeld),
        };
        for (item, answer) in &ev.answers {
            let Some(value) = &answer.value else { continue };
            let json = serde_json::to_string(value).map_err(|e| Error::Corrupt(e.to_string()))?;
            tx.prepare_cached("INSERT INTO answers (evaluation_id, item_id, value) VALUES (?1, ?2, ?3)")?
                .execute(params![id, item, json])?;
        }
        if rating.state != PageState::Draft {
            let kept = load(&tx, ev.id)?;
            if let Some(first) = engine::missing(template, &kept.answers).into_iter().next() {
                return Err(Error::Incomplete(first));
            }
            let now = now_millis();
            // The body the page sent, byte for byte as the server hashes it.
            tx.prepare_cached("UPDATE evaluations SET state = 'completed', body = ?2, updated_at = ?3 WHERE id = ?1")?
                .execute(params![id, ev.canonical_json(), now])?;
            Store::enqueue(&tx, ev.id, now)?;
            if rating.state == PageState::Sent {
                let now = Utc::now();
                let queued = status_of(&tx, ev.id)?.ok_or(Error::NotQueued(ev.id))?;
                let bytes_total = ev.canonical_json().len() as u64;
                let sent =
                    queued.apply(OutboxEvent::Started { bytes_total }, now)?.apply(OutboxEvent::Uploaded, now)?;
                debug_assert_eq!(sent.state, SyncState::Uploaded);
                save(&tx, &sent)?;
                set_state(&tx, ev.id, LocalState::Uploaded)?;
            }
        }
        tx.commit()?;
        Ok(outcome)
    }
}
