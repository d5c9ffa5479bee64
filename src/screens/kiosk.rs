//! The exit kiosk of one centre: the face screen, back again a few seconds
//! after each rating.

use super::rate::CitizenRating;
use dioxus::prelude::*;

#[component]
pub fn Kiosk(token: String) -> Element {
    rsx! { main { class: "screen kiosk-frame", CitizenRating { token, kiosk: true } } }
}
