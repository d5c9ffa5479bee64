//! The rules a new password obeys, for every way one is set (the API, the
//! command line): at least 12 characters, not the username, and not one of
//! the 10,000 most common passwords (`common_passwords.txt`, compiled in,
//! most common first).

use std::collections::HashSet;
use std::sync::OnceLock;

pub const MIN_CHARS: usize = 12;
pub const MAX_CHARS: usize = 200;

const COMMON: &str = include_str!("common_passwords.txt");

fn common() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| COMMON.lines().map(str::trim).filter(|l| !l.is_empty()).collect())
}

/// Why a password can't be set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordRefusal {
    #[error("the password must have at least {MIN_CHARS} characters")]
    TooShort,
    #[error("the password must have at most {MAX_CHARS} characters")]
    TooLong,
    #[error("the password may not be the username")]
    Username,
    #[error("the password is one of the 10,000 most common passwords; choose another")]
    Common,
}

/// Whether `password` may be set for the account `username`.
pub fn check(password: &str, username: &str) -> Result<(), PasswordRefusal> {
    let chars = password.chars().count();
    if chars < MIN_CHARS {
        return Err(PasswordRefusal::TooShort);
    }
    if chars > MAX_CHARS {
        return Err(PasswordRefusal::TooLong);
    }
    let lower = password.to_lowercase();
    if lower == username.to_lowercase() {
        return Err(PasswordRefusal::Username);
    }
    if common().contains(lower.as_str()) {
        return Err(PasswordRefusal::Common);
    }
    Ok(())
}

/// A temporary password for a reset: 20 characters of letters and digits
/// that are not easily mistaken for one another when read out.
pub fn temporary() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::thread_rng();
    (0..20).map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())])).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_holds_ten_thousand_common_passwords() {
        assert_eq!(common().len(), 10_000);
        assert!(common().contains("password"));
    }

    #[test]
    fn short_common_and_username_passwords_are_refused_and_a_long_one_is_taken() {
        assert_eq!(check("short", "sam"), Err(PasswordRefusal::TooShort));
        assert_eq!(check("Samantha-Jones", "samantha-jones"), Err(PasswordRefusal::Username));
        let common_long = COMMON.lines().find(|l| l.chars().count() >= MIN_CHARS).expect("a long common one");
        assert_eq!(check(common_long, "sam"), Err(PasswordRefusal::Common));
        assert_eq!(check(&common_long.to_uppercase(), "sam"), Err(PasswordRefusal::Common));
        assert_eq!(check("correct horse battery", "sam"), Ok(()));
        assert_eq!(check(&"x".repeat(MAX_CHARS + 1), "sam"), Err(PasswordRefusal::TooLong));
        let t = temporary();
        assert_eq!(t.chars().count(), 20);
        assert_eq!(check(&t, "sam"), Ok(()));
        assert_ne!(temporary(), t);
    }
}
