//! A labelled progress bar.

use dioxus::prelude::*;

#[component]
pub fn ProgressBar(fraction: f64, label: String) -> Element {
    let pct = (fraction.clamp(0.0, 1.0) * 100.0).round();
    rsx! {
        div {
            class: "progress",
            role: "progressbar",
            "aria-valuemin": "0",
            "aria-valuemax": "100",
            "aria-valuenow": "{pct}",
            "aria-label": "{label}",
            div { class: "progress-fill", style: "inline-size: {pct}%" }
        }
    }
}
