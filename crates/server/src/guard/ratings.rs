//! How many citizen ratings may arrive from one device, one network address,
//! or one registered exit kiosk in an hour. A kiosk rates all day from one
//! place, so it has its own allowance instead of the device and address ones.

use super::windows::Windows;
use super::RetryAfter;
use crate::config::Limits;
use crate::storage::{Storage, StorageError};
use chrono::Utc;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The window every rating allowance counts over.
pub const HOUR: Duration = Duration::from_secs(3600);

/// Where a citizen rating comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RatingSource {
    /// A person's phone or browser, behind some network address.
    Device { device_id: String, centre_id: String, address: IpAddr },
    /// A registered exit kiosk.
    Kiosk { kiosk_id: i64 },
}

/// The counters a rating was charged to, so they can be refunded.
#[derive(Debug)]
pub struct Admission {
    keys: Vec<String>,
}

pub struct RatingGuard {
    limits: Limits,
    windows: Mutex<Windows>,
    /// The database's counters, when several instances share it.
    shared: Option<Arc<dyn Storage>>,
}

impl RatingGuard {
    /// Counts in memory, or in the storage's shared counters when it has them.
    pub fn new(limits: &Limits, storage: &Arc<dyn Storage>) -> Self {
        let shared = storage.shared_counters().is_some().then(|| storage.clone());
        Self { limits: limits.clone(), windows: Mutex::new(Windows::new(HOUR)), shared }
    }

    /// Counts in this instance's memory only.
    pub fn in_memory(limits: &Limits) -> Self {
        Self { limits: limits.clone(), windows: Mutex::new(Windows::new(HOUR)), shared: None }
    }

    /// Charges one rating (see [`RatingGuard::admit_now`]) wherever the counters are kept.
    pub async fn admit(&self, source: &RatingSource) -> Result<Result<Admission, RetryAfter>, StorageError> {
        let Some(counters) = self.shared.as_ref().and_then(|s| s.shared_counters()) else {
            return Ok(self.admit_now(source, Instant::now()));
        };
        let keys = self.keys(source);
        Ok(match counters.charge(&keys, HOUR, Utc::now()).await? {
            Ok(()) => Ok(Admission { keys: keys.into_iter().map(|(k, _)| k).collect() }),
            Err(wait) => Err(RetryAfter(wait)),
        })
    }

    /// Takes a charged rating back (see [`RatingGuard::refund_now`]).
    pub async fn refund(&self, admission: Admission) {
        match self.shared.as_ref().and_then(|s| s.shared_counters()) {
            Some(counters) => {
                if let Err(e) = counters.refund(&admission.keys).await {
                    tracing::warn!(error = %e, "a rating's allowance could not be given back");
                }
            }
            None => self.refund_now(admission),
        }
    }

    fn keys(&self, source: &RatingSource) -> Vec<(String, u32)> {
        let l = &self.limits;
        match source {
            RatingSource::Device { device_id, centre_id, address } => vec![
                (format!("device-centre:{device_id}\u{0}{centre_id}"), l.ratings_per_device_centre_hour),
                (format!("device:{device_id}"), l.ratings_per_device_hour),
                (format!("address:{}", network_of(*address)), l.ratings_per_address_hour),
            ],
            RatingSource::Kiosk { kiosk_id } => vec![(format!("kiosk:{kiosk_id}"), l.ratings_per_kiosk_hour)],
        }
    }

    /// Charges one rating to every allowance of its source, or refuses with the
    /// longest wait among those that are used up (charging none).
    pub fn admit_now(&self, source: &RatingSource, now: Instant) -> Result<Admission, RetryAfter> {
        let keys = self.keys(source);
        let mut windows = self.windows.lock().unwrap_or_else(|p| p.into_inner());
        let wait = keys.iter().filter_map(|(k, limit)| windows.check(k, *limit, now).err()).max_by_key(|r| r.0);
        if let Some(wait) = wait {
            return Err(wait);
        }
        for (k, _) in &keys {
            windows.add(k, now);
        }
        Ok(Admission { keys: keys.into_iter().map(|(k, _)| k).collect() })
    }

    /// The rating was not new (a retry of a stored one) or was refused: it does not count.
    pub fn refund_now(&self, admission: Admission) {
        let mut windows = self.windows.lock().unwrap_or_else(|p| p.into_inner());
        for k in &admission.keys {
            windows.remove_one(k);
        }
    }
}

/// The unit an address allowance applies to: one IPv4 address, or one IPv6
/// /64 (a single household or phone gets a whole /64 to pick from).
fn network_of(address: IpAddr) -> String {
    match address {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn device(id: &str, centre: &str, last: u8) -> RatingSource {
        RatingSource::Device {
            device_id: id.into(),
            centre_id: centre.into(),
            address: IpAddr::from([198, 51, 100, last]),
        }
    }

    #[test]
    fn one_device_rates_one_centre_a_few_times_an_hour() {
        let g = RatingGuard::in_memory(&Limits::default());
        let t = Instant::now();
        for _ in 0..3 {
            assert!(g.admit_now(&device("phone", "c1", 1), t).is_ok());
        }
        let refused = g.admit_now(&device("phone", "c1", 1), t + Duration::from_secs(60));
        assert_eq!(refused.err(), Some(RetryAfter(Duration::from_secs(3540))));
        assert!(g.admit_now(&device("phone", "c2", 1), t).is_ok(), "another centre is fine");
        assert!(g.admit_now(&device("phone", "c1", 1), t + HOUR).is_ok(), "and the next hour");
    }

    #[test]
    fn a_busy_centre_wifi_lets_120_visitors_an_hour_through() {
        let g = RatingGuard::in_memory(&Limits::default());
        let t = Instant::now();
        let admitted = (0..200).filter(|i| g.admit_now(&device(&format!("phone-{i}"), "c1", 1), t).is_ok()).count();
        assert_eq!(admitted, 120);
    }

    #[test]
    fn a_kiosk_has_its_own_allowance() {
        let g = RatingGuard::in_memory(&Limits::default());
        let t = Instant::now();
        for i in 0..120 {
            assert!(g.admit_now(&device(&format!("phone-{i}"), "c1", 1), t).is_ok());
        }
        let admitted = (0..800).filter(|_| g.admit_now(&RatingSource::Kiosk { kiosk_id: 7 }, t).is_ok()).count();
        assert_eq!(admitted, 720);
    }

    #[test]
    fn a_refused_rating_charges_nothing_and_a_refund_gives_back() {
        let limits = Limits { ratings_per_device_centre_hour: 1, ..Limits::default() };
        let g = RatingGuard::in_memory(&limits);
        let t = Instant::now();
        let first = g.admit_now(&device("phone", "c1", 1), t);
        assert!(g.admit_now(&device("phone", "c1", 1), t).is_err());
        if let Ok(a) = first {
            g.refund_now(a);
        }
        assert!(g.admit_now(&device("phone", "c1", 1), t).is_ok());
    }

    #[test]
    fn ipv6_addresses_count_by_their_64_bit_network() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap_or(IpAddr::from([0; 4]));
        assert_eq!(network_of(a), "2001:db8:1:2::/64");
        let mapped: IpAddr = "::ffff:192.0.2.1".parse().unwrap_or(IpAddr::from([0; 4]));
        assert_eq!(network_of(mapped), "192.0.2.1");
    }
}
