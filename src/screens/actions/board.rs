//! The list of actions: a manager's board, read from the copy kept on the
//! device (offline too) and refreshed from the server when it opens; a
//! reviewer's list across their centres, asked of the server with its
//! filters. Overdue first and closed last, soonest due first within each.

use super::{pending_of, priority_text, source_text, status_now, status_text};
use crate::app::{use_i18n, Route};
use crate::components::{DownloadState, DownloadStatus, ReadError};
use crate::i18n::I18n;
use crate::screens::planning::{centre_name, date_text, error_text};
use crate::state::{use_app, Connection};
use dioxus::prelude::*;
use ms_core::actions::api::{Action, ActionListQuery, ActionSource};
use ms_core::actions::{ActionStatus, Priority};

/// What the list shows: the actions, and for a manager when their kept copy came.
#[derive(Debug, Clone, PartialEq, Default)]
struct Shown {
    actions: Vec<Action>,
    kept_at: Option<chrono::DateTime<chrono::Utc>>,
    next: Option<String>,
}

#[component]
pub fn Actions() -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let manages = app.settings.read().manages();
    let mut status = use_signal(|| None::<ActionStatus>);
    let mut priority = use_signal(|| None::<Priority>);
    let mut source = use_signal(|| None::<ActionSource>);
    let mut centre = use_signal(String::new);
    let mut only_overdue = use_signal(|| false);
    let mut shown = use_signal(Shown::default);
    let mut error = use_signal(|| None::<String>);
    let mut download = use_signal(|| DownloadState::Idle);
    let query = move |cursor: Option<String>| ActionListQuery {
        centre_id: Some(centre()).filter(|c| !c.is_empty()),
        status: status(),
        overdue: only_overdue().then_some(true),
        priority: priority(),
        source: source(),
        cursor,
        limit: Some(100),
    };
    // A manager: the kept copy at once, then the server's.
    use_future(move || async move {
        if !manages {
            return;
        }
        let Some(account) = app.settings.peek().account() else { return };
        let kept = app.read(|s| s.my_actions(&account)).and_then(Result::ok).flatten();
        if let Some(k) = kept {
            shown.set(Shown { actions: k.actions, kept_at: Some(k.fetched_at), next: None });
        }
        let Some(services) = app.services() else { return };
        match services.sync.refresh_my_actions(&account, chrono::Utc::now()).await {
            Ok(fresh) => {
                shown.set(Shown { actions: fresh.actions, kept_at: None, next: None });
                error.set(None);
            }
            Err(e) => {
                tracing::info!(error = %e, "actions not refreshed");
                let mut connection = app.connection;
                if matches!(&e, ms_client::Error::Api(a) if a.kind() == ms_client::FailureKind::Transient) {
                    connection.set(Connection::Offline);
                }
                if shown.peek().kept_at.is_none() {
                    error.set(Some(e.to_string()));
                }
            }
        }
    });
    // A move sent meanwhile: the device's copy now holds the server's answer.
    use_effect(move || {
        let sent = app.lists.moves().read().iter().filter(|m| m.state == ms_client::MoveState::Sent).count();
        let Some(account) = app.settings.peek().account().filter(|_| manages) else { return };
        if sent == 0 {
            return;
        }
        let kept = app.read(|s| s.my_actions(&account)).and_then(Result::ok).flatten();
        if let Some(k) = kept.filter(|k| k.actions != shown.peek().actions) {
            let kept_at = shown.peek().kept_at.map(|_| k.fetched_at);
            shown.set(Shown { actions: k.actions, kept_at, next: None });
        }
    });
    // A reviewer: the server's list, again whenever a filter changes.
    let _reviewer = use_resource(move || async move {
        let q = query(None);
        if manages {
            return;
        }
        let Some(services) = app.services() else { return };
        match services.api.actions(&q).await {
            Ok(page) => {
                shown.set(Shown { actions: page.items, kept_at: None, next: page.next_cursor });
                error.set(None);
            }
            Err(e) => error.set(Some(error_text(i18n, &e))),
        }
    });
    let more = move |_| async move {
        let Some(cursor) = shown.peek().next.clone() else { return };
        let Some(services) = app.services() else { return };
        match services.api.actions(&query(Some(cursor))).await {
            Ok(page) => {
                let mut s = shown.write();
                s.actions.extend(page.items);
                s.next = page.next_cursor;
            }
            Err(e) => error.set(Some(error_text(i18n, &e))),
        }
    };
    let catalogue = app.catalogue.read().clone();
    let moves = app.lists.moves().read().clone();
    let s = shown();
    let filter = query(None);
    let mut list: Vec<Action> = s.actions.iter().filter(|a| !manages || filter.admits(a)).cloned().collect();
    // Overdue first, closed last; the server's order (soonest due) within each.
    list.sort_by_key(|a| (!a.overdue, a.status.is_closed()));
    let count = list.len();
    // The centres a filter offers: a manager's own (from their actions), a reviewer's from the catalogue.
    let mut centres: Vec<String> = if manages {
        s.actions.iter().map(|a| a.centre_id.clone()).collect()
    } else {
        catalogue.centres.iter().map(|c| c.id.clone()).collect()
    };
    centres.dedup();
    centres.sort();
    centres.dedup();
    rsx! {
        section { class: "actions-board",
            if !manages { crate::screens::ReviewTabs { current: Route::Actions {} } }
            div { class: "heading-row",
                h1 { "{i18n.t(\"actions-title\")}" }
                if !manages {
                    Link { class: "button primary", to: Route::NewAction { centre: None, evaluation: None, item: None, stage: None },
                        "data-action": "new-action", "{i18n.t(\"actions-new\")}" }
                }
            }
            if manages {
                p { class: "lead", "{i18n.t(\"actions-board-lead\")}" }
                nav { class: "inline-list centre-links", "aria-label": "{i18n.t(\"actions-centre-figures\")}",
                    for c in app.settings.read().staff_centres.clone() {
                        Link { class: "button secondary", to: Route::CentrePerformance { id: c.clone() }, "data-centre": "{c}",
                            {i18n.t_args("actions-centre-figures-of", &[("centre", centre_name(&catalogue, i18n, &c).into())])} }
                    }
                }
                p { class: "centre-visits-link",
                    Link { class: "button secondary", to: Route::CentreVisits {}, "data-link": "centre-visits", "{i18n.t(\"centre-visits-title\")}" }
                }
            }
            div { class: "filters",
                div { class: "choices chips", role: "group", "aria-label": "{i18n.t(\"actions-filter-status\")}",
                    button { class: if status().is_none() { "choice on" } else { "choice" }, r#type: "button",
                        "aria-pressed": "{status().is_none()}", "data-status": "all", onclick: move |_| status.set(None), "{i18n.t(\"actions-all\")}" }
                    for st in ActionStatus::ALL {
                        button { class: if status() == Some(st) { "choice on" } else { "choice" }, r#type: "button",
                            "aria-pressed": "{status() == Some(st)}", "data-status": st.as_str(),
                            onclick: move |_| status.set(Some(st)), {status_text(i18n, st)} }
                    }
                }
            }
            div { class: "filters more-filters",
                label { class: "field check",
                    input { r#type: "checkbox", "data-filter": "overdue", checked: only_overdue(), onchange: move |e| only_overdue.set(e.checked()) }
                    span { "{i18n.t(\"actions-only-overdue\")}" }
                }
                label { class: "field",
                    span { "{i18n.t(\"actions-filter-priority\")}" }
                    select { "data-filter": "priority", onchange: move |e| priority.set(Priority::parse(&e.value())),
                        option { value: "", selected: priority().is_none(), "{i18n.t(\"actions-all\")}" }
                        for p in Priority::ALL.into_iter().rev() {
                            option { value: p.as_str(), selected: priority() == Some(p), {priority_text(i18n, p)} }
                        }
                    }
                }
                if centres.len() > 1 {
                    label { class: "field",
                        span { "{i18n.t(\"actions-centre\")}" }
                        select { "data-filter": "centre", onchange: move |e| centre.set(e.value()),
                            option { value: "", selected: centre().is_empty(), "{i18n.t(\"actions-all\")}" }
                            for c in centres.clone() {
                                option { value: "{c}", selected: centre() == c, {centre_name(&catalogue, i18n, &c)} }
                            }
                        }
                    }
                }
                label { class: "field",
                    span { "{i18n.t(\"actions-filter-source\")}" }
                    select { "data-filter": "source", onchange: move |e| source.set(ActionSource::parse(&e.value())),
                        option { value: "", selected: source().is_none(), "{i18n.t(\"actions-all\")}" }
                        for so in ActionSource::ALL {
                            option { value: so.as_str(), selected: source() == Some(so), {source_text(i18n, so)} }
                        }
                    }
                }
            }
            if let Some(at) = s.kept_at {
                p { class: "notice", role: "status", "data-kept": "true",
                    {i18n.t_args("actions-kept-at", &[("time", i18n.formats().date_time(at).into())])} }
            }
            if let Some(e) = error() { ReadError { i18n, reason: e } }
            p { class: "muted", role: "status", "data-total": "{count}", {i18n.count("actions-count", count)} }
            if count == 0 {
                p { class: "empty", "{i18n.t(\"actions-empty\")}" }
            }
            ul { class: "list action-list",
                for a in list {
                    ActionCard { key: "{a.id}", pending: pending_of(&moves, a.id).len(), now: status_now(&a, &pending_of(&moves, a.id)),
                        centre: centre_name(&catalogue, i18n, &a.centre_id), action: a.clone(), i18n }
                }
            }
            if s.next.is_some() && !manages {
                button { class: "button secondary", r#type: "button", "data-action": "more", onclick: more, "{i18n.t(\"review-more\")}" }
            }
            if !manages {
                div { class: "export-buttons",
                    button { class: "button secondary", r#type: "button", disabled: download().running(), "data-export": "actions.csv",
                        onclick: move |_| {
                            // The list's filters, every page of it.
                            let q = ActionListQuery { cursor: None, limit: None, ..query(None) };
                            async move {
                                let Some(services) = app.services() else { return };
                                download.set(DownloadState::Running(Default::default()));
                                let result = services.api.export("/exports/actions.csv", &q, |p| download.set(DownloadState::Running(p))).await;
                                download.set(DownloadState::saved(i18n, result));
                            }
                        },
                        "{i18n.t(\"actions-export\")}"
                    }
                }
                DownloadStatus { i18n, state: download() }
            }
        }
    }
}

#[component]
fn ActionCard(action: Action, centre: String, now: ActionStatus, pending: usize, i18n: I18n) -> Element {
    let a = action;
    rsx! {
        li { class: if a.overdue { "card action-card overdue" } else { "card action-card" }, "data-id": "{a.id}", "data-status": now.as_str(),
            div { class: "entry-head",
                Link { class: "name", to: Route::ActionPage { id: a.id.to_string() }, "{a.title}" }
                span { class: "sub", bdi { "{centre}" } }
            }
            p { class: "tags",
                span { class: "status-tag {now.as_str()}", {status_text(i18n, now)} }
                " "
                span { class: "priority-tag {a.priority.as_str()}", {priority_text(i18n, a.priority)} }
                " "
                span { class: if a.overdue { "due warn" } else { "due" },
                    {i18n.t_args("actions-due", &[("date", date_text(i18n, a.due_date).into())])}
                    if a.overdue { " · {i18n.t(\"actions-overdue\")}" }
                }
            }
            if pending > 0 {
                p { class: "state waiting", "data-pending": "{pending}", {i18n.t("actions-pending-short")} }
            }
        }
    }
}
