//! What an evaluation adds to the figures, and how sums become a report.

use chrono::NaiveDate;
use ms_core::builtin::{citizen_quick_rating, shopper_customer_journey};
use ms_core::stats::{
    counter_face_key, counts_in_figures, facts, league, normalise_employee, report, split_counter_face_key, FactKind,
    Granularity, Period, Sums,
};
use ms_core::{Answer, AnswerValue, Evaluation, EvaluationId, Face, RatingConfig, ReviewStatus, Role};
use std::collections::BTreeMap;

fn evaluation(role: Role, answers: &[(&str, AnswerValue)]) -> Evaluation {
    let template = if role == Role::Citizen { citizen_quick_rating() } else { shopper_customer_journey() };
    Evaluation {
        id: EvaluationId::new(),
        revision: 1,
        template: template.reference(),
        centre_id: "c".into(),
        service_id: None,
        role,
        locale: "en".into(),
        visit_started_at: None,
        visit_ended_at: None,
        check_in: None,
        answers: answers
            .iter()
            .map(|(k, v)| ((*k).to_owned(), Answer { value: Some(v.clone()), ..Answer::default() }))
            .collect::<BTreeMap<_, _>>(),
        comment: None,
        employee: None,
        counter: None,
        photos: vec![],
        device_id: "d".into(),
        app_version: "t".into(),
        assignment_id: None,
    }
}

fn of(facts: &[ms_core::stats::Fact], kind: FactKind) -> Vec<(String, f64)> {
    facts.iter().filter(|f| f.kind == kind).map(|f| (f.key.clone(), f.value)).collect()
}

#[test]
fn a_citizen_adds_its_score_face_reasons_and_answered_items() {
    let ev = evaluation(
        Role::Citizen,
        &[
            ("face", AnswerValue::Face(Face::Neutral)),
            ("reasons", AnswerValue::Choices(vec!["fees".into(), "reception".into()])),
            ("found-easily", AnswerValue::No),
            ("staff-helpful", AnswerValue::NotApplicable),
        ],
    );
    let f = facts(&citizen_quick_rating(), &ev);
    // rating stage 50 (weight 2), journey 0 (weight 1): 100/3.
    let customer = of(&f, FactKind::Customer);
    assert_eq!(customer.len(), 1);
    assert!((customer[0].1 - 100.0 / 3.0).abs() < 1e-9);
    assert!(of(&f, FactKind::Audit).is_empty());
    assert_eq!(of(&f, FactKind::Face), [("neutral".to_owned(), 1.0)]);
    assert_eq!(of(&f, FactKind::Reason), [("fees".to_owned(), 1.0), ("reception".to_owned(), 1.0)]);
    assert_eq!(
        of(&f, FactKind::Item),
        [("face".to_owned(), 50.0), ("found-easily".to_owned(), 0.0)],
        "N/A adds nothing"
    );
    assert_eq!(of(&f, FactKind::Stage), [("rating".to_owned(), 50.0), ("journey".to_owned(), 0.0)]);
}

#[test]
fn a_happy_citizens_hidden_reasons_add_nothing() {
    let ev = evaluation(
        Role::Citizen,
        &[("face", AnswerValue::Face(Face::Happy)), ("reasons", AnswerValue::Choices(vec!["fees".into()]))],
    );
    let f = facts(&citizen_quick_rating(), &ev);
    assert!(of(&f, FactKind::Reason).is_empty());
    assert_eq!(of(&f, FactKind::Face), [("happy".to_owned(), 1.0)]);
    assert_eq!(of(&f, FactKind::Customer), [(String::new(), 100.0)]);
}

#[test]
fn a_shopper_adds_the_audit_index_and_the_employee_named() {
    let mut ev = evaluation(Role::Shopper, &[("greeted-guided", AnswerValue::No), ("thanked", AnswerValue::Yes)]);
    ev.employee = Some("  Desk\t4 ".into());
    let f = facts(&shopper_customer_journey(), &ev);
    let audit = of(&f, FactKind::Audit);
    // reception 0 (weight 1) and exit 100 (weight 1): 50.
    assert_eq!(audit, [(String::new(), 50.0)]);
    assert_eq!(of(&f, FactKind::Employee), [("desk 4".to_owned(), 50.0)]);
    assert!(of(&f, FactKind::Face).is_empty(), "only citizens' faces are happiness");
    assert_eq!(normalise_employee("   "), None);
    assert_eq!(normalise_employee(" AMAL  Hassan"), Some("amal hassan".to_owned()));
}

#[test]
fn citizens_count_unless_rejected_audits_only_once_approved() {
    use ReviewStatus::*;
    for s in [Received, Approved, HasIssues, Returned] {
        assert!(counts_in_figures(Role::Citizen, s));
    }
    assert!(!counts_in_figures(Role::Citizen, Rejected));
    for s in [Received, HasIssues, Rejected, Returned] {
        assert!(!counts_in_figures(Role::Shopper, s));
    }
    assert!(counts_in_figures(Role::Shopper, Approved));
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("day")
}

#[test]
fn the_trend_has_every_week_of_the_period_and_skips_what_is_outside() {
    let period = Period { from: day("2026-11-02"), to: day("2026-11-22") };
    let daily = vec![
        (day("2026-11-03"), FactKind::Customer, Sums { total: 160.0, count: 2 }),
        (day("2026-11-04"), FactKind::Audit, Sums { total: 60.0, count: 1 }),
        (day("2026-11-20"), FactKind::Customer, Sums { total: 50.0, count: 1 }),
        (day("2026-11-30"), FactKind::Customer, Sums { total: 0.0, count: 9 }),
    ];
    let r = report(&RatingConfig::default(), &Vec::new(), &daily, &period, Granularity::Week);
    let labels: Vec<&str> = r.trend.iter().map(|p| p.period.as_str()).collect();
    assert_eq!(labels, ["2026-W45", "2026-W46", "2026-W47"]);
    assert_eq!(r.trend[0].count, 3);
    assert_eq!((r.trend[0].customer, r.trend[0].audit), (Some(80.0), Some(60.0)));
    assert!((r.trend[0].percent.unwrap_or_default() - (80.0 * 0.65 + 60.0 * 0.35)).abs() < 1e-9);
    assert_eq!((r.trend[1].count, r.trend[1].percent), (0, None));
    assert_eq!(r.trend[2].percent, Some(50.0));
    let months = report(&RatingConfig::default(), &Vec::new(), &daily, &period, Granularity::Month);
    assert_eq!(months.trend.len(), 1);
    assert_eq!(months.trend[0].period, "2026-11");
    assert_eq!(period.default_granularity(), Granularity::Week);
    assert!(Period::new(Some(day("2026-11-02")), Some(day("2026-11-01")), day("2026-11-30")).is_err());
    let default = Period::new(None, None, day("2026-11-30")).expect("a year");
    assert_eq!((default.days(), default.default_granularity()), (365, Granularity::Month));
}

#[test]
fn the_league_puts_equal_figures_on_one_rank_and_empty_centres_last() {
    let centres: Vec<(String, String)> =
        ["a", "b", "c", "d"].iter().map(|c| ((*c).to_owned(), "e".to_owned())).collect();
    let s = |total, count| Sums { total, count };
    let sums = vec![
        ("b".to_owned(), FactKind::Customer, s(450.0, 5)),
        ("c".to_owned(), FactKind::Audit, s(90.0, 1)),
        ("d".to_owned(), FactKind::Customer, s(400.0, 5)),
        ("d".to_owned(), FactKind::Audit, s(80.0, 1)),
    ];
    let rows = league(&RatingConfig::default(), &centres, &sums);
    let order: Vec<(&str, Option<u32>)> = rows.iter().map(|r| (r.centre_id.as_str(), r.rank)).collect();
    assert_eq!(order, [("b", Some(1)), ("c", Some(1)), ("d", Some(3)), ("a", None)]);
    assert_eq!(rows[0].rating.stars, Some(7));
}

#[test]
fn only_admins_set_how_figures_become_stars() {
    use ms_core::wire::UserRole;
    let who: Vec<bool> = UserRole::ALL.iter().map(|r| r.configures_ratings()).collect();
    assert_eq!(who, [false, false, false, true], "shopper, supervisor, centre manager, admin");
}

#[test]
fn a_status_change_moves_facts_only_when_counting_starts_or_stops() {
    use ms_core::stats::count_change;
    use ms_core::{ReviewStatus as S, Role};
    assert_eq!(count_change(Role::Shopper, S::Received, S::Approved), Some(1));
    assert_eq!(count_change(Role::Shopper, S::Approved, S::Returned), Some(-1));
    assert_eq!(count_change(Role::Shopper, S::Received, S::HasIssues), None);
    assert_eq!(count_change(Role::Citizen, S::Received, S::Approved), None, "a citizen counts from the start");
    assert_eq!(count_change(Role::Citizen, S::Approved, S::Rejected), Some(-1));
}

/// Adds up facts as a backend does: one sum per kind and key.
fn add_up(all: &[Vec<ms_core::stats::Fact>]) -> Vec<(FactKind, String, Sums)> {
    let mut sums: BTreeMap<(FactKind, String), Sums> = BTreeMap::new();
    for f in all.iter().flatten() {
        sums.entry((f.kind, f.key.clone())).or_default().add(Sums { total: f.value, count: 1 });
    }
    sums.into_iter().map(|((k, key), s)| (k, key, s)).collect()
}

#[test]
fn a_citizen_at_a_counter_adds_its_score_and_face_under_the_counter() {
    let mut ev = evaluation(Role::Citizen, &[("face", AnswerValue::Face(Face::Unhappy))]);
    ev.counter = Some("Desk 3".into());
    let f = facts(&citizen_quick_rating(), &ev);
    assert_eq!(of(&f, FactKind::Counter), [("Desk 3".to_owned(), 0.0)]);
    assert_eq!(of(&f, FactKind::CounterFace), [(counter_face_key("unhappy", "Desk 3"), 1.0)]);
    assert_eq!(split_counter_face_key(&counter_face_key("happy", "Desk: 3")), Some(("happy", "Desk: 3")));

    let without = evaluation(Role::Citizen, &[("face", AnswerValue::Face(Face::Happy))]);
    let f = facts(&citizen_quick_rating(), &without);
    assert!(of(&f, FactKind::Counter).is_empty() && of(&f, FactKind::CounterFace).is_empty());

    let mut shopper = evaluation(Role::Shopper, &[("greeted-guided", AnswerValue::No), ("thanked", AnswerValue::Yes)]);
    shopper.counter = Some("Desk 3".into());
    let f = facts(&shopper_customer_journey(), &shopper);
    assert!(of(&f, FactKind::Counter).is_empty(), "counters are of citizens' ratings");
}

#[test]
fn the_report_breaks_citizens_ratings_down_by_counter_the_most_rated_first() {
    let t = citizen_quick_rating();
    let rated = |face: Face, counter: Option<&str>| {
        let mut ev = evaluation(Role::Citizen, &[("face", AnswerValue::Face(face))]);
        ev.counter = counter.map(str::to_owned);
        facts(&t, &ev)
    };
    let totals = add_up(&[
        rated(Face::Happy, Some("Desk 3")),
        rated(Face::Unhappy, Some("Desk 3")),
        rated(Face::Neutral, Some("Desk 3")),
        rated(Face::Happy, Some("Window A")),
        rated(Face::Unhappy, None),
        rated(Face::Unhappy, None),
    ]);
    let period = Period { from: day("2026-11-01"), to: day("2026-11-30") };
    let r = report(&RatingConfig::default(), &totals, &Vec::new(), &period, Granularity::Week);
    let rows: Vec<(&str, u64, u64, u64, u64)> =
        r.counters.iter().map(|c| (c.label.as_str(), c.ratings, c.happy, c.neutral, c.unhappy)).collect();
    assert_eq!(rows, [("Desk 3", 3, 1, 1, 1), ("Window A", 1, 1, 0, 0)], "ratings without a counter are no row");
    // The face is two thirds of the score (rating stage weight 2, journey unanswered).
    assert!((r.counters[0].percent - 50.0).abs() < 1e-9, "{}", r.counters[0].percent);
    assert_eq!(r.counters[1].percent, 100.0);
    assert_eq!(r.rating.customer.count, 6, "the customer index still counts every rating");

    let empty = report(&RatingConfig::default(), &Vec::new(), &Vec::new(), &period, Granularity::Week);
    assert!(empty.counters.is_empty());
    let old: ms_core::stats::PerformanceReport = serde_json::from_value({
        let mut v = serde_json::to_value(&empty).expect("json");
        v.as_object_mut().map(|o| o.remove("counters"));
        v
    })
    .expect("a report from before counters still reads");
    assert!(old.counters.is_empty());
}
