//! Checklists authored in a spreadsheet, XLSForm-like: a workbook read into a
//! [`ChecklistTemplate`](crate::template::ChecklistTemplate) with every problem it has, and a template written back.
//!
//! # Layout
//!
//! - `survey`: one row per item, stages opened by `begin_group` and closed by
//!   `end_group` rows. Columns `type`, `name`, `label::<language>`,
//!   `hint::<language>`, `required`, `relevant`, `weight`, `evidence_on_fail`
//!   (`photo`, `comment`, `both`), `target_seconds` (or `target_minutes`), `action_on_fail`,
//!   `na_allowed`; for the kinds that need them `min`, `max`, `max_length`,
//!   `max_photos`. Types: `yes_no`, `scale` (1 to 5), `face`, `duration`,
//!   `select_one <list>`, `select_multiple <list>`, `number`, `text`, `photo`.
//! - `choices`: `list_name`, `name`, `label::<language>`, `score` (0..1, which
//!   makes a single choice scored).
//! - `settings`: one row under the header: `template_id`, `version`, `role`
//!   (`shopper` or `citizen`), `default_language`, `title::<language>`.
//!
//! A language is written `label::ar` or `label::Arabic (ar)`; a plain `label`
//! is the default language. Texts travel in the template
//! ([`ChecklistTemplate::texts`](crate::template::ChecklistTemplate::texts)) under ids made by [`text_id`].
//!
//! # The `relevant` expressions
//!
//! An item shows when its expression holds for the earlier answers:
//!
//! | expression | holds when |
//! |---|---|
//! | `${parking} = 'no'` | parking was answered no |
//! | `${parking} != 'yes'` | parking was answered, with something other than yes |
//! | `${knowledge} in (1, 2)` | the scale was answered 1 or 2 |
//! | `selected(${reasons}, 'fees')` | fees is the choice, or among the choices |
//! | `answered(${receipt})` | receipt has an answer |
//! | `not(${face} = 'happy')` | face is not answered happy, unanswered and hidden included |
//! | `${a} = 'no' and ${b} = 'no' or ${c} = 'na'` | `and` binds tighter than `or` |
//! | `${a} = 'no' and (${b} = 'no' or ${c} = 'na')` | parentheses group |
//!
//! Values follow the item: `'yes'`, `'no'`, `'na'` for yes/no; a number 1 to 5
//! for a scale; `'happy'`, `'neutral'`, `'unhappy'` for a face; minutes for a
//! duration; a choice's name for a single choice; text in quotes for a text
//! item (a quote inside is doubled: `'it''s'`). An item hidden or unanswered
//! satisfies no comparison, `selected` or `answered`; `not` turns that round.
//! An expression names only items above its own. `and`, `or`, `not`, `in`,
//! `selected` and `answered` may be written in capitals; `==` and `<>` are
//! read as `=` and `!=`; typographic quotes as plain ones, with a warning.

pub mod catalogue;
pub mod diff;
pub mod export;
pub mod problems;
pub mod relevant;
pub mod survey;
pub mod workbook;

pub use catalogue::{catalogue_workbook, parse_catalogue, CatalogueReport};
pub use diff::{diff, Change, Changed, TemplateDiff};
pub use export::{workbook, workbook_with};
pub use problems::{Column, Problem, ProblemCode, ProblemLine, Severity};
pub use survey::{parse, Report};
pub use workbook::{Sheet, Workbook};

/// What an authored text belongs to; with the template's id it makes the text's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextOf<'a> {
    Title,
    Stage(&'a str),
    Label(&'a str),
    Hint(&'a str),
    /// A choice of a list.
    Choice(&'a str, &'a str),
}

/// The id under which a workbook's text is kept: `<template>.item.<name>.label` and the like.
/// The kinds of text live apart, so a stage and an item may share a name.
pub fn text_id(template_id: &str, of: TextOf<'_>) -> String {
    match of {
        TextOf::Title => format!("{template_id}.title"),
        TextOf::Stage(name) => format!("{template_id}.stage.{name}.label"),
        TextOf::Label(name) => format!("{template_id}.item.{name}.label"),
        TextOf::Hint(name) => format!("{template_id}.item.{name}.hint"),
        TextOf::Choice(list, name) => format!("{template_id}.choice.{list}.{name}.label"),
    }
}
