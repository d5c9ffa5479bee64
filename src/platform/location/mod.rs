//! The device's position: the Geolocation API in the browser and the desktop
//! web view (`web.rs`), the native plugin on Android and iOS (`mobile.rs`).
//! A refused permission, no fix in time or no location service are ordinary
//! answers the screens tell apart.

use serde::Deserialize;

#[cfg(any(target_os = "android", target_os = "ios"))]
mod mobile;
#[cfg(not(any(target_os = "android", target_os = "ios")))]
mod web;

#[cfg(any(target_os = "android", target_os = "ios"))]
use mobile as imp;
#[cfg(not(any(target_os = "android", target_os = "ios")))]
use web as imp;

#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
pub struct Position {
    pub latitude: f64,
    pub longitude: f64,
    /// Radius of the 68 % confidence circle, in metres.
    pub accuracy_m: f64,
}

/// Why there is no position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocationError {
    /// The person (or a policy) refused location to the app.
    Denied,
    /// No fix arrived in time.
    Timeout,
    /// The device has no location service, or it is switched off.
    Unavailable,
}

impl LocationError {
    pub fn parse(code: &str) -> Self {
        match code {
            "denied" => LocationError::Denied,
            "timeout" => LocationError::Timeout,
            _ => LocationError::Unavailable,
        }
    }

    /// The message id of the words for it.
    pub fn message_id(self) -> &'static str {
        match self {
            LocationError::Denied => "location-denied",
            LocationError::Timeout => "location-timeout",
            LocationError::Unavailable => "location-unavailable",
        }
    }
}

/// How long a fix may take.
pub const TIMEOUT_MS: i64 = 15_000;

/// One answer of the platform: a position or why there is none.
#[derive(Debug, Deserialize)]
struct Answer {
    latitude: Option<f64>,
    longitude: Option<f64>,
    accuracy_m: Option<f64>,
    error: Option<String>,
}

fn read_answer(json: &str) -> Result<Position, LocationError> {
    let a: Answer = serde_json::from_str(json).map_err(|_| LocationError::Unavailable)?;
    match (a.latitude, a.longitude, a.error) {
        (Some(latitude), Some(longitude), None) if latitude.is_finite() && longitude.is_finite() => {
            Ok(Position { latitude, longitude, accuracy_m: a.accuracy_m.unwrap_or(f64::NAN) })
        }
        (_, _, Some(code)) => Err(LocationError::parse(&code)),
        _ => Err(LocationError::Unavailable),
    }
}

/// The current position, or why there is none.
pub async fn current_position() -> Result<Position, LocationError> {
    imp::current_position().await.and_then(|json| read_answer(&json))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_platform_answer_reads_as_a_position_or_a_reason() {
        let p = read_answer(r#"{"latitude":25.1,"longitude":55.2,"accuracy_m":12.5}"#).expect("a position");
        assert_eq!((p.latitude, p.longitude, p.accuracy_m), (25.1, 55.2, 12.5));
        assert_eq!(read_answer(r#"{"error":"denied"}"#), Err(LocationError::Denied));
        assert_eq!(read_answer(r#"{"error":"timeout"}"#), Err(LocationError::Timeout));
        assert_eq!(read_answer(r#"{"error":"no-gps"}"#), Err(LocationError::Unavailable));
        assert_eq!(read_answer("not json"), Err(LocationError::Unavailable));
        assert_eq!(read_answer(r#"{"latitude":25.1}"#), Err(LocationError::Unavailable));
    }
}
