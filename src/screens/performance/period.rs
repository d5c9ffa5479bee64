//! The period the figures cover: the last 30, 90 or 365 days, or two dates.

use crate::i18n::I18n;
use chrono::{Duration, NaiveDate, Utc};
use dioxus::prelude::*;
use ms_core::wire::{InboxQuery, StatsQuery};

/// The presets, in days.
const PRESETS: [(u32, &str); 3] = [(30, "stats-last-30"), (90, "stats-last-90"), (365, "stats-last-365")];

#[derive(Debug, Clone, PartialEq)]
pub struct StatsPeriod {
    /// A preset; None for the two dates below.
    pub days: Option<u32>,
    pub from: String,
    pub to: String,
}

impl Default for StatsPeriod {
    fn default() -> Self {
        Self { days: Some(365), from: String::new(), to: String::new() }
    }
}

impl StatsPeriod {
    /// The first and the last day, where they are known.
    fn days_between(&self) -> (Option<NaiveDate>, Option<NaiveDate>) {
        let today = Utc::now().date_naive();
        match self.days {
            Some(days) => (Some(today - Duration::days(i64::from(days) - 1)), Some(today)),
            None => (
                NaiveDate::parse_from_str(&self.from, "%Y-%m-%d").ok(),
                NaiveDate::parse_from_str(&self.to, "%Y-%m-%d").ok(),
            ),
        }
    }

    /// The figures over this period (of one entity, when given).
    pub fn stats_query(&self, entity_id: Option<String>) -> StatsQuery {
        let (from, to) = self.days_between();
        StatsQuery { from, to, granularity: None, entity_id }
    }

    /// The exports of this period's evaluations (the inbox's filters).
    pub fn export_query(&self) -> InboxQuery {
        let (from, to) = self.days_between();
        InboxQuery { from, to, ..InboxQuery::default() }
    }
}

/// The period chosen on one performance screen, which the others show too.
#[derive(Clone, Copy)]
struct ChosenPeriod(Signal<StatsPeriod>);

/// The period the performance screens show, kept while the app runs.
pub fn use_stats_period() -> Signal<StatsPeriod> {
    crate::state::use_screen_state(ChosenPeriod, StatsPeriod::default).0
}

#[component]
pub fn PeriodPicker(i18n: I18n) -> Element {
    let mut period = use_stats_period();
    let current = period();
    rsx! {
        div { class: "period-picker", role: "group", "aria-label": "{i18n.t(\"stats-period\")}",
            div { class: "choices chips",
                for (days, key) in PRESETS {
                    button { class: if current.days == Some(days) { "choice on" } else { "choice" }, r#type: "button",
                        "aria-pressed": "{current.days == Some(days)}", "data-days": "{days}",
                        onclick: move |_| period.write().days = Some(days),
                        "{i18n.t(key)}"
                    }
                }
            }
            label { class: "field",
                span { "{i18n.t(\"review-from\")}" }
                input { r#type: "date", "data-period": "from", value: "{current.from}",
                    onchange: move |e| { let mut p = period.write(); p.from = e.value(); p.days = None; } }
            }
            label { class: "field",
                span { "{i18n.t(\"review-to\")}" }
                input { r#type: "date", "data-period": "to", value: "{current.to}",
                    onchange: move |e| { let mut p = period.write(); p.to = e.value(); p.days = None; } }
            }
        }
    }
}
