//! Counting events per key in fixed windows of time.

use super::{RetryAfter, MAX_KEYS};
use std::collections::HashMap;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy)]
struct Window {
    started: Instant,
    count: u32,
}

/// Counters of events per key, each over a window that starts with its first event.
#[derive(Debug)]
pub struct Windows {
    length: Duration,
    counts: HashMap<String, Window>,
    max_keys: usize,
}

impl Windows {
    pub fn new(length: Duration) -> Self {
        Self { length, counts: HashMap::new(), max_keys: MAX_KEYS }
    }

    #[cfg(test)]
    pub fn with_max_keys(length: Duration, max_keys: usize) -> Self {
        Self { length, counts: HashMap::new(), max_keys }
    }

    fn current(&self, key: &str, now: Instant) -> Option<Window> {
        self.counts.get(key).copied().filter(|w| now.duration_since(w.started) < self.length)
    }

    /// Whether one more event under `key` stays within `limit`; if not, when it would.
    pub fn check(&self, key: &str, limit: u32, now: Instant) -> Result<(), RetryAfter> {
        match self.current(key, now) {
            Some(w) if w.count >= limit => Err(RetryAfter(self.length.saturating_sub(now.duration_since(w.started)))),
            _ => Ok(()),
        }
    }

    /// Counts one event under `key`.
    pub fn add(&mut self, key: &str, now: Instant) {
        let window = match self.current(key, now) {
            Some(w) => Window { started: w.started, count: w.count.saturating_add(1) },
            None => Window { started: now, count: 1 },
        };
        if !self.counts.contains_key(key) && self.counts.len() >= self.max_keys {
            self.make_room(now);
        }
        self.counts.insert(key.to_owned(), window);
    }

    /// Takes back one event (it turned out not to count).
    pub fn remove_one(&mut self, key: &str) {
        if let Some(w) = self.counts.get_mut(key) {
            w.count = w.count.saturating_sub(1);
        }
    }

    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.counts.len()
    }

    fn make_room(&mut self, now: Instant) {
        let length = self.length;
        self.counts.retain(|_, w| now.duration_since(w.started) < length);
        if self.counts.len() >= self.max_keys {
            if let Some(oldest) = self.counts.iter().min_by_key(|(_, w)| w.started).map(|(k, _)| k.clone()) {
                self.counts.remove(&oldest);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limit_holds_within_a_window_and_resets_after_it() {
        let t0 = Instant::now();
        let mut w = Windows::new(Duration::from_secs(3600));
        for _ in 0..3 {
            assert!(w.check("device", 3, t0).is_ok());
            w.add("device", t0);
        }
        let refused = w.check("device", 3, t0 + Duration::from_secs(600));
        assert_eq!(refused, Err(RetryAfter(Duration::from_secs(3000))));
        assert!(w.check("other", 3, t0).is_ok());
        assert!(w.check("device", 3, t0 + Duration::from_secs(3600)).is_ok());
    }

    #[test]
    fn a_refunded_event_frees_its_place() {
        let t0 = Instant::now();
        let mut w = Windows::new(Duration::from_secs(60));
        w.add("k", t0);
        assert!(w.check("k", 1, t0).is_err());
        w.remove_one("k");
        assert!(w.check("k", 1, t0).is_ok());
    }

    #[test]
    fn memory_stays_bounded_whatever_keys_arrive() {
        let t0 = Instant::now();
        let mut w = Windows::with_max_keys(Duration::from_secs(60), 100);
        for i in 0..10_000 {
            w.add(&format!("device-{i}"), t0 + Duration::from_millis(i));
        }
        assert!(w.len() <= 100);
        // The newest keys are the ones kept.
        assert!(w.check("device-9999", 1, t0 + Duration::from_secs(10)).is_err());
    }
}
