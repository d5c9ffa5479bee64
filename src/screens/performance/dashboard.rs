//! The performance dashboard: alerts, the period, the figures of every centre
//! the reviewer sees together, the league table of centres (sortable), exports.

use super::alerts::AlertsBanner;
use super::exports::ExportButtons;
use super::period::{use_stats_period, PeriodPicker};
use super::tabs::ReviewTabs;
use crate::app::{use_i18n, Route};
use crate::components::{PrintPanel, PrintTarget};
use crate::components::{ReadError, Stars};
use crate::i18n::I18n;
use crate::state::use_app;
use dioxus::prelude::*;
use ms_core::stats::{LeagueRow, PerformanceReport};
use ms_core::wire::InboxQuery;
use ms_core::{IndexFigure, StarRating};

/// The two indices and the combined figure, side by side.
#[component]
pub fn IndexCards(rating: StarRating, i18n: I18n) -> Element {
    let f = i18n.formats();
    let figure = |p: Option<f64>| p.map(|p| f.percent(p)).unwrap_or_else(|| "—".into());
    let count = |fig: IndexFigure| i18n.count("stats-evaluation-count", fig.count as usize);
    rsx! {
        div { class: "index-cards",
            div { class: "index-card combined", "data-index": "combined",
                h3 { "{i18n.t(\"stats-combined\")}" }
                p { class: "figure", "{figure(rating.percent)}" }
                Stars { rating, i18n }
            }
            div { class: "index-card", "data-index": "customer",
                h3 { "{i18n.t(\"stats-customer\")}" }
                p { class: "figure", "{figure(rating.customer.percent)}" }
                p { class: "muted", "{count(rating.customer)}" }
            }
            div { class: "index-card", "data-index": "audit",
                h3 { "{i18n.t(\"stats-audit\")}" }
                p { class: "figure", "{figure(rating.audit.percent)}" }
                p { class: "muted", "{count(rating.audit)}" }
            }
        }
    }
}

/// What the league table is ordered by.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Order {
    Rank,
    Centre,
    Customer,
    Audit,
    Count,
}

fn sorted(mut rows: Vec<LeagueRow>, order: Order, ascending: bool, name: impl Fn(&str) -> String) -> Vec<LeagueRow> {
    let key = |r: &LeagueRow| -> f64 {
        let p = |x: Option<f64>| x.unwrap_or(-1.0);
        match order {
            Order::Rank => -(r.rank.map_or(f64::MAX, f64::from)),
            Order::Customer => p(r.rating.customer.percent),
            Order::Audit => p(r.rating.audit.percent),
            Order::Count => f64::from(r.rating.customer.count + r.rating.audit.count),
            Order::Centre => 0.0,
        }
    };
    if order == Order::Centre {
        rows.sort_by_key(|r| name(&r.centre_id));
        if !ascending {
            rows.reverse();
        }
    } else {
        rows.sort_by(|a, b| {
            let c = key(b).total_cmp(&key(a));
            if ascending {
                c.reverse()
            } else {
                c
            }
        });
    }
    rows
}

#[component]
pub fn Dashboard() -> Element {
    let app = use_app();
    let period = use_stats_period();
    let i18n = use_i18n();
    let mut entity = use_signal(String::new);
    let mut overview = use_signal(|| None::<PerformanceReport>);
    let mut rows = use_signal(Vec::<LeagueRow>::new);
    let mut error = use_signal(|| None::<String>);
    let mut order = use_signal(|| Order::Rank);
    let mut ascending = use_signal(|| false);
    // Bumped when the rating configuration changes, to read the figures again.
    let mut configured = use_signal(|| 0u32);
    let admin = app.settings.read().staff_role.is_some_and(|r| r.configures_ratings());
    let chosen_entity = move || Some(entity()).filter(|e| !e.is_empty());
    let query = move || period.read().stats_query(chosen_entity());
    let _load = use_resource(move || async move {
        let _ = configured();
        let q = query();
        let Some(services) = app.services() else { return };
        let (o, l) = (services.api.overview(&q).await, services.api.league(&q).await);
        match (o, l) {
            (Ok(o), Ok(l)) => {
                overview.set(Some(o));
                rows.set(l.rows);
                error.set(None);
            }
            (Err(e), _) | (_, Err(e)) => error.set(Some(i18n.server_error(Some(e.code()), &e.to_string()))),
        }
    });
    let catalogue = app.catalogue.read().clone();
    let name = {
        let catalogue = catalogue.clone();
        move |id: &str| {
            catalogue.centre(id).map(|c| c.name.get(i18n.locale).to_owned()).unwrap_or_else(|| id.to_owned())
        }
    };
    let shown = sorted(rows(), order(), ascending(), name.clone());
    let f = i18n.formats();
    let visible_entities: Vec<_> =
        catalogue.entities.iter().filter(|e| rows.read().iter().any(|r| r.entity_id == e.id)).cloned().collect();
    let export_query = InboxQuery { entity_id: chosen_entity(), ..period.read().export_query() };
    // An entity's posters and report: the one chosen, or the only one the reader sees.
    let print_entity = chosen_entity().or_else(|| match visible_entities.as_slice() {
        [only] => Some(only.id.clone()),
        _ => None,
    });
    rsx! {
        section { class: "dashboard",
            ReviewTabs { current: Route::Dashboard {} }
            h1 { "{i18n.t(\"stats-title\")}" }
            AlertsBanner { i18n }
            div { class: "stats-controls",
                PeriodPicker { i18n }
                if visible_entities.len() > 1 || !entity().is_empty() {
                    label { class: "field",
                        span { "{i18n.t(\"stats-entity\")}" }
                        select { "data-filter": "entity", onchange: move |e| entity.set(e.value()),
                            option { value: "", selected: entity().is_empty(), "{i18n.t(\"review-all\")}" }
                            for e in visible_entities.iter().cloned() {
                                option { value: "{e.id}", selected: entity() == e.id, "{e.name.get(i18n.locale)}" }
                            }
                        }
                    }
                }
            }
            if let Some(e) = error() { ReadError { i18n, reason: e } }
            if let Some(o) = overview() {
                IndexCards { rating: o.rating, i18n }
            }
            h2 { "{i18n.t(\"stats-league\")}" }
            if shown.is_empty() {
                p { class: "empty", "{i18n.t(\"stats-no-centres\")}" }
            } else {
                table { class: "league-table",
                    thead {
                        tr {
                            for (o, key) in [(Order::Rank, "stats-rank"), (Order::Centre, "review-col-centre"), (Order::Customer, "stats-customer"), (Order::Audit, "stats-audit"), (Order::Count, "stats-evaluations")] {
                                th { scope: "col",
                                    "aria-sort": if order() == o { if ascending() { "ascending" } else { "descending" } } else { "none" },
                                    button { class: "sort", r#type: "button", "data-sort": "{key}",
                                        onclick: move |_| {
                                            if order() == o { ascending.toggle(); } else { order.set(o); ascending.set(o == Order::Centre); }
                                        },
                                        "{i18n.t(key)}"
                                        if order() == o { span { "aria-hidden": "true", if ascending() { " ▲" } else { " ▼" } } }
                                    }
                                }
                                if o == Order::Centre {
                                    th { scope: "col", "{i18n.t(\"stats-rating\")}" }
                                }
                            }
                        }
                    }
                    tbody {
                        for r in shown {
                            {
                                let figure = |p: Option<f64>| p.map(|p| f.percent(p)).unwrap_or_else(|| "—".into());
                                let centre = name(&r.centre_id);
                                let count = r.rating.customer.count + r.rating.audit.count;
                                rsx! {
                                    tr { key: "{r.centre_id}", "data-centre": "{r.centre_id}",
                                        td { "data-label": "{i18n.t(\"stats-rank\")}", {r.rank.map(|n| f.integer(i64::from(n), 1)).unwrap_or_else(|| "—".into())} }
                                        td { "data-label": "{i18n.t(\"review-col-centre\")}",
                                            Link { to: Route::CentrePerformance { id: r.centre_id.clone() }, bdi { "{centre}" } }
                                        }
                                        td { "data-label": "{i18n.t(\"stats-rating\")}",
                                            span { class: "cell",
                                                span { class: "combined-figure", {figure(r.rating.percent)} }
                                                " "
                                                Stars { rating: r.rating, i18n }
                                            }
                                        }
                                        td { "data-label": "{i18n.t(\"stats-customer\")}",
                                            span { class: "cell", {figure(r.rating.customer.percent)}
                                                span { class: "muted", " ({f.integer(i64::from(r.rating.customer.count), 1)})" } } }
                                        td { "data-label": "{i18n.t(\"stats-audit\")}",
                                            span { class: "cell", {figure(r.rating.audit.percent)}
                                                span { class: "muted", " ({f.integer(i64::from(r.rating.audit.count), 1)})" } } }
                                        td { "data-label": "{i18n.t(\"stats-evaluations\")}", "{f.integer(i64::from(count), 1)}" }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            ExportButtons { i18n, query: export_query }
            if let Some(entity) = print_entity {
                PrintPanel { i18n, target: PrintTarget::Entity(entity), period: query() }
            }
            if admin {
                super::settings::RatingSettings { i18n, on_saved: move |_| configured += 1 }
            }
        }
    }
}
