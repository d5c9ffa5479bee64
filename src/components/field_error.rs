//! A form field's problem, said under it.

use dioxus::prelude::*;

/// A field's problem under it, named by the id its input points to.
#[component]
pub fn FieldError(id: String, text: Option<String>) -> Element {
    rsx! {
        if let Some(t) = text {
            p { class: "error field-error", id: "{id}", "{t}" }
        }
    }
}
