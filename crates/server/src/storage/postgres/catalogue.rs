//! Entities, services, centres and published checklist templates.

use super::{from_json, int, json};
use crate::storage::catalogue::template_published;
use crate::storage::StorageError;
use chrono::Utc;
use deadpool_postgres::GenericClient;
use ms_core::{Catalogue, Centre, ChecklistTemplate, Entity, Service, TemplateRef};

pub async fn load(c: &impl GenericClient) -> Result<Catalogue, StorageError> {
    let mut cat = Catalogue::default();
    for row in c.query("SELECT id, name FROM entities ORDER BY id", &[]).await? {
        let name: String = row.try_get(1)?;
        cat.entities.push(Entity { id: row.try_get(0)?, name: from_json(&name)? });
    }
    for row in c.query("SELECT id, entity_id, name FROM services ORDER BY id", &[]).await? {
        let name: String = row.try_get(2)?;
        cat.services.push(Service { id: row.try_get(0)?, entity_id: row.try_get(1)?, name: from_json(&name)? });
    }
    cat.centres = centres(c, None).await?;
    Ok(cat)
}

/// Every centre, or the one with the given id.
pub async fn centres(c: &impl GenericClient, id: Option<&str>) -> Result<Vec<Centre>, StorageError> {
    let stmt = c
        .prepare_cached(
            "SELECT id, entity_id, name, address, latitude, longitude, geofence_m, qr_token, service_ids, active
             FROM centres WHERE $1::text IS NULL OR id = $1 ORDER BY id",
        )
        .await?;
    let mut out = Vec::new();
    for r in c.query(&stmt, &[&id]).await? {
        let (name, address, services): (String, String, String) = (r.try_get(2)?, r.try_get(3)?, r.try_get(8)?);
        out.push(Centre {
            id: r.try_get(0)?,
            entity_id: r.try_get(1)?,
            name: from_json(&name)?,
            address: from_json(&address)?,
            latitude: r.try_get(4)?,
            longitude: r.try_get(5)?,
            geofence_m: r.try_get(6)?,
            qr_token: r.try_get(7)?,
            service_ids: from_json(&services)?,
            active: r.try_get(9)?,
        });
    }
    Ok(out)
}

pub async fn upsert(c: &impl GenericClient, cat: &Catalogue) -> Result<(), StorageError> {
    for e in &cat.entities {
        c.execute(
            "INSERT INTO entities (id, name) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET name = excluded.name",
            &[&e.id, &json(&e.name)?],
        )
        .await?;
    }
    for s in &cat.services {
        c.execute(
            "INSERT INTO services (id, entity_id, name) VALUES ($1, $2, $3)
             ON CONFLICT (id) DO UPDATE SET entity_id = excluded.entity_id, name = excluded.name",
            &[&s.id, &s.entity_id, &json(&s.name)?],
        )
        .await?;
    }
    for ce in &cat.centres {
        c.execute(
            "INSERT INTO centres (id, entity_id, name, address, latitude, longitude, geofence_m, qr_token, service_ids, active)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
             ON CONFLICT (id) DO UPDATE SET entity_id = excluded.entity_id, name = excluded.name,
               address = excluded.address, latitude = excluded.latitude, longitude = excluded.longitude,
               geofence_m = excluded.geofence_m, qr_token = excluded.qr_token, service_ids = excluded.service_ids,
               active = excluded.active",
            &[
                &ce.id,
                &ce.entity_id,
                &json(&ce.name)?,
                &json(&ce.address)?,
                &ce.latitude,
                &ce.longitude,
                &ce.geofence_m,
                &ce.qr_token,
                &json(&ce.service_ids)?,
                &ce.active,
            ],
        )
        .await
        .map_err(|e| match StorageError::from(e) {
            StorageError::Invalid(m) => StorageError::Invalid(format!("centre {}: {m}", ce.id)),
            other => other,
        })?;
    }
    Ok(())
}

pub async fn templates(c: &impl GenericClient) -> Result<Vec<ChecklistTemplate>, StorageError> {
    let rows = c.query("SELECT body FROM templates ORDER BY id, version", &[]).await?;
    rows.iter().map(|r| from_json(&r.try_get::<_, String>(0)?)).collect()
}

pub async fn template(c: &impl GenericClient, r: &TemplateRef) -> Result<Option<ChecklistTemplate>, StorageError> {
    let stmt = c.prepare_cached("SELECT body FROM templates WHERE id = $1 AND version = $2").await?;
    let row = c.query_opt(&stmt, &[&r.id, &int(r.version, "template version")?]).await?;
    row.map(|row| from_json(&row.try_get::<_, String>(0)?)).transpose()
}

/// Inside a transaction: the same content again is a no-op, different content refused.
pub async fn publish_template(
    c: &impl GenericClient,
    t: &ChecklistTemplate,
    actor: Option<i64>,
) -> Result<(), StorageError> {
    let version = int(t.version, "template version")?;
    let existing =
        c.query_opt("SELECT body FROM templates WHERE id = $1 AND version = $2 FOR UPDATE", &[&t.id, &version]).await?;
    match existing {
        Some(row) if from_json::<ChecklistTemplate>(&row.try_get::<_, String>(0)?)? == *t => Ok(()),
        Some(_) => Err(StorageError::TemplateChanged { id: t.id.clone(), version: t.version }),
        None => {
            let audience = json(&t.audience)?;
            c.execute(
                "INSERT INTO templates (id, version, audience, body, published_at) VALUES ($1, $2, $3, $4, $5)",
                &[&t.id, &version, &audience.trim_matches('"'), &json(t)?, &Utc::now()],
            )
            .await?;
            super::audit::record(c, &template_published(t, actor)).await
        }
    }
}

pub async fn versions(c: &impl GenericClient, id: &str) -> Result<Vec<crate::storage::TemplateVersion>, StorageError> {
    let mut out = Vec::new();
    for r in c.query(crate::storage::catalogue::VERSIONS_SQL, &[&id]).await? {
        out.push(crate::storage::TemplateVersion {
            version: super::unsigned(r.try_get(0)?, "template version")?,
            published_at: r.try_get(1)?,
            published_by: r.try_get(2)?,
        });
    }
    Ok(out)
}
