//! Scoring and star ratings as docs/architecture.md §4 defines them.

use ms_core::builtin::{citizen_quick_rating, shopper_customer_journey};
use ms_core::scoring::{duration_score, score};
use ms_core::template::{ChecklistTemplate, Condition, Item, ItemKind, Stage};
use ms_core::{Answer, AnswerValue, Face, IndexFigure, RatingConfig, Role, StarBand};
use std::collections::BTreeMap;

fn item(id: &str, kind: ItemKind, weight: f64) -> Item {
    Item {
        id: id.into(),
        label: id.into(),
        help: None,
        kind,
        weight,
        required: false,
        allow_na: true,
        photo_on_fail: false,
        comment_on_fail: false,
        show_if: None,
        action_on_fail: false,
    }
}

fn template(stages: Vec<Stage>) -> ChecklistTemplate {
    ChecklistTemplate {
        id: "t".into(),
        version: 1,
        audience: Role::Shopper,
        title: "t".into(),
        stages,
        texts: Default::default(),
        default_language: None,
    }
}

fn stage(id: &str, weight: f64, items: Vec<Item>) -> Stage {
    Stage { id: id.into(), title: id.into(), weight, items }
}

fn answers(pairs: &[(&str, AnswerValue)]) -> BTreeMap<String, Answer> {
    pairs.iter().map(|(k, v)| (k.to_string(), Answer { value: Some(v.clone()), ..Answer::default() })).collect()
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
fn a_single_choice_scores_its_option_and_is_unscored_without_scores() {
    let option = |id: &str, score| ms_core::template::ChoiceOption { id: id.into(), label: id.into(), score };
    let scored = vec![option("clean", Some(1.0)), option("fair", Some(0.25)), option("unrated", None)];
    let t = template(vec![stage(
        "s",
        1.0,
        vec![item("c", ItemKind::SingleChoice { options: scored }, 2.0), item("y", ItemKind::YesNo, 2.0)],
    )]);
    let s = score(&t, &answers(&[("c", AnswerValue::Choice("fair".into())), ("y", AnswerValue::Yes)]));
    assert!(close(s.percent, 62.5), "{:?}", s.percent);
    let s = score(&t, &answers(&[("c", AnswerValue::Choice("unrated".into())), ("y", AnswerValue::No)]));
    assert!(close(s.percent, 0.0), "an option without a score leaves the item out: {:?}", s.percent);
    assert_eq!(s.stages[0].scored_items, 1);
}

#[test]
fn yes_scores_one_no_scores_zero_weighted_by_item() {
    let t = template(vec![stage("s", 1.0, vec![item("a", ItemKind::YesNo, 3.0), item("b", ItemKind::YesNo, 1.0)])]);
    let s = score(&t, &answers(&[("a", AnswerValue::Yes), ("b", AnswerValue::No)]));
    assert!(close(s.percent, 75.0), "{:?}", s.percent);
}

#[test]
fn not_applicable_is_left_out_not_counted_as_zero() {
    let t = template(vec![stage("s", 1.0, vec![item("a", ItemKind::YesNo, 1.0), item("b", ItemKind::YesNo, 1.0)])]);
    let s = score(&t, &answers(&[("a", AnswerValue::Yes), ("b", AnswerValue::NotApplicable)]));
    assert!(close(s.percent, 100.0));
    assert_eq!(s.stages[0].scored_items, 1);
}

#[test]
fn scale_maps_one_to_five_onto_zero_to_one() {
    let t = template(vec![stage("s", 1.0, vec![item("a", ItemKind::Scale, 1.0)])]);
    for (v, want) in [(1, 0.0), (2, 25.0), (3, 50.0), (4, 75.0), (5, 100.0)] {
        assert!(close(score(&t, &answers(&[("a", AnswerValue::Scale(v))])).percent, want), "scale {v}");
    }
}

#[test]
fn duration_is_full_at_or_under_target_and_zero_at_twice_target() {
    assert_eq!(duration_score(5.0, 15.0), 1.0);
    assert_eq!(duration_score(15.0, 15.0), 1.0);
    assert!((duration_score(22.5, 15.0) - 0.5).abs() < 1e-9);
    assert_eq!(duration_score(30.0, 15.0), 0.0);
    assert_eq!(duration_score(45.0, 15.0), 0.0);
}

#[test]
fn hidden_items_do_not_score_even_when_answered() {
    let mut b = item("b", ItemKind::YesNo, 1.0);
    b.show_if = Some(Condition::Equals { item: "a".into(), value: AnswerValue::No });
    let t = template(vec![stage("s", 1.0, vec![item("a", ItemKind::YesNo, 1.0), b])]);
    // a = yes hides b, so b's "no" must not pull the score down.
    let s = score(&t, &answers(&[("a", AnswerValue::Yes), ("b", AnswerValue::No)]));
    assert!(close(s.percent, 100.0));
    let s = score(&t, &answers(&[("a", AnswerValue::No), ("b", AnswerValue::No)]));
    assert!(close(s.percent, 0.0));
}

#[test]
fn empty_stage_is_left_out_of_the_evaluation_mean() {
    let t = template(vec![
        stage("full", 1.0, vec![item("a", ItemKind::YesNo, 1.0)]),
        stage("empty", 5.0, vec![item("b", ItemKind::YesNo, 1.0)]),
        stage("none", 1.0, vec![]),
    ]);
    let s = score(&t, &answers(&[("a", AnswerValue::Yes)]));
    assert!(close(s.percent, 100.0));
    assert_eq!(s.stages[1].percent, None);
    assert_eq!(s.stages[2].percent, None);
}

#[test]
fn nothing_scored_means_no_percentage() {
    let t = template(vec![stage("s", 1.0, vec![item("a", ItemKind::YesNo, 1.0)])]);
    assert_eq!(score(&t, &answers(&[("a", AnswerValue::NotApplicable)])).percent, None);
}

#[test]
fn stages_are_weighted() {
    let t = template(vec![
        stage("s1", 3.0, vec![item("a", ItemKind::YesNo, 1.0)]),
        stage("s2", 1.0, vec![item("b", ItemKind::YesNo, 1.0)]),
    ]);
    let s = score(&t, &answers(&[("a", AnswerValue::Yes), ("b", AnswerValue::No)]));
    assert!(close(s.percent, 75.0));
}

#[test]
fn unhappy_citizen_scores_zero_and_happy_scores_full() {
    let t = citizen_quick_rating();
    assert!(close(score(&t, &answers(&[("face", AnswerValue::Face(Face::Happy))])).percent, 100.0));
    assert!(close(score(&t, &answers(&[("face", AnswerValue::Face(Face::Neutral))])).percent, 50.0));
    assert!(close(score(&t, &answers(&[("face", AnswerValue::Face(Face::Unhappy))])).percent, 0.0));
}

#[test]
fn shopper_waiting_over_target_lowers_the_waiting_stage() {
    let t = shopper_customer_journey();
    let s = score(&t, &answers(&[("waiting-time", AnswerValue::Minutes(22.5))]));
    let waiting = s.stages.iter().find(|s| s.stage_id == "waiting").and_then(|s| s.percent);
    assert!(close(waiting, 50.0), "{waiting:?}");
}

#[test]
fn star_bands_map_percentages_to_two_through_seven_stars() {
    let c = RatingConfig::default();
    assert_eq!(c.check(), Ok(()));
    assert_eq!(c.stars_for(100.0), 7);
    assert_eq!(c.stars_for(90.0), 7);
    assert_eq!(c.stars_for(89.99), 6);
    assert_eq!(c.stars_for(50.0), 3);
    assert_eq!(c.stars_for(49.9), 2);
    assert_eq!(c.stars_for(0.0), 2);
}

#[test]
fn customer_index_weighs_sixty_five_percent_by_default() {
    let c = RatingConfig::default();
    let customer = IndexFigure { percent: Some(100.0), count: 40 };
    let audit = IndexFigure { percent: Some(0.0), count: 3 };
    let r = c.rate(customer, audit);
    assert!(close(r.percent, 65.0));
    assert_eq!(r.stars, Some(4));
    assert_eq!((r.customer.count, r.audit.count), (40, 3));
}

#[test]
fn one_index_alone_stands_for_the_centre_and_none_gives_no_stars() {
    let c = RatingConfig::default();
    let r = c.rate(IndexFigure { percent: Some(81.0), count: 5 }, IndexFigure::default());
    assert_eq!((r.percent, r.stars, r.too_few), (Some(81.0), Some(6), false));
    let r = c.rate(IndexFigure::default(), IndexFigure { percent: Some(55.0), count: 1 });
    assert_eq!((r.percent, r.stars, r.too_few), (Some(55.0), Some(3), false));
    let r = c.rate(IndexFigure::default(), IndexFigure::default());
    assert_eq!((r.percent, r.stars, r.too_few), (None, None, false));
}

#[test]
fn too_few_evaluations_show_the_figure_without_stars() {
    let c = RatingConfig::default();
    let r = c.rate(IndexFigure { percent: Some(81.0), count: 4 }, IndexFigure::default());
    assert_eq!((r.percent, r.stars, r.too_few), (Some(81.0), None, true));
    let strict = RatingConfig { min_customer_count: 10, min_audit_count: 3, ..RatingConfig::default() };
    let r = strict.rate(IndexFigure { percent: Some(90.0), count: 9 }, IndexFigure { percent: Some(90.0), count: 2 });
    assert!(r.too_few && r.stars.is_none());
    let r = strict.rate(IndexFigure { percent: Some(90.0), count: 9 }, IndexFigure { percent: Some(90.0), count: 3 });
    assert_eq!(r.stars, Some(7));
    let zero = RatingConfig { min_audit_count: 0, ..RatingConfig::default() };
    assert!(zero.check().is_err());
    let over = RatingConfig { bands: vec![StarBand { min_percent: 120.0, stars: 7 }], ..RatingConfig::default() };
    assert!(over.check().is_err());
}

#[test]
fn bands_and_weight_are_configurable_and_checked() {
    let c = RatingConfig {
        customer_weight: 0.5,
        bands: vec![StarBand { min_percent: 75.0, stars: 7 }, StarBand { min_percent: 25.0, stars: 4 }],
        ..RatingConfig::default()
    };
    assert_eq!(c.check(), Ok(()));
    assert_eq!(c.stars_for(80.0), 7);
    assert_eq!(c.stars_for(30.0), 4);
    assert_eq!(c.stars_for(10.0), 2);
    let bad = RatingConfig { customer_weight: 1.5, ..RatingConfig::default() };
    assert!(bad.check().is_err());
    let unordered = RatingConfig {
        customer_weight: 0.5,
        bands: vec![StarBand { min_percent: 25.0, stars: 4 }, StarBand { min_percent: 75.0, stars: 7 }],
        ..RatingConfig::default()
    };
    assert!(unordered.check().is_err());
    let eight = RatingConfig {
        customer_weight: 0.5,
        bands: vec![StarBand { min_percent: 99.0, stars: 8 }],
        ..RatingConfig::default()
    };
    assert!(eight.check().is_err());
}

#[test]
fn index_figure_is_the_mean_of_scored_evaluations() {
    let f = IndexFigure::from_scores([Some(100.0), None, Some(50.0)]);
    assert_eq!(f.count, 2);
    assert!(close(f.percent, 75.0));
}
