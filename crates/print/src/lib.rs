//! The server's printed documents, as PDF: the QR posters a centre puts on
//! its counters and the report a centre's director is sent. Each is a typst
//! layout (`templates/`) filled with the document's data as JSON, laid out
//! with the fonts built into this crate: real text shaping (Arabic joined,
//! Devanagari conjuncts), right-to-left lines, the same bytes on every machine.

mod fonts;
pub mod poster;
pub mod report;
mod words;
mod world;

use typst_layout::PagedDocument;

pub use fonts::FAMILIES;
pub use poster::{posters, PaperFormat, PosterPage};
pub use words::{right_to_left, Words, LANGUAGES};

/// Why a document could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    #[error("the document's layout failed: {0}")]
    Layout(String),
    #[error("no document is written in {0:?}; the languages are ar, en, ur, hi, es, zh, fr, ru, uz and tl")]
    Language(String),
    #[error("a QR code can't hold {0}")]
    Code(String),
    #[error("a document needs at least one page")]
    Empty,
    #[error("the document's data could not be written: {0}")]
    Data(#[from] serde_json::Error),
}

/// Lays `data` out with the layout `main` (`/poster.typ`) and writes the PDF.
pub(crate) fn render(
    main: &str,
    data: &impl serde::Serialize,
    today: chrono::NaiveDate,
) -> Result<Vec<u8>, PrintError> {
    let world = world::DocumentWorld::new(main, serde_json::to_vec(data)?, today);
    let doc: PagedDocument = typst::compile(&world).output.map_err(|errors| {
        PrintError::Layout(errors.iter().map(|e| e.message.to_string()).collect::<Vec<_>>().join("; "))
    })?;
    let options = typst_pdf::PdfOptions {
        ident: typst::foundations::Smart::Custom("mystery-shopper".into()),
        ..Default::default()
    };
    typst_pdf::pdf(&doc, &options).map_err(|errors| {
        PrintError::Layout(errors.iter().map(|e| e.message.to_string()).collect::<Vec<_>>().join("; "))
    })
}
