//! Where the app keeps its SQLite file and photos: the platform's data
//! directory on desktop (`desktop.rs`), the app's private files directory on
//! Android and Application Support on iOS, both asked of the native plugin
//! (`mobile.rs`). Everything typed is in SQLite there, so an app the OS kills
//! in the middle of a visit finds it all when it opens again.

#[cfg(not(any(target_os = "android", target_os = "ios")))]
mod desktop;
#[cfg(any(target_os = "android", target_os = "ios"))]
mod mobile;

#[cfg(not(any(target_os = "android", target_os = "ios")))]
pub use desktop::data_dir;
#[cfg(any(target_os = "android", target_os = "ios"))]
pub use mobile::data_dir;
