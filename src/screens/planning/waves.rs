//! The waves a supervisor may see, newest first, each with its progress: a
//! dense table on a wide screen, cards on a phone.

use super::{dates_text, template_name, wave_status_text, CoverageBar, PlanningNav};
use crate::app::{use_i18n, Route};
use crate::components::ReadError;
use crate::state::use_app;
use dioxus::prelude::*;
use ms_core::planning::api::WaveSummary;
use ms_core::planning::WaveStatus;

/// The waves shown for a status (all of them for none), newest first.
pub fn shown(mut waves: Vec<WaveSummary>, status: Option<WaveStatus>) -> Vec<WaveSummary> {
    waves.retain(|w| status.is_none_or(|s| w.status == s));
    waves.sort_by(|a, b| b.created_at.cmp(&a.created_at).then_with(|| a.name.cmp(&b.name)));
    waves
}

#[component]
pub fn Planning() -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let mut status = use_signal(|| None::<WaveStatus>);
    let waves = use_resource(move || async move {
        let services = app.services()?;
        Some(services.api.waves().await.map_err(|e| super::error_text(i18n, &e)))
    });
    let templates = app.templates.read().clone();
    let f = i18n.formats();
    let loaded = waves.read().clone().flatten();
    rsx! {
        section { class: "planning",
            PlanningNav { current: Route::Planning {}, i18n }
            h1 { "{i18n.t(\"planning-waves\")}" }
            div { class: "choices chips", role: "group", "aria-label": "{i18n.t(\"planning-filter-status\")}",
                button { class: if status().is_none() { "choice on" } else { "choice" }, r#type: "button",
                    "aria-pressed": "{status().is_none()}", "data-wave-status": "all", onclick: move |_| status.set(None),
                    "{i18n.t(\"planning-all\")}" }
                for s in WaveStatus::ALL {
                    button { class: if status() == Some(s) { "choice on" } else { "choice" }, r#type: "button",
                        "aria-pressed": "{status() == Some(s)}", "data-wave-status": s.as_str(), onclick: move |_| status.set(Some(s)),
                        {wave_status_text(i18n, s)} }
                }
            }
            match loaded {
                None => rsx! { div { class: "loading-state", role: "status", "aria-busy": "true", "…" } },
                Some(Err(reason)) => rsx! { ReadError { i18n, reason } },
                Some(Ok(list)) => {
                    let list = shown(list, status());
                    rsx! {
                        if list.is_empty() {
                            p { class: "empty", "{i18n.t(\"planning-no-waves\")}" }
                            Link { class: "button primary", to: Route::NewWave {}, "{i18n.t(\"planning-new-wave\")}" }
                        } else {
                            table { class: "planning-table waves-table",
                                thead { tr {
                                    th { scope: "col", "{i18n.t(\"planning-col-wave\")}" }
                                    th { scope: "col", "{i18n.t(\"planning-col-dates\")}" }
                                    th { scope: "col", "{i18n.t(\"planning-col-status\")}" }
                                    th { scope: "col", "{i18n.t(\"planning-col-progress\")}" }
                                    th { scope: "col", "{i18n.t(\"planning-col-planned\")}" }
                                    th { scope: "col", "{i18n.t(\"planning-col-assigned\")}" }
                                    th { scope: "col", "{i18n.t(\"planning-col-submitted\")}" }
                                    th { scope: "col", "{i18n.t(\"planning-col-gaps\")}" }
                                } }
                                tbody {
                                    for w in list {
                                        {
                                            let c = w.coverage;
                                            let n = |v: u32| f.integer(i64::from(v), 1);
                                            let gaps = c.gaps();
                                            rsx! {
                                                tr { key: "{w.id}", "data-wave": "{w.id}", "data-status": w.status.as_str(),
                                                    td { "data-label": "{i18n.t(\"planning-col-wave\")}",
                                                        span { class: "cell-stack",
                                                            Link { to: Route::WavePage { id: w.id.to_string() }, bdi { "{w.name}" } }
                                                            span { class: "muted", {template_name(i18n, &templates, &w.template_id)} }
                                                        }
                                                    }
                                                    td { "data-label": "{i18n.t(\"planning-col-dates\")}", {dates_text(i18n, w.from, w.to)} }
                                                    td { "data-label": "{i18n.t(\"planning-col-status\")}",
                                                        span { class: "status-tag wave-{w.status.as_str()}", {wave_status_text(i18n, w.status)} } }
                                                    td { "data-label": "{i18n.t(\"planning-col-progress\")}", CoverageBar { coverage: c, i18n } }
                                                    td { "data-label": "{i18n.t(\"planning-col-planned\")}", "{n(c.planned)}" }
                                                    td { "data-label": "{i18n.t(\"planning-col-assigned\")}", "{n(c.assigned)}" }
                                                    td { "data-label": "{i18n.t(\"planning-col-submitted\")}", "{n(c.submitted)}" }
                                                    td { "data-label": "{i18n.t(\"planning-col-gaps\")}", class: if gaps > 0 && w.status == WaveStatus::Published { "gap-cell" } else { "" },
                                                        "{n(gaps)}" }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
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
    use chrono::{NaiveDate, TimeZone, Utc};
    use ms_core::planning::api::Coverage;
    use ms_core::planning::WaveId;

    fn wave(n: u128, name: &str, status: WaveStatus, created_day: u32) -> WaveSummary {
        let at = Utc.with_ymd_and_hms(2027, 1, created_day, 9, 0, 0).single().expect("time");
        WaveSummary {
            id: WaveId(uuid::Uuid::from_u128(n)),
            name: name.into(),
            from: NaiveDate::from_ymd_opt(2027, 2, 1).expect("date"),
            to: NaiveDate::from_ymd_opt(2027, 4, 30).expect("date"),
            template_id: "shopper-customer-journey".into(),
            status,
            entity_ids: vec!["civil-documents".into()],
            created_by: Some("supervisor".into()),
            created_at: at,
            updated_at: at,
            coverage: Coverage::default(),
        }
    }

    #[test]
    fn waves_are_shown_newest_first_and_filtered_by_status() {
        let all = vec![
            wave(1, "Q1", WaveStatus::Closed, 1),
            wave(2, "Q2", WaveStatus::Published, 3),
            wave(3, "Q3", WaveStatus::Draft, 2),
        ];
        let names = |w: Vec<WaveSummary>| w.into_iter().map(|w| w.name).collect::<Vec<_>>();
        assert_eq!(names(shown(all.clone(), None)), ["Q2", "Q3", "Q1"]);
        assert_eq!(names(shown(all.clone(), Some(WaveStatus::Draft))), ["Q3"]);
        assert!(shown(all, Some(WaveStatus::Cancelled)).is_empty());
    }
}
