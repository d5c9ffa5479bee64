//! Identifiers that can't be confused with one another: an evaluation's UUID,
//! a photo's SHA-256, and one version of one checklist template.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The client-generated id of an evaluation; stable across retries and revisions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, format = Uuid))]
#[serde(transparent)]
pub struct EvaluationId(pub uuid::Uuid);

impl EvaluationId {
    pub fn new() -> Self {
        Self(uuid::Uuid::new_v4())
    }
}

impl Default for EvaluationId {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Display for EvaluationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

impl FromStr for EvaluationId {
    type Err = IdError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        uuid::Uuid::parse_str(s).map(Self).map_err(|_| IdError::Evaluation(s.chars().take(80).collect()))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    #[error("'{0}' is not a UUID")]
    Evaluation(String),
    #[error("'{0}' is not a SHA-256 (64 lowercase hexadecimal digits)")]
    Photo(String),
}

/// A photo is named by the SHA-256 of its stored JPEG bytes: 64 lowercase hex digits.
/// Only such strings can be built, so a photo id can never name a path outside the store.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String))]
#[serde(try_from = "String", into = "String")]
pub struct PhotoId(String);

impl PhotoId {
    pub fn parse(s: &str) -> Result<Self, IdError> {
        let ok = s.len() == 64 && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        if ok {
            Ok(Self(s.to_owned()))
        } else {
            Err(IdError::Photo(s.chars().take(80).collect()))
        }
    }

    /// Builds the id from a digest's raw 32 bytes.
    pub fn from_digest(digest: &[u8; 32]) -> Self {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut s = String::with_capacity(64);
        for b in digest {
            s.push(HEX[(b >> 4) as usize] as char);
            s.push(HEX[(b & 0xf) as usize] as char);
        }
        Self(s)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PhotoId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for PhotoId {
    type Error = IdError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<PhotoId> for String {
    fn from(id: PhotoId) -> Self {
        id.0
    }
}

impl FromStr for PhotoId {
    type Err = IdError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

/// Names one version of one template; an evaluation records the one it was made with.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TemplateRef {
    pub id: String,
    pub version: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn photo_id_accepts_only_lowercase_sha256_hex() {
        assert!(PhotoId::parse(&"a".repeat(64)).is_ok());
        assert!(PhotoId::parse(&"A".repeat(64)).is_err());
        assert!(PhotoId::parse("../../etc/passwd").is_err());
        assert!(PhotoId::parse(&"a".repeat(63)).is_err());
    }

    #[test]
    fn photo_id_from_digest_is_hex() {
        let id = PhotoId::from_digest(&[0xab; 32]);
        assert_eq!(id.as_str(), "ab".repeat(32));
    }

    #[test]
    fn evaluation_id_round_trips_through_text() {
        let id = EvaluationId::new();
        assert_eq!(id.to_string().parse::<EvaluationId>(), Ok(id));
        assert!("not-a-uuid".parse::<EvaluationId>().is_err());
    }
}
