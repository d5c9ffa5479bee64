//! The front door's allowances: how many citizen ratings a device, an address
//! or a kiosk may send, and how fast passwords may be guessed. One instance
//! keeps its counters in memory with a bounded number of keys, so no flood of
//! new names can grow them without end; instances sharing a database keep
//! them there (`counters`).

mod counters;
mod ratings;
mod sign_in;

pub use counters::{Change, Counter, Counters, MemoryCounters};
pub use ratings::{RatingGuard, RatingSource, HOUR as RATING_WINDOW};
pub use sign_in::SignInGuard;

use std::time::Duration;

/// A refusal: try again after this long (the `Retry-After` header).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryAfter(pub Duration);

impl RetryAfter {
    /// Whole seconds, at least one, as `Retry-After` wants.
    pub fn seconds(self) -> u64 {
        (self.0.as_secs_f64().ceil() as u64).max(1)
    }
}

/// Most keys one table of counters holds; past it, expired keys are dropped
/// and then the oldest.
pub(crate) const MAX_KEYS: usize = 100_000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_rounds_up_to_whole_seconds() {
        assert_eq!(RetryAfter(Duration::from_millis(1500)).seconds(), 2);
        assert_eq!(RetryAfter(Duration::from_secs(3)).seconds(), 3);
        assert_eq!(RetryAfter(Duration::ZERO).seconds(), 1);
    }
}
