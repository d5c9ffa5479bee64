//! A shopper's visits: the ones in progress, and starting a new one at a centre.

use crate::app::{use_i18n, Route};
use crate::components::ReadError;
use crate::drafts;
use crate::state::use_app;
use dioxus::prelude::*;
use ms_client::LocalState;
use ms_core::Role;

#[component]
pub fn StartVisit() -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let nav = use_navigator();
    let mut centre = use_signal(|| None::<String>);
    let mut service = use_signal(|| None::<String>);
    let mut query = use_signal(String::new);
    let mut error = use_signal(|| None::<String>);
    let catalogue = app.catalogue.read().clone();
    let (drafts, read_error): (Vec<_>, Option<String>) = match &*app.lists.local().read() {
        Ok(list) => {
            (list.iter().filter(|d| d.role == Role::Shopper && d.state == LocalState::Draft).cloned().collect(), None)
        }
        Err(e) => (Vec::new(), Some(e.clone())),
    };
    let signed_in = app.settings.read().token.is_some();
    let chosen = centre().and_then(|id| catalogue.centre(&id).cloned());
    // A centre that offers services needs one chosen: the visit evaluates that service.
    let service_needed = chosen.as_ref().is_some_and(|c| !c.service_ids.is_empty()) && service().is_none();
    let start = move |_| {
        let Some(c) = centre() else { return };
        match drafts::start(&app, Role::Shopper, &c, service().as_deref()) {
            Ok(id) => {
                nav.push(Route::Visit { id: id.to_string() });
            }
            Err(e) => error.set(Some(e)),
        }
    };
    rsx! {
        section { class: "visits",
            h1 { "{i18n.t(\"visits-title\")}" }
            if signed_in {
                Link { class: "card-link planned-link", to: Route::MyVisits {}, "data-action": "planned-visits",
                    span { class: "name", "{i18n.t(\"planned-link\")}" }
                    span { class: "sub", "{i18n.t(\"planned-link-sub\")}" }
                }
            }
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
                                if let Some(reason) = d.review_comment.clone() {
                                    span { class: "sub returned", "data-returned": "true",
                                        {i18n.t_args("visit-returned", &[("comment", reason.into())])}
                                    }
                                }
                            }
                        }
                    }
                }
            }
            h2 { "{i18n.t(\"visits-new\")}" }
            if let Some(c) = chosen.clone() {
                // The chosen centre stands alone, so the service choice is in sight right below it.
                div { class: "card chosen",
                    bdi { class: "name", "data-chosen-centre": "{c.id}", "{c.name.get(i18n.locale)}" }
                    button { class: "button secondary", r#type: "button", "data-action": "change-centre",
                        onclick: move |_| { centre.set(None); service.set(None); },
                        "{i18n.t(\"visits-change-centre\")}" }
                }
            } else {
                input { r#type: "search", class: "search", placeholder: "{i18n.t(\"centres-search\")}", "aria-label": "{i18n.t(\"centres-search\")}",
                    value: "{query}", oninput: move |e| query.set(e.value()) }
                if catalogue.centres.is_empty() {
                    p { class: "empty", "{i18n.t(\"centres-none-yet\")}" }
                }
                div { class: "choices list-choices", role: "radiogroup", "aria-label": "{i18n.t(\"visits-centre\")}",
                    for c in catalogue.search(&query()).cloned() {
                        button {
                            class: "choice", r#type: "button", role: "radio", "aria-checked": "false",
                            "data-centre": "{c.id}",
                            onclick: move |_| { centre.set(Some(c.id.clone())); service.set(None); },
                            bdi { "{c.name.get(i18n.locale)}" }
                        }
                    }
                }
            }
            if let Some(c) = chosen {
                h2 { "{i18n.t(\"visits-service\")}" }
                div { class: "choices", role: "radiogroup", "aria-label": "{i18n.t(\"visits-service\")}",
                    for sid in c.service_ids.clone() {
                        button {
                            class: if service().as_deref() == Some(sid.as_str()) { "choice on" } else { "choice" },
                            r#type: "button", role: "radio", "aria-checked": "{service().as_deref() == Some(sid.as_str())}",
                            "data-service": "{sid}",
                            onclick: move |_| service.set(Some(sid.clone())),
                            "{catalogue.service(&sid).map(|s| s.name.get(i18n.locale).to_owned()).unwrap_or_default()}"
                        }
                    }
                }
            }
            if service_needed {
                p { class: "needed", role: "status", "{i18n.t(\"visits-service-needed\")}" }
            }
            if let Some(e) = error() { p { class: "error", role: "alert", "{e}" } }
            div { class: "bottom-bar",
                button { class: "button primary big", r#type: "button", disabled: centre().is_none() || service_needed, "data-action": "start-visit", onclick: start,
                    "{i18n.t(\"visits-start\")}" }
            }
        }
    }
}
