//! Fictional evaluations in bulk on SQLite (`seed --evaluations`); their
//! figures are added to the performance sums as they go.

use super::json;
use crate::storage::seed_data::Seeder;
use crate::storage::{ts, StorageError};
use chrono::{DateTime, Utc};
use ms_core::Role;
use rusqlite::{params, Connection};

/// Adds `count` fictional evaluations (one revision each) in one transaction;
/// returns how many. The catalogue must be there already (the demo seeds it).
pub fn seed(c: &mut Connection, count: u64, seed: u64, now: DateTime<Utc>) -> Result<u64, StorageError> {
    let centres: Vec<String> = {
        let mut stmt = c.prepare("SELECT id FROM centres ORDER BY id")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        rows.collect::<Result<_, _>>()?
    };
    if centres.is_empty() {
        return Err(StorageError::Invalid("there are no centres: import a catalogue (or serve --demo) first".into()));
    }
    let shopper: Option<i64> =
        c.query_row("SELECT id FROM users WHERE role = 'shopper' ORDER BY id LIMIT 1", [], |r| r.get(0)).ok();
    let mut seeder = Seeder::new(centres, seed, now);
    let mut sums = std::collections::HashMap::new();
    let tx = c.transaction()?;
    {
        let mut insert = tx.prepare(
            "INSERT INTO evaluations (id, revision, body, body_sha256, template_id, template_version, centre_id, role,
               locale, status, score_percent, stage_scores, received_at, submitted_by, is_latest,
               visit_at, photo_count, inside_geofence, employee, face)
             VALUES (?1, 1, ?2, ?3, ?4, ?5, ?6, ?7, 'en', ?8, ?9, ?10, ?11, ?12, 1, ?13, 0, ?14, ?15, ?16)",
        )?;
        for _ in 0..count {
            let Some(s) = seeder.next() else { break };
            let ev = &s.evaluation;
            let visit_at = ts(s.visit_at);
            if s.counts {
                super::stats::add_up(&mut sums, &ev.centre_id, super::stats::day_of(&visit_at), &s.facts);
            }
            insert.execute(params![
                ev.id.to_string(),
                s.body,
                s.body_sha256,
                ev.template.id,
                ev.template.version,
                ev.centre_id,
                ev.role.as_str(),
                s.status.as_str(),
                s.scored.percent,
                json(&s.scored.stages)?,
                ts(s.received_at),
                (ev.role == Role::Shopper).then_some(shopper).flatten(),
                visit_at,
                s.inside_geofence,
                s.employee,
                s.face,
            ])?;
        }
    }
    super::stats::write_sums(&tx, sums)?;
    tx.commit()?;
    Ok(count)
}
