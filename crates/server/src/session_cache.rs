//! Sessions recently checked against the database, kept for a few seconds so
//! that a device sending many requests in a row (an outbox uploading its
//! evaluations) costs one session lookup, not one per request. Signing out
//! forgets the session here at once; another server instance sees a
//! sign-out within [`FRESH_FOR`].

use crate::storage::User;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long a checked session is taken on trust.
pub const FRESH_FOR: Duration = Duration::from_secs(10);
/// Sessions kept at most; beyond, the oldest half is dropped.
const MAX_ENTRIES: usize = 10_000;

#[derive(Default)]
pub struct SessionCache {
    entries: Mutex<HashMap<String, (User, Instant)>>,
}

impl SessionCache {
    /// The user of a session checked less than `trust` ago (at most [`FRESH_FOR`]).
    pub fn get(&self, token_sha256: &str, now: Instant, trust: Duration) -> Option<User> {
        let trust = trust.min(FRESH_FOR);
        let entries = self.entries.lock().ok()?;
        entries.get(token_sha256).filter(|(_, at)| now.duration_since(*at) < trust).map(|(u, _)| u.clone())
    }

    pub fn put(&self, token_sha256: &str, user: User, now: Instant) {
        let Ok(mut entries) = self.entries.lock() else { return };
        if entries.len() >= MAX_ENTRIES {
            entries.retain(|_, (_, at)| now.duration_since(*at) < FRESH_FOR / 2);
        }
        entries.insert(token_sha256.to_owned(), (user, now));
    }

    /// Forgets every session of an account (deactivated, its password reset).
    pub fn forget_user(&self, user_id: i64) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.retain(|_, (u, _)| u.id != user_id);
        }
    }

    pub fn forget(&self, token_sha256: &str) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.remove(token_sha256);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ms_core::wire::UserRole;

    fn user() -> User {
        User {
            id: 1,
            username: "sam".into(),
            display_name: "Sam".into(),
            role: UserRole::Shopper,
            password_hash: String::new(),
            entity_ids: vec![],
            centre_ids: vec![],
            active: true,
            must_change_password: false,
        }
    }

    #[test]
    fn a_session_is_trusted_for_a_few_seconds_and_forgotten_on_sign_out() {
        let cache = SessionCache::default();
        let t0 = Instant::now();
        let trust = FRESH_FOR;
        assert!(cache.get("tok", t0, trust).is_none());
        cache.put("tok", user(), t0);
        assert_eq!(cache.get("tok", t0 + Duration::from_secs(9), trust).map(|u| u.id), Some(1));
        assert!(cache.get("tok", t0 + FRESH_FOR, trust).is_none(), "checked again after a while");
        assert!(cache.get("tok", t0 + Duration::from_secs(1), Duration::from_millis(500)).is_none(), "a shorter trust");
        cache.put("tok", user(), t0);
        cache.forget("tok");
        assert!(cache.get("tok", t0, trust).is_none());
    }
}
