//! The problems a workbook's checks found, as a table: how serious, the
//! sheet, row and column (its letter and header), the cell as written, and
//! what is wrong in the reader's words, the server's English as a detail.

use crate::i18n::I18n;
use dioxus::prelude::*;
use ms_core::authoring::{ProblemCode, ProblemLine};

/// The message that puts a problem's code in words: `authoring-problem-<code>` with dashes.
pub fn problem_message_id(code: ProblemCode) -> String {
    format!("authoring-problem-{}", code.as_str().replace('_', "-"))
}

/// A problem in the reader's words; the server's own message for a code this app does not know.
pub fn problem_text(i18n: I18n, p: &ProblemLine) -> String {
    match ProblemCode::ALL.iter().find(|c| c.as_str() == p.code) {
        Some(code) => i18n.t(&problem_message_id(*code)),
        None => p.message.clone(),
    }
}

fn severity_text(i18n: I18n, severity: &str) -> String {
    i18n.t(if severity == "error" { "admin-severity-error" } else { "admin-severity-warning" })
}

/// The column as the reader finds it: its letter and its header.
fn column_text(p: &ProblemLine) -> String {
    match (&p.column, &p.header) {
        (Some(letter), Some(header)) if !header.is_empty() => format!("{letter} ({header})"),
        (Some(letter), _) => letter.clone(),
        (None, Some(header)) => header.clone(),
        (None, None) => String::new(),
    }
}

#[component]
pub fn ProblemsTable(i18n: I18n, errors: Vec<ProblemLine>, warnings: Vec<ProblemLine>) -> Element {
    let f = i18n.formats();
    let counts = i18n.t_args(
        "admin-problem-counts",
        &[
            ("errors", errors.len().into()),
            ("warnings", warnings.len().into()),
            ("errorsShown", f.integer(errors.len() as i64, 1).into()),
            ("warningsShown", f.integer(warnings.len() as i64, 1).into()),
        ],
    );
    let rows: Vec<ProblemLine> = errors.into_iter().chain(warnings).collect();
    let col = |key: &str| i18n.t(key);
    rsx! {
        section { class: "problems", "aria-labelledby": "problems-title",
            h2 { id: "problems-title", "{i18n.t(\"admin-problems\")}" }
            p { class: "problem-counts", "data-problem-counts": "", "{counts}" }
            if !rows.is_empty() {
                table { class: "planning-table problems-table",
                    thead { tr {
                        th { scope: "col", "{col(\"admin-col-severity\")}" }
                        th { scope: "col", "{col(\"admin-col-sheet\")}" }
                        th { scope: "col", "{col(\"admin-col-row\")}" }
                        th { scope: "col", "{col(\"admin-col-column\")}" }
                        th { scope: "col", "{col(\"admin-col-cell\")}" }
                        th { scope: "col", "{col(\"admin-col-problem\")}" }
                    } }
                    tbody {
                        for (n, p) in rows.into_iter().enumerate() {
                            tr { key: "{n}", class: "problem is-{p.severity}", "data-code": "{p.code}",
                                "data-sheet": "{p.sheet}", "data-row": "{p.row.map(|r| r.to_string()).unwrap_or_default()}",
                                "data-column": "{p.column.clone().unwrap_or_default()}",
                                td { "data-label": "{col(\"admin-col-severity\")}",
                                    span { class: "severity {p.severity}", "{severity_text(i18n, &p.severity)}" } }
                                td { "data-label": "{col(\"admin-col-sheet\")}", bdi { "{p.sheet}" } }
                                td { "data-label": "{col(\"admin-col-row\")}",
                                    "{p.row.map(|r| f.integer(r as i64, 1)).unwrap_or_default()}" }
                                td { "data-label": "{col(\"admin-col-column\")}", bdi { "{column_text(&p)}" } }
                                td { "data-label": "{col(\"admin-col-cell\")}", class: "cell-text",
                                    if !p.cell.is_empty() { code { dir: "auto", "{p.cell}" } } }
                                td { "data-label": "{col(\"admin-col-problem\")}", class: "problem-words",
                                    span { class: "cell-stack",
                                        span { class: "words", "{problem_text(i18n, &p)}" }
                                        span { class: "detail", lang: "en", dir: "ltr", "{p.message}" }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_problem_has_words_in_every_language() {
        let _ = crate::i18n::take_missing();
        for locale in crate::i18n::available() {
            let i18n = I18n::new(locale);
            for code in ProblemCode::ALL {
                let line = ProblemLine {
                    severity: "error".into(),
                    code: code.as_str().into(),
                    sheet: "survey".into(),
                    row: Some(3),
                    column: Some("A".into()),
                    header: Some("type".into()),
                    cell: String::new(),
                    position: None,
                    message: "in English".into(),
                };
                let words = problem_text(i18n, &line);
                assert!(!words.starts_with("authoring-problem-") && words != "in English", "{locale} {code}");
            }
        }
        assert_eq!(crate::i18n::take_missing(), vec![], "fell back to English");
    }

    #[test]
    fn a_code_from_a_newer_server_reads_as_its_message() {
        let line = ProblemLine {
            severity: "warning".into(),
            code: "something_new".into(),
            sheet: "choices".into(),
            row: None,
            column: None,
            header: Some("score".into()),
            cell: String::new(),
            position: None,
            message: "a newer check".into(),
        };
        assert_eq!(problem_text(I18n::new("ar"), &line), "a newer check");
        assert_eq!(column_text(&line), "score");
        let at = ProblemLine { column: Some("G".into()), header: Some("relevant".into()), ..line };
        assert_eq!(column_text(&at), "G (relevant)");
    }
}
