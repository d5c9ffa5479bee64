//! Language, role, server address and sign-in, changeable at any time.

use super::welcome::LanguagePicker;
use crate::app::{use_i18n, Route};
use crate::state::use_app;
use dioxus::prelude::*;
use ms_core::Role;

#[component]
pub fn Settings() -> Element {
    let mut app = use_app();
    let i18n = use_i18n();
    let settings = app.settings.read().clone();
    let mut server = use_signal(|| settings.server_url.clone());
    let mut saved = use_signal(|| false);
    let mut password_changed = use_signal(|| false);
    rsx! {
        section { class: "settings",
            h1 { "{i18n.t(\"settings-title\")}" }
            h2 { "{i18n.t(\"language-label\")}" }
            LanguagePicker { current: settings.locale.clone() }
            if crate::format::native_digits(&settings.locale).is_some() {
                h2 { "{i18n.t(\"settings-digits\")}" }
                div { class: "choices", role: "radiogroup", "aria-label": "{i18n.t(\"settings-digits\")}",
                    for native in [false, true] {
                        button {
                            class: if settings.native_digits == native { "choice on" } else { "choice" },
                            r#type: "button", role: "radio", "aria-checked": "{settings.native_digits == native}",
                            "data-digits": if native { "native" } else { "latin" },
                            onclick: move |_| app.update_settings(|s| s.native_digits = native),
                            {crate::i18n::I18n::with_digits(&settings.locale, native).formats().integer(123, 1)}
                        }
                    }
                }
            }
            h2 { "{i18n.t(\"welcome-role\")}" }
            div { class: "choices", role: "radiogroup", "aria-label": "{i18n.t(\"welcome-role\")}",
                for (role, key) in [(Role::Citizen, "role-citizen"), (Role::Shopper, "role-shopper")] {
                    button {
                        class: if settings.role == Some(role) { "choice on" } else { "choice" },
                        r#type: "button", role: "radio", "aria-checked": "{settings.role == Some(role)}",
                        "data-role": role.as_str(),
                        onclick: move |_| app.update_settings(|s| s.role = Some(role)),
                        "{i18n.t(key)}"
                    }
                }
            }
            // Staff may point the app at their organisation's server; a citizen never needs to.
            if settings.role == Some(Role::Shopper) {
            h2 { "{i18n.t(\"settings-server\")}" }
            form { class: "inline-form",
                onsubmit: move |e: FormEvent| { e.prevent_default(); let url = server().trim().to_owned(); app.update_settings(|s| s.server_url = url); saved.set(true); },
                input { r#type: "url", "aria-label": "{i18n.t(\"settings-server\")}", value: "{server}", oninput: move |e| { server.set(e.value()); saved.set(false); } }
                button { class: "button secondary", r#type: "submit", "{i18n.t(\"save\")}" }
                if saved() { span { role: "status", "{i18n.t(\"saved\")}" } }
            }
            }
            if settings.token.is_some() {
                h2 { "{i18n.t(\"sign-out\")}" }
                if let Some(name) = settings.username.clone() {
                    p { {i18n.t_args("sign-in-as", &[("name", name.into())])} }
                }
                SignOut {}
                h2 { "{i18n.t(\"password-change-title\")}" }
                if password_changed() {
                    p { class: "ok", role: "status", "data-password": "changed", "{i18n.t(\"password-changed\")}" }
                }
                super::password::NewPasswordForm { current: None, lead: i18n.t("password-rules-lead"),
                    on_changed: move |_| password_changed.set(true) }
            } else if settings.role == Some(Role::Shopper) {
                h2 { "{i18n.t(\"sign-in-title\")}" }
                Link { class: "button secondary", to: Route::SignIn {}, "{i18n.t(\"sign-in-title\")}" }
            }
        }
    }
}

/// Signs out, asking first when shopper evaluations still wait for the sign-in to upload.
#[component]
pub fn SignOut() -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let mut confirming = use_signal(|| false);
    let mut done = use_signal(|| false);
    let mut sign_out = move || {
        confirming.set(false);
        done.set(true);
        spawn(app.sign_out());
    };
    rsx! {
        if confirming() {
            p { class: "warn", role: "alert", "{i18n.t(\"sign-out-waiting\")}" }
            div { class: "actions",
                button { class: "button danger", r#type: "button", "data-action": "sign-out-confirmed",
                    onclick: move |_| sign_out(), "{i18n.t(\"sign-out-yes\")}" }
                button { class: "button secondary", r#type: "button", onclick: move |_| confirming.set(false), "{i18n.t(\"cancel\")}" }
            }
        } else {
            button { class: "button secondary", r#type: "button", "data-action": "sign-out",
                onclick: move |_| {
                    // If the store can't tell, ask: better one question too many than work stranded.
                    let waiting = app.waiting_for_sign_in().unwrap_or(1);
                    if waiting > 0 { confirming.set(true) } else { sign_out() }
                },
                "{i18n.t(\"sign-out\")}"
            }
        }
        if done() && app.settings.read().token.is_none() {
            p { role: "status", "{i18n.t(\"signed-out\")}" }
        }
    }
}
