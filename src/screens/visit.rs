//! A shopper's visit, stage by stage: check-in (time and place), timers for
//! the wait and the service, every item with its comment and photos.

use crate::app::{use_i18n, Route};
use crate::components::{use_save_errors, AnswerChange, AnswerInput, ProgressBar, ReadError, SaveAlert, SaveErrors};
use crate::drafts;
use crate::i18n::I18n;
use crate::platform::current_position;
use crate::state::{use_app, AppState};
use dioxus::prelude::*;
use ms_client::{lock, LocalState};
use ms_core::template::{ChecklistTemplate, ItemKind};
use ms_core::{engine, CheckIn, Evaluation, EvaluationId};

/// Why a visit cannot be shown.
pub enum NotShown {
    /// A message id: not on this device, or its form is missing.
    Message(&'static str),
    /// The store failed to read it.
    Unreadable(String),
}

impl NotShown {
    /// The screen that says why.
    pub fn view(self, i18n: I18n) -> Element {
        match self {
            NotShown::Message(msg) => rsx! {
                section { h1 { "{i18n.t(msg)}" } Link { class: "button", to: Route::Home {}, "{i18n.t(\"go-home\")}" } }
            },
            NotShown::Unreadable(reason) => rsx! {
                section { ReadError { i18n, reason } Link { class: "button", to: Route::Home {}, "{i18n.t(\"go-home\")}" } }
            },
        }
    }
}

fn unreadable(e: ms_client::Error) -> NotShown {
    match e {
        ms_client::Error::NotFound(_) => NotShown::Message("visit-not-found"),
        other => NotShown::Unreadable(other.to_string()),
    }
}

/// The evaluation and its exact template version, or why not.
pub fn load_visit(app: &AppState, raw_id: &str) -> Result<(Evaluation, LocalState, ChecklistTemplate), NotShown> {
    let id: EvaluationId = drafts::parse_id(raw_id).ok_or(NotShown::Message("visit-not-found"))?;
    let services = app.services().ok_or(NotShown::Message("visit-not-found"))?;
    let store = lock(&services.store);
    let ev = store.load(id).map_err(unreadable)?;
    let state = store.state(id).map_err(unreadable)?;
    let template = app
        .templates
        .read()
        .iter()
        .find(|t| t.reference() == ev.template)
        .cloned()
        .or_else(|| ms_core::builtin::templates().into_iter().find(|t| t.reference() == ev.template))
        .ok_or(NotShown::Message("checklist-missing"))?;
    Ok((ev, state, template))
}

#[component]
pub fn Visit(id: String) -> Element {
    let mut app = use_app();
    let i18n = use_i18n();
    let nav = use_navigator();
    let mut version = use_signal(|| 0u64);
    let errors = use_save_errors();
    let mut tick = use_signal(|| 0u64);
    use_future(move || async move {
        loop {
            crate::platform::sleep(std::time::Duration::from_secs(1)).await;
            tick += 1;
        }
    });
    // Keep the current stage's tab in sight.
    use_effect(move || {
        let _ = version();
        document::eval("document.querySelector('.stage-tab.on')?.scrollIntoView({inline: 'center', block: 'nearest'})");
    });
    // Scroll to an item the summary asked for.
    use_effect(move || {
        if let Some(item) = app.focus_item.write().take() {
            document::eval(&format!(
                "document.getElementById({:?})?.scrollIntoView({{block: 'center'}})",
                format!("item-{item}")
            ));
        }
    });

    let _ = (version(), (app.local_changes)());
    let (ev, state, template) = match load_visit(&app, &id) {
        Ok(v) => v,
        Err(why) => return why.view(i18n),
    };
    if state != LocalState::Draft {
        return rsx! { section { h1 { "{i18n.t(\"visit-submitted\")}" } Link { class: "button", to: Route::Outbox {}, "{i18n.t(\"outbox-title\")}" } } };
    }
    let Some(services) = app.services() else { return rsx! {} };
    let eid = ev.id;
    let stored_stage = match lock(&services.store).current_stage(eid) {
        Ok(stage) => stage,
        Err(e) => return rsx! { section { ReadError { i18n, reason: e.to_string() } } },
    };
    let stage_index = stored_stage.and_then(|s| template.stages.iter().position(|st| st.id == s)).unwrap_or(0);
    let Some(stage) = template.stages.get(stage_index).cloned() else {
        return rsx! { section { h1 { "{i18n.t(\"checklist-missing\")}" } } };
    };
    let visible = engine::visible_items(&template, &ev.answers);
    let missing = engine::missing(&template, &ev.answers);
    let progress = engine::progress(&template, &ev.answers);
    let centre = app.catalogue.read().centre(&ev.centre_id).cloned();
    let last = stage_index + 1 == template.stages.len();

    let go_stage = {
        let services = services.clone();
        let stages: Vec<String> = template.stages.iter().map(|s| s.id.clone()).collect();
        move |i: usize| {
            if let Some(s) = stages.get(i) {
                let moved = lock(&services.store).set_current_stage(eid, Some(s));
                if errors.check("stage", None, moved).is_some() {
                    version += 1;
                    document::eval("window.scrollTo(0, 0)");
                }
            }
        }
    };
    let (mut go_prev, mut go_next, go_tab) = (go_stage.clone(), go_stage.clone(), go_stage.clone());
    let check_in = {
        let services = services.clone();
        let centre = centre.clone();
        move |_| {
            let services = services.clone();
            let centre = centre.clone();
            async move {
                let at = chrono::Utc::now();
                let pos = current_position().await;
                let ci = CheckIn {
                    at,
                    latitude: pos.map(|p| p.latitude),
                    longitude: pos.map(|p| p.longitude),
                    accuracy_m: pos.map(|p| p.accuracy_m),
                    inside_geofence: pos.zip(centre).map(|(p, c)| c.contains(p.latitude, p.longitude, p.accuracy_m)),
                };
                let saved = lock(&services.store).set_check_in(eid, Some(&ci));
                errors.check("check-in", None, saved);
                version += 1;
            }
        }
    };

    rsx! {
        section { class: "visit",
            p { class: "centre-name", bdi { "{centre.as_ref().map(|c| c.name.get(i18n.locale).to_owned()).unwrap_or(ev.centre_id.clone())}" } }
            ProgressBar { fraction: progress, label: i18n.t("visit-progress") }
            nav { class: "stages", "aria-label": "{i18n.t(\"visit-stages\")}",
                for (i, st) in template.stages.iter().enumerate() {
                    button {
                        class: if i == stage_index { "stage-tab on" } else { "stage-tab" },
                        r#type: "button",
                        "aria-current": if i == stage_index { "step" } else { "false" },
                        onclick: { let mut go = go_tab.clone(); move |_| go(i) },
                        "{i18n.t(&st.title)}"
                        if missing.iter().any(|m| m.stage_id == st.id) { span { class: "dot", "aria-hidden": "true", "•" } }
                    }
                }
            }
            div { class: "check-in card",
                match &ev.check_in {
                    None => rsx! {
                        p { "{i18n.t(\"check-in-needed\")}" }
                        button { class: "button secondary", r#type: "button", "data-action": "check-in", onclick: check_in, "{i18n.t(\"check-in\")}" }
                        SaveAlert { errors, place: "check-in", i18n }
                    },
                    Some(ci) => rsx! {
                        p { class: "checked-in",
                            {checked_in_text(i18n, ci.at)}
                            " "
                            match ci.inside_geofence {
                                Some(true) => rsx! { span { class: "ok", "{i18n.t(\"check-in-inside\")}" } },
                                Some(false) => rsx! { span { class: "warn", "{i18n.t(\"check-in-outside\")}" } },
                                None => rsx! { span { class: "muted", "{i18n.t(\"check-in-no-location\")}" } },
                            }
                        }
                    },
                }
            }
            h1 { class: "stage-title", "{i18n.t(&stage.title)}" }
            for item in stage.items.iter().filter(|i| visible.contains(&i.id)).cloned() {
                div { key: "{item.id}", class: "item-block",
                if let ItemKind::Duration { .. } = item.kind {
                    Timer { id: eid, item: item.id.clone(), i18n, tick: tick(), errors, onchanged: move |_| version += 1 }
                }
                AnswerInput {
                    item: item.clone(),
                    answer: ev.answers.get(&item.id).cloned().unwrap_or_default(),
                    i18n,
                    onchange: {
                        let services = services.clone();
                        let item_id = item.id.clone();
                        move |c: AnswerChange| {
                            let typed = match &c { AnswerChange::Comment(t) => Some(t.clone()), _ => None };
                            let saved = drafts::apply(&services.store, eid, &item_id, c);
                            errors.check(&format!("item-{item_id}"), typed.as_deref(), saved);
                            version += 1;
                        }
                    }
                }
                SaveAlert { errors, place: format!("item-{}", item.id), i18n }
                }
            }
            SaveAlert { errors, place: "stage", i18n }
            div { class: "bottom-bar",
                button { class: "button secondary", r#type: "button", disabled: stage_index == 0,
                    onclick: move |_| go_prev(stage_index.saturating_sub(1)), "{i18n.t(\"previous\")}" }
                if last {
                    button { class: "button primary", r#type: "button", "data-action": "review",
                        onclick: move |_| { app.refresh_outbox(); nav.push(Route::Summary { id: eid.to_string() }); },
                        "{i18n.t(\"visit-review\")}" }
                } else {
                    button { class: "button primary", r#type: "button", "data-action": "next",
                        onclick: move |_| go_next(stage_index + 1), "{i18n.t(\"next\")}" }
                }
            }
        }
    }
}

/// Start and stop a duration item's timer; it keeps running with the app closed.
#[component]
fn Timer(
    id: EvaluationId,
    item: String,
    i18n: I18n,
    tick: u64,
    errors: SaveErrors,
    onchanged: EventHandler<()>,
) -> Element {
    // `tick` changes every second, which redraws the running time.
    let _ = tick;
    let app = use_app();
    let Some(services) = app.services() else { return rsx! {} };
    let place = format!("timer-{item}");
    let started = match lock(&services.store).timer_started(id, &item) {
        Ok(started) => started,
        Err(e) => return rsx! { ReadError { i18n, reason: e.to_string() } },
    };
    let (s1, s2) = (services.clone(), services.clone());
    let (i1, i2) = (item.clone(), item.clone());
    rsx! {
        div { class: "timer",
            match started {
                Some(t) => {
                    let secs = (chrono::Utc::now() - t).num_seconds().max(0);
                    rsx! {
                        span { class: "elapsed", role: "timer", "{secs / 60}:{secs % 60:02}" }
                        button { class: "button primary", r#type: "button", "data-action": "stop-timer",
                            onclick: {
                                let place = place.clone();
                                move |_| {
                                    let stopped = lock(&s1.store).stop_timer(id, &i1, chrono::Utc::now());
                                    errors.check(&place, None, stopped);
                                    onchanged.call(());
                                }
                            },
                            "{i18n.t(\"timer-stop\")}" }
                    }
                }
                None => rsx! {
                    button { class: "button secondary", r#type: "button", "data-action": "start-timer",
                        onclick: {
                            let place = place.clone();
                            move |_| {
                                let started = lock(&s2.store).start_timer(id, &i2, chrono::Utc::now());
                                errors.check(&place, None, started);
                                onchanged.call(());
                            }
                        },
                        "{i18n.t(\"timer-start\")}" }
                },
            }
            SaveAlert { errors, place, i18n }
        }
    }
}

fn checked_in_text(i18n: I18n, at: chrono::DateTime<chrono::Utc>) -> String {
    let time = at.with_timezone(&chrono::Local).format("%H:%M").to_string();
    i18n.t_args("checked-in-at", &[("time", time.into())])
}
