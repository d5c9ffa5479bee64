//! When to try again after a transient failure: exponential backoff with
//! jitter, a pure function of the attempt number and a random source.

use rand::Rng;
use std::time::Duration;

/// The ceiling after the first failure.
pub const BASE: Duration = Duration::from_secs(2);
/// No wait is longer than this.
pub const CAP: Duration = Duration::from_secs(15 * 60);

/// How the wait is spread below its ceiling, so devices that failed together
/// don't all come back at the same moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Jitter {
    /// Anywhere from zero to the ceiling.
    Full,
    /// At least half the ceiling, the other half random.
    Equal,
}

/// The longest wait after `attempt` failures (1 = the first): `BASE` doubling, capped at `CAP`.
pub fn ceiling(attempt: u32) -> Duration {
    let doublings = attempt.saturating_sub(1).min(32);
    BASE.saturating_mul(1u32 << doublings.min(31)).min(CAP)
}

/// The wait after `attempt` failures.
pub fn delay<R: Rng + ?Sized>(attempt: u32, jitter: Jitter, rng: &mut R) -> Duration {
    let ceiling = ceiling(attempt).as_millis() as u64;
    let millis = match jitter {
        Jitter::Full => rng.gen_range(0..=ceiling),
        Jitter::Equal => ceiling / 2 + rng.gen_range(0..=ceiling - ceiling / 2),
    };
    Duration::from_millis(millis)
}

/// The longest wait a server's `Retry-After` is followed for; a larger value
/// (or a wrong clock on the server) must not park an upload for days.
pub const RETRY_AFTER_CAP: Duration = Duration::from_secs(60 * 60);

/// The wait after `attempt` failures when the server asked to wait
/// `retry_after`: never shorter than what the server asked (up to
/// `RETRY_AFTER_CAP`), never shorter than the backoff.
pub fn delay_at_least<R: Rng + ?Sized>(
    attempt: u32,
    jitter: Jitter,
    rng: &mut R,
    retry_after: Option<Duration>,
) -> Duration {
    let backoff = delay(attempt, jitter, rng);
    match retry_after {
        Some(asked) => backoff.max(asked.min(RETRY_AFTER_CAP)),
        None => backoff,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::rngs::StdRng;
    use rand::SeedableRng;

    #[test]
    fn backoff_grows_and_is_capped() {
        assert_eq!(ceiling(1), Duration::from_secs(2));
        assert_eq!(ceiling(2), Duration::from_secs(4));
        assert_eq!(ceiling(3), Duration::from_secs(8));
        assert_eq!(ceiling(9), Duration::from_secs(512));
        assert_eq!(ceiling(10), CAP);
        assert_eq!(ceiling(1000), CAP);
        assert_eq!(ceiling(u32::MAX), CAP);
    }

    #[test]
    fn first_attempt_number_zero_counts_as_first() {
        assert_eq!(ceiling(0), BASE);
    }

    #[test]
    fn jittered_delays_stay_within_their_bounds() {
        let mut rng = StdRng::seed_from_u64(7);
        for attempt in 1..40 {
            let max = ceiling(attempt);
            for _ in 0..50 {
                let full = delay(attempt, Jitter::Full, &mut rng);
                assert!(full <= max);
                let equal = delay(attempt, Jitter::Equal, &mut rng);
                assert!(equal <= max && equal >= max / 2, "{equal:?} for ceiling {max:?}");
            }
        }
    }

    #[test]
    fn retry_after_is_a_floor_under_the_backoff() {
        let mut rng = StdRng::seed_from_u64(3);
        for attempt in 1..6 {
            let wait = delay_at_least(attempt, Jitter::Full, &mut rng, Some(Duration::from_secs(90)));
            assert!(wait >= Duration::from_secs(90), "{wait:?} after attempt {attempt}");
        }
        // A long backoff is not shortened by a short Retry-After.
        let wait = delay_at_least(12, Jitter::Equal, &mut rng, Some(Duration::from_secs(1)));
        assert!(wait >= CAP / 2, "{wait:?}");
        // Nothing asked: the plain backoff.
        assert!(delay_at_least(1, Jitter::Full, &mut rng, None) <= BASE);
        // An absurd Retry-After is followed only up to the cap.
        let wait = delay_at_least(1, Jitter::Full, &mut rng, Some(Duration::from_secs(86_400 * 30)));
        assert_eq!(wait, RETRY_AFTER_CAP);
    }

    #[test]
    fn jitter_spreads_the_waits() {
        let mut rng = StdRng::seed_from_u64(1);
        let waits: std::collections::HashSet<Duration> = (0..20).map(|_| delay(8, Jitter::Full, &mut rng)).collect();
        assert!(waits.len() > 10);
    }
}
