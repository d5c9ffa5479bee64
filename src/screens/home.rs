//! The start: the first run asks for language and role; then citizens find a
//! centre, shoppers see their visits, reviewers their inbox and centre
//! managers their actions.

use crate::app::Route;
use crate::platform;
use crate::state::use_app;
use dioxus::prelude::*;
use ms_core::Role;

#[component]
pub fn Home() -> Element {
    let app = use_app();
    let nav = use_navigator();
    let role = app.settings.read().role;
    let reviews = app.settings.read().reviews();
    let manages = app.settings.read().manages();
    use_effect(move || {
        if let Some(token) = platform::kiosk_token() {
            nav.replace(Route::Kiosk { token });
        }
    });
    if reviews {
        return rsx! { super::Inbox {} };
    }
    if manages {
        return rsx! { super::Actions {} };
    }
    match role {
        None => rsx! { super::Welcome {} },
        Some(Role::Citizen) => rsx! { super::Centres {} },
        Some(Role::Shopper) => rsx! { super::StartVisit {} },
    }
}
