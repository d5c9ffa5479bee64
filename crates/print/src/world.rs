//! One document's compilation: the layouts of `templates/` (one of them the
//! main file), the document's data as `/data.json`, the built-in fonts, and
//! nothing from the disk or the network.

use crate::fonts::FONTS;
use std::sync::LazyLock;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));

fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).unwrap_or_else(|_| unreachable!("a fixed path"));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// Every layout, by the path the others import it with.
const TEMPLATES: [(&str, &str); 5] = [
    ("/poster.typ", include_str!("../templates/poster.typ")),
    ("/report.typ", include_str!("../templates/report.typ")),
    ("/entity-report.typ", include_str!("../templates/entity-report.typ")),
    ("/faces.typ", include_str!("../templates/faces.typ")),
    ("/common.typ", include_str!("../templates/common.typ")),
];

static SOURCES: LazyLock<Vec<Source>> =
    LazyLock::new(|| TEMPLATES.iter().map(|(path, text)| Source::new(file_id(path), (*text).to_owned())).collect());

pub(crate) struct DocumentWorld {
    main: FileId,
    data_id: FileId,
    data: Bytes,
    today: Datetime,
}

impl DocumentWorld {
    /// `main` is one of the layouts' paths (`/poster.typ`).
    pub fn new(main: &str, data: Vec<u8>, today: chrono::NaiveDate) -> Self {
        use chrono::Datelike;
        let main = file_id(main);
        let today = Datetime::from_ymd(today.year(), today.month() as u8, today.day() as u8)
            .unwrap_or_else(|| unreachable!("a calendar date"));
        Self { main, data_id: file_id("/data.json"), data: Bytes::new(data), today }
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(std::path::PathBuf::from(format!("{:?}", id.vpath())))
}

impl World for DocumentWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        SOURCES.iter().find(|s| s.id() == id).cloned().ok_or_else(|| not_found(id))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            return Ok(self.data.clone());
        }
        self.source(id).map(|s| Bytes::from_string(s.text().to_owned()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}
