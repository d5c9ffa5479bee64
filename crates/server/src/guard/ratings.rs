//! How many citizen ratings may arrive from one device, one network address,
//! or one registered exit kiosk in an hour. A kiosk rates all day from one
//! place, so it has its own allowance instead of the device and address ones.

use super::counters::{self, Counter, Counters, MemoryCounters};
use super::RetryAfter;
use crate::config::Limits;
use crate::storage::{Storage, StorageError};
use chrono::{DateTime, Utc};
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

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
    counters: Arc<dyn Counters>,
}

impl RatingGuard {
    /// Counts in the storage's shared counters when it has them, else in memory.
    pub fn new(limits: &Limits, storage: &Arc<dyn Storage>) -> Self {
        Self { limits: limits.clone(), counters: counters::for_storage(storage, HOUR) }
    }

    /// Counts in this instance's memory only.
    pub fn in_memory(limits: &Limits) -> Self {
        Self { limits: limits.clone(), counters: Arc::new(MemoryCounters::new(HOUR)) }
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

    /// Charges one rating now (see [`RatingGuard::admit_at`]).
    pub async fn admit(&self, source: &RatingSource) -> Result<Result<Admission, RetryAfter>, StorageError> {
        self.admit_at(source, Utc::now()).await
    }

    /// Charges one rating to every allowance of its source, each counted over
    /// an hour from its first rating, or refuses with the longest wait among
    /// those that are used up (charging none).
    pub async fn admit_at(
        &self,
        source: &RatingSource,
        now: DateTime<Utc>,
    ) -> Result<Result<Admission, RetryAfter>, StorageError> {
        let (keys, limits): (Vec<String>, Vec<u32>) = self.keys(source).into_iter().unzip();
        let hour = counters::delta(HOUR);
        let charge = |cs: &mut [Counter]| {
            let used_up = cs.iter().zip(&limits).filter(|(c, limit)| c.at + hour > now && c.count >= **limit);
            if let Some(wait) = used_up.map(|(c, _)| counters::left(c.at + hour - now)).max() {
                return Some(wait);
            }
            for c in cs.iter_mut() {
                *c = match c.at + hour > now && c.count > 0 {
                    true => Counter { count: c.count.saturating_add(1), at: c.at },
                    // A new window starts with this rating.
                    false => Counter { count: 1, at: now },
                };
            }
            None
        };
        Ok(match self.counters.update(&keys, now, &charge).await? {
            Some(wait) => Err(RetryAfter(wait)),
            None => Ok(Admission { keys }),
        })
    }

    /// The rating was not new (a retry of a stored one) or was refused: it does not count.
    pub async fn refund(&self, admission: Admission) {
        let give_back = |cs: &mut [Counter]| {
            cs.iter_mut().for_each(|c| c.count = c.count.saturating_sub(1));
            None
        };
        if let Err(e) = self.counters.update(&admission.keys, Utc::now(), &give_back).await {
            tracing::warn!(error = %e, "a rating's allowance could not be given back");
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
    use chrono::TimeDelta;

    fn device(id: &str, centre: &str, last: u8) -> RatingSource {
        RatingSource::Device {
            device_id: id.into(),
            centre_id: centre.into(),
            address: IpAddr::from([198, 51, 100, last]),
        }
    }

    #[tokio::test]
    async fn one_device_rates_one_centre_a_few_times_an_hour() {
        let g = RatingGuard::in_memory(&Limits::default());
        let t = Utc::now();
        for _ in 0..3 {
            assert!(g.admit_at(&device("phone", "c1", 1), t).await.expect("counters").is_ok());
        }
        let refused = g.admit_at(&device("phone", "c1", 1), t + TimeDelta::seconds(60)).await.expect("counters");
        assert_eq!(refused.err(), Some(RetryAfter(Duration::from_secs(3540))));
        assert!(g.admit_at(&device("phone", "c2", 1), t).await.expect("counters").is_ok(), "another centre is fine");
        assert!(
            g.admit_at(&device("phone", "c1", 1), t + counters::delta(HOUR)).await.expect("counters").is_ok(),
            "and the next hour"
        );
    }

    #[tokio::test]
    async fn a_busy_centre_wifi_lets_120_visitors_an_hour_through() {
        let g = RatingGuard::in_memory(&Limits::default());
        let t = Utc::now();
        let mut admitted = 0;
        for i in 0..200 {
            admitted +=
                usize::from(g.admit_at(&device(&format!("phone-{i}"), "c1", 1), t).await.expect("counters").is_ok());
        }
        assert_eq!(admitted, 120);
    }

    #[tokio::test]
    async fn a_kiosk_has_its_own_allowance() {
        let g = RatingGuard::in_memory(&Limits::default());
        let t = Utc::now();
        for i in 0..120 {
            assert!(g.admit_at(&device(&format!("phone-{i}"), "c1", 1), t).await.expect("counters").is_ok());
        }
        let mut admitted = 0;
        for _ in 0..800 {
            admitted +=
                usize::from(g.admit_at(&RatingSource::Kiosk { kiosk_id: 7 }, t).await.expect("counters").is_ok());
        }
        assert_eq!(admitted, 720);
    }

    #[tokio::test]
    async fn a_refused_rating_charges_nothing_and_a_refund_gives_back() {
        let limits = Limits { ratings_per_device_centre_hour: 1, ..Limits::default() };
        let g = RatingGuard::in_memory(&limits);
        let t = Utc::now();
        let first = g.admit_at(&device("phone", "c1", 1), t).await.expect("counters");
        assert!(g.admit_at(&device("phone", "c1", 1), t).await.expect("counters").is_err());
        if let Ok(a) = first {
            g.refund(a).await;
        }
        assert!(g.admit_at(&device("phone", "c1", 1), t).await.expect("counters").is_ok());
    }

    #[test]
    fn ipv6_addresses_count_by_their_64_bit_network() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap_or(IpAddr::from([0; 4]));
        assert_eq!(network_of(a), "2001:db8:1:2::/64");
        let mapped: IpAddr = "::ffff:192.0.2.1".parse().unwrap_or(IpAddr::from([0; 4]));
        assert_eq!(network_of(mapped), "192.0.2.1");
    }
}
