//! Every error code the server can answer with (`{"error": {"code": ...}}`),
//! in one list. The server names its refusals with these; the app has words
//! for each in every language, checked by enumerating [`ErrorCode::ALL`].

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

macro_rules! error_codes {
    ($($(#[doc = $doc:literal])* $variant:ident = $text:literal,)*) => {
        /// One reason the server refused a request, serialised as its snake_case name.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum ErrorCode {
            $($(#[doc = $doc])* $variant,)*
        }

        impl ErrorCode {
            /// Every code, in the order of this list.
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant,)*];

            /// The code as it travels on the wire.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ErrorCode::$variant => $text,)*
                }
            }

            /// The code of a wire name; None for a code this build does not know
            /// (a newer server may send one).
            pub fn parse(s: &str) -> Option<Self> {
                match s {
                    $($text => Some(ErrorCode::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

error_codes! {
    /// The request body could not be read.
    BadBody = "bad_body",
    /// The body is not JSON.
    BadJson = "bad_json",
    /// A query parameter is malformed or out of range.
    BadQuery = "bad_query",
    /// Citizen ratings are final: there is no next revision.
    CitizenNotRevisable = "citizen_not_revisable",
    /// A different body was already stored under this id and revision.
    Conflict = "conflict",
    /// Signed in, but this account may not do that.
    Forbidden = "forbidden",
    /// The photo's bytes do not have the SHA-256 its address names.
    HashMismatch = "hash_mismatch",
    /// The body's id differs from the address's.
    IdMismatch = "id_mismatch",
    /// A value no real visit could have (a check-in in the sea, a visit next year).
    ImplausibleValue = "implausible_value",
    /// Something went wrong on the server; nothing was changed.
    Internal = "internal",
    /// A field of the body has the wrong type or shape.
    InvalidField = "invalid_field",
    /// An evaluation id that is not a UUID.
    InvalidId = "invalid_id",
    /// An address the server can't read.
    InvalidPath = "invalid_path",
    /// A photo id that is not a SHA-256.
    InvalidPhotoId = "invalid_photo_id",
    /// The checklist is not for the role given.
    InvalidRole = "invalid_role",
    /// A value outside what its item allows.
    InvalidValue = "invalid_value",
    /// The kiosk's key belongs to another centre.
    KioskWrongCentre = "kiosk_wrong_centre",
    /// The address exists, but not with this method.
    MethodNotAllowed = "method_not_allowed",
    /// A required answer is missing.
    MissingAnswer = "missing_answer",
    /// A failing answer needs a comment.
    MissingComment = "missing_comment",
    /// A return or a rejection says why, in a comment.
    CommentRequired = "comment_required",
    /// A failing answer needs a photo.
    MissingPhoto = "missing_photo",
    /// This review move is not allowed from the evaluation's status.
    IllegalTransition = "illegal_transition",
    /// Marking an improvement action done needs a comment, and a photo where it asks for one.
    EvidenceRequired = "evidence_required",
    /// The photo is not a readable JPEG.
    NotAnImage = "not_an_image",
    /// Nothing at this address.
    NotFound = "not_found",
    /// A next revision is accepted only while the evaluation is returned.
    NotReturned = "not_returned",
    /// The photo carries EXIF, XMP, a comment or bytes after the picture.
    PhotoHasMetadata = "photo_has_metadata",
    /// The evaluation refers to a photo the server does not have.
    PhotoMissing = "photo_missing",
    /// The photo is larger than the server accepts.
    PhotoTooLarge = "photo_too_large",
    /// Too many citizen ratings from this device or address for now.
    RateLimited = "rate_limited",
    /// A revision that does not follow the last one.
    RevisionOutOfOrder = "revision_out_of_order",
    /// Staff accounts do not submit citizen ratings.
    StaffCannotRate = "staff_cannot_rate",
    /// The evaluation names another template than the one it was checked against.
    TemplateMismatch = "template_mismatch",
    /// The body is larger than allowed.
    TooLarge = "too_large",
    /// A text is longer than allowed.
    TooLong = "too_long",
    /// Too many wrong sign-ins; wait before trying again.
    TooManyAttempts = "too_many_attempts",
    /// No sign-in, or one that ended.
    Unauthorized = "unauthorized",
    /// No such centre in the catalogue.
    UnknownCentre = "unknown_centre",
    /// The checklist has no such item.
    UnknownItem = "unknown_item",
    /// The kiosk key is not registered.
    UnknownKiosk = "unknown_kiosk",
    /// Not one of the ten languages.
    UnknownLocale = "unknown_locale",
    /// The centre does not offer that service.
    UnknownService = "unknown_service",
    /// No such checklist or version.
    UnknownTemplate = "unknown_template",
    /// The body was not sent with the content type the operation takes.
    UnsupportedMediaType = "unsupported_media_type",
    /// An answer of another kind than its item asks for.
    WrongKind = "wrong_kind",
    /// The shopper visited (or is due at) this centre within the wave's lockout.
    Lockout = "lockout",
    /// The shopper already has the most visits the wave allows on that day.
    DailyCap = "daily_cap",
    /// The shopper already has the most of this wave's visits it allows one shopper.
    WaveCap = "wave_cap",
    /// The shopper already holds the most visits not yet submitted.
    HeldCap = "held_cap",
    /// The shopper visits another centre of the same entity too close to that day.
    Spacing = "spacing",
    /// The shopper's grade is below the wave's minimum, or they have none yet.
    Grade = "grade",
    /// The shopper's account is not active.
    ShopperInactive = "shopper_inactive",
    /// A cancellation or an override of a rule says why, in a reason.
    ReasonRequired = "reason_required",
    /// This move is not allowed from the assignment's status.
    IllegalAssignmentMove = "illegal_assignment_move",
    /// This move is not allowed from the wave's status.
    IllegalWaveMove = "illegal_wave_move",
    /// The wave is not published: its assignments can't be taken.
    WaveNotPublished = "wave_not_published",
    /// A field of the wave is missing or out of range.
    InvalidWave = "invalid_wave",
    /// A grade is a whole number from 1 to 10.
    InvalidGrade = "invalid_grade",
    /// Only an approved evaluation is graded.
    NotApproved = "not_approved",
    /// No active shopper of that username.
    UnknownShopper = "unknown_shopper",
    /// The body is not an .xlsx workbook the server reads, or has errors.
    InvalidWorkbook = "invalid_workbook",
    /// Signed in with a temporary password, which must be changed first.
    PasswordChangeRequired = "password_change_required",
    /// A new password that breaks a rule: too short, the username, a common one.
    WeakPassword = "weak_password",
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ErrorCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ErrorCode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        ErrorCode::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("unknown error code '{s}'")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_reads_back_from_its_wire_name_and_names_are_unique() {
        let mut names = std::collections::BTreeSet::new();
        for code in ErrorCode::ALL {
            assert_eq!(ErrorCode::parse(code.as_str()), Some(*code));
            assert!(names.insert(code.as_str()), "{code} twice");
            assert!(code.as_str().chars().all(|c| c.is_ascii_lowercase() || c == '_'));
            let json = serde_json::to_string(code).expect("json");
            assert_eq!(json, format!("\"{code}\""));
        }
        assert_eq!(ErrorCode::parse("from_a_newer_server"), None);
    }
}
