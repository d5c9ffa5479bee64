//! A centre's actions on its page: open and overdue now, verified within
//! the period, and the median days to verification.

use crate::app::Route;
use crate::i18n::I18n;
use crate::state::use_app;
use chrono::NaiveDate;
use dioxus::prelude::*;

/// `reviews`: the reader makes actions (a new one from here).
#[component]
pub fn ActionCounts(
    centre: String,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    i18n: I18n,
    reviews: bool,
) -> Element {
    let app = use_app();
    let id = centre.clone();
    let counts = use_resource(use_reactive!(|(id, from, to)| async move {
        let services = app.services()?;
        services
            .api
            .centre_action_counts(&id, from, to)
            .await
            .map_err(|e| tracing::info!(error = %e, "action counts"))
            .ok()
    }));
    let Some(c) = counts.read().clone().flatten() else { return rsx! {} };
    let f = i18n.formats();
    let median = c.median_days_to_verify.map(|d| f.integer(d.round() as i64, 1)).unwrap_or_else(|| "—".into());
    rsx! {
        section { class: "card action-counts", "aria-labelledby": "action-counts-title",
            h2 { id: "action-counts-title", "{i18n.t(\"actions-title\")}" }
            dl { class: "facts",
                dt { "{i18n.t(\"actions-counts-open\")}" }
                dd { "data-count": "open", {f.integer(c.open as i64, 1)} }
                dt { "{i18n.t(\"actions-counts-overdue\")}" }
                dd { "data-count": "overdue", class: if c.overdue > 0 { "warn" } else { "" }, {f.integer(c.overdue as i64, 1)} }
                dt { "{i18n.t(\"actions-counts-verified\")}" }
                dd { "data-count": "verified", {f.integer(c.verified as i64, 1)} }
                dt { "{i18n.t(\"actions-counts-median\")}" }
                dd { "data-count": "median", "{median}" }
            }
            if reviews {
                p { class: "actions",
                    Link { class: "button secondary", to: Route::NewAction { centre: Some(centre.clone()), evaluation: None, item: None, stage: None },
                    "data-action": "new-action", "{i18n.t(\"actions-new\")}" }
                }
            }
        }
    }
}
