//! Every evaluation on this device with its state: drafts to resume or delete,
//! uploads waiting, under way (with progress), done, or refused with the
//! server's message and a retry.

use crate::app::{use_i18n, Route};
use crate::components::{use_save_errors, ProgressBar, ReadError, SaveAlert};
use crate::state::use_app;
use dioxus::prelude::*;
use ms_client::{LocalState, SyncState};
use ms_core::Role;

#[component]
pub fn Outbox() -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let sync = use_coroutine_handle::<()>();
    let mut confirm_delete = use_signal(|| None::<ms_core::EvaluationId>);
    let errors = use_save_errors();
    if app.services().is_none() {
        return rsx! {};
    }
    let list = match app.lists.local().read().clone() {
        Ok(list) => list,
        Err(reason) => {
            return rsx! {
                section { class: "outbox",
                    h1 { "{i18n.t(\"outbox-title\")}" }
                    ReadError { i18n, reason }
                }
            }
        }
    };
    let outbox = app.lists.outbox().read().clone();
    let catalogue = app.catalogue.read().clone();
    rsx! {
        section { class: "outbox",
            h1 { "{i18n.t(\"outbox-title\")}" }
            if list.is_empty() && app.lists.moves().read().is_empty() {
                p { class: "empty", "{i18n.t(\"outbox-empty\")}" }
            }
            ul { class: "list",
                for entry in list {
                    {
                        let status = outbox.iter().find(|o| o.evaluation_id == entry.id).cloned();
                        let centre = catalogue.centre(&entry.centre_id).map(|c| c.name.get(i18n.locale).to_owned()).unwrap_or(entry.centre_id.clone());
                        let kind = if entry.role == Role::Shopper { i18n.t("outbox-kind-visit") } else { i18n.t("outbox-kind-rating") };
                        let id = entry.id;
                        let when = i18n.formats().date_time(entry.updated_at);
                        // Kept by the server, but not counted for its planned visit: say why.
                        let not_linked = entry.assignment_link.as_ref().and_then(|l| super::my_visits::not_linked(i18n, l));
                        rsx! {
                            li { class: "card outbox-entry", "data-id": "{id}",
                                div { class: "entry-head",
                                    bdi { class: "name", "{centre}" }
                                    span { class: "sub", "{kind} · {when}" }
                                }
                                if entry.state == LocalState::Draft {
                                    p { class: "state draft", "data-state": "draft", "{i18n.t(\"state-draft\")}" }
                                    div { class: "actions",
                                        if entry.role == Role::Shopper {
                                            Link { class: "button secondary", to: Route::Visit { id: id.to_string() }, "{i18n.t(\"outbox-resume\")}" }
                                        } else if let Some(token) = catalogue.centre(&entry.centre_id).map(|c| c.qr_token.clone()) {
                                            Link { class: "button secondary", to: Route::Rate { token, counter: None }, "{i18n.t(\"outbox-resume\")}" }
                                        }
                                        if confirm_delete() == Some(id) {
                                            span { role: "alert", "{i18n.t(\"outbox-delete-confirm\")}" }
                                            button { class: "button danger", r#type: "button",
                                                onclick: move |_| { let deleted = app.write(|s| s.delete_draft(id)); errors.check(&format!("entry-{id}"), None, deleted); confirm_delete.set(None); },
                                                "{i18n.t(\"outbox-delete-yes\")}" }
                                            button { class: "button secondary", r#type: "button", onclick: move |_| confirm_delete.set(None), "{i18n.t(\"cancel\")}" }
                                        } else {
                                            button { class: "button secondary", r#type: "button", onclick: move |_| confirm_delete.set(Some(id)), "{i18n.t(\"outbox-delete\")}" }
                                        }
                                    }
                                } else if let Some(st) = status {
                                    match st.state.clone() {
                                        SyncState::Uploaded => rsx! {
                                            p { class: "state sent", "data-state": "uploaded", "✓ {i18n.t(\"state-uploaded\")}" }
                                            if let Some(words) = not_linked.clone() {
                                                p { class: "state not-linked", "data-not-linked": "true", "{words}" }
                                            }
                                        },
                                        SyncState::Waiting => rsx! { p { class: "state waiting", "data-state": "waiting", "{i18n.t(\"state-waiting\")}" } },
                                        SyncState::Uploading => rsx! {
                                            p { class: "state uploading", "data-state": "uploading", "{i18n.t(\"state-uploading\")}" }
                                            ProgressBar { fraction: if st.bytes_total > 0 { st.bytes_sent as f64 / st.bytes_total as f64 } else { 0.0 }, label: i18n.t("state-uploading") }
                                        },
                                        SyncState::Failed { message, permanent } => rsx! {
                                            p { class: "state failed", "data-state": if permanent { "refused" } else { "retrying" },
                                                if st.needs_sign_in() { "{i18n.t(\"state-needs-sign-in\")}" }
                                                else if permanent { {i18n.t_args("state-refused", &[("reason", i18n.server_error(st.last_error_code.as_deref(), &message).into())])} }
                                                else { "{i18n.t(\"state-retrying\")}" }
                                            }
                                            button { class: "button secondary", r#type: "button",
                                                onclick: move |_| { let retried = app.write(|s| s.retry(id)); if errors.check(&format!("entry-{id}"), None, retried).is_some() { sync.send(()); } },
                                                "{i18n.t(\"outbox-retry\")}" }
                                        },
                                    }
                                }
                                SaveAlert { errors, place: format!("entry-{id}"), i18n }
                            }
                        }
                    }
                }
            }
            super::actions::PendingMoves { i18n }
        }
    }
}
