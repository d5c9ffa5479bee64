//! The audit log: every administrative act, newest first, filtered as the
//! API filters it (who acted, what was done, from and to which day), paged
//! as the API pages it (older entries from the last one shown), each with
//! who, when, what and its values before and after; and the entries the
//! filters keep downloaded as a CSV file.

use super::audit_values::{shown, AuditValues};
use super::{error_text, AdminFrame, ServerReadError, TableHead};
use crate::app::{use_i18n, Route};
use crate::components::{DownloadState, DownloadStatus};
use crate::i18n::I18n;
use crate::state::use_app;
use dioxus::prelude::*;
use ms_client::api::admin::AccountQuery;
use ms_client::DownloadProgress;
use ms_core::audit::{AuditAction, AuditQuery};

/// Entries in a page.
const PAGE: u32 = 50;

pub fn action_text(i18n: I18n, a: AuditAction) -> String {
    i18n.t(&format!("audit-action-{}", a.as_str().replace('_', "-")))
}

/// A date input's value: a day, or none when empty or unreadable.
fn day(value: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d").ok()
}

#[component]
pub fn AdminAudit() -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let mut filters = use_signal(AuditQuery::default);
    // The `before` of each page after the first, as the pages were turned.
    let mut pages = use_signal(Vec::<i64>::new);
    let mut download = use_signal(|| DownloadState::Idle);
    let log = use_resource(move || async move {
        let query = AuditQuery { before: pages.read().last().copied(), limit: Some(PAGE), ..filters() };
        let services = app.services()?;
        Some(services.api.audit(&query).await.map_err(|e| error_text(i18n, &e)))
    });
    // The accounts, to choose whose acts to show.
    let accounts = use_resource(move || async move {
        let services = app.services()?;
        services.api.accounts(&AccountQuery::default()).await.ok()
    });
    let mut filter = move |change: &dyn Fn(&mut AuditQuery)| {
        change(&mut filters.write());
        pages.set(Vec::new());
        download.set(DownloadState::Idle);
    };
    let save_csv = move |_| async move {
        let Some(services) = app.services() else { return };
        download.set(DownloadState::Running(DownloadProgress::default()));
        let result = services.api.audit_csv(&filters(), |p| download.set(DownloadState::Running(p))).await;
        download.set(DownloadState::saved(i18n, result));
    };
    let catalogue = app.catalogue.read().clone();
    let actors = accounts.read().clone().flatten().unwrap_or_default();
    let chosen = filters();
    let page_number = pages.read().len() + 1;
    let loaded = log.read().clone().flatten();
    let f = i18n.formats();
    let col = |key: &str| i18n.t(key);
    rsx! {
        AdminFrame { current: Route::AdminAudit {},
            h1 { "{i18n.t(\"audit-title\")}" }
            p { class: "muted", "{i18n.t(\"audit-intro\")}" }
            div { class: "filters audit-filters", role: "group", "aria-label": "{i18n.t(\"audit-filters\")}",
                div { class: "field",
                    label { r#for: "audit-actor", "{i18n.t(\"audit-col-who\")}" }
                    select { id: "audit-actor", name: "actor",
                        onchange: move |e| { let v = e.value(); filter(&|q| q.actor = (!v.is_empty()).then(|| v.clone())); },
                        option { value: "", selected: chosen.actor.is_none(), "{i18n.t(\"audit-anyone\")}" }
                        for a in actors.iter() {
                            option { value: "{a.username}", selected: chosen.actor.as_deref() == Some(a.username.as_str()),
                                "{a.display_name} ({a.username})" }
                        }
                    }
                }
                div { class: "field",
                    label { r#for: "audit-action", "{i18n.t(\"audit-col-what\")}" }
                    select { id: "audit-action", name: "action",
                        onchange: move |e| { let v = e.value(); filter(&|q| q.action = AuditAction::parse(&v)); },
                        option { value: "", selected: chosen.action.is_none(), "{i18n.t(\"audit-any-action\")}" }
                        for a in AuditAction::ALL {
                            option { value: "{a.as_str()}", selected: chosen.action == Some(a), {action_text(i18n, a)} }
                        }
                    }
                }
                div { class: "field",
                    label { r#for: "audit-from", "{i18n.t(\"audit-from\")}" }
                    input { id: "audit-from", r#type: "date", name: "from",
                        value: chosen.from.map(|d| d.to_string()).unwrap_or_default(),
                        onchange: move |e| { let v = e.value(); filter(&|q| q.from = day(&v)); } }
                }
                div { class: "field",
                    label { r#for: "audit-to", "{i18n.t(\"audit-to\")}" }
                    input { id: "audit-to", r#type: "date", name: "to",
                        value: chosen.to.map(|d| d.to_string()).unwrap_or_default(),
                        onchange: move |e| { let v = e.value(); filter(&|q| q.to = day(&v)); } }
                }
            }
            section { class: "exports", "aria-labelledby": "audit-export-title",
                h2 { id: "audit-export-title", class: "visually-hidden", "{i18n.t(\"audit-download\")}" }
                button { class: "button secondary", r#type: "button", "data-export": "audit.csv",
                    disabled: download().running(), onclick: save_csv, "{i18n.t(\"audit-download\")}" }
                DownloadStatus { i18n, state: download() }
            }
            match loaded {
                None => rsx! { div { class: "loading-state", role: "status", "aria-busy": "true", "…" } },
                Some(Err(reason)) => rsx! { ServerReadError { i18n, reason } },
                Some(Ok(page)) => {
                    let older = page.next_cursor;
                    rsx! {
                        if page.items.is_empty() {
                            p { class: "empty", "{i18n.t(\"audit-none\")}" }
                        } else {
                            table { class: "planning-table audit-table", "aria-label": "{i18n.t(\"audit-title\")}",
                                TableHead { i18n, columns: vec!["audit-col-when", "audit-col-who", "audit-col-what", "audit-col-subject", "audit-col-values"] }
                                tbody {
                                    for e in page.items.iter() {
                                        tr { key: "{e.id}", "data-audit": "{e.id}", "data-audit-action": "{e.action.as_str()}",
                                            td { "data-label": "{col(\"audit-col-when\")}", {f.date_time(e.at)} }
                                            td { "data-label": "{col(\"audit-col-who\")}",
                                                match e.actor.as_deref() {
                                                    Some(actor) => rsx! { bdi { dir: "ltr", "{actor}" } },
                                                    None => rsx! { span { class: "muted", "{i18n.t(\"audit-command-line\")}" } },
                                                }
                                            }
                                            td { "data-label": "{col(\"audit-col-what\")}", {action_text(i18n, e.action)} }
                                            td { "data-label": "{col(\"audit-col-subject\")}", bdi { "{e.subject}" } }
                                            td { class: "audit-values-cell", "data-label": "{col(\"audit-col-values\")}",
                                                AuditValues { i18n, shown: shown(i18n, &catalogue, e.before.as_ref(), e.after.as_ref()) }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                        nav { class: "pager", "aria-label": "{i18n.t(\"audit-pages\")}",
                            button { class: "button secondary", r#type: "button", "data-action": "newer",
                                disabled: page_number == 1, onclick: move |_| { pages.write().pop(); },
                                "{i18n.t(\"audit-newer\")}" }
                            span { class: "muted", "data-page": "{page_number}",
                                {i18n.t_args("audit-page", &[("page", f.integer(page_number as i64, 1).into())])} }
                            button { class: "button secondary", r#type: "button", "data-action": "older",
                                disabled: older.is_none(),
                                onclick: move |_| if let Some(next) = older { pages.write().push(next) },
                                "{i18n.t(\"audit-older\")}" }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_words_in_every_language() {
        let _ = crate::i18n::take_missing();
        for locale in crate::i18n::available() {
            let words: std::collections::BTreeSet<String> =
                AuditAction::ALL.iter().map(|a| action_text(I18n::new(locale), *a)).collect();
            assert_eq!(words.len(), AuditAction::ALL.len(), "{locale}: each action its own words");
        }
        assert_eq!(crate::i18n::take_missing(), vec![], "fell back to English");
    }

    #[test]
    fn a_date_input_gives_a_day_or_none() {
        assert_eq!(day("2026-12-04"), chrono::NaiveDate::from_ymd_opt(2026, 12, 4));
        assert_eq!(day(""), None);
    }
}
