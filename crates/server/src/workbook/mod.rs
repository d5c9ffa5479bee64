//! Workbooks in and out: an `.xlsx` file read into the core's cells of text
//! (`read`), and cells of text written to an `.xlsx` file (`write`). What the
//! cells mean is the core's (`ms_core::authoring`); here only the file format
//! and the limits that keep a hostile file from costing more than it may.

mod read;
mod write;

pub use read::{read, read_csv, WorkbookError, MAX_BYTES, MAX_CELLS, MAX_ROWS, MAX_UNPACKED_BYTES};
pub use write::write;

/// A published checklist as a workbook: an authored one with its own texts,
/// a built-in one with the words the app shows for it.
pub fn of_template(template: &ms_core::ChecklistTemplate) -> ms_core::authoring::Workbook {
    if template.texts.is_empty() {
        ms_core::authoring::workbook_with(template, crate::texts::resolve)
    } else {
        ms_core::authoring::workbook(template)
    }
}
