//! Choosing a new password under the server's rules: after signing in with
//! a temporary one (which the form already knows), or at any time from the
//! settings (the current one asked for first).

use crate::app::use_i18n;
use crate::state::use_app;
use dioxus::prelude::*;
use ms_client::FailureKind;
use ms_core::accounts::PasswordChange;

/// `current`: the password just signed in with, when there is one; else the
/// form asks for it. `on_changed` runs once the server took the new one.
#[component]
pub fn NewPasswordForm(current: Option<String>, lead: String, on_changed: EventHandler<()>) -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let mut typed_current = use_signal(String::new);
    let mut new_password = use_signal(String::new);
    let mut confirm = use_signal(String::new);
    let mut busy = use_signal(|| false);
    let mut error = use_signal(|| None::<String>);
    let ask_current = current.is_none();
    rsx! {
        form { class: "new-password",
            onsubmit: move |e: FormEvent| {
                let current = current.clone().unwrap_or_else(|| typed_current.read().clone());
                async move {
                    e.prevent_default();
                    let Some(services) = app.services() else { return };
                    if new_password() != confirm() {
                        error.set(Some(i18n.t("password-mismatch")));
                        return;
                    }
                    busy.set(true);
                    error.set(None);
                    let change = PasswordChange { current, new: new_password() };
                    match services.api.change_password(&change).await {
                        Ok(()) => {
                            typed_current.set(String::new());
                            new_password.set(String::new());
                            confirm.set(String::new());
                            on_changed.call(());
                        }
                        Err(e) => error.set(Some(match e.kind() {
                            FailureKind::Transient => i18n.t("sign-in-offline"),
                            _ => i18n.server_error(Some(e.code()), &e.to_string()),
                        })),
                    }
                    busy.set(false);
                }
            },
            p { class: "lead", "{lead}" }
            if ask_current {
                label { class: "field",
                    span { "{i18n.t(\"password-current\")}" }
                    input { r#type: "password", name: "current-password", autocomplete: "current-password", required: true,
                        value: "{typed_current}", oninput: move |e| typed_current.set(e.value()) }
                }
            }
            label { class: "field",
                span { "{i18n.t(\"password-new\")}" }
                input { r#type: "password", name: "new-password", autocomplete: "new-password", required: true, minlength: "12",
                    value: "{new_password}", oninput: move |e| new_password.set(e.value()) }
            }
            label { class: "field",
                span { "{i18n.t(\"password-confirm\")}" }
                input { r#type: "password", name: "confirm-password", autocomplete: "new-password", required: true, minlength: "12",
                    value: "{confirm}", oninput: move |e| confirm.set(e.value()) }
            }
            p { class: "hint", "{i18n.t(\"password-rules\")}" }
            if let Some(e) = error() { p { class: "error", role: "alert", "{e}" } }
            div { class: if ask_current { "actions" } else { "bottom-bar" },
                button { class: if ask_current { "button secondary" } else { "button primary big" }, r#type: "submit",
                    disabled: busy(), "{i18n.t(\"password-save\")}" }
            }
        }
    }
}
