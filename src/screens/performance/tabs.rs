//! The reviewer's places: the inbox of evaluations, the performance of
//! centres, the planning of visits, the improvement actions, and for admins
//! the administration.

use crate::app::{use_i18n, Route};
use crate::state::use_app;
use dioxus::prelude::*;

/// The place a route belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Inbox,
    Performance,
    Planning,
    Actions,
    Admin,
}

fn place(route: &Route) -> Place {
    match route {
        Route::Inbox {} | Route::Home {} | Route::ReviewDetail { .. } => Place::Inbox,
        Route::Planning {} | Route::NewWave {} | Route::PlanningShoppers {} | Route::WavePage { .. } => Place::Planning,
        Route::Actions {} | Route::NewAction { .. } | Route::ActionPage { .. } => Place::Actions,
        r if crate::screens::admin_route(r) => Place::Admin,
        _ => Place::Performance,
    }
}

#[component]
pub fn ReviewTabs(current: Route) -> Element {
    let i18n = use_i18n();
    let app = use_app();
    let here = place(&current);
    let admin = app.settings.read().staff_role == Some(ms_core::wire::UserRole::Admin);
    let mut tabs = vec![
        (Place::Inbox, Route::Inbox {}, "review-inbox-title"),
        (Place::Performance, Route::Dashboard {}, "stats-title"),
        (Place::Planning, Route::Planning {}, "planning-title"),
        (Place::Actions, Route::Actions {}, "actions-title"),
    ];
    if admin {
        tabs.push((Place::Admin, Route::AdminChecklists {}, "admin-title"));
    }
    rsx! {
        nav { class: "review-tabs", "aria-label": "{i18n.t(\"review-places\")}",
            for (p, to, key) in tabs {
                Link { to, class: if p == here { "tab on" } else { "tab" },
                    "aria-current": if p == here { "page" } else { "false" }, "{i18n.t(key)}" }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_planning_page_is_under_the_planning_tab() {
        assert_eq!(place(&Route::Inbox {}), Place::Inbox);
        assert_eq!(place(&Route::Dashboard {}), Place::Performance);
        assert_eq!(place(&Route::CentrePerformance { id: "cd-deira".into() }), Place::Performance);
        for r in [Route::Planning {}, Route::NewWave {}, Route::PlanningShoppers {}, Route::WavePage { id: "w".into() }]
        {
            assert_eq!(place(&r), Place::Planning, "{r:?}");
        }
        assert_eq!(place(&Route::Actions {}), Place::Actions);
        assert_eq!(place(&Route::ActionPage { id: "a".into() }), Place::Actions);
        let new = Route::NewAction { centre: Some("cd-deira".into()), evaluation: None, item: None, stage: None };
        assert_eq!(place(&new), Place::Actions);
        assert_eq!(place(&Route::AdminChecklists {}), Place::Admin);
        assert_eq!(place(&Route::AdminCatalogue {}), Place::Admin);
        assert_eq!(place(&Route::AdminAccounts {}), Place::Admin);
        assert_eq!(place(&Route::AdminKiosks {}), Place::Admin);
        assert_eq!(place(&Route::AdminAudit {}), Place::Admin);
    }
}
