//! The trend of a report as an SVG line chart: the combined figure, the
//! customer and the audit index, told apart by line style and marker shape
//! as well as colour, with a table of the same figures for whoever prefers
//! it. Time runs right to left in a right-to-left language.

use crate::i18n::I18n;
use dioxus::prelude::*;
use ms_core::stats::{Granularity, TrendPoint};

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 220.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 34.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 36.0;

/// A period's name: the month as `11/2026`, the week as `W48`, in the language's digits.
pub fn period_label(i18n: I18n, point: &TrendPoint, granularity: Granularity) -> String {
    use chrono::Datelike;
    let f = i18n.formats();
    match granularity {
        Granularity::Month => {
            format!("{}/{}", f.digits(i64::from(point.start.month()), 2), f.digits(i64::from(point.start.year()), 4))
        }
        Granularity::Week => {
            let w = point.start.iso_week();
            i18n.t_args("stats-week", &[("week", f.digits(i64::from(w.week()), 1).into())])
        }
    }
}

struct Series {
    key: &'static str,
    class: &'static str,
    value: fn(&TrendPoint) -> Option<f64>,
}

const SERIES: [Series; 3] = [
    Series { key: "stats-combined", class: "combined", value: |p| p.percent },
    Series { key: "stats-customer", class: "customer", value: |p| p.customer },
    Series { key: "stats-audit", class: "audit", value: |p| p.audit },
];

/// A marker of a different shape for each series.
fn marker(class: &str, x: f64, y: f64) -> Element {
    match class {
        "combined" => rsx! { circle { cx: "{x}", cy: "{y}", r: "4" } },
        "customer" => rsx! { rect { x: "{x - 3.5}", y: "{y - 3.5}", width: "7", height: "7" } },
        _ => rsx! { polygon { points: "{x},{y - 5.0} {x + 5.0},{y + 4.0} {x - 5.0},{y + 4.0}" } },
    }
}

#[component]
pub fn TrendChart(points: Vec<TrendPoint>, granularity: Granularity, i18n: I18n) -> Element {
    let rtl = i18n.dir() == "rtl";
    let n = points.len().max(1);
    let inner = WIDTH - LEFT - RIGHT;
    let step = if n > 1 { inner / (n - 1) as f64 } else { 0.0 };
    // The first period on the left in LTR, on the right in RTL; the axis labels on the reading start.
    let x_of = |i: usize| {
        let x = LEFT + step * i as f64 + if n == 1 { inner / 2.0 } else { 0.0 };
        if rtl {
            WIDTH - x
        } else {
            x
        }
    };
    let axis_x = if rtl { WIDTH - LEFT } else { LEFT };
    let y_of = |p: f64| TOP + (HEIGHT - TOP - BOTTOM) * (1.0 - p / 100.0);
    let f = i18n.formats();
    // Label every period when they fit, else every few.
    let every = n.div_ceil(12);
    let summary = i18n.t("stats-trend-summary");
    rsx! {
        figure { class: "trend",
            svg { view_box: "0 0 {WIDTH} {HEIGHT}", role: "img", "aria-label": "{summary}", class: "trend-chart",
                for tick in [0.0, 25.0, 50.0, 75.0, 100.0] {
                    line { class: "grid", x1: "{LEFT.min(RIGHT)}", x2: "{WIDTH - LEFT.min(RIGHT)}", y1: "{y_of(tick)}", y2: "{y_of(tick)}" }
                    text { class: "axis", x: "{axis_x}", y: "{y_of(tick) + 4.0}",
                        "text-anchor": if rtl { "start" } else { "end" }, dx: if rtl { "6" } else { "-6" },
                        "{f.percent(tick)}"
                    }
                }
                for (i, p) in points.iter().enumerate() {
                    if i % every == 0 {
                        text { class: "axis", x: "{x_of(i)}", y: "{HEIGHT - 12.0}", "text-anchor": "middle",
                            "{period_label(i18n, p, granularity)}"
                        }
                    }
                }
                for s in SERIES.iter() {
                    {
                        // Gaps (periods without evaluations) break the line.
                        let mut d = String::new();
                        let mut pen_down = false;
                        for (i, p) in points.iter().enumerate() {
                            match (s.value)(p) {
                                Some(v) => {
                                    d.push_str(&format!("{}{:.1},{:.1} ", if pen_down { "L" } else { "M" }, x_of(i), y_of(v)));
                                    pen_down = true;
                                }
                                None => pen_down = false,
                            }
                        }
                        let name = i18n.t(s.key);
                        rsx! {
                            g { class: "series {s.class}",
                                path { d: "{d}", fill: "none" }
                                for (i, p) in points.iter().enumerate() {
                                    if let Some(v) = (s.value)(p) {
                                        g { class: "point",
                                            title { "{name} · {period_label(i18n, p, granularity)}: {f.percent(v)}" }
                                            {marker(s.class, x_of(i), y_of(v))}
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            figcaption { class: "legend",
                for s in SERIES.iter() {
                    span { class: "legend-item {s.class}",
                        svg { width: "28", height: "12", view_box: "0 0 28 12", "aria-hidden": "true", class: "series {s.class}",
                            path { d: "M1,6 L27,6", fill: "none" }
                            {marker(s.class, 14.0, 6.0)}
                        }
                        "{i18n.t(s.key)}"
                    }
                }
            }
            details { class: "trend-table",
                summary { "{i18n.t(\"stats-trend-table\")}" }
                table {
                    thead {
                        tr {
                            th { scope: "col", "{i18n.t(\"stats-period\")}" }
                            for s in SERIES.iter() { th { scope: "col", "{i18n.t(s.key)}" } }
                            th { scope: "col", "{i18n.t(\"stats-evaluations\")}" }
                        }
                    }
                    tbody {
                        for p in points.iter() {
                            tr {
                                th { scope: "row", "{period_label(i18n, p, granularity)}" }
                                for s in SERIES.iter() {
                                    td { {(s.value)(p).map(|v| f.percent(v)).unwrap_or_else(|| "—".into())} }
                                }
                                td { "{f.integer(p.count as i64, 1)}" }
                            }
                        }
                    }
                }
            }
        }
    }
}
