//! Fictional evaluations in bulk, for trying the reviewers' screens and for
//! measuring them at scale: spread over the catalogue's centres, over the
//! last twelve months, over every status, from citizens and shoppers; their
//! figures are added to the performance sums as they go.

use super::json;
use crate::storage::{ts, StorageError};
use chrono::{DateTime, Duration, Utc};
use ms_core::builtin::{citizen_quick_rating, shopper_customer_journey};
use ms_core::scoring::score;
use ms_core::stats;
use ms_core::template::ItemKind;
use ms_core::{Answer, AnswerValue, Evaluation, EvaluationId, Face, ReviewStatus, Role};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rusqlite::{params, Connection};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

const STATUSES: [ReviewStatus; 5] = [
    ReviewStatus::Received,
    ReviewStatus::Approved,
    ReviewStatus::HasIssues,
    ReviewStatus::Rejected,
    ReviewStatus::Returned,
];
const EMPLOYEES: [&str; 6] = ["desk 1", "desk 2", "desk 3", "amal", "omar", "sara"];

/// Answers as a visit to a centre of the given quality (0..1) would have them.
fn answers(rng: &mut StdRng, role: Role, quality: f64) -> BTreeMap<String, Answer> {
    let template = if role == Role::Shopper { shopper_customer_journey() } else { citizen_quick_rating() };
    let mut out = BTreeMap::new();
    for (_, item) in template.items() {
        let value = match &item.kind {
            ItemKind::YesNo => Some(if rng.gen_bool(quality) { AnswerValue::Yes } else { AnswerValue::No }),
            ItemKind::Scale => Some(AnswerValue::Scale(rng.gen_range(2..=5))),
            ItemKind::Face => Some(AnswerValue::Face(match rng.gen_range(0.0..1.0) {
                x if x < quality - 0.15 => Face::Happy,
                x if x < quality + 0.05 => Face::Neutral,
                _ => Face::Unhappy,
            })),
            ItemKind::Duration { target_minutes } => {
                Some(AnswerValue::Minutes((rng.gen_range(0.3..1.8) * target_minutes).round()))
            }
            // Reasons, from a citizen who was not happy: one or two, the first options likelier.
            ItemKind::MultiChoice { options } if !options.is_empty() => {
                let not_happy = out
                    .values()
                    .any(|a: &Answer| matches!(a.value, Some(AnswerValue::Face(Face::Neutral | Face::Unhappy))));
                not_happy.then(|| {
                    let mut picked: Vec<String> = (0..rng.gen_range(1..=2))
                        .map(|_| {
                            options[rng.gen_range(0..options.len()).min(rng.gen_range(0..options.len()))].id.clone()
                        })
                        .collect();
                    picked.dedup();
                    AnswerValue::Choices(picked)
                })
            }
            _ => None,
        };
        // A citizen answers the face, the reasons, and a journey question now and then;
        // a shopper every scored item.
        if role == Role::Citizen && matches!(item.kind, ItemKind::YesNo) && !rng.gen_bool(0.3) {
            continue;
        }
        if let Some(v) = value {
            out.insert(item.id.clone(), Answer { value: Some(v), ..Answer::default() });
        }
    }
    out
}

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
    let (citizen_t, shopper_t) = (citizen_quick_rating(), shopper_customer_journey());
    let mut rng = StdRng::seed_from_u64(seed);
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
            let role = if rng.gen_bool(0.7) { Role::Citizen } else { Role::Shopper };
            let template = if role == Role::Shopper { &shopper_t } else { &citizen_t };
            let visit = now - Duration::minutes(rng.gen_range(10..365 * 24 * 60));
            let index = rng.gen_range(0..centres.len());
            let centre = &centres[index];
            // Centres differ: from fair to excellent, in a fixed order.
            let quality = 0.6 + 0.35 * ((index * 7) % centres.len()) as f64 / centres.len() as f64;
            let employee = (role == Role::Shopper).then(|| EMPLOYEES[rng.gen_range(0..EMPLOYEES.len())].to_owned());
            let ev = Evaluation {
                id: EvaluationId(uuid::Uuid::from_u128(rng.gen())),
                revision: 1,
                template: template.reference(),
                centre_id: centre.clone(),
                service_id: None,
                role,
                locale: "en".into(),
                visit_started_at: (role == Role::Shopper).then_some(visit),
                visit_ended_at: (role == Role::Shopper).then(|| visit + Duration::minutes(40)),
                check_in: None,
                answers: answers(&mut rng, role, quality),
                comment: None,
                employee: employee.clone(),
                photos: vec![],
                device_id: "seed".into(),
                app_version: "seed".into(),
            };
            let scored = score(template, &ev.answers);
            let body = ev.canonical_json();
            let sha = hex::encode(Sha256::digest(body.as_bytes()));
            let status = STATUSES[rng.gen_range(0..STATUSES.len())];
            let status =
                if role == Role::Citizen && status == ReviewStatus::Returned { ReviewStatus::Approved } else { status };
            let received = visit + Duration::minutes(rng.gen_range(1..120));
            let inside = (role == Role::Shopper).then(|| rng.gen_bool(0.9));
            let visit_at = ts(if role == Role::Shopper { visit } else { received });
            let facts = stats::facts(template, &ev);
            if stats::counts_in_figures(role, status) {
                super::stats::add_up(&mut sums, centre, super::stats::day_of(&visit_at), &facts);
            }
            let face = facts.iter().find(|f| f.kind == stats::FactKind::Face).map(|f| f.key.clone());
            insert.execute(params![
                ev.id.to_string(),
                body,
                sha,
                template.id,
                template.version,
                centre,
                role.as_str(),
                status.as_str(),
                scored.percent,
                json(&scored.stages)?,
                ts(received),
                (role == Role::Shopper).then_some(shopper).flatten(),
                visit_at,
                inside,
                employee,
                face,
            ])?;
        }
    }
    super::stats::write_sums(&tx, sums)?;
    tx.commit()?;
    Ok(count)
}
