//! Properties of filling a wave, for any wave, shoppers and visits: every
//! assignment given passes every rule, counted again here from the plain
//! inputs, with what the same run gave before it; nothing is given twice or
//! given that was not open; an assignment left unfilled was refused by every
//! shopper for the reasons counted; a second run gives nothing new.

use chrono::{Duration, NaiveDate};
use ms_core::planning::{
    fill, AccountId, Actor, Assignment, AssignmentId, AssignmentStatus, Fill, Rule, Shopper, Visit, VisitKind, WaveId,
    WaveRules, WaveState, WaveStatus, Window,
};
use proptest::prelude::*;
use std::collections::{BTreeMap, HashMap, HashSet};

const SHOPPERS: i64 = 8;

fn base() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 1, 1).expect("date")
}

fn day(offset: i64) -> NaiveDate {
    base() + Duration::days(offset)
}

fn rules() -> impl Strategy<Value = WaveRules> {
    (0..40u32, 1..4u32, 1..6u32, 1..6u32, prop_oneof![Just(0u32), 1..20u32], proptest::option::of(1..=10u8)).prop_map(
        |(lockout_days, per_day, per_shopper, held, spacing_days, min)| WaveRules {
            lockout_days,
            max_per_shopper_per_day: per_day,
            max_per_shopper: per_shopper,
            max_held: held,
            spacing_days,
            min_grade: min.map(f64::from),
        },
    )
}

fn status() -> impl Strategy<Value = AssignmentStatus> {
    use AssignmentStatus::*;
    prop_oneof![
        6 => Just(Open),
        1 => Just(Assigned),
        1 => Just(InProgress),
        1 => Just(Submitted),
        1 => Just(Approved),
        1 => Just(Returned),
        1 => Just(Expired),
        1 => Just(Cancelled),
    ]
}

/// (centre, earliest offset, window length, status, shopper)
type AssignmentSeed = (u8, i64, i64, AssignmentStatus, i64);

fn assignments(seeds: Vec<AssignmentSeed>) -> Vec<Assignment> {
    seeds
        .into_iter()
        .enumerate()
        .map(|(n, (centre, start, length, status, shopper))| Assignment {
            id: AssignmentId(uuid::Uuid::from_u128(n as u128 + 1)),
            wave_id: WaveId(uuid::Uuid::from_u128(1000)),
            centre_id: format!("c{centre}"),
            entity_id: format!("e{}", centre % 3),
            service_id: None,
            scenario: "Ask.".into(),
            days: Vec::new(),
            hours: None,
            window: Window::new(day(start), day(start + length)).expect("window"),
            status,
            shopper: (status != AssignmentStatus::Open).then_some(AccountId(shopper)),
            evaluation_id: None,
        })
        .collect()
}

/// (shopper, centre, date offset, made, which assignment of the wave if any)
type VisitSeed = (i64, u8, i64, bool, Option<usize>);

fn visits(seeds: Vec<VisitSeed>, wave: &[Assignment]) -> Vec<Visit> {
    seeds
        .into_iter()
        .map(|(shopper, centre, offset, made, of)| Visit {
            shopper: AccountId(shopper),
            centre_id: format!("c{centre}"),
            entity_id: format!("e{}", centre % 3),
            date: day(offset),
            kind: if made { VisitKind::Made } else { VisitKind::Planned },
            assignment_id: of.and_then(|i| wave.get(i % wave.len().max(1))).map(|a| a.id),
        })
        .collect()
}

fn shoppers(seeds: Vec<(Option<u8>, bool)>) -> Vec<Shopper> {
    seeds
        .into_iter()
        .enumerate()
        .map(|(n, (grade, active))| Shopper { id: AccountId(n as i64 + 1), grade: grade.map(f64::from), active })
        .collect()
}

/// The rules written out again from their wording, over the plain inputs:
/// which rules refuse `shopper` for `a`, given the wave's assignments as they
/// stand (`wave`) and stood before the run (`before`), and every visit.
fn naive_refusals(
    rules: &WaveRules,
    before: &[Assignment],
    wave: &[Assignment],
    visits: &[Visit],
    a: &Assignment,
    s: &Shopper,
) -> Vec<Rule> {
    let in_wave: HashSet<AssignmentId> = wave.iter().map(|x| x.id).collect();
    let taken: Vec<&Assignment> = wave.iter().filter(|x| x.shopper == Some(s.id) && x.status.taken()).collect();
    let kept: HashSet<AssignmentId> =
        before.iter().filter(|x| x.shopper == Some(s.id) && x.status.made()).map(|x| x.id).collect();
    // A visit for one of the wave's assignments counts only once its shopper
    // made it; until then the assignment counts on its planned date.
    let mine: Vec<&Visit> = visits
        .iter()
        .filter(|v| v.shopper == s.id)
        .filter(|v| v.assignment_id.is_none_or(|id| !in_wave.contains(&id) || kept.contains(&id)))
        .collect();
    let dated: HashSet<AssignmentId> =
        mine.iter().filter_map(|v| v.assignment_id).filter(|id| kept.contains(id)).collect();
    let mut calendar: Vec<(&str, &str, NaiveDate)> =
        mine.iter().map(|v| (v.centre_id.as_str(), v.entity_id.as_str(), v.date)).collect();
    calendar.extend(
        taken
            .iter()
            .filter(|x| !dated.contains(&x.id))
            .map(|x| (x.centre_id.as_str(), x.entity_id.as_str(), x.window.earliest())),
    );
    let held = mine
        .iter()
        .filter(|v| v.kind == VisitKind::Planned && !v.assignment_id.is_some_and(|id| in_wave.contains(&id)))
        .count()
        + taken
            .iter()
            .filter(|x| matches!(x.status, AssignmentStatus::Assigned | AssignmentStatus::InProgress))
            .count();
    let date = a.window.earliest();
    let apart = |other: NaiveDate| (other - date).num_days().abs();
    let mut refused = Vec::new();
    if !s.active {
        refused.push(Rule::Inactive);
    }
    if rules.min_grade.is_some_and(|min| !s.grade.is_some_and(|g| g >= min)) {
        refused.push(Rule::Grade);
    }
    if held >= rules.max_held as usize {
        refused.push(Rule::HeldCap);
    }
    if taken.len() >= rules.max_per_shopper as usize {
        refused.push(Rule::WaveCap);
    }
    if calendar.iter().filter(|(_, _, d)| *d == date).count() >= rules.max_per_shopper_per_day as usize {
        refused.push(Rule::DailyCap);
    }
    if calendar.iter().any(|(c, _, d)| *c == a.centre_id && apart(*d) < i64::from(rules.lockout_days)) {
        refused.push(Rule::Lockout);
    }
    if calendar.iter().any(|(_, e, d)| *e == a.entity_id && apart(*d) < i64::from(rules.spacing_days)) {
        refused.push(Rule::Spacing);
    }
    refused
}

fn run(rules: &WaveRules, wave: &[Assignment], visits: &[Visit], who: &[Shopper]) -> Fill {
    let state = WaveState { status: WaveStatus::Published, rules, assignments: wave, visits };
    fill(&state, who).expect("a published wave fills")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn filling_a_wave_never_breaks_a_rule_nor_gives_anything_twice(
        rules in rules(),
        a_seeds in proptest::collection::vec((0..6u8, 0..60i64, 0..30i64, status(), 1..=SHOPPERS), 0..40),
        v_seeds in proptest::collection::vec(
            (1..=SHOPPERS, 0..6u8, -100..100i64, any::<bool>(), proptest::option::of(0..40usize)),
            0..40,
        ),
        s_seeds in proptest::collection::vec((proptest::option::of(1..=10u8), prop_oneof![4 => Just(true), 1 => Just(false)]), 0..SHOPPERS as usize),
    ) {
        let wave = assignments(a_seeds);
        let visits = visits(v_seeds, &wave);
        let who = shoppers(s_seeds);
        let result = run(&rules, &wave, &visits, &who);

        // Every open assignment is answered once, either way; nothing else is.
        let open: HashSet<AssignmentId> = wave.iter().filter(|a| a.status == AssignmentStatus::Open).map(|a| a.id).collect();
        let mut answered = HashSet::new();
        for id in result.assigned.iter().map(|f| f.assignment_id).chain(result.unfilled.iter().map(|u| u.assignment_id)) {
            prop_assert!(answered.insert(id), "{id} answered twice");
            prop_assert!(open.contains(&id), "{id} was not open");
        }
        prop_assert_eq!(answered.len(), open.len());

        // Replay the run in its order: each assignment given passes every
        // rule with all that was given before it; each left unfilled is
        // refused by every shopper, with the counts the scheduler gave.
        let given: HashMap<AssignmentId, AccountId> = result.assigned.iter().map(|f| (f.assignment_id, f.shopper)).collect();
        let unfilled: HashMap<AssignmentId, BTreeMap<Rule, u32>> = result
            .unfilled
            .iter()
            .map(|u| (u.assignment_id, u.refused.iter().map(|c| (c.rule, c.shoppers)).collect()))
            .collect();
        let mut order: Vec<&Assignment> = wave.iter().filter(|a| open.contains(&a.id)).collect();
        order.sort_by_key(|a| (a.window.earliest(), a.window.due(), a.id));
        let mut state = wave.clone();
        for a in order {
            if let Some(shopper) = given.get(&a.id) {
                let s = who.iter().find(|s| s.id == *shopper).expect("a shopper given");
                let broken = naive_refusals(&rules, &wave, &state, &visits, a, s);
                prop_assert!(broken.is_empty(), "{} given to {} against {:?}", a.id, shopper, broken);
                let at = state.iter_mut().find(|x| x.id == a.id).expect("in the wave");
                at.status = AssignmentStatus::Assigned;
                at.shopper = Some(*shopper);
            } else {
                let mut counts: BTreeMap<Rule, u32> = BTreeMap::new();
                for s in &who {
                    let broken = naive_refusals(&rules, &wave, &state, &visits, a, s);
                    prop_assert!(!broken.is_empty(), "{} left open though {} was eligible", a.id, s.id);
                    for rule in broken {
                        *counts.entry(rule).or_default() += 1;
                    }
                }
                prop_assert_eq!(unfilled.get(&a.id), Some(&counts));
            }
        }

        // Storing what it gave, a second run gives nothing new.
        let changes = result.changes(&wave, Actor::System, chrono::Utc::now()).expect("changes");
        prop_assert_eq!(changes.len(), result.assigned.len());
        let mut after = wave.clone();
        for change in changes {
            prop_assert_eq!(change.entry.from, AssignmentStatus::Open);
            let at = after.iter_mut().find(|x| x.id == change.assignment.id).expect("in the wave");
            *at = change.assignment;
        }
        prop_assert_eq!(&after, &state);
        let again = run(&rules, &after, &visits, &who);
        prop_assert!(again.assigned.is_empty(), "{:?}", again.assigned);
        prop_assert_eq!(again.unfilled.len(), result.unfilled.len());
    }
}
