//! Fluent messages for every language under `locales/`, the language that
//! best matches the device, and the text direction of each.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use ms_core::ErrorCode;
use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

pub const DEFAULT_LOCALE: &str = "en";

/// Every language there are messages for, English first.
pub fn available() -> Vec<&'static str> {
    let langs: BTreeSet<&'static str> = LOCALE_TEXTS.iter().map(|(lang, _)| *lang).collect();
    let mut out: Vec<&'static str> = langs.into_iter().filter(|l| *l != DEFAULT_LOCALE).collect();
    out.insert(0, DEFAULT_LOCALE);
    out
}

/// The available language that best matches the requested ones (BCP 47 tags,
/// best first): `fil` finds Tagalog, `zh-Hans-CN` Chinese, `uz-Latn-UZ` Uzbek.
pub fn negotiate(requested: &[String]) -> &'static str {
    let available = available();
    let langids: Vec<fluent_langneg::LanguageIdentifier> = available.iter().filter_map(|l| l.parse().ok()).collect();
    let requested: Vec<fluent_langneg::LanguageIdentifier> = requested
        .iter()
        .filter_map(|r| {
            // Filipino is the standard form of Tagalog.
            let r = if r == "fil" || r.starts_with("fil-") { r.replacen("fil", "tl", 1) } else { r.clone() };
            r.replace('_', "-").parse().ok()
        })
        .collect();
    let default: fluent_langneg::LanguageIdentifier = DEFAULT_LOCALE.parse().unwrap_or_default();
    let chosen = fluent_langneg::negotiate_languages(
        &requested,
        &langids,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    let tag = chosen.first().map(|l| l.language.as_str().to_owned()).unwrap_or_default();
    available.into_iter().find(|l| *l == tag).unwrap_or(DEFAULT_LOCALE)
}

/// A known language code as a `'static` str, or English.
pub fn known(locale: &str) -> &'static str {
    available().into_iter().find(|l| *l == locale).unwrap_or(DEFAULT_LOCALE)
}

pub fn is_rtl(locale: &str) -> bool {
    ms_core::locale::is_right_to_left(locale)
}

/// The messages of one language, with or without its own digits.
type Bundle = Rc<FluentBundle<FluentResource>>;

thread_local! {
    static BUNDLES: RefCell<HashMap<(&'static str, bool), Bundle>> = RefCell::default();
    static MISSING: RefCell<BTreeSet<(String, String)>> = RefCell::default();
}

#[cfg(test)]
fn bundle(locale: &'static str) -> Rc<FluentBundle<FluentResource>> {
    bundle_with_digits(locale, false)
}

/// A number Fluent places in a message (a count), written with the digits
/// that start at `zero` instead of 0-9.
fn in_digits(zero: char, v: &FluentValue) -> Option<String> {
    let FluentValue::Number(n) = v else { return None };
    let digit = |c: char| c.to_digit(10).and_then(|d| char::from_u32(zero as u32 + d)).unwrap_or(c);
    Some(n.as_string().chars().map(digit).collect())
}

/// A language's Fluent source, put back together from the embedded ids and
/// texts (build.rs): `id =` and its text, for every message it has.
fn ftl(locale: &str) -> String {
    let Some((_, texts)) = LOCALE_TEXTS.iter().find(|(lang, _)| *lang == locale) else { return String::new() };
    let mut out = String::with_capacity(texts.len() * 5 / 4);
    for (id, text) in MESSAGE_IDS.lines().zip(texts.split('\u{1e}')) {
        if text != "\u{1d}" {
            out.push_str(id);
            out.push_str(" =");
            out.push_str(text);
        }
    }
    out
}

fn bundle_with_digits(locale: &'static str, native_digits: bool) -> Rc<FluentBundle<FluentResource>> {
    BUNDLES.with(|b| {
        b.borrow_mut()
            .entry((locale, native_digits))
            .or_insert_with(|| {
                let langid: LanguageIdentifier = locale.parse().unwrap_or_default();
                let mut bundle = FluentBundle::new(vec![langid]);
                match crate::format::native_digits(locale).filter(|_| native_digits) {
                    Some("arab") => bundle.set_formatter(Some(|v, _| in_digits('\u{0660}', v))),
                    Some("arabext") => bundle.set_formatter(Some(|v, _| in_digits('\u{06F0}', v))),
                    Some("deva") => bundle.set_formatter(Some(|v, _| in_digits('\u{0966}', v))),
                    _ => {}
                }
                match FluentResource::try_new(ftl(locale)) {
                    Ok(res) => {
                        if let Err(errors) = bundle.add_resource(res) {
                            tracing::warn!(locale, ?errors, "duplicate messages");
                        }
                    }
                    Err((res, errors)) => {
                        tracing::warn!(locale, ?errors, "Fluent syntax errors");
                        let _ = bundle.add_resource(res);
                    }
                }
                Rc::new(bundle)
            })
            .clone()
    })
}

/// Messages of one language, and its way with dates and numbers. Copy it
/// freely; it is only the language code and the choice of digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct I18n {
    pub locale: &'static str,
    /// Numbers in the language's own digits (Arabic, Urdu, Hindi), as the person chose.
    pub native_digits: bool,
}

impl I18n {
    pub fn new(locale: &str) -> Self {
        Self::with_digits(locale, false)
    }

    pub fn with_digits(locale: &str, native_digits: bool) -> Self {
        let locale = known(locale);
        Self { locale, native_digits: native_digits && crate::format::native_digits(locale).is_some() }
    }

    /// Dates, times and numbers as this language writes them.
    pub fn formats(&self) -> crate::format::Formats {
        crate::format::Formats::new(self.locale, self.native_digits)
    }

    pub fn dir(&self) -> &'static str {
        if is_rtl(self.locale) {
            "rtl"
        } else {
            "ltr"
        }
    }

    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// A checklist's text: the checklist's own in this language (or in its
    /// default language where it has none here), as an authored checklist
    /// carries them; else the app's message of that id (a built-in checklist).
    pub fn checklist(&self, template: &ms_core::ChecklistTemplate, id: &str) -> String {
        match template.text(id, self.locale) {
            Some((text, _)) => text.to_owned(),
            None => self.t(id),
        }
    }

    pub fn t_args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.format(id, Some(&fa))
    }

    /// A count, for plural-aware messages (`{ $count -> [one] ... *[other] ... }`).
    pub fn count(&self, id: &str, count: usize) -> String {
        self.t_args(id, &[("count", FluentValue::from(count))])
    }

    /// A server error code in words, or the server's own message when the
    /// code is one this app does not know.
    pub fn server_error(&self, code: Option<&str>, server_message: &str) -> String {
        match code.and_then(ErrorCode::parse) {
            Some(code) => self.t(&error_message_id(code)),
            None => server_message.to_owned(),
        }
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        for (n, locale) in [self.locale, DEFAULT_LOCALE].into_iter().enumerate() {
            let b = bundle_with_digits(locale, self.native_digits && n == 0);
            let Some(pattern) = b.get_message(id).and_then(|m| m.value()) else { continue };
            if n > 0 || locale != self.locale {
                MISSING.with(|m| m.borrow_mut().insert((self.locale.to_owned(), id.to_owned())));
            }
            let mut errors = Vec::new();
            let text = b.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                tracing::warn!(locale, id, ?errors, "message formatting");
            }
            return text.into_owned();
        }
        MISSING.with(|m| m.borrow_mut().insert((self.locale.to_owned(), id.to_owned())));
        id.to_owned()
    }
}

/// The message that puts a server error code in words: `error-<code>` with dashes.
pub fn error_message_id(code: ErrorCode) -> String {
    format!("error-{}", code.as_str().replace('_', "-"))
}

/// The name of a language in that language (its `language-name` message).
pub fn language_name(locale: &str) -> String {
    I18n::new(locale).t("language-name")
}

#[cfg_attr(not(test), allow(dead_code))]
/// (locale, message id) pairs that were asked for but fell back since the
/// last call: for tests that every screen has every message in every language.
pub fn take_missing() -> Vec<(String, String)> {
    MISSING.with(|m| std::mem::take(&mut *m.borrow_mut()).into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(t: &[&str]) -> Vec<String> {
        t.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn an_authored_checklist_speaks_its_own_words_and_a_built_in_one_the_apps() {
        let builtin = ms_core::builtin::shopper_customer_journey();
        let book = ms_core::authoring::workbook_with(&builtin, |id, l| (l != "fr").then(|| format!("{l}: {id}")));
        let authored = ms_core::authoring::parse(&book, None).template.expect("reads back");
        let item = &authored.stages[0].items[0];
        assert_eq!(
            I18n::new("ar").checklist(&authored, &item.label),
            format!("ar: {}", builtin.stages[0].items[0].label)
        );
        // No French text: the default language's.
        assert_eq!(
            I18n::new("fr").checklist(&authored, &item.label),
            format!("en: {}", builtin.stages[0].items[0].label)
        );
        let first = &builtin.stages[0].items[0].label;
        assert_eq!(I18n::new("en").checklist(&builtin, first), I18n::new("en").t(first));
        assert_ne!(I18n::new("en").t(first), *first, "a built-in label is a message of the app");
    }

    #[test]
    fn device_languages_find_their_locale() {
        assert_eq!(negotiate(&tags(&["ar-AE"])), "ar");
        assert_eq!(negotiate(&tags(&["de-DE"])), "en");
        assert_eq!(negotiate(&tags(&["de-DE", "ar"])), "ar");
        assert_eq!(negotiate(&[]), "en");
        assert_eq!(negotiate(&tags(&["fil-PH"])), "tl");
        assert_eq!(negotiate(&tags(&["fil"])), "tl");
        assert_eq!(negotiate(&tags(&["zh-CN"])), "zh");
        assert_eq!(negotiate(&tags(&["zh-Hans"])), "zh");
        assert_eq!(negotiate(&tags(&["zh-Hans-CN"])), "zh");
        assert_eq!(negotiate(&tags(&["uz-Latn-UZ"])), "uz");
        assert_eq!(negotiate(&tags(&["ur_PK"])), "ur");
        assert_eq!(negotiate(&tags(&["fr-CA", "en-GB"])), "fr");
        assert_eq!(negotiate(&tags(&["pt-BR", "es-419"])), "es");
    }

    #[test]
    fn all_ten_languages_are_there_each_named_in_itself() {
        let langs = available();
        assert_eq!(langs, vec!["en", "ar", "es", "fr", "hi", "ru", "tl", "ur", "uz", "zh"]);
        // The folders under locales/ are exactly the languages evaluations may carry.
        let mut supported = ms_core::locale::SUPPORTED.to_vec();
        let mut found = langs.clone();
        supported.sort_unstable();
        found.sort_unstable();
        assert_eq!(found, supported);
        let names: BTreeSet<String> = langs.iter().map(|l| language_name(l)).collect();
        assert_eq!(names.len(), 10);
        assert_eq!(language_name("ar"), "العربية");
    }

    #[test]
    fn arabic_and_urdu_are_right_to_left() {
        assert_eq!(I18n::new("ar").dir(), "rtl");
        assert_eq!(I18n::new("ur").dir(), "rtl");
        assert_eq!(I18n::new("en").dir(), "ltr");
    }

    /// Message ids the code asks for: `t("id")`, `count("id", ..)`, `t_args("id", ..)`,
    /// also inside rsx strings (`t(\"id\")`), plus the ids built from a pattern.
    fn ids_used_in(dir: &std::path::Path, out: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                ids_used_in(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap_or_default().replace("\\\"", "\"");
                for call in [".t(\"", ".count(\"", ".t_args(\""] {
                    for (at, _) in text.match_indices(call) {
                        let rest = &text[at + call.len()..];
                        let id: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
                        if rest[id.len()..].starts_with('"') && !id.is_empty() && id != "no-such-message" {
                            out.insert(id);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn every_message_the_screens_use_exists_in_english() {
        let mut used = BTreeSet::new();
        ids_used_in(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut used);
        for face in ["happy", "neutral", "unhappy"] {
            used.insert(format!("face-{face}"));
        }
        for v in 1..=5 {
            used.insert(format!("scale-{v}"));
        }
        assert!(used.len() > 100, "only {} ids found: the scan is broken", used.len());
        let en = bundle(DEFAULT_LOCALE);
        let missing: Vec<&String> = used.iter().filter(|id| !en.has_message(id)).collect();
        assert!(missing.is_empty(), "messages the screens use but English lacks: {missing:?}");
    }

    #[test]
    fn every_language_formats_every_english_message_without_falling_back() {
        let en = bundle(DEFAULT_LOCALE);
        let en_ids: Vec<&str> = MESSAGE_IDS.lines().filter(|id| en.has_message(id)).collect();
        assert!(en_ids.len() > 300, "only {} English messages", en_ids.len());
        let _ = take_missing();
        for locale in available() {
            let i18n = I18n::new(locale);
            for id in &en_ids {
                let text = i18n.t_args(
                    id,
                    &[
                        ("count", 3.into()),
                        ("reason", "x".into()),
                        ("name", "x".into()),
                        ("km", "1.5".into()),
                        ("time", "10:00".into()),
                        ("item", "x".into()),
                    ],
                );
                assert!(!text.trim().is_empty(), "{locale} {id} is empty");
            }
        }
        assert_eq!(take_missing(), vec![], "messages that fell back to English");
    }

    #[test]
    fn plural_messages_follow_each_languages_rules() {
        // Placeables are isolated (U+2068 ... U+2069) so numbers and names read right in any direction.
        let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        let en = I18n::new("en");
        assert_eq!(plain(en.count("photo-count", 1)), "1 photo");
        assert_eq!(plain(en.count("photo-count", 3)), "3 photos");
        assert_eq!(plain(en.count("outbox-badge", 0)), "Nothing waiting to upload");
        // Arabic has six plural forms, Russian four: 1, 2, 3, 11 and 100 do not all read alike.
        let distinct = |locale: &str, counts: &[usize]| {
            let i18n = I18n::new(locale);
            counts
                .iter()
                .map(|n| plain(i18n.count("outbox-badge", *n)).replace(&n.to_string(), "#"))
                .collect::<BTreeSet<_>>()
                .len()
        };
        assert!(distinct("ar", &[0, 1, 2, 3, 11, 100]) >= 5, "Arabic plural forms");
        assert!(distinct("ru", &[1, 3, 5]) == 3, "Russian plural forms");
        assert_eq!(distinct("zh", &[1, 3, 5]), 1, "Chinese has one form");
    }

    #[test]
    fn server_error_codes_are_put_in_words_and_unknown_ones_keep_the_servers_message() {
        let ar = I18n::new("ar");
        assert_eq!(ar.server_error(Some("unknown_centre"), "no such centre"), ar.t("error-unknown-centre"));
        assert_eq!(ar.server_error(Some("brand_new_code"), "what the server said"), "what the server said");
        assert_eq!(ar.server_error(None, "what the server said"), "what the server said");
    }

    #[test]
    fn every_code_the_server_sends_has_words_in_every_language() {
        let mut missing = Vec::new();
        for locale in available() {
            let b = bundle(locale);
            for code in ErrorCode::ALL {
                let id = error_message_id(*code);
                if !b.has_message(&id) {
                    missing.push(format!("{locale}: {id}"));
                }
            }
        }
        assert_eq!(available().len(), 10);
        assert!(missing.is_empty(), "error codes without words: {missing:?}");
    }

    #[test]
    fn counts_in_messages_follow_the_chosen_digits() {
        let latin = I18n::with_digits("ar", false).count("outbox-badge", 3);
        let native = I18n::with_digits("ar", true).count("outbox-badge", 3);
        assert!(latin.contains('3') && !latin.contains('٣'), "{latin}");
        assert!(native.contains('٣') && !native.contains('3'), "{native}");
        assert!(I18n::with_digits("hi", true).count("outbox-badge", 12).contains("१२"));
        // Languages without digits of their own keep 0-9 whatever the setting.
        assert!(!I18n::with_digits("fr", true).native_digits);
    }

    #[test]
    fn unknown_message_falls_back_to_its_id_and_is_reported() {
        let _ = take_missing();
        assert_eq!(I18n::new("en").t("no-such-message"), "no-such-message");
        assert_eq!(take_missing(), vec![("en".to_owned(), "no-such-message".to_owned())]);
    }

    /// Every message and term of every file under locales/ reaches its
    /// language's bundle exactly as written (comments aside).
    #[test]
    fn the_embedded_messages_are_the_files_messages() {
        use fluent_syntax::ast::Entry;
        fn entries(source: &str) -> Vec<String> {
            let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| panic!("{errors:?}"));
            let mut out: Vec<String> = resource
                .body
                .into_iter()
                .filter_map(|e| match e {
                    Entry::Message(mut m) => {
                        m.comment = None;
                        Some(format!("{m:?}"))
                    }
                    Entry::Term(mut t) => {
                        t.comment = None;
                        Some(format!("{t:?}"))
                    }
                    _ => None,
                })
                .collect();
            out.sort();
            out
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let mut languages = 0;
        for lang in std::fs::read_dir(&root).expect("locales/").flatten() {
            let locale = lang.file_name().to_string_lossy().into_owned();
            let mut from_files = Vec::new();
            for file in std::fs::read_dir(lang.path()).expect("language folder").flatten() {
                let text = std::fs::read_to_string(file.path()).expect("ftl");
                from_files.extend(entries(&text));
            }
            from_files.sort();
            assert!(from_files.len() > 300, "{locale}: {} messages", from_files.len());
            assert_eq!(entries(&ftl(&locale)), from_files, "{locale}");
            languages += 1;
        }
        assert_eq!(languages, 10);
    }
}
