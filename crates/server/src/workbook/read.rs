//! Reading an `.xlsx` file into cells of text, within limits: the file's
//! size, what its parts unpack to (a zip bomb is refused before anything is
//! unpacked), and the rows and cells of each sheet.

use calamine::{Data, Reader, Xlsx};
use ms_core::authoring::{Sheet, Workbook};
use std::io::Cursor;

/// The largest workbook file taken.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// The most its parts may unpack to, together.
pub const MAX_UNPACKED_BYTES: u64 = 50 * 1024 * 1024;
/// The most rows one sheet may have.
pub const MAX_ROWS: usize = 10_000;
/// The most cells one sheet may have (rows times columns).
pub const MAX_CELLS: usize = 1_000_000;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum WorkbookError {
    #[error("the body is not an .xlsx workbook ({0})")]
    NotAWorkbook(String),
    #[error("the workbook is {bytes} bytes; at most {MAX_BYTES} are taken")]
    TooLarge { bytes: usize },
    #[error("the workbook's parts unpack to more than {MAX_UNPACKED_BYTES} bytes; it is refused unread")]
    Unpacks,
    #[error("sheet '{sheet}' has {rows} rows; at most {MAX_ROWS} are taken")]
    TooManyRows { sheet: String, rows: usize },
    #[error("sheet '{sheet}' has {cells} cells; at most {MAX_CELLS} are taken")]
    TooManyCells { sheet: String, cells: usize },
}

/// The text of a cell as the author sees it: whole numbers without a
/// fraction, other numbers in their shortest exact form, `TRUE`/`FALSE` as
/// `true`/`false`.
fn text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(dt) => dt.to_string(),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

/// Refuses, from the zip's directory alone, a file whose parts would
/// unpack to more than the limit.
fn check_unpacked(bytes: &[u8]) -> Result<(), WorkbookError> {
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| WorkbookError::NotAWorkbook(e.to_string()))?;
    let mut total: u64 = 0;
    for i in 0..archive.len() {
        let entry = archive.by_index_raw(i).map_err(|e| WorkbookError::NotAWorkbook(e.to_string()))?;
        total = total.saturating_add(entry.size());
        if total > MAX_UNPACKED_BYTES {
            return Err(WorkbookError::Unpacks);
        }
    }
    Ok(())
}

/// Every sheet of the workbook, in order, as rows of text (row 0 the
/// first row of the sheet, whatever cell the sheet's data starts in).
pub fn read(bytes: &[u8]) -> Result<Workbook, WorkbookError> {
    if bytes.len() > MAX_BYTES {
        return Err(WorkbookError::TooLarge { bytes: bytes.len() });
    }
    check_unpacked(bytes)?;
    let mut xlsx: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|e| WorkbookError::NotAWorkbook(e.to_string()))?;
    let mut sheets = Vec::new();
    for name in xlsx.sheet_names() {
        let range = xlsx.worksheet_range(&name).map_err(|e| WorkbookError::NotAWorkbook(e.to_string()))?;
        let (height, width) = range.get_size();
        let (first_row, first_col) = range.start().map(|(r, c)| (r as usize, c as usize)).unwrap_or((0, 0));
        let rows = first_row + height;
        if rows > MAX_ROWS {
            return Err(WorkbookError::TooManyRows { sheet: name, rows });
        }
        let cells = rows.saturating_mul(first_col + width);
        if cells > MAX_CELLS {
            return Err(WorkbookError::TooManyCells { sheet: name, cells });
        }
        let mut out = vec![Vec::new(); first_row];
        for row in range.rows() {
            let mut line = vec![String::new(); first_col];
            line.extend(row.iter().map(text));
            while line.last().is_some_and(String::is_empty) {
                line.pop();
            }
            out.push(line);
        }
        sheets.push(Sheet::new(name, out));
    }
    Ok(Workbook { sheets })
}

/// One sheet that stands alone, written as CSV (UTF-8, a byte-order mark
/// read away), as the sheet `name` of a workbook.
pub fn read_csv(bytes: &[u8], name: &str) -> Result<Workbook, WorkbookError> {
    if bytes.len() > MAX_BYTES {
        return Err(WorkbookError::TooLarge { bytes: bytes.len() });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(bytes);
    let mut rows = Vec::new();
    let mut cells = 0usize;
    for record in reader.records() {
        let record = record.map_err(|e| WorkbookError::NotAWorkbook(format!("not CSV: {e}")))?;
        cells += record.len();
        if rows.len() >= MAX_ROWS {
            return Err(WorkbookError::TooManyRows { sheet: name.to_owned(), rows: rows.len() + 1 });
        }
        if cells > MAX_CELLS {
            return Err(WorkbookError::TooManyCells { sheet: name.to_owned(), cells });
        }
        let mut line: Vec<String> = record.iter().map(str::to_owned).collect();
        while line.last().is_some_and(String::is_empty) {
            line.pop();
        }
        rows.push(line);
    }
    Ok(Workbook { sheets: vec![Sheet::new(name, rows)] })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn what_is_not_a_workbook_is_refused_with_the_reason() {
        assert!(matches!(read(b"name,count\nx,1\n"), Err(WorkbookError::NotAWorkbook(_))));
        assert!(matches!(read(&vec![0u8; MAX_BYTES + 1]), Err(WorkbookError::TooLarge { .. })));
    }

    #[test]
    fn a_zip_bomb_is_refused_before_anything_is_unpacked() {
        let mut out = Cursor::new(Vec::new());
        {
            let mut zip = zip::ZipWriter::new(&mut out);
            let options = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated)
                .large_file(true);
            zip.start_file("xl/worksheets/sheet1.xml", options).expect("entry");
            let zeros = vec![0u8; 1024 * 1024];
            for _ in 0..60 {
                zip.write_all(&zeros).expect("write");
            }
            zip.finish().expect("zip");
        }
        let bytes = out.into_inner();
        assert!(bytes.len() < 1024 * 1024, "the bomb is small: {}", bytes.len());
        assert_eq!(read(&bytes), Err(WorkbookError::Unpacks));
    }

    #[test]
    fn a_sheet_standing_alone_reads_from_csv() {
        let wb = read_csv("\u{feff}id,name::en,name::ar\nroads,Roads,\"الطرق، والمركبات\"\n".as_bytes(), "entities")
            .expect("csv");
        assert_eq!(wb.sheets[0].name, "entities");
        assert_eq!(wb.sheets[0].rows[1], vec!["roads", "Roads", "الطرق، والمركبات"]);
        assert!(matches!(read_csv(&[0xff, 0xfe, 0x00], "entities"), Err(WorkbookError::NotAWorkbook(_))));
    }

    #[test]
    fn cells_read_back_as_the_text_written() {
        let wb = Workbook {
            sheets: vec![Sheet::new(
                "survey",
                vec![
                    vec!["type".into(), "name".into(), "weight".into()],
                    vec!["yes_no".into(), "parking".into(), "1".into()],
                    vec!["scale".into(), "tidy".into(), "0.5".into()],
                    vec!["text".into(), "007".into()],
                ],
            )],
        };
        let back = read(&super::super::write(&wb).expect("written")).expect("read");
        assert_eq!(back, wb);
    }
}
