//! The languages the product speaks. An evaluation's `locale` is one of them.

/// Every supported locale, as the folder names under `locales/`.
pub const SUPPORTED: [&str; 10] = ["ar", "en", "ur", "hi", "es", "zh", "fr", "ru", "uz", "tl"];

pub fn is_supported(locale: &str) -> bool {
    SUPPORTED.contains(&locale)
}
