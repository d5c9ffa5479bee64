//! Fictional evaluations in bulk on PostgreSQL (`seed --evaluations`), copied
//! in with COPY in one transaction; their figures are added to the sums.

use super::json;
use super::stats::{add_up, write, PendingSums};
use crate::storage::seed_data::Seeder;
use crate::storage::StorageError;
use chrono::{DateTime, Utc};
use deadpool_postgres::{GenericClient, Object};
use futures_util::pin_mut;
use ms_core::Role;
use tokio_postgres::binary_copy::BinaryCopyInWriter;
use tokio_postgres::types::Type;

pub async fn seed(client: &mut Object, count: u64, seed: u64, now: DateTime<Utc>) -> Result<u64, StorageError> {
    let tx = client.transaction().await?;
    let centres: Vec<String> = tx
        .query("SELECT id FROM centres ORDER BY id", &[])
        .await?
        .iter()
        .map(|r| r.try_get(0))
        .collect::<Result<_, _>>()?;
    if centres.is_empty() {
        return Err(StorageError::Invalid("there are no centres: import a catalogue (or serve --demo) first".into()));
    }
    let shopper: Option<i64> = tx
        .query_opt("SELECT id FROM users WHERE role = 'shopper' ORDER BY id LIMIT 1", &[])
        .await?
        .map(|r| r.try_get(0))
        .transpose()?;
    let mut seeder = Seeder::new(centres, seed, now);
    let mut sums = PendingSums::new();
    let sink = tx
        .copy_in(
            "COPY evaluations (id, revision, body, body_sha256, template_id, template_version, centre_id, role,
               locale, status, score_percent, stage_scores, received_at, submitted_by, is_latest,
               visit_at, photo_count, inside_geofence, employee, face) FROM STDIN BINARY",
        )
        .await?;
    let types = [
        Type::UUID,
        Type::INT4,
        Type::TEXT,
        Type::TEXT,
        Type::TEXT,
        Type::INT4,
        Type::TEXT,
        Type::TEXT,
        Type::TEXT,
        Type::TEXT,
        Type::FLOAT8,
        Type::TEXT,
        Type::TIMESTAMPTZ,
        Type::INT8,
        Type::BOOL,
        Type::TIMESTAMPTZ,
        Type::INT4,
        Type::BOOL,
        Type::TEXT,
        Type::TEXT,
    ];
    let writer = BinaryCopyInWriter::new(sink, &types);
    pin_mut!(writer);
    let mut written = 0;
    for _ in 0..count {
        let Some(s) = seeder.next() else { break };
        let ev = &s.evaluation;
        if s.counts {
            add_up(&mut sums, &ev.centre_id, s.visit_at.date_naive(), &s.facts, 1);
        }
        let submitter = (ev.role == Role::Shopper).then_some(shopper).flatten();
        writer
            .as_mut()
            .write(&[
                &ev.id.0,
                &1i32,
                &s.body,
                &s.body_sha256,
                &ev.template.id,
                &(ev.template.version as i32),
                &ev.centre_id,
                &ev.role.as_str(),
                &"en",
                &s.status.as_str(),
                &s.scored.percent,
                &json(&s.scored.stages)?,
                &s.received_at,
                &submitter,
                &true,
                &s.visit_at,
                &0i32,
                &s.inside_geofence,
                &s.employee,
                &s.face,
            ])
            .await?;
        written += 1;
    }
    writer.finish().await?;
    write(&tx, sums).await?;
    tx.commit().await?;
    Ok(written)
}
