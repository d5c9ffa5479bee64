//! One action: what failed and where it came from, its evidence and history,
//! and the moves the reader may make from where it stands. A manager's move
//! (a comment, evidence photos from the camera or the gallery) is kept on
//! the device and sent through the outbox, so it works offline; a
//! reviewer's (verify, reopen, accept) goes to the server at once.

use super::{pending_of, priority_text, source_text, status_now, status_text};
use crate::app::{use_i18n, Route};
use crate::components::{PhotoInput, PhotoThumbs, ReadError, ServerPhotos};
use crate::i18n::I18n;
use crate::screens::performance::labels;
use crate::screens::planning::{centre_name, date_text, error_text};
use crate::state::use_app;
use dioxus::prelude::*;
use ms_client::{MoveState, QueuedMove};
use ms_core::actions::api::{Action, ActionLogEntry, StatusMove, MAX_TEXT_CHARS};
use ms_core::actions::{check_move, moves_from, ActionStatus, Evidence, MoveRefusal, Mover};
use ms_core::PhotoId;
use uuid::Uuid;

fn move_key(to: ActionStatus) -> String {
    format!("actions-do-{}", to.as_str().replace('_', "-"))
}

#[component]
pub fn ActionPage(id: String) -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let manages = app.settings.read().manages();
    let parsed: Option<Uuid> = id.parse().ok();
    let mut action = use_signal(|| None::<Action>);
    let mut error = use_signal(|| None::<String>);
    // The kept copy first (a manager's, offline too), then the server's.
    use_future(move || async move {
        let Some(id) = parsed else {
            error.set(Some(i18n.t("actions-not-found")));
            return;
        };
        if let Some(account) = app.settings.peek().account().filter(|_| manages) {
            let kept = app.read(|s| s.my_actions(&account)).and_then(Result::ok).flatten();
            if let Some(a) = kept.and_then(|k| k.actions.into_iter().find(|a| a.id == id)) {
                action.set(Some(a));
            }
        }
        let Some(services) = app.services() else { return };
        match services.api.action(id).await {
            Ok(a) => {
                action.set(Some(a));
                error.set(None);
            }
            Err(e) if action.peek().is_none() => error.set(Some(error_text(i18n, &e))),
            Err(e) => tracing::info!(error = %e, "action not refreshed"),
        }
    });
    // A move sent meanwhile: the device's copy now holds the server's answer.
    use_effect(move || {
        // Read to subscribe: this runs again whenever the device's moves change.
        let sent = app.lists.moves().read().iter().filter(|m| m.state == MoveState::Sent).count();
        if sent == 0 {
            return;
        }
        let (Some(id), Some(account)) = (parsed, app.settings.peek().account().filter(|_| manages)) else { return };
        let kept = app.read(|s| s.my_actions(&account)).and_then(Result::ok).flatten();
        if let Some(k) = kept.and_then(|k| k.actions.into_iter().find(|a| a.id == id)) {
            let newer = action.peek().as_ref().is_none_or(|shown| shown.updated_at < k.updated_at);
            if newer {
                action.set(Some(k));
            }
        }
    });
    let moves = app.lists.moves().read().clone();
    let Some(a) = action() else {
        return rsx! {
            section { class: "action-page",
                match error() {
                    Some(reason) => rsx! { ReadError { i18n, reason } Link { class: "button", to: Route::Actions {}, "{i18n.t(\"actions-title\")}" } },
                    None => rsx! { p { class: "loading-state", role: "status", "aria-busy": "true", "…" } },
                }
            }
        };
    };
    let pending = pending_of(&moves, a.id);
    let now = status_now(&a, &pending);
    let catalogue = app.catalogue.read().clone();
    let templates = app.templates.read().clone();
    let templates = if templates.is_empty() { ms_core::builtin::templates() } else { templates };
    let mover = if manages { Mover::Manager } else { Mover::Reviewer };
    rsx! {
        section { class: "action-page", "data-status": now.as_str(),
            if !manages { crate::screens::ReviewTabs { current: Route::ActionPage { id: a.id.to_string() } } }
            p { class: "back-link", Link { to: Route::Actions {}, "{i18n.t(\"actions-title\")}" } }
            p { class: "centre-name", bdi { {centre_name(&catalogue, i18n, &a.centre_id)} } }
            h1 { "{a.title}" }
            p { class: "tags",
                span { class: "status-tag {now.as_str()}", "data-shown-status": now.as_str(), {status_text(i18n, now)} }
                " "
                span { class: "priority-tag {a.priority.as_str()}", {priority_text(i18n, a.priority)} }
                if a.overdue { " " span { class: "due warn", "data-overdue": "true", "{i18n.t(\"actions-overdue\")}" } }
            }
            dl { class: "facts",
                dt { "{i18n.t(\"actions-due-label\")}" }
                dd { {date_text(i18n, a.due_date)} }
                dt { "{i18n.t(\"actions-assignee\")}" }
                dd { {a.assignee.clone().unwrap_or_else(|| i18n.t("actions-assignee-centre"))} }
                dt { "{i18n.t(\"actions-filter-source\")}" }
                dd { {source_text(i18n, a.source)} }
                if let Some(stage) = a.stage_id.clone() {
                    dt { "{i18n.t(\"actions-stage\")}" }
                    dd { {labels::stage(i18n, &templates, &stage)} }
                }
                if let Some(item) = a.item_id.clone() {
                    dt { "{i18n.t(\"actions-item\")}" }
                    dd { "data-item": "{item}", {labels::item(i18n, &templates, &item)} }
                }
                if !a.evaluation_ids.is_empty() {
                    dt { "{i18n.t(\"actions-evaluations\")}" }
                    // A manager opens those approved (the server tells them no other).
                    dd {
                        ul { class: "inline-list",
                            for (n, e) in a.evaluation_ids.iter().enumerate() {
                                li { key: "{e}", Link { to: Route::ReviewDetail { id: e.to_string() }, "data-evaluation": "{e}",
                                    {i18n.t_args("actions-evaluation-n", &[("n", (n + 1).into())])} } }
                            }
                        }
                    }
                }
            }
            if !a.description.trim().is_empty() {
                p { class: "card description", "{a.description}" }
            }
            for m in pending.clone() {
                Pending { key: "{m.move_id}", queued: m, i18n }
            }
            MoveForm { action: a.clone(), from: now, mover, i18n,
                onmoved: move |moved: Action| action.set(Some(moved)) }
            h2 { "{i18n.t(\"actions-evidence\")}" }
            if a.evidence.is_empty() {
                p { class: "muted", "{i18n.t(\"actions-no-evidence\")}" }
            }
            ol { class: "evidence",
                for (n, ev) in a.evidence.iter().cloned().enumerate() {
                    li { class: "card", key: "{n}", "data-evidence": "{n}",
                        p { class: "sub",
                            span { class: "when", {i18n.formats().date_time(ev.at)} }
                            " · {ev.by} · "
                            {status_text(i18n, ev.status)}
                        }
                        if !ev.comment.is_empty() { p { "{ev.comment}" } }
                        if !ev.photos.is_empty() {
                            ServerPhotos { photos: ev.photos.iter().filter_map(|p| PhotoId::parse(p).ok()).collect::<Vec<_>>(), i18n }
                        }
                    }
                }
            }
            h2 { "{i18n.t(\"actions-history\")}" }
            ol { class: "history",
                for (n, entry) in a.log.iter().cloned().enumerate() {
                    li { key: "{n}",
                        span { class: "when", {i18n.formats().date_time(entry.at)} }
                        " "
                        strong { {log_text(i18n, &entry)} }
                        " · {entry.by}"
                        if let Some(c) = entry.comment.clone().filter(|c| !c.is_empty()) { p { class: "history-comment", "{c}" } }
                    }
                }
            }
        }
    }
}

fn log_text(i18n: I18n, e: &ActionLogEntry) -> String {
    match e.event.as_str() {
        "created" => i18n.t("actions-log-created"),
        "evaluation_joined" => i18n.t("actions-log-evaluation-joined"),
        "reminder_sent" => i18n.t("actions-log-reminder-sent"),
        _ => status_text(i18n, e.to),
    }
}

/// A move made on this device: waiting to be sent, or refused by the server
/// (then it may be discarded).
#[component]
fn Pending(queued: QueuedMove, i18n: I18n) -> Element {
    let app = use_app();
    let mut failed = use_signal(|| None::<String>);
    let id = queued.move_id;
    let to = status_text(i18n, queued.step.to);
    rsx! {
        div { class: "card pending-move", "data-move": "{id}", "data-move-state": if queued.state == MoveState::Refused { "refused" } else { "queued" },
            if queued.state == MoveState::Refused {
                p { class: "state failed", role: "alert",
                    {i18n.t_args("actions-pending-refused", &[("status", to.into()),
                        ("reason", i18n.server_error(queued.last_error_code.as_deref(), queued.last_error.as_deref().unwrap_or_default()).into())])}
                }
                button { class: "button secondary", r#type: "button", "data-action": "forget-move",
                    onclick: move |_| if let Err(e) = app.write(|s| s.forget_action_move(id)) { failed.set(Some(e.to_string())) },
                    "{i18n.t(\"actions-forget-move\")}" }
            } else {
                p { class: "state waiting", role: "status", {i18n.t_args("actions-pending", &[("status", to.into())])} }
            }
            if !queued.step.comment.is_empty() { p { class: "muted", "{queued.step.comment}" } }
            if let Some(e) = failed() { p { class: "error", role: "alert", "{e}" } }
        }
    }
}

/// The moves the reader may make from `from`: a comment (what was done, or
/// why), evidence photos for "done", and one button per move, each enabled
/// once what it needs is there.
#[component]
fn MoveForm(action: Action, from: ActionStatus, mover: Mover, i18n: I18n, onmoved: EventHandler<Action>) -> Element {
    let app = use_app();
    let sync = use_coroutine_handle::<()>();
    let mut comment = use_signal(String::new);
    let mut photos = use_signal(Vec::<PhotoId>::new);
    let mut busy = use_signal(|| false);
    let mut error = use_signal(|| None::<String>);
    let mut saved = use_signal(|| None::<String>);
    let choices = moves_from(from, mover);
    if choices.is_empty() {
        return rsx! { p { class: "notice", "data-no-moves": "true", "{i18n.t(\"actions-no-moves\")}" } };
    }
    let id = action.id;
    let photo_required = action.photo_required;
    let takes_photos = mover == Mover::Manager && choices.contains(&ActionStatus::Done);
    let evidence = Evidence { comment: !comment().trim().is_empty(), photos: photos().len() };
    let make = move |to: ActionStatus| async move {
        error.set(None);
        saved.set(None);
        let step = StatusMove {
            to,
            comment: comment().trim().to_owned(),
            photos: if to == ActionStatus::Done {
                photos().iter().map(|p| p.to_string()).collect()
            } else {
                Vec::new()
            },
            move_id: Some(Uuid::new_v4()),
        };
        if mover == Mover::Manager {
            // Kept first, then sent by the sync loop, now or once the device is online.
            let Some(account) = app.settings.peek().account() else { return };
            match app.write(|s| s.queue_action_move(&account, id, step, chrono::Utc::now())) {
                Ok(_) => {
                    comment.set(String::new());
                    photos.set(Vec::new());
                    saved.set(Some(i18n.t("actions-saved")));
                    sync.send(());
                }
                Err(e) => error.set(Some(e.to_string())),
            }
            return;
        }
        let Some(services) = app.services() else { return };
        busy.set(true);
        match services.api.move_action(id, &step).await {
            Ok(moved) => {
                comment.set(String::new());
                saved.set(Some(status_text(i18n, moved.status)));
                onmoved.call(moved);
            }
            Err(e) => error.set(Some(error_text(i18n, &e))),
        }
        busy.set(false);
    };
    rsx! {
        div { class: "decisions card move-form",
            label { class: "field",
                span { "{i18n.t(\"actions-move-comment\")}" }
                textarea { name: "comment", maxlength: "{MAX_TEXT_CHARS}", value: "{comment}", oninput: move |e| comment.set(e.value()) }
            }
            if takes_photos {
                p { class: "help", {i18n.t(if photo_required { "actions-photo-required" } else { "actions-photo-optional" })} }
                PhotoThumbs { photos: photos(), i18n, onremove: move |p: PhotoId| photos.write().retain(|x| *x != p) }
                PhotoInput { i18n, label: i18n.t("actions-add-photo"), onadded: move |p: PhotoId| {
                    if !photos.peek().contains(&p) { photos.write().push(p); }
                } }
            }
            div { class: "actions",
                for to in choices {
                    {
                        let refusal = check_move(from, to, mover, evidence, photo_required).err();
                        let why = match refusal {
                            Some(MoveRefusal::EvidenceRequired { comment: true, .. }) | Some(MoveRefusal::ReasonRequired { .. }) => i18n.t("actions-needs-comment"),
                            Some(MoveRefusal::EvidenceRequired { .. }) => i18n.t("actions-needs-photo"),
                            _ => String::new(),
                        };
                        rsx! {
                            button { class: if matches!(to, ActionStatus::Done | ActionStatus::Verified) { "button primary" } else { "button secondary" },
                                r#type: "button", "data-move-to": to.as_str(), disabled: refusal.is_some() || busy(), title: "{why}",
                                onclick: move |_| make(to), {i18n.t(&move_key(to))} }
                        }
                    }
                }
            }
            if let Some(e) = error() { p { class: "error", role: "alert", "{e}" } }
            if let Some(s) = saved() { p { class: "ok", role: "status", "data-saved": "true", "{s}" } }
        }
    }
}
