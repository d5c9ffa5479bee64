//! The languages the product speaks. An evaluation's `locale` is one of them.

/// Every supported locale, as the folder names under `locales/`.
pub const SUPPORTED: [&str; 10] = ["ar", "en", "ur", "hi", "es", "zh", "fr", "ru", "uz", "tl"];

/// The supported languages written right to left.
pub const RIGHT_TO_LEFT: [&str; 2] = ["ar", "ur"];

pub fn is_supported(locale: &str) -> bool {
    SUPPORTED.contains(&locale)
}

pub fn is_right_to_left(locale: &str) -> bool {
    RIGHT_TO_LEFT.contains(&locale)
}

/// The supported language a browser's `Accept-Language` asks for first (by
/// its weights, then its order), by the primary subtag; Filipino is read as
/// Tagalog. None when it asks for none of them.
pub fn from_accept_language(header: &str) -> Option<&'static str> {
    let mut asked: Vec<(f32, usize, String)> = header
        .split(',')
        .enumerate()
        .filter_map(|(n, part)| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim().to_ascii_lowercase();
            let weight = pieces
                .find_map(|p| p.trim().strip_prefix("q=").and_then(|q| q.trim().parse::<f32>().ok()))
                .unwrap_or(1.0);
            let primary = tag.split(['-', '_']).next()?.to_owned();
            let primary = if primary == "fil" { "tl".to_owned() } else { primary };
            (weight > 0.0).then_some((weight, n, primary))
        })
        .collect();
    asked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    asked.iter().find_map(|(_, _, tag)| SUPPORTED.iter().find(|s| **s == tag.as_str()).copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_browsers_languages_pick_the_first_supported_by_weight() {
        assert_eq!(from_accept_language("ar-AE,ar;q=0.9,en;q=0.8"), Some("ar"));
        assert_eq!(from_accept_language("de-DE, fr;q=0.5, en;q=0.7"), Some("en"));
        assert_eq!(from_accept_language("fil-PH"), Some("tl"));
        assert_eq!(from_accept_language("ur_PK"), Some("ur"));
        assert_eq!(from_accept_language("de, ja"), None);
        assert_eq!(from_accept_language("ru;q=0, zh"), Some("zh"));
        assert_eq!(from_accept_language(""), None);
    }
}
