//! A counter or touchpoint: the short label a centre prints on the QR code
//! of one desk (`/rate/{qr_token}?counter=Desk%203`), carried by the rating
//! made from it and shown in the inbox, the exports and the centre's figures.

use crate::engine::ValidationError;
use crate::error_code::ErrorCode;

/// The longest label, in characters.
pub const MAX_COUNTER_CHARS: usize = 40;

/// Whether a rating's counter label may be stored: trimmed, 1 to
/// [`MAX_COUNTER_CHARS`] characters, no control characters. The refusal
/// names the field `counter`.
pub fn check_counter(label: &str) -> Result<(), ValidationError> {
    let refuse = |code, message: &str| Err(ValidationError::new(code, "counter", message));
    if label.chars().any(char::is_control) {
        return refuse(ErrorCode::InvalidValue, "the counter holds a control character");
    }
    if label.trim().is_empty() {
        return refuse(ErrorCode::InvalidValue, "the counter is empty");
    }
    if label.trim() != label {
        return refuse(ErrorCode::InvalidValue, "the counter starts or ends with a space");
    }
    if label.chars().count() > MAX_COUNTER_CHARS {
        return refuse(ErrorCode::TooLong, &format!("the counter has at most {MAX_COUNTER_CHARS} characters"));
    }
    Ok(())
}

/// The counter label a link's `?counter=` gave (already URL-decoded), as a
/// rating stores it: control characters dropped, runs of white space made
/// one space, trimmed, cut to [`MAX_COUNTER_CHARS`] characters. None when
/// nothing is left, so that a link without a counter (or with an empty one)
/// makes a rating without one.
pub fn counter_from_link(raw: &str) -> Option<String> {
    let spaced: String = raw.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let mut label: String = words.join(" ").chars().take(MAX_COUNTER_CHARS).collect();
    label.truncate(label.trim_end().len());
    (!label.is_empty()).then_some(label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_label_is_trimmed_and_its_spaces_collapsed() {
        assert_eq!(counter_from_link("Desk 3").as_deref(), Some("Desk 3"));
        assert_eq!(counter_from_link("  Desk \t 3 \n").as_deref(), Some("Desk 3"));
        assert_eq!(counter_from_link("Desk\u{0}3").as_deref(), Some("Desk 3"), "a control character is a space");
        assert_eq!(counter_from_link("مكتب ٣").as_deref(), Some("مكتب ٣"));
    }

    #[test]
    fn an_empty_link_label_is_no_counter() {
        assert_eq!(counter_from_link(""), None);
        assert_eq!(counter_from_link("   "), None);
        assert_eq!(counter_from_link("\u{7}\u{1b}"), None);
    }

    #[test]
    fn a_long_link_label_is_cut_to_the_limit_without_a_trailing_space() {
        let long = "a".repeat(60);
        assert_eq!(counter_from_link(&long).map(|l| l.chars().count()), Some(MAX_COUNTER_CHARS));
        let at_space = format!("{} b", "a".repeat(MAX_COUNTER_CHARS - 1));
        assert_eq!(counter_from_link(&at_space), Some("a".repeat(MAX_COUNTER_CHARS - 1)));
        let wide = "٣".repeat(50);
        assert_eq!(
            counter_from_link(&wide).map(|l| l.chars().count()),
            Some(MAX_COUNTER_CHARS),
            "characters, not bytes"
        );
    }

    #[test]
    fn what_a_link_gives_always_passes_the_check() {
        for raw in ["Desk 3", " x ", &"é".repeat(80), "a\u{85}b", "\u{200f}Desk"] {
            if let Some(label) = counter_from_link(raw) {
                assert_eq!(check_counter(&label), Ok(()), "{raw:?}");
            }
        }
    }

    #[test]
    fn the_check_refuses_empty_long_untrimmed_and_control_labels_naming_the_field() {
        assert_eq!(check_counter("Desk 3"), Ok(()));
        assert_eq!(check_counter(&"x".repeat(MAX_COUNTER_CHARS)), Ok(()));
        for (bad, code) in [
            (String::new(), ErrorCode::InvalidValue),
            ("  ".to_owned(), ErrorCode::InvalidValue),
            (" Desk 3".to_owned(), ErrorCode::InvalidValue),
            ("Desk\n3".to_owned(), ErrorCode::InvalidValue),
            ("Desk\u{7f}".to_owned(), ErrorCode::InvalidValue),
            ("x".repeat(MAX_COUNTER_CHARS + 1), ErrorCode::TooLong),
        ] {
            let e = check_counter(&bad).expect_err(&bad);
            assert_eq!((e.field.as_str(), e.code), ("counter", code), "{bad:?}");
        }
    }
}
