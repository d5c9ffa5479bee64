//! The documents' own words, in the ten languages: `locales/<lang>/print.ftl`
//! (beside the app's, and checked with them).

use crate::PrintError;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

const FILES: [(&str, &str); 10] = [
    ("ar", include_str!("../../../locales/ar/print.ftl")),
    ("en", include_str!("../../../locales/en/print.ftl")),
    ("ur", include_str!("../../../locales/ur/print.ftl")),
    ("hi", include_str!("../../../locales/hi/print.ftl")),
    ("es", include_str!("../../../locales/es/print.ftl")),
    ("zh", include_str!("../../../locales/zh/print.ftl")),
    ("fr", include_str!("../../../locales/fr/print.ftl")),
    ("ru", include_str!("../../../locales/ru/print.ftl")),
    ("uz", include_str!("../../../locales/uz/print.ftl")),
    ("tl", include_str!("../../../locales/tl/print.ftl")),
];

/// The languages a document can be written in.
pub const LANGUAGES: [&str; 10] = ["ar", "en", "ur", "hi", "es", "zh", "fr", "ru", "uz", "tl"];

/// Whether a language is written from right to left.
pub fn right_to_left(lang: &str) -> bool {
    matches!(lang, "ar" | "ur")
}

/// One language's words.
pub struct Words {
    lang: &'static str,
    bundle: FluentBundle<FluentResource>,
}

impl Words {
    pub fn new(lang: &str) -> Result<Self, PrintError> {
        let (lang, source) =
            FILES.iter().find(|(l, _)| *l == lang).copied().ok_or_else(|| PrintError::Language(lang.to_owned()))?;
        let langid: unic_langid::LanguageIdentifier = lang.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![langid]);
        // typst lays out bidirectional text itself: no isolation marks.
        bundle.set_use_isolating(false);
        // A file with a broken message still gives its good ones (the locale
        // tests refuse broken files before they ship).
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
        Ok(Self { lang, bundle })
    }

    pub fn lang(&self) -> &'static str {
        self.lang
    }

    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    pub fn t_args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.format(id, Some(&fa))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else { return id.to_owned() };
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_its_words_and_counts_agree_in_number() {
        for lang in LANGUAGES {
            let w = Words::new(lang).unwrap();
            assert_ne!(w.t("print-rate-your-visit"), "print-rate-your-visit", "{lang}");
        }
        let en = Words::new("en").unwrap();
        assert_eq!(en.t_args("report-evaluations", &[("count", 1.into())]), "1 evaluation");
        assert_eq!(en.t_args("report-evaluations", &[("count", 12.into())]), "12 evaluations");
        let ru = Words::new("ru").unwrap();
        assert_eq!(ru.t_args("report-evaluations", &[("count", 3.into())]), "3 оценки");
        assert!(matches!(Words::new("de"), Err(PrintError::Language(l)) if l == "de"));
    }
}
