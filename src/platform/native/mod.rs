//! The app's own native plugin on Android (Kotlin, `platforms/android/plugin`)
//! and iOS (Swift, `platforms/ios/plugin`), bound through `manganis::ffi`.
//! Both sides have the same methods; anything slow (a location fix, the
//! camera) is started by one call and its result polled with another, so
//! the UI thread never waits on the platform.

#![allow(dead_code)]

use std::cell::RefCell;

#[cfg(target_os = "android")]
#[manganis::ffi("platforms/android/plugin")]
extern "Kotlin" {
    pub type DevicePlugin;
    /// The app's private files directory.
    pub fn files_dir(this: &DevicePlugin) -> String;
    /// Asks for a location fix (and the permission, the first time): "" once
    /// started, else "denied" or "unavailable".
    pub fn start_location(this: &DevicePlugin, high_accuracy: bool, timeout_ms: i64) -> String;
    /// None while waiting; then `{"latitude","longitude","accuracy_m"}` or `{"error"}`.
    pub fn location_result(this: &DevicePlugin) -> Option<String>;
    /// Opens the camera (or the photo library): "" once open, else an error code.
    pub fn start_photo(this: &DevicePlugin, from_library: bool) -> String;
    /// None while the person is choosing; then `{"path"}`, `{"cancelled":true}` or `{"error"}`.
    pub fn photo_result(this: &DevicePlugin) -> Option<String>;
    /// Offers a file to other apps (the share sheet): "" or an error.
    pub fn share_file(this: &DevicePlugin, path: String, mime: String) -> String;
}

#[cfg(target_os = "ios")]
#[manganis::ffi("platforms/ios/plugin")]
extern "Swift" {
    pub type DevicePlugin;
    pub fn files_dir(this: &DevicePlugin) -> String;
    pub fn start_location(this: &DevicePlugin, high_accuracy: bool, timeout_ms: i64) -> String;
    pub fn location_result(this: &DevicePlugin) -> Option<String>;
    pub fn start_photo(this: &DevicePlugin, from_library: bool) -> String;
    pub fn photo_result(this: &DevicePlugin) -> Option<String>;
    pub fn share_file(this: &DevicePlugin, path: String, mime: String) -> String;
}

thread_local! {
    static PLUGIN: RefCell<Option<DevicePlugin>> = const { RefCell::new(None) };
}

/// Runs `f` with the plugin, made on first use (on the thread that uses it).
pub fn with_plugin<T>(f: impl FnOnce(&DevicePlugin) -> Result<T, String>) -> Result<T, String> {
    PLUGIN.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            *slot = Some(DevicePlugin::new().map_err(|e| e.to_string())?);
        }
        match slot.as_ref() {
            Some(plugin) => f(plugin),
            None => Err("the native plugin is not available".to_owned()),
        }
    })
}

/// Polls `poll` every `every` until it answers or `limit` passes.
pub async fn wait_for(
    mut poll: impl FnMut() -> Result<Option<String>, String>,
    every: std::time::Duration,
    limit: std::time::Duration,
) -> Result<Option<String>, String> {
    let started = std::time::Instant::now();
    loop {
        if let Some(answer) = poll()? {
            return Ok(Some(answer));
        }
        if started.elapsed() >= limit {
            return Ok(None);
        }
        super::sleep(every).await;
    }
}
