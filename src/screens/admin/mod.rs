//! The admins' administration: checklists and the catalogue written in
//! workbooks, uploaded and checked (every problem in words, with its sheet,
//! row and column), previewed as the people who use them will see them,
//! then published or applied; the published checklists' versions, each as
//! a workbook, and what changed between two; the catalogue downloaded.
//! The accounts, the exit kiosks, and the audit log of every administrative act.

mod account_form;
mod accounts;
mod audit;
mod audit_values;
mod catalogue;
mod checklists;
mod kiosks;
mod picker;
mod preview;
mod problems;
mod refusal;
mod secret;
mod versions;

pub use accounts::AdminAccounts;
pub use audit::AdminAudit;
pub use catalogue::AdminCatalogue;
pub use checklists::AdminChecklists;
pub use kiosks::AdminKiosks;

use crate::app::{use_i18n, Route};
use crate::i18n::I18n;
use crate::state::use_app;
use dioxus::prelude::*;
use ms_client::ApiError;
use ms_core::wire::UserRole;

/// A server's refusal in the reader's words.
fn error_text(i18n: I18n, e: &ApiError) -> String {
    i18n.server_error(Some(e.code()), &e.to_string())
}

/// What the server could not answer, in place of the list it would have given.
#[component]
fn ServerReadError(i18n: I18n, reason: String) -> Element {
    rsx! {
        div { class: "error store-read-error", role: "alert",
            p { "{i18n.t(\"admin-read-failed\")}" }
            p { class: "detail", "{reason}" }
        }
    }
}

/// A table's column headings, by their messages.
#[component]
fn TableHead(i18n: I18n, columns: Vec<&'static str>) -> Element {
    rsx! {
        thead { tr {
            for key in columns {
                th { scope: "col", "{i18n.t(key)}" }
            }
        } }
    }
}

/// The confirmation of an act that can't be taken back: what it does, the
/// act (`action` names its button), and keeping things as they are.
#[component]
fn Confirm(
    i18n: I18n,
    text: String,
    action: &'static str,
    label: String,
    danger: bool,
    busy: bool,
    on_confirm: EventHandler<()>,
    on_cancel: EventHandler<()>,
) -> Element {
    rsx! {
        div { class: "confirm card", role: "alertdialog", "aria-labelledby": "{action}-text",
            p { class: "warn", id: "{action}-text", "{text}" }
            div { class: "actions",
                button { class: if danger { "button danger" } else { "button primary" }, r#type: "button", "data-action": action,
                    disabled: busy, onclick: move |_| on_confirm.call(()), "{label}" }
                button { class: "button secondary", r#type: "button", onclick: move |_| on_cancel.call(()),
                    "{i18n.t(\"accounts-keep\")}" }
            }
        }
    }
}

/// The administration's pages, in the order of its sub-navigation.
const PAGES: [(Route, &str); 5] = [
    (Route::AdminChecklists {}, "admin-checklists"),
    (Route::AdminCatalogue {}, "admin-catalogue"),
    (Route::AdminAccounts {}, "accounts-title"),
    (Route::AdminKiosks {}, "kiosks-title"),
    (Route::AdminAudit {}, "audit-title"),
];

/// Whether a route is one of the administration's pages.
pub fn admin_route(route: &Route) -> bool {
    PAGES.iter().any(|(r, _)| std::mem::discriminant(r) == std::mem::discriminant(route))
}

/// The administration's pages under the reviewer's tabs, for admins; a
/// sign to sign in as one for everyone else.
#[component]
fn AdminFrame(current: Route, children: Element) -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let settings = app.settings.read();
    let admin = settings.token.is_some() && settings.staff_role == Some(UserRole::Admin);
    drop(settings);
    let here = |r: &Route| std::mem::discriminant(r) == std::mem::discriminant(&current);
    let links = PAGES;
    rsx! {
        section { class: "admin",
            if admin {
                crate::screens::ReviewTabs { current: current.clone() }
                nav { class: "planning-nav", "aria-label": "{i18n.t(\"admin-places\")}",
                    for (route, key) in links {
                        {
                            let on = here(&route);
                            rsx! {
                                Link { to: route, class: if on { "sub on" } else { "sub" },
                                    "aria-current": if on { "page" } else { "false" }, "{i18n.t(key)}" }
                            }
                        }
                    }
                }
                {children}
            } else {
                h1 { "{i18n.t(\"admin-title\")}" }
                p { class: "notice", role: "alert", "{i18n.t(\"admin-only\")}" }
                Link { class: "button", to: Route::SignIn {}, "{i18n.t(\"admin-sign-in\")}" }
            }
        }
    }
}
