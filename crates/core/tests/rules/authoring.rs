//! Checklists authored in a workbook: each check with the cell it names, the
//! built-in checklists written out and read back, and the round trip of any template.

use ms_core::authoring::{self, text_id, Problem, ProblemCode, Sheet, TextOf, Workbook};
use ms_core::builtin::{citizen_quick_rating, shopper_customer_journey};
use ms_core::locale::SUPPORTED;
use ms_core::template::{ChecklistTemplate, ChoiceOption, Condition, Item, ItemKind, Stage};
use ms_core::{AnswerValue, Face, Role};
use proptest::prelude::*;
use std::collections::BTreeMap;

/// A sheet from lines of `|`-separated cells.
fn sheet(name: &str, text: &str) -> Sheet {
    let rows = text.lines().map(str::trim_start).filter(|l| !l.is_empty());
    Sheet::new(name, rows.map(|l| l.split('|').map(str::to_owned).collect()).collect())
}

const SETTINGS: &str = "
    template_id|version|role|default_language|title::en|title::Arabic (ar)
    demo|2|shopper|en|Demo visit|زيارة تجريبية";

const SURVEY: &str = "
    type|name|label::en|label::ar|hint::en|required|relevant|weight|evidence_on_fail|target_seconds|action_on_fail|na_allowed
    begin_group|arrival|Arrival|الوصول||||1||||
    yes_no|parking|Parking available?|هل يوجد موقف؟||yes||1|photo||yes|yes
    select_multiple reasons|why|Why not?|لماذا؟|||${parking} = 'no'|0||||
    end_group||||||||||||
    begin_group|waiting|Waiting|الانتظار||||2||||
    duration|wait|Waiting time|وقت الانتظار|From the ticket|yes||2|comment|900||
    select_one tidy|tidiness|How tidy?|النظافة؟|||answered(${wait}) and not selected(${why}, 'closed')|1||||
    text|remarks|Remarks|ملاحظات||||0||||
    end_group||||||||||||";

const CHOICES: &str = "
    list_name|name|label::en|label::ar|score
    reasons|full|Full|ممتلئ|
    reasons|closed|Closed|مغلق|
    tidy|clean|Clean|نظيف|1
    tidy|messy|Messy|غير نظيف|0";

fn demo() -> Workbook {
    Workbook { sheets: vec![sheet("survey", SURVEY), sheet("choices", CHOICES), sheet("settings", SETTINGS)] }
}

/// The demo workbook with one cell changed, found by its sheet, 0-based row and header.
fn with(mut wb: Workbook, sheet: &str, row: usize, header: &str, value: &str) -> Workbook {
    let s = wb.sheets.iter_mut().find(|s| s.name == sheet).expect("sheet");
    let col = s.rows[0].iter().position(|h| h.trim() == header).expect("column");
    s.rows[row][col] = value.into();
    wb
}

fn problems(wb: &Workbook) -> Vec<Problem> {
    authoring::parse(wb, None).problems
}

/// The only problem of that code, which must be there.
fn only(wb: &Workbook, code: ProblemCode) -> Problem {
    let report = authoring::parse(wb, None);
    let found: Vec<&Problem> = report.problems.iter().filter(|p| p.code == code).collect();
    assert_eq!(found.len(), 1, "{code}: {:#?}", report.problems);
    assert_eq!(report.template.is_some(), !found[0].is_error(), "an error stops publishing, a warning does not");
    found[0].clone()
}

fn place(p: &Problem) -> (String, Option<usize>, Option<String>, Option<String>) {
    (p.sheet.clone(), p.row, p.column.as_ref().map(|c| c.header.clone()), p.column.as_ref().map(|c| c.letter.clone()))
}

#[test]
fn the_demo_workbook_reads_into_a_template_with_its_texts() {
    let report = authoring::parse(&demo(), Some(1));
    assert_eq!(report.problems, vec![], "{:#?}", report.problems);
    let t = report.template.expect("publishable");
    assert_eq!((t.id.as_str(), t.version, t.audience), ("demo", 2, Role::Shopper));
    assert_eq!(
        t.stages.iter().map(|s| (s.id.as_str(), s.weight)).collect::<Vec<_>>(),
        [("arrival", 1.0), ("waiting", 2.0)]
    );
    let parking = t.item("parking").expect("parking");
    assert_eq!(parking.label, "demo.item.parking.label");
    assert!(parking.required && parking.allow_na && parking.photo_on_fail && parking.action_on_fail);
    assert!(!parking.comment_on_fail);
    let why = t.item("why").expect("why");
    assert_eq!(why.show_if, Some(Condition::Equals { item: "parking".into(), value: AnswerValue::No }));
    assert!(matches!(&why.kind, ItemKind::MultiChoice { options } if options.len() == 2));
    let wait = t.item("wait").expect("wait");
    assert_eq!(wait.kind, ItemKind::Duration { target_minutes: 15.0 });
    assert_eq!(wait.help.as_deref(), Some("demo.item.wait.hint"));
    let tidy = t.item("tidiness").expect("tidiness");
    let ItemKind::SingleChoice { options } = &tidy.kind else { panic!("single choice") };
    assert_eq!(
        options[0],
        ChoiceOption { id: "clean".into(), label: "demo.choice.tidy.clean.label".into(), score: Some(1.0) }
    );
    assert_eq!(
        tidy.show_if,
        Some(Condition::All {
            all: vec![
                Condition::Answered { item: "wait".into() },
                Condition::Not { not: Box::new(Condition::Selected { item: "why".into(), choice: "closed".into() }) },
            ]
        })
    );
    assert_eq!(t.item("remarks").map(|i| &i.kind), Some(&ItemKind::Text { max_len: 2000 }));
    assert_eq!(t.default_language.as_deref(), Some("en"));
    assert_eq!(t.text(&t.title, "ar"), Some(("زيارة تجريبية", false)));
    assert_eq!(t.text("demo.item.wait.hint", "ar"), Some(("From the ticket", true)), "falls back to the default");
    assert_eq!(t.text("demo.item.parking.label", "fr"), Some(("Parking available?", true)));
    assert_eq!(t.text("no-such-id", "en"), None);
}

#[test]
fn a_missing_sheet_is_named() {
    let mut wb = demo();
    wb.sheets.retain(|s| s.name != "settings");
    let p = only(&wb, ProblemCode::MissingSheet);
    assert_eq!((p.sheet.as_str(), p.row), ("settings", None));
    let mut wb = demo();
    wb.sheets.retain(|s| s.name != "survey");
    assert_eq!(only(&wb, ProblemCode::MissingSheet).sheet, "survey");
}

#[test]
fn a_missing_column_is_named() {
    let wb = with(demo(), "settings", 0, "role", "audience");
    let p = only(&wb, ProblemCode::MissingColumn);
    assert_eq!((p.sheet.as_str(), p.row), ("settings", Some(1)));
    assert!(p.message.contains("'role'"), "{}", p.message);
    let wb = with(demo(), "survey", 0, "label::en", "label::fr");
    assert!(only(&wb, ProblemCode::MissingColumn).message.contains("label::en"));
}

#[test]
fn names_missing_twice_or_malformed_are_errors_at_their_cell() {
    let p = only(&with(demo(), "survey", 2, "name", ""), ProblemCode::MissingName);
    assert_eq!(place(&p), ("survey".into(), Some(3), Some("name".into()), Some("B".into())));
    let p = only(&with(demo(), "survey", 6, "name", "parking"), ProblemCode::DuplicateName);
    assert_eq!((p.row, p.cell.as_str()), (Some(7), "parking"));
    let p = only(&with(demo(), "survey", 6, "name", "wait time"), ProblemCode::InvalidName);
    assert_eq!(p.row, Some(7));
    let p = only(&with(demo(), "choices", 2, "name", "full"), ProblemCode::DuplicateName);
    assert_eq!((p.sheet.as_str(), p.row), ("choices", Some(3)));
}

#[test]
fn an_unknown_type_is_an_error() {
    let p = only(&with(demo(), "survey", 2, "type", "yesno"), ProblemCode::UnknownType);
    assert_eq!(place(&p), ("survey".into(), Some(3), Some("type".into()), Some("A".into())));
    assert_eq!(p.cell, "yesno");
}

#[test]
fn a_relevant_naming_an_unknown_or_later_item_or_not_parsing_gives_the_position() {
    let p = only(&with(demo(), "survey", 3, "relevant", "${parkin} = 'no'"), ProblemCode::UnknownItem);
    assert_eq!((p.row, p.position), (Some(4), Some(0)));
    assert_eq!(p.column.map(|c| c.letter), Some("G".into()));
    let p = only(&with(demo(), "survey", 2, "relevant", "${wait} = 3"), ProblemCode::LaterItem);
    assert_eq!((p.row, p.position), (Some(3), Some(0)));
    let p = only(&with(demo(), "survey", 2, "relevant", "${parking} = 'no'"), ProblemCode::LaterItem);
    assert_eq!(p.row, Some(3), "an item cannot depend on itself");
    let p = only(&with(demo(), "survey", 3, "relevant", "${parking} = 'no' and"), ProblemCode::ExpressionSyntax);
    assert_eq!(p.position, Some(21));
    assert!(p.message.starts_with("at character 21"), "{}", p.message);
    let p = only(&with(demo(), "survey", 3, "relevant", "${parking} = 'maybe'"), ProblemCode::ValueDoesNotFit);
    assert_eq!(p.position, Some(13));
}

#[test]
fn weights_below_zero_or_leaving_a_stage_at_nothing_are_errors() {
    let p = only(&with(demo(), "survey", 2, "weight", "-1"), ProblemCode::NegativeWeight);
    assert_eq!(place(&p), ("survey".into(), Some(3), Some("weight".into()), Some("H".into())));
    let p = only(&with(demo(), "survey", 2, "weight", "0"), ProblemCode::StageWeightZero);
    assert_eq!(p.row, Some(2), "named at the stage's row");
    let p = only(&with(demo(), "survey", 2, "weight", "heavy"), ProblemCode::InvalidNumber);
    assert_eq!(p.cell, "heavy");
    let stage_not_counted = with(with(demo(), "survey", 2, "weight", "0"), "survey", 1, "weight", "0");
    assert!(authoring::parse(&stage_not_counted, None).template.is_some(), "a stage of weight 0 may weigh nothing");
}

#[test]
fn a_choice_list_missing_or_unused_is_an_error() {
    let p = only(&with(demo(), "survey", 3, "type", "select_multiple motives"), ProblemCode::MissingChoiceList);
    assert_eq!((p.row, p.cell.as_str()), (Some(4), "select_multiple motives"));
    let p = only(&with(demo(), "survey", 3, "type", "select_multiple tidy"), ProblemCode::UnusedChoiceList);
    assert_eq!(place(&p), ("choices".into(), Some(2), Some("list_name".into()), Some("A".into())));
}

#[test]
fn a_score_outside_0_to_1_is_an_error() {
    let p = only(&with(demo(), "choices", 3, "score", "5"), ProblemCode::ScoreOutOfRange);
    assert_eq!(place(&p), ("choices".into(), Some(4), Some("score".into()), Some("E".into())));
}

#[test]
fn groups_begin_and_end_in_pairs() {
    let p = only(&with(demo(), "survey", 4, "type", ""), ProblemCode::UnmatchedBeginGroup);
    assert_eq!(p.row, Some(2));
    let mut wb = demo();
    let end = wb.sheets[0].rows[4].clone();
    wb.sheets[0].rows.push(end);
    let p = only(&wb, ProblemCode::UnmatchedEndGroup);
    assert_eq!(p.row, Some(11));
    let mut wb = demo();
    wb.sheets[0].rows.remove(9);
    assert_eq!(only(&wb, ProblemCode::UnmatchedBeginGroup).row, Some(6));
    let mut wb = demo();
    wb.sheets[0].rows.remove(1);
    let found = problems(&wb);
    assert!(found.iter().any(|p| p.code == ProblemCode::ItemOutsideStage && p.row == Some(2)), "{found:#?}");
}

#[test]
fn a_version_must_be_a_positive_whole_number_above_the_published_one() {
    for bad in ["0", "-1", "1.5", "two", ""] {
        let p = only(&with(demo(), "settings", 1, "version", bad), ProblemCode::InvalidVersion);
        assert_eq!(place(&p), ("settings".into(), Some(2), Some("version".into()), Some("B".into())));
    }
    let report = authoring::parse(&demo(), Some(2));
    let p: Vec<_> = report.problems.iter().filter(|p| p.code == ProblemCode::VersionNotAbove).collect();
    assert_eq!(p.len(), 1);
    assert!(p[0].message.contains("published version 2"), "{}", p[0].message);
    assert!(report.template.is_none());
    assert!(authoring::parse(&demo(), Some(1)).template.is_some());
}

#[test]
fn other_cells_with_words_the_layout_lacks_are_errors() {
    only(&with(demo(), "settings", 1, "role", "manager"), ProblemCode::UnknownRole);
    only(&with(demo(), "settings", 1, "default_language", "klingon"), ProblemCode::UnknownLanguage);
    only(&with(demo(), "survey", 2, "required", "maybe"), ProblemCode::InvalidFlag);
    only(&with(demo(), "survey", 2, "evidence_on_fail", "video"), ProblemCode::InvalidEvidence);
    only(&with(demo(), "survey", 6, "target_seconds", ""), ProblemCode::MissingTarget);
    only(&with(demo(), "survey", 2, "target_seconds", "60"), ProblemCode::MisplacedSetting);
    only(&with(demo(), "survey", 2, "label::en", ""), ProblemCode::MissingLabel);
    only(&with(demo(), "settings", 1, "title::en", ""), ProblemCode::MissingLabel);
    only(&with(demo(), "survey", 0, "label::ar", "label::Martian"), ProblemCode::UnknownLanguage);
}

#[test]
fn every_problem_is_reported_at_once() {
    let wb = with(demo(), "survey", 2, "type", "yesno");
    let wb = with(wb, "survey", 6, "weight", "-2");
    let wb = with(wb, "choices", 3, "score", "1.5");
    let wb = with(wb, "settings", 1, "version", "x");
    let wb = with(wb, "survey", 7, "relevant", "${later} = 'x'");
    let report = authoring::parse(&wb, None);
    let codes: Vec<ProblemCode> = report.errors().map(|p| p.code).collect();
    for code in [
        ProblemCode::UnknownType,
        ProblemCode::NegativeWeight,
        ProblemCode::ScoreOutOfRange,
        ProblemCode::InvalidVersion,
        ProblemCode::UnknownItem,
    ] {
        assert!(codes.contains(&code), "{code} in {codes:?}");
    }
    assert!(report.template.is_none());
}

#[test]
fn a_language_missing_in_some_rows_is_a_warning_listing_them() {
    let wb = with(with(demo(), "survey", 2, "label::ar", ""), "survey", 7, "label::ar", "");
    let p = only(&wb, ProblemCode::MissingTranslation);
    assert_eq!(place(&p), ("survey".into(), Some(3), Some("label::ar".into()), Some("D".into())));
    assert!(p.message.contains("rows 3, 8"), "{}", p.message);
    assert!(!p.is_error());
    let p = only(&with(demo(), "settings", 1, "title::Arabic (ar)", ""), ProblemCode::MissingTranslation);
    assert_eq!(place(&p), ("settings".into(), Some(2), Some("title::Arabic (ar)".into()), Some("F".into())));
}

#[test]
fn typographic_quotes_in_an_expression_are_a_warning() {
    let wb = with(demo(), "survey", 3, "relevant", "${parking} = \u{2018}no\u{2019}");
    let p = only(&wb, ProblemCode::TypographicQuotes);
    assert_eq!(p.row, Some(4));
    let t = authoring::parse(&wb, None).template.expect("publishable");
    assert_eq!(
        t.item("why").and_then(|i| i.show_if.clone()),
        Some(Condition::Equals { item: "parking".into(), value: AnswerValue::No })
    );
}

#[test]
fn spaces_around_a_header_are_a_warning() {
    let wb = with(demo(), "survey", 0, "weight", " weight ");
    let p = only(&wb, ProblemCode::HeaderSpaces);
    assert_eq!(place(&p), ("survey".into(), Some(1), Some(" weight ".into()), Some("H".into())));
    let t = authoring::parse(&wb, None).template.expect("still read as weight");
    assert_eq!(t.stages[1].weight, 2.0);
}

#[test]
fn a_right_to_left_cell_starting_with_latin_text_is_a_warning() {
    let wb = with(demo(), "survey", 2, "label::ar", "Parking available?");
    let p = only(&wb, ProblemCode::LeftToRightText);
    assert_eq!(place(&p), ("survey".into(), Some(3), Some("label::ar".into()), Some("D".into())));
    let mixed = with(demo(), "survey", 2, "label::ar", "«موقف» WiFi");
    assert!(problems(&mixed).is_empty(), "Arabic first, with a Latin word later, is fine");
}

#[test]
fn a_plain_label_column_is_the_default_language_and_languages_may_be_spelt_out() {
    let wb = with(demo(), "survey", 0, "label::en", "label");
    let wb = with(wb, "survey", 0, "label::ar", "label::Arabic");
    let t = authoring::parse(&wb, None).template.expect("publishable");
    assert_eq!(t.text("demo.item.parking.label", "ar"), Some(("هل يوجد موقف؟", false)));
    assert_eq!(t.text("demo.item.parking.label", "en"), Some(("Parking available?", false)));
}

#[test]
fn every_problem_code_has_a_distinct_snake_case_name() {
    let names: std::collections::BTreeSet<&str> = ProblemCode::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(names.len(), ProblemCode::ALL.len());
    assert!(names.iter().all(|n| n.chars().all(|c| c.is_ascii_lowercase() || c == '_')));
}

/// The template with its texts' ids as a workbook makes them, for comparing structure.
fn without_text_ids(t: &ChecklistTemplate) -> ChecklistTemplate {
    let mut t = t.clone();
    t.title = String::new();
    t.texts.clear();
    t.default_language = None;
    for stage in &mut t.stages {
        stage.title = String::new();
        for item in &mut stage.items {
            item.label = String::new();
            item.help = item.help.as_ref().map(|_| String::new());
            if let ItemKind::SingleChoice { options } | ItemKind::MultiChoice { options } = &mut item.kind {
                options.iter_mut().for_each(|o| o.label = String::new());
            }
        }
    }
    t
}

#[test]
fn the_built_in_checklists_are_written_and_read_back_with_their_structure_and_texts() {
    for builtin in [shopper_customer_journey(), citizen_quick_rating()] {
        let wb = authoring::workbook(&builtin);
        let report = authoring::parse(&wb, None);
        let t = report.template.unwrap_or_else(|| panic!("{}: {:#?}", builtin.id, report.problems));
        assert_eq!(without_text_ids(&t), without_text_ids(&builtin));
        assert_eq!(t.text(&t.title, "en"), Some((builtin.title.as_str(), false)), "ids stand in for words");

        let words = |id: &str, locale: &str| match locale {
            "en" => Some(format!("EN {id}")),
            "ar" => Some(format!("عربي {id}")),
            _ => None,
        };
        let report = authoring::parse(&authoring::workbook_with(&builtin, words), None);
        let t = report.template.unwrap_or_else(|| panic!("{}: {:#?}", builtin.id, report.problems));
        assert_eq!(without_text_ids(&t), without_text_ids(&builtin));
        let first = &builtin.stages[0].items[0];
        let label = text_id(&builtin.id, TextOf::Label(&first.id));
        assert_eq!(t.text(&label, "ar").map(|(s, _)| s.to_owned()), Some(format!("عربي {}", first.label)));
        assert_eq!(t.text(&label, "fr").map(|(_, fell_back)| fell_back), Some(true));
    }
}

// ---- any template a workbook can hold, written and read back ----

fn text() -> impl Strategy<Value = String> {
    "[A-Za-zء-ي][A-Za-z ء-ي?,']{0,10}[a-zء-ي]"
}

fn name() -> impl Strategy<Value = String> {
    "[a-z][a-z0-9_-]{0,6}"
}

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![-1000.0..1000.0f64, (-50i32..50).prop_map(f64::from)]
}

fn kind(lists: Vec<Vec<ChoiceOption>>) -> impl Strategy<Value = ItemKind> {
    let pick = lists.len();
    let single = lists.clone();
    prop_oneof![
        Just(ItemKind::YesNo),
        Just(ItemKind::Scale),
        Just(ItemKind::Face),
        prop_oneof![0.01..120.0f64, (1u32..7200).prop_map(|s| f64::from(s) / 60.0)]
            .prop_map(|t| ItemKind::Duration { target_minutes: t }),
        (0..pick).prop_map(move |i| ItemKind::SingleChoice { options: single[i].clone() }),
        (0..pick).prop_map(move |i| ItemKind::MultiChoice { options: lists[i].clone() }),
        (proptest::option::of(number()), proptest::option::of(number()))
            .prop_map(|(min, max)| ItemKind::Number { min, max }),
        (0u32..5000).prop_map(|max_len| ItemKind::Text { max_len }),
        (0u32..11).prop_map(|max_photos| ItemKind::Photo { max_photos }),
    ]
}

/// A basic condition on an earlier item, with a value that item can be answered with.
fn basic(item: &Item, seed: u32, value_seed: f64) -> Option<Condition> {
    let id = item.id.clone();
    let n = seed as usize;
    let options = match &item.kind {
        ItemKind::SingleChoice { options } | ItemKind::MultiChoice { options } => options.clone(),
        _ => Vec::new(),
    };
    let values: Vec<AnswerValue> = match &item.kind {
        ItemKind::YesNo => vec![AnswerValue::Yes, AnswerValue::No, AnswerValue::NotApplicable],
        ItemKind::Scale => (1..=5).map(AnswerValue::Scale).collect(),
        ItemKind::Face => {
            vec![AnswerValue::Face(Face::Happy), AnswerValue::Face(Face::Unhappy), AnswerValue::NotApplicable]
        }
        ItemKind::Duration { .. } => vec![AnswerValue::Minutes(value_seed), AnswerValue::NotApplicable],
        ItemKind::Number { .. } => vec![AnswerValue::Number(value_seed)],
        ItemKind::SingleChoice { .. } => options.iter().map(|o| AnswerValue::Choice(o.id.clone())).collect(),
        ItemKind::Text { .. } => vec![AnswerValue::Text("it's".into()), AnswerValue::Text(" a b ".into())],
        ItemKind::MultiChoice { .. } | ItemKind::Photo { .. } => Vec::new(),
    };
    let value = || values[n % values.len()].clone();
    Some(match (seed % 5, values.is_empty(), options.is_empty()) {
        (0, false, _) => Condition::Equals { item: id, value: value() },
        (1, false, _) => Condition::NotEquals { item: id, value: value() },
        (2, false, _) => Condition::AnyOf { item: id, values: values.iter().take(1 + n % 3).cloned().collect() },
        (3, _, false) => Condition::Selected { item: id, choice: options[n % options.len()].id.clone() },
        _ => Condition::Answered { item: id },
    })
}

/// A condition of up to two levels of `and`, `or` and `not` over earlier items.
fn condition(earlier: &[Item], seeds: &[(u32, f64)], shape: u8) -> Option<Condition> {
    if earlier.is_empty() {
        return None;
    }
    let leaf = |k: usize| {
        let (seed, v) = seeds[k % seeds.len()];
        basic(&earlier[seed as usize % earlier.len()], seed / 7, v)
    };
    let not = |c: Condition| Condition::Not { not: Box::new(c) };
    Some(match shape % 6 {
        0 | 1 => leaf(0)?,
        2 => Condition::All { all: vec![leaf(0)?, leaf(1)?, not(leaf(2)?)] },
        3 => Condition::Any { any: vec![leaf(0)?, Condition::All { all: vec![leaf(1)?, leaf(2)?] }] },
        4 => Condition::All { all: vec![Condition::Any { any: vec![leaf(0)?, leaf(1)?] }, leaf(2)?] },
        _ => not(Condition::Any { any: vec![leaf(0)?, not(leaf(1)?)] }),
    })
}

/// The texts of one id: always in the default language, sometimes in others.
fn put(texts: &mut BTreeMap<String, BTreeMap<String, String>>, id: &str, words: &[(String, Option<String>)]) {
    for (language, word) in words {
        if let Some(w) = word {
            texts.entry(language.clone()).or_default().insert(id.to_owned(), w.clone());
        }
    }
}

type ItemShape = (ItemKind, f64, [bool; 6], Vec<(u32, f64)>, u8);

fn item_shape(lists: Vec<Vec<ChoiceOption>>) -> impl Strategy<Value = ItemShape> {
    (
        kind(lists),
        prop_oneof![Just(1.0), 0.5..5.0f64],
        any::<[bool; 6]>(),
        proptest::collection::vec((any::<u32>(), number()), 3),
        any::<u8>(),
    )
}

/// Any template a workbook can hold: names, texts in some of the ten languages,
/// every kind, scores, and conditions on earlier items with values they can take.
fn authored() -> impl Strategy<Value = ChecklistTemplate> {
    (name(), 1u32..1000, any::<bool>(), 0..SUPPORTED.len(), proptest::sample::subsequence(SUPPORTED.to_vec(), 0..4))
        .prop_flat_map(|(id, version, shopper, default, others)| {
            let default = SUPPORTED[default].to_owned();
            let mut languages = vec![default.clone()];
            languages.extend(others.into_iter().map(str::to_owned).filter(|l| *l != default));
            let list_id = id.clone();
            let lists = proptest::collection::vec(
                proptest::collection::btree_map(name(), proptest::option::of(0.0..=1.0f64), 1..4),
                1..3,
            )
            .prop_map(move |lists| {
                lists
                    .into_iter()
                    .enumerate()
                    .map(|(k, options)| {
                        let list = format!("list{k}");
                        // Prefixed, so that no choice is named 'na', which reads as not applicable.
                        let options: Vec<ChoiceOption> = options
                            .into_iter()
                            .map(|(o, score)| {
                                let o = format!("o-{o}");
                                ChoiceOption { label: text_id(&list_id, TextOf::Choice(&list, &o)), id: o, score }
                            })
                            .collect();
                        (list, options)
                    })
                    .collect::<Vec<_>>()
            });
            (Just(id), Just(version), Just(shopper), Just(languages), lists)
        })
        .prop_flat_map(|(id, version, shopper, languages, lists)| {
            let options: Vec<Vec<ChoiceOption>> = lists.iter().map(|(_, o)| o.clone()).collect();
            let stages =
                proptest::collection::vec((0.0..3.0f64, proptest::collection::vec(item_shape(options), 0..5)), 1..4);
            let words_count = 200;
            let words = proptest::collection::vec(
                proptest::collection::vec((text(), proptest::option::of(text())), languages.len()),
                words_count,
            );
            (Just(id), Just(version), Just(shopper), Just(languages), Just(lists), stages, words)
        })
        .prop_map(|(id, version, shopper, languages, lists, stages, words)| {
            let mut texts = BTreeMap::new();
            let mut next_words = words.into_iter();
            let mut say = |texts: &mut BTreeMap<_, _>, text_id: &str| {
                let w = next_words.next().unwrap_or_default();
                let each: Vec<(String, Option<String>)> = languages
                    .iter()
                    .zip(w)
                    .enumerate()
                    .map(|(k, (l, (first, other)))| (l.clone(), if k == 0 { Some(first) } else { other }))
                    .collect();
                put(texts, text_id, &each);
            };
            let title = text_id(&id, TextOf::Title);
            say(&mut texts, &title);
            let mut earlier: Vec<Item> = Vec::new();
            let mut used_lists: Vec<Vec<ChoiceOption>> = Vec::new();
            let mut n = 0;
            let stages: Vec<Stage> = stages
                .into_iter()
                .enumerate()
                .map(|(s, (weight, shapes))| {
                    let stage_id = format!("s{s}");
                    let stage_title = text_id(&id, TextOf::Stage(&stage_id));
                    say(&mut texts, &stage_title);
                    let items = shapes
                        .into_iter()
                        .map(|(kind, weight, [required, allow_na, photo, comment, action, hint], seeds, shape)| {
                            let item_id = format!("i{n}");
                            n += 1;
                            if let ItemKind::SingleChoice { options } | ItemKind::MultiChoice { options } = &kind {
                                used_lists.push(options.clone());
                            }
                            let label = text_id(&id, TextOf::Label(&item_id));
                            say(&mut texts, &label);
                            let help = hint.then(|| text_id(&id, TextOf::Hint(&item_id)));
                            if let Some(h) = &help {
                                say(&mut texts, h);
                            }
                            let item = Item {
                                id: item_id,
                                label,
                                help,
                                kind,
                                weight,
                                required,
                                allow_na,
                                photo_on_fail: photo,
                                comment_on_fail: comment,
                                show_if: condition(&earlier, &seeds, shape),
                                action_on_fail: action,
                            };
                            earlier.push(item.clone());
                            item
                        })
                        .collect();
                    Stage { id: stage_id, title: stage_title, weight, items }
                })
                .collect();
            for (_, options) in lists.iter().filter(|(_, o)| used_lists.contains(o)) {
                for o in options {
                    say(&mut texts, &o.label);
                }
            }
            ChecklistTemplate {
                id,
                version,
                audience: if shopper { Role::Shopper } else { Role::Citizen },
                title,
                stages,
                texts,
                default_language: languages.first().cloned(),
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_template_written_to_a_workbook_reads_back_the_same(t in authored()) {
        prop_assert_eq!(t.check(), Ok(()));
        let wb = authoring::workbook(&t);
        let report = authoring::parse(&wb, None);
        let errors: Vec<String> = report.errors().map(|p| p.to_string()).collect();
        prop_assert!(errors.is_empty(), "{:#?}\n{:#?}", errors, wb);
        prop_assert_eq!(report.template, Some(t));
    }
}

/// Cells a person might type into any sheet: the layout's own words, numbers,
/// expressions, and whatever else (control characters, Arabic, quotes).
fn any_cell() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        prop::sample::select(vec![
            "type",
            "name",
            "label::en",
            "label::Arabic (ar)",
            "hint::ar",
            "relevant",
            "weight",
            "required",
            "begin_group",
            "end_group",
            "yes_no",
            "scale",
            "face",
            "select_one l",
            "select_multiple l",
            "duration",
            "text",
            "list_name",
            "score",
            "template_id",
            "version",
            "role",
            "default_language",
            "title::en",
            "shopper",
            "citizen",
            "yes",
            "no",
            "${a} = 'no'",
            "selected(${a}, 'x')",
            "not (",
            "${",
            "-1",
            "1e400",
            "0.5",
            "2",
            "target_seconds",
            "evidence_on_fail",
            "both",
            "na_allowed",
        ])
        .prop_map(str::to_owned),
        ".{0,12}",
    ]
}

fn any_sheet() -> impl Strategy<Value = Sheet> {
    (
        prop::sample::select(vec!["survey", "choices", "settings", "Survey ", "other"]),
        prop::collection::vec(prop::collection::vec(any_cell(), 0..8), 0..8),
    )
        .prop_map(|(name, rows)| Sheet { name: name.to_owned(), rows })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_workbook_is_read_or_refused_with_problems_never_a_panic(
        sheets in prop::collection::vec(any_sheet(), 0..4),
        published in prop::option::of(0u32..5),
    ) {
        let report = authoring::parse(&Workbook { sheets }, published);
        // A template exactly when no problem is an error, and then one the engine accepts.
        prop_assert_eq!(report.template.is_some(), report.errors().next().is_none(), "{:?}", report.problems);
        if let Some(t) = &report.template {
            prop_assert_eq!(t.check(), Ok(()));
        }
    }

    #[test]
    fn any_expression_parses_or_is_refused_with_a_position_inside_it(expr in ".{0,40}") {
        let kinds = ItemKind::YesNo;
        match authoring::relevant::parse(&expr, |_| authoring::relevant::Reference::Earlier(&kinds)) {
            Ok(_) => {}
            Err(errors) => {
                prop_assert!(!errors.is_empty());
                for e in errors {
                    prop_assert!(e.position <= expr.chars().count(), "{:?} in {:?}", e, expr);
                }
            }
        }
    }
}
