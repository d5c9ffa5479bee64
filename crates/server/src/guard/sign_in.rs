//! Slowing down password guessing: after a few wrong passwords for a username
//! or from an address, each further attempt must wait longer (1 s, 2 s, 4 s …),
//! and past a limit the username or address is locked for a while. Attempts
//! count from the moment they start, so a burst of simultaneous guesses is
//! throttled as surely as a sequence.

use super::{RetryAfter, MAX_KEYS};
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Wrong attempts allowed before delays start.
const FREE_ATTEMPTS: u32 = 3;
/// The longest delay between attempts before the lockout.
const MAX_DELAY: Duration = Duration::from_secs(60);
/// Many staff may sign in from one office address: it gets this many times
/// the username's allowance.
const ADDRESS_FACTOR: u32 = 5;

#[derive(Debug, Clone, Copy)]
struct Failures {
    count: u32,
    last: Instant,
}

#[derive(Debug)]
pub struct SignInGuard {
    lockout_after: u32,
    lockout: Duration,
    by_key: Mutex<HashMap<String, Failures>>,
}

impl SignInGuard {
    pub fn new(lockout_after: u32, lockout: Duration) -> Self {
        Self { lockout_after: lockout_after.max(FREE_ATTEMPTS + 1), lockout, by_key: Mutex::default() }
    }

    /// How long after the last failure the next attempt must wait.
    fn wait(&self, count: u32, limit: u32) -> Duration {
        if count >= limit {
            self.lockout
        } else if count >= FREE_ATTEMPTS {
            Duration::from_secs(1u64 << (count - FREE_ATTEMPTS).min(16)).min(MAX_DELAY)
        } else {
            Duration::ZERO
        }
    }

    fn keys(username: &str, address: IpAddr) -> [(String, u32); 2] {
        [(format!("user:{}", username.trim().to_lowercase()), 1), (format!("addr:{address}"), ADDRESS_FACTOR)]
    }

    /// Starts an attempt: refused while the username or the address must wait;
    /// otherwise counted as a failure until [`SignInGuard::succeeded`] says otherwise.
    pub fn begin(&self, username: &str, address: IpAddr, now: Instant) -> Result<(), RetryAfter> {
        let mut map = self.by_key.lock().unwrap_or_else(|p| p.into_inner());
        let keys = Self::keys(username, address);
        for (key, factor) in &keys {
            if let Some(f) = map.get(key) {
                let due = f.last + self.wait(f.count, self.lockout_after * factor);
                if due > now {
                    return Err(RetryAfter(due - now));
                }
            }
        }
        if map.len() + 2 > MAX_KEYS {
            let horizon = self.lockout + MAX_DELAY;
            map.retain(|_, f| now.duration_since(f.last) < horizon);
        }
        for (key, factor) in keys {
            let limit = self.lockout_after * factor;
            let entry = map.entry(key).or_insert(Failures { count: 0, last: now });
            // A lockout served in full starts the count afresh.
            if entry.count >= limit {
                entry.count = 0;
            }
            entry.count += 1;
            entry.last = now;
        }
        Ok(())
    }

    /// The attempt ended before its verdict (the client went away, the
    /// database failed): it revealed nothing, so it is not counted.
    pub fn abandoned(&self, username: &str, address: IpAddr) {
        let mut map = self.by_key.lock().unwrap_or_else(|p| p.into_inner());
        for (key, _) in Self::keys(username, address) {
            if let Some(f) = map.get_mut(&key) {
                f.count = f.count.saturating_sub(1);
                if f.count == 0 {
                    map.remove(&key);
                }
            }
        }
    }

    /// The attempt was right: the username's failures are forgotten, and the
    /// address's attempt is not counted against it.
    pub fn succeeded(&self, username: &str, address: IpAddr) {
        let mut map = self.by_key.lock().unwrap_or_else(|p| p.into_inner());
        let [(user, _), (addr, _)] = Self::keys(username, address);
        map.remove(&user);
        if let Some(f) = map.get_mut(&addr) {
            f.count = f.count.saturating_sub(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addr(last: u8) -> IpAddr {
        IpAddr::from([192, 0, 2, last])
    }

    #[test]
    fn a_few_wrong_passwords_then_growing_delays() {
        let g = SignInGuard::new(10, Duration::from_secs(900));
        let t = Instant::now();
        for _ in 0..3 {
            assert_eq!(g.begin("amal", addr(1), t), Ok(()));
        }
        assert_eq!(g.begin("amal", addr(1), t), Err(RetryAfter(Duration::from_secs(1))));
        assert_eq!(g.begin("amal", addr(1), t + Duration::from_secs(1)), Ok(()));
        assert_eq!(
            g.begin("amal", addr(1), t + Duration::from_secs(2)),
            Err(RetryAfter(Duration::from_secs(1))),
            "the fifth attempt waits 2 s after the fourth"
        );
    }

    #[test]
    fn the_username_is_locked_whatever_address_guesses() {
        let g = SignInGuard::new(10, Duration::from_secs(900));
        let mut t = Instant::now();
        for i in 0..10 {
            t += Duration::from_secs(61);
            assert_eq!(g.begin("Amal ", addr(i), t), Ok(()), "attempt {i}");
        }
        let refused = g.begin("amal", addr(200), t + Duration::from_secs(61));
        assert_eq!(refused, Err(RetryAfter(Duration::from_secs(900 - 61))));
        assert_eq!(g.begin("amal", addr(200), t + Duration::from_secs(900)), Ok(()), "the lockout ends");
    }

    #[test]
    fn a_simultaneous_burst_is_throttled_too() {
        let g = SignInGuard::new(10, Duration::from_secs(900));
        let t = Instant::now();
        let admitted = (0..256).filter(|_| g.begin("amal", addr(1), t).is_ok()).count();
        assert_eq!(admitted, 3);
    }

    #[test]
    fn one_address_guessing_many_usernames_is_slowed_down() {
        let g = SignInGuard::new(10, Duration::from_secs(900));
        let mut t = Instant::now();
        let mut admitted = 0;
        for i in 0..600 {
            t += Duration::from_secs(1);
            if g.begin(&format!("user{i}"), addr(1), t).is_ok() {
                admitted += 1;
            }
        }
        // 3 free, then waits of 1, 2, 4, 8, 16, 32 s and then 60 s each.
        assert!((10..=20).contains(&admitted), "{admitted} guesses admitted in 10 minutes");
        assert!(g.begin("someone", addr(2), t).is_ok(), "other addresses are not affected");
    }

    #[test]
    fn an_attempt_cut_off_before_its_verdict_does_not_count() {
        let g = SignInGuard::new(10, Duration::from_secs(900));
        let t = Instant::now();
        for _ in 0..10 {
            assert_eq!(g.begin("amal", addr(1), t), Ok(()));
            g.abandoned("amal", addr(1));
        }
        for _ in 0..3 {
            assert_eq!(g.begin("amal", addr(1), t), Ok(()), "still the three free attempts");
        }
        assert!(g.begin("amal", addr(1), t).is_err());
    }

    #[test]
    fn success_forgets_the_username_failures() {
        let g = SignInGuard::new(10, Duration::from_secs(900));
        let t = Instant::now();
        for _ in 0..3 {
            let _ = g.begin("amal", addr(1), t);
        }
        g.succeeded("amal", addr(1));
        assert_eq!(g.begin("amal", addr(1), t), Ok(()));
    }
}
