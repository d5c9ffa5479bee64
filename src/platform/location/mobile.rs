//! A location fix through the native plugin, polled until it comes.

use super::{LocationError, TIMEOUT_MS};
use crate::platform::native::{location_result, start_location, wait_for, with_plugin};
use std::time::Duration;

/// The platform's answer as JSON.
pub async fn current_position() -> Result<String, LocationError> {
    let started = with_plugin(|p| start_location(p, true, TIMEOUT_MS).map_err(|e| e.to_string()))
        .map_err(|_| LocationError::Unavailable)?;
    if !started.is_empty() {
        return Err(LocationError::parse(&started));
    }
    let limit = Duration::from_millis(TIMEOUT_MS as u64 + 2_000);
    let poll = || with_plugin(|p| location_result(p).map_err(|e| e.to_string()));
    match wait_for(poll, Duration::from_millis(200), limit).await {
        Ok(Some(json)) => Ok(json),
        Ok(None) => Err(LocationError::Timeout),
        Err(_) => Err(LocationError::Unavailable),
    }
}
