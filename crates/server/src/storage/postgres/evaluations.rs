//! Evaluations and their revisions: idempotent insert and detail. Whether an
//! evaluation is new, the same again or refused is decided inside the
//! transaction; two instances storing the same one at once meet at the
//! primary key, and the one that loses runs again and finds it stored.

use super::{from_json, int, json, stats, unsigned};
use crate::storage::summary::{of_new, parse_status, summary, SummaryRow};
pub(super) use crate::storage::summary::{SUMMARY_COLUMNS, SUMMARY_FROM, SUMMARY_WIDTH};
use crate::storage::{InsertOutcome, NewEvaluation, StorageError, StoredEvaluation};
use deadpool_postgres::GenericClient;
use ms_core::review::{revision_allowed, LatestRevision, RevisionRefusal};
use ms_core::stats::{counts_in_figures, normalise_employee, FactKind};
use ms_core::wire::EvaluationSummary;
use ms_core::{EvaluationId, ReviewStatus};
use tokio_postgres::Row;
use uuid::Uuid;

pub(super) fn summary_row(r: &Row) -> Result<EvaluationSummary, StorageError> {
    summary(SummaryRow {
        id: EvaluationId(r.try_get(0)?),
        revision: unsigned(r.try_get(1)?, "revision")?,
        template_id: r.try_get(2)?,
        template_version: unsigned(r.try_get(3)?, "template version")?,
        centre_id: r.try_get(4)?,
        role: r.try_get(5)?,
        locale: r.try_get(6)?,
        status: r.try_get(7)?,
        score_percent: r.try_get(8)?,
        received_at: r.try_get(9)?,
        submitted_by: r.try_get(10)?,
        entity_id: r.try_get(11)?,
        visit_at: r.try_get(12)?,
        photo_count: unsigned(r.try_get(13)?, "photo count")?,
        inside_geofence: r.try_get(14)?,
        duplicate_photos: r.try_get(15)?,
        clock_offset_s: r.try_get(16)?,
    })
}

pub(super) async fn summary_of(
    c: &impl GenericClient,
    id: Uuid,
    revision: i32,
) -> Result<EvaluationSummary, StorageError> {
    let sql = format!("SELECT {SUMMARY_COLUMNS} FROM {SUMMARY_FROM} WHERE e.id = $1 AND e.revision = $2");
    let stmt = c.prepare_cached(&sql).await?;
    summary_row(&c.query_one(&stmt, &[&id, &revision]).await?)
}

/// Stores one evaluation inside the caller's transaction.
pub async fn insert(tx: &impl GenericClient, new: &NewEvaluation) -> Result<InsertOutcome, StorageError> {
    let ev = &new.evaluation;
    let id = ev.id.0;
    let revision = int(ev.revision, "revision")?;
    // The latest revision and this one, if stored, in one read that locks
    // them: a decision on the latest, or the same revision from another
    // instance, waits for this transaction.
    let rows = tx
        .prepare_cached(
            "SELECT revision, status, submitted_by, body_sha256, is_latest FROM evaluations
             WHERE id = $1 AND (is_latest OR revision = $2) FOR UPDATE",
        )
        .await?;
    let mut latest = None;
    for row in tx.query(&rows, &[&id, &revision]).await? {
        if row.try_get::<_, i32>(0)? == revision {
            let sha: String = row.try_get(3)?;
            return Ok(if sha == new.body_sha256 {
                InsertOutcome::Identical(summary_of(tx, id, revision).await?)
            } else {
                InsertOutcome::Conflict
            });
        }
        if row.try_get::<_, bool>(4)? {
            latest = Some(LatestRevision {
                revision: unsigned(row.try_get(0)?, "revision")?,
                status: parse_status(&row.try_get::<_, String>(1)?)?,
                submitted_by: row.try_get(2)?,
            });
        }
    }
    if latest.is_none() && ev.revision > 1 {
        // The latest revision may have been replaced while this transaction
        // waited for its lock: run again and see the new one.
        let any = tx.prepare_cached("SELECT EXISTS (SELECT 1 FROM evaluations WHERE id = $1)").await?;
        if tx.query_one(&any, &[&id]).await?.try_get::<_, bool>(0)? {
            return Err(StorageError::Contended("the latest revision changed meanwhile".into()));
        }
    }
    match revision_allowed(latest.as_ref(), ev.revision, new.submitted_by.as_ref()) {
        Ok(()) => {}
        Err(RevisionRefusal::OutOfOrder { latest }) => return Ok(InsertOutcome::OutOfOrder { latest }),
        Err(RevisionRefusal::NotReturned(status)) => return Ok(InsertOutcome::NotReturned(status)),
        Err(RevisionRefusal::NotSubmitter) => return Ok(InsertOutcome::NotSubmitter),
    }
    let centre = tx.prepare_cached("SELECT service_ids, entity_id FROM centres WHERE id = $1").await?;
    let Some(centre) = tx.query_opt(&centre, &[&ev.centre_id]).await? else {
        return Ok(InsertOutcome::UnknownCentre);
    };
    if let Some(service) = &ev.service_id {
        let offered: Vec<String> = from_json(&centre.try_get::<_, String>(0)?)?;
        if !offered.contains(service) {
            return Ok(InsertOutcome::UnknownService);
        }
    }
    let entity_id: String = centre.try_get(1)?;
    if let Some(previous) = &latest {
        if counts_in_figures(ev.role, previous.status) {
            stats::move_facts(tx, id, int(previous.revision, "revision")?, -1).await?;
        }
        let demote = tx.prepare_cached("UPDATE evaluations SET is_latest = false WHERE id = $1 AND is_latest").await?;
        tx.execute(&demote, &[&id]).await?;
    }
    let photos: Vec<String> = ev.photo_ids().iter().map(|p| p.as_str().to_owned()).collect();
    let duplicate_photos = if photos.is_empty() {
        false
    } else {
        let elsewhere = tx
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM evaluation_photos WHERE sha256 = ANY($1) AND evaluation_id <> $2)",
            )
            .await?;
        tx.query_one(&elsewhere, &[&photos, &id]).await?.try_get(0)?
    };
    let visit_at = ev.visit_started_at.unwrap_or(new.received_at);
    let face = new.facts.iter().find(|f| f.kind == FactKind::Face).map(|f| f.key.as_str());
    let insert = tx
        .prepare_cached(
            "INSERT INTO evaluations (id, revision, body, body_sha256, template_id, template_version, centre_id, role,
               locale, status, score_percent, stage_scores, received_at, submitted_by, is_latest,
               visit_at, photo_count, inside_geofence, employee, face, duplicate_photos, clock_offset_s)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, true, $15, $16, $17, $18, $19, $20, $21)",
        )
        .await?;
    tx.execute(
        &insert,
        &[
            &id,
            &revision,
            &new.canonical_json,
            &new.body_sha256,
            &ev.template.id,
            &int(ev.template.version, "template version")?,
            &ev.centre_id,
            &ev.role.as_str(),
            &ev.locale,
            &ReviewStatus::Received.as_str(),
            &new.score_percent,
            &json(&new.stage_scores)?,
            &new.received_at,
            &new.submitted_by,
            &visit_at,
            &(photos.len() as i32),
            &ev.check_in.as_ref().and_then(|c| c.inside_geofence),
            &ev.employee.as_deref().and_then(normalise_employee),
            &face,
            &duplicate_photos,
            &new.clock_offset_s,
        ],
    )
    .await?;
    if counts_in_figures(ev.role, ReviewStatus::Received) {
        stats::apply(tx, &ev.centre_id, visit_at.date_naive(), &new.facts, 1).await?;
    }
    if !photos.is_empty() {
        let refer = tx
            .prepare_cached(
                "INSERT INTO evaluation_photos (evaluation_id, revision, sha256)
                 SELECT $1, $2, p FROM UNNEST($3::text[]) AS p ON CONFLICT DO NOTHING",
            )
            .await?;
        tx.execute(&refer, &[&id, &revision, &photos]).await?;
    }
    Ok(InsertOutcome::Created(of_new(new, entity_id, duplicate_photos)))
}

/// Whether this revision of the evaluation is already stored.
pub async fn exists(c: &impl GenericClient, id: EvaluationId, revision: u32) -> Result<bool, StorageError> {
    let stmt = c.prepare_cached("SELECT 1 FROM evaluations WHERE id = $1 AND revision = $2").await?;
    Ok(c.query_opt(&stmt, &[&id.0, &int(revision, "revision")?]).await?.is_some())
}

pub async fn get(
    c: &impl GenericClient,
    id: EvaluationId,
    revision: Option<u32>,
) -> Result<Option<StoredEvaluation>, StorageError> {
    let id = id.0;
    let revision = match revision {
        Some(r) => int(r, "revision")?,
        None => {
            let latest = c.prepare_cached("SELECT revision FROM evaluations WHERE id = $1 AND is_latest").await?;
            match c.query_opt(&latest, &[&id]).await? {
                Some(row) => row.try_get(0)?,
                None => return Ok(None),
            }
        }
    };
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS}, e.body, e.stage_scores FROM {SUMMARY_FROM} WHERE e.id = $1 AND e.revision = $2"
    );
    let stmt = c.prepare_cached(&sql).await?;
    let Some(row) = c.query_opt(&stmt, &[&id, &revision]).await? else { return Ok(None) };
    let (body, stages): (String, String) = (row.try_get(SUMMARY_WIDTH)?, row.try_get(SUMMARY_WIDTH + 1)?);
    Ok(Some(StoredEvaluation {
        summary: summary_row(&row)?,
        evaluation: from_json(&body)?,
        stage_scores: from_json(&stages)?,
    }))
}
