//! The one mechanism under every allowance of the front door: a counter per
//! key (how many, and a time whose meaning the allowance decides), read,
//! changed and written back as one step. One instance alone keeps them in
//! memory; instances sharing a database keep them there, so that an
//! allowance holds whichever instance a request reaches.

use super::MAX_KEYS;
use crate::storage::{Storage, StorageError};
use async_trait::async_trait;
use chrono::{DateTime, TimeDelta, Utc};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// One key's counter. A key never counted reads as zero at the time asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counter {
    pub count: u32,
    pub at: DateTime<Utc>,
}

/// Decides the new counters of the keys asked (in their order) and answers
/// how long to wait, if the event is refused. May run more than once when a
/// database transaction runs again, so it must only read its arguments.
pub type Change<'a> = &'a (dyn Fn(&mut [Counter]) -> Option<std::time::Duration> + Sync);

#[async_trait]
pub trait Counters: Send + Sync {
    /// Reads the keys' counters, applies `change`, writes them back (a
    /// counter left at zero is forgotten), as one step that no other
    /// request interleaves with; returns what `change` answered.
    async fn update(
        &self,
        keys: &[String],
        now: DateTime<Utc>,
        change: Change<'_>,
    ) -> Result<Option<std::time::Duration>, StorageError>;
}

/// The counters of one instance, in memory, at most [`MAX_KEYS`] of them:
/// past that, counters older than `horizon` go, and then the oldest.
pub struct MemoryCounters {
    map: Mutex<HashMap<String, Counter>>,
    horizon: TimeDelta,
    max_keys: usize,
}

impl MemoryCounters {
    pub fn new(horizon: std::time::Duration) -> Self {
        Self::with_max_keys(horizon, MAX_KEYS)
    }

    pub fn with_max_keys(horizon: std::time::Duration, max_keys: usize) -> Self {
        let horizon = TimeDelta::from_std(horizon).unwrap_or(TimeDelta::MAX);
        Self { map: Mutex::default(), horizon, max_keys }
    }

    /// How many keys are counted.
    #[cfg(test)]
    fn keys_held(&self) -> usize {
        self.map.lock().map_or(0, |m| m.len())
    }

    fn make_room(map: &mut HashMap<String, Counter>, now: DateTime<Utc>, horizon: TimeDelta, max_keys: usize) {
        map.retain(|_, c| now - c.at < horizon);
        while map.len() >= max_keys {
            let Some(oldest) = map.iter().min_by_key(|(_, c)| c.at).map(|(k, _)| k.clone()) else { break };
            map.remove(&oldest);
        }
    }
}

#[async_trait]
impl Counters for MemoryCounters {
    async fn update(
        &self,
        keys: &[String],
        now: DateTime<Utc>,
        change: Change<'_>,
    ) -> Result<Option<std::time::Duration>, StorageError> {
        let mut map = self.map.lock().unwrap_or_else(|p| p.into_inner());
        let mut counters: Vec<Counter> =
            keys.iter().map(|k| map.get(k).copied().unwrap_or(Counter { count: 0, at: now })).collect();
        let verdict = change(&mut counters);
        for (key, counter) in keys.iter().zip(counters) {
            if counter.count == 0 {
                map.remove(key);
                continue;
            }
            if !map.contains_key(key) && map.len() >= self.max_keys {
                Self::make_room(&mut map, now, self.horizon, self.max_keys);
            }
            map.insert(key.clone(), counter);
        }
        Ok(verdict)
    }
}

/// The storage's counters, when several instances share it.
pub struct StoredCounters(pub Arc<dyn Storage>);

#[async_trait]
impl Counters for StoredCounters {
    async fn update(
        &self,
        keys: &[String],
        now: DateTime<Utc>,
        change: Change<'_>,
    ) -> Result<Option<std::time::Duration>, StorageError> {
        match self.0.shared_counters() {
            Some(shared) => shared.update(keys, now, change).await,
            None => Err(StorageError::Config("this storage keeps no shared counters".into())),
        }
    }
}

/// Counters for an allowance: the storage's when several instances share
/// it, else this instance's memory.
pub fn for_storage(storage: &Arc<dyn Storage>, horizon: std::time::Duration) -> Arc<dyn Counters> {
    match storage.shared_counters() {
        Some(_) => Arc::new(StoredCounters(storage.clone())),
        None => Arc::new(MemoryCounters::new(horizon)),
    }
}

/// A length of time as chrono's, saturating.
pub fn delta(d: std::time::Duration) -> TimeDelta {
    TimeDelta::from_std(d).unwrap_or(TimeDelta::MAX)
}

/// What is left of a time span, as std's (zero when it is over).
pub fn left(d: TimeDelta) -> std::time::Duration {
    d.to_std().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn counters_change_together_and_zero_is_forgotten() {
        let c = MemoryCounters::new(std::time::Duration::from_secs(60));
        let now = Utc::now();
        let keys = ["a".to_owned(), "b".to_owned()];
        let add = |cs: &mut [Counter]| {
            cs.iter_mut().for_each(|c| c.count += 1);
            None
        };
        c.update(&keys, now, &add).await.expect("update");
        c.update(&keys[..1], now, &add).await.expect("update");
        let seen = std::sync::Mutex::new(Vec::new());
        let look = |cs: &mut [Counter]| {
            seen.lock().expect("seen").extend(cs.iter().map(|c| c.count));
            cs[1].count = 0;
            None
        };
        c.update(&keys, now, &look).await.expect("update");
        assert_eq!(*seen.lock().expect("seen"), [2, 1]);
        assert_eq!(c.keys_held(), 1, "b was set to zero and forgotten");
    }

    #[tokio::test]
    async fn memory_stays_bounded_whatever_keys_arrive() {
        let c = MemoryCounters::with_max_keys(std::time::Duration::from_secs(60), 100);
        let t0 = Utc::now();
        let add = |cs: &mut [Counter]| {
            cs.iter_mut().for_each(|c| c.count += 1);
            None
        };
        for i in 0..10_000 {
            c.update(&[format!("device-{i}")], t0 + TimeDelta::milliseconds(i), &add).await.expect("update");
        }
        assert!(c.keys_held() <= 100);
        // The newest keys are the ones kept.
        let seen = std::sync::Mutex::new(0);
        let look = |cs: &mut [Counter]| {
            *seen.lock().expect("seen") = cs[0].count;
            None
        };
        c.update(&["device-9999".to_owned()], t0 + TimeDelta::seconds(10), &look).await.expect("update");
        assert_eq!(*seen.lock().expect("seen"), 1);
    }
}
