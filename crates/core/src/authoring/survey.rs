//! Reading a checklist workbook (`survey`, `choices`, `settings`) into a
//! template, with every error and warning it has reported at once.

use super::problems::{Column, Problem, ProblemCode};
use super::relevant::{self, Reference};
use super::workbook::{Sheet, Workbook};
use super::{text_id, TextOf};
use crate::engine::{MAX_COMMENT_CHARS, MAX_PHOTOS_PER_PLACE};
use crate::evaluation::Role;
use crate::locale;
use crate::template::{ChecklistTemplate, ChoiceOption, Item, ItemKind, Stage};
use std::collections::{BTreeMap, BTreeSet};

/// What reading a workbook gave: the template when nothing stops it, and every problem found.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Some exactly when no problem is an error.
    pub template: Option<ChecklistTemplate>,
    /// In the order of the sheets and rows they were found in.
    pub problems: Vec<Problem>,
}

impl Report {
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.is_error())
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| !p.is_error())
    }

    pub fn is_publishable(&self) -> bool {
        self.template.is_some()
    }
}

/// The language names a header may spell out, in English, as `label::Arabic`.
const LANGUAGE_NAMES: [(&str, &str); 11] = [
    ("arabic", "ar"),
    ("english", "en"),
    ("urdu", "ur"),
    ("hindi", "hi"),
    ("spanish", "es"),
    ("chinese", "zh"),
    ("french", "fr"),
    ("russian", "ru"),
    ("uzbek", "uz"),
    ("tagalog", "tl"),
    ("filipino", "tl"),
];

/// The locale a header's language part names: `ar`, `Arabic (ar)` or `Arabic`.
pub fn language_code(part: &str) -> Option<&'static str> {
    let part = part.trim();
    let code = match (part.rfind('('), part.strip_suffix(')')) {
        (Some(open), Some(inner)) => inner.get(open + 1..).unwrap_or("").trim(),
        _ => part,
    };
    let lower = code.to_lowercase();
    locale::SUPPORTED
        .iter()
        .find(|l| **l == lower)
        .copied()
        .or_else(|| LANGUAGE_NAMES.iter().find(|(name, _)| *name == lower).map(|(_, l)| *l))
}

/// Names of templates, stages, items, lists and choices: what a text id and an expression can carry.
pub(super) fn valid_name(name: &str) -> bool {
    !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// A sheet with its header understood: plain columns by name, text columns by field and language.
pub(super) struct Table<'a> {
    pub(super) sheet: &'a Sheet,
    plain: BTreeMap<String, usize>,
    pub(super) texts: BTreeMap<(String, String), usize>,
}

impl<'a> Table<'a> {
    pub(super) fn read(sheet: &'a Sheet, text_fields: &[&str], default_language: &str, found: &mut Findings) -> Self {
        let mut table = Table { sheet, plain: BTreeMap::new(), texts: BTreeMap::new() };
        for (col, raw) in sheet.header().iter().enumerate() {
            let header = raw.trim();
            if header.is_empty() {
                continue;
            }
            if header != raw {
                found.push(
                    ProblemCode::HeaderSpaces,
                    &sheet.name,
                    Some(0),
                    Some(Column::new(col, raw)),
                    raw,
                    format!("the header '{raw}' has spaces around it; it is read as '{header}'"),
                );
            }
            let (field, language) = match header.split_once("::") {
                Some((field, language)) => (field.trim().to_lowercase(), Some(language)),
                None => (header.to_lowercase(), None),
            };
            let key = match (text_fields.contains(&field.as_str()), language) {
                (true, Some(language)) => match language_code(language) {
                    Some(code) => Some((field, code.to_owned())),
                    None => {
                        found.push(
                            ProblemCode::UnknownLanguage,
                            &sheet.name,
                            Some(0),
                            Some(Column::new(col, raw)),
                            raw,
                            format!(
                                "'{}' is not one of the languages {}",
                                language.trim(),
                                locale::SUPPORTED.join(", ")
                            ),
                        );
                        continue;
                    }
                },
                (true, None) => Some((field, default_language.to_owned())),
                (false, _) => None,
            };
            let duplicate = match key {
                Some(key) => table.texts.insert(key, col).is_some(),
                None => table.plain.insert(header.to_lowercase(), col).is_some(),
            };
            if duplicate {
                found.push(
                    ProblemCode::DuplicateName,
                    &sheet.name,
                    Some(0),
                    Some(Column::new(col, raw)),
                    raw,
                    format!("the column '{header}' is there twice"),
                );
            }
        }
        table
    }

    pub(super) fn has(&self, column: &str) -> bool {
        self.plain.contains_key(column)
    }

    pub(super) fn get(&self, row: usize, column: &str) -> &'a str {
        self.plain.get(column).map(|&c| self.sheet.cell(row, c).trim()).unwrap_or("")
    }

    pub(super) fn text(&self, row: usize, field: &str, language: &str) -> &'a str {
        self.texts.get(&(field.to_owned(), language.to_owned())).map(|&c| self.sheet.cell(row, c).trim()).unwrap_or("")
    }

    pub(super) fn column(&self, column: &str) -> Option<Column> {
        self.plain.get(column).map(|&c| Column::new(c, self.sheet.header()[c].trim()))
    }

    /// The rows below the header with something in them.
    pub(super) fn rows(&self) -> impl Iterator<Item = usize> + 'a {
        let sheet = self.sheet;
        (1..sheet.rows.len()).filter(move |&r| sheet.rows[r].iter().any(|c| !c.trim().is_empty()))
    }

    /// Keeps every text of the row, per language, under an id; whether there was any.
    fn texts_of(&self, row: usize, field: &str, id: &str, texts: &mut Texts) -> bool {
        let mut any = false;
        for ((f, language), &col) in &self.texts {
            let text = self.sheet.cell(row, col).trim();
            if f == field && !text.is_empty() {
                texts.entry(language.clone()).or_default().insert(id.to_owned(), text.to_owned());
                any = true;
            }
        }
        any
    }
}

type Texts = BTreeMap<String, BTreeMap<String, String>>;

#[derive(Default)]
pub(super) struct Findings {
    pub(super) problems: Vec<Problem>,
}

impl Findings {
    /// `row` is 0-based as the sheet holds it; the problem shows it 1-based.
    pub(super) fn push(
        &mut self,
        code: ProblemCode,
        sheet: &str,
        row: Option<usize>,
        column: Option<Column>,
        cell: &str,
        message: String,
    ) {
        self.problems.push(Problem {
            code,
            sheet: sheet.to_owned(),
            row: row.map(|r| r + 1),
            column,
            cell: cell.to_owned(),
            position: None,
            message,
        });
    }

    pub(super) fn cell(&mut self, code: ProblemCode, t: &Table<'_>, row: usize, column: &str, message: String) {
        let cell = t.get(row, column);
        self.push(code, &t.sheet.name, Some(row), t.column(column), cell, message);
    }

    fn missing_sheet(&mut self, name: &str) {
        self.push(ProblemCode::MissingSheet, name, None, None, "", format!("the workbook has no sheet '{name}'"));
    }

    pub(super) fn missing_column(&mut self, t: &Table<'_>, column: &str) {
        self.push(
            ProblemCode::MissingColumn,
            &t.sheet.name,
            Some(0),
            None,
            "",
            format!("the sheet '{}' has no column '{column}'", t.sheet.name),
        );
    }

    pub(super) fn has_errors(&self) -> bool {
        self.problems.iter().any(Problem::is_error)
    }
}

struct Settings {
    id: String,
    version: u32,
    role: Role,
    default_language: String,
    texts: Texts,
}

/// Reads a checklist workbook. `published` is the version of this template
/// already published, if any: the workbook's version must be above it.
pub fn parse(workbook: &Workbook, published: Option<u32>) -> Report {
    let mut found = Findings::default();
    let settings = read_settings(workbook, published, &mut found);
    let language = settings.default_language.clone();
    let lists = workbook.sheet("choices").map(|s| Table::read(s, &["label"], &language, &mut found));
    let survey = workbook.sheet("survey").map(|s| Table::read(s, &["label", "hint"], &language, &mut found));
    if survey.is_none() {
        found.missing_sheet("survey");
    }
    let mut texts = settings.texts.clone();
    let choices = lists.as_ref().map(|t| read_choices(t, &settings, &mut texts, &mut found)).unwrap_or_default();
    let read = survey.as_ref().map(|t| read_survey(t, &settings, &choices, &mut texts, &mut found));
    let (stages, used) = match read {
        Some((stages, used)) => (Some(stages), used),
        None => (None, BTreeSet::new()),
    };
    for (list, choice_list) in &choices.lists {
        if !used.contains(list) {
            if let Some(t) = &lists {
                found.cell(
                    ProblemCode::UnusedChoiceList,
                    t,
                    choice_list.row,
                    "list_name",
                    format!("no item uses the list '{list}'"),
                );
            }
        }
    }
    for t in lists.iter().chain(&survey) {
        translation_warnings(t, &language, &mut found);
    }
    let template = match stages {
        Some(stages) if !found.has_errors() => {
            let template = ChecklistTemplate {
                title: text_id(&settings.id, TextOf::Title),
                id: settings.id,
                version: settings.version,
                audience: settings.role,
                stages,
                texts,
                default_language: Some(settings.default_language),
            };
            // The workbook's own checks cover the engine's; this is the last word should they drift apart.
            match template.check() {
                Ok(()) => Some(template),
                Err(message) => {
                    found.push(ProblemCode::InvalidChecklist, "survey", None, None, "", message);
                    None
                }
            }
        }
        _ => None,
    };
    Report { template, problems: found.problems }
}

fn read_settings(workbook: &Workbook, published: Option<u32>, found: &mut Findings) -> Settings {
    let mut settings = Settings {
        id: String::new(),
        version: 0,
        role: Role::Shopper,
        default_language: "en".into(),
        texts: Texts::new(),
    };
    let Some(sheet) = workbook.sheet("settings") else {
        found.missing_sheet("settings");
        return settings;
    };
    // The default language names the plain `title` column, so it is read before the header is.
    let language_col = sheet.header().iter().position(|h| h.trim().eq_ignore_ascii_case("default_language"));
    let mut language_problem = None;
    if let Some(col) = language_col {
        let cell = sheet.cell(1, col).trim();
        if !cell.is_empty() {
            match language_code(cell) {
                Some(code) => settings.default_language = code.to_owned(),
                None => language_problem = Some(cell),
            }
        }
    }
    let t = Table::read(sheet, &["title"], &settings.default_language.clone(), found);
    let row = 1;
    if let Some(cell) = language_problem {
        found.cell(
            ProblemCode::UnknownLanguage,
            &t,
            row,
            "default_language",
            format!("'{cell}' is not one of the languages {}", locale::SUPPORTED.join(", ")),
        );
    }
    for column in ["template_id", "version", "role"] {
        if !t.has(column) {
            found.missing_column(&t, column);
        }
    }
    let id = t.get(row, "template_id");
    if t.has("template_id") {
        if id.is_empty() {
            found.cell(ProblemCode::MissingName, &t, row, "template_id", "the checklist needs an id".into());
        } else if !valid_name(id) {
            found.cell(
                ProblemCode::InvalidName,
                &t,
                row,
                "template_id",
                format!("'{id}' may hold only letters, digits, '-' and '_'"),
            );
        }
    }
    settings.id = id.to_owned();
    let version = t.get(row, "version");
    if t.has("version") {
        match version.parse::<u32>() {
            Ok(v) if v > 0 => {
                settings.version = v;
                if let Some(p) = published.filter(|p| v <= *p) {
                    found.cell(
                        ProblemCode::VersionNotAbove,
                        &t,
                        row,
                        "version",
                        format!("version {v} is not above the published version {p}"),
                    );
                }
            }
            _ => found.cell(
                ProblemCode::InvalidVersion,
                &t,
                row,
                "version",
                format!("'{version}' is not a whole number above 0"),
            ),
        }
    }
    let role = t.get(row, "role");
    if t.has("role") {
        match Role::parse(&role.to_lowercase()) {
            Some(r) => settings.role = r,
            None => found.cell(
                ProblemCode::UnknownRole,
                &t,
                row,
                "role",
                format!("'{role}' is not a role: write shopper or citizen"),
            ),
        }
    }
    let title_id = text_id(&settings.id, TextOf::Title);
    t.texts_of(row, "title", &title_id, &mut settings.texts);
    if t.text(row, "title", &settings.default_language).is_empty() {
        found.push(
            ProblemCode::MissingLabel,
            &sheet.name,
            Some(row),
            None,
            "",
            format!("the checklist has no title in its default language ({})", settings.default_language),
        );
    }
    rtl_warnings(&t, &[row], found);
    translation_warnings(&t, &settings.default_language, found);
    settings
}

struct ChoiceList {
    /// Where the list first appears.
    row: usize,
    options: Vec<ChoiceOption>,
}

#[derive(Default)]
struct Choices {
    lists: BTreeMap<String, ChoiceList>,
}

fn read_choices(t: &Table<'_>, settings: &Settings, texts: &mut Texts, found: &mut Findings) -> Choices {
    let mut choices = Choices::default();
    for column in ["list_name", "name"] {
        if !t.has(column) {
            found.missing_column(t, column);
        }
    }
    let rows: Vec<usize> = t.rows().collect();
    for &row in &rows {
        let list = t.get(row, "list_name");
        let name = t.get(row, "name");
        if list.is_empty() {
            found.cell(ProblemCode::MissingName, t, row, "list_name", "the choice names no list".into());
            continue;
        }
        if !valid_name(list) {
            found.cell(
                ProblemCode::InvalidName,
                t,
                row,
                "list_name",
                format!("'{list}' may hold only letters, digits, '-' and '_'"),
            );
        }
        let entry = choices.lists.entry(list.to_owned()).or_insert(ChoiceList { row, options: Vec::new() });
        if name.is_empty() {
            found.cell(ProblemCode::MissingName, t, row, "name", format!("a choice of '{list}' has no name"));
            continue;
        }
        if !valid_name(name) {
            found.cell(
                ProblemCode::InvalidName,
                t,
                row,
                "name",
                format!("'{name}' may hold only letters, digits, '-' and '_'"),
            );
        }
        if entry.options.iter().any(|o| o.id == name) {
            found.cell(ProblemCode::DuplicateName, t, row, "name", format!("'{name}' is twice in the list '{list}'"));
        }
        let label = text_id(&settings.id, TextOf::Choice(list, name));
        t.texts_of(row, "label", &label, texts);
        if t.text(row, "label", &settings.default_language).is_empty() {
            found.push(
                ProblemCode::MissingLabel,
                &t.sheet.name,
                Some(row),
                None,
                "",
                format!("the choice '{name}' has no label in the default language ({})", settings.default_language),
            );
        }
        let score = t.get(row, "score");
        let score = if score.is_empty() {
            None
        } else {
            match number(score) {
                Some(s) if (0.0..=1.0).contains(&s) => Some(s),
                Some(_) => {
                    found.cell(
                        ProblemCode::ScoreOutOfRange,
                        t,
                        row,
                        "score",
                        format!("a score is from 0 to 1, not {score}"),
                    );
                    None
                }
                None => {
                    found.cell(ProblemCode::InvalidNumber, t, row, "score", format!("'{score}' is not a number"));
                    None
                }
            }
        };
        entry.options.push(ChoiceOption { id: name.to_owned(), label, score });
    }
    rtl_warnings(t, &rows, found);
    choices
}

/// A finite number as a spreadsheet shows one.
pub(super) fn number(cell: &str) -> Option<f64> {
    cell.parse::<f64>().ok().filter(|n| n.is_finite())
}

pub(super) fn flag(t: &Table<'_>, row: usize, column: &str, found: &mut Findings) -> bool {
    let cell = t.get(row, column);
    match cell.to_lowercase().as_str() {
        "" | "no" | "n" | "false" | "false()" | "0" => false,
        "yes" | "y" | "true" | "true()" | "1" => true,
        _ => {
            found.cell(ProblemCode::InvalidFlag, t, row, column, format!("'{cell}' is not yes or no"));
            false
        }
    }
}

/// A weight cell: empty is 1.
fn weight(t: &Table<'_>, row: usize, found: &mut Findings) -> f64 {
    let cell = t.get(row, "weight");
    if cell.is_empty() {
        return 1.0;
    }
    match number(cell) {
        Some(w) if w >= 0.0 => w,
        Some(_) => {
            found.cell(ProblemCode::NegativeWeight, t, row, "weight", format!("a weight is 0 or more, not {cell}"));
            0.0
        }
        None => {
            found.cell(ProblemCode::InvalidNumber, t, row, "weight", format!("'{cell}' is not a number"));
            0.0
        }
    }
}

/// A stage being read, with the row that opened it.
struct StageDraft {
    row: usize,
    /// False for the stand-in that holds items written outside any group.
    opened: bool,
    stage: Stage,
}

/// An item read, with the row and expression its condition comes from.
struct ItemDraft {
    row: usize,
    stage: usize,
    item: Item,
    relevant: String,
}

fn read_survey(
    t: &Table<'_>,
    settings: &Settings,
    choices: &Choices,
    texts: &mut Texts,
    found: &mut Findings,
) -> (Vec<Stage>, BTreeSet<String>) {
    for column in ["type", "name"] {
        if !t.has(column) {
            found.missing_column(t, column);
        }
    }
    let language = settings.default_language.as_str();
    if !t.texts.contains_key(&("label".to_owned(), language.to_owned())) {
        found.missing_column(t, &format!("label::{language}"));
    }
    let mut stages: Vec<StageDraft> = Vec::new();
    let mut open: Option<StageDraft> = None;
    let mut items: Vec<ItemDraft> = Vec::new();
    let mut stage_names: BTreeSet<String> = BTreeSet::new();
    let mut item_names: BTreeSet<String> = BTreeSet::new();
    let rows: Vec<usize> = t.rows().collect();
    let mut text_rows = Vec::new();
    let mut choices_used = BTreeSet::new();
    for &row in &rows {
        let type_cell = t.get(row, "type");
        let mut words = type_cell.split_whitespace();
        let kind_word = words.next().unwrap_or("").to_lowercase();
        let list = words.next();
        let name = t.get(row, "name");
        match kind_word.as_str() {
            "begin_group" | "begin" if kind_word == "begin_group" || list == Some("group") => {
                if let Some(previous) = open.take() {
                    if previous.opened {
                        found.cell(
                            ProblemCode::UnmatchedBeginGroup,
                            t,
                            previous.row,
                            "type",
                            format!(
                                "the stage '{}' is not closed before the next begins (stages do not nest)",
                                previous.stage.id
                            ),
                        );
                    }
                    stages.push(previous);
                }
                check_name(t, row, name, "stage", &mut stage_names, found);
                let weight = weight(t, row, found);
                let title = text_id(&settings.id, TextOf::Stage(name));
                t.texts_of(row, "label", &title, texts);
                require_label(t, row, language, name, found);
                text_rows.push(row);
                let stage = Stage { id: name.to_owned(), title, weight, items: Vec::new() };
                open = Some(StageDraft { row, opened: true, stage });
            }
            "end_group" | "end" if kind_word == "end_group" || list == Some("group") => match open.take() {
                Some(draft) if draft.opened => stages.push(draft),
                other => {
                    stages.extend(other);
                    found.cell(ProblemCode::UnmatchedEndGroup, t, row, "type", "no stage is open here".into());
                }
            },
            _ => {
                let Some(kind) = item_kind(t, row, &kind_word, list, choices, &mut choices_used, found) else {
                    continue;
                };
                if open.is_none() {
                    found.cell(
                        ProblemCode::ItemOutsideStage,
                        t,
                        row,
                        "type",
                        "an item belongs to a stage: put it between begin_group and end_group".into(),
                    );
                    open = Some(StageDraft {
                        row,
                        opened: false,
                        stage: Stage { id: String::new(), title: String::new(), weight: 0.0, items: Vec::new() },
                    });
                }
                check_name(t, row, name, "item", &mut item_names, found);
                let label = text_id(&settings.id, TextOf::Label(name));
                t.texts_of(row, "label", &label, texts);
                require_label(t, row, language, name, found);
                let hint = text_id(&settings.id, TextOf::Hint(name));
                let has_hint = t.texts_of(row, "hint", &hint, texts);
                text_rows.push(row);
                let evidence = t.get(row, "evidence_on_fail");
                let (photo_on_fail, comment_on_fail) = match evidence.to_lowercase().as_str() {
                    "" => (false, false),
                    "photo" => (true, false),
                    "comment" => (false, true),
                    "both" => (true, true),
                    _ => {
                        found.cell(
                            ProblemCode::InvalidEvidence,
                            t,
                            row,
                            "evidence_on_fail",
                            format!("'{evidence}' is not photo, comment or both"),
                        );
                        (false, false)
                    }
                };
                let item = Item {
                    id: name.to_owned(),
                    label,
                    help: has_hint.then_some(hint),
                    kind,
                    weight: weight(t, row, found),
                    required: flag(t, row, "required", found),
                    allow_na: flag(t, row, "na_allowed", found),
                    photo_on_fail,
                    comment_on_fail,
                    show_if: None,
                    action_on_fail: flag(t, row, "action_on_fail", found),
                };
                items.push(ItemDraft { row, stage: stages.len(), item, relevant: t.get(row, "relevant").to_owned() });
            }
        }
    }
    if let Some(draft) = open.take() {
        if draft.opened {
            found.cell(
                ProblemCode::UnmatchedBeginGroup,
                t,
                draft.row,
                "type",
                format!("the stage '{}' is never closed with end_group", draft.stage.id),
            );
        }
        stages.push(draft);
    }
    conditions(t, &mut items, found);
    for item in items {
        if let Some(draft) = stages.get_mut(item.stage) {
            draft.stage.items.push(item.item);
        }
    }
    for draft in &stages {
        zero_total(t, draft, found);
    }
    if stages.iter().all(|d| !d.opened) {
        found.push(
            ProblemCode::NoStages,
            &t.sheet.name,
            None,
            None,
            "",
            "the checklist has no stage: open one with begin_group".into(),
        );
    }
    rtl_warnings(t, &text_rows, found);
    (stages.into_iter().filter(|d| d.opened).map(|d| d.stage).collect(), choices_used)
}

fn check_name(t: &Table<'_>, row: usize, name: &str, what: &str, seen: &mut BTreeSet<String>, found: &mut Findings) {
    if name.is_empty() {
        found.cell(ProblemCode::MissingName, t, row, "name", format!("the {what} has no name"));
    } else if !valid_name(name) {
        found.cell(
            ProblemCode::InvalidName,
            t,
            row,
            "name",
            format!("'{name}' may hold only letters, digits, '-' and '_'"),
        );
    } else if !seen.insert(name.to_owned()) {
        found.cell(ProblemCode::DuplicateName, t, row, "name", format!("the {what} name '{name}' is used twice"));
    }
}

fn require_label(t: &Table<'_>, row: usize, language: &str, name: &str, found: &mut Findings) {
    if t.text(row, "label", language).is_empty() {
        let column = t
            .texts
            .get(&("label".to_owned(), language.to_owned()))
            .map(|&c| Column::new(c, t.sheet.header()[c].trim()));
        found.push(
            ProblemCode::MissingLabel,
            &t.sheet.name,
            Some(row),
            column,
            "",
            format!("'{name}' has no label in the default language ({language})"),
        );
    }
}

/// The settings columns each kind reads; a value in another kind's column is a mistake.
const KIND_SETTINGS: [&str; 6] = ["target_seconds", "target_minutes", "min", "max", "max_length", "max_photos"];

fn item_kind(
    t: &Table<'_>,
    row: usize,
    word: &str,
    list: Option<&str>,
    choices: &Choices,
    used: &mut BTreeSet<String>,
    found: &mut Findings,
) -> Option<ItemKind> {
    let uses: &[&str] = match word {
        "duration" => &["target_seconds", "target_minutes"],
        "number" => &["min", "max"],
        "text" => &["max_length"],
        "photo" => &["max_photos"],
        _ => &[],
    };
    for column in KIND_SETTINGS.iter().filter(|c| !uses.contains(c)) {
        if !t.get(row, column).is_empty() {
            found.cell(
                ProblemCode::MisplacedSetting,
                t,
                row,
                column,
                format!("a {word} item has no {column}; leave the cell empty"),
            );
        }
    }
    let optional = |column: &str, found: &mut Findings| {
        let cell = t.get(row, column);
        if cell.is_empty() {
            return None;
        }
        let n = number(cell);
        if n.is_none() {
            found.cell(ProblemCode::InvalidNumber, t, row, column, format!("'{cell}' is not a number"));
        }
        n
    };
    let count = |column: &str, default: u32, found: &mut Findings| {
        let cell = t.get(row, column);
        if cell.is_empty() {
            return default;
        }
        cell.parse::<u32>().unwrap_or_else(|_| {
            found.cell(ProblemCode::InvalidNumber, t, row, column, format!("'{cell}' is not a whole number"));
            default
        })
    };
    let kind = match word {
        "yes_no" => ItemKind::YesNo,
        "scale" => ItemKind::Scale,
        "face" => ItemKind::Face,
        "duration" => {
            let minutes = match (optional("target_seconds", found), optional("target_minutes", found)) {
                (Some(s), _) => Some(s / 60.0),
                (None, m) => m,
            };
            match minutes {
                Some(m) if m > 0.0 => ItemKind::Duration { target_minutes: m },
                _ => {
                    found.cell(
                        ProblemCode::MissingTarget,
                        t,
                        row,
                        "target_seconds",
                        "a duration needs a target_seconds above 0".into(),
                    );
                    ItemKind::Duration { target_minutes: 1.0 }
                }
            }
        }
        "select_one" | "select_multiple" => {
            let Some(list) = list else {
                found.cell(
                    ProblemCode::MissingChoiceList,
                    t,
                    row,
                    "type",
                    format!("write the list after the type: {word} <list_name>"),
                );
                return None;
            };
            let Some(choice_list) = choices.lists.get(list) else {
                found.cell(
                    ProblemCode::MissingChoiceList,
                    t,
                    row,
                    "type",
                    format!("the choices sheet has no list '{list}'"),
                );
                return None;
            };
            used.insert(list.to_owned());
            let options = choice_list.options.clone();
            if word == "select_one" {
                ItemKind::SingleChoice { options }
            } else {
                ItemKind::MultiChoice { options }
            }
        }
        "number" => ItemKind::Number { min: optional("min", found), max: optional("max", found) },
        "text" => ItemKind::Text { max_len: count("max_length", MAX_COMMENT_CHARS as u32, found) },
        "photo" => ItemKind::Photo { max_photos: count("max_photos", MAX_PHOTOS_PER_PLACE as u32, found) },
        "" => {
            found.cell(ProblemCode::UnknownType, t, row, "type", "the row has no type".into());
            return None;
        }
        other => {
            found.cell(
                ProblemCode::UnknownType,
                t,
                row,
                "type",
                format!(
                    "'{other}' is not a type: yes_no, scale, face, duration, select_one, select_multiple, number, text, photo, begin_group, end_group"
                ),
            );
            return None;
        }
    };
    Some(kind)
}

/// Reads every item's `relevant`, knowing which items come before it.
fn conditions(t: &Table<'_>, items: &mut [ItemDraft], found: &mut Findings) {
    let names: Vec<String> = items.iter().map(|d| d.item.id.clone()).collect();
    let kinds: Vec<ItemKind> = items.iter().map(|d| d.item.kind.clone()).collect();
    for (index, draft) in items.iter_mut().enumerate() {
        if draft.relevant.is_empty() {
            continue;
        }
        let lookup = |name: &str| match names.iter().position(|n| n == name) {
            Some(j) if j < index => Reference::Earlier(&kinds[j]),
            Some(_) => Reference::Later,
            None => Reference::Unknown,
        };
        let column = t.column("relevant");
        let cell = draft.relevant.clone();
        let problem = |code, position: Option<usize>, message: String| Problem {
            code,
            sheet: t.sheet.name.clone(),
            row: Some(draft.row + 1),
            column: column.clone(),
            cell: cell.clone(),
            position,
            message,
        };
        match relevant::parse(&draft.relevant, lookup) {
            Ok(parsed) => {
                if parsed.typographic_quotes {
                    found.problems.push(problem(
                        ProblemCode::TypographicQuotes,
                        None,
                        "typographic quotes (‘ ’ “ ”) are read as plain ones; write ' or \"".into(),
                    ));
                }
                draft.item.show_if = Some(parsed.condition);
            }
            Err(errors) => {
                for e in errors {
                    let message = format!("at character {}: {}", e.position, e.message);
                    found.problems.push(problem(e.code, Some(e.position), message));
                }
            }
        }
    }
}

/// Whether the kind can score: a choice only when some option says what it is worth.
fn scored(kind: &ItemKind) -> bool {
    match kind {
        ItemKind::YesNo | ItemKind::Scale | ItemKind::Face | ItemKind::Duration { .. } => true,
        ItemKind::SingleChoice { options } => options.iter().any(|o| o.score.is_some()),
        _ => false,
    }
}

/// A stage that counts towards the score but whose scored items weigh nothing can never score.
fn zero_total(t: &Table<'_>, draft: &StageDraft, found: &mut Findings) {
    let stage = &draft.stage;
    let scored: Vec<&Item> = stage.items.iter().filter(|i| scored(&i.kind)).collect();
    if draft.opened && stage.weight > 0.0 && !scored.is_empty() && scored.iter().all(|i| i.weight == 0.0) {
        found.cell(
            ProblemCode::StageWeightZero,
            t,
            draft.row,
            "weight",
            format!("the scored items of the stage '{}' all weigh 0, so it can never score", stage.id),
        );
    }
}

/// One warning per language column that is empty in some rows where the default language has a text.
pub(super) fn translation_warnings(t: &Table<'_>, default_language: &str, found: &mut Findings) {
    for ((field, language), &col) in &t.texts {
        if language == default_language {
            continue;
        }
        let rows: Vec<usize> = t
            .rows()
            .filter(|&r| !t.text(r, field, default_language).is_empty() && t.sheet.cell(r, col).trim().is_empty())
            .collect();
        let Some(&first) = rows.first() else { continue };
        let listed: Vec<String> = rows.iter().map(|r| (r + 1).to_string()).collect();
        found.push(
            ProblemCode::MissingTranslation,
            &t.sheet.name,
            Some(first),
            Some(Column::new(col, t.sheet.header()[col].trim())),
            "",
            format!(
                "{field} in {language} is empty in rows {}; the default language ({default_language}) is shown there",
                listed.join(", ")
            ),
        );
    }
}

/// Whether a text's first letter is of a left-to-right script (Latin, Greek, Cyrillic, CJK...).
fn starts_left_to_right(text: &str) -> bool {
    text.chars().find(|c| c.is_alphabetic()).is_some_and(|c| {
        let rtl = matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF);
        !rtl
    })
}

/// A right-to-left language's cell that starts with left-to-right text was likely pasted into the wrong column.
pub(super) fn rtl_warnings(t: &Table<'_>, rows: &[usize], found: &mut Findings) {
    for ((_, language), &col) in &t.texts {
        if !locale::is_right_to_left(language) {
            continue;
        }
        for &row in rows {
            let cell = t.sheet.cell(row, col).trim();
            if starts_left_to_right(cell) {
                found.push(
                    ProblemCode::LeftToRightText,
                    &t.sheet.name,
                    Some(row),
                    Some(Column::new(col, t.sheet.header()[col].trim())),
                    cell,
                    format!("the {language} text starts with left-to-right text; is it in the right column?"),
                );
            }
        }
    }
}
