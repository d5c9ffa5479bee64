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
