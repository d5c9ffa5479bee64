//! The workbook as the authoring rules see it: named sheets of text cells, row 0
//! the header. The server reads and writes the actual spreadsheet files.

/// A spreadsheet file's contents.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Workbook {
    pub sheets: Vec<Sheet>,
}

/// One sheet: its rows of cells as the spreadsheet shows them; row 0 is the header.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<String>>,
}

impl Workbook {
    /// The sheet of that name, ignoring case and surrounding spaces as a person typing it would.
    pub fn sheet(&self, name: &str) -> Option<&Sheet> {
        self.sheets.iter().find(|s| s.name.trim().eq_ignore_ascii_case(name))
    }
}

impl Sheet {
    pub fn new(name: impl Into<String>, rows: Vec<Vec<String>>) -> Self {
        Self { name: name.into(), rows }
    }

    pub fn header(&self) -> &[String] {
        self.rows.first().map(Vec::as_slice).unwrap_or_default()
    }

    /// The cell at a 0-based row and column; a short row reads as empty cells.
    pub fn cell(&self, row: usize, col: usize) -> &str {
        self.rows.get(row).and_then(|r| r.get(col)).map(String::as_str).unwrap_or("")
    }
}

/// A column's letters as a spreadsheet names them: 0 -> A, 25 -> Z, 26 -> AA.
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_follow_the_spreadsheet() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }

    #[test]
    fn a_short_row_reads_as_empty_cells() {
        let s = Sheet::new("survey", vec![vec!["type".into(), "name".into()], vec!["yes_no".into()]]);
        assert_eq!(s.cell(1, 0), "yes_no");
        assert_eq!(s.cell(1, 1), "");
        assert_eq!(s.cell(9, 9), "");
    }
}
