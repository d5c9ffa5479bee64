//! A reviewer's inbox: the evaluations of their entities, newest first,
//! filtered by status and role; a table on a wide screen, cards on a narrow
//! one; several approved at once after a confirmation.

use crate::app::{use_i18n, Route};
use crate::components::ReadError;
use crate::i18n::I18n;
use crate::state::use_app;
use chrono::NaiveDate;
use dioxus::prelude::*;
use ms_core::proof::VisitFlag;
use ms_core::wire::{EvaluationSummary, InboxQuery, Order, SortField};
use ms_core::{EvaluationId, ReviewStatus, Role};

/// The statuses a reviewer filters by, in the order of the work.
pub const STATUSES: [ReviewStatus; 5] = [
    ReviewStatus::Received,
    ReviewStatus::HasIssues,
    ReviewStatus::Returned,
    ReviewStatus::Approved,
    ReviewStatus::Rejected,
];

pub fn status_text(i18n: I18n, s: ReviewStatus) -> String {
    i18n.t(&format!("review-status-{}", s.as_str().replace('_', "-")))
}

/// The evaluations the inbox shows, in its order: the detail's "next".
#[derive(Clone, Copy)]
struct ReviewQueue(Signal<Vec<EvaluationId>>);

/// The inbox's evaluations in its order, kept while the app runs.
pub fn use_review_queue() -> Signal<Vec<EvaluationId>> {
    crate::state::use_screen_state(ReviewQueue, Vec::new).0
}

/// One page as loaded, and where the next one starts.
#[derive(Debug, Clone, PartialEq, Default)]
struct Loaded {
    items: Vec<EvaluationSummary>,
    total: u64,
    next: Option<String>,
}

#[component]
pub fn Inbox() -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let mut status = use_signal(|| Some(ReviewStatus::Received));
    let mut role = use_signal(|| None::<Role>);
    let mut sort = use_signal(|| SortField::Received);
    let mut ascending = use_signal(|| false);
    let mut from = use_signal(String::new);
    let mut to = use_signal(String::new);
    let mut centre = use_signal(String::new);
    let mut employee = use_signal(String::new);
    let mut flag = use_signal(String::new);
    let mut loaded = use_signal(Loaded::default);
    let mut error = use_signal(|| None::<String>);
    let mut selected = use_signal(Vec::<EvaluationId>::new);
    let mut confirming = use_signal(|| false);
    let mut notice = use_signal(|| None::<String>);
    // How many evaluations each status holds, for the chosen role.
    let mut counts = use_signal(Vec::<(ReviewStatus, u64)>::new);
    let mut queue = use_review_queue();
    let query = move |cursor: Option<&str>| {
        let text = |value: String| Some(value).filter(|v| !v.trim().is_empty());
        let day = |value: String| NaiveDate::parse_from_str(&value, "%Y-%m-%d").ok();
        InboxQuery {
            status: status(),
            role: role(),
            from: day(from()),
            to: day(to()),
            centre_id: text(centre()),
            employee: text(employee()).map(|who| who.trim().to_owned()),
            flag: VisitFlag::ALL.into_iter().find(|f| f.as_str() == flag()),
            sort: Some(sort()),
            order: Some(if ascending() { Order::Asc } else { Order::Desc }),
            limit: Some(50),
            cursor: cursor.map(str::to_owned),
            ..InboxQuery::default()
        }
    };
    // (Re)load the first page whenever a filter changes.
    let reload = use_resource(move || async move {
        let q = query(None);
        let Some(services) = app.services() else { return };
        match services.api.evaluations(&q).await {
            Ok(page) => {
                queue.set(page.items.iter().map(|i| i.id).collect());
                loaded.set(Loaded { items: page.items, total: page.total, next: page.next_cursor });
                error.set(None);
            }
            Err(e) => error.set(Some(i18n.server_error(Some(e.code()), &e.to_string()))),
        }
        selected.set(Vec::new());
        let mut per_status = Vec::new();
        for s in STATUSES {
            let q = InboxQuery { status: Some(s), role: role(), limit: Some(1), ..InboxQuery::default() };
            if let Ok(page) = services.api.evaluations(&q).await {
                per_status.push((s, page.total));
            }
        }
        counts.set(per_status);
    });
    let more = move |_| async move {
        let Some(cursor) = loaded.read().next.clone() else { return };
        let Some(services) = app.services() else { return };
        match services.api.evaluations(&query(Some(&cursor))).await {
            Ok(page) => {
                queue.write().extend(page.items.iter().map(|i| i.id));
                let mut l = loaded.write();
                l.items.extend(page.items);
                l.next = page.next_cursor;
            }
            Err(e) => error.set(Some(i18n.server_error(Some(e.code()), &e.to_string()))),
        }
    };
    let approve = move |_| async move {
        confirming.set(false);
        let ids = selected();
        let Some(services) = app.services() else { return };
        match services.api.approve_many(&ids).await {
            Ok(result) => {
                notice.set(Some(i18n.count("review-bulk-done", result.approved.len())));
                let mut again = reload;
                again.restart();
            }
            Err(e) => error.set(Some(i18n.server_error(Some(e.code()), &e.to_string()))),
        }
    };
    let catalogue = app.catalogue.read().clone();
    let l = loaded();
    let chosen = selected();
    rsx! {
        section { class: "inbox",
            super::ReviewTabs { current: Route::Inbox {} }
            h1 { "{i18n.t(\"review-inbox-title\")}" }
            div { class: "inbox-layout",
            aside { class: "inbox-filters", "aria-label": "{i18n.t(\"review-filters\")}",
            div { class: "filters",
                div { class: "choices chips", role: "group", "aria-label": "{i18n.t(\"review-filter-status\")}",
                    button { class: if status().is_none() { "choice on" } else { "choice" }, r#type: "button",
                        "aria-pressed": "{status().is_none()}", "data-status": "all", onclick: move |_| status.set(None), "{i18n.t(\"review-all\")}" }
                    for s in STATUSES {
                        button { class: if status() == Some(s) { "choice on" } else { "choice" }, r#type: "button",
                            "aria-pressed": "{status() == Some(s)}", "data-status": s.as_str(),
                            onclick: move |_| status.set(Some(s)),
                            "{status_text(i18n, s)}"
                            if let Some((_, n)) = counts().into_iter().find(|(c, _)| *c == s) {
                                span { class: "count", " ({i18n.formats().integer(n as i64, 1)})" }
                            }
                        }
                    }
                }
                div { class: "choices chips", role: "group", "aria-label": "{i18n.t(\"review-filter-role\")}",
                    for (r, key) in [(None, "review-all"), (Some(Role::Citizen), "review-role-citizen"), (Some(Role::Shopper), "review-role-shopper")] {
                        button { class: if role() == r { "choice on" } else { "choice" }, r#type: "button",
                            "aria-pressed": "{role() == r}", onclick: move |_| role.set(r), "{i18n.t(key)}" }
                    }
                }
            }
            div { class: "filters more-filters",
                label { class: "field",
                    span { "{i18n.t(\"review-from\")}" }
                    input { r#type: "date", "data-filter": "from", value: "{from}", onchange: move |e| from.set(e.value()) }
                }
                label { class: "field",
                    span { "{i18n.t(\"review-to\")}" }
                    input { r#type: "date", "data-filter": "to", value: "{to}", onchange: move |e| to.set(e.value()) }
                }
                label { class: "field",
                    span { "{i18n.t(\"review-col-centre\")}" }
                    select { "data-filter": "centre", onchange: move |e| centre.set(e.value()),
                        option { value: "", selected: centre().is_empty(), "{i18n.t(\"review-all\")}" }
                        for c in catalogue.centres.iter().cloned() {
                            option { value: "{c.id}", selected: centre() == c.id, "{c.name.get(i18n.locale)}" }
                        }
                    }
                }
                label { class: "field",
                    span { "{i18n.t(\"summary-employee\")}" }
                    input { r#type: "search", "data-filter": "employee", value: "{employee}", onchange: move |e| employee.set(e.value()) }
                }
                label { class: "field",
                    span { "{i18n.t(\"review-filter-flag\")}" }
                    select { "data-filter": "flag", onchange: move |e| flag.set(e.value()),
                        option { value: "", selected: flag().is_empty(), "{i18n.t(\"review-all\")}" }
                        for f in ms_core::proof::VisitFlag::ALL {
                            option { value: f.as_str(), selected: flag() == f.as_str(), {crate::components::flag_text(i18n, f)} }
                        }
                    }
                }
            }
            }
            div { class: "inbox-results",
            if let Some(e) = error() { ReadError { i18n, reason: e } }
            if let Some(n) = notice() { p { class: "ok", role: "status", "{n}" } }
            p { class: "muted", role: "status", "data-total": "{l.total}", "{i18n.count(\"review-count\", l.total as usize)}" }
            if l.items.is_empty() && error().is_none() {
                p { class: "empty", "{i18n.t(\"review-inbox-empty\")}" }
            } else {
                table { class: "inbox-table",
                    thead {
                        tr {
                            th { scope: "col", span { class: "visually-hidden", "{i18n.t(\"review-select\")}" } }
                            th { scope: "col", "{i18n.t(\"review-col-centre\")}" }
                            th { scope: "col", "{i18n.t(\"review-col-role\")}" }
                            for (key, name, label) in [(SortField::Visit, "visit", "review-col-visit"), (SortField::Score, "score", "review-col-score")] {
                                th { scope: "col",
                                    "aria-sort": if sort() == key { if ascending() { "ascending" } else { "descending" } } else { "none" },
                                    button { class: "sort", r#type: "button", "data-sort": name,
                                        onclick: move |_| {
                                            if sort() == key { ascending.toggle(); } else { sort.set(key); ascending.set(false); }
                                        },
                                        "{i18n.t(label)}"
                                        if sort() == key { span { "aria-hidden": "true", if ascending() { " ▲" } else { " ▼" } } }
                                    }
                                }
                            }
                            th { scope: "col", "{i18n.t(\"review-col-status\")}" }
                            th { scope: "col", "{i18n.t(\"review-col-photos\")}" }
                            th { scope: "col", "{i18n.t(\"review-col-place\")}" }
                        }
                    }
                    tbody {
                        for row in l.items.iter().cloned() {
                            {
                                let id = row.id;
                                let centre = catalogue.centre(&row.centre_id).map(|c| c.name.get(i18n.locale).to_owned()).unwrap_or(row.centre_id.clone());
                                let picked = chosen.contains(&id);
                                let place = match row.inside_geofence {
                                    Some(true) => i18n.t("check-in-inside"),
                                    Some(false) => i18n.t("check-in-outside"),
                                    None => "—".to_owned(),
                                };
                                rsx! {
                                    tr { key: "{id}", "data-id": "{id}", class: if row.flags.is_empty() { "" } else { "flagged" },
                                        td { "data-label": "{i18n.t(\"review-select\")}",
                                            input { r#type: "checkbox", checked: picked, "aria-label": "{i18n.t(\"review-select\")} {centre}",
                                                onchange: move |_| {
                                                    let mut s = selected.write();
                                                    if let Some(i) = s.iter().position(|x| *x == id) { s.remove(i); } else { s.push(id); }
                                                }
                                            }
                                        }
                                        td { "data-label": "{i18n.t(\"review-col-centre\")}",
                                            span { class: "cell-stack",
                                                Link { to: Route::ReviewDetail { id: id.to_string() }, bdi { "{centre}" } }
                                                if let Some(counter) = row.counter.clone() {
                                                    span { class: "muted", "data-counter": "{counter}",
                                                        {i18n.t_args("counters-at", &[("label", counter.clone().into())])}
                                                    }
                                                }
                                            }
                                        }
                                        td { "data-label": "{i18n.t(\"review-col-role\")}", {i18n.t(if row.role == Role::Shopper { "review-role-shopper" } else { "review-role-citizen" })} }
                                        td { "data-label": "{i18n.t(\"review-col-visit\")}", {i18n.formats().date_time(row.visit_at)} }
                                        td { "data-label": "{i18n.t(\"review-col-score\")}", {row.score_percent.map(|p| i18n.formats().percent(p)).unwrap_or_else(|| "—".into())} }
                                        td { "data-label": "{i18n.t(\"review-col-status\")}", span { class: "status-tag {row.status.as_str()}", {status_text(i18n, row.status)} } }
                                        td { "data-label": "{i18n.t(\"review-col-photos\")}", {i18n.formats().integer(i64::from(row.photo_count), 1)} }
                                        td { "data-label": "{i18n.t(\"review-col-place\")}",
                                            span { "{place}" }
                                            crate::components::ProofFlags { flags: row.flags.clone(), i18n }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                if l.next.is_some() {
                    button { class: "button secondary", r#type: "button", "data-action": "more", onclick: more, "{i18n.t(\"review-more\")}" }
                }
            }
            }
            }
            if !chosen.is_empty() {
                div { class: "bottom-bar",
                    if confirming() {
                        p { class: "warn", role: "alert", {i18n.count("review-bulk-confirm", chosen.len())} }
                        button { class: "button primary", r#type: "button", "data-action": "approve-selected-confirmed", onclick: approve, "{i18n.t(\"review-approve\")}" }
                        button { class: "button secondary", r#type: "button", onclick: move |_| confirming.set(false), "{i18n.t(\"cancel\")}" }
                    } else {
                        button { class: "button primary big", r#type: "button", "data-action": "approve-selected",
                            onclick: move |_| confirming.set(true), {i18n.count("review-approve-selected", chosen.len())} }
                    }
                }
            }
        }
    }
}
