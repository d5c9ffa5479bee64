//! Fictional evaluations in bulk, for trying the reviewers' screens and for
//! measuring them at scale: spread over the catalogue's centres, over the
//! last twelve months, over every status, from citizens and shoppers. Each
//! backend writes them its own way.

use chrono::{DateTime, Duration, Utc};
use ms_core::builtin::{citizen_quick_rating, shopper_customer_journey};
use ms_core::scoring::score;
use ms_core::scoring::EvaluationScore;
use ms_core::stats::{self, Fact};
use ms_core::template::ItemKind;
use ms_core::{Answer, AnswerValue, Evaluation, EvaluationId, Face, ReviewStatus, Role};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
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

/// One fictional evaluation, with what storage keeps beside its body.
pub(crate) struct Seeded {
    pub evaluation: Evaluation,
    pub body: String,
    pub body_sha256: String,
    pub status: ReviewStatus,
    pub scored: EvaluationScore,
    pub received_at: DateTime<Utc>,
    pub visit_at: DateTime<Utc>,
    pub inside_geofence: Option<bool>,
    pub employee: Option<String>,
    pub face: Option<String>,
    pub facts: Vec<Fact>,
    /// Whether its facts count in its centre's figures.
    pub counts: bool,
}

/// Fictional evaluations over these centres, the same ones for the same seed.
pub(crate) struct Seeder {
    rng: StdRng,
    centres: Vec<String>,
    now: DateTime<Utc>,
    citizen: ms_core::ChecklistTemplate,
    shopper: ms_core::ChecklistTemplate,
}

impl Seeder {
    pub fn new(centres: Vec<String>, seed: u64, now: DateTime<Utc>) -> Self {
        Self {
            rng: StdRng::seed_from_u64(seed),
            centres,
            now,
            citizen: citizen_quick_rating(),
            shopper: shopper_customer_journey(),
        }
    }

    /// The next one; None when there are no centres.
    pub fn next(&mut self) -> Option<Seeded> {
        if self.centres.is_empty() {
            return None;
        }
        let rng = &mut self.rng;
        let role = if rng.gen_bool(0.7) { Role::Citizen } else { Role::Shopper };
        let template = if role == Role::Shopper { &self.shopper } else { &self.citizen };
        let visit = self.now - Duration::minutes(rng.gen_range(10..365 * 24 * 60));
        let index = rng.gen_range(0..self.centres.len());
        let centre = &self.centres[index];
        // Centres differ: from fair to excellent, in a fixed order.
        let quality = 0.6 + 0.35 * ((index * 7) % self.centres.len()) as f64 / self.centres.len() as f64;
        let employee = (role == Role::Shopper).then(|| EMPLOYEES[rng.gen_range(0..EMPLOYEES.len())].to_owned());
        let evaluation = Evaluation {
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
            answers: answers(rng, role, quality),
            comment: None,
            employee: employee.clone(),
            counter: None,
            photos: vec![],
            device_id: "seed".into(),
            app_version: "seed".into(),
            assignment_id: None,
        };
        let scored = score(template, &evaluation.answers);
        let body = evaluation.canonical_json();
        let body_sha256 = hex::encode(Sha256::digest(body.as_bytes()));
        let status = STATUSES[rng.gen_range(0..STATUSES.len())];
        let status =
            if role == Role::Citizen && status == ReviewStatus::Returned { ReviewStatus::Approved } else { status };
        let received_at = visit + Duration::minutes(rng.gen_range(1..120));
        let inside_geofence = (role == Role::Shopper).then(|| rng.gen_bool(0.9));
        let facts = stats::facts(template, &evaluation);
        let face = facts.iter().find(|f| f.kind == stats::FactKind::Face).map(|f| f.key.clone());
        Some(Seeded {
            evaluation,
            body,
            body_sha256,
            status,
            scored,
            received_at,
            visit_at: if role == Role::Shopper { visit } else { received_at },
            inside_geofence,
            employee,
            face,
            facts,
            counts: stats::counts_in_figures(role, status),
        })
    }
}
