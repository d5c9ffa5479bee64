//! The Mystery Shopper app: one code base for desktop, web and mobile.

use dioxus::prelude::*;

fn main() {
    dioxus::launch(App);
}

#[component]
fn App() -> Element {
    let templates = ms_core::builtin::templates();
    rsx! {
        main {
            h1 { "Mystery Shopper" }
            p { "{templates.len()} checklists available" }
        }
    }
}
