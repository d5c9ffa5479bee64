//! Entities, services, centres and published checklist templates.

use super::{from_json, json};
use crate::storage::catalogue::template_published;
use crate::storage::{ts, StorageError};
use chrono::Utc;
use ms_core::{Catalogue, Centre, ChecklistTemplate, Entity, Service, TemplateRef};
use rusqlite::{params, Connection, OptionalExtension};

pub fn load(c: &Connection) -> Result<Catalogue, StorageError> {
    let mut cat = Catalogue::default();
    let mut stmt = c.prepare_cached("SELECT id, name FROM entities ORDER BY id")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    for row in rows {
        let (id, name) = row?;
        cat.entities.push(Entity { id, name: from_json(&name)? });
    }
    let mut stmt = c.prepare_cached("SELECT id, entity_id, name FROM services ORDER BY id")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))?;
    for row in rows {
        let (id, entity_id, name) = row?;
        cat.services.push(Service { id, entity_id, name: from_json(&name)? });
    }
    cat.centres = centres(c, None)?;
    Ok(cat)
}

/// Every centre, or the one with the given id.
pub fn centres(c: &Connection, id: Option<&str>) -> Result<Vec<Centre>, StorageError> {
    let mut stmt = c.prepare_cached(
        "SELECT id, entity_id, name, address, latitude, longitude, geofence_m, qr_token, service_ids, active
         FROM centres WHERE ?1 IS NULL OR id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, f64>(4)?,
            r.get::<_, f64>(5)?,
            r.get::<_, f64>(6)?,
            r.get::<_, String>(7)?,
            r.get::<_, String>(8)?,
            r.get::<_, bool>(9)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, entity_id, name, address, latitude, longitude, geofence_m, qr_token, service_ids, active) = row?;
        out.push(Centre {
            id,
            entity_id,
            name: from_json(&name)?,
            address: from_json(&address)?,
            latitude,
            longitude,
            geofence_m,
            qr_token,
            service_ids: from_json(&service_ids)?,
            active,
        });
    }
    Ok(out)
}

pub fn upsert(c: &mut Connection, cat: &Catalogue, actor: Option<i64>) -> Result<(), StorageError> {
    let tx = c.transaction()?;
    if let Some(actor) = actor {
        super::audit::record(&tx, &crate::storage::catalogue::catalogue_imported(cat, actor))?;
    }
    for e in &cat.entities {
        tx.execute(
            "INSERT INTO entities (id, name) VALUES (?1, ?2) ON CONFLICT (id) DO UPDATE SET name = excluded.name",
            params![e.id, json(&e.name)?],
        )?;
    }
    for s in &cat.services {
        tx.execute(
            "INSERT INTO services (id, entity_id, name) VALUES (?1, ?2, ?3)
             ON CONFLICT (id) DO UPDATE SET entity_id = excluded.entity_id, name = excluded.name",
            params![s.id, s.entity_id, json(&s.name)?],
        )?;
    }
    for ce in &cat.centres {
        tx.execute(
            "INSERT INTO centres (id, entity_id, name, address, latitude, longitude, geofence_m, qr_token, service_ids, active)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
             ON CONFLICT (id) DO UPDATE SET entity_id = excluded.entity_id, name = excluded.name,
               address = excluded.address, latitude = excluded.latitude, longitude = excluded.longitude,
               geofence_m = excluded.geofence_m, qr_token = excluded.qr_token, service_ids = excluded.service_ids,
               active = excluded.active",
            params![
                ce.id,
                ce.entity_id,
                json(&ce.name)?,
                json(&ce.address)?,
                ce.latitude,
                ce.longitude,
                ce.geofence_m,
                ce.qr_token,
                json(&ce.service_ids)?,
                ce.active
            ],
        )
        .map_err(|e| StorageError::Invalid(format!("centre {}: {e}", ce.id)))?;
    }
    tx.commit()?;
    Ok(())
}

pub fn templates(c: &Connection) -> Result<Vec<ChecklistTemplate>, StorageError> {
    let mut stmt = c.prepare_cached("SELECT body FROM templates ORDER BY id, version")?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    rows.map(|b| from_json(&b?)).collect()
}

pub fn template(c: &Connection, r: &TemplateRef) -> Result<Option<ChecklistTemplate>, StorageError> {
    let body: Option<String> = c
        .query_row("SELECT body FROM templates WHERE id = ?1 AND version = ?2", params![r.id, r.version], |row| {
            row.get(0)
        })
        .optional()?;
    body.map(|b| from_json(&b)).transpose()
}

pub fn publish_template(c: &mut Connection, t: &ChecklistTemplate, actor: Option<i64>) -> Result<(), StorageError> {
    t.check().map_err(StorageError::Invalid)?;
    let body = json(t)?;
    let tx = c.transaction()?;
    let existing: Option<String> = tx
        .query_row("SELECT body FROM templates WHERE id = ?1 AND version = ?2", params![t.id, t.version], |r| r.get(0))
        .optional()?;
    match existing {
        Some(old) if from_json::<ChecklistTemplate>(&old)? == *t => {}
        Some(_) => return Err(StorageError::TemplateChanged { id: t.id.clone(), version: t.version }),
        None => {
            let audience = json(&t.audience)?;
            tx.execute(
                "INSERT INTO templates (id, version, audience, body, published_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![t.id, t.version, audience.trim_matches('"'), body, ts(Utc::now())],
            )?;
            super::audit::record(&tx, &template_published(t, actor))?;
        }
    }
    tx.commit()?;
    Ok(())
}

pub fn versions(c: &Connection, id: &str) -> Result<Vec<crate::storage::TemplateVersion>, StorageError> {
    let mut stmt = c.prepare_cached(&crate::storage::catalogue::VERSIONS_SQL.replace('$', "?"))?;
    let mut rows = stmt.query([id])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        out.push(crate::storage::TemplateVersion {
            version: r.get(0)?,
            published_at: crate::storage::parse_ts(&r.get::<_, String>(1)?)?,
            published_by: r.get(2)?,
        });
    }
    Ok(out)
}
