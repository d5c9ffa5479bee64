//! A secret the server answers only once (a temporary password, a kiosk's
//! key), shown in a box clearly marked as such, with a button that copies
//! it, until the admin closes it: it can't be read again afterwards.

use crate::i18n::I18n;
use dioxus::prelude::*;

/// The secret, who or what it is for, and what to do with it.
#[derive(Debug, Clone, PartialEq)]
pub struct Secret {
    /// `password` or `kiosk-key`: the box's `data-secret`.
    pub kind: &'static str,
    pub title: String,
    pub value: String,
    pub note: String,
}

/// Copies a text to the clipboard: whether the browser took it.
async fn copy(text: &str) -> bool {
    let Ok(literal) = serde_json::to_string(text) else { return false };
    let script =
        format!("try {{ await navigator.clipboard.writeText({literal}); return true; }} catch (e) {{ return false; }}");
    document::eval(&script).join::<bool>().await.unwrap_or(false)
}

#[component]
pub fn SecretBox(i18n: I18n, secret: Secret, on_close: EventHandler<()>) -> Element {
    let mut copied = use_signal(|| None::<bool>);
    // A new secret: its copy has not been made yet; the box takes the focus,
    // so that a screen reader reads it at once.
    use_effect(use_reactive!(|secret| {
        let _ = &secret;
        copied.set(None);
        document::eval("setTimeout(() => document.getElementById('secret-box')?.focus(), 0);");
    }));
    let value = secret.value.clone();
    rsx! {
        section { id: "secret-box", class: "secret-box", role: "region", tabindex: "-1",
            "aria-labelledby": "secret-title", "data-secret": secret.kind,
            h2 { id: "secret-title", "{secret.title}" }
            p { class: "secret-once", strong { "{i18n.t(\"secret-shown-once\")}" } }
            div { class: "secret-line",
                code { class: "secret-value", dir: "ltr", translate: "no", "data-secret-value": "true", "{secret.value}" }
                button { class: "button secondary", r#type: "button", "data-action": "copy-secret",
                    onclick: move |_| {
                        let value = value.clone();
                        async move { copied.set(Some(copy(&value).await)); }
                    },
                    "{i18n.t(\"secret-copy\")}" }
            }
            match copied() {
                Some(true) => rsx! { p { class: "ok", role: "status", "data-copied": "true", "{i18n.t(\"secret-copied\")}" } },
                Some(false) => rsx! { p { class: "error", role: "alert", "data-copied": "false", "{i18n.t(\"secret-not-copied\")}" } },
                None => rsx! {},
            }
            p { class: "secret-note", "{secret.note}" }
            div { class: "form-actions",
                button { class: "button", r#type: "button", "data-action": "close-secret", onclick: move |_| on_close.call(()),
                    "{i18n.t(\"secret-done\")}" }
            }
        }
    }
}
