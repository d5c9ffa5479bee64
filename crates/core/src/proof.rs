//! Proof of visit: what makes a supervisor look twice at an evaluation. The
//! server decides each flag itself, from the centre's coordinates, the photos
//! it already holds and its own clock; it never takes the device's word.

use crate::evaluation::{Evaluation, Role};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// A device clock further than this from the server's is corrected, and the
/// evaluation flagged.
pub const MAX_CLOCK_SKEW: Duration = Duration::seconds(60);

/// The header a device sends its own clock in (RFC 3339) with each upload.
pub const DEVICE_TIME_HEADER: &str = "X-Device-Time";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum VisitFlag {
    /// The check-in was outside the centre's geofence.
    OutsideGeofence,
    /// A shopper's visit without a located check-in.
    NoLocation,
    /// A photo of it is also in another evaluation.
    DuplicatePhotos,
    /// The device's clock was more than a minute off; its times were corrected.
    ClockSkew,
}

impl VisitFlag {
    pub const ALL: [VisitFlag; 4] =
        [VisitFlag::OutsideGeofence, VisitFlag::NoLocation, VisitFlag::DuplicatePhotos, VisitFlag::ClockSkew];

    pub fn as_str(self) -> &'static str {
        match self {
            VisitFlag::OutsideGeofence => "outside_geofence",
            VisitFlag::NoLocation => "no_location",
            VisitFlag::DuplicatePhotos => "duplicate_photos",
            VisitFlag::ClockSkew => "clock_skew",
        }
    }
}

/// What the server knows of one evaluation's proof of visit.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ProofFacts {
    /// Inside the geofence, by the server's reckoning; None without a located check-in.
    pub inside_geofence: Option<bool>,
    pub duplicate_photos: bool,
    /// Server clock minus device clock when it was sent, in seconds.
    pub clock_offset_s: Option<i64>,
}

/// The flags an evaluation carries. Citizens are not asked to prove a visit:
/// only a shopper's visit is flagged for a missing location.
pub fn flags(role: Role, facts: ProofFacts) -> Vec<VisitFlag> {
    let mut out = Vec::new();
    match facts.inside_geofence {
        Some(false) => out.push(VisitFlag::OutsideGeofence),
        None if role == Role::Shopper => out.push(VisitFlag::NoLocation),
        _ => {}
    }
    if facts.duplicate_photos {
        out.push(VisitFlag::DuplicatePhotos);
    }
    if facts.clock_offset_s.is_some_and(|s| s.abs() > MAX_CLOCK_SKEW.num_seconds()) {
        out.push(VisitFlag::ClockSkew);
    }
    out
}

/// How far the device's clock was behind the server's (negative: ahead).
pub fn clock_offset(server_now: DateTime<Utc>, device_now: DateTime<Utc>) -> Duration {
    server_now - device_now
}

/// Moves every time the device stamped by `offset` (to the server's clock),
/// when the offset is larger than [`MAX_CLOCK_SKEW`]; true when it did.
pub fn correct_times(ev: &mut Evaluation, offset: Duration) -> bool {
    if offset.abs() <= MAX_CLOCK_SKEW {
        return false;
    }
    for t in [ev.visit_started_at.as_mut(), ev.visit_ended_at.as_mut(), ev.check_in.as_mut().map(|c| &mut c.at)]
        .into_iter()
        .flatten()
    {
        *t += offset;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evaluation::CheckIn;
    use crate::{EvaluationId, TemplateRef};

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap_or_default()
    }

    fn visit() -> Evaluation {
        Evaluation {
            id: EvaluationId::new(),
            revision: 1,
            template: TemplateRef { id: "t".into(), version: 1 },
            centre_id: "c".into(),
            service_id: None,
            role: Role::Shopper,
            locale: "en".into(),
            visit_started_at: Some(at("2026-06-01T09:00:00Z")),
            visit_ended_at: Some(at("2026-06-01T09:40:00Z")),
            check_in: Some(CheckIn {
                at: at("2026-06-01T08:58:00Z"),
                latitude: Some(25.0),
                longitude: Some(55.0),
                accuracy_m: Some(12.0),
                inside_geofence: None,
            }),
            answers: Default::default(),
            comment: None,
            employee: None,
            counter: None,
            photos: vec![],
            device_id: "d".into(),
            app_version: "t".into(),
            assignment_id: None,
        }
    }

    #[test]
    fn each_fact_raises_its_flag_and_citizens_owe_no_location() {
        let none = ProofFacts { inside_geofence: Some(true), ..ProofFacts::default() };
        assert!(flags(Role::Shopper, none).is_empty());
        let outside = ProofFacts { inside_geofence: Some(false), ..none };
        assert_eq!(flags(Role::Shopper, outside), [VisitFlag::OutsideGeofence]);
        assert_eq!(flags(Role::Citizen, outside), [VisitFlag::OutsideGeofence]);
        let unlocated = ProofFacts::default();
        assert_eq!(flags(Role::Shopper, unlocated), [VisitFlag::NoLocation]);
        assert!(flags(Role::Citizen, unlocated).is_empty());
        let all = ProofFacts { inside_geofence: Some(false), duplicate_photos: true, clock_offset_s: Some(-3600) };
        assert_eq!(
            flags(Role::Shopper, all),
            [VisitFlag::OutsideGeofence, VisitFlag::DuplicatePhotos, VisitFlag::ClockSkew]
        );
        let skew_within = ProofFacts { clock_offset_s: Some(60), ..none };
        assert!(flags(Role::Shopper, skew_within).is_empty(), "a minute exactly is within the allowance");
    }

    #[test]
    fn a_clock_a_day_behind_has_every_time_moved_forward() {
        let mut ev = visit();
        let offset = clock_offset(at("2026-06-02T10:00:00Z"), at("2026-06-01T10:00:00Z"));
        assert_eq!(offset, Duration::days(1));
        assert!(correct_times(&mut ev, offset));
        assert_eq!(ev.visit_started_at, Some(at("2026-06-02T09:00:00Z")));
        assert_eq!(ev.visit_ended_at, Some(at("2026-06-02T09:40:00Z")));
        assert_eq!(ev.check_in.as_ref().map(|c| c.at), Some(at("2026-06-02T08:58:00Z")));
    }

    #[test]
    fn a_clock_within_a_minute_is_left_alone() {
        let mut ev = visit();
        let before = ev.clone();
        assert!(!correct_times(&mut ev, Duration::seconds(-59)));
        assert_eq!(ev, before);
        assert!(correct_times(&mut ev, Duration::seconds(-61)));
        assert_eq!(ev.visit_started_at, Some(at("2026-06-01T08:58:59Z")));
    }
}
