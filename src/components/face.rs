//! Happiness faces drawn in SVG, so they look the same everywhere; each has
//! a word beside its shape, so colour is never the only signal.

use crate::i18n::I18n;
use dioxus::prelude::*;
use ms_core::Face;

pub fn face_key(face: Face) -> &'static str {
    match face {
        Face::Happy => "happy",
        Face::Neutral => "neutral",
        Face::Unhappy => "unhappy",
    }
}

#[component]
pub fn FaceIcon(face: Face, size: u32) -> Element {
    let mouth = match face {
        Face::Happy => "M30 60 Q50 80 70 60",
        Face::Neutral => "M32 66 L68 66",
        Face::Unhappy => "M30 72 Q50 52 70 72",
    };
    rsx! {
        svg {
            class: "face-icon face-{face_key(face)}",
            width: "{size}",
            height: "{size}",
            view_box: "0 0 100 100",
            "aria-hidden": "true",
            circle { cx: "50", cy: "50", r: "46", class: "face-disc" }
            circle { cx: "35", cy: "40", r: "6", class: "face-feature" }
            circle { cx: "65", cy: "40", r: "6", class: "face-feature" }
            path { d: mouth, class: "face-mouth" }
        }
    }
}

/// A large face the visitor taps; `selected` shows it was chosen.
#[component]
pub fn FaceButton(face: Face, selected: bool, i18n: I18n, onpick: EventHandler<Face>) -> Element {
    let label = i18n.t(&format!("face-{}", face_key(face)));
    rsx! {
        button {
            class: if selected { "face-button selected" } else { "face-button" },
            r#type: "button",
            "aria-pressed": "{selected}",
            "data-face": face_key(face),
            onclick: move |_| onpick.call(face),
            FaceIcon { face, size: 88 }
            span { class: "face-label", "{label}" }
        }
    }
}
