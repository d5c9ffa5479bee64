//! Evaluations and their revisions: idempotent insert and detail. Whether an
//! evaluation is new, the same again or refused is decided inside the
//! transaction; two instances storing the same one at once meet at the
//! primary key, and the one that loses runs again and finds it stored.

use super::{int, stats, unsigned};
use crate::storage::receive::{receive, CentreFacts, Held, NewRow, ReceiveSteps};
use crate::storage::summary::{parse_status, summary, SummaryRow};
pub(super) use crate::storage::summary::{SUMMARY_COLUMNS, SUMMARY_FROM, SUMMARY_WIDTH};
use crate::storage::{from_json, json, InsertOutcome, NewEvaluation, StorageError, StoredEvaluation};
use chrono::NaiveDate;
use deadpool_postgres::GenericClient;
use ms_core::review::LatestRevision;
use ms_core::stats::Fact;
use ms_core::wire::EvaluationSummary;
use ms_core::{EvaluationId, PhotoId, ReviewStatus};
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
        counter: r.try_get(17)?,
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
    receive(&mut Steps(tx), new).await
}

/// The shared algorithms' steps on a PostgreSQL transaction.
pub(super) struct Steps<'c, C>(pub &'c C);

fn texts(photos: &[PhotoId]) -> Vec<String> {
    photos.iter().map(|p| p.as_str().to_owned()).collect()
}

impl<C: GenericClient + Sync> ReceiveSteps for Steps<'_, C> {
    async fn held(&mut self, id: EvaluationId, revision: u32) -> Result<Held, StorageError> {
        let revision = int(revision, "revision")?;
        // The latest revision and this one, if stored, in one read that locks
        // them: a decision on the latest, or the same revision from another
        // instance, waits for this transaction.
        let rows = self
            .0
            .prepare_cached(
                "SELECT revision, status, submitted_by, body_sha256, is_latest FROM evaluations
                 WHERE id = $1 AND (is_latest OR revision = $2) FOR UPDATE",
            )
            .await?;
        let mut held = Held { this_revision: None, latest: None };
        for row in self.0.query(&rows, &[&id.0, &revision]).await? {
            if row.try_get::<_, i32>(0)? == revision {
                held.this_revision = Some(row.try_get(3)?);
            }
            if row.try_get::<_, bool>(4)? {
                held.latest = Some(LatestRevision {
                    revision: unsigned(row.try_get(0)?, "revision")?,
                    status: parse_status(&row.try_get::<_, String>(1)?)?,
                    submitted_by: row.try_get(2)?,
                });
            }
        }
        Ok(held)
    }

    async fn any_revision(&mut self, id: EvaluationId) -> Result<bool, StorageError> {
        let any = self.0.prepare_cached("SELECT EXISTS (SELECT 1 FROM evaluations WHERE id = $1)").await?;
        Ok(self.0.query_one(&any, &[&id.0]).await?.try_get(0)?)
    }

    async fn summary(&mut self, id: EvaluationId, revision: u32) -> Result<EvaluationSummary, StorageError> {
        summary_of(self.0, id.0, int(revision, "revision")?).await
    }

    async fn centre(&mut self, centre_id: &str) -> Result<Option<CentreFacts>, StorageError> {
        let centre = self.0.prepare_cached("SELECT service_ids, entity_id FROM centres WHERE id = $1").await?;
        let Some(row) = self.0.query_opt(&centre, &[&centre_id]).await? else { return Ok(None) };
        Ok(Some(CentreFacts { service_ids: from_json(&row.try_get::<_, String>(0)?)?, entity_id: row.try_get(1)? }))
    }

    async fn withdraw_facts(&mut self, id: EvaluationId, revision: u32) -> Result<(), StorageError> {
        stats::move_facts(self.0, id.0, int(revision, "revision")?, -1).await
    }

    async fn demote_latest(&mut self, id: EvaluationId) -> Result<(), StorageError> {
        let demote =
            self.0.prepare_cached("UPDATE evaluations SET is_latest = false WHERE id = $1 AND is_latest").await?;
        self.0.execute(&demote, &[&id.0]).await?;
        Ok(())
    }

    async fn photos_elsewhere(&mut self, id: EvaluationId, photos: &[PhotoId]) -> Result<bool, StorageError> {
        let elsewhere = self
            .0
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM evaluation_photos WHERE sha256 = ANY($1) AND evaluation_id <> $2)",
            )
            .await?;
        Ok(self.0.query_one(&elsewhere, &[&texts(photos), &id.0]).await?.try_get(0)?)
    }

    async fn insert_row(&mut self, row: &NewRow<'_>) -> Result<(), StorageError> {
        let (new, ev) = (row.new, &row.new.evaluation);
        let insert = self
            .0
            .prepare_cached(
                "INSERT INTO evaluations (id, revision, body, body_sha256, template_id, template_version, centre_id, role,
                   locale, status, score_percent, stage_scores, received_at, submitted_by, is_latest,
                   visit_at, photo_count, inside_geofence, employee, face, duplicate_photos, clock_offset_s, counter)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, true, $15, $16, $17, $18, $19, $20, $21, $22)",
            )
            .await?;
        self.0
            .execute(
                &insert,
                &[
                    &ev.id.0,
                    &int(ev.revision, "revision")?,
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
                    &row.visit_at,
                    &(ev.photo_ids().len() as i32),
                    &ev.check_in.as_ref().and_then(|c| c.inside_geofence),
                    &row.employee,
                    &row.face,
                    &row.duplicate_photos,
                    &new.clock_offset_s,
                    &ev.counter,
                ],
            )
            .await?;
        Ok(())
    }

    async fn add_facts(&mut self, centre_id: &str, day: NaiveDate, facts: &[Fact]) -> Result<(), StorageError> {
        stats::apply(self.0, centre_id, day, facts, 1).await
    }

    async fn refer_photos(&mut self, id: EvaluationId, revision: u32, photos: &[PhotoId]) -> Result<(), StorageError> {
        let refer = self
            .0
            .prepare_cached(
                "INSERT INTO evaluation_photos (evaluation_id, revision, sha256)
                 SELECT $1, $2, p FROM UNNEST($3::text[]) AS p ON CONFLICT DO NOTHING",
            )
            .await?;
        self.0.execute(&refer, &[&id.0, &int(revision, "revision")?, &texts(photos)]).await?;
        Ok(())
    }
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
