//! Finding a centre: search by name, filter by entity, nearest first when the
//! location is known.

use crate::app::{use_i18n, Route};
use crate::platform::{current_position, Position};
use crate::state::use_app;
use dioxus::prelude::*;

#[component]
pub fn Centres() -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let mut query = use_signal(String::new);
    let mut entity = use_signal(|| None::<String>);
    let mut position = use_signal(|| None::<Position>);
    let mut locating = use_signal(|| false);
    let catalogue = app.catalogue.read().clone();
    let q = query();
    let mut centres: Vec<_> = catalogue
        .search(&q)
        .filter(|c| entity().as_ref().is_none_or(|e| *e == c.entity_id))
        .map(|c| (c.clone(), position().map(|p| c.distance_m(p.latitude, p.longitude))))
        .collect();
    if position().is_some() {
        centres.sort_by(|a, b| a.1.unwrap_or(f64::MAX).total_cmp(&b.1.unwrap_or(f64::MAX)));
    }
    rsx! {
        section { class: "centres",
            h1 { "{i18n.t(\"centres-title\")}" }
            div { class: "search-row",
                input {
                    r#type: "search",
                    class: "search",
                    placeholder: "{i18n.t(\"centres-search\")}",
                    "aria-label": "{i18n.t(\"centres-search\")}",
                    value: "{query}",
                    oninput: move |e| query.set(e.value()),
                }
                button { class: "button secondary", r#type: "button", disabled: locating(),
                    onclick: move |_| async move {
                        locating.set(true);
                        position.set(current_position().await.ok());
                        locating.set(false);
                    },
                    if locating() { "{i18n.t(\"centres-locating\")}" } else { "{i18n.t(\"centres-nearest\")}" }
                }
            }
            div { class: "choices chips", role: "group", "aria-label": "{i18n.t(\"centres-entity\")}",
                button { class: if entity().is_none() { "choice on" } else { "choice" }, r#type: "button",
                    "aria-pressed": "{entity().is_none()}",
                    onclick: move |_| entity.set(None), "{i18n.t(\"centres-all\")}" }
                for e in catalogue.entities.iter().cloned() {
                    button {
                        class: if entity().as_deref() == Some(e.id.as_str()) { "choice on" } else { "choice" },
                        r#type: "button",
                        "aria-pressed": "{entity().as_deref() == Some(e.id.as_str())}",
                        onclick: move |_| entity.set(Some(e.id.clone())),
                        "{e.name.get(i18n.locale)}"
                    }
                }
            }
            if catalogue.centres.is_empty() {
                p { class: "empty", "{i18n.t(\"centres-none-yet\")}" }
            } else if centres.is_empty() {
                p { class: "empty", "{i18n.t(\"centres-no-match\")}" }
            }
            ul { class: "list",
                for (c, distance) in centres {
                    li {
                        Link { class: "card-link", to: Route::Rate { token: c.qr_token.clone(), counter: None },
                            bdi { class: "name", "{c.name.get(i18n.locale)}" }
                            span { class: "sub", "{c.address.get(i18n.locale)}" }
                            if let Some(d) = distance {
                                span { class: "distance", {distance_text(i18n, d)} }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn distance_text(i18n: crate::i18n::I18n, metres: f64) -> String {
    i18n.t_args("distance-km", &[("km", format!("{:.1}", metres / 1000.0).into())])
}
