//! Alerts waiting for a reviewer: too many unhappy ratings at a centre.

use crate::i18n::I18n;
use crate::state::use_app;
use dioxus::prelude::*;
use ms_core::wire::Alert;

#[component]
pub fn AlertsBanner(i18n: I18n) -> Element {
    let app = use_app();
    let mut alerts = use_signal(Vec::<Alert>::new);
    let mut error = use_signal(|| None::<String>);
    let _load = use_resource(move || async move {
        let Some(services) = app.services() else { return };
        match services.api.alerts().await {
            Ok(list) => alerts.set(list),
            Err(e) => error.set(Some(i18n.server_error(Some(e.code()), &e.to_string()))),
        }
    });
    let acknowledge = move |id: i64| async move {
        let Some(services) = app.services() else { return };
        match services.api.acknowledge_alert(id).await {
            Ok(_) => alerts.write().retain(|a| a.id != id),
            Err(e) => error.set(Some(i18n.server_error(Some(e.code()), &e.to_string()))),
        }
    };
    let catalogue = app.catalogue.read().clone();
    let list = alerts();
    if list.is_empty() && error().is_none() {
        return rsx! {};
    }
    let f = i18n.formats();
    rsx! {
        section { class: "alerts", role: "region", "aria-label": "{i18n.t(\"stats-alerts\")}",
            if let Some(e) = error() { p { class: "error", role: "alert", "{e}" } }
            for a in list {
                {
                    let centre = catalogue.centre(&a.centre_id).map(|c| c.name.get(i18n.locale).to_owned()).unwrap_or(a.centre_id.clone());
                    let text = i18n.t_args("stats-alert-text", &[
                        ("unhappy", f.integer(i64::from(a.unhappy), 1).into()),
                        ("ratings", f.integer(i64::from(a.ratings), 1).into()),
                        ("minutes", f.integer(i64::from(a.window_minutes), 1).into()),
                    ]);
                    let id = a.id;
                    rsx! {
                        div { class: "alert-row", key: "{id}", "data-alert": "{id}",
                            span { class: "alert-mark", "aria-hidden": "true", "!" }
                            div { class: "alert-body",
                                strong { bdi { "{centre}" } }
                                span { " · {text} · {f.date_time(a.raised_at)}" }
                                if a.cleared_at.is_some() {
                                    span { class: "muted", " · {i18n.t(\"stats-alert-cleared\")}" }
                                }
                            }
                            button { class: "button secondary", r#type: "button", "data-action": "acknowledge",
                                onclick: move |_| acknowledge(id), "{i18n.t(\"stats-acknowledge\")}" }
                        }
                    }
                }
            }
        }
    }
}
