//! Timers of duration items (the wait, the service): started on the device,
//! kept in the database so that closing the app does not stop them; stopping
//! one writes its minutes as the item's answer.

use super::{from_millis, to_millis, Store};
use crate::error::Result;
use chrono::{DateTime, Utc};
use ms_core::{AnswerValue, EvaluationId};
use rusqlite::{params, OptionalExtension};

impl Store {
    /// Starts (or restarts) the timer of one item of a draft.
    pub fn start_timer(&mut self, id: EvaluationId, item_id: &str, at: DateTime<Utc>) -> Result<()> {
        self.edit(id, |conn| {
            conn.prepare_cached(
                "INSERT INTO timers (evaluation_id, item_id, started_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (evaluation_id, item_id) DO UPDATE SET started_at = excluded.started_at",
            )?
            .execute(params![id.to_string(), item_id, to_millis(at)])?;
            Ok(())
        })
    }

    /// When the item's timer started, if it is running.
    pub fn timer_started(&self, id: EvaluationId, item_id: &str) -> Result<Option<DateTime<Utc>>> {
        let ms: Option<i64> = self
            .conn
            .prepare_cached("SELECT started_at FROM timers WHERE evaluation_id = ?1 AND item_id = ?2")?
            .query_row(params![id.to_string(), item_id], |r| r.get(0))
            .optional()?;
        ms.map(from_millis).transpose()
    }

    /// Every running timer of a draft: item id and when it started.
    pub fn timers(&self, id: EvaluationId) -> Result<Vec<(String, DateTime<Utc>)>> {
        let mut stmt = self.conn.prepare_cached("SELECT item_id, started_at FROM timers WHERE evaluation_id = ?1")?;
        let rows = stmt.query_map(params![id.to_string()], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (item, ms) = row?;
            out.push((item, from_millis(ms)?));
        }
        Ok(out)
    }

    /// Stops the timer and answers the item with the minutes it ran (to a
    /// tenth of a minute); None when it was not running.
    pub fn stop_timer(&mut self, id: EvaluationId, item_id: &str, at: DateTime<Utc>) -> Result<Option<f64>> {
        let Some(started) = self.timer_started(id, item_id)? else { return Ok(None) };
        let minutes = ((at - started).num_milliseconds().max(0) as f64 / 60_000.0 * 10.0).round() / 10.0;
        let json = serde_json::to_string(&AnswerValue::Minutes(minutes))
            .map_err(|e| crate::error::Error::Corrupt(e.to_string()))?;
        self.edit(id, |conn| {
            conn.prepare_cached("DELETE FROM timers WHERE evaluation_id = ?1 AND item_id = ?2")?
                .execute(params![id.to_string(), item_id])?;
            conn.prepare_cached(
                "INSERT INTO answers (evaluation_id, item_id, value) VALUES (?1, ?2, ?3)
                 ON CONFLICT (evaluation_id, item_id) DO UPDATE SET value = excluded.value",
            )?
            .execute(params![id.to_string(), item_id, json])?;
            Ok(())
        })?;
        Ok(Some(minutes))
    }
}
