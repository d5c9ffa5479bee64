//! QR posters: for each centre (or each counter of one), a page with the
//! code of its rating link, its name in Arabic and English, the link in
//! full, the three faces, and "Rate your visit" in the ten languages.

use crate::words::{right_to_left, Words, LANGUAGES};
use crate::PrintError;
use qrcode::{EcLevel, QrCode};
use serde::{Deserialize, Serialize};

/// The paper a poster is printed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PaperFormat {
    A6,
    A5,
    A4,
    A3,
}

impl PaperFormat {
    pub const ALL: [PaperFormat; 4] = [PaperFormat::A6, PaperFormat::A5, PaperFormat::A4, PaperFormat::A3];

    pub fn as_str(self) -> &'static str {
        match self {
            PaperFormat::A6 => "a6",
            PaperFormat::A5 => "a5",
            PaperFormat::A4 => "a4",
            PaperFormat::A3 => "a3",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.as_str().eq_ignore_ascii_case(s))
    }

    /// The code's printed width in millimetres, its quiet zone aside, for the
    /// distance the format is read from: table cards (A6, A5) at arm's
    /// length, A4 on a counter, A3 on a wall.
    pub fn code_mm(self) -> f64 {
        match self {
            PaperFormat::A6 => 40.0,
            PaperFormat::A5 => 55.0,
            PaperFormat::A4 => 80.0,
            PaperFormat::A3 => 120.0,
        }
    }

    /// The text's base size in points.
    fn text_pt(self) -> f64 {
        match self {
            PaperFormat::A6 => 6.5,
            PaperFormat::A5 => 8.5,
            PaperFormat::A4 => 11.5,
            PaperFormat::A3 => 16.0,
        }
    }

    fn margin_mm(self) -> f64 {
        match self {
            PaperFormat::A6 => 6.0,
            PaperFormat::A5 => 9.0,
            PaperFormat::A4 => 13.0,
            PaperFormat::A3 => 18.0,
        }
    }
}

/// One poster: a centre's link, and the counter it names if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PosterPage {
    pub centre_ar: String,
    pub centre_en: String,
    /// The full rating link the code carries and the poster prints.
    pub link: String,
    pub counter: Option<String>,
}

/// The error correction of every code: M, about 15% of it may be dirty or torn.
pub const ERROR_CORRECTION: EcLevel = EcLevel::M;

/// The quiet zone around every code, in modules.
pub const QUIET_ZONE_MODULES: u32 = 4;

#[derive(Serialize)]
struct Layout<'a> {
    paper: &'static str,
    text_pt: f64,
    margin_mm: f64,
    code_mm: f64,
    rate: Vec<Phrase>,
    scan_ar: String,
    scan_en: String,
    pages: Vec<PageData<'a>>,
}

#[derive(Serialize)]
struct Phrase {
    lang: &'static str,
    rtl: bool,
    text: String,
}

#[derive(Serialize)]
struct PageData<'a> {
    centre_ar: &'a str,
    centre_en: &'a str,
    link: &'a str,
    counter_ar: Option<String>,
    counter_en: Option<String>,
    /// The code as SVG, its quiet zone included.
    qr_svg: String,
    /// The SVG's printed width: the code's and its quiet zone's.
    qr_mm: f64,
}

fn code_svg(link: &str, format: PaperFormat) -> Result<(String, f64), PrintError> {
    let code = QrCode::with_error_correction_level(link.as_bytes(), ERROR_CORRECTION)
        .map_err(|e| PrintError::Code(format!("{link}: {e}")))?;
    let modules = code.width() as f64;
    let svg = code
        .render::<qrcode::render::svg::Color>()
        .quiet_zone(true)
        .module_dimensions(1, 1)
        .dark_color(qrcode::render::svg::Color("#000000"))
        .light_color(qrcode::render::svg::Color("#ffffff"))
        .build();
    let with_quiet_zone = format.code_mm() * (modules + 2.0 * f64::from(QUIET_ZONE_MODULES)) / modules;
    Ok((svg, with_quiet_zone))
}

/// The posters, one page each, as one PDF.
pub fn posters(format: PaperFormat, pages: &[PosterPage], today: chrono::NaiveDate) -> Result<Vec<u8>, PrintError> {
    if pages.is_empty() {
        return Err(PrintError::Empty);
    }
    let (ar, en) = (Words::new("ar")?, Words::new("en")?);
    let counter = |w: &Words, label: &Option<String>| {
        label.as_ref().map(|l| w.t_args("print-counter", &[("label", l.as_str().into())]))
    };
    let mut data = Vec::with_capacity(pages.len());
    for p in pages {
        let (qr_svg, qr_mm) = code_svg(&p.link, format)?;
        data.push(PageData {
            centre_ar: &p.centre_ar,
            centre_en: &p.centre_en,
            link: &p.link,
            counter_ar: counter(&ar, &p.counter),
            counter_en: counter(&en, &p.counter),
            qr_svg,
            qr_mm,
        });
    }
    let mut rate = Vec::new();
    for lang in LANGUAGES {
        rate.push(Phrase { lang, rtl: right_to_left(lang), text: Words::new(lang)?.t("print-rate-your-visit") });
    }
    let layout = Layout {
        paper: format.as_str(),
        text_pt: format.text_pt(),
        margin_mm: format.margin_mm(),
        code_mm: format.code_mm(),
        rate,
        scan_ar: ar.t("print-scan"),
        scan_en: en.t("print-scan"),
        pages: data,
    };
    crate::render("/poster.typ", &layout, today)
}
