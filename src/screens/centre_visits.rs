//! A centre manager's approved visits: the evaluations of the centres they
//! run that reviewers approved, newest first, each opening read-only. The
//! server leaves out who made them.

use super::inbox::use_review_queue;
use crate::app::{use_i18n, Route};
use crate::components::ReadError;
use crate::screens::planning::{centre_name, error_text};
use crate::state::use_app;
use dioxus::prelude::*;
use ms_core::wire::{EvaluationSummary, InboxQuery, Order, SortField};
use ms_core::{ReviewStatus, Role};

/// The visits shown, and where the next page starts.
#[derive(Debug, Clone, PartialEq, Default)]
struct Shown {
    items: Vec<EvaluationSummary>,
    total: u64,
    next: Option<String>,
}

/// The server's query for one centre (or all of the manager's) from `cursor`.
fn query(centre: &str, cursor: Option<String>) -> InboxQuery {
    InboxQuery {
        status: Some(ReviewStatus::Approved),
        centre_id: Some(centre.to_owned()).filter(|c| !c.is_empty()),
        sort: Some(SortField::Visit),
        order: Some(Order::Desc),
        limit: Some(50),
        cursor,
        ..InboxQuery::default()
    }
}

#[component]
pub fn CentreVisits() -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let mut centre = use_signal(String::new);
    let mut shown = use_signal(Shown::default);
    let mut error = use_signal(|| None::<String>);
    let mut queue = use_review_queue();
    let _first = use_resource(move || async move {
        let q = query(&centre(), None);
        let Some(services) = app.services() else { return };
        match services.api.evaluations(&q).await {
            Ok(page) => {
                queue.set(page.items.iter().map(|i| i.id).collect());
                shown.set(Shown { items: page.items, total: page.total, next: page.next_cursor });
                error.set(None);
            }
            Err(e) => error.set(Some(error_text(i18n, &e))),
        }
    });
    let more = move |_| async move {
        let Some(cursor) = shown.peek().next.clone() else { return };
        let Some(services) = app.services() else { return };
        match services.api.evaluations(&query(&centre.peek(), Some(cursor))).await {
            Ok(page) => {
                queue.write().extend(page.items.iter().map(|i| i.id));
                let mut s = shown.write();
                s.items.extend(page.items);
                s.next = page.next_cursor;
            }
            Err(e) => error.set(Some(error_text(i18n, &e))),
        }
    };
    let catalogue = app.catalogue.read().clone();
    let centres = app.settings.read().staff_centres.clone();
    let s = shown();
    rsx! {
        section { class: "centre-visits",
            p { class: "back-link", Link { to: Route::Actions {}, "{i18n.t(\"actions-title\")}" } }
            h1 { "{i18n.t(\"centre-visits-title\")}" }
            p { class: "lead", "{i18n.t(\"centre-visits-lead\")}" }
            if centres.len() > 1 {
                div { class: "choices chips", role: "group", "aria-label": "{i18n.t(\"review-col-centre\")}",
                    button { class: if centre().is_empty() { "choice on" } else { "choice" }, r#type: "button",
                        "aria-pressed": "{centre().is_empty()}", "data-centre": "all", onclick: move |_| centre.set(String::new()),
                        "{i18n.t(\"actions-all\")}" }
                    for c in centres.iter().cloned() {
                        button { class: if centre() == c { "choice on" } else { "choice" }, r#type: "button",
                            "aria-pressed": "{centre() == c}", "data-centre": "{c}",
                            onclick: { let c = c.clone(); move |_| centre.set(c.clone()) },
                            bdi { {centre_name(&catalogue, i18n, &c)} } }
                    }
                }
            }
            if let Some(e) = error() { ReadError { i18n, reason: e } }
            p { class: "muted", role: "status", "data-total": "{s.total}", {i18n.count("review-count", s.total as usize)} }
            if s.items.is_empty() && error().is_none() {
                p { class: "empty", "{i18n.t(\"centre-visits-empty\")}" }
            }
            ul { class: "list visit-list",
                for v in s.items.iter().cloned() {
                    li { key: "{v.id}", class: "card visit-card", "data-id": "{v.id}",
                        div { class: "entry-head",
                            Link { class: "name", to: Route::ReviewDetail { id: v.id.to_string() },
                                {i18n.formats().date_time(v.visit_at)} }
                            span { class: "sub", bdi { {centre_name(&catalogue, i18n, &v.centre_id)} } }
                        }
                        p { class: "tags",
                            span { class: "role-tag",
                                {i18n.t(if v.role == Role::Shopper { "review-role-shopper" } else { "review-role-citizen" })} }
                            " "
                            span { class: "score", "data-score": "{v.score_percent.unwrap_or_default()}",
                                {v.score_percent.map(|p| i18n.formats().percent(p)).unwrap_or_else(|| "—".into())} }
                            if v.photo_count > 0 {
                                " · "
                                span { class: "muted", {i18n.count("centre-visits-photos", v.photo_count as usize)} }
                            }
                        }
                    }
                }
            }
            if s.next.is_some() {
                button { class: "button secondary", r#type: "button", "data-action": "more", onclick: more, "{i18n.t(\"review-more\")}" }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_asks_for_approved_visits_newest_first() {
        let q = query("", None);
        assert_eq!(
            (q.status, q.centre_id, q.sort, q.order),
            (Some(ReviewStatus::Approved), None, Some(SortField::Visit), Some(Order::Desc))
        );
        let q = query("cd-al-barsha", Some("next".into()));
        assert_eq!((q.centre_id.as_deref(), q.cursor.as_deref()), (Some("cd-al-barsha"), Some("next")));
    }
}
