//! Whether an evaluation's times and check-in could be true: coordinates on
//! the globe, a non-negative accuracy, no visit in the future beyond a small
//! clock allowance, and a check-in close to the visit it proves. The server
//! refuses what fails here with a field-level error.

use crate::engine::ValidationError;
use crate::error_code::ErrorCode;
use crate::evaluation::Evaluation;
use chrono::{DateTime, Duration, Utc};

/// How far ahead of the server's clock a device's clock may run.
pub const CLOCK_ALLOWANCE: Duration = Duration::minutes(10);
/// How long before the visit starts a check-in may be made.
pub const CHECK_IN_LEAD: Duration = Duration::hours(24);
/// No visit older than this is accepted (a device may be offline for weeks, not years).
pub const MAX_AGE: Duration = Duration::days(366);
/// A location reported with a worse accuracy than this proves nothing.
pub const MAX_ACCURACY_M: f64 = 100_000.0;

fn implausible(field: &str, message: impl Into<String>) -> ValidationError {
    ValidationError::new(ErrorCode::ImplausibleValue, field, message)
}

fn check_time(field: &str, t: DateTime<Utc>, now: DateTime<Utc>) -> Result<(), ValidationError> {
    if t > now + CLOCK_ALLOWANCE {
        return Err(implausible(field, format!("{t} is in the future (the server's clock says {now})")));
    }
    if t < now - MAX_AGE {
        return Err(implausible(field, format!("{t} is more than a year ago")));
    }
    Ok(())
}

/// Checks the times and the check-in of `eval` against the clock `now`.
pub fn check(eval: &Evaluation, now: DateTime<Utc>) -> Result<(), ValidationError> {
    if let Some(t) = eval.visit_started_at {
        check_time("visit_started_at", t, now)?;
    }
    if let Some(t) = eval.visit_ended_at {
        check_time("visit_ended_at", t, now)?;
    }
    let Some(ci) = &eval.check_in else { return Ok(()) };
    check_time("check_in.at", ci.at, now)?;
    match (ci.latitude, ci.longitude) {
        (Some(lat), Some(lon)) => {
            if !(lat.is_finite() && (-90.0..=90.0).contains(&lat)) {
                return Err(implausible("check_in.latitude", format!("{lat} is not a latitude (-90 to 90)")));
            }
            if !(lon.is_finite() && (-180.0..=180.0).contains(&lon)) {
                return Err(implausible("check_in.longitude", format!("{lon} is not a longitude (-180 to 180)")));
            }
        }
        (None, None) => {}
        (Some(_), None) => return Err(implausible("check_in.longitude", "a latitude needs a longitude")),
        (None, Some(_)) => return Err(implausible("check_in.latitude", "a longitude needs a latitude")),
    }
    if let Some(acc) = ci.accuracy_m {
        if !(acc.is_finite() && (0.0..=MAX_ACCURACY_M).contains(&acc)) {
            return Err(implausible("check_in.accuracy_m", format!("an accuracy of {acc} m is impossible")));
        }
    }
    if let Some(start) = eval.visit_started_at {
        if ci.at < start - CHECK_IN_LEAD {
            return Err(implausible("check_in.at", "the check-in is more than 24 hours before the visit started"));
        }
    }
    if let Some(end) = eval.visit_ended_at {
        if ci.at > end + CLOCK_ALLOWANCE {
            return Err(implausible("check_in.at", "the check-in is after the visit ended"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evaluation::{CheckIn, Role};
    use crate::{EvaluationId, TemplateRef};

    fn now() -> DateTime<Utc> {
        "2026-06-01T10:00:00Z".parse().unwrap_or_default()
    }

    fn visit() -> Evaluation {
        Evaluation {
            id: EvaluationId::new(),
            revision: 1,
            template: TemplateRef { id: "shopper".into(), version: 1 },
            centre_id: "c".into(),
            service_id: None,
            role: Role::Shopper,
            locale: "en".into(),
            visit_started_at: Some(now() - Duration::hours(2)),
            visit_ended_at: Some(now() - Duration::hours(1)),
            check_in: Some(CheckIn {
                at: now() - Duration::minutes(110),
                latitude: Some(25.1),
                longitude: Some(55.2),
                accuracy_m: Some(12.0),
                inside_geofence: None,
            }),
            answers: Default::default(),
            comment: None,
            employee: None,
            counter: None,
            photos: vec![],
            device_id: "d".into(),
            app_version: "1".into(),
            assignment_id: None,
        }
    }

    fn field_of(e: &Evaluation) -> Option<String> {
        check(e, now()).err().map(|e| e.field)
    }

    #[test]
    fn a_real_visit_is_plausible() {
        assert_eq!(check(&visit(), now()), Ok(()));
        let mut e = visit();
        e.check_in = None;
        assert_eq!(check(&e, now()), Ok(()));
    }

    #[test]
    fn negative_accuracy_is_refused() {
        let mut e = visit();
        if let Some(ci) = e.check_in.as_mut() {
            ci.accuracy_m = Some(-5.0);
        }
        assert_eq!(field_of(&e).as_deref(), Some("check_in.accuracy_m"));
    }

    #[test]
    fn coordinates_off_the_globe_or_half_given_are_refused() {
        for (lat, lon, field) in [
            (Some(91.0), Some(0.0), "check_in.latitude"),
            (Some(f64::NAN), Some(0.0), "check_in.latitude"),
            (Some(0.0), Some(-180.5), "check_in.longitude"),
            (Some(0.0), None, "check_in.longitude"),
            (None, Some(0.0), "check_in.latitude"),
        ] {
            let mut e = visit();
            if let Some(ci) = e.check_in.as_mut() {
                (ci.latitude, ci.longitude) = (lat, lon);
            }
            assert_eq!(field_of(&e).as_deref(), Some(field), "{lat:?} {lon:?}");
        }
    }

    #[test]
    fn a_visit_in_the_year_9999_is_in_the_future() {
        let mut e = visit();
        e.visit_started_at = "9999-01-01T00:00:00Z".parse().ok();
        assert_eq!(field_of(&e).as_deref(), Some("visit_started_at"));
        let mut e = visit();
        e.visit_ended_at = Some(now() + Duration::minutes(11));
        assert_eq!(field_of(&e).as_deref(), Some("visit_ended_at"));
    }

    #[test]
    fn a_clock_a_few_minutes_fast_is_allowed() {
        let mut e = visit();
        e.visit_ended_at = Some(now() + Duration::minutes(5));
        assert_eq!(check(&e, now()), Ok(()));
    }

    #[test]
    fn a_visit_older_than_a_year_is_refused() {
        let mut e = visit();
        e.visit_started_at = Some(now() - Duration::days(400));
        assert_eq!(field_of(&e).as_deref(), Some("visit_started_at"));
    }

    #[test]
    fn check_in_far_from_the_visit_is_refused() {
        let mut e = visit();
        if let Some(ci) = e.check_in.as_mut() {
            ci.at = now() - Duration::hours(27);
        }
        assert_eq!(field_of(&e).as_deref(), Some("check_in.at"));
        let mut e = visit();
        if let Some(ci) = e.check_in.as_mut() {
            ci.at = now() - Duration::minutes(30);
        }
        assert_eq!(field_of(&e).as_deref(), Some("check_in.at"));
    }
}
