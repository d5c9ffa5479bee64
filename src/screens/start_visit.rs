//! A shopper's visits: the ones in progress, and starting a new one at a centre.

use crate::app::{use_i18n, Route};
use crate::components::ReadError;
use crate::state::{use_app, APP_VERSION};
use dioxus::prelude::*;
use ms_client::{lock, LocalState, NewDraft};
use ms_core::builtin::SHOPPER_CUSTOMER_JOURNEY;
use ms_core::Role;

#[component]
pub fn StartVisit() -> Element {
    let mut app = use_app();
    let i18n = use_i18n();
    let nav = use_navigator();
    let mut centre = use_signal(|| None::<String>);
    let mut service = use_signal(|| None::<String>);
    let mut query = use_signal(String::new);
    let mut error = use_signal(|| None::<String>);
    let _ = (app.local_changes)();
    let catalogue = app.catalogue.read().clone();
    let services = app.services();
    let (drafts, read_error): (Vec<_>, Option<String>) =
        match services.as_ref().map(|s| lock(&s.store).list()).unwrap_or_else(|| Ok(Vec::new())) {
            Ok(list) => {
                (list.into_iter().filter(|d| d.role == Role::Shopper && d.state == LocalState::Draft).collect(), None)
            }
            Err(e) => (Vec::new(), Some(e.to_string())),
        };
    let signed_in = app.settings.read().token.is_some();
    let q = query().to_lowercase();
    let start = move |_| {
        let (Some(s), Some(c)) = (app.services(), centre()) else { return };
        let Some(template) = app.template(SHOPPER_CUSTOMER_JOURNEY) else { return };
        let settings = app.settings.read().clone();
        let new = NewDraft {
            template: template.reference(),
            centre_id: c,
            service_id: service(),
            role: Role::Shopper,
            locale: settings.locale.clone(),
            device_id: settings.device_id.clone(),
            app_version: APP_VERSION.to_owned(),
        };
        let created = {
            let mut store = lock(&s.store);
            store.new_draft(&new).and_then(|id| store.set_visit_started(id, Some(chrono::Utc::now())).map(|_| id))
        };
        match created {
            Ok(id) => {
                app.refresh_outbox();
                nav.push(Route::Visit { id: id.to_string() });
            }
            Err(e) => error.set(Some(e.to_string())),
        }
    };
    rsx! {
        section { class: "visits",
            h1 { "{i18n.t(\"visits-title\")}" }
            if !signed_in {
                p { class: "notice",
                    "{i18n.t(\"visits-sign-in-first\")} "
                    Link { to: Route::SignIn {}, "{i18n.t(\"sign-in-title\")}" }
                }
            }
            if let Some(reason) = read_error {
                h2 { "{i18n.t(\"visits-in-progress\")}" }
                ReadError { i18n, reason }
            }
            if !drafts.is_empty() {
                h2 { "{i18n.t(\"visits-in-progress\")}" }
                ul { class: "list",
                    for d in drafts {
                        li {
                            Link { class: "card-link", to: Route::Visit { id: d.id.to_string() },
                                bdi { class: "name", "{catalogue.centre(&d.centre_id).map(|c| c.name.get(i18n.locale).to_owned()).unwrap_or(d.centre_id.clone())}" }
                                span { class: "sub", "{i18n.count(\"answered-count\", d.answered as usize)}" }
                            }
                        }
                    }
                }
            }
            h2 { "{i18n.t(\"visits-new\")}" }
            input { r#type: "search", class: "search", placeholder: "{i18n.t(\"centres-search\")}", "aria-label": "{i18n.t(\"centres-search\")}",
                value: "{query}", oninput: move |e| query.set(e.value()) }
            if catalogue.centres.is_empty() {
                p { class: "empty", "{i18n.t(\"centres-none-yet\")}" }
            }
            div { class: "choices list-choices", role: "radiogroup", "aria-label": "{i18n.t(\"visits-centre\")}",
                for c in catalogue.centres.iter().filter(|c| q.is_empty() || c.name.0.values().any(|n| n.to_lowercase().contains(&q))).cloned() {
                    button {
                        class: if centre().as_deref() == Some(c.id.as_str()) { "choice on" } else { "choice" },
                        r#type: "button", role: "radio", "aria-checked": "{centre().as_deref() == Some(c.id.as_str())}",
                        "data-centre": "{c.id}",
                        onclick: move |_| { centre.set(Some(c.id.clone())); service.set(None); },
                        bdi { "{c.name.get(i18n.locale)}" }
                    }
                }
            }
            if let Some(c) = centre().and_then(|id| catalogue.centre(&id).cloned()) {
                h2 { "{i18n.t(\"visits-service\")}" }
                div { class: "choices", role: "radiogroup", "aria-label": "{i18n.t(\"visits-service\")}",
                    for sid in c.service_ids.clone() {
                        button {
                            class: if service().as_deref() == Some(sid.as_str()) { "choice on" } else { "choice" },
                            r#type: "button", role: "radio", "aria-checked": "{service().as_deref() == Some(sid.as_str())}",
                            onclick: move |_| service.set(Some(sid.clone())),
                            "{catalogue.service(&sid).map(|s| s.name.get(i18n.locale).to_owned()).unwrap_or_default()}"
                        }
                    }
                }
            }
            if let Some(e) = error() { p { class: "error", role: "alert", "{e}" } }
            div { class: "bottom-bar",
                button { class: "button primary big", r#type: "button", disabled: centre().is_none(), "data-action": "start-visit", onclick: start,
                    "{i18n.t(\"visits-start\")}" }
            }
        }
    }
}
