//! Exports of evaluations for spreadsheets and analysis: one row per
//! evaluation (CSV, XLSX) or per answer (CSV), columns named in English,
//! times in ISO 8601 UTC. Rows are formatted as they stream out of storage.

pub mod columns;
pub mod formula;
pub mod xlsx;

pub use columns::{answer_rows, evaluation_row, ANSWER_COLUMNS, EVALUATION_COLUMNS};
