//! The server's refusals of an account or a kiosk in the reader's words:
//! which password rule, which field, rather than the general words of the
//! error's code. The server names the field; the rule is in its message.

use super::error_text;
use crate::i18n::I18n;
use ms_client::ApiError;

/// The message that says why, and the field it is about, when the refusal is one of these.
fn refusal_id(e: &ApiError) -> Option<&'static str> {
    let ApiError::Server { code, message, field, .. } = e else { return None };
    let has = |words: &str| message.contains(words);
    let id = match (code.as_str(), field.as_deref()) {
        ("weak_password", _) if has("at least") => "accounts-refusal-password-short",
        ("weak_password", _) if has("at most") => "accounts-refusal-password-long",
        ("weak_password", _) if has("username") => "accounts-refusal-password-username",
        ("weak_password", _) if has("common") => "accounts-refusal-password-common",
        ("invalid_field", Some("username")) if has("taken") => "accounts-refusal-username-taken",
        ("invalid_field", Some("username")) => "accounts-refusal-username-form",
        ("invalid_field", Some("display_name")) => "accounts-refusal-display-name",
        ("invalid_field", Some("entities")) if has("no entity") => "accounts-refusal-entity-unknown",
        ("invalid_field", Some("entities")) => "accounts-refusal-entities-needed",
        ("invalid_field", Some("role")) => "accounts-refusal-own-role",
        ("conflict", _) if has("own account") => "accounts-refusal-own-account",
        ("invalid_field", Some("label")) => "kiosks-refusal-label",
        ("invalid_field", Some("centre_id")) => "kiosks-refusal-centre",
        ("not_found", _) => "accounts-refusal-not-found",
        _ => return None,
    };
    Some(id)
}

/// Why the server refused, in words.
pub fn refusal_text(i18n: I18n, e: &ApiError) -> String {
    match refusal_id(e) {
        Some(id) => i18n.t(id),
        None => error_text(i18n, e),
    }
}

/// The field a refusal is about: the form shows it beside that field.
pub fn refused_field(e: &ApiError) -> Option<String> {
    e.field().map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refusal(code: &str, field: Option<&str>, message: &str) -> ApiError {
        ApiError::Server {
            status: 422,
            code: code.into(),
            message: message.into(),
            field: field.map(str::to_owned),
            retry_after: None,
        }
    }

    /// The server's own messages (crates/server/src/passwords.rs, http/accounts.rs, storage).
    #[test]
    fn each_password_rule_and_field_is_said_in_its_own_words() {
        let cases = [
            (
                "weak_password",
                Some("password"),
                "the password must have at least 12 characters",
                "accounts-refusal-password-short",
            ),
            (
                "weak_password",
                Some("password"),
                "the password must have at most 200 characters",
                "accounts-refusal-password-long",
            ),
            (
                "weak_password",
                Some("password"),
                "the password may not be the username",
                "accounts-refusal-password-username",
            ),
            (
                "weak_password",
                Some("password"),
                "the password is one of the 10,000 most common passwords; choose another",
                "accounts-refusal-password-common",
            ),
            ("invalid_field", Some("username"), "the username 'sam' is taken", "accounts-refusal-username-taken"),
            (
                "invalid_field",
                Some("username"),
                "a username is 1 to 64 lower-case letters",
                "accounts-refusal-username-form",
            ),
            (
                "invalid_field",
                Some("entities"),
                "there is no entity 'x' in the catalogue",
                "accounts-refusal-entity-unknown",
            ),
            (
                "invalid_field",
                Some("entities"),
                "a supervisor reviews at least one entity",
                "accounts-refusal-entities-needed",
            ),
            ("conflict", None, "an admin can't deactivate their own account", "accounts-refusal-own-account"),
            ("invalid_field", Some("centre_id"), "the catalogue has no centre 'x'", "kiosks-refusal-centre"),
        ];
        for (code, field, message, id) in cases {
            assert_eq!(refusal_id(&refusal(code, field, message)), Some(id), "{message}");
        }
        let other = refusal("rate_limited", None, "slow down");
        assert_eq!(refusal_text(I18n::new("en"), &other), error_text(I18n::new("en"), &other));
    }

    #[test]
    fn every_refusal_has_words_in_every_language() {
        let ids = [
            "accounts-refusal-password-short",
            "accounts-refusal-password-long",
            "accounts-refusal-password-username",
            "accounts-refusal-password-common",
            "accounts-refusal-username-taken",
            "accounts-refusal-username-form",
            "accounts-refusal-display-name",
            "accounts-refusal-entity-unknown",
            "accounts-refusal-entities-needed",
            "accounts-refusal-own-role",
            "accounts-refusal-own-account",
            "kiosks-refusal-label",
            "kiosks-refusal-centre",
            "accounts-refusal-not-found",
        ];
        let _ = crate::i18n::take_missing();
        for locale in crate::i18n::available() {
            for id in ids {
                assert_ne!(I18n::new(locale).t(id), id, "{locale}");
            }
        }
        assert_eq!(crate::i18n::take_missing(), vec![], "fell back to English");
    }
}
