//! The fonts every document is laid out with, compiled in (fonts/README.md):
//! the same file on every machine, whatever fonts it has installed.

use std::sync::LazyLock;
use typst::foundations::Bytes;
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;

const FILES: [&[u8]; 7] = [
    include_bytes!("../fonts/NotoSans-Regular.ttf"),
    include_bytes!("../fonts/NotoSans-Bold.ttf"),
    include_bytes!("../fonts/NotoNaskhArabic-Regular.ttf"),
    include_bytes!("../fonts/NotoNaskhArabic-Bold.ttf"),
    include_bytes!("../fonts/NotoSansDevanagari-Regular.ttf"),
    include_bytes!("../fonts/NotoSansDevanagari-Bold.ttf"),
    include_bytes!("../fonts/NotoSansSC-Subset-Regular.otf"),
];

/// The font families, in the order text falls back through them.
pub const FAMILIES: [&str; 4] = ["Noto Sans", "Noto Naskh Arabic", "Noto Sans Devanagari", "Noto Sans CJK SC"];

pub(crate) struct Fonts {
    pub book: LazyHash<FontBook>,
    pub fonts: Vec<Font>,
}

pub(crate) static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
    let fonts: Vec<Font> = FILES.iter().flat_map(|data| Font::iter(Bytes::new(*data))).collect();
    Fonts { book: LazyHash::new(FontBook::from_fonts(&fonts)), fonts }
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_is_a_font_and_every_family_is_there() {
        assert_eq!(FONTS.fonts.len(), FILES.len());
        let families: Vec<String> = FONTS.fonts.iter().map(|f| f.info().family.to_lowercase()).collect();
        for family in FAMILIES {
            assert!(families.contains(&family.to_lowercase()), "{family} in {families:?}");
        }
    }
}
