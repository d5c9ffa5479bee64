//! The evaluations export as an Excel workbook. The worksheet is written in
//! rust_xlsxwriter's constant-memory mode (each row goes to a temporary file
//! as soon as the next begins), so a million rows take the memory of one.

use super::columns::EVALUATION_COLUMNS;
use rust_xlsxwriter::{Format, Workbook, XlsxError};
use std::path::Path;

/// Excel's last row: a sheet holds a header and this many less one rows.
pub const MAX_ROWS: u32 = 1_048_576;

pub struct XlsxWriter {
    workbook: Workbook,
    next_row: u32,
}

impl XlsxWriter {
    pub fn new(temp_dir: &Path) -> Result<Self, XlsxError> {
        let mut workbook = Workbook::new();
        workbook.set_tempdir(temp_dir)?;
        let sheet = workbook.add_worksheet_with_constant_memory()?;
        sheet.set_name("Evaluations")?;
        let bold = Format::new().set_bold();
        for (col, name) in EVALUATION_COLUMNS.iter().enumerate() {
            sheet.write_string_with_format(0, col as u16, *name, &bold)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        Ok(Self { workbook, next_row: 1 })
    }

    /// Adds one row; numbers are written as numbers, the rest as text.
    pub fn push(&mut self, cells: &[String]) -> Result<(), XlsxError> {
        if self.next_row >= MAX_ROWS {
            return Err(XlsxError::RowColumnLimitError);
        }
        let sheet = self.workbook.worksheet_from_index(0)?;
        for (col, cell) in cells.iter().enumerate() {
            if cell.is_empty() {
                continue;
            }
            let numeric = matches!(
                EVALUATION_COLUMNS.get(col),
                Some(&("revision" | "template_version" | "score_percent" | "photo_count" | "answer_count"))
                    | Some(&("check_in_latitude" | "check_in_longitude" | "check_in_accuracy_m"))
            );
            match cell.parse::<f64>() {
                Ok(n) if numeric => sheet.write_number(self.next_row, col as u16, n)?,
                _ => sheet.write_string(self.next_row, col as u16, cell)?,
            };
        }
        self.next_row += 1;
        Ok(())
    }

    pub fn save(mut self, path: &Path) -> Result<(), XlsxError> {
        self.workbook.save(path)
    }
}
