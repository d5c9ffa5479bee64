//! The camera or the photo library through the native plugin: opened, then
//! polled until the person has taken, chosen or cancelled; the file it leaves
//! is read and removed.

use super::{PhotoAnswer, PhotoSource};
use crate::platform::native::{photo_result, start_photo, wait_for, with_plugin};
use std::time::Duration;

/// The photo's bytes, None when the person cancelled.
pub async fn take_photo(source: PhotoSource) -> Result<Option<Vec<u8>>, String> {
    let from_library = source == PhotoSource::Library;
    let started = with_plugin(|p| start_photo(p, from_library).map_err(|e| e.to_string()))?;
    if !started.is_empty() {
        return Err(started);
    }
    // The person may take a while; the plugin answers when they are done.
    let poll = || with_plugin(|p| photo_result(p).map_err(|e| e.to_string()));
    let Some(json) = wait_for(poll, Duration::from_millis(250), Duration::from_secs(30 * 60)).await? else {
        return Ok(None);
    };
    let answer: PhotoAnswer = serde_json::from_str(&json).map_err(|e| format!("the camera's answer: {e}"))?;
    match (answer.path, answer.cancelled, answer.error) {
        (_, _, Some(e)) => Err(e),
        (Some(path), false, None) => {
            let bytes = std::fs::read(&path).map_err(|e| format!("{path}: {e}"))?;
            let _ = std::fs::remove_file(&path);
            Ok(Some(bytes))
        }
        _ => Ok(None),
    }
}
