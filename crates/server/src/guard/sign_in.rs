//! Slowing down password guessing: after a few wrong passwords for a username
//! or from an address, each further attempt must wait longer (1 s, 2 s, 4 s …),
//! and past a limit the username or address is locked for a while. Attempts
//! count from the moment they start, so a burst of simultaneous guesses is
//! throttled as surely as a sequence.

use super::counters::{self, Counter, Counters, MemoryCounters};
use super::RetryAfter;
use crate::storage::{Storage, StorageError};
use chrono::{DateTime, Utc};
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

/// Wrong attempts allowed before delays start.
const FREE_ATTEMPTS: u32 = 3;
/// The longest delay between attempts before the lockout.
const MAX_DELAY: Duration = Duration::from_secs(60);
/// Many staff may sign in from one office address: it gets this many times
/// the username's allowance.
const ADDRESS_FACTOR: u32 = 5;

/// Each key's counter holds its failures and the time of the last one.
pub struct SignInGuard {
    lockout_after: u32,
    lockout: Duration,
    counters: Arc<dyn Counters>,
}

impl SignInGuard {
    /// Counts in the storage's shared counters when it has them, else in memory.
    pub fn new(lockout_after: u32, lockout: Duration, storage: &Arc<dyn Storage>) -> Self {
        let counters = counters::for_storage(storage, Self::horizon(lockout));
        Self { lockout_after: lockout_after.max(FREE_ATTEMPTS + 1), lockout, counters }
    }

    /// Counts in this instance's memory only.
    pub fn in_memory(lockout_after: u32, lockout: Duration) -> Self {
        let counters = Arc::new(MemoryCounters::new(Self::horizon(lockout)));
        Self { lockout_after: lockout_after.max(FREE_ATTEMPTS + 1), lockout, counters }
    }

    /// How long after its last failure a key still matters.
    pub fn horizon(lockout: Duration) -> Duration {
        lockout + MAX_DELAY
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

    fn keys(username: &str, address: IpAddr) -> [String; 2] {
        [format!("user:{}", username.trim().to_lowercase()), format!("addr:{address}")]
    }

    /// How many failures each key allows before the lockout, in the order of [`Self::keys`].
    fn limits(&self) -> [u32; 2] {
        [self.lockout_after, self.lockout_after * ADDRESS_FACTOR]
    }

    /// Starts an attempt now (see [`SignInGuard::begin_at`]).
    pub async fn begin(&self, username: &str, address: IpAddr) -> Result<Result<(), RetryAfter>, StorageError> {
        self.begin_at(username, address, Utc::now()).await
    }

    /// Starts an attempt: refused while the username or the address must wait;
    /// otherwise counted as a failure until [`SignInGuard::succeeded`] says otherwise.
    pub async fn begin_at(
        &self,
        username: &str,
        address: IpAddr,
        now: DateTime<Utc>,
    ) -> Result<Result<(), RetryAfter>, StorageError> {
        let limits = self.limits();
        let attempt = |cs: &mut [Counter]| {
            let waiting = cs.iter().zip(limits).filter(|(c, _)| c.count > 0).filter_map(|(c, limit)| {
                let due = c.at + counters::delta(self.wait(c.count, limit));
                (due > now).then(|| counters::left(due - now))
            });
            if let Some(wait) = waiting.max() {
                return Some(wait);
            }
            for (c, limit) in cs.iter_mut().zip(limits) {
                // A lockout served in full starts the count afresh.
                let count = if c.count >= limit { 0 } else { c.count };
                *c = Counter { count: count + 1, at: now };
            }
            None
        };
        let keys = Self::keys(username, address);
        Ok(match self.counters.update(&keys, now, &attempt).await? {
            Some(wait) => Err(RetryAfter(wait)),
            None => Ok(()),
        })
    }

    /// The attempt ended before its verdict (the client went away, the
    /// database failed): it revealed nothing, so it is not counted.
    pub async fn abandoned(&self, username: &str, address: IpAddr) -> Result<(), StorageError> {
        let take_back = |cs: &mut [Counter]| {
            cs.iter_mut().for_each(|c| c.count = c.count.saturating_sub(1));
            None
        };
        self.counters.update(&Self::keys(username, address), Utc::now(), &take_back).await.map(|_| ())
    }

    /// The attempt was right: the username's failures are forgotten, and the
    /// address's attempt is not counted against it.
    pub async fn succeeded(&self, username: &str, address: IpAddr) -> Result<(), StorageError> {
        let forget = |cs: &mut [Counter]| {
            if let [user, address] = cs {
                user.count = 0;
                address.count = address.count.saturating_sub(1);
            }
            None
        };
        self.counters.update(&Self::keys(username, address), Utc::now(), &forget).await.map(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeDelta;

    fn addr(last: u8) -> IpAddr {
        IpAddr::from([192, 0, 2, last])
    }

    #[tokio::test]
    async fn a_few_wrong_passwords_then_growing_delays() {
        let g = SignInGuard::in_memory(10, Duration::from_secs(900));
        let t = Utc::now();
        for _ in 0..3 {
            assert_eq!(g.begin_at("amal", addr(1), t).await.expect("counters"), Ok(()));
        }
        assert_eq!(g.begin_at("amal", addr(1), t).await.expect("counters"), Err(RetryAfter(Duration::from_secs(1))));
        assert_eq!(g.begin_at("amal", addr(1), t + TimeDelta::seconds(1)).await.expect("counters"), Ok(()));
        assert_eq!(
            g.begin_at("amal", addr(1), t + TimeDelta::seconds(2)).await.expect("counters"),
            Err(RetryAfter(Duration::from_secs(1))),
            "the fifth attempt waits 2 s after the fourth"
        );
    }

    #[tokio::test]
    async fn the_username_is_locked_whatever_address_guesses() {
        let g = SignInGuard::in_memory(10, Duration::from_secs(900));
        let mut t = Utc::now();
        for i in 0..10 {
            t += TimeDelta::seconds(61);
            assert_eq!(g.begin_at("Amal ", addr(i), t).await.expect("counters"), Ok(()), "attempt {i}");
        }
        let refused = g.begin_at("amal", addr(200), t + TimeDelta::seconds(61)).await.expect("counters");
        assert_eq!(refused, Err(RetryAfter(Duration::from_secs(900 - 61))));
        assert_eq!(
            g.begin_at("amal", addr(200), t + TimeDelta::seconds(900)).await.expect("counters"),
            Ok(()),
            "the lockout ends"
        );
    }

    #[tokio::test]
    async fn a_simultaneous_burst_is_throttled_too() {
        let g = SignInGuard::in_memory(10, Duration::from_secs(900));
        let t = Utc::now();
        let mut admitted = 0;
        for _ in 0..256 {
            admitted += usize::from(g.begin_at("amal", addr(1), t).await.expect("counters").is_ok());
        }
        assert_eq!(admitted, 3);
    }

    #[tokio::test]
    async fn one_address_guessing_many_usernames_is_slowed_down() {
        let g = SignInGuard::in_memory(10, Duration::from_secs(900));
        let mut t = Utc::now();
        let mut admitted = 0;
        for i in 0..600 {
            t += TimeDelta::seconds(1);
            if g.begin_at(&format!("user{i}"), addr(1), t).await.expect("counters").is_ok() {
                admitted += 1;
            }
        }
        // 3 free, then waits of 1, 2, 4, 8, 16, 32 s and then 60 s each.
        assert!((10..=20).contains(&admitted), "{admitted} guesses admitted in 10 minutes");
        assert!(g.begin_at("someone", addr(2), t).await.expect("counters").is_ok(), "other addresses are not affected");
    }

    #[tokio::test]
    async fn an_attempt_cut_off_before_its_verdict_does_not_count() {
        let g = SignInGuard::in_memory(10, Duration::from_secs(900));
        let t = Utc::now();
        for _ in 0..10 {
            assert_eq!(g.begin_at("amal", addr(1), t).await.expect("counters"), Ok(()));
            g.abandoned("amal", addr(1)).await.expect("counters");
        }
        for _ in 0..3 {
            assert_eq!(
                g.begin_at("amal", addr(1), t).await.expect("counters"),
                Ok(()),
                "still the three free attempts"
            );
        }
        assert!(g.begin_at("amal", addr(1), t).await.expect("counters").is_err());
    }

    #[tokio::test]
    async fn success_forgets_the_username_failures() {
        let g = SignInGuard::in_memory(10, Duration::from_secs(900));
        let t = Utc::now();
        for _ in 0..3 {
            let _ = g.begin_at("amal", addr(1), t).await.expect("counters");
        }
        g.succeeded("amal", addr(1)).await.expect("counters");
        assert_eq!(g.begin_at("amal", addr(1), t).await.expect("counters"), Ok(()));
    }
}
