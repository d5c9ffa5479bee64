//! The texts of the built-in checklists, which live in the app's Fluent
//! files (`locales/<lang>/checklists.ftl`), for writing a built-in checklist
//! into a workbook with the words a device shows for it.

use std::collections::HashMap;
use std::sync::OnceLock;

const FILES: [(&str, &str); 10] = [
    ("ar", include_str!("../../../../locales/ar/checklists.ftl")),
    ("en", include_str!("../../../../locales/en/checklists.ftl")),
    ("ur", include_str!("../../../../locales/ur/checklists.ftl")),
    ("hi", include_str!("../../../../locales/hi/checklists.ftl")),
    ("es", include_str!("../../../../locales/es/checklists.ftl")),
    ("zh", include_str!("../../../../locales/zh/checklists.ftl")),
    ("fr", include_str!("../../../../locales/fr/checklists.ftl")),
    ("ru", include_str!("../../../../locales/ru/checklists.ftl")),
    ("uz", include_str!("../../../../locales/uz/checklists.ftl")),
    ("tl", include_str!("../../../../locales/tl/checklists.ftl")),
];

/// locale → message id → text, for every plain message of the files.
fn texts() -> &'static HashMap<(&'static str, String), String> {
    static TEXTS: OnceLock<HashMap<(&'static str, String), String>> = OnceLock::new();
    TEXTS.get_or_init(|| {
        use fluent_syntax::ast::{Entry, PatternElement};
        let mut out = HashMap::new();
        for (locale, source) in FILES {
            // A file with an error still gives its good messages.
            let resource = match fluent_syntax::parser::parse(source) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            for entry in resource.body {
                let Entry::Message(m) = entry else { continue };
                let Some(pattern) = m.value else { continue };
                let text: String = pattern
                    .elements
                    .iter()
                    .map(|e| match e {
                        PatternElement::TextElement { value } => *value,
                        PatternElement::Placeable { .. } => "",
                    })
                    .collect();
                out.insert((locale, m.id.name.to_owned()), text.trim().to_owned());
            }
        }
        out
    })
}

/// A built-in checklist's text `id` in `locale`.
pub fn resolve(id: &str, locale: &str) -> Option<String> {
    let key = FILES.iter().find(|(l, _)| *l == locale).map(|(l, _)| *l)?;
    texts().get(&(key, id.to_owned())).cloned()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_built_in_checklists_have_their_words_in_every_language() {
        for t in ms_core::builtin::templates() {
            for (locale, _) in super::FILES {
                let title = super::resolve(&t.title, locale);
                assert!(title.as_deref().is_some_and(|s| !s.is_empty()), "{} in {locale}", t.title);
                for (_, item) in t.items() {
                    assert!(super::resolve(&item.label, locale).is_some(), "{} in {locale}", item.label);
                }
            }
        }
    }
}
