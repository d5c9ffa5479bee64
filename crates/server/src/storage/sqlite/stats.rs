//! Centre performance on SQLite: the sums of facts per centre, visit day,
//! kind and key (`stats_daily`), kept in step with every insert and review
//! decision inside the same transaction, and the reads a report needs.

use super::{catalogue, from_json};
use crate::storage::StorageError;
use chrono::NaiveDate;
use ms_core::stats::{count_change, counts_in_figures, facts, DailySums, Fact, FactKind, Period, Sums, TotalSums};
use ms_core::{ChecklistTemplate, Evaluation, ReviewStatus, Role, TemplateRef};
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection};
use std::collections::HashMap;

/// The visit day of an evaluation: the date part of its `visit_at`.
pub fn day_of(visit_at: &str) -> &str {
    visit_at.get(..10).unwrap_or(visit_at)
}

/// Adds (`sign` 1) or takes away (`sign` -1) an evaluation's facts.
pub fn apply(c: &Connection, centre_id: &str, day: &str, facts: &[Fact], sign: i64) -> Result<(), StorageError> {
    let mut up = c.prepare_cached(
        "INSERT INTO stats_daily (centre_id, day, kind, key, total, count) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (centre_id, day, kind, key) DO UPDATE SET total = total + excluded.total, count = count + excluded.count",
    )?;
    for f in facts {
        up.execute(params![centre_id, day, f.kind.as_str(), f.key, f.value * sign as f64, sign])?;
    }
    if sign < 0 {
        c.prepare_cached("DELETE FROM stats_daily WHERE centre_id = ?1 AND day = ?2 AND count <= 0")?
            .execute(params![centre_id, day])?;
    }
    Ok(())
}

/// The facts of a stored revision, from its body and its checklist.
fn stored_facts(
    c: &Connection,
    templates: &mut HashMap<TemplateRef, ChecklistTemplate>,
    body: &str,
) -> Result<Vec<Fact>, StorageError> {
    let ev: Evaluation = from_json(body)?;
    if !templates.contains_key(&ev.template) {
        let t = catalogue::template(c, &ev.template)?.ok_or_else(|| {
            StorageError::Corrupt(format!("template {} v{} is gone", ev.template.id, ev.template.version))
        })?;
        templates.insert(ev.template.clone(), t);
    }
    Ok(templates.get(&ev.template).map(|t| facts(t, &ev)).unwrap_or_default())
}

/// Moves a revision's facts in or out of the sums when a status change makes
/// it start or stop counting.
pub fn on_status_change(
    c: &Connection,
    id: &str,
    revision: u32,
    role: Role,
    from: ReviewStatus,
    to: ReviewStatus,
) -> Result<(), StorageError> {
    match count_change(role, from, to) {
        Some(sign) => move_facts(c, id, revision, sign),
        None => Ok(()),
    }
}

/// Adds a stored revision's facts to the sums, or takes them away.
pub fn move_facts(c: &Connection, id: &str, revision: u32, sign: i64) -> Result<(), StorageError> {
    let (body, centre, visit_at): (String, String, String) = c
        .prepare_cached("SELECT body, centre_id, visit_at FROM evaluations WHERE id = ?1 AND revision = ?2")?
        .query_row(params![id, revision], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    let facts = stored_facts(c, &mut HashMap::new(), &body)?;
    apply(c, &centre, day_of(&visit_at), &facts, sign)
}

/// Adds up every counting evaluation again (after migrating a database that
/// had evaluations before the sums existed), and fills in citizens' faces.
pub fn rebuild(c: &mut Connection) -> Result<(), StorageError> {
    let tx = c.transaction()?;
    tx.execute("DELETE FROM stats_daily", [])?;
    let mut sums: HashMap<(String, String, FactKind, String), Sums> = HashMap::new();
    let mut templates = HashMap::new();
    {
        let mut rows = tx.prepare(
            "SELECT id, revision, body, role, status, centre_id, visit_at FROM evaluations WHERE is_latest = 1",
        )?;
        let mut set_face = tx.prepare("UPDATE evaluations SET face = ?3 WHERE id = ?1 AND revision = ?2")?;
        let mut q = rows.query([])?;
        while let Some(r) = q.next()? {
            let (id, revision, body): (String, u32, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
            let (role, status, centre, visit_at): (String, String, String, String) =
                (r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?);
            let role = Role::parse(&role).ok_or_else(|| StorageError::Corrupt(format!("role '{role}'")))?;
            let status =
                ReviewStatus::parse(&status).ok_or_else(|| StorageError::Corrupt(format!("status '{status}'")))?;
            let facts = stored_facts(&tx, &mut templates, &body)?;
            if let Some(face) = facts.iter().find(|f| f.kind == FactKind::Face) {
                set_face.execute(params![id, revision, face.key])?;
            }
            if counts_in_figures(role, status) {
                add_up(&mut sums, &centre, day_of(&visit_at), &facts);
            }
        }
    }
    write_sums(&tx, sums)?;
    tx.commit()?;
    Ok(())
}

/// Adds facts to sums kept in memory (rebuilding, seeding in bulk).
pub fn add_up(sums: &mut HashMap<(String, String, FactKind, String), Sums>, centre: &str, day: &str, facts: &[Fact]) {
    for f in facts {
        sums.entry((centre.to_owned(), day.to_owned(), f.kind, f.key.clone()))
            .or_default()
            .add(Sums { total: f.value, count: 1 });
    }
}

/// Adds sums kept in memory to the table.
pub fn write_sums(c: &Connection, sums: HashMap<(String, String, FactKind, String), Sums>) -> Result<(), StorageError> {
    let mut up = c.prepare_cached(
        "INSERT INTO stats_daily (centre_id, day, kind, key, total, count) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (centre_id, day, kind, key) DO UPDATE SET total = total + excluded.total, count = count + excluded.count",
    )?;
    for ((centre, day, kind, key), s) in sums {
        up.execute(params![centre, day, kind.as_str(), key, s.total, s.count as i64])?;
    }
    Ok(())
}

/// `centre_id IN (…) AND day BETWEEN …` with its arguments.
fn within(centres: &[String], period: &Period) -> (String, Vec<Value>) {
    let mut args: Vec<Value> = centres.iter().map(|c| Value::Text(c.clone())).collect();
    let marks: Vec<String> = (1..=args.len()).map(|i| format!("?{i}")).collect();
    args.push(Value::Text(period.from.format("%Y-%m-%d").to_string()));
    args.push(Value::Text(period.to.format("%Y-%m-%d").to_string()));
    let n = args.len();
    (format!("centre_id IN ({}) AND day BETWEEN ?{} AND ?{n}", marks.join(", "), n - 1), args)
}

fn kind(s: &str) -> Result<FactKind, StorageError> {
    FactKind::parse(s).ok_or_else(|| StorageError::Corrupt(format!("figure kind '{s}'")))
}

/// Rows of (a, b, total, count) from a grouped query over the sums.
fn grouped(c: &Connection, sql: &str, args: &[Value]) -> Result<Vec<(String, String, Sums)>, StorageError> {
    let mut stmt = c.prepare(sql)?;
    let rows = stmt.query_map(params_from_iter(args.iter()), |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, f64>(2)?, r.get::<_, i64>(3)?))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (a, b, total, count) = row?;
        out.push((a, b, Sums { total, count: count.max(0) as u64 }));
    }
    Ok(out)
}

/// Sums over the period by kind and key, and the two indices by day.
pub fn sums(c: &Connection, centres: &[String], period: &Period) -> Result<(TotalSums, DailySums), StorageError> {
    if centres.is_empty() {
        return Ok((Vec::new(), Vec::new()));
    }
    let (clause, args) = within(centres, period);
    let by_key = format!("SELECT kind, key, SUM(total), SUM(count) FROM stats_daily WHERE {clause} GROUP BY kind, key");
    let totals = grouped(c, &by_key, &args)?
        .into_iter()
        .map(|(k, key, s)| Ok((kind(&k)?, key, s)))
        .collect::<Result<_, StorageError>>()?;
    let by_day = format!(
        "SELECT day, kind, SUM(total), SUM(count) FROM stats_daily
         WHERE kind IN ('customer', 'audit') AND {clause} GROUP BY day, kind"
    );
    let daily = grouped(c, &by_day, &args)?
        .into_iter()
        .map(|(day, k, s)| {
            let day = NaiveDate::parse_from_str(&day, "%Y-%m-%d")
                .map_err(|e| StorageError::Corrupt(format!("figure day '{day}': {e}")))?;
            Ok((day, kind(&k)?, s))
        })
        .collect::<Result<_, StorageError>>()?;
    Ok((totals, daily))
}

/// The two indices' sums of each centre over the period.
pub fn league(
    c: &Connection,
    centres: &[String],
    period: &Period,
) -> Result<Vec<(String, FactKind, Sums)>, StorageError> {
    if centres.is_empty() {
        return Ok(Vec::new());
    }
    let (clause, args) = within(centres, period);
    let sql = format!(
        "SELECT centre_id, kind, SUM(total), SUM(count) FROM stats_daily
         WHERE kind IN ('customer', 'audit') AND {clause} GROUP BY centre_id, kind"
    );
    grouped(c, &sql, &args)?.into_iter().map(|(centre, k, s)| Ok((centre, kind(&k)?, s))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::sqlite::schema::{self, MIGRATIONS, STATS_VERSION};
    use ms_core::builtin::citizen_quick_rating;

    /// A database from before the sums: a happy and an unhappy citizen rating,
    /// and a rejected one, at one centre on one day.
    fn version_6() -> Connection {
        let mut c = Connection::open_in_memory().expect("db");
        ms_migrations::migrate(&mut c, &MIGRATIONS[..(STATS_VERSION - 1) as usize]).expect("version 6");
        // The catalogue as that version kept it (no centre could be inactive yet).
        let catalogue = crate::demo::catalogue().expect("demo catalogue");
        for e in &catalogue.entities {
            c.execute(
                "INSERT INTO entities (id, name) VALUES (?1, ?2)",
                params![e.id, crate::storage::json(&e.name).expect("json")],
            )
            .expect("entity");
        }
        for ce in &catalogue.centres {
            c.execute(
                "INSERT INTO centres (id, entity_id, name, address, latitude, longitude, geofence_m, qr_token, service_ids)
                 VALUES (?1, ?2, '{}', '{}', ?3, ?4, ?5, ?6, '[]')",
                params![ce.id, ce.entity_id, ce.latitude, ce.longitude, ce.geofence_m, ce.qr_token],
            )
            .expect("centre");
        }
        // Published as a server of that version did (it kept no audit log yet).
        let t = citizen_quick_rating();
        c.execute(
            "INSERT INTO templates (id, version, audience, body, published_at)
             VALUES (?1, ?2, 'citizen', ?3, '2026-11-01T00:00:00.000000Z')",
            params![t.id, t.version, crate::storage::json(&t).expect("json")],
        )
        .expect("template");
        for (n, face, status) in [(1u128, "happy", "received"), (2, "unhappy", "approved"), (3, "unhappy", "rejected")]
        {
            let body = format!(
                r#"{{"id":"{}","revision":1,"template":{{"id":"citizen-quick-rating","version":1}},"centre_id":"cd-deira","role":"citizen","locale":"en","answers":{{"face":{{"value":{{"type":"face","value":"{face}"}}}}}},"device_id":"d","app_version":"t"}}"#,
                uuid::Uuid::from_u128(n)
            );
            c.execute(
                "INSERT INTO evaluations (id, revision, body, body_sha256, template_id, template_version, centre_id,
                   role, locale, status, stage_scores, received_at, visit_at)
                 VALUES (?1, 1, ?2, 'x', 'citizen-quick-rating', 1, 'cd-deira', 'citizen', 'en', ?3, '[]',
                   '2026-11-02T10:00:00.000000Z', '2026-11-02T10:00:00.000000Z')",
                params![uuid::Uuid::from_u128(n).to_string(), body, status],
            )
            .expect("evaluation");
        }
        c
    }

    #[test]
    fn migrating_adds_up_the_evaluations_already_stored() {
        let mut c = version_6();
        let before = schema::migrate(&mut c).expect("migrates");
        assert_eq!(before, STATS_VERSION - 1);
        rebuild(&mut c).expect("rebuilds");
        let period = Period { from: "2026-11-01".parse().expect("day"), to: "2026-11-30".parse().expect("day") };
        let (totals, daily) = sums(&c, &["cd-deira".to_owned()], &period).expect("sums");
        let get = |kind: FactKind, key: &str| {
            totals.iter().find(|(k, name, _)| *k == kind && name == key).map(|(_, _, s)| *s).unwrap_or_default()
        };
        assert_eq!(get(FactKind::Customer, ""), Sums { total: 100.0, count: 2 }, "the rejected one does not count");
        assert_eq!(get(FactKind::Face, "unhappy").count, 1);
        assert_eq!(daily.len(), 1);
        let faces: Vec<Option<String>> = c
            .prepare("SELECT face FROM evaluations ORDER BY id")
            .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
            .expect("faces");
        assert_eq!(faces, [Some("happy".to_owned()), Some("unhappy".to_owned()), Some("unhappy".to_owned())]);
        // Rebuilding again gives the same sums, not twice them.
        rebuild(&mut c).expect("rebuilds again");
        let (again, _) = sums(&c, &["cd-deira".to_owned()], &period).expect("sums");
        assert_eq!(again.len(), totals.len());
        assert!(again.iter().all(|row| totals.contains(row)));
    }
}
