//! What `index.html` starts before the app has downloaded, for the app to
//! take over: the saved store's read (`msSavedStore`) and, for a new device
//! at a centre's link, the requests for the catalogue and checklists
//! (`msPrefetch`). Each is a promise left on `window`, taken once.

use ms_client::{PageAnswer, PageResponse};
use wasm_bindgen::{JsCast, JsValue};

/// The promise the page left under `name`, removed so that it is never taken
/// twice (a later reading does the work itself, never reads a stale copy).
pub async fn take(name: &str) -> Option<JsValue> {
    let global = js_sys::global();
    let key = JsValue::from_str(name);
    let promise = js_sys::Reflect::get(&global, &key).ok()?.dyn_into::<js_sys::Promise>().ok()?;
    let _ = js_sys::Reflect::delete_property(global.unchecked_ref::<js_sys::Object>(), &key);
    wasm_bindgen_futures::JsFuture::from(promise).await.ok()
}

/// A field of a plain object the page made, when present.
pub fn field(object: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(object, &JsValue::from_str(name)).ok().filter(|v| !v.is_undefined() && !v.is_null())
}

/// The answers to the page's own `GET /api/v1/catalogue` and `/templates`,
/// when it asked (a new device at a centre's link, on this origin's server).
pub async fn prefetched() -> Option<(PageAnswer, PageAnswer)> {
    let both = take("msPrefetch").await?;
    let both: js_sys::Array = both.dyn_into().ok()?;
    let answer = |v: JsValue| -> PageAnswer {
        if let Some(error) = field(&v, "error") {
            return Err(error.as_string().unwrap_or_else(|| "the request failed".to_owned()));
        }
        let status = field(&v, "status").and_then(|s| s.as_f64()).ok_or("the page's answer has no status")?;
        Ok(PageResponse {
            status: status as u16,
            etag: field(&v, "etag").and_then(|e| e.as_string()),
            body: field(&v, "body").and_then(|b| b.as_string()).unwrap_or_default(),
        })
    };
    Some((answer(both.get(0)), answer(both.get(1))))
}
