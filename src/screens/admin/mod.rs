//! The admins' administration: checklists and the catalogue written in
//! workbooks, uploaded and checked (every problem in words, with its sheet,
//! row and column), previewed as the people who use them will see them,
//! then published or applied; the published checklists' versions, each as
//! a workbook, and what changed between two; the catalogue downloaded.

mod catalogue;
mod checklists;
mod picker;
mod preview;
mod problems;
mod versions;

pub use catalogue::AdminCatalogue;
pub use checklists::AdminChecklists;

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
    let links = [(Route::AdminChecklists {}, "admin-checklists"), (Route::AdminCatalogue {}, "admin-catalogue")];
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
