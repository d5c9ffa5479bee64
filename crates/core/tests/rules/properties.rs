//! Properties that hold for any checklist and any answers, and for any bytes
//! that reach the wire types: nothing panics, figures stay in range, and
//! whatever is written can be read back unchanged.

use chrono::{DateTime, Utc};
use ms_core::engine::{missing, progress, validate, visible_items};
use ms_core::scoring::score;
use ms_core::template::{ChecklistTemplate, ChoiceOption, Condition, Item, ItemKind, Stage, TemplateRef};
use ms_core::wire::{ErrorBody, SignIn};
use ms_core::{Answer, AnswerValue, CheckIn, Evaluation, EvaluationId, Face, PhotoId, Role};
use proptest::prelude::*;
use std::collections::BTreeMap;

const CHOICES: [&str; 3] = ["a", "b", "c"];

fn face() -> impl Strategy<Value = Face> {
    prop_oneof![Just(Face::Happy), Just(Face::Neutral), Just(Face::Unhappy)]
}

fn choice() -> impl Strategy<Value = String> {
    prop_oneof![proptest::sample::select(&CHOICES[..]).prop_map(String::from), "[a-z]{0,3}"]
}

/// Any answer value, including ones that fit no item; finite numbers only
/// where the value must survive JSON (which has no NaN).
fn answer_value(finite: bool) -> BoxedStrategy<AnswerValue> {
    let number = if finite {
        prop_oneof![-1e6..1e6f64, Just(0.0), Just(1440.0)].boxed()
    } else {
        prop_oneof![any::<f64>(), Just(f64::NAN), Just(f64::INFINITY)].boxed()
    };
    prop_oneof![
        Just(AnswerValue::Yes),
        Just(AnswerValue::No),
        Just(AnswerValue::NotApplicable),
        any::<u8>().prop_map(AnswerValue::Scale),
        (1u8..=5).prop_map(AnswerValue::Scale),
        face().prop_map(AnswerValue::Face),
        number.clone().prop_map(AnswerValue::Minutes),
        choice().prop_map(AnswerValue::Choice),
        proptest::collection::vec(choice(), 0..4).prop_map(AnswerValue::Choices),
        number.prop_map(AnswerValue::Number),
        ".{0,12}".prop_map(AnswerValue::Text),
    ]
    .boxed()
}

fn item_kind() -> impl Strategy<Value = ItemKind> {
    let opts = || {
        CHOICES.iter().map(|c| ChoiceOption { id: (*c).into(), label: (*c).into(), score: None }).collect::<Vec<_>>()
    };
    prop_oneof![
        Just(ItemKind::YesNo),
        Just(ItemKind::Scale),
        Just(ItemKind::Face),
        (0.5..60.0f64).prop_map(|t| ItemKind::Duration { target_minutes: t }),
        Just(ItemKind::SingleChoice { options: opts() }),
        Just(ItemKind::MultiChoice { options: opts() }),
        (proptest::option::of(-10.0..0.0f64), proptest::option::of(0.0..10.0f64))
            .prop_map(|(min, max)| ItemKind::Number { min, max }),
        (0u32..20).prop_map(|max_len| ItemKind::Text { max_len }),
        (0u32..3).prop_map(|max_photos| ItemKind::Photo { max_photos }),
    ]
}

/// The shape of one item; its condition, if any, picks an earlier item by index.
type ItemShape = (ItemKind, f64, [bool; 4], Option<(usize, u8, AnswerValue)>);

fn item_shape() -> impl Strategy<Value = ItemShape> {
    (item_kind(), 0.0..3.0f64, any::<[bool; 4]>(), proptest::option::of((any::<usize>(), 0u8..3, answer_value(true))))
}

/// A valid template of one to three stages; conditions refer to earlier items only.
fn template() -> impl Strategy<Value = ChecklistTemplate> {
    (proptest::collection::vec(proptest::collection::vec(item_shape(), 0..5), 1..4), any::<bool>()).prop_map(
        |(stages, shopper)| {
            let mut n = 0usize;
            let stages = stages
                .into_iter()
                .enumerate()
                .map(|(s, shapes)| {
                    let items = shapes
                        .into_iter()
                        .map(|(kind, weight, [required, allow_na, photo_on_fail, comment_on_fail], cond)| {
                            let show_if = cond.filter(|_| n > 0).map(|(pick, op, v)| {
                                let item = format!("i{}", pick % n);
                                match op {
                                    0 => Condition::Answered { item },
                                    1 => Condition::Equals { item, value: v },
                                    _ => Condition::AnyOf { item, values: vec![v, AnswerValue::Yes] },
                                }
                            });
                            let id = format!("i{n}");
                            n += 1;
                            Item {
                                label: id.clone(),
                                id,
                                help: None,
                                kind,
                                weight,
                                required,
                                allow_na,
                                photo_on_fail,
                                comment_on_fail,
                                show_if,
                                action_on_fail: false,
                            }
                        })
                        .collect();
                    Stage { id: format!("s{s}"), title: format!("s{s}"), weight: 1.0 + s as f64, items }
                })
                .collect();
            let audience = if shopper { Role::Shopper } else { Role::Citizen };
            ChecklistTemplate {
                id: "t".into(),
                version: 1,
                audience,
                title: "t".into(),
                stages,
                texts: Default::default(),
                default_language: None,
            }
        },
    )
}

fn photo_id() -> impl Strategy<Value = PhotoId> {
    any::<[u8; 32]>().prop_map(|d| PhotoId::from_digest(&d))
}

fn answer(finite: bool) -> impl Strategy<Value = Answer> {
    (
        proptest::option::of(answer_value(finite)),
        proptest::option::of(".{0,8}"),
        proptest::collection::vec(photo_id(), 0..3),
    )
        .prop_map(|(value, comment, photos)| Answer { value, comment, photos })
}

/// Answers keyed mostly by the template's own item ids (i0..i14), sometimes by unknown ones.
fn answers(finite: bool) -> impl Strategy<Value = BTreeMap<String, Answer>> {
    proptest::collection::btree_map(
        prop_oneof![9 => (0usize..15).prop_map(|i| format!("i{i}")), 1 => "[a-z]{1,4}"],
        answer(finite),
        0..12,
    )
}

fn time() -> impl Strategy<Value = DateTime<Utc>> {
    (0i64..4_102_444_800).prop_filter_map("a representable time", |s| DateTime::from_timestamp(s, 0))
}

fn evaluation() -> impl Strategy<Value = Evaluation> {
    let check_in = (
        time(),
        proptest::option::of(-90.0..90.0f64),
        proptest::option::of(-180.0..180.0f64),
        proptest::option::of(0.0..500.0f64),
        proptest::option::of(any::<bool>()),
    )
        .prop_map(|(at, latitude, longitude, accuracy_m, inside_geofence)| CheckIn {
            at,
            latitude,
            longitude,
            accuracy_m,
            inside_geofence,
        });
    (
        (any::<u128>(), 1u32..5, any::<bool>(), "[a-z-]{1,12}", proptest::option::of("[a-z]{1,6}")),
        (proptest::option::of(time()), proptest::option::of(time()), proptest::option::of(check_in)),
        (
            answers(true),
            proptest::option::of(".{0,20}"),
            proptest::option::of(".{0,10}"),
            proptest::option::of(".{1,10}"),
        ),
        (
            proptest::collection::vec(photo_id(), 0..3),
            ".{1,10}",
            "[0-9.]{1,6}",
            proptest::sample::select(&ms_core::locale::SUPPORTED[..]),
        ),
    )
        .prop_map(
            |(
                (id, revision, shopper, centre_id, service_id),
                (visit_started_at, visit_ended_at, check_in),
                (answers, comment, employee, counter),
                (photos, device_id, app_version, locale),
            )| Evaluation {
                id: EvaluationId(uuid::Uuid::from_u128(id)),
                revision,
                template: TemplateRef { id: "t".into(), version: 1 },
                centre_id,
                service_id,
                role: if shopper { Role::Shopper } else { Role::Citizen },
                locale: locale.into(),
                visit_started_at,
                visit_ended_at,
                check_in,
                answers,
                comment,
                employee,
                counter,
                photos,
                device_id,
                app_version,
                assignment_id: None,
            },
        )
}

/// Text that reads as a `T` writes back as JSON that reads as the same `T`;
/// text that does not is refused with the place in it where reading stopped.
fn reads_back_or_says_where<T>(s: &str) -> Result<(), TestCaseError>
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    match serde_json::from_str::<T>(s) {
        Ok(read) => {
            let written = serde_json::to_string(&read).expect("writes");
            prop_assert_eq!(serde_json::from_str::<T>(&written).expect("reads back"), read);
        }
        Err(err) => {
            prop_assert!(!err.is_io(), "{}", err);
            prop_assert!(err.line() == 1 && err.column() <= s.len(), "{} (in {} bytes)", err, s.len());
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn generated_templates_pass_their_own_check(t in template()) {
        prop_assert_eq!(t.check(), Ok(()));
    }

    #[test]
    fn the_engine_never_panics_and_its_figures_stay_in_range(t in template(), a in answers(false)) {
        let visible = visible_items(&t, &a);
        for id in &visible {
            prop_assert!(t.item(id).is_some(), "visible id {} is an item", id);
        }
        let m = missing(&t, &a);
        for gap in &m {
            prop_assert!(visible.contains(gap.item_id.as_str()), "{} is missing but hidden", gap.item_id);
            let stage = t.stages.iter().find(|s| s.id == gap.stage_id);
            prop_assert!(stage.is_some_and(|s| s.items.iter().any(|i| i.id == gap.item_id)));
        }
        let p = progress(&t, &a);
        prop_assert!((0.0..=1.0).contains(&p), "progress {}", p);
        let s = score(&t, &a);
        prop_assert_eq!(s.stages.len(), t.stages.len());
        for percent in s.stages.iter().filter_map(|st| st.percent).chain(s.percent) {
            prop_assert!((0.0..=100.0).contains(&percent), "percent {}", percent);
        }
    }

    #[test]
    fn an_item_with_a_condition_is_shown_only_if_the_item_it_names_is_shown(t in template(), a in answers(false)) {
        let visible = visible_items(&t, &a);
        for (_, item) in t.items() {
            if let Some(cond) = &item.show_if {
                if visible.contains(item.id.as_str()) {
                    let name = cond.item().expect("the generated conditions are basic ones");
                    prop_assert!(visible.contains(name));
                    prop_assert!(a.get(name).is_some_and(|x| x.value.is_some()));
                }
            }
        }
    }

    #[test]
    fn an_accepted_evaluation_lacks_nothing(t in template(), mut e in evaluation()) {
        e.template = t.reference();
        e.role = match t.audience { Role::Citizen => Role::Citizen, Role::Shopper => Role::Shopper };
        e.visit_ended_at = None;
        match validate(&t, &e) {
            Ok(()) => {
                prop_assert!(missing(&t, &e.answers).is_empty());
                for id in e.answers.keys() {
                    prop_assert!(t.item(id).is_some());
                }
            }
            Err(err) => {
                prop_assert!(!err.code.as_str().is_empty() && !err.field.is_empty() && !err.message.is_empty());
            }
        }
    }

    #[test]
    fn evaluations_round_trip_through_json(e in evaluation()) {
        let json = serde_json::to_string(&e).expect("serialises");
        let back: Evaluation = serde_json::from_str(&json).expect("reads back");
        prop_assert_eq!(&back, &e);
        prop_assert_eq!(back.canonical_json(), json);
    }

    #[test]
    fn templates_round_trip_through_json(t in template()) {
        let json = serde_json::to_string(&t).expect("serialises");
        let back: ChecklistTemplate = serde_json::from_str(&json).expect("reads back");
        prop_assert_eq!(back, t);
    }

    #[test]
    fn any_text_is_read_as_a_value_that_writes_back_the_same_or_refused_with_where(s in ".{0,200}") {
        reads_back_or_says_where::<Evaluation>(&s)?;
        reads_back_or_says_where::<AnswerValue>(&s)?;
        reads_back_or_says_where::<SignIn>(&s)?;
        reads_back_or_says_where::<ErrorBody>(&s)?;
        reads_back_or_says_where::<ChecklistTemplate>(&s)?;
        if let Ok(id) = PhotoId::parse(&s) {
            prop_assert_eq!(id.as_str(), s.as_str());
        }
        if let Ok(id) = s.parse::<EvaluationId>() {
            prop_assert_eq!(id.to_string().parse::<EvaluationId>(), Ok(id));
        }
    }

    #[test]
    fn a_valid_body_with_one_field_mangled_is_refused_cleanly(e in evaluation(), field in 0usize..6, junk in prop_oneof![
        Just(serde_json::json!(null)), Just(serde_json::json!(-1)), Just(serde_json::json!(1.5)),
        Just(serde_json::json!("x")), Just(serde_json::json!([1])), Just(serde_json::json!({"type": "scale", "value": 300})),
    ]) {
        let mut v = serde_json::to_value(&e).expect("json");
        let key = ["id", "revision", "template", "role", "answers", "photos"][field];
        // None when the body leaves the field out (an empty list of photos).
        let kept = v.as_object_mut().expect("an object").insert(key.to_owned(), junk.clone());
        let text = v.to_string();
        match serde_json::from_str::<Evaluation>(&text) {
            Ok(read) => prop_assert!(false, "{} = {} was read as {:?}", key, junk, read),
            // Refused where it stands, in a whole body: not for a body cut short.
            Err(err) => prop_assert!(
                !err.is_eof() && !err.is_io() && err.line() == 1 && err.column() <= text.len(),
                "{} = {} is refused as {:?}: {}", key, junk, err.classify(), err
            ),
        }
        // The same body with that field put back is read: the refusal was that field's.
        let body = v.as_object_mut().expect("an object");
        match kept {
            Some(value) => body.insert(key.to_owned(), value),
            None => body.remove(key),
        };
        prop_assert_eq!(serde_json::from_value::<Evaluation>(v).expect("the body as it was"), e);
    }

    #[test]
    fn photo_ids_accept_exactly_lowercase_sha256_hex(s in "[0-9a-fA-F]{60,68}") {
        let ok = s.len() == 64 && !s.bytes().any(|b| b.is_ascii_uppercase());
        prop_assert_eq!(PhotoId::parse(&s).is_ok(), ok);
        if let Ok(id) = PhotoId::parse(&s) {
            prop_assert_eq!(id.as_str(), s.as_str());
            let json = serde_json::to_string(&id).expect("json");
            prop_assert_eq!(serde_json::from_str::<PhotoId>(&json).expect("back"), id);
        }
    }
}
