//! One centre's performance: the two indices and its stars, the trend, each
//! stage, its strengths and weaknesses, how happy citizens were and why not,
//! the employees or desks named, and citizens' ratings by counter.

use super::dashboard::IndexCards;
use super::exports::ExportButtons;
use super::labels;
use super::period::{use_stats_period, PeriodPicker};
use super::tabs::ReviewTabs;
use crate::app::{use_i18n, Route};
use crate::components::{PrintPanel, PrintTarget, ReadError, TrendChart};
use crate::i18n::I18n;
use crate::state::use_app;
use dioxus::prelude::*;
use ms_core::stats::{CounterFigure, Happiness, ItemFigure, PerformanceReport};
use ms_core::wire::InboxQuery;
use ms_core::ChecklistTemplate;

/// A labelled bar with its figure written beside it.
#[component]
fn Bar(label: String, percent: f64, detail: String, i18n: I18n) -> Element {
    let f = i18n.formats();
    rsx! {
        li { class: "bar-row",
            span { class: "bar-label", "{label}" }
            span { class: "bar", "aria-hidden": "true",
                span { class: "bar-fill", style: "inline-size: {percent.clamp(0.0, 100.0):.1}%" }
            }
            span { class: "bar-figure", "{f.percent(percent)}" }
            span { class: "muted bar-detail", "{detail}" }
        }
    }
}

/// `centre`: for weaknesses, the centre a new action from one is for.
#[component]
fn ItemList(
    title: String,
    items: Vec<ItemFigure>,
    templates: Vec<ChecklistTemplate>,
    i18n: I18n,
    class: String,
    #[props(default)] centre: Option<String>,
) -> Element {
    rsx! {
        div { class: "item-list {class}",
            h3 { "{title}" }
            if items.is_empty() {
                p { class: "muted", "{i18n.t(\"stats-too-few-items\")}" }
            } else {
                ol {
                    for it in items {
                        Bar { label: labels::item(i18n, &templates, &it.item_id), percent: it.percent,
                            detail: i18n.count("stats-answer-count", it.count as usize), i18n }
                        if let Some(c) = centre.clone() {
                            li { class: "bar-action",
                                Link { class: "button secondary small", "data-action": "create-action", "data-item": "{it.item_id}",
                                    to: Route::NewAction { centre: Some(c), evaluation: None, item: Some(it.item_id.clone()), stage: None },
                                    "{i18n.t(\"actions-create\")}" }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[component]
fn HappinessShares(h: Happiness, templates: Vec<ChecklistTemplate>, i18n: I18n) -> Element {
    let f = i18n.formats();
    if h.total == 0 {
        return rsx! { p { class: "muted", "{i18n.t(\"stats-no-citizens\")}" } };
    }
    let share = |n: u64| 100.0 * n as f64 / h.total as f64;
    let parts = [
        ("happy", h.happy, "face-happy"),
        ("neutral", h.neutral, "face-neutral"),
        ("unhappy", h.unhappy, "face-unhappy"),
    ];
    rsx! {
        div { class: "happiness",
            div { class: "shares", "aria-hidden": "true",
                for (class, n, _) in parts {
                    if n > 0 { span { class: "share {class}", style: "inline-size: {share(n):.1}%" } }
                }
            }
            ul { class: "share-legend",
                for (class, n, key) in parts {
                    li { class: "{class}", "data-face": class,
                        span { class: "swatch {class}", "aria-hidden": "true" }
                        "{i18n.t(key)}: {f.percent(share(n))} ({f.integer(n as i64, 1)})"
                    }
                }
            }
            if !h.reasons.is_empty() {
                h3 { "{i18n.t(\"stats-reasons\")}" }
                ol { class: "reasons",
                    for r in h.reasons.iter().take(5) {
                        li { "data-reason": "{r.reason}",
                            "{labels::reason(i18n, &templates, &r.reason)} "
                            span { class: "muted", "({f.integer(r.count as i64, 1)})" }
                        }
                    }
                }
            }
        }
    }
}

/// A table of figures by name (an employee, a counter): the name isolated
/// in the first cell, its figures after it.
#[component]
fn FigureTable(class: String, columns: Vec<String>, rows: Vec<(String, Vec<String>)>) -> Element {
    rsx! {
        table { class: "employees-table {class}",
            thead { tr {
                for c in columns { th { scope: "col", "{c}" } }
            } }
            tbody {
                for (name, cells) in rows {
                    tr { key: "{name}", "data-name": "{name}",
                        td { bdi { "{name}" } }
                        for cell in cells { td { "{cell}" } }
                    }
                }
            }
        }
    }
}

/// Citizens' ratings by the counter their link named: how many, and the
/// share of happy faces among them.
fn counter_rows(i18n: I18n, counters: &[CounterFigure]) -> Vec<(String, Vec<String>)> {
    let f = i18n.formats();
    let happy = |c: &CounterFigure| match c.happy + c.neutral + c.unhappy {
        0 => "—".to_owned(),
        faces => f.percent(100.0 * c.happy as f64 / faces as f64),
    };
    counters.iter().map(|c| (c.label.clone(), vec![f.integer(c.ratings as i64, 1), happy(c)])).collect()
}

fn stages_in_order(r: &PerformanceReport, templates: &[ChecklistTemplate]) -> Vec<ms_core::stats::StageFigure> {
    let mut stages = r.stages.clone();
    stages.sort_by_key(|s| labels::stage_position(templates, &s.stage_id));
    stages
}

#[component]
pub fn CentrePerformance(id: String) -> Element {
    let app = use_app();
    let period = use_stats_period();
    let i18n = use_i18n();
    let mut report = use_signal(|| None::<PerformanceReport>);
    let mut error = use_signal(|| None::<String>);
    let centre_id = id.clone();
    let _load = use_resource(move || {
        let centre_id = centre_id.clone();
        async move {
            let q = period.read().stats_query(None);
            let Some(services) = app.services() else { return };
            match services.api.centre_stats(&centre_id, &q).await {
                Ok(r) => {
                    report.set(Some(r));
                    error.set(None);
                }
                Err(e) => error.set(Some(i18n.server_error(Some(e.code()), &e.to_string()))),
            }
        }
    });
    let catalogue = app.catalogue.read().clone();
    let templates = app.templates.read().clone();
    let name = catalogue.centre(&id).map(|c| c.name.get(i18n.locale).to_owned()).unwrap_or(id.clone());
    let f = i18n.formats();
    let export_query = InboxQuery { centre_id: Some(id.clone()), ..period.read().export_query() };
    // A centre's manager reads its figures; exports, printing and new actions are the reviewers'.
    let reviews = app.settings.read().reviews();
    rsx! {
        section { class: "centre-performance",
            if reviews {
                ReviewTabs { current: Route::CentrePerformance { id: id.clone() } }
                Link { class: "back", to: Route::Dashboard {}, "{i18n.t(\"stats-back\")}" }
            } else {
                Link { class: "back", to: Route::Actions {}, "{i18n.t(\"actions-title\")}" }
            }
            h1 { bdi { "{name}" } }
            PeriodPicker { i18n }
            if let Some(e) = error() { ReadError { i18n, reason: e } }
            if let Some(r) = report() {
                IndexCards { rating: r.rating, i18n }
                {
                    let q = period.read().stats_query(None);
                    rsx! { crate::screens::actions::ActionCounts { centre: id.clone(), from: q.from, to: q.to, i18n, reviews } }
                }
                h2 { "{i18n.t(\"stats-trend\")}" }
                TrendChart { points: r.trend.clone(), granularity: r.granularity, i18n }
                div { class: "stats-columns",
                    div {
                        h2 { "{i18n.t(\"stats-stages\")}" }
                        if r.stages.is_empty() {
                            p { class: "muted", "{i18n.t(\"stats-no-evaluations\")}" }
                        } else {
                            ul { class: "bars stage-bars",
                                for s in stages_in_order(&r, &templates) {
                                    Bar { label: labels::stage(i18n, &templates, &s.stage_id), percent: s.percent,
                                        detail: i18n.count("stats-evaluation-count", s.count as usize), i18n }
                                }
                            }
                        }
                    }
                    div {
                        h2 { "{i18n.t(\"stats-happiness\")}" }
                        HappinessShares { h: r.happiness.clone(), templates: templates.clone(), i18n }
                    }
                }
                div { class: "stats-columns",
                    ItemList { title: i18n.t("stats-strengths"), items: r.strongest_items.clone(), templates: templates.clone(), i18n, class: "strengths" }
                    ItemList { title: i18n.t("stats-weaknesses"), items: r.weakest_items.clone(), templates: templates.clone(), i18n, class: "weaknesses", centre: Some(id.clone()).filter(|_| reviews) }
                }
                if !r.counters.is_empty() {
                    h2 { "{i18n.t(\"counters-title\")}" }
                    FigureTable { class: "counters-table", rows: counter_rows(i18n, &r.counters),
                        columns: vec![i18n.t("counters-label"), i18n.t("counters-col-ratings"), i18n.t("counters-col-happy")] }
                }
                h2 { "{i18n.t(\"stats-employees\")}" }
                if r.employees.is_empty() {
                    p { class: "muted", "{i18n.t(\"stats-no-employees\")}" }
                } else {
                    FigureTable { class: "employee-figures", rows: r.employees.iter().map(|e| (e.employee.clone(), vec![f.percent(e.percent), f.integer(e.count as i64, 1)])).collect::<Vec<_>>(),
                        columns: vec![i18n.t("summary-employee"), i18n.t("review-col-score"), i18n.t("stats-evaluations")] }
                }
            }
            if reviews {
                ExportButtons { i18n, query: export_query }
                PrintPanel { i18n, target: PrintTarget::Centre(id.clone()), period: period.read().stats_query(None) }
            }
        }
    }
}
