//! The full back end on ICU4X's compiled Unicode data: UTS 46 mapping and
//! normalisation, and the character properties the bidi rule (RFC 5893)
//! and the joining rule (RFC 5892, appendix A) look at.

// See `set!`.
#![allow(deprecated)]

use icu_normalizer::uts46::Uts46MapperBorrowed;
use icu_properties::props::{BidiClass as Bc, GeneralCategory, JoiningType as Jt};
use icu_properties::{CodePointMapData, CodePointMapDataBorrowed};

use crate::{BidiClassMask, JoiningTypeMask};

/// The set of the values given: one bit per value, by its ICU4C number, the
/// only number a `const` can have (ICU4X marks it deprecated while it
/// decides whether to keep it).
macro_rules! set {
    ($set:ident: $($value:expr),+) => {
        $set(0 $(| 1u32 << $value.to_icu4c_value())+)
    };
}

/// Left- or dual-joining characters.
pub const LEFT_OR_DUAL_JOINING_MASK: JoiningTypeMask = set!(JoiningTypeMask: Jt::LeftJoining, Jt::DualJoining);
/// Right- or dual-joining characters.
pub const RIGHT_OR_DUAL_JOINING_MASK: JoiningTypeMask = set!(JoiningTypeMask: Jt::RightJoining, Jt::DualJoining);
/// Classes that make a domain a bidi domain.
pub const RTL_MASK: BidiClassMask = set!(BidiClassMask: Bc::RightToLeft, Bc::ArabicLetter, Bc::ArabicNumber);
/// Classes allowed first in a label of a bidi domain (rule 1).
pub const FIRST_BC_MASK: BidiClassMask = set!(BidiClassMask: Bc::LeftToRight, Bc::RightToLeft, Bc::ArabicLetter);
/// Classes allowed last (before marks) in a left-to-right label (rule 6).
pub const LAST_LTR_MASK: BidiClassMask = set!(BidiClassMask: Bc::LeftToRight, Bc::EuropeanNumber);
/// Classes allowed last (before marks) in a right-to-left label (rule 3).
pub const LAST_RTL_MASK: BidiClassMask =
    set!(BidiClassMask: Bc::RightToLeft, Bc::ArabicLetter, Bc::EuropeanNumber, Bc::ArabicNumber);
/// Classes allowed in a left-to-right label (rule 5).
pub const MIDDLE_LTR_MASK: BidiClassMask = set!(BidiClassMask:
    Bc::LeftToRight, Bc::EuropeanNumber, Bc::EuropeanSeparator, Bc::CommonSeparator,
    Bc::EuropeanTerminator, Bc::OtherNeutral, Bc::BoundaryNeutral, Bc::NonspacingMark
);
/// Classes allowed in a right-to-left label (rule 2).
pub const MIDDLE_RTL_MASK: BidiClassMask = set!(BidiClassMask:
    Bc::RightToLeft, Bc::ArabicLetter, Bc::ArabicNumber, Bc::EuropeanNumber, Bc::EuropeanSeparator,
    Bc::CommonSeparator, Bc::EuropeanTerminator, Bc::OtherNeutral, Bc::BoundaryNeutral, Bc::NonspacingMark
);

/// A character's joining type.
#[derive(Clone, Copy)]
pub struct JoiningType(Jt);

impl JoiningType {
    /// The set holding only this type.
    pub fn to_mask(self) -> JoiningTypeMask {
        set!(JoiningTypeMask: self.0)
    }

    /// Whether the character is transparent to joining.
    pub fn is_transparent(self) -> bool {
        self.0 == Jt::Transparent
    }
}

/// A character's bidi class.
#[derive(Clone, Copy)]
pub struct BidiClass(Bc);

impl BidiClass {
    /// The set holding only this class.
    pub fn to_mask(self) -> BidiClassMask {
        set!(BidiClassMask: self.0)
    }

    /// Whether the class is Left_To_Right.
    pub fn is_ltr(self) -> bool {
        self.0 == Bc::LeftToRight
    }

    /// Whether the class is Nonspacing_Mark.
    pub fn is_nonspacing_mark(self) -> bool {
        self.0 == Bc::NonspacingMark
    }

    /// Whether the class is European_Number.
    pub fn is_european_number(self) -> bool {
        self.0 == Bc::EuropeanNumber
    }

    /// Whether the class is Arabic_Number.
    pub fn is_arabic_number(self) -> bool {
        self.0 == Bc::ArabicNumber
    }
}

/// What `idna` asks of its back end, on data compiled into the binary.
pub struct Adapter {
    mapper: Uts46MapperBorrowed<'static>,
    category: CodePointMapDataBorrowed<'static, GeneralCategory>,
    bidi: CodePointMapDataBorrowed<'static, Bc>,
    joining: CodePointMapDataBorrowed<'static, Jt>,
}

impl Default for Adapter {
    fn default() -> Self {
        Self::new()
    }
}

impl Adapter {
    /// The back end on ICU4X's compiled data.
    pub const fn new() -> Self {
        Adapter {
            mapper: Uts46MapperBorrowed::new(),
            category: CodePointMapData::<GeneralCategory>::new(),
            bidi: CodePointMapData::<Bc>::new(),
            joining: CodePointMapData::<Jt>::new(),
        }
    }

    /// Whether `c`'s canonical combining class is Virama.
    pub fn is_virama(&self, c: char) -> bool {
        self.mapper.is_virama(c)
    }

    /// Whether `c` is a combining mark (general category Mn, Mc or Me).
    pub fn is_mark(&self, c: char) -> bool {
        matches!(
            self.category.get(c),
            GeneralCategory::NonspacingMark | GeneralCategory::SpacingMark | GeneralCategory::EnclosingMark
        )
    }

    /// The bidi class of `c`.
    pub fn bidi_class(&self, c: char) -> BidiClass {
        BidiClass(self.bidi.get(c))
    }

    /// The joining type of `c`.
    pub fn joining_type(&self, c: char) -> JoiningType {
        JoiningType(self.joining.get(c))
    }

    /// UTS 46 mapping and normalisation to NFC.
    pub fn map_normalize<'a, I: Iterator<Item = char> + 'a>(&'a self, chars: I) -> impl Iterator<Item = char> + 'a {
        self.mapper.map_normalize(chars)
    }

    /// Normalisation check of a decoded `xn--` label.
    pub fn normalize_validate<'a, I: Iterator<Item = char> + 'a>(
        &'a self,
        chars: I,
    ) -> impl Iterator<Item = char> + 'a {
        self.mapper.normalize_validate(chars)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_letters_make_a_bidi_label_and_latin_ones_do_not() {
        let a = Adapter::new();
        assert!(a.bidi_class('م').to_mask().intersects(RTL_MASK));
        assert!(a.bidi_class('م').to_mask().intersects(FIRST_BC_MASK));
        assert!(!a.bidi_class('m').to_mask().intersects(RTL_MASK));
        assert!(a.bidi_class('m').is_ltr());
        assert!(a.bidi_class('٣').is_arabic_number());
        assert!(a.joining_type('م').to_mask().intersects(LEFT_OR_DUAL_JOINING_MASK));
        assert!(a.joining_type('ا').to_mask().intersects(RIGHT_OR_DUAL_JOINING_MASK));
        assert!(!a.joining_type('ا').to_mask().intersects(LEFT_OR_DUAL_JOINING_MASK));
        assert!(a.is_mark('\u{0301}') && !a.is_mark('e'));
        assert!(a.is_virama('\u{094D}'));
    }
}
