//! Filling a wave as a programme's planners would: 2,000 assignments over
//! 300 centres of 12 entities and half a year, 200 shoppers, and a year of
//! their past visits (about 200 each), so that lockouts are in force.
//! Prints the median time of several runs, and what was left unfilled and why.
//! `cargo bench -p ms-core --bench scheduler`

use chrono::{Duration, NaiveDate};
use ms_core::planning::{
    fill, AccountId, Assignment, AssignmentId, AssignmentStatus, Shopper, Visit, VisitKind, WaveId, WaveRules,
    WaveState, WaveStatus, Window,
};
use std::collections::BTreeMap;
use std::time::Instant;

const ASSIGNMENTS: u32 = 2_000;
const CENTRES: u32 = 300;
const ENTITIES: u32 = 12;
const SHOPPERS: i64 = 200;
const PAST_VISITS_EACH: i64 = 200;
const RUNS: usize = 9;

/// A small deterministic generator, so that every run plans the same wave.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

fn main() {
    let start = NaiveDate::from_ymd_opt(2027, 1, 1).expect("a date");
    let mut rng = Lcg(7);
    let wave = WaveId(uuid::Uuid::from_u128(1));
    let entity = |centre: u64| format!("entity-{}", centre % u64::from(ENTITIES));
    let assignments: Vec<Assignment> = (0..ASSIGNMENTS)
        .map(|n| {
            let centre = rng.below(u64::from(CENTRES));
            let earliest = start + Duration::days(rng.below(181) as i64);
            Assignment {
                id: AssignmentId(uuid::Uuid::from_u128(u128::from(n) + 10)),
                wave_id: wave,
                centre_id: format!("centre-{centre}"),
                entity_id: entity(centre),
                service_id: None,
                scenario: "Ask to renew an identity card.".into(),
                days: Vec::new(),
                hours: None,
                window: Window::new(earliest, earliest + Duration::days(14)).expect("a window"),
                status: AssignmentStatus::Open,
                shopper: None,
                evaluation_id: None,
            }
        })
        .collect();
    let shoppers: Vec<Shopper> = (1..=SHOPPERS)
        .map(|id| Shopper { id: AccountId(id), grade: Some(5.0 + (id % 5) as f64), active: true })
        .collect();
    let visits: Vec<Visit> = (1..=SHOPPERS)
        .flat_map(|shopper| (0..PAST_VISITS_EACH).map(move |k| (shopper, k)))
        .map(|(shopper, _)| {
            let centre = rng.below(u64::from(CENTRES));
            Visit {
                shopper: AccountId(shopper),
                centre_id: format!("centre-{centre}"),
                entity_id: entity(centre),
                date: start - Duration::days(1 + rng.below(365) as i64),
                kind: VisitKind::Made,
                assignment_id: None,
            }
        })
        .collect();
    // The defaults (at most 5 held at once), then with 10 held allowed, so
    // that the wave cap, daily cap and lockouts decide.
    for rules in [WaveRules::default(), WaveRules { max_held: 10, ..WaveRules::default() }] {
        measure(&rules, &assignments, &shoppers, &visits);
    }
}

fn measure(rules: &WaveRules, assignments: &[Assignment], shoppers: &[Shopper], visits: &[Visit]) {
    let state = WaveState { status: WaveStatus::Published, rules, assignments, visits };
    let mut times = Vec::with_capacity(RUNS);
    let mut result = None;
    for _ in 0..RUNS {
        let began = Instant::now();
        let filled = fill(&state, shoppers).expect("a published wave");
        times.push(began.elapsed());
        result = Some(filled);
    }
    times.sort();
    let Some(result) = result else { return };
    let mut reasons: BTreeMap<String, u32> = BTreeMap::new();
    for unfilled in &result.unfilled {
        for count in &unfilled.refused {
            *reasons.entry(format!("{:?}", count.rule)).or_default() += count.shoppers;
        }
    }
    let mut load: BTreeMap<AccountId, u32> = BTreeMap::new();
    for f in &result.assigned {
        *load.entry(f.shopper).or_default() += 1;
    }
    println!(
        "fill: {} assignments, {CENTRES} centres, {SHOPPERS} shoppers, {} past visits; at most {} held, {} a wave",
        assignments.len(),
        visits.len(),
        rules.max_held,
        rules.max_per_shopper
    );
    println!(
        "  median {:.1} ms over {RUNS} runs (fastest {:.1} ms, slowest {:.1} ms)",
        times[RUNS / 2].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3,
        times[RUNS - 1].as_secs_f64() * 1e3
    );
    println!(
        "  assigned {}, unfilled {}; assignments per shopper {}..{}",
        result.assigned.len(),
        result.unfilled.len(),
        load.values().min().copied().unwrap_or(0),
        load.values().max().copied().unwrap_or(0)
    );
    for (rule, shoppers) in &reasons {
        println!("  unfilled: {rule} refused {shoppers} shopper-assignment pairs");
    }
}
