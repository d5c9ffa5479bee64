//! The installed app (desktop, Android, iOS): the store is a file in the app's
//! data directory, settings live in it, waiting is tokio's, and the command
//! line and the environment say where the server and the kiosk are.

use super::data_dir;
use ms_client::Store;
use std::time::Duration;

const STORE_FILE: &str = "mystery-shopper.sqlite3";

/// What the device kept of its store: the data directory it lives in.
pub struct SavedStore {
    dir: std::path::PathBuf,
}

impl SavedStore {
    /// Nothing kept yet: a new device.
    pub fn is_new(&self) -> bool {
        !self.dir.join(STORE_FILE).exists()
    }
}

pub async fn saved_store() -> SavedStore {
    SavedStore { dir: data_dir() }
}

/// Opens the device store from its file, or a new one.
pub async fn open_store(saved: SavedStore) -> Result<Store, String> {
    let dir = saved.dir;
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    Store::open(dir.join(STORE_FILE), dir.join("photos")).map_err(|e| e.to_string())
}

/// The store is a file already: nothing to do.
pub async fn keep_store(_store: ms_client::SharedStore) {}

/// Never at a page's address outside the browser.
pub fn at_a_rating_link() -> bool {
    false
}

/// No page asked for anything before the app.
pub async fn prefetched_by_the_page() -> Option<(ms_client::PageAnswer, ms_client::PageAnswer)> {
    None
}

/// The web view paints on its own: nothing to wait for.
pub async fn after_next_paint() {}

/// `MYSTERY_SHOPPER_SERVER`, or the local default.
pub fn default_server_url() -> String {
    std::env::var("MYSTERY_SHOPPER_SERVER").unwrap_or_else(|_| "http://127.0.0.1:8080".to_owned())
}

pub async fn sleep(d: Duration) {
    tokio::time::sleep(d).await;
}

/// The store keeps the settings: nothing outside it.
pub fn saved_settings() -> Option<String> {
    None
}

pub fn save_settings(_json: &str) {}

/// `--kiosk TOKEN` on the command line.
pub fn kiosk_token() -> Option<String> {
    let mut args = std::env::args().skip_while(|a| a != "--kiosk").skip(1);
    args.next()
}

/// `--kiosk-key KEY` on the command line, or `MYSTERY_SHOPPER_KIOSK_KEY`.
pub fn given_kiosk_key() -> Option<String> {
    let mut args = std::env::args().skip_while(|a| a != "--kiosk-key").skip(1);
    args.next().or_else(|| std::env::var("MYSTERY_SHOPPER_KIOSK_KEY").ok())
}
