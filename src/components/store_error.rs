//! Store failures in words, the same way on every screen: a save that failed
//! is said next to its field while what was typed stays on screen; a read that
//! failed is an error state, never an empty list.

use crate::i18n::I18n;
use dioxus::prelude::*;
use std::collections::BTreeMap;
use std::fmt::Display;

/// One failed save: where on the screen, why, and the text that was being saved.
#[derive(Debug, Clone, PartialEq)]
pub struct SaveFailure {
    pub place: String,
    pub reason: String,
    pub typed: Option<String>,
}

/// A screen's failed saves, one per place: a failure in one field never
/// drops the text another field keeps. Copy it into handlers and child components.
#[derive(Clone, Copy, PartialEq)]
pub struct SaveErrors(Signal<BTreeMap<String, SaveFailure>>);

/// A screen's holder of its failed saves.
pub fn use_save_errors() -> SaveErrors {
    SaveErrors(use_signal(BTreeMap::new))
}

impl SaveErrors {
    /// A holder outside a component (the app's own state).
    pub fn new() -> Self {
        SaveErrors(Signal::new(BTreeMap::new()))
    }

    /// Records how a save at `place` went and gives its value back on success.
    /// A failure is kept with the text being saved (`typed`), so the field
    /// keeps showing it; a success clears an earlier failure at the same place.
    pub fn check<T, E: Display>(mut self, place: &str, typed: Option<&str>, result: Result<T, E>) -> Option<T> {
        match result {
            Ok(value) => {
                if self.0.peek().contains_key(place) {
                    self.0.write().remove(place);
                }
                Some(value)
            }
            Err(e) => {
                tracing::warn!(place, error = %e, "not saved on the device");
                let failure =
                    SaveFailure { place: place.to_owned(), reason: e.to_string(), typed: typed.map(str::to_owned) };
                self.0.write().insert(place.to_owned(), failure);
                None
            }
        }
    }

    /// The failure at `place`, if the last save there failed.
    pub fn at(&self, place: &str) -> Option<SaveFailure> {
        self.0.read().get(place).cloned()
    }

    /// The text a field at `place` keeps showing because saving it failed.
    pub fn typed(&self, place: &str) -> Option<String> {
        self.at(place).and_then(|f| f.typed)
    }
}

impl Default for SaveErrors {
    fn default() -> Self {
        Self::new()
    }
}

/// Says that the save at `place` failed, if it did; put it next to the field.
#[component]
pub fn SaveAlert(errors: SaveErrors, place: String, i18n: I18n) -> Element {
    match errors.at(&place) {
        Some(failure) => rsx! {
            p { class: "error store-error", role: "alert", "data-store-error": "{place}",
                "{i18n.t(\"store-save-failed\")} "
                span { class: "detail", "({failure.reason})" }
            }
        },
        None => rsx! {},
    }
}

/// What the device's store could not read, in place of the list it would have shown.
#[component]
pub fn ReadError(i18n: I18n, reason: String) -> Element {
    rsx! {
        div { class: "error store-read-error", role: "alert",
            p { "{i18n.t(\"store-read-failed\")}" }
            p { class: "detail", "{reason}" }
        }
    }
}
