//! Cells that cannot attack the reader. A spreadsheet runs a CSV cell that
//! begins with `=`, `+`, `-` or `@` (and, in some, a tab or a carriage
//! return first) as a formula: a citizen's comment `=HYPERLINK(…)` would
//! become a link, or worse. As OWASP's advice on CSV injection says, such a
//! cell is written with a `'` in front, which spreadsheets show as text and
//! hide; a plain number (`-3`, `+4.5`) stays a number. Workbooks need none
//! of this: their cells are only ever written as strings or numbers.

use std::borrow::Cow;

/// What makes a spreadsheet read a cell as a formula when it starts with it.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The cell as a CSV export writes it.
pub fn csv_cell(text: &str) -> Cow<'_, str> {
    match text.chars().next() {
        Some(first) if FORMULA_STARTS.contains(&first) && !is_plain_number(text) => Cow::Owned(format!("'{text}")),
        _ => Cow::Borrowed(text),
    }
}

/// Digits with at most a sign, a decimal point and an exponent: what a
/// spreadsheet reads as a number, never as a formula.
fn is_plain_number(text: &str) -> bool {
    text.parse::<f64>().is_ok_and(f64::is_finite) && text.chars().all(|c| c.is_ascii_digit() || "+-.eE".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_a_spreadsheet_would_run_is_written_as_text() {
        for hostile in [
            "=HYPERLINK(\"http://example.com\",\"click\")",
            "+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(1+1)",
            "\t=1+1",
            "\r=1+1",
            "-",
            "=",
        ] {
            assert_eq!(csv_cell(hostile), format!("'{hostile}"), "{hostile:?}");
        }
    }

    #[test]
    fn numbers_and_ordinary_text_are_left_as_they_are() {
        for kept in ["-3", "+4.5", "-0.25e3", "1.5", "Desk 7", "شكرا", "", " =not first", "a=b", "'quoted"] {
            assert_eq!(csv_cell(kept), kept, "{kept:?}");
        }
        assert_eq!(csv_cell("-inf"), "'-inf", "not a number a spreadsheet knows");
    }
}
