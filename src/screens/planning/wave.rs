//! One wave: its plan and rules, its coverage per centre with the gaps
//! marked, the moves its status allows (publish, edit, close, cancel), the
//! "fill the wave" button with the scheduler's report, its assignments, and
//! their CSV export.

use super::assignments::AssignmentsSection;
use super::new_wave::WaveEditor;
use super::report::FillReportView;
use super::shoppers::grade_text;
use super::{centre_name, dates_text, error_text, template_name, wave_status_text, CoverageBar, PlanningNav};
use crate::app::{use_i18n, Route};
use crate::components::{DownloadState, DownloadStatus, ReadError};
use crate::i18n::I18n;
use crate::state::use_app;
use dioxus::prelude::*;
use ms_client::DownloadProgress;
use ms_core::planning::api::{Coverage, FillReport, WaveDetail};
use ms_core::planning::{WaveId, WaveRules, WaveStatus};
use ms_core::Catalogue;

/// A move a supervisor may make on a wave, waiting for a confirmation where it can't be undone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Move {
    Publish,
    Close,
    Cancel,
}

/// The moves a wave's status allows, in the order the buttons stand.
fn moves(status: WaveStatus) -> Vec<Move> {
    [(Move::Publish, WaveStatus::Published), (Move::Close, WaveStatus::Closed), (Move::Cancel, WaveStatus::Cancelled)]
        .into_iter()
        .filter(|(_, to)| status.may_move_to(*to))
        .map(|(m, _)| m)
        .collect()
}

#[component]
pub fn WavePage(id: String) -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let parsed: Option<WaveId> = id.parse().ok();
    // Bumped after every change, so that the wave and its assignments are read again.
    let mut refresh = use_signal(|| 0u32);
    let mut report = use_signal(|| None::<FillReport>);
    let mut error = use_signal(|| None::<String>);
    let mut notice = use_signal(|| None::<String>);
    let mut busy = use_signal(|| false);
    let mut confirming = use_signal(|| None::<Move>);
    let mut editing = use_signal(|| false);
    // The shoppers, to give visits to and to name them (their held visits change with every move).
    let shoppers = use_resource(move || async move {
        let _ = refresh();
        app.services()?.api.shoppers().await.ok()
    });
    let detail = use_resource(use_reactive!(|parsed| async move {
        let _ = refresh();
        let (Some(id), Some(services)) = (parsed, app.services()) else {
            return Some(Err(i18n.t("planning-wave-missing")));
        };
        Some(services.api.wave(id).await.map_err(|e| error_text(i18n, &e)))
    }));
    let act = move |m: Move| async move {
        let (Some(id), Some(services)) = (parsed, app.services()) else { return };
        confirming.set(None);
        busy.set(true);
        error.set(None);
        notice.set(None);
        let result = match m {
            Move::Publish => services.api.publish_wave(id).await,
            Move::Close => services.api.move_wave(id, WaveStatus::Closed).await,
            Move::Cancel => services.api.move_wave(id, WaveStatus::Cancelled).await,
        };
        busy.set(false);
        match result {
            Ok(d) => {
                notice.set(Some(wave_status_text(i18n, d.summary.status)));
                refresh += 1;
            }
            Err(e) => error.set(Some(error_text(i18n, &e))),
        }
    };
    let fill = move |_| async move {
        let (Some(id), Some(services)) = (parsed, app.services()) else { return };
        busy.set(true);
        error.set(None);
        notice.set(None);
        match services.api.fill_wave(id).await {
            Ok(r) => {
                report.set(Some(r));
                refresh += 1;
            }
            Err(e) => error.set(Some(error_text(i18n, &e))),
        }
        busy.set(false);
    };
    let shown = detail.read().clone().flatten();
    let d = match shown {
        None => return rsx! { section { class: "planning loading-state", role: "status", "aria-busy": "true", "…" } },
        Some(Err(reason)) => {
            return rsx! {
                section { class: "planning",
                    PlanningNav { current: Route::Planning {}, i18n }
                    ReadError { i18n, reason }
                    Link { class: "button", to: Route::Planning {}, "{i18n.t(\"planning-back\")}" }
                }
            }
        }
        Some(Ok(d)) => d,
    };
    let catalogue = app.catalogue.read().clone();
    let templates = app.templates.read().clone();
    let standing = shoppers.read().clone().flatten().unwrap_or_default();
    let s = &d.summary;
    let status = s.status;
    let wave_id = s.id;
    rsx! {
        section { class: "planning wave-page", "data-wave": "{s.id}", "data-status": status.as_str(),
            PlanningNav { current: Route::WavePage { id: id.clone() }, i18n }
            p { Link { class: "back", to: Route::Planning {}, "{i18n.t(\"planning-back\")}" } }
            h1 { bdi { "{s.name}" } " " span { class: "status-tag wave-{status.as_str()}", {wave_status_text(i18n, status)} } }
            dl { class: "facts",
                dt { "{i18n.t(\"planning-col-dates\")}" }
                dd { {dates_text(i18n, s.from, s.to)} }
                dt { "{i18n.t(\"planning-field-template\")}" }
                dd { {template_name(i18n, &templates, &s.template_id)} }
                if let Some(by) = s.created_by.clone() {
                    dt { "{i18n.t(\"planning-created-by\")}" }
                    dd { bdi { "{by}" } }
                }
                dt { "{i18n.t(\"planning-col-progress\")}" }
                dd { CoverageBar { coverage: s.coverage, i18n } }
            }
            RulesFacts { rules: d.plan.rules.clone(), i18n }
            if let Some(e) = error() { p { class: "error", role: "alert", "{e}" } }
            if let Some(n) = notice() { p { class: "ok", role: "status", "data-wave-moved": "true", "{n}" } }
            div { class: "wave-actions",
                if status == WaveStatus::Published {
                    button { class: "button primary", r#type: "button", "data-action": "fill", disabled: busy(), onclick: fill,
                        if busy() { "{i18n.t(\"planning-filling\")}" } else { "{i18n.t(\"planning-fill\")}" } }
                }
                if status.editable() {
                    button { class: "button secondary", r#type: "button", "data-action": "edit", "aria-expanded": "{editing()}",
                        onclick: move |_| editing.toggle(), "{i18n.t(\"planning-edit\")}" }
                }
                for m in moves(status) {
                    {
                        let (key, class, action) = match m {
                            Move::Publish => ("planning-publish", "button primary", "publish"),
                            Move::Close => ("planning-close", "button secondary", "close"),
                            Move::Cancel => ("planning-cancel-wave", "button danger", "cancel-wave"),
                        };
                        rsx! {
                            button { class, r#type: "button", "data-action": action, disabled: busy(),
                                onclick: move |_| if m == Move::Publish { spawn(act(m)); } else { confirming.set(Some(m)); },
                                {i18n.t(key)} }
                        }
                    }
                }
            }
            if status == WaveStatus::Published {
                p { class: "help", "{i18n.t(\"planning-fill-help\")}" }
            } else if status == WaveStatus::Draft {
                p { class: "help", "{i18n.t(\"planning-publish-help\")}" }
            }
            if let Some(m) = confirming() {
                div { class: "confirm card", role: "alertdialog", "aria-labelledby": "wave-confirm-text",
                    p { class: "warn", id: "wave-confirm-text",
                        {i18n.t(if m == Move::Close { "planning-confirm-close" } else { "planning-confirm-cancel" })} }
                    div { class: "actions",
                        button { class: "button danger", r#type: "button", "data-action": "confirm-move", onclick: move |_| act(m),
                            "{i18n.t(\"planning-confirm\")}" }
                        button { class: "button secondary", r#type: "button", onclick: move |_| confirming.set(None), "{i18n.t(\"planning-keep\")}" }
                    }
                }
            }
            if editing() && status.editable() {
                section { class: "card edit-wave", "aria-labelledby": "edit-wave-title",
                    h2 { id: "edit-wave-title", "{i18n.t(\"planning-edit-title\")}" }
                    WaveEditor { editing: Some(wave_id), initial: Some(d.plan.clone()),
                        on_saved: move |_| { editing.set(false); notice.set(Some(i18n.t("planning-saved"))); refresh += 1; } }
                }
            }
            if let Some(r) = report() {
                FillReportView { report: r, catalogue: catalogue.clone(), shoppers: standing.clone(), i18n }
            }
            CoverageTable { detail: d.clone(), catalogue: catalogue.clone(), i18n }
            if status != WaveStatus::Draft {
                AssignmentsSection { key: "{wave_id}", wave: d.clone(), shoppers: standing.clone(), refresh, i18n }
                AssignmentsExport { wave_id, i18n }
            }
        }
    }
}

/// The wave's rules, in words.
#[component]
fn RulesFacts(rules: WaveRules, i18n: I18n) -> Element {
    let f = i18n.formats();
    let n = |v: u32| f.integer(i64::from(v), 1);
    let days = |v: u32| if v == 0 { i18n.t("planning-rule-off") } else { n(v) };
    rsx! {
        details { class: "rules-facts",
            summary { "{i18n.t(\"planning-rules\")}" }
            dl { class: "facts",
                dt { "{i18n.t(\"planning-rule-lockout-days\")}" }
                dd { "data-rule": "lockout_days", {days(rules.lockout_days)} }
                dt { "{i18n.t(\"planning-rule-max-per-day\")}" }
                dd { {n(rules.max_per_shopper_per_day)} }
                dt { "{i18n.t(\"planning-rule-max-per-shopper\")}" }
                dd { {n(rules.max_per_shopper)} }
                dt { "{i18n.t(\"planning-rule-max-held\")}" }
                dd { {n(rules.max_held)} }
                dt { "{i18n.t(\"planning-rule-spacing-days\")}" }
                dd { {days(rules.spacing_days)} }
                dt { "{i18n.t(\"planning-rule-min-grade\")}" }
                dd { {match rules.min_grade { Some(g) => grade_text(i18n, Some(g)), None => i18n.t("planning-rule-none") }} }
            }
        }
    }
}

/// One figure of a coverage.
type Figure = fn(&Coverage) -> u32;

/// The columns of the coverage table: the message heading each and the figure it shows.
const COVERAGE_COLUMNS: [(&str, Figure); 8] = [
    ("planning-col-planned", |c| c.planned),
    ("planning-col-assigned", |c| c.assigned),
    ("planning-col-started", |c| c.started),
    ("planning-col-submitted", |c| c.submitted),
    ("planning-col-approved", |c| c.approved),
    ("planning-col-open", |c| c.open),
    ("planning-col-expired", |c| c.expired),
    ("planning-col-cancelled", |c| c.cancelled),
];

/// How far each centre's visits have come, with the whole wave below; a
/// centre with visits nobody holds or made is marked, in words too.
#[component]
pub fn CoverageTable(detail: WaveDetail, catalogue: Catalogue, i18n: I18n) -> Element {
    let f = i18n.formats();
    let n = |v: u32| f.integer(i64::from(v), 1);
    // A draft has nothing to hold yet: its planned visits are no gaps.
    let published = detail.summary.status != WaveStatus::Draft;
    let planned_in_plan =
        |centre: &str| -> u32 { detail.plan.visits.iter().filter(|v| v.centre_id == centre).map(|v| v.count).sum() };
    let total = detail.summary.coverage;
    rsx! {
        section { class: "coverage", "aria-labelledby": "coverage-title",
            h2 { id: "coverage-title", "{i18n.t(\"planning-coverage\")}" }
            table { class: "planning-table coverage-table",
                thead { tr {
                    th { scope: "col", "{i18n.t(\"planning-col-centre\")}" }
                    for (key, _) in COVERAGE_COLUMNS {
                        th { scope: "col", {i18n.t(key)} }
                    }
                    th { scope: "col", "{i18n.t(\"planning-col-gaps\")}" }
                } }
                tbody {
                    for line in detail.centres.iter() {
                        {
                            let mut c = line.coverage;
                            if !published {
                                c.planned = c.planned.max(planned_in_plan(&line.centre_id));
                            }
                            let gaps = if published { c.gaps() } else { 0 };
                            let name = centre_name(&catalogue, i18n, &line.centre_id);
                            rsx! {
                                tr { key: "{line.centre_id}", "data-centre": "{line.centre_id}", "data-gaps": "{gaps}",
                                    class: if gaps > 0 { "gap" } else { "" },
                                    th { scope: "row", "data-label": "{i18n.t(\"planning-col-centre\")}", bdi { "{name}" } }
                                    for (key, figure) in COVERAGE_COLUMNS {
                                        td { "data-label": "{i18n.t(key)}", "data-figure": "{key}", {n(figure(&c))} }
                                    }
                                    td { "data-label": "{i18n.t(\"planning-col-gaps\")}", class: if gaps > 0 { "gap-cell" } else { "" },
                                        if gaps > 0 {
                                            span { class: "gap-mark", "aria-hidden": "true", "! " }
                                            {i18n.count("planning-gaps", gaps as usize)}
                                        } else {
                                            "{n(0)}"
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                tfoot {
                    tr { "data-centre": "total",
                        th { scope: "row", "data-label": "{i18n.t(\"planning-col-centre\")}", "{i18n.t(\"planning-total\")}" }
                        for (key, figure) in COVERAGE_COLUMNS {
                            td { "data-label": "{i18n.t(key)}", {n(figure(&total))} }
                        }
                        td { "data-label": "{i18n.t(\"planning-col-gaps\")}", {n(if published { total.gaps() } else { 0 })} }
                    }
                }
            }
        }
    }
}

/// The wave's assignments as a CSV file, downloaded with its progress and
/// handed to the browser's downloads (or saved in the Downloads folder).
#[component]
fn AssignmentsExport(wave_id: WaveId, i18n: I18n) -> Element {
    let app = use_app();
    let mut state = use_signal(|| DownloadState::Idle);
    let run = move |_| async move {
        let Some(services) = app.services() else { return };
        state.set(DownloadState::Running(DownloadProgress::default()));
        let result = services.api.assignments_csv(Some(wave_id), |p| state.set(DownloadState::Running(p))).await;
        state.set(DownloadState::saved(i18n, result));
    };
    rsx! {
        section { class: "exports", "aria-labelledby": "assignments-export-title",
            h2 { id: "assignments-export-title", "{i18n.t(\"planning-export-title\")}" }
            button { class: "button secondary", r#type: "button", "data-export": "assignments.csv",
                disabled: state().running(), onclick: run, "{i18n.t(\"planning-export\")}" }
            DownloadStatus { i18n, state: state() }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, Utc};
    use ms_core::planning::api::{CentreCoverage, WaveSummary};
    use ms_core::planning::{PlannedVisit, WavePlan};

    #[test]
    fn each_status_offers_the_moves_core_allows() {
        assert_eq!(moves(WaveStatus::Draft), vec![Move::Publish, Move::Cancel]);
        assert_eq!(moves(WaveStatus::Published), vec![Move::Close, Move::Cancel]);
        assert!(moves(WaveStatus::Closed).is_empty());
        assert!(moves(WaveStatus::Cancelled).is_empty());
    }

    fn detail(status: WaveStatus, centres: Vec<CentreCoverage>) -> WaveDetail {
        let day = |d| NaiveDate::from_ymd_opt(2027, 1, d).expect("date");
        let visit = |centre: &str, count| PlannedVisit {
            centre_id: centre.into(),
            service_id: None,
            count,
            scenario: "Ask.".into(),
            days: vec![],
            hours: None,
        };
        let plan = WavePlan {
            name: "H1".into(),
            from: day(1),
            to: day(31),
            template_id: "shopper-customer-journey".into(),
            rules: WaveRules::default(),
            visits: vec![visit("deira", 3), visit("barsha", 2)],
        };
        let mut total = Coverage::default();
        for c in &centres {
            total.planned += c.coverage.planned;
            total.open += c.coverage.open;
            total.assigned += c.coverage.assigned;
        }
        WaveDetail {
            summary: WaveSummary {
                id: WaveId(uuid::Uuid::from_u128(9)),
                name: "H1".into(),
                from: day(1),
                to: day(31),
                template_id: "shopper-customer-journey".into(),
                status,
                entity_ids: vec![],
                created_by: None,
                created_at: Utc::now(),
                updated_at: Utc::now(),
                coverage: total,
            },
            plan,
            centres,
        }
    }

    fn line(centre: &str, planned: u32, open: u32) -> CentreCoverage {
        CentreCoverage {
            centre_id: centre.into(),
            coverage: Coverage { planned, open, assigned: planned - open, ..Coverage::default() },
        }
    }

    #[test]
    fn a_centre_with_visits_nobody_holds_is_marked_as_a_gap_in_words() {
        let i18n = I18n::new("en");
        let d = detail(WaveStatus::Published, vec![line("deira", 3, 2), line("barsha", 2, 0)]);
        let html =
            dioxus_ssr::render_element(rsx! { CoverageTable { detail: d, catalogue: Catalogue::default(), i18n } });
        let plain = html.replace(['\u{2068}', '\u{2069}'], "");
        assert!(plain.contains("data-centre=\"deira\" data-gaps=\"2\" class=\"gap\""), "{plain}");
        assert!(plain.contains("data-centre=\"barsha\" data-gaps=\"0\""), "{plain}");
        assert!(plain.contains(&i18n.count("planning-gaps", 2).replace(['\u{2068}', '\u{2069}'], "")), "{plain}");
        assert!(plain.contains("<th scope=\"row\""), "each row is named by its centre: {plain}");
    }

    #[test]
    fn a_drafts_planned_visits_are_shown_and_are_no_gaps() {
        let i18n = I18n::new("en");
        let d = detail(WaveStatus::Draft, vec![line("deira", 0, 0), line("barsha", 0, 0)]);
        let html =
            dioxus_ssr::render_element(rsx! { CoverageTable { detail: d, catalogue: Catalogue::default(), i18n } });
        assert!(html.contains("data-centre=\"deira\" data-gaps=\"0\""), "{html}");
        assert!(html.contains("data-figure=\"planning-col-planned\">3<"), "the plan's three visits: {html}");
        assert!(!html.contains("class=\"gap\""), "{html}");
    }
}
