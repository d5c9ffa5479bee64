//! The rating page the server draws at a centre's link (`window.msQuick`)
//! and the ratings it keeps in `localStorage` ("mystery-shopper-quick"), as
//! the app reaches them; outside the browser there is no such page.

#[cfg(target_arch = "wasm32")]
mod this {
    use wasm_bindgen::{JsCast, JsValue};

    const LIST: &str = "mystery-shopper-quick";
    /// The cookie the server reads to draw its pages in the language chosen here.
    const LOCALE_COOKIE: &str = "ms-locale";

    fn page() -> Option<js_sys::Object> {
        let page = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("msQuick")).ok()?;
        page.dyn_into::<js_sys::Object>().ok()
    }

    fn call(name: &str) -> Option<JsValue> {
        let page = page()?;
        let f = js_sys::Reflect::get(&page, &JsValue::from_str(name)).ok()?.dyn_into::<js_sys::Function>().ok()?;
        f.call0(&page).ok()
    }

    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok()?
    }

    pub fn hand_over() -> Option<String> {
        call("handOver")?.as_string()
    }

    pub fn drawn_for() -> Option<String> {
        page()?;
        let path = web_sys::window()?.location().pathname().ok()?;
        let token = path.strip_prefix("/rate/").or_else(|| path.strip_prefix("/kiosk/"))?;
        js_sys::decode_uri_component(token).ok()?.as_string()
    }

    pub fn reveal() {
        let _ = call("reveal");
    }

    pub fn kept() -> Option<String> {
        storage()?.get_item(LIST).ok()?
    }

    pub fn write(list: &str) {
        if let Some(s) = storage() {
            let _ = if list == "[]" { s.remove_item(LIST) } else { s.set_item(LIST, list) };
        }
    }

    pub fn remember_locale(locale: &str) {
        let cookie = format!("{}={locale}; path=/; max-age=31536000; SameSite=Lax", LOCALE_COOKIE);
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Ok(html) = doc.dyn_into::<web_sys::HtmlDocument>() {
                let _ = html.set_cookie(&cookie);
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod this {
    pub fn hand_over() -> Option<String> {
        None
    }
    pub fn reveal() {}
    pub fn drawn_for() -> Option<String> {
        None
    }
    pub fn kept() -> Option<String> {
        None
    }
    pub fn write(_list: &str) {}
    pub fn remember_locale(_locale: &str) {}
}

use ms_core::EvaluationId;

/// Tells the page the app is taking it over (it answers no more taps);
/// what it showed, as JSON, or None when the app drew the page itself.
pub fn hand_over() -> Option<String> {
    this::hand_over()
}

/// The centre's token of the link, when the server drew this page (its
/// faces answer before the app).
pub fn drawn_for() -> Option<String> {
    this::drawn_for()
}

/// Takes the page's own markup away: the app's is shown.
pub fn reveal() {
    this::reveal()
}

/// The page's list of ratings, as JSON, when there is one.
pub fn kept() -> Option<String> {
    this::kept()
}

/// Forgets the ratings the store held already, and marks those it took now.
pub fn settle(held: &[EvaluationId], taken: &[EvaluationId]) {
    if held.is_empty() && taken.is_empty() {
        return;
    }
    let Some(list) = kept() else { return };
    if let Some(next) = settled(&list, held, taken) {
        this::write(&next);
    }
}

/// The list without `held`, with `taken` marked "adopted"; None when it can't be read.
fn settled(list: &str, held: &[EvaluationId], taken: &[EvaluationId]) -> Option<String> {
    let entries: Vec<serde_json::Value> = serde_json::from_str(list).ok()?;
    let id_of = |e: &serde_json::Value| e.pointer("/evaluation/id").and_then(|v| v.as_str()).map(str::to_owned);
    let is = |ids: &[EvaluationId], e: &serde_json::Value| {
        id_of(e).is_some_and(|id| ids.iter().any(|h| h.to_string() == id))
    };
    let next: Vec<serde_json::Value> = entries
        .into_iter()
        .filter(|e| !is(held, e))
        .map(|mut e| {
            if is(taken, &e) {
                e["adopted"] = serde_json::Value::Bool(true);
            }
            e
        })
        .collect();
    serde_json::to_string(&next).ok()
}

/// Keeps the language chosen for the server's pages (a cookie in the browser).
pub fn remember_locale(locale: &str) {
    this::remember_locale(locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_forgets_what_the_store_held_and_marks_what_it_took() {
        let a = EvaluationId(uuid::Uuid::from_u128(1));
        let b = EvaluationId(uuid::Uuid::from_u128(2));
        let list = format!(
            r#"[{{"evaluation":{{"id":"{a}"}},"state":"sent"}},{{"evaluation":{{"id":"{b}"}},"state":"draft"}},{{"x":1}}]"#
        );
        let next: serde_json::Value = serde_json::from_str(&settled(&list, &[a], &[b]).expect("read")).expect("json");
        assert_eq!(
            next,
            serde_json::json!([{"evaluation": {"id": b.to_string()}, "state": "draft", "adopted": true}, {"x": 1}])
        );
        assert_eq!(settled("not json", &[a], &[]), None);
    }
}
