//! Text that exists in several languages: a centre's name, an address.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Text keyed by locale code (`en`, `ar`, ...). English is the fallback.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(transparent)]
pub struct LocalizedText(pub BTreeMap<String, String>);

impl LocalizedText {
    pub fn new<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        Self(pairs.into_iter().map(|(k, v)| (k.to_owned(), v.to_owned())).collect())
    }

    /// The text in `locale`, else in English, else in any language given.
    pub fn get(&self, locale: &str) -> &str {
        self.0
            .get(locale)
            .or_else(|| self.0.get("en"))
            .or_else(|| self.0.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_english_then_anything() {
        let t = LocalizedText::new([("en", "Centre"), ("ar", "مركز")]);
        assert_eq!(t.get("ar"), "مركز");
        assert_eq!(t.get("fr"), "Centre");
        let only_ar = LocalizedText::new([("ar", "مركز")]);
        assert_eq!(only_ar.get("fr"), "مركز");
        assert_eq!(LocalizedText::default().get("en"), "");
    }
}
