//! The browser keeps the device store in IndexedDB: the database runs in
//! memory and a snapshot of it is saved within a tenth of a second of a
//! change (at most twice a second), so a closed tab or a reload loses at
//! most the last moment.

use rexie::{ObjectStore, Rexie, TransactionMode};
use wasm_bindgen::JsValue;

const DB: &str = "mystery-shopper";
const STORE: &str = "device-store";
const KEY: &str = "current";

async fn open() -> Result<Rexie, String> {
    Rexie::builder(DB).version(1).add_object_store(ObjectStore::new(STORE)).build().await.map_err(|e| e.to_string())
}

/// The last saved snapshot, if any: as the page read it while the app
/// downloaded (index.html), or read now.
pub async fn load() -> Result<Option<Vec<u8>>, String> {
    if let Some(read) = read_by_the_page().await {
        return read;
    }
    let db = open().await?;
    let tx = db.transaction(&[STORE], TransactionMode::ReadOnly).map_err(|e| e.to_string())?;
    let store = tx.store(STORE).map_err(|e| e.to_string())?;
    let value = store.get(JsValue::from_str(KEY)).await.map_err(|e| e.to_string())?;
    Ok(value.filter(|v| !v.is_undefined() && !v.is_null()).map(|v| js_sys::Uint8Array::new(&v).to_vec()))
}

/// What index.html's `msSavedStore` read, once: `{ value }` or `{ error }`.
async fn read_by_the_page() -> Option<Result<Option<Vec<u8>>, String>> {
    let read = super::page::take("msSavedStore").await?;
    if let Some(error) = super::page::field(&read, "error") {
        return Some(Err(error.as_string().unwrap_or_else(|| "IndexedDB could not be read".to_owned())));
    }
    Some(Ok(super::page::field(&read, "value").map(|v| js_sys::Uint8Array::new(&v).to_vec())))
}

/// Saves a snapshot under `key` (the current one unless told otherwise).
pub async fn save(bytes: &[u8], key: Option<&str>) -> Result<(), String> {
    let db = open().await?;
    let tx = db.transaction(&[STORE], TransactionMode::ReadWrite).map_err(|e| e.to_string())?;
    let store = tx.store(STORE).map_err(|e| e.to_string())?;
    let value = js_sys::Uint8Array::from(bytes);
    store.put(&value.into(), Some(&JsValue::from_str(key.unwrap_or(KEY)))).await.map_err(|e| e.to_string())?;
    tx.done().await.map_err(|e| e.to_string())?;
    Ok(())
}

/// Says on the page how many store changes the saved snapshot holds
/// (`<html data-store-saved="N">`), so anyone, a test included, can tell
/// that what was done on screen is safe across a reload.
pub fn mark_saved(changes: u64) {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element());
    if let Some(root) = root {
        let _ = root.set_attribute("data-store-saved", &changes.to_string());
    }
}
