//! The reviewer's two places: the inbox of evaluations and the performance of centres.

use crate::app::{use_i18n, Route};
use dioxus::prelude::*;

#[component]
pub fn ReviewTabs(current: Route) -> Element {
    let i18n = use_i18n();
    let inbox = matches!(current, Route::Inbox {} | Route::Home {});
    rsx! {
        nav { class: "review-tabs", "aria-label": "{i18n.t(\"review-places\")}",
            Link { to: Route::Inbox {}, class: if inbox { "tab on" } else { "tab" },
                "aria-current": if inbox { "page" } else { "false" }, "{i18n.t(\"review-inbox-title\")}" }
            Link { to: Route::Dashboard {}, class: if inbox { "tab" } else { "tab on" },
                "aria-current": if inbox { "false" } else { "page" }, "{i18n.t(\"stats-title\")}" }
        }
    }
}
