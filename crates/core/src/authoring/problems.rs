//! What a workbook's checks find: errors that stop a checklist from being
//! published and warnings that do not, each naming the cell it is about.

use super::workbook::column_letter;
use std::fmt;

/// Whether a problem stops publishing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

macro_rules! problem_codes {
    ($($(#[doc = $doc:literal])* $variant:ident = $text:literal, $severity:ident;)*) => {
        /// One kind of problem in a workbook, as its snake_case code.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum ProblemCode {
            $($(#[doc = $doc])* $variant,)*
        }

        impl ProblemCode {
            pub const ALL: &'static [ProblemCode] = &[$(ProblemCode::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(ProblemCode::$variant => $text,)*
                }
            }

            /// Every code is either always an error or always a warning.
            pub fn severity(self) -> Severity {
                match self {
                    $(ProblemCode::$variant => Severity::$severity,)*
                }
            }
        }
    };
}

problem_codes! {
    /// A sheet the layout needs (`survey`, `settings`) is not in the workbook.
    MissingSheet = "missing_sheet", Error;
    /// A column the sheet needs is not in its header.
    MissingColumn = "missing_column", Error;
    /// A row that needs a name has none.
    MissingName = "missing_name", Error;
    /// A name used twice where it must be unique.
    DuplicateName = "duplicate_name", Error;
    /// A name with characters other than letters, digits, `-` and `_`.
    InvalidName = "invalid_name", Error;
    /// A `type` the layout does not know.
    UnknownType = "unknown_type", Error;
    /// A header `label::...` or `default_language` naming no supported language.
    UnknownLanguage = "unknown_language", Error;
    /// An item or stage without a label in the default language, or a checklist without a title.
    MissingLabel = "missing_label", Error;
    /// A `relevant` that does not parse.
    ExpressionSyntax = "expression_syntax", Error;
    /// A `relevant` naming an item the checklist does not have.
    UnknownItem = "unknown_item", Error;
    /// A `relevant` naming the item itself or one after it.
    LaterItem = "later_item", Error;
    /// A `relevant` comparing an item with a value it cannot be answered with.
    ValueDoesNotFit = "value_does_not_fit", Error;
    /// A number cell that is not a number.
    InvalidNumber = "invalid_number", Error;
    /// A weight below zero.
    NegativeWeight = "negative_weight", Error;
    /// A stage that counts but whose scored items all weigh 0.
    StageWeightZero = "stage_weight_zero", Error;
    /// A `select_one` or `select_multiple` naming a list the `choices` sheet lacks.
    MissingChoiceList = "missing_choice_list", Error;
    /// A list on the `choices` sheet that no item uses.
    UnusedChoiceList = "unused_choice_list", Error;
    /// A choice's score outside 0..1.
    ScoreOutOfRange = "score_out_of_range", Error;
    /// A `begin_group` never closed, or one inside another.
    UnmatchedBeginGroup = "unmatched_begin_group", Error;
    /// An `end_group` with no open group.
    UnmatchedEndGroup = "unmatched_end_group", Error;
    /// An item outside every group: every item belongs to a stage.
    ItemOutsideStage = "item_outside_stage", Error;
    /// No stage at all.
    NoStages = "no_stages", Error;
    /// A `version` that is not a positive whole number.
    InvalidVersion = "invalid_version", Error;
    /// A `version` not above the one already published.
    VersionNotAbove = "version_not_above", Error;
    /// A `role` other than shopper or citizen.
    UnknownRole = "unknown_role", Error;
    /// A yes/no cell (`required`, `na_allowed`, `action_on_fail`) with another word.
    InvalidFlag = "invalid_flag", Error;
    /// An `evidence_on_fail` other than photo, comment or both.
    InvalidEvidence = "invalid_evidence", Error;
    /// A `duration` without a positive `target_seconds`.
    MissingTarget = "missing_target", Error;
    /// A setting in a cell where the layout has none for that type (a target on a yes/no).
    MisplacedSetting = "misplaced_setting", Error;
    /// The template read breaks a rule of the engine's own check.
    InvalidChecklist = "invalid_checklist", Error;
    /// A catalogue row naming an entity or a service the catalogue does not have.
    UnknownReference = "unknown_reference", Error;
    /// A latitude, longitude or geofence radius outside what a place on Earth can have.
    OutOfRange = "out_of_range", Error;
    /// Some rows lack a language's text; the default language is shown there.
    MissingTranslation = "missing_translation", Warning;
    /// Typographic quotes in an expression, read as plain ones.
    TypographicQuotes = "typographic_quotes", Warning;
    /// A header with spaces before or after it.
    HeaderSpaces = "header_spaces", Warning;
    /// A right-to-left language's cell starting with left-to-right text.
    LeftToRightText = "left_to_right_text", Warning;
}

impl fmt::Display for ProblemCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A column as a person finds it: its header and its letters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub header: String,
    pub letter: String,
}

impl Column {
    pub fn new(index: usize, header: &str) -> Self {
        Self { header: header.to_owned(), letter: column_letter(index) }
    }
}

/// One thing wrong with a workbook, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub code: ProblemCode,
    pub sheet: String,
    /// 1-based as the spreadsheet shows it (the header is row 1); None for a whole sheet.
    pub row: Option<usize>,
    pub column: Option<Column>,
    /// The cell's text as written.
    pub cell: String,
    /// For an expression, the character offset (from 0) where it goes wrong.
    pub position: Option<usize>,
    /// In English, for the author.
    pub message: String,
}

impl Problem {
    pub fn severity(&self) -> Severity {
        self.code.severity()
    }

    pub fn is_error(&self) -> bool {
        self.severity() == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.sheet)?;
        match (&self.column, self.row) {
            (Some(c), Some(r)) => write!(f, "!{}{r} ({})", c.letter, c.header)?,
            (Some(c), None) => write!(f, " column {} ({})", c.letter, c.header)?,
            (None, Some(r)) => write!(f, " row {r}")?,
            (None, None) => {}
        }
        write!(f, ": {} [{}]", self.message, self.code)
    }
}

/// A problem as the API answers it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProblemLine {
    /// `error` stops publishing; `warning` does not.
    pub severity: String,
    pub code: String,
    pub sheet: String,
    /// 1-based, the header being row 1; none for a whole sheet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<usize>,
    /// The column's letter (`G`), none for a whole row or sheet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    /// The column's header (`relevant`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header: Option<String>,
    /// The cell's text as written.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub cell: String,
    /// For an expression: the character (from 0) where it goes wrong.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<usize>,
    pub message: String,
}

impl From<&Problem> for ProblemLine {
    fn from(p: &Problem) -> Self {
        Self {
            severity: if p.is_error() { "error" } else { "warning" }.to_owned(),
            code: p.code.as_str().to_owned(),
            sheet: p.sheet.clone(),
            row: p.row,
            column: p.column.as_ref().map(|c| c.letter.clone()),
            header: p.column.as_ref().map(|c| c.header.clone()),
            cell: p.cell.clone(),
            position: p.position,
            message: p.message.clone(),
        }
    }
}
