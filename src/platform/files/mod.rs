//! Handing a downloaded file (an export) to the person: the browser's own
//! download on the web, the Downloads folder on desktop, the share sheet on
//! Android and iOS. Each returns where the file went, for the screen to say.

#[cfg(not(any(target_arch = "wasm32", target_os = "android", target_os = "ios")))]
mod desktop;
#[cfg(any(target_os = "android", target_os = "ios"))]
mod mobile;
#[cfg(target_arch = "wasm32")]
mod web;

#[cfg(not(any(target_arch = "wasm32", target_os = "android", target_os = "ios")))]
pub use desktop::save_download;
#[cfg(any(target_os = "android", target_os = "ios"))]
pub use mobile::save_download;
#[cfg(target_arch = "wasm32")]
pub use web::save_download;
