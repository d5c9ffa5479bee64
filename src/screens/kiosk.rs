//! The exit kiosk of one centre: the face screen, back again a few seconds
//! after each rating.

use super::rate::CitizenRating;
use crate::platform;
use crate::state::use_app;
use dioxus::prelude::*;

#[component]
pub fn Kiosk(token: String) -> Element {
    let mut app = use_app();
    // The kiosk key given at the first open (`?key=` or `--kiosk-key`) is kept,
    // so later opens without it still send it.
    use_hook(move || {
        if let Some(key) = platform::kiosk_key() {
            if app.settings.peek().kiosk_key.as_deref() != Some(key.as_str()) {
                app.update_settings(|s| s.kiosk_key = Some(key));
            }
        }
    });
    rsx! { main { class: "screen kiosk-frame", CitizenRating { token, kiosk: true } } }
}
