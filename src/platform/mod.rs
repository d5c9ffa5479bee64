//! What differs between platforms, behind one plain Rust API: where the store
//! lives, how to wait, where the server is, the device's languages. The
//! browser's answers are in `web.rs`, the installed app's (desktop, Android,
//! iOS) in `installed.rs`, one of them chosen by `cfg` on its module. Each
//! capability that differs further has its own module with a file per
//! platform: `camera`, `photo`, `location`, `data_dir`, `files` (and
//! `native`, the Android and iOS plugin they use), and `log`, where warnings
//! and errors go.

#[cfg(target_arch = "wasm32")]
mod browser_store;
pub mod camera;
#[cfg(not(target_arch = "wasm32"))]
mod data_dir;
mod files;
#[cfg(not(target_arch = "wasm32"))]
mod installed;
mod location;
pub mod log;
#[cfg(any(target_os = "android", target_os = "ios"))]
mod native;
#[cfg(target_arch = "wasm32")]
mod page;
pub mod page_ratings;
pub mod photo;
#[cfg(any(target_arch = "wasm32", test))]
mod query;
#[cfg(target_arch = "wasm32")]
mod web;

#[cfg(not(target_arch = "wasm32"))]
pub use data_dir::data_dir;
pub use files::save_download;
#[cfg(not(target_arch = "wasm32"))]
use installed as this;
pub use location::{current_position, LocationError, Position};
#[cfg(target_arch = "wasm32")]
use web as this;

/// Returns once the page has been painted with what the app drew so far
/// (the next animation frame, then the task after it); at once elsewhere.
pub use this::after_next_paint;
/// Whether the page is at a citizen's rating link (`/rate/…` or `/kiosk/…`)
/// now, whose screen needs no store to be drawn; never outside the browser.
pub use this::at_a_rating_link;
/// Where the server is unless the user set it: the page's own origin in the
/// browser, `MYSTERY_SHOPPER_SERVER` or the local default elsewhere.
pub use this::default_server_url;
/// Keeps the store where it outlives the page: in the browser, saves a
/// snapshot soon after every change; elsewhere the store is a file already.
pub use this::keep_store;
/// A centre token given on the command line (`--kiosk TOKEN`), for the exit kiosk.
pub use this::kiosk_token;
/// Opens the device store from what was kept, or a new one.
pub use this::open_store;
/// The catalogue and checklists the web page asked for itself before the
/// app started (a new device at a centre's link); `None` elsewhere.
pub use this::prefetched_by_the_page;
/// Reads what the device kept of its store.
pub use this::saved_store;
/// Waits without blocking the UI.
pub use this::sleep;
/// What the device kept of its store, read before the store is opened: a
/// file in the app's data directory on desktop and mobile; in the browser,
/// the snapshot IndexedDB keeps (see README). `is_new` says whether there is
/// none yet.
pub use this::SavedStore;
/// Settings kept outside the store where the store does not outlive the page
/// (the browser keeps them in `localStorage`); elsewhere the store keeps them.
pub use this::{save_settings, saved_settings};

/// The device's preferred languages, best first.
pub fn device_languages() -> Vec<String> {
    sys_locale::get_locales().collect()
}

/// The key of a registered exit kiosk: `--kiosk-key KEY` or
/// `MYSTERY_SHOPPER_KIOSK_KEY` on desktop, `?key=KEY` on the kiosk page in the browser.
pub fn kiosk_key() -> Option<String> {
    this::given_kiosk_key().map(|k| k.trim().to_owned()).filter(|k| !k.is_empty())
}
