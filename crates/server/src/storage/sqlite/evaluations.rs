//! Evaluations and their revisions: idempotent insert and detail.

use super::{from_json, json, stats};
use crate::storage::summary::{of_new, parse_status, SummaryRow};
pub(super) use crate::storage::summary::{summary, SUMMARY_COLUMNS, SUMMARY_FROM, SUMMARY_WIDTH};
use crate::storage::{parse_ts, ts, InsertOutcome, NewEvaluation, StorageError, StoredEvaluation};
use chrono::{DateTime, Utc};
use ms_core::review::{revision_allowed, LatestRevision, RevisionRefusal};
use ms_core::stats::{counts_in_figures, normalise_employee, FactKind};
use ms_core::wire::EvaluationSummary;
use ms_core::{EvaluationId, ReviewStatus};
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
    let ev = &new.evaluation;
    let id = ev.id.to_string();
    let same: Option<String> = tx
        .prepare_cached("SELECT body_sha256 FROM evaluations WHERE id = ?1 AND revision = ?2")?
        .query_row(params![id, ev.revision], |r| r.get(0))
        .optional()?;
    if let Some(sha) = same {
        return Ok(if sha == new.body_sha256 {
            InsertOutcome::Identical(summary_of(tx, &id, ev.revision)?)
        } else {
            InsertOutcome::Conflict
        });
    }
    let latest: Option<(u32, String, Option<i64>)> = tx
        .prepare_cached("SELECT revision, status, submitted_by FROM evaluations WHERE id = ?1 AND +is_latest = 1")?
        .query_row([&id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    let latest = match latest {
        None => None,
        Some((revision, status, submitted_by)) => {
            Some(LatestRevision { revision, status: parse_status(&status)?, submitted_by })
        }
    };
    match revision_allowed(latest.as_ref(), ev.revision, new.submitted_by.as_ref()) {
        Ok(()) => {}
        Err(RevisionRefusal::OutOfOrder { latest }) => return Ok(InsertOutcome::OutOfOrder { latest }),
        Err(RevisionRefusal::NotReturned(status)) => return Ok(InsertOutcome::NotReturned(status)),
        Err(RevisionRefusal::NotSubmitter) => return Ok(InsertOutcome::NotSubmitter),
    }
    let centre: Option<(String, String)> = tx
        .prepare_cached("SELECT service_ids, entity_id FROM centres WHERE id = ?1")?
        .query_row([&ev.centre_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((services, entity_id)) = centre else { return Ok(InsertOutcome::UnknownCentre) };
    if let Some(service) = &ev.service_id {
        let offered: Vec<String> = from_json(&services)?;
        if !offered.contains(service) {
            return Ok(InsertOutcome::UnknownService);
        }
    }
    if let Some(previous) = &latest {
        if counts_in_figures(ev.role, previous.status) {
            stats::move_facts(tx, &id, previous.revision, -1)?;
        }
        tx.prepare_cached("UPDATE evaluations SET is_latest = 0 WHERE id = ?1 AND +is_latest = 1")?.execute([&id])?;
    }
    let visit_at = ts(ev.visit_started_at.unwrap_or(new.received_at));
    let face = new.facts.iter().find(|f| f.kind == FactKind::Face).map(|f| f.key.as_str());
    let duplicate = duplicate_photos(tx, &id, &ev.photo_ids())?;
    tx.prepare_cached(
        "INSERT INTO evaluations (id, revision, body, body_sha256, template_id, template_version, centre_id, role,
           locale, status, score_percent, stage_scores, received_at, submitted_by, is_latest,
           visit_at, photo_count, inside_geofence, employee, face, duplicate_photos, clock_offset_s)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 1, ?15, ?16, ?17, ?18, ?19, ?20, ?21)",
    )?
    .execute(params![
        id,
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
        visit_at,
        ev.photo_ids().len() as u32,
        ev.check_in.as_ref().and_then(|c| c.inside_geofence),
        ev.employee.as_deref().and_then(normalise_employee),
        face,
        duplicate,
        new.clock_offset_s,
    ])?;
    if counts_in_figures(ev.role, ReviewStatus::Received) {
        stats::apply(tx, &ev.centre_id, stats::day_of(&visit_at), &new.facts, 1)?;
    }
    let mut refer = tx.prepare_cached(
        "INSERT OR IGNORE INTO evaluation_photos (evaluation_id, revision, sha256) VALUES (?1, ?2, ?3)",
    )?;
    for photo in ev.photo_ids() {
        refer.execute(params![id, ev.revision, photo.as_str()])?;
    }
    drop(refer);
    Ok(InsertOutcome::Created(of_new(new, entity_id, duplicate)))
}

/// Whether any of these photos is already in another evaluation.
fn duplicate_photos(c: &Connection, id: &str, photos: &[ms_core::PhotoId]) -> Result<bool, StorageError> {
    let mut elsewhere =
        c.prepare_cached("SELECT 1 FROM evaluation_photos WHERE sha256 = ?1 AND evaluation_id != ?2 LIMIT 1")?;
    for p in photos {
        if elsewhere.exists(params![p.as_str(), id])? {
            return Ok(true);
        }
    }
    Ok(false)
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
