//! A shopper's visit, stage by stage: check-in (time and place), timers for
//! the wait and the service, every item with its comment and photos.

use crate::app::{use_i18n, Route};
use crate::components::{AnswerChange, AnswerInput, ItemWords, ProgressBar, ReadError, SaveAlert};
use crate::drafts::{self, use_open_draft, DraftView, OpenDraft, Unreadable};
use crate::i18n::I18n;
use crate::platform::current_position;
use crate::state::use_app;
use chrono::{DateTime, Utc};
use dioxus::prelude::*;
use ms_client::LocalState;
use ms_core::template::{ChecklistTemplate, ItemKind};
use ms_core::{engine, CheckIn};

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

/// An item the visit screen scrolls to when it opens next (the summary asks).
#[derive(Clone, Copy)]
struct FocusItem(Signal<Option<String>>);

/// The item the next visit screen should scroll to, kept while the app runs.
pub fn use_focus_item() -> Signal<Option<String>> {
    crate::state::use_screen_state(FocusItem, || None).0
}

/// The visit the route names, opened from the store once; or why it can't be shown.
pub fn use_visit(raw_id: &str) -> Result<(OpenDraft, DraftView, ChecklistTemplate), NotShown> {
    let app = use_app();
    let id = drafts::parse_id(raw_id);
    // Opened once: the screen is keyed by the visit (`Visit`), so another
    // visit opens another draft, and drawing never reads the store.
    let draft = use_open_draft(app, id);
    if id.is_none() {
        return Err(NotShown::Message("visit-not-found"));
    }
    let view = match draft.view.read().clone() {
        Some(Ok(view)) => view,
        Some(Err(Unreadable::Failed(reason))) => return Err(NotShown::Unreadable(reason)),
        Some(Err(Unreadable::NotFound)) | None => return Err(NotShown::Message("visit-not-found")),
    };
    // The exact version the visit was begun with, so old drafts still fit.
    let template = app
        .templates
        .read()
        .iter()
        .find(|t| t.reference() == view.evaluation.template)
        .cloned()
        .or_else(|| ms_core::builtin::templates().into_iter().find(|t| t.reference() == view.evaluation.template))
        .ok_or(NotShown::Message("checklist-missing"))?;
    Ok((draft, view, template))
}

#[component]
pub fn Visit(id: String) -> Element {
    // Another visit is another screen: it opens that visit afresh.
    rsx! { VisitOf { key: "{id}", id: id.clone() } }
}

#[component]
fn VisitOf(id: String) -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let nav = use_navigator();
    let mut focus_item = use_focus_item();
    let opened = use_visit(&id);
    // Keep the current stage's tab in sight.
    let stage_now = opened.as_ref().ok().and_then(|(_, v, _)| v.stage.clone());
    use_effect(use_reactive!(|stage_now| {
        let _ = stage_now;
        document::eval("document.querySelector('.stage-tab.on')?.scrollIntoView({inline: 'center', block: 'nearest'})");
    }));
    // Scroll to an item the summary asked for.
    use_effect(move || {
        if let Some(item) = focus_item.write().take() {
            document::eval(&format!(
                "document.getElementById({:?})?.scrollIntoView({{block: 'center'}})",
                format!("item-{item}")
            ));
        }
    });

    let (draft, view, template) = match opened {
        Ok(v) => v,
        Err(why) => return why.view(i18n),
    };
    if view.state != LocalState::Draft {
        return rsx! { section { h1 { "{i18n.t(\"visit-submitted\")}" } Link { class: "button", to: Route::Outbox {}, "{i18n.t(\"outbox-title\")}" } } };
    }
    let ev = view.evaluation.clone();
    let errors = draft.errors;
    let stage_index = view.stage.as_ref().and_then(|s| template.stages.iter().position(|st| &st.id == s)).unwrap_or(0);
    let Some(stage) = template.stages.get(stage_index).cloned() else {
        return rsx! { section { h1 { "{i18n.t(\"checklist-missing\")}" } } };
    };
    let visible = engine::visible_items(&template, &ev.answers);
    let missing = engine::missing(&template, &ev.answers);
    let progress = engine::progress(&template, &ev.answers);
    let centre = app.catalogue.read().centre(&ev.centre_id).cloned();
    let last = stage_index + 1 == template.stages.len();

    let stages: Vec<String> = template.stages.iter().map(|s| s.id.clone()).collect();
    let go_stage = move |i: usize| {
        if let Some(s) = stages.get(i) {
            if draft.save("stage", None, |store, id| store.set_current_stage(id, Some(s))).is_some() {
                document::eval("window.scrollTo(0, 0)");
            }
        }
    };
    let (go_prev, go_next, go_tab) = (go_stage.clone(), go_stage.clone(), go_stage.clone());
    // Why the check-in has no location, when the platform said.
    let mut no_location = use_signal(|| None::<crate::platform::LocationError>);
    let check_in = {
        let centre = centre.clone();
        move |_| {
            let centre = centre.clone();
            async move {
                let at = Utc::now();
                let found = current_position().await;
                no_location.set(found.err());
                let pos = found.ok();
                let ci = CheckIn {
                    at,
                    latitude: pos.map(|p| p.latitude),
                    longitude: pos.map(|p| p.longitude),
                    accuracy_m: pos.map(|p| p.accuracy_m),
                    inside_geofence: pos.zip(centre).map(|(p, c)| c.contains(p.latitude, p.longitude, p.accuracy_m)),
                };
                draft.save("check-in", None, |store, id| store.set_check_in(id, Some(&ci)));
            }
        }
    };
    let eid = ev.id;

    rsx! {
        section { class: "visit",
            p { class: "centre-name", bdi { "{centre.as_ref().map(|c| c.name.get(i18n.locale).to_owned()).unwrap_or(ev.centre_id.clone())}" } }
            if let Some(reason) = view.review_comment.clone() {
                p { class: "notice returned", role: "note", "data-returned": "true",
                    {i18n.t_args("visit-returned", &[("comment", reason.into())])}
                }
            }
            ProgressBar { fraction: progress, label: i18n.t("visit-progress") }
            nav { class: "stages", "aria-label": "{i18n.t(\"visit-stages\")}",
                for (i, st) in template.stages.iter().enumerate() {
                    button {
                        class: if i == stage_index { "stage-tab on" } else { "stage-tab" },
                        r#type: "button",
                        "aria-current": if i == stage_index { "step" } else { "false" },
                        onclick: { let go = go_tab.clone(); move |_| go(i) },
                        "{i18n.checklist(&template, &st.title)}"
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
                            if let Some(acc) = ci.accuracy_m.filter(|a| a.is_finite()) {
                                span { class: "muted", " · {i18n.t_args(\"check-in-accuracy\", &[(\"metres\", i18n.formats().integer(acc.round() as i64, 1).into())])}" }
                            }
                        }
                        if let Some(why) = no_location() {
                            p { class: "warn", role: "status", "data-location": "{why.message_id()}", "{i18n.t(why.message_id())}" }
                        }
                    },
                }
            }
            h1 { class: "stage-title", "{i18n.checklist(&template, &stage.title)}" }
            for item in stage.items.iter().filter(|i| visible.contains(i.id.as_str())).cloned() {
                div { key: "{item.id}", class: "item-block",
                    AnswerInput {
                        words: ItemWords::of(&template, &item, i18n),
                        item: item.clone(),
                        answer: ev.answers.get(&item.id).cloned().unwrap_or_default(),
                        i18n,
                        onchange: {
                            let item_id = item.id.clone();
                            move |c: AnswerChange| draft.change(&item_id, c)
                        },
                        if let ItemKind::Duration { .. } = item.kind {
                            Timer { draft, item: item.id.clone(), started: view.timers.get(&item.id).copied(), i18n }
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
                        onclick: move |_| { nav.push(Route::Summary { id: eid.to_string() }); },
                        "{i18n.t(\"visit-review\")}" }
                } else {
                    button { class: "button primary", r#type: "button", "data-action": "next",
                        onclick: move |_| go_next(stage_index + 1), "{i18n.t(\"next\")}" }
                }
            }
        }
    }
}

/// Start and stop a duration item's timer, inside its item; it keeps running
/// with the app closed.
#[component]
fn Timer(draft: OpenDraft, item: String, started: Option<DateTime<Utc>>, i18n: I18n) -> Element {
    let place = format!("timer-{item}");
    let errors = draft.errors;
    rsx! {
        div { class: "timer",
            match started {
                Some(t) => {
                    rsx! {
                        Elapsed { since: t, i18n }
                        button { class: "button primary", r#type: "button", "data-action": "stop-timer",
                            onclick: {
                                let (place, item) = (place.clone(), item.clone());
                                move |_| { draft.save(&place, None, |store, id| store.stop_timer(id, &item, Utc::now())); }
                            },
                            "{i18n.t(\"timer-stop\")}" }
                    }
                }
                None => rsx! {
                    button { class: "button secondary", r#type: "button", "data-action": "start-timer",
                        onclick: {
                            let (place, item) = (place.clone(), item.clone());
                            move |_| { draft.save(&place, None, |store, id| store.start_timer(id, &item, Utc::now())); }
                        },
                        "{i18n.t(\"timer-start\")}" }
                },
            }
            SaveAlert { errors, place, i18n }
        }
    }
}

/// The running time of a timer: only this redraws each second, not the visit.
#[component]
fn Elapsed(since: DateTime<Utc>, i18n: I18n) -> Element {
    let mut now = use_signal(Utc::now);
    use_future(move || async move {
        loop {
            crate::platform::sleep(std::time::Duration::from_secs(1)).await;
            now.set(Utc::now());
        }
    });
    let secs = (now() - since).num_seconds().max(0);
    rsx! { span { class: "elapsed", role: "timer", "{i18n.formats().elapsed(secs)}" } }
}

fn checked_in_text(i18n: I18n, at: chrono::DateTime<chrono::Utc>) -> String {
    let time = i18n.formats().time(at);
    i18n.t_args("checked-in-at", &[("time", time.into())])
}
