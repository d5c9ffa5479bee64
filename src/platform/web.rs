//! The browser: the store lives in memory and its snapshot in IndexedDB,
//! settings also in `localStorage`, waiting is the browser's timers, and the
//! page's address says where the server and the kiosk are.

use super::query::query_value;
use super::{browser_store, page};
use ms_client::Store;
use std::time::Duration;

/// What the browser kept of the store: the snapshot IndexedDB holds, if any
/// (see README).
pub struct SavedStore {
    snapshot: Result<Option<Vec<u8>>, String>,
}

impl SavedStore {
    /// Nothing kept yet: a browser profile seen for the first time.
    pub fn is_new(&self) -> bool {
        !matches!(self.snapshot, Ok(Some(_)))
    }
}

pub async fn saved_store() -> SavedStore {
    SavedStore { snapshot: browser_store::load().await }
}

/// Restores the store from its snapshot, or a new one.
pub async fn open_store(saved: SavedStore) -> Result<Store, String> {
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

/// Saves a snapshot soon after every change, so the store outlives the page.
pub async fn keep_store(store: ms_client::SharedStore) {
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
    let mut saved_at = Some(ms_client::lock(&store).change_count());
    sleep(SAVE_EVERY - LOOK_EVERY).await;
    loop {
        sleep(LOOK_EVERY).await;
        let count = ms_client::lock(&store).change_count();
        if saved_at == Some(count) {
            continue;
        }
        let snapshot = ms_client::lock(&store).snapshot();
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

/// Whether the page's address now is a citizen's rating link (`/rate/…` or `/kiosk/…`).
pub fn at_a_rating_link() -> bool {
    let path = web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default();
    path.starts_with("/rate/") || path.starts_with("/kiosk/")
}

/// The catalogue and checklists the page asked for itself (a new device at a centre's link).
pub async fn prefetched_by_the_page() -> Option<(ms_client::PageAnswer, ms_client::PageAnswer)> {
    page::prefetched().await
}

/// The next animation frame, then the task after it.
pub async fn after_next_paint() {
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

/// The page's own origin.
pub fn default_server_url() -> String {
    web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_else(|| "http://127.0.0.1:8080".to_owned())
}

pub async fn sleep(d: Duration) {
    gloo_timers::future::sleep(d).await;
}

const SETTINGS_ITEM: &str = "mystery-shopper-settings";

/// The settings `localStorage` keeps.
pub fn saved_settings() -> Option<String> {
    web_sys::window()?.local_storage().ok()??.get_item(SETTINGS_ITEM).ok()?
}

pub fn save_settings(json: &str) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(SETTINGS_ITEM, json);
    }
}

/// A kiosk in the browser is a page at `/kiosk/<token>`, never a command line.
pub fn kiosk_token() -> Option<String> {
    None
}

/// `?key=KEY` on the kiosk page.
pub fn given_kiosk_key() -> Option<String> {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    query_value(&search, "key")
}
