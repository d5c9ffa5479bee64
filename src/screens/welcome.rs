//! First run: the language (each in its own name) and who is using the app.

use crate::app::{use_i18n, Route};
use crate::i18n;
use crate::state::use_app;
use dioxus::prelude::*;
use ms_core::Role;

#[component]
pub fn Welcome() -> Element {
    let mut app = use_app();
    let i18n = use_i18n();
    let nav = use_navigator();
    let current = app.settings.read().locale.clone();
    rsx! {
        section { class: "welcome",
            h1 { "{i18n.t(\"welcome-title\")}" }
            p { class: "lead", "{i18n.t(\"welcome-lead\")}" }
            LanguagePicker { current }
            h2 { "{i18n.t(\"welcome-role\")}" }
            div { class: "roles",
                button { class: "button primary big", r#type: "button", "data-role": "citizen",
                    onclick: move |_| { app.update_settings(|s| s.role = Some(Role::Citizen)); nav.push(Route::Centres {}); },
                    strong { "{i18n.t(\"role-citizen\")}" }
                    span { "{i18n.t(\"role-citizen-hint\")}" }
                }
                button { class: "button secondary big", r#type: "button", "data-role": "shopper",
                    onclick: move |_| { app.update_settings(|s| s.role = Some(Role::Shopper)); nav.push(Route::SignIn {}); },
                    strong { "{i18n.t(\"role-shopper\")}" }
                    span { "{i18n.t(\"role-shopper-hint\")}" }
                }
            }
            p { class: "staff-link",
                Link { to: Route::SignIn {}, "data-role": "supervisor", "{i18n.t(\"role-supervisor\")}" }
            }
        }
    }
}

/// Every language, each written in itself; switching takes effect at once.
#[component]
pub fn LanguagePicker(current: String) -> Element {
    let mut app = use_app();
    let i18n = use_i18n();
    rsx! {
        div { class: "languages", role: "group", "aria-label": "{i18n.t(\"language-label\")}",
            for lang in i18n::available() {
                button {
                    class: if current == lang { "choice on" } else { "choice" },
                    r#type: "button",
                    lang: lang,
                    dir: if i18n::is_rtl(lang) { "rtl" } else { "ltr" },
                    "aria-pressed": "{current == lang}",
                    "data-locale": lang,
                    onclick: move |_| app.update_settings(|s| s.locale = lang.to_owned()),
                    "{i18n::language_name(lang)}"
                }
            }
        }
    }
}
