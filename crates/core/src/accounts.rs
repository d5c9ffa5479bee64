//! Accounts as admins manage them through the API: the bodies of
//! `/users`, `/users/{id}` and `/me/password`. An account's id is its username.

use crate::wire::UserRole;
use serde::{Deserialize, Serialize};

/// An account as the API shows it (never its password).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Account {
    /// The account's id.
    pub username: String,
    pub display_name: String,
    pub role: UserRole,
    /// The entities a supervisor reviews; empty for the other roles.
    #[serde(default)]
    pub entities: Vec<String>,
    /// The centres a centre manager runs; empty for the other roles.
    #[serde(default)]
    pub centres: Vec<String>,
    pub active: bool,
    /// A temporary password was given: it must be changed at the next sign-in.
    pub must_change_password: bool,
}

/// A new account (`POST /users`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewAccount {
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 64, pattern = "^[a-z0-9._-]+$"))]
    pub username: String,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 120))]
    pub display_name: String,
    pub role: UserRole,
    /// At least 12 characters, not the username, not a common password.
    #[cfg_attr(feature = "openapi", schema(min_length = 12, max_length = 200))]
    pub password: String,
    /// For a supervisor: the entities they review (at least one).
    #[serde(default)]
    pub entities: Vec<String>,
    /// For a centre manager: the centres they run (at least one).
    #[serde(default)]
    pub centres: Vec<String>,
}

/// A change to an account (`PATCH /users/{id}`); a field left out stays.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AccountChange {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 120))]
    pub display_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<UserRole>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entities: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub centres: Option<Vec<String>>,
}

/// One's own new password (`POST /me/password`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PasswordChange {
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub current: String,
    #[cfg_attr(feature = "openapi", schema(min_length = 12, max_length = 200))]
    pub new: String,
}

/// A reset's temporary password, shown once (`POST /users/{id}/reset-password`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TemporaryPassword {
    pub username: String,
    pub password: String,
}

/// Whether a username is one the server takes: lower-case letters, digits, `.`, `_`, `-`.
pub fn valid_username(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-'))
}

/// How long an exit kiosk shows its thanks before its faces come back for
/// the next visitor: the app's kiosk and the server's kiosk page alike.
pub const KIOSK_THANKS_MS: u64 = 5000;

/// A registered exit kiosk as admins see it (never its key).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct KioskView {
    pub id: i64,
    pub centre_id: String,
    pub label: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// Once revoked, its key is refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoked_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// A kiosk to register (`POST /kiosks`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewKiosk {
    pub centre_id: String,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 120))]
    pub label: String,
}

/// A kiosk just registered, with its key: shown only now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegisteredKiosk {
    pub kiosk: KioskView,
    pub key: String,
}

/// The most characters a display name has.
pub const MAX_DISPLAY_NAME_CHARS: usize = 120;

/// Why an account's fields can't be kept: the field at fault and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountRefusal {
    pub field: &'static str,
    pub message: &'static str,
}

/// Checks what an account is or becomes: a display name of 1 to 120
/// characters (when given), a supervisor reviewing at least one entity and a
/// centre manager running at least one centre.
pub fn check_account(
    display_name: Option<&str>,
    role: UserRole,
    entities: &[String],
    centres: &[String],
) -> Result<(), AccountRefusal> {
    if let Some(name) = display_name {
        let n = name.trim().chars().count();
        if n == 0 || n > MAX_DISPLAY_NAME_CHARS {
            return Err(AccountRefusal { field: "display_name", message: "a display name has 1 to 120 characters" });
        }
    }
    if role == UserRole::Supervisor && entities.is_empty() {
        return Err(AccountRefusal { field: "entities", message: "a supervisor reviews at least one entity" });
    }
    if role == UserRole::CentreManager && centres.is_empty() {
        return Err(AccountRefusal { field: "centres", message: "a centre manager runs at least one centre" });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_are_lower_case_words_of_at_most_64_characters() {
        assert!(valid_username("nadia.saleh-2"));
        for bad in ["", "Nadia", "nadia saleh", "نادية", &"a".repeat(65)] {
            assert!(!valid_username(bad), "{bad}");
        }
    }

    #[test]
    fn a_supervisor_reviews_an_entity_and_a_name_is_never_empty() {
        assert_eq!(check_account(Some("Nadia"), UserRole::Shopper, &[], &[]), Ok(()));
        assert_eq!(check_account(None, UserRole::Supervisor, &["roads".into()], &[]), Ok(()));
        assert_eq!(check_account(Some("  "), UserRole::Shopper, &[], &[]).map_err(|r| r.field), Err("display_name"));
        assert_eq!(
            check_account(Some(&"n".repeat(121)), UserRole::Admin, &[], &[]).map_err(|r| r.field),
            Err("display_name")
        );
        assert_eq!(check_account(Some("Sam"), UserRole::Supervisor, &[], &[]).map_err(|r| r.field), Err("entities"));
    }

    #[test]
    fn a_centre_manager_runs_at_least_one_centre() {
        assert_eq!(check_account(Some("Huda"), UserRole::CentreManager, &[], &["cd-al-barsha".into()]), Ok(()));
        let refusal = check_account(Some("Huda"), UserRole::CentreManager, &["roads".into()], &[]).unwrap_err();
        assert_eq!((refusal.field, refusal.message), ("centres", "a centre manager runs at least one centre"));
    }
}
