//! A file answered as a download: its type, its name, never cached.

use super::error::{ApiError, ApiResult};
use crate::export::formula;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};

pub fn attachment(bytes: Vec<u8>, content_type: &'static str, file_name: &str) -> Response {
    let mut response = bytes.into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    let name = format!("attachment; filename=\"{}\"", file_name.replace(['"', '\\', '\r', '\n', '/'], "_"));
    if let Ok(v) = HeaderValue::from_str(&name) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// A CSV download built row by row: cells a spreadsheet would read as a
/// formula are neutralised.
pub struct CsvTable {
    writer: csv::Writer<Vec<u8>>,
    /// Rows written so far, the header aside.
    pub rows: usize,
}

fn csv_error(e: impl std::fmt::Display) -> ApiError {
    ApiError::internal(e.to_string())
}

impl CsvTable {
    pub fn new(columns: &[&str]) -> ApiResult<Self> {
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.write_record(columns).map_err(csv_error)?;
        Ok(Self { writer, rows: 0 })
    }

    pub fn row(&mut self, cells: impl IntoIterator<Item = String>) -> ApiResult<()> {
        for cell in cells {
            self.writer.write_field(formula::csv_cell(&cell).as_bytes()).map_err(csv_error)?;
        }
        self.writer.write_record(None::<&[u8]>).map_err(csv_error)?;
        self.rows += 1;
        Ok(())
    }

    /// The table as a download named `file_name`.
    pub fn download(self, file_name: &str) -> ApiResult<Response> {
        let bytes = self.writer.into_inner().map_err(csv_error)?;
        Ok(attachment(bytes, "text/csv; charset=utf-8", file_name))
    }
}
