//! The app's words the server shows too, from its Fluent files: the texts of
//! the built-in checklists (`locales/<lang>/checklists.ftl`), for writing a
//! built-in checklist into a workbook or a report with the words a device
//! shows for it, and the app's own (`app.ftl`) for the citizen's rating page
//! the server draws itself (`rating_page`).

use std::collections::HashMap;
use std::sync::OnceLock;

const FILES: [(&str, &str, &str); 10] = [
    ("ar", include_str!("../../../locales/ar/checklists.ftl"), include_str!("../../../locales/ar/app.ftl")),
    ("en", include_str!("../../../locales/en/checklists.ftl"), include_str!("../../../locales/en/app.ftl")),
    ("ur", include_str!("../../../locales/ur/checklists.ftl"), include_str!("../../../locales/ur/app.ftl")),
    ("hi", include_str!("../../../locales/hi/checklists.ftl"), include_str!("../../../locales/hi/app.ftl")),
    ("es", include_str!("../../../locales/es/checklists.ftl"), include_str!("../../../locales/es/app.ftl")),
    ("zh", include_str!("../../../locales/zh/checklists.ftl"), include_str!("../../../locales/zh/app.ftl")),
    ("fr", include_str!("../../../locales/fr/checklists.ftl"), include_str!("../../../locales/fr/app.ftl")),
    ("ru", include_str!("../../../locales/ru/checklists.ftl"), include_str!("../../../locales/ru/app.ftl")),
    ("uz", include_str!("../../../locales/uz/checklists.ftl"), include_str!("../../../locales/uz/app.ftl")),
    ("tl", include_str!("../../../locales/tl/checklists.ftl"), include_str!("../../../locales/tl/app.ftl")),
];

/// locale → message id → text, for every plain message of the files.
fn texts() -> &'static HashMap<(&'static str, String), String> {
    static TEXTS: OnceLock<HashMap<(&'static str, String), String>> = OnceLock::new();
    TEXTS.get_or_init(|| {
        use fluent_syntax::ast::{Entry, PatternElement};
        let mut out = HashMap::new();
        for (locale, checklists, app) in FILES {
            for source in [checklists, app] {
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
        }
        out
    })
}

/// A built-in checklist's text `id` in `locale`.
pub fn resolve(id: &str, locale: &str) -> Option<String> {
    let key = FILES.iter().find(|(l, ..)| *l == locale).map(|(l, ..)| *l)?;
    texts().get(&(key, id.to_owned())).cloned()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_built_in_checklists_have_their_words_in_every_language() {
        for t in ms_core::builtin::templates() {
            for (locale, ..) in super::FILES {
                let title = super::resolve(&t.title, locale);
                assert!(title.as_deref().is_some_and(|s| !s.is_empty()), "{} in {locale}", t.title);
                for (_, item) in t.items() {
                    assert!(super::resolve(&item.label, locale).is_some(), "{} in {locale}", item.label);
                }
            }
        }
    }
}
