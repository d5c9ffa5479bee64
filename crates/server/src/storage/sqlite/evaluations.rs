//! Evaluations and their revisions: idempotent insert and detail.

use super::at_once;
use super::stats;
use crate::storage::receive::{receive, CentreFacts, Held, NewRow, ReceiveSteps};
use crate::storage::summary::{parse_status, SummaryRow};
pub(super) use crate::storage::summary::{summary, SUMMARY_COLUMNS, SUMMARY_FROM, SUMMARY_WIDTH};
use crate::storage::{from_json, json, parse_ts, ts, InsertOutcome, NewEvaluation, StorageError, StoredEvaluation};
use chrono::{DateTime, NaiveDate, Utc};
use ms_core::review::LatestRevision;
use ms_core::stats::Fact;
use ms_core::wire::EvaluationSummary;
use ms_core::{EvaluationId, PhotoId, ReviewStatus};
use rusqlite::{params, Connection, OptionalExtension, Row, TransactionBehavior};

// `+is_latest` in lookups by id keeps SQLite on the primary key; the
// (is_latest, received_at) index is for listing only.

/// A time column as stored (RFC 3339 text), or a conversion error naming it.
fn time_at(r: &Row, i: usize) -> rusqlite::Result<Option<DateTime<Utc>>> {
    let text: Option<String> = r.get(i)?;
    text.map(|t| {
        parse_ts(&t).map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e)))
    })
    .transpose()
}

pub(super) fn raw_summary(r: &Row) -> rusqlite::Result<SummaryRow> {
    let id: String = r.get(0)?;
    let id = id
        .parse::<EvaluationId>()
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e)))?;
    Ok(SummaryRow {
        id,
        revision: r.get(1)?,
        template_id: r.get(2)?,
        template_version: r.get(3)?,
        centre_id: r.get(4)?,
        role: r.get(5)?,
        locale: r.get(6)?,
        status: r.get(7)?,
        score_percent: r.get(8)?,
        received_at: time_at(r, 9)?.ok_or(rusqlite::Error::InvalidColumnType(
            9,
            "received_at".into(),
            rusqlite::types::Type::Null,
        ))?,
        submitted_by: r.get(10)?,
        entity_id: r.get(11)?,
        visit_at: time_at(r, 12)?,
        photo_count: r.get(13)?,
        inside_geofence: r.get(14)?,
        duplicate_photos: r.get(15)?,
        clock_offset_s: r.get(16)?,
        counter: r.get(17)?,
    })
}

pub(super) fn summary_of(c: &Connection, id: &str, revision: u32) -> Result<EvaluationSummary, StorageError> {
    let sql = format!("SELECT {SUMMARY_COLUMNS} FROM {SUMMARY_FROM} WHERE e.id = ?1 AND e.revision = ?2");
    let raw = c.prepare_cached(&sql)?.query_row(params![id, revision], raw_summary)?;
    summary(raw)
}

/// Stores one evaluation in a transaction of its own.
pub fn insert(c: &mut Connection, new: &NewEvaluation) -> Result<InsertOutcome, StorageError> {
    let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let outcome = insert_in(&tx, new)?;
    tx.commit()?;
    Ok(outcome)
}

/// Stores one evaluation inside a transaction (or savepoint) the caller
/// opened and commits: whether it is new, the same again, or refused is
/// decided by what that transaction sees.
pub fn insert_in(tx: &Connection, new: &NewEvaluation) -> Result<InsertOutcome, StorageError> {
    at_once(receive(&mut Steps(tx), new))
}

/// The shared algorithms' steps on one SQLite connection, inside its transaction.
pub(super) struct Steps<'c>(pub &'c Connection);

impl ReceiveSteps for Steps<'_> {
    async fn held(&mut self, id: EvaluationId, revision: u32) -> Result<Held, StorageError> {
        let id = id.to_string();
        let this_revision = self
            .0
            .prepare_cached("SELECT body_sha256 FROM evaluations WHERE id = ?1 AND revision = ?2")?
            .query_row(params![id, revision], |r| r.get(0))
            .optional()?;
        let latest: Option<(u32, String, Option<i64>)> = self
            .0
            .prepare_cached("SELECT revision, status, submitted_by FROM evaluations WHERE id = ?1 AND +is_latest = 1")?
            .query_row([&id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        let latest = match latest {
            None => None,
            Some((revision, status, submitted_by)) => {
                Some(LatestRevision { revision, status: parse_status(&status)?, submitted_by })
            }
        };
        Ok(Held { this_revision, latest })
    }

    async fn any_revision(&mut self, id: EvaluationId) -> Result<bool, StorageError> {
        Ok(self.0.prepare_cached("SELECT 1 FROM evaluations WHERE id = ?1")?.exists([id.to_string()])?)
    }

    async fn summary(&mut self, id: EvaluationId, revision: u32) -> Result<EvaluationSummary, StorageError> {
        summary_of(self.0, &id.to_string(), revision)
    }

    async fn centre(&mut self, centre_id: &str) -> Result<Option<CentreFacts>, StorageError> {
        let row: Option<(String, String)> = self
            .0
            .prepare_cached("SELECT service_ids, entity_id FROM centres WHERE id = ?1")?
            .query_row([centre_id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        row.map(|(services, entity_id)| Ok(CentreFacts { service_ids: from_json(&services)?, entity_id })).transpose()
    }

    async fn withdraw_facts(&mut self, id: EvaluationId, revision: u32) -> Result<(), StorageError> {
        stats::move_facts(self.0, &id.to_string(), revision, -1)
    }

    async fn demote_latest(&mut self, id: EvaluationId) -> Result<(), StorageError> {
        self.0
            .prepare_cached("UPDATE evaluations SET is_latest = 0 WHERE id = ?1 AND +is_latest = 1")?
            .execute([id.to_string()])?;
        Ok(())
    }

    async fn photos_elsewhere(&mut self, id: EvaluationId, photos: &[PhotoId]) -> Result<bool, StorageError> {
        let mut elsewhere = self
            .0
            .prepare_cached("SELECT 1 FROM evaluation_photos WHERE sha256 = ?1 AND evaluation_id != ?2 LIMIT 1")?;
        let id = id.to_string();
        for p in photos {
            if elsewhere.exists(params![p.as_str(), id])? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    async fn insert_row(&mut self, row: &NewRow<'_>) -> Result<(), StorageError> {
        let (new, ev) = (row.new, &row.new.evaluation);
        self.0
            .prepare_cached(
                "INSERT INTO evaluations (id, revision, body, body_sha256, template_id, template_version, centre_id, role,
                   locale, status, score_percent, stage_scores, received_at, submitted_by, is_latest,
                   visit_at, photo_count, inside_geofence, employee, face, duplicate_photos, clock_offset_s, counter)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 1, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)",
            )?
            .execute(params![
                ev.id.to_string(),
                ev.revision,
                new.canonical_json,
                new.body_sha256,
                ev.template.id,
                ev.template.version,
                ev.centre_id,
                ev.role.as_str(),
                ev.locale,
                ReviewStatus::Received.as_str(),
                new.score_percent,
                json(&new.stage_scores)?,
                ts(new.received_at),
                new.submitted_by,
                ts(row.visit_at),
                ev.photo_ids().len() as u32,
                ev.check_in.as_ref().and_then(|c| c.inside_geofence),
                row.employee,
                row.face,
                row.duplicate_photos,
                new.clock_offset_s,
                ev.counter,
            ])?;
        Ok(())
    }

    async fn add_facts(&mut self, centre_id: &str, day: NaiveDate, facts: &[Fact]) -> Result<(), StorageError> {
        stats::apply(self.0, centre_id, &day.format("%Y-%m-%d").to_string(), facts, 1)
    }

    async fn refer_photos(&mut self, id: EvaluationId, revision: u32, photos: &[PhotoId]) -> Result<(), StorageError> {
        let mut refer = self.0.prepare_cached(
            "INSERT OR IGNORE INTO evaluation_photos (evaluation_id, revision, sha256) VALUES (?1, ?2, ?3)",
        )?;
        let id = id.to_string();
        for photo in photos {
            refer.execute(params![id, revision, photo.as_str()])?;
        }
        Ok(())
    }
}

/// Whether this revision of the evaluation is already stored.
pub fn exists(c: &Connection, id: EvaluationId, revision: u32) -> Result<bool, StorageError> {
    Ok(c.prepare_cached("SELECT 1 FROM evaluations WHERE id = ?1 AND revision = ?2")?
        .exists(params![id.to_string(), revision])?)
}

pub fn get(c: &Connection, id: EvaluationId, revision: Option<u32>) -> Result<Option<StoredEvaluation>, StorageError> {
    let id = id.to_string();
    let revision: Option<u32> = match revision {
        Some(r) => Some(r),
        None => c
            .query_row("SELECT revision FROM evaluations WHERE id = ?1 AND +is_latest = 1", [&id], |r| r.get(0))
            .optional()?,
    };
    let Some(revision) = revision else { return Ok(None) };
    let row: Option<(String, String)> = c
        .query_row(
            "SELECT body, stage_scores FROM evaluations WHERE id = ?1 AND revision = ?2",
            params![id, revision],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((body, stages)) = row else { return Ok(None) };
    Ok(Some(StoredEvaluation {
        summary: summary_of(c, &id, revision)?,
        evaluation: from_json(&body)?,
        stage_scores: from_json(&stages)?,
    }))
}
