//! What differs between platforms, behind one plain Rust API: where the store
//! lives, how to wait, where the server is, the device's languages. Each
//! capability that differs by platform has its own module with a file per
//! platform: `camera`, `photo`, `location`, `data_dir`, `files` (and
//! `native`, the Android and iOS plugin they use), and `log`, where warnings
//! and errors go.

#[cfg(target_arch = "wasm32")]
mod browser_store;
pub mod camera;
#[cfg(not(target_arch = "wasm32"))]
mod data_dir;
mod files;
mod location;
pub mod log;
#[cfg(any(target_os = "android", target_os = "ios"))]
mod native;
#[cfg(target_arch = "wasm32")]
mod page;
pub mod photo;

#[cfg(not(target_arch = "wasm32"))]
pub use data_dir::data_dir;
pub use files::save_download;
pub use location::{current_position, LocationError, Position};

use ms_client::Store;
use std::time::Duration;

/// What the device kept of its store, read before the store is opened: a
/// file in the app's data directory on desktop and mobile; in the browser,
/// the snapshot IndexedDB keeps (see README).
pub struct SavedStore {
    #[cfg(not(target_arch = "wasm32"))]
    dir: std::path::PathBuf,
    #[cfg(target_arch = "wasm32")]
    snapshot: Result<Option<Vec<u8>>, String>,
}

#[cfg(not(target_arch = "wasm32"))]
const STORE_FILE: &str = "mystery-shopper.sqlite3";

impl SavedStore {
    /// Nothing kept yet: a new device (or a browser profile seen for the first time).
    pub fn is_new(&self) -> bool {
        #[cfg(not(target_arch = "wasm32"))]
        {
            !self.dir.join(STORE_FILE).exists()
        }
        #[cfg(target_arch = "wasm32")]
        {
            !matches!(self.snapshot, Ok(Some(_)))
        }
    }
}

pub async fn saved_store() -> SavedStore {
    #[cfg(not(target_arch = "wasm32"))]
    {
        SavedStore { dir: data_dir() }
    }
    #[cfg(target_arch = "wasm32")]
    {
        SavedStore { snapshot: browser_store::load().await }
    }
}

/// Opens the device store from what was kept, or a new one.
pub async fn open_store(saved: SavedStore) -> Result<Store, String> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let dir = saved.dir;
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        Store::open(dir.join(STORE_FILE), dir.join("photos")).map_err(|e| e.to_string())
    }
    #[cfg(target_arch = "wasm32")]
    {
        match saved.snapshot {
            Ok(Some(bytes)) => match Store::restore_self_contained(&bytes) {
                Ok(store) => Ok(store),
                Err(e) => {
                    // Keep the unreadable copy aside rather than overwrite it, then start afresh.
                    tracing::error!(error = %e, "the saved store could not be restored");
                    let aside = format!("unreadable-{}", chrono::Utc::now().timestamp());
                    browser_store::save(&bytes, Some(&aside)).await?;
                    // The new store replaces the unreadable one at once, or
                    // every opening would set the same copy aside again.
                    let mut store = Store::open_self_contained(":memory:").map_err(|e| e.to_string())?;
                    browser_store::save(&store.snapshot().map_err(|e| e.to_string())?, None).await?;
                    Ok(store)
                }
            },
            Ok(None) => Store::open_self_contained(":memory:").map_err(|e| e.to_string()),
            Err(e) => {
                tracing::warn!(error = %e, "IndexedDB is not available; this page keeps its store in memory only");
                Store::open_self_contained(":memory:").map_err(|e| e.to_string())
            }
        }
    }
}

/// Keeps the store where it outlives the page: in the browser, saves a
/// snapshot soon after every change; elsewhere the store is a file already.
pub async fn keep_store(_store: ms_client::SharedStore) {
    #[cfg(target_arch = "wasm32")]
    {
        // Looking costs one counter read. A change is saved within a tenth of
        // a second (a tap followed at once by closing the tab is kept), and
        // saves come at most twice a second: each copies the whole store,
        // photos included.
        const LOOK_EVERY: Duration = Duration::from_millis(100);
        const SAVE_EVERY: Duration = Duration::from_millis(500);
        // The store as opened needs no saving: restored, it is the snapshot
        // (migrated again on the next opening if this one migrated it); new
        // and empty, it holds nothing yet. The first save waits half a
        // second: what changes at once is the sync loop's refresh, and a save
        // then would hold up the first tap.
        let mut saved_at = Some(ms_client::lock(&_store).change_count());
        sleep(SAVE_EVERY - LOOK_EVERY).await;
        loop {
            sleep(LOOK_EVERY).await;
            let count = ms_client::lock(&_store).change_count();
            if saved_at == Some(count) {
                continue;
            }
            let snapshot = ms_client::lock(&_store).snapshot();
            match snapshot {
                Ok(bytes) => match browser_store::save(&bytes, None).await {
                    Ok(()) => {
                        saved_at = Some(count);
                        browser_store::mark_saved(count);
                    }
                    Err(e) => tracing::warn!(error = %e, "store snapshot not saved"),
                },
                Err(e) => tracing::warn!(error = %e, "store snapshot not taken"),
            }
            sleep(SAVE_EVERY - LOOK_EVERY).await;
        }
    }
}

/// Whether the page is at a citizen's rating link (`/rate/…` or `/kiosk/…`)
/// now, whose screen needs no store to be drawn; never outside the browser.
pub fn at_a_rating_link() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let path = web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default();
        path.starts_with("/rate/") || path.starts_with("/kiosk/")
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        false
    }
}

/// The catalogue and checklists the web page asked for itself before the
/// app started (a new device at a centre's link); `None` elsewhere.
pub async fn prefetched_by_the_page() -> Option<(ms_client::PageAnswer, ms_client::PageAnswer)> {
    #[cfg(target_arch = "wasm32")]
    {
        page::prefetched().await
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

/// Returns once the page has been painted with what the app drew so far
/// (the next animation frame, then the task after it); at once elsewhere.
pub async fn after_next_paint() {
    #[cfg(target_arch = "wasm32")]
    {
        let frame = js_sys::Promise::new(&mut |resolve, _| {
            if let Some(window) = web_sys::window() {
                if window.request_animation_frame(&resolve).is_ok() {
                    return;
                }
            }
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
        sleep(Duration::ZERO).await;
    }
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

/// The key of a registered exit kiosk: `--kiosk-key KEY` or
/// `MYSTERY_SHOPPER_KIOSK_KEY` on desktop, `?key=KEY` on the kiosk page in the browser.
pub fn kiosk_key() -> Option<String> {
    #[cfg(not(target_arch = "wasm32"))]
    let key = {
        let mut args = std::env::args().skip_while(|a| a != "--kiosk-key").skip(1);
        args.next().or_else(|| std::env::var("MYSTERY_SHOPPER_KIOSK_KEY").ok())
    };
    #[cfg(target_arch = "wasm32")]
    let key = {
        let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
        query_value(&search, "key")
    };
    key.map(|k| k.trim().to_owned()).filter(|k| !k.is_empty())
}

/// One parameter of a query string (`?a=1&key=K`), percent-decoded where it is plain.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn query_value(search: &str, name: &str) -> Option<String> {
    search.trim_start_matches('?').split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=')?;
        (k == name).then(|| percent_decode(v))
    })
}

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
/// Percent-decoding of a query value; malformed escapes are kept as they are.
fn percent_decode(v: &str) -> String {
    let bytes = v.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match std::str::from_utf8(&bytes[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kiosk_key_is_read_from_the_query_string() {
        assert_eq!(query_value("?key=abc123", "key").as_deref(), Some("abc123"));
        assert_eq!(query_value("?x=1&key=a%2Fb", "key").as_deref(), Some("a/b"));
        assert_eq!(query_value("?x=1", "key"), None);
        assert_eq!(query_value("", "key"), None);
        assert_eq!(query_value("?key=bad%zz", "key").as_deref(), Some("bad%zz"));
        assert_eq!(query_value("?key=end%", "key").as_deref(), Some("end%"));
    }
}
