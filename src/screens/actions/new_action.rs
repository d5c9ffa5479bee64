//! A reviewer's new action: from a failing answer of an evaluation, from a
//! weakness on a centre's page, or in their own words. The title starts as
//! the item's name; an empty due date takes the default of its priority.

use super::priority_text;
use crate::app::{use_i18n, Route};
use crate::screens::performance::labels;
use crate::screens::planning::{centre_name, error_text};
use crate::state::use_app;
use chrono::NaiveDate;
use dioxus::prelude::*;
use ms_core::actions::api::{NewAction as Body, MAX_TEXT_CHARS, MAX_TITLE_CHARS};
use ms_core::actions::Priority;
use uuid::Uuid;

#[component]
pub fn NewAction(
    centre: Option<String>,
    evaluation: Option<String>,
    item: Option<String>,
    stage: Option<String>,
) -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let nav = use_navigator();
    let templates = app.templates.read().clone();
    let templates = if templates.is_empty() { ms_core::builtin::templates() } else { templates };
    let catalogue = app.catalogue.read().clone();
    let item_name = item.as_deref().map(|i| labels::item(i18n, &templates, i));
    let stage_name = stage.as_deref().map(|s| labels::stage(i18n, &templates, s));
    let first_title = item_name.clone().or(stage_name.clone()).unwrap_or_default();
    let mut centre_id = use_signal(|| centre.clone().unwrap_or_default());
    let mut title = use_signal(|| first_title);
    let mut description = use_signal(String::new);
    let mut priority = use_signal(|| Priority::Normal);
    let mut due = use_signal(String::new);
    let mut photo_required = use_signal(|| false);
    let mut busy = use_signal(|| false);
    let mut error = use_signal(|| None::<String>);
    let evaluation_id: Option<Uuid> = evaluation.as_deref().and_then(|e| e.parse().ok());
    let from = match (evaluation_id, &item_name, &stage_name) {
        (Some(_), Some(i), _) => Some(i18n.t_args("actions-new-from-answer", &[("item", i.clone().into())])),
        (None, Some(w), _) | (None, None, Some(w)) => {
            Some(i18n.t_args("actions-new-from-weakness", &[("what", w.clone().into())]))
        }
        _ => None,
    };
    let fixed_centre = centre.is_some();
    let submit = move |e: FormEvent| {
        let (item, stage) = (item.clone(), stage.clone());
        async move {
            e.prevent_default();
            let Some(services) = app.services() else { return };
            let body = Body {
                centre_id: centre_id(),
                title: title().trim().to_owned(),
                description: description().trim().to_owned(),
                priority: priority(),
                due_date: NaiveDate::parse_from_str(&due(), "%Y-%m-%d").ok(),
                evaluation_id,
                item_id: item,
                stage_id: stage,
                assignee: None,
                photo_required: photo_required(),
            };
            busy.set(true);
            match services.api.create_action(&body).await {
                Ok(a) => {
                    nav.replace(Route::ActionPage { id: a.id.to_string() });
                }
                Err(e) => error.set(Some(error_text(i18n, &e))),
            }
            busy.set(false);
        }
    };
    rsx! {
        section { class: "new-action",
            crate::screens::ReviewTabs { current: Route::Actions {} }
            p { class: "back-link", Link { to: Route::Actions {}, "{i18n.t(\"actions-title\")}" } }
            h1 { "{i18n.t(\"actions-new\")}" }
            if let Some(f) = from { p { class: "lead", "data-from": "true", "{f}" } }
            form { onsubmit: submit,
                if fixed_centre {
                    p { class: "centre-name", bdi { {centre_name(&catalogue, i18n, &centre_id())} } }
                } else {
                    label { class: "field",
                        span { "{i18n.t(\"actions-centre\")}" }
                        select { name: "centre", required: true, onchange: move |e| centre_id.set(e.value()),
                            option { value: "", selected: centre_id().is_empty(), disabled: true, "{i18n.t(\"actions-choose-centre\")}" }
                            for c in catalogue.centres.iter().cloned() {
                                option { value: "{c.id}", selected: centre_id() == c.id, "{c.name.get(i18n.locale)}" }
                            }
                        }
                    }
                }
                label { class: "field",
                    span { "{i18n.t(\"actions-new-title\")}" }
                    input { r#type: "text", name: "title", required: true, maxlength: "{MAX_TITLE_CHARS}", value: "{title}", oninput: move |e| title.set(e.value()) }
                }
                label { class: "field",
                    span { "{i18n.t(\"actions-new-description\")}" }
                    textarea { name: "description", maxlength: "{MAX_TEXT_CHARS}", value: "{description}", oninput: move |e| description.set(e.value()) }
                }
                label { class: "field",
                    span { "{i18n.t(\"actions-filter-priority\")}" }
                    select { name: "priority", onchange: move |e| priority.set(Priority::parse(&e.value()).unwrap_or_default()),
                        for p in Priority::ALL.into_iter().rev() {
                            option { value: p.as_str(), selected: priority() == p, {priority_text(i18n, p)} }
                        }
                    }
                }
                label { class: "field",
                    span { "{i18n.t(\"actions-new-due\")}" }
                    input { r#type: "date", name: "due", value: "{due}", onchange: move |e| due.set(e.value()) }
                }
                label { class: "field check",
                    input { r#type: "checkbox", name: "photo-required", checked: photo_required(), onchange: move |e| photo_required.set(e.checked()) }
                    span { "{i18n.t(\"actions-new-photo-required\")}" }
                }
                if let Some(e) = error() { p { class: "error", role: "alert", "{e}" } }
                div { class: "bottom-bar",
                    button { class: "button primary big", r#type: "submit", disabled: busy() || centre_id().is_empty(), "data-action": "create-action",
                        "{i18n.t(\"actions-create\")}" }
                }
            }
        }
    }
}
