//! Formatting with the browser's own `Intl` (the same CLDR rules, nothing to download).

use chrono::{DateTime, Utc};
use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

fn locales(tag: &str) -> Array {
    Array::of1(&JsValue::from_str(tag))
}

fn js_date(at: DateTime<Utc>) -> js_sys::Date {
    js_sys::Date::new(&JsValue::from_f64(at.timestamp_millis() as f64))
}

fn date_format(tag: &str, at: DateTime<Utc>, opts: Object) -> Option<String> {
    let f = Intl::DateTimeFormat::new(&locales(tag), &opts);
    f.format().call1(&JsValue::NULL, &js_date(at)).ok()?.as_string()
}

pub fn time(tag: &str, at: DateTime<Utc>) -> Option<String> {
    date_format(tag, at, options(&[("hour", "numeric".into()), ("minute", "2-digit".into())]))
}

pub fn date_time(tag: &str, at: DateTime<Utc>) -> Option<String> {
    date_format(tag, at, options(&[("dateStyle", "short".into()), ("timeStyle", "short".into())]))
}

pub fn integer(tag: &str, n: i64, min_digits: u8) -> Option<String> {
    let opts = options(&[("minimumIntegerDigits", JsValue::from_f64(f64::from(min_digits.max(1))))]);
    let f = Intl::NumberFormat::new(&locales(tag), &opts);
    f.format().call1(&JsValue::NULL, &JsValue::from_f64(n as f64)).ok()?.as_string()
}
