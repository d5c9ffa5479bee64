//! The checklist engine, item kind by item kind and condition by condition:
//! which items show, what is still missing, and which answers fit their item.

use chrono::{Duration, TimeZone, Utc};
use ms_core::engine::{missing, progress, validate, visible_items};
use ms_core::template::{ChecklistTemplate, ChoiceOption, Condition, Item, ItemKind, Stage};
use ms_core::{Answer, AnswerValue, Evaluation, EvaluationId, Face, MissingKind, PhotoId, Role};
use std::collections::BTreeMap;

fn item(id: &str, kind: ItemKind) -> Item {
    Item {
        id: id.into(),
        label: id.into(),
        help: None,
        kind,
        weight: 1.0,
        required: true,
        allow_na: false,
        photo_on_fail: false,
        comment_on_fail: false,
        show_if: None,
        action_on_fail: false,
    }
}

fn options(ids: &[&str]) -> Vec<ChoiceOption> {
    ids.iter().map(|id| ChoiceOption { id: (*id).into(), label: (*id).into(), score: None }).collect()
}

fn template(items: Vec<Item>) -> ChecklistTemplate {
    let t = ChecklistTemplate {
        id: "t".into(),
        version: 3,
        audience: Role::Shopper,
        title: "t".into(),
        texts: Default::default(),
        default_language: None,
        stages: vec![Stage { id: "s".into(), title: "s".into(), weight: 1.0, items }],
    };
    assert_eq!(t.check(), Ok(()), "the test's template is itself valid");
    t
}

fn value(v: AnswerValue) -> Answer {
    Answer { value: Some(v), ..Answer::default() }
}

fn answers(pairs: Vec<(&str, Answer)>) -> BTreeMap<String, Answer> {
    pairs.into_iter().map(|(k, a)| (k.to_string(), a)).collect()
}

fn photo(n: u8) -> PhotoId {
    PhotoId::from_digest(&[n; 32])
}

fn evaluation(t: &ChecklistTemplate, answers: BTreeMap<String, Answer>) -> Evaluation {
    let start = Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).single().expect("date");
    Evaluation {
        id: EvaluationId::new(),
        revision: 1,
        template: t.reference(),
        centre_id: "c".into(),
        service_id: None,
        role: Role::Shopper,
        locale: "en".into(),
        visit_started_at: Some(start),
        visit_ended_at: Some(start + Duration::minutes(30)),
        check_in: None,
        answers,
        comment: None,
        employee: None,
        counter: None,
        photos: vec![],
        device_id: "device-1".into(),
        app_version: "1.0".into(),
        assignment_id: None,
    }
}

/// The code and field of the first thing `validate` refuses.
fn refusal(t: &ChecklistTemplate, e: &Evaluation) -> (&'static str, String) {
    let err = validate(t, e).expect_err("the evaluation is refused");
    (err.code.as_str(), err.field)
}

fn refusal_of_answer(kind: ItemKind, v: AnswerValue) -> (&'static str, String) {
    let t = template(vec![item("q", kind)]);
    refusal(&t, &evaluation(&t, answers(vec![("q", value(v))])))
}

fn accepts(kind: ItemKind, v: AnswerValue) -> bool {
    let t = template(vec![item("q", kind)]);
    validate(&t, &evaluation(&t, answers(vec![("q", value(v))]))).is_ok()
}

// ---- visibility -----------------------------------------------------------

fn gated(cond: Condition) -> ChecklistTemplate {
    let mut second = item("second", ItemKind::YesNo);
    second.show_if = Some(cond);
    template(vec![item("first", ItemKind::SingleChoice { options: options(&["a", "b", "c"]) }), second])
}

#[test]
fn an_item_without_a_condition_is_always_shown() {
    let t = template(vec![item("q", ItemKind::YesNo)]);
    assert!(visible_items(&t, &BTreeMap::new()).contains("q"));
}

#[test]
fn equals_shows_the_item_only_for_that_exact_answer() {
    let t = gated(Condition::Equals { item: "first".into(), value: AnswerValue::Choice("b".into()) });
    let with = |c: &str| visible_items(&t, &answers(vec![("first", value(AnswerValue::Choice(c.into())))]));
    assert!(with("b").contains("second"));
    assert!(!with("a").contains("second"));
    assert!(!visible_items(&t, &BTreeMap::new()).contains("second"), "unanswered satisfies nothing");
}

#[test]
fn any_of_shows_the_item_for_each_listed_answer() {
    let values = vec![AnswerValue::Choice("a".into()), AnswerValue::Choice("c".into())];
    let t = gated(Condition::AnyOf { item: "first".into(), values });
    let with = |c: &str| visible_items(&t, &answers(vec![("first", value(AnswerValue::Choice(c.into())))]));
    assert!(with("a").contains("second"));
    assert!(with("c").contains("second"));
    assert!(!with("b").contains("second"));
}

#[test]
fn answered_shows_the_item_once_anything_is_answered() {
    let t = gated(Condition::Answered { item: "first".into() });
    assert!(!visible_items(&t, &BTreeMap::new()).contains("second"));
    let only_a_comment = Answer { comment: Some("no value".into()), ..Answer::default() };
    assert!(!visible_items(&t, &answers(vec![("first", only_a_comment)])).contains("second"));
    assert!(visible_items(&t, &answers(vec![("first", value(AnswerValue::Choice("a".into())))])).contains("second"));
}

#[test]
fn not_equals_and_selected_need_an_answer_and_not_holds_without_one() {
    let choose = |c: &str| answers(vec![("first", value(AnswerValue::Choice(c.into())))]);
    let shown = |cond: Condition, a: &BTreeMap<String, Answer>| visible_items(&gated(cond), a).contains("second");
    let not_b = || Condition::NotEquals { item: "first".into(), value: AnswerValue::Choice("b".into()) };
    assert!(shown(not_b(), &choose("a")));
    assert!(!shown(not_b(), &choose("b")));
    assert!(!shown(not_b(), &BTreeMap::new()), "unanswered satisfies no comparison");
    let selected_b = || Condition::Selected { item: "first".into(), choice: "b".into() };
    assert!(shown(selected_b(), &choose("b")));
    assert!(!shown(selected_b(), &choose("a")));
    let not = Condition::Not { not: Box::new(selected_b()) };
    assert!(shown(not.clone(), &BTreeMap::new()), "not turns an unanswered item's nothing round");
    assert!(!shown(not, &choose("b")));
}

#[test]
fn selected_finds_a_choice_among_several() {
    let mut second = item("second", ItemKind::YesNo);
    second.show_if = Some(Condition::Selected { item: "first".into(), choice: "c".into() });
    let t = template(vec![item("first", ItemKind::MultiChoice { options: options(&["a", "b", "c"]) }), second]);
    let with = |cs: &[&str]| {
        let value = value(AnswerValue::Choices(cs.iter().map(|c| (*c).to_owned()).collect()));
        visible_items(&t, &answers(vec![("first", value)])).contains("second")
    };
    assert!(with(&["a", "c"]));
    assert!(!with(&["a", "b"]));
}

#[test]
fn all_any_and_not_combine_conditions() {
    let is = |c: &str| Condition::Equals { item: "first".into(), value: AnswerValue::Choice(c.into()) };
    let answered = || Condition::Answered { item: "first".into() };
    let choose = |c: &str| answers(vec![("first", value(AnswerValue::Choice(c.into())))]);
    let shown = |cond: &Condition, c: &str| visible_items(&gated(cond.clone()), &choose(c)).contains("second");
    let any = Condition::Any { any: vec![is("a"), is("c")] };
    assert!(shown(&any, "a") && shown(&any, "c") && !shown(&any, "b"));
    let all = Condition::All { all: vec![answered(), Condition::Not { not: Box::new(is("b")) }] };
    assert!(shown(&all, "a") && !shown(&all, "b"));
    assert!(!visible_items(&gated(all), &BTreeMap::new()).contains("second"));
}

#[test]
fn the_template_check_refuses_a_later_item_inside_a_combination_and_a_list_of_one() {
    let mut first = item("first", ItemKind::YesNo);
    first.show_if = Some(Condition::Any {
        any: vec![
            Condition::Answered { item: "first".into() },
            Condition::Not { not: Box::new(Condition::Answered { item: "second".into() }) },
        ],
    });
    let stage =
        Stage { id: "s".into(), title: "s".into(), weight: 1.0, items: vec![first, item("second", ItemKind::YesNo)] };
    let t = ChecklistTemplate {
        id: "t".into(),
        version: 1,
        audience: Role::Shopper,
        title: "t".into(),
        texts: Default::default(),
        default_language: None,
        stages: vec![stage],
    };
    assert!(t.check().is_err_and(|e| e.contains("'first', which is not an earlier item")));
    let mut second = item("second", ItemKind::YesNo);
    second.show_if = Some(Condition::All { all: vec![Condition::Answered { item: "first".into() }] });
    let mut one = t.clone();
    one.stages[0].items = vec![item("first", ItemKind::YesNo), second];
    assert!(one.check().is_err_and(|e| e.contains("fewer than two")));
}

#[test]
fn an_item_gated_on_a_hidden_item_stays_hidden_even_if_that_item_was_answered() {
    let mut middle = item("middle", ItemKind::YesNo);
    middle.show_if = Some(Condition::Equals { item: "first".into(), value: AnswerValue::Yes });
    let mut last = item("last", ItemKind::YesNo);
    last.show_if = Some(Condition::Answered { item: "middle".into() });
    let t = template(vec![item("first", ItemKind::YesNo), middle, last]);
    // "middle" was answered while shown, then "first" changed to No.
    let a = answers(vec![("first", value(AnswerValue::No)), ("middle", value(AnswerValue::Yes))]);
    let visible = visible_items(&t, &a);
    assert!(!visible.contains("middle") && !visible.contains("last"), "{visible:?}");
    assert!(missing(&t, &a).is_empty(), "hidden required items are not missing");
}

#[test]
fn a_condition_on_a_later_item_is_refused_by_the_template_check() {
    let mut first = item("first", ItemKind::YesNo);
    first.show_if = Some(Condition::Answered { item: "second".into() });
    let t = ChecklistTemplate {
        id: "t".into(),
        version: 1,
        audience: Role::Shopper,
        title: "t".into(),
        texts: Default::default(),
        default_language: None,
        stages: vec![Stage {
            id: "s".into(),
            title: "s".into(),
            weight: 1.0,
            items: vec![first, item("second", ItemKind::YesNo)],
        }],
    };
    assert!(t.check().is_err_and(|e| e.contains("not an earlier item")));
}

// ---- what is missing ------------------------------------------------------

#[test]
fn a_required_unanswered_item_is_missing_and_an_optional_one_is_not() {
    let mut optional = item("optional", ItemKind::Scale);
    optional.required = false;
    let t = template(vec![item("required", ItemKind::Scale), optional]);
    let m = missing(&t, &BTreeMap::new());
    assert_eq!(m.len(), 1);
    assert_eq!((m[0].item_id.as_str(), m[0].kind, m[0].stage_id.as_str()), ("required", MissingKind::Answer, "s"));
}

#[test]
fn blank_text_and_an_empty_choice_list_count_as_unanswered() {
    let t = template(vec![
        item("text", ItemKind::Text { max_len: 50 }),
        item("many", ItemKind::MultiChoice { options: options(&["a"]) }),
    ]);
    let a = answers(vec![
        ("text", value(AnswerValue::Text("  \n ".into()))),
        ("many", value(AnswerValue::Choices(vec![]))),
    ]);
    let ids: Vec<_> = missing(&t, &a).into_iter().map(|m| m.item_id).collect();
    assert_eq!(ids, ["text", "many"]);
}

#[test]
fn a_photo_item_is_answered_by_its_photos_not_by_a_value() {
    let t = template(vec![item("p", ItemKind::Photo { max_photos: 2 })]);
    assert_eq!(missing(&t, &BTreeMap::new()).len(), 1);
    let with_photo = Answer { photos: vec![photo(1)], ..Answer::default() };
    assert!(missing(&t, &answers(vec![("p", with_photo)])).is_empty());
}

#[test]
fn each_kind_fails_where_evidence_is_asked() {
    let cases = [
        (ItemKind::YesNo, AnswerValue::No, true),
        (ItemKind::YesNo, AnswerValue::Yes, false),
        (ItemKind::Scale, AnswerValue::Scale(2), true),
        (ItemKind::Scale, AnswerValue::Scale(3), false),
        (ItemKind::Face, AnswerValue::Face(Face::Unhappy), true),
        (ItemKind::Face, AnswerValue::Face(Face::Neutral), false),
        (ItemKind::Duration { target_minutes: 10.0 }, AnswerValue::Minutes(10.5), true),
        (ItemKind::Duration { target_minutes: 10.0 }, AnswerValue::Minutes(10.0), false),
        (ItemKind::Number { min: None, max: None }, AnswerValue::Number(0.0), false),
        (ItemKind::SingleChoice { options: options(&["a"]) }, AnswerValue::Choice("a".into()), false),
    ];
    for (kind, v, fails) in cases {
        let mut q = item("q", kind.clone());
        q.photo_on_fail = true;
        q.comment_on_fail = true;
        q.allow_na = true;
        let t = template(vec![q]);
        let kinds: Vec<_> = missing(&t, &answers(vec![("q", value(v.clone()))])).into_iter().map(|m| m.kind).collect();
        let expected = if fails { vec![MissingKind::Photo, MissingKind::Comment] } else { vec![] };
        assert_eq!(kinds, expected, "{kind:?} answered {v:?}");
        // Not applicable never fails.
        assert!(missing(&t, &answers(vec![("q", value(AnswerValue::NotApplicable))])).is_empty());
    }
}

#[test]
fn evidence_given_satisfies_the_failing_answer_but_a_blank_comment_does_not() {
    let mut q = item("q", ItemKind::YesNo);
    q.photo_on_fail = true;
    q.comment_on_fail = true;
    let t = template(vec![q]);
    let blank = Answer { value: Some(AnswerValue::No), comment: Some("   ".into()), photos: vec![photo(1)] };
    let kinds: Vec<_> = missing(&t, &answers(vec![("q", blank)])).into_iter().map(|m| m.kind).collect();
    assert_eq!(kinds, [MissingKind::Comment]);
    let full = Answer { value: Some(AnswerValue::No), comment: Some("dirty floor".into()), photos: vec![photo(1)] };
    assert!(missing(&t, &answers(vec![("q", full)])).is_empty());
}

#[test]
fn progress_counts_visible_required_items_only() {
    let mut optional = item("optional", ItemKind::YesNo);
    optional.required = false;
    let mut gated = item("gated", ItemKind::YesNo);
    gated.show_if = Some(Condition::Equals { item: "a".into(), value: AnswerValue::No });
    let t = template(vec![item("a", ItemKind::YesNo), item("b", ItemKind::YesNo), optional, gated]);
    assert_eq!(progress(&t, &BTreeMap::new()), 0.0);
    assert_eq!(progress(&t, &answers(vec![("a", value(AnswerValue::Yes))])), 0.5);
    // Answering "a" with No shows "gated": one of three is done.
    let p = progress(&t, &answers(vec![("a", value(AnswerValue::No))]));
    assert!((p - 1.0 / 3.0).abs() < 1e-12, "{p}");
    let only_optional = template(vec![optional_item()]);
    assert_eq!(progress(&only_optional, &BTreeMap::new()), 1.0);
}

fn optional_item() -> Item {
    let mut i = item("o", ItemKind::YesNo);
    i.required = false;
    i
}

// ---- validation, kind by kind --------------------------------------------

#[test]
fn yes_no_takes_yes_or_no() {
    assert!(accepts(ItemKind::YesNo, AnswerValue::Yes));
    assert!(accepts(ItemKind::YesNo, AnswerValue::No));
    assert_eq!(refusal_of_answer(ItemKind::YesNo, AnswerValue::Scale(3)), ("wrong_kind", "answers.q.value".into()));
}

#[test]
fn scale_takes_one_to_five() {
    for v in 1..=5 {
        assert!(accepts(ItemKind::Scale, AnswerValue::Scale(v)), "{v}");
    }
    for v in [0, 6, 255] {
        assert_eq!(refusal_of_answer(ItemKind::Scale, AnswerValue::Scale(v)).0, "invalid_value", "{v}");
    }
    assert_eq!(refusal_of_answer(ItemKind::Scale, AnswerValue::Yes).0, "wrong_kind");
}

#[test]
fn face_takes_any_of_the_three_faces() {
    for f in [Face::Happy, Face::Neutral, Face::Unhappy] {
        assert!(accepts(ItemKind::Face, AnswerValue::Face(f)));
    }
    assert_eq!(refusal_of_answer(ItemKind::Face, AnswerValue::Number(1.0)).0, "wrong_kind");
}

#[test]
fn duration_takes_minutes_within_a_day() {
    let kind = ItemKind::Duration { target_minutes: 15.0 };
    assert!(accepts(kind.clone(), AnswerValue::Minutes(0.0)));
    assert!(accepts(kind.clone(), AnswerValue::Minutes(1440.0)));
    for m in [-1.0, 1440.5, f64::NAN, f64::INFINITY] {
        assert_eq!(refusal_of_answer(kind.clone(), AnswerValue::Minutes(m)).0, "invalid_value", "{m}");
    }
    assert_eq!(refusal_of_answer(kind, AnswerValue::Number(3.0)).0, "wrong_kind");
}

#[test]
fn single_choice_takes_one_of_its_options() {
    let kind = ItemKind::SingleChoice { options: options(&["a", "b"]) };
    assert!(accepts(kind.clone(), AnswerValue::Choice("b".into())));
    assert_eq!(refusal_of_answer(kind.clone(), AnswerValue::Choice("z".into())).0, "invalid_value");
    assert_eq!(refusal_of_answer(kind, AnswerValue::Choices(vec!["a".into()])).0, "wrong_kind");
}

#[test]
fn multi_choice_takes_distinct_options() {
    let kind = ItemKind::MultiChoice { options: options(&["a", "b"]) };
    assert!(accepts(kind.clone(), AnswerValue::Choices(vec!["a".into(), "b".into()])));
    assert_eq!(refusal_of_answer(kind.clone(), AnswerValue::Choices(vec!["a".into(), "z".into()])).0, "invalid_value");
    assert_eq!(refusal_of_answer(kind.clone(), AnswerValue::Choices(vec!["a".into(), "a".into()])).0, "invalid_value");
    assert_eq!(refusal_of_answer(kind, AnswerValue::Choice("a".into())).0, "wrong_kind");
}

#[test]
fn number_takes_finite_values_within_its_bounds() {
    let kind = ItemKind::Number { min: Some(0.0), max: Some(10.0) };
    assert!(accepts(kind.clone(), AnswerValue::Number(0.0)));
    assert!(accepts(kind.clone(), AnswerValue::Number(10.0)));
    for n in [-0.1, 10.1, f64::NAN] {
        assert_eq!(refusal_of_answer(kind.clone(), AnswerValue::Number(n)).0, "invalid_value", "{n}");
    }
    assert!(accepts(ItemKind::Number { min: None, max: None }, AnswerValue::Number(-1e9)));
    assert_eq!(refusal_of_answer(kind, AnswerValue::Text("3".into())).0, "wrong_kind");
}

#[test]
fn text_takes_up_to_its_length_counted_in_characters() {
    let kind = ItemKind::Text { max_len: 3 };
    assert!(accepts(kind.clone(), AnswerValue::Text("مرحب".chars().take(3).collect())));
    assert_eq!(refusal_of_answer(kind.clone(), AnswerValue::Text("abcd".into())).0, "invalid_value");
    assert_eq!(refusal_of_answer(kind, AnswerValue::Yes).0, "wrong_kind");
}

#[test]
fn a_photo_item_refuses_a_value_and_too_many_photos() {
    let kind = ItemKind::Photo { max_photos: 1 };
    assert_eq!(refusal_of_answer(kind.clone(), AnswerValue::Yes), ("wrong_kind", "answers.q.value".into()));
    let t = template(vec![item("q", kind)]);
    let two = Answer { photos: vec![photo(1), photo(2)], ..Answer::default() };
    assert_eq!(refusal(&t, &evaluation(&t, answers(vec![("q", two)]))), ("invalid_value", "answers.q.photos".into()));
}

#[test]
fn not_applicable_only_where_the_item_allows_it() {
    let t = template(vec![item("q", ItemKind::YesNo)]);
    let e = evaluation(&t, answers(vec![("q", value(AnswerValue::NotApplicable))]));
    assert_eq!(refusal(&t, &e), ("invalid_value", "answers.q.value".into()));
    let mut q = item("q", ItemKind::YesNo);
    q.allow_na = true;
    let t = template(vec![q]);
    assert!(validate(&t, &evaluation(&t, answers(vec![("q", value(AnswerValue::NotApplicable))]))).is_ok());
}

// ---- validation of the evaluation as a whole -------------------------------

#[test]
fn the_evaluation_must_name_its_template_version_and_fit_its_audience() {
    let t = template(vec![optional_item()]);
    let mut e = evaluation(&t, BTreeMap::new());
    e.template.version = 2;
    assert_eq!(refusal(&t, &e), ("template_mismatch", "template".into()));
    let mut e = evaluation(&t, BTreeMap::new());
    e.role = Role::Citizen;
    assert_eq!(refusal(&t, &e), ("invalid_role", "role".into()));
}

/// One change to an otherwise valid evaluation.
type Change = Box<dyn Fn(&mut Evaluation)>;

#[test]
fn unknown_items_missing_answers_and_bad_fields_are_named() {
    let t = template(vec![item("q", ItemKind::YesNo)]);
    let e = evaluation(&t, answers(vec![("q", value(AnswerValue::Yes)), ("nope", value(AnswerValue::Yes))]));
    assert_eq!(refusal(&t, &e), ("unknown_item", "answers.nope".into()));
    assert_eq!(refusal(&t, &evaluation(&t, BTreeMap::new())), ("missing_answer", "answers.q".into()));

    let ok = || evaluation(&t, answers(vec![("q", value(AnswerValue::Yes))]));
    assert!(validate(&t, &ok()).is_ok());
    let cases: Vec<(Change, &str, &str)> = vec![
        (Box::new(|e| e.revision = 0), "invalid_value", "revision"),
        (Box::new(|e| e.locale = "zz".into()), "unknown_locale", "locale"),
        (Box::new(|e| e.device_id = " ".into()), "invalid_value", "device_id"),
        (Box::new(|e| e.comment = Some("x".repeat(2001))), "too_long", "comment"),
        (Box::new(|e| e.employee = Some("x".repeat(121))), "too_long", "employee"),
        (Box::new(|e| e.counter = Some("x".repeat(41))), "too_long", "counter"),
        (Box::new(|e| e.counter = Some("Desk\u{7}3".into())), "invalid_value", "counter"),
        (Box::new(|e| e.counter = Some(" ".into())), "invalid_value", "counter"),
        (
            Box::new(|e| e.visit_ended_at = e.visit_started_at.map(|s| s - Duration::minutes(1))),
            "invalid_value",
            "visit_ended_at",
        ),
        (Box::new(|e| e.photos = (0..11).map(photo).collect()), "invalid_value", "photos"),
        (
            Box::new(|e| {
                if let Some(a) = e.answers.get_mut("q") {
                    a.comment = Some("y".repeat(2001));
                }
            }),
            "too_long",
            "answers.q.comment",
        ),
    ];
    for (change, code, field) in cases {
        let mut e = ok();
        change(&mut e);
        assert_eq!(refusal(&t, &e), (code, field.to_string()));
    }
}

#[test]
fn the_first_missing_evidence_is_named_with_its_own_code() {
    let mut q = item("q", ItemKind::YesNo);
    q.photo_on_fail = true;
    let t = template(vec![q]);
    assert_eq!(
        refusal(&t, &evaluation(&t, answers(vec![("q", value(AnswerValue::No))]))),
        ("missing_photo", "answers.q".into())
    );
    let mut q = item("q", ItemKind::YesNo);
    q.comment_on_fail = true;
    let t = template(vec![q]);
    assert_eq!(
        refusal(&t, &evaluation(&t, answers(vec![("q", value(AnswerValue::No))]))),
        ("missing_comment", "answers.q".into())
    );
}
