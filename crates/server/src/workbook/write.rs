//! Writing cells of text to an `.xlsx` file: a bold, frozen header row, and
//! a cell that is a number written the way it reads back (`1`, `0.5`) stored
//! as a number, so that a spreadsheet sums it; every other cell as text.

use ms_core::authoring::Workbook;
use rust_xlsxwriter::{Format, XlsxError};

fn as_number(cell: &str) -> Option<f64> {
    let n: f64 = cell.parse().ok()?;
    let back = if n.fract() == 0.0 && n.abs() < 1e15 { format!("{}", n as i64) } else { n.to_string() };
    (back == cell && n.is_finite()).then_some(n)
}

pub fn write(workbook: &Workbook) -> Result<Vec<u8>, XlsxError> {
    let mut out = rust_xlsxwriter::Workbook::new();
    let bold = Format::new().set_bold();
    for sheet in &workbook.sheets {
        let ws = out.add_worksheet();
        ws.set_name(&sheet.name)?;
        for (r, row) in sheet.rows.iter().enumerate() {
            let r = u32::try_from(r).map_err(|_| XlsxError::RowColumnLimitError)?;
            for (c, cell) in row.iter().enumerate() {
                let c = u16::try_from(c).map_err(|_| XlsxError::RowColumnLimitError)?;
                if cell.is_empty() {
                    continue;
                }
                match (r, as_number(cell)) {
                    (0, _) => ws.write_string_with_format(r, c, cell, &bold)?,
                    (_, Some(n)) => ws.write_number(r, c, n)?,
                    (_, None) => ws.write_string(r, c, cell)?,
                };
            }
        }
        ws.set_freeze_panes(1, 0)?;
    }
    out.save_to_buffer()
}
