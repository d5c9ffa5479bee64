//! The shoppers as supervisors follow them: their grade and how many visits
//! it averages, the visits they made and missed, those they hold, and the
//! centres they may not visit again yet.

use super::{centre_name, date_text, PlanningNav};
use crate::app::{use_i18n, Route};
use crate::components::ReadError;
use crate::i18n::I18n;
use crate::state::use_app;
use dioxus::prelude::*;
use ms_core::planning::api::ShopperStanding;

/// A grade with one decimal, in the language's digits; "no grade yet" before the first.
pub fn grade_text(i18n: I18n, grade: Option<f64>) -> String {
    match grade {
        Some(g) => {
            let tenths = (g * 10.0).round() as i64;
            let f = i18n.formats();
            let whole = f.integer(tenths / 10, 1);
            let decimal = f.integer(tenths % 10, 1);
            i18n.t_args("planning-grade-value", &[("grade", format!("{whole}{}{decimal}", decimal_mark(i18n)).into())])
        }
        None => i18n.t("planning-no-grade"),
    }
}

/// The decimal separator the language writes (CLDR): a comma in French,
/// Spanish, Russian and Uzbek, the Arabic one with Arabic-Indic digits.
fn decimal_mark(i18n: I18n) -> &'static str {
    match i18n.locale {
        "fr" | "es" | "ru" | "uz" => ",",
        "ar" | "ur" if i18n.native_digits => "٫",
        _ => ".",
    }
}

/// Shoppers by name, with those without an account name last.
pub fn sorted(mut list: Vec<ShopperStanding>) -> Vec<ShopperStanding> {
    list.sort_by(|a, b| {
        a.display_name.to_lowercase().cmp(&b.display_name.to_lowercase()).then(a.username.cmp(&b.username))
    });
    list
}

#[component]
pub fn PlanningShoppers() -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let standing = use_resource(move || async move {
        let services = app.services()?;
        Some(services.api.shoppers().await.map_err(|e| super::error_text(i18n, &e)))
    });
    let catalogue = app.catalogue.read().clone();
    let f = i18n.formats();
    let n = move |v: u32| f.integer(i64::from(v), 1);
    let loaded = standing.read().clone().flatten();
    rsx! {
        section { class: "planning",
            PlanningNav { current: Route::PlanningShoppers {}, i18n }
            h1 { "{i18n.t(\"planning-shoppers\")}" }
            match loaded {
                None => rsx! { div { class: "loading-state", role: "status", "aria-busy": "true", "…" } },
                Some(Err(reason)) => rsx! { ReadError { i18n, reason } },
                Some(Ok(list)) if list.is_empty() => rsx! { p { class: "empty", "{i18n.t(\"planning-no-shoppers\")}" } },
                Some(Ok(list)) => rsx! {
                    table { class: "planning-table shoppers-table",
                        thead { tr {
                            th { scope: "col", "{i18n.t(\"planning-col-shopper\")}" }
                            th { scope: "col", "{i18n.t(\"planning-col-grade\")}" }
                            th { scope: "col", "{i18n.t(\"planning-col-graded\")}" }
                            th { scope: "col", "{i18n.t(\"planning-col-made\")}" }
                            th { scope: "col", "{i18n.t(\"planning-col-missed\")}" }
                            th { scope: "col", "{i18n.t(\"planning-col-held\")}" }
                            th { scope: "col", "{i18n.t(\"planning-col-lockouts\")}" }
                        } }
                        tbody {
                            for s in sorted(list) {
                                tr { key: "{s.username}", "data-shopper": "{s.username}",
                                    td { "data-label": "{i18n.t(\"planning-col-shopper\")}",
                                        span { class: "cell-stack",
                                            strong { bdi { "{s.display_name}" } }
                                            span { class: "muted", bdi { "{s.username}" } }
                                        }
                                    }
                                    td { "data-label": "{i18n.t(\"planning-col-grade\")}", class: if s.grade.is_none() { "muted" } else { "" },
                                        {grade_text(i18n, s.grade)} }
                                    td { "data-label": "{i18n.t(\"planning-col-graded\")}", "{n(s.graded)}" }
                                    td { "data-label": "{i18n.t(\"planning-col-made\")}", "{n(s.visits)}" }
                                    td { "data-label": "{i18n.t(\"planning-col-missed\")}", class: if s.missed > 0 { "warn" } else { "" }, "{n(s.missed)}" }
                                    td { "data-label": "{i18n.t(\"planning-col-held\")}", "{n(s.held)}" }
                                    td { "data-label": "{i18n.t(\"planning-col-lockouts\")}",
                                        if s.lockouts.is_empty() {
                                            span { class: "muted", "{i18n.t(\"planning-no-lockouts\")}" }
                                        } else {
                                            ul { class: "lockouts",
                                                for l in s.lockouts.iter() {
                                                    li { key: "{l.centre_id}",
                                                        {i18n.t_args("planning-lockout-until", &[
                                                            ("centre", centre_name(&catalogue, i18n, &l.centre_id).into()),
                                                            ("until", date_text(i18n, l.until).into()),
                                                        ])}
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                },
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_grade_has_one_decimal_in_the_languages_digits_and_mark() {
        let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(
            plain(grade_text(I18n::new("en"), Some(7.25))),
            plain(I18n::new("en").t_args("planning-grade-value", &[("grade", "7.3".into())]))
        );
        assert!(plain(grade_text(I18n::new("fr"), Some(9.5))).contains("9,5"));
        assert!(plain(grade_text(I18n::with_digits("ar", true), Some(8.0))).contains("٨٫٠"));
        assert!(plain(grade_text(I18n::new("en"), Some(10.0))).contains("10.0"));
        assert_eq!(grade_text(I18n::new("en"), None), I18n::new("en").t("planning-no-grade"));
    }

    #[test]
    fn shoppers_are_listed_by_name() {
        let s = |username: &str, name: &str| ShopperStanding {
            username: username.into(),
            display_name: name.into(),
            grade: None,
            graded: 0,
            visits: 0,
            missed: 0,
            held: 0,
            lockouts: vec![],
        };
        let names: Vec<String> =
            sorted(vec![s("b", "zara"), s("a", "Amal"), s("c", "amal")]).into_iter().map(|s| s.username).collect();
        assert_eq!(names, ["a", "c", "b"]);
    }
}
