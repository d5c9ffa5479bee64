//! The exit kiosks: listed (centre, label, when registered, when revoked),
//! one registered for a centre with its key shown once, one revoked after a
//! confirmation (its key is refused from then on; its ratings stay).

use super::refusal::{refusal_text, refused_field};
use super::secret::{Secret, SecretBox};
use super::{error_text, AdminFrame, Confirm, ServerReadError, TableHead};
use crate::app::{use_i18n, Route};
use crate::components::FieldError;
use crate::screens::planning::centre_name;
use crate::state::use_app;
use dioxus::prelude::*;
use ms_core::accounts::{KioskView, NewKiosk};

#[component]
pub fn AdminKiosks() -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let mut refresh = use_signal(|| 0u32);
    let mut secret = use_signal(|| None::<Secret>);
    let mut done = use_signal(|| None::<String>);
    let mut failed = use_signal(|| None::<String>);
    let mut confirming = use_signal(|| None::<i64>);
    let mut busy = use_signal(|| false);
    let list = use_resource(move || async move {
        let _ = refresh();
        let services = app.services()?;
        Some(services.api.kiosks().await.map_err(|e| error_text(i18n, &e)))
    });
    let catalogue = app.catalogue.read().clone();
    let revoke = move |id: i64| async move {
        let Some(services) = app.services() else { return };
        busy.set(true);
        let result = services.api.revoke_kiosk(id).await;
        busy.set(false);
        confirming.set(None);
        match result {
            Ok(k) => {
                failed.set(None);
                done.set(Some(i18n.t_args("kiosks-revoked-done", &[("label", k.label.into())])));
                refresh += 1;
            }
            Err(e) => failed.set(Some(refusal_text(i18n, &e))),
        }
    };
    let loaded = list.read().clone().flatten();
    let col = |key: &str| i18n.t(key);
    let f = i18n.formats();
    rsx! {
        AdminFrame { current: Route::AdminKiosks {},
            h1 { "{i18n.t(\"kiosks-title\")}" }
            p { class: "muted", "{i18n.t(\"kiosks-intro\")}" }
            if let Some(s) = secret() {
                SecretBox { i18n, secret: s, on_close: move |_| secret.set(None) }
            }
            if let Some(words) = done() {
                p { class: "ok", role: "status", "{words}" }
            }
            if let Some(words) = failed() {
                p { class: "error", role: "alert", "{words}" }
            }
            RegisterKiosk {
                on_registered: move |(label, key): (String, String)| {
                    failed.set(None);
                    done.set(Some(i18n.t_args("kiosks-registered-done", &[("label", label.clone().into())])));
                    secret.set(Some(Secret {
                        kind: "kiosk-key",
                        title: i18n.t_args("kiosks-key-title", &[("label", label.into())]),
                        value: key,
                        note: i18n.t("kiosks-key-note"),
                    }));
                    refresh += 1;
                },
            }
            section { class: "kiosk-list", "aria-labelledby": "kiosks-list-title",
                h2 { id: "kiosks-list-title", "{i18n.t(\"kiosks-list\")}" }
                match loaded {
                    None => rsx! { div { class: "loading-state", role: "status", "aria-busy": "true", "…" } },
                    Some(Err(reason)) => rsx! { ServerReadError { i18n, reason } },
                    Some(Ok(list)) if list.is_empty() => rsx! { p { class: "empty", "{i18n.t(\"kiosks-none\")}" } },
                    Some(Ok(list)) => rsx! {
                        table { class: "planning-table kiosks-table", "aria-labelledby": "kiosks-list-title",
                            TableHead { i18n, columns: vec!["kiosks-col-label", "kiosks-field-centre", "kiosks-col-registered", "kiosks-col-state", "accounts-col-actions"] }
                            tbody {
                                for k in list {
                                    {
                                        let KioskView { id, centre_id, label, created_at, revoked_at } = k;
                                        let asking = confirming() == Some(id);
                                        rsx! {
                                            tr { key: "{id}", "data-kiosk": "{id}", "data-revoked": "{revoked_at.is_some()}",
                                                th { scope: "row", "data-label": "{col(\"kiosks-col-label\")}", bdi { "{label}" } }
                                                td { "data-label": "{col(\"kiosks-field-centre\")}", {centre_name(&catalogue, i18n, &centre_id)} }
                                                td { "data-label": "{col(\"kiosks-col-registered\")}", {f.date_time(created_at)} }
                                                td { "data-label": "{col(\"kiosks-col-state\")}",
                                                    match revoked_at {
                                                        Some(at) => rsx! { span { class: "status-tag account-inactive",
                                                            {i18n.t_args("kiosks-revoked-at", &[("at", f.date_time(at).into())])} } },
                                                        None => rsx! { span { class: "status-tag account-active", "{i18n.t(\"kiosks-in-use\")}" } },
                                                    }
                                                }
                                                td { "data-label": "{col(\"accounts-col-actions\")}",
                                                    if revoked_at.is_none() {
                                                        button { class: "button small danger", r#type: "button", "data-action": "revoke",
                                                            "aria-expanded": "{asking}",
                                                            onclick: move |_| confirming.set(if asking { None } else { Some(id) }),
                                                            "{i18n.t(\"kiosks-revoke\")}" }
                                                    } else {
                                                        span { class: "muted", "aria-hidden": "true", "—" }
                                                    }
                                                }
                                            }
                                            if asking {
                                                tr { key: "{id}-panel", class: "panel-row",
                                                    td { colspan: "5",
                                                        Confirm { i18n, text: i18n.t_args("kiosks-confirm-revoke", &[("label", label.clone().into())]),
                                                            action: "confirm-revoke", label: i18n.t("kiosks-revoke"), danger: true, busy: busy(),
                                                            on_confirm: move |_| { spawn(revoke(id)); }, on_cancel: move |_| confirming.set(None) }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    },
                }
            }
        }
    }
}

/// A kiosk registered for a centre; `on_registered` is given its label and key.
#[component]
fn RegisterKiosk(on_registered: EventHandler<(String, String)>) -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let catalogue = app.catalogue.read().clone();
    let mut centre = use_signal(String::new);
    let mut label = use_signal(String::new);
    let mut problem = use_signal(|| None::<(Option<String>, String)>);
    let mut saving = use_signal(|| false);
    let save = move |e: FormEvent| async move {
        e.prevent_default();
        let kiosk = NewKiosk { centre_id: centre(), label: label().trim().to_owned() };
        if kiosk.centre_id.is_empty() {
            problem.set(Some((Some("centre_id".into()), i18n.t("kiosks-refusal-centre"))));
            return;
        }
        if kiosk.label.is_empty() {
            problem.set(Some((Some("label".into()), i18n.t("kiosks-refusal-label"))));
            return;
        }
        let Some(services) = app.services() else { return };
        saving.set(true);
        let result = services.api.register_kiosk(&kiosk).await;
        saving.set(false);
        match result {
            Ok(r) => {
                problem.set(None);
                label.set(String::new());
                on_registered.call((r.kiosk.label, r.key));
            }
            Err(e) => problem.set(Some((refused_field(&e), refusal_text(i18n, &e)))),
        }
    };
    let found = problem();
    let at = |field: &str| found.as_ref().filter(|(f, _)| f.as_deref() == Some(field)).map(|(_, t)| t.clone());
    let general = found.as_ref().filter(|(f, _)| f.is_none()).map(|(_, t)| t.clone());
    let described = |field: &str, id: &str| at(field).map(|_| format!("{id}-error"));
    rsx! {
        form { class: "wave-form kiosk-form action-panel", novalidate: true, onsubmit: save, "aria-labelledby": "register-kiosk-title",
            h2 { id: "register-kiosk-title", "{i18n.t(\"kiosks-register\")}" }
            if let Some(g) = general {
                p { class: "error", role: "alert", "{g}" }
            }
            div { class: "form-row",
                div { class: "field",
                    label { r#for: "kiosk-centre", "{i18n.t(\"kiosks-field-centre\")}" }
                    select { id: "kiosk-centre", name: "centre_id", "aria-invalid": "{at(\"centre_id\").is_some()}",
                        "aria-describedby": described("centre_id", "kiosk-centre"),
                        onchange: move |e| centre.set(e.value()),
                        option { value: "", selected: centre().is_empty(), "{i18n.t(\"kiosks-choose-centre\")}" }
                        for c in catalogue.centres.iter().filter(|c| c.active) {
                            option { value: "{c.id}", selected: centre() == c.id, "{c.name.get(i18n.locale)}" }
                        }
                    }
                    FieldError { id: "kiosk-centre-error", text: at("centre_id") }
                }
                div { class: "field",
                    label { r#for: "kiosk-label", "{i18n.t(\"kiosks-field-label\")}" }
                    input { id: "kiosk-label", r#type: "text", name: "label", maxlength: "120", autocomplete: "off", value: "{label}",
                        "aria-invalid": "{at(\"label\").is_some()}",
                        "aria-describedby": if at("label").is_some() { "kiosk-label-help kiosk-label-error" } else { "kiosk-label-help" },
                        oninput: move |e| label.set(e.value()) }
                    p { class: "help", id: "kiosk-label-help", "{i18n.t(\"kiosks-label-help\")}" }
                    FieldError { id: "kiosk-label-error", text: at("label") }
                }
            }
            div { class: "form-actions",
                button { class: "button primary", r#type: "submit", "data-action": "register-kiosk", disabled: saving(),
                    if saving() { "{i18n.t(\"kiosks-registering\")}" } else { "{i18n.t(\"kiosks-register\")}" } }
            }
        }
    }
}
