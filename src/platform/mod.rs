//! What differs between platforms, behind one plain Rust API: where the store
//! lives, how to wait, where the server is, the device's languages, location.

mod location;

pub use location::{current_position, Position};

use ms_client::Store;
use std::time::Duration;

/// Opens the device store: a file in the app's data directory on desktop and
/// mobile; in the browser, a database held in the page (see README).
pub fn open_store() -> Result<Store, String> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let dir = data_dir();
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        Store::open(dir.join("mystery-shopper.sqlite3"), dir.join("photos")).map_err(|e| e.to_string())
    }
    #[cfg(target_arch = "wasm32")]
    {
        Store::open_self_contained(":memory:").map_err(|e| e.to_string())
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn data_dir() -> std::path::PathBuf {
    if let Some(dir) = std::env::var_os("MYSTERY_SHOPPER_DATA") {
        return dir.into();
    }
    dirs::data_dir().unwrap_or_else(std::env::temp_dir).join("mystery-shopper")
}

/// Where the server is unless the user set it: the page's own origin in the
/// browser, `MYSTERY_SHOPPER_SERVER` or the local default elsewhere.
pub fn default_server_url() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_else(|| "http://127.0.0.1:8080".to_owned())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::env::var("MYSTERY_SHOPPER_SERVER").unwrap_or_else(|_| "http://127.0.0.1:8080".to_owned())
    }
}

/// The device's preferred languages, best first.
pub fn device_languages() -> Vec<String> {
    sys_locale::get_locales().collect()
}

/// Waits without blocking the UI.
pub async fn sleep(d: Duration) {
    #[cfg(target_arch = "wasm32")]
    gloo_timers::future::sleep(d).await;
    #[cfg(not(target_arch = "wasm32"))]
    tokio::time::sleep(d).await;
}

/// Settings kept outside the store where the store does not outlive the page
/// (the browser keeps them in `localStorage`); elsewhere the store keeps them.
pub fn saved_settings() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()?.local_storage().ok()??.get_item("mystery-shopper-settings").ok()?
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

pub fn save_settings(_json: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item("mystery-shopper-settings", _json);
    }
}

/// A centre token given on the command line (`--kiosk TOKEN`), for the exit kiosk.
pub fn kiosk_token() -> Option<String> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let mut args = std::env::args().skip_while(|a| a != "--kiosk").skip(1);
        args.next()
    }
    #[cfg(target_arch = "wasm32")]
    {
        None
    }
}
