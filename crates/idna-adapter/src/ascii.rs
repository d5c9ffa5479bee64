//! An `idna` back end without Unicode data: ASCII labels pass through, and
//! any other character becomes U+FFFD, which `idna` refuses as an invalid
//! domain name. With no character outside ASCII left, the bidi and joining
//! rules have nothing to check, so every class is "none".

use crate::{BidiClassMask, JoiningTypeMask};

const NO_JOINING: JoiningTypeMask = JoiningTypeMask(0);
const NO_BIDI: BidiClassMask = BidiClassMask(0);

/// Left- or dual-joining characters.
pub const LEFT_OR_DUAL_JOINING_MASK: JoiningTypeMask = NO_JOINING;
/// Right- or dual-joining characters.
pub const RIGHT_OR_DUAL_JOINING_MASK: JoiningTypeMask = NO_JOINING;
/// Classes that make a domain a bidi domain.
pub const RTL_MASK: BidiClassMask = NO_BIDI;
/// Classes allowed first in a label of a bidi domain.
pub const FIRST_BC_MASK: BidiClassMask = NO_BIDI;
/// Classes allowed last in a left-to-right label of a bidi domain.
pub const LAST_LTR_MASK: BidiClassMask = NO_BIDI;
/// Classes allowed last in a right-to-left label of a bidi domain.
pub const LAST_RTL_MASK: BidiClassMask = NO_BIDI;
/// Classes allowed inside a left-to-right label of a bidi domain.
pub const MIDDLE_LTR_MASK: BidiClassMask = NO_BIDI;
/// Classes allowed inside a right-to-left label of a bidi domain.
pub const MIDDLE_RTL_MASK: BidiClassMask = NO_BIDI;

/// A character's joining type.
#[derive(Clone, Copy)]
pub struct JoiningType(());

impl JoiningType {
    /// The set holding only this type.
    pub fn to_mask(self) -> JoiningTypeMask {
        NO_JOINING
    }

    /// Whether the character is transparent to joining.
    pub fn is_transparent(self) -> bool {
        false
    }
}

/// A character's bidi class.
#[derive(Clone, Copy)]
pub struct BidiClass(());

impl BidiClass {
    /// The set holding only this class.
    pub fn to_mask(self) -> BidiClassMask {
        NO_BIDI
    }

    /// Whether the class is Left_To_Right.
    pub fn is_ltr(self) -> bool {
        false
    }

    /// Whether the class is Nonspacing_Mark.
    pub fn is_nonspacing_mark(self) -> bool {
        false
    }

    /// Whether the class is European_Number.
    pub fn is_european_number(self) -> bool {
        false
    }

    /// Whether the class is Arabic_Number.
    pub fn is_arabic_number(self) -> bool {
        false
    }
}

/// What `idna` asks of its back end.
#[derive(Default)]
pub struct Adapter(());

impl Adapter {
    /// The back end (it holds no data).
    pub const fn new() -> Self {
        Adapter(())
    }

    /// Whether `c` is a virama (none in ASCII).
    pub fn is_virama(&self, _c: char) -> bool {
        false
    }

    /// Whether `c` is a combining mark (none in ASCII).
    pub fn is_mark(&self, _c: char) -> bool {
        false
    }

    /// The bidi class of `c`.
    pub fn bidi_class(&self, _c: char) -> BidiClass {
        BidiClass(())
    }

    /// The joining type of `c`.
    pub fn joining_type(&self, _c: char) -> JoiningType {
        JoiningType(())
    }

    /// UTS 46 mapping: ASCII stays (`idna` has already lowercased it),
    /// anything else becomes U+FFFD, which `idna` reports as an error.
    pub fn map_normalize<'a, I: Iterator<Item = char> + 'a>(&'a self, chars: I) -> impl Iterator<Item = char> + 'a {
        chars.map(|c| if c.is_ascii() { c } else { char::REPLACEMENT_CHARACTER })
    }

    /// Normalisation check of a decoded `xn--` label: ASCII is already normal.
    pub fn normalize_validate<'a, I: Iterator<Item = char> + 'a>(
        &'a self,
        chars: I,
    ) -> impl Iterator<Item = char> + 'a {
        chars
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use std::string::String;

    #[test]
    fn ascii_passes_and_anything_else_becomes_the_replacement_character() {
        let mapped: String = Adapter::new().map_normalize("centre-7.gov.ae".chars()).collect();
        assert_eq!(mapped, "centre-7.gov.ae");
        let mapped: String = Adapter::new().map_normalize("مثال.ae".chars()).collect();
        assert_eq!(mapped, "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}.ae");
    }

    #[test]
    fn no_character_has_a_bidi_or_joining_class() {
        let a = Adapter::new();
        assert!(!a.bidi_class('a').to_mask().intersects(RTL_MASK));
        assert!(!a.joining_type('a').to_mask().intersects(LEFT_OR_DUAL_JOINING_MASK));
        assert!(!a.is_mark('a') && !a.is_virama('a'));
    }
}
