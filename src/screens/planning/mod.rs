//! A supervisor's programme planning: the waves of planned visits with their
//! progress, a wave's page (its coverage per centre, its moves, filling it
//! and the scheduler's report, its assignments), the form that plans a
//! wave, and the shoppers' standing.

mod assignments;
mod form;
mod new_wave;
mod report;
mod shoppers;
mod wave;
mod waves;

pub use new_wave::NewWave;
pub use shoppers::PlanningShoppers;
pub use wave::WavePage;
pub use waves::Planning;

use crate::app::Route;
use crate::i18n::I18n;
use chrono::{Datelike, NaiveDate};
use dioxus::prelude::*;
use ms_client::ApiError;
use ms_core::planning::api::Coverage;
use ms_core::planning::{AssignmentStatus, Day, Rule, WaveStatus};
use ms_core::{Catalogue, ChecklistTemplate, ErrorCode, Role};

pub fn wave_status_text(i18n: I18n, s: WaveStatus) -> String {
    i18n.t(&format!("planning-wave-status-{}", s.as_str()))
}

pub fn assignment_status_text(i18n: I18n, s: AssignmentStatus) -> String {
    i18n.t(&format!("planning-status-{}", s.as_str().replace('_', "-")))
}

pub fn day_text(i18n: I18n, d: Day) -> String {
    i18n.t(&format!("planning-day-{}", day_id(d)))
}

fn day_id(d: Day) -> &'static str {
    match d {
        Day::Mon => "mon",
        Day::Tue => "tue",
        Day::Wed => "wed",
        Day::Thu => "thu",
        Day::Fri => "fri",
        Day::Sat => "sat",
        Day::Sun => "sun",
    }
}

pub fn rule_text(i18n: I18n, r: Rule) -> String {
    i18n.t(&format!("planning-rule-name-{}", r.as_str().replace('_', "-")))
}

/// A day written year-month-day in the language's digits: the same order in
/// every language, so that a table of windows reads alike everywhere. Word
/// joiners on each side of the hyphens keep it on one line in a narrow cell.
pub fn date_text(i18n: I18n, d: NaiveDate) -> String {
    let f = i18n.formats();
    format!(
        "{}\u{2060}-\u{2060}{}\u{2060}-\u{2060}{}",
        f.digits(i64::from(d.year()), 4),
        f.digits(i64::from(d.month()), 2),
        f.digits(i64::from(d.day()), 2)
    )
}

/// What separates the items of a list in the language (days, rules).
pub fn list_separator(i18n: I18n) -> &'static str {
    match i18n.locale {
        "ar" | "ur" => "، ",
        "zh" => "、",
        _ => ", ",
    }
}

/// From one day to another, in words.
pub fn dates_text(i18n: I18n, from: NaiveDate, to: NaiveDate) -> String {
    i18n.t_args("planning-dates", &[("from", date_text(i18n, from).into()), ("to", date_text(i18n, to).into())])
}

pub fn centre_name(catalogue: &Catalogue, i18n: I18n, id: &str) -> String {
    catalogue.centre(id).map(|c| c.name.get(i18n.locale).to_owned()).unwrap_or_else(|| id.to_owned())
}

pub fn service_name(catalogue: &Catalogue, i18n: I18n, id: &str) -> String {
    catalogue.service(id).map(|s| s.name.get(i18n.locale).to_owned()).unwrap_or_else(|| id.to_owned())
}

/// The checklists a shopper's visit can be made with, newest version of each.
pub fn shopper_templates(templates: &[ChecklistTemplate]) -> Vec<ChecklistTemplate> {
    let mut out: Vec<ChecklistTemplate> = Vec::new();
    for t in templates.iter().filter(|t| t.audience == Role::Shopper) {
        match out.iter_mut().find(|o| o.id == t.id) {
            Some(o) if o.version < t.version => *o = t.clone(),
            Some(_) => {}
            None => out.push(t.clone()),
        }
    }
    out
}

/// A checklist's title in the reader's language (its own texts, or the app's messages).
pub fn template_name(i18n: I18n, templates: &[ChecklistTemplate], id: &str) -> String {
    let Some(t) = templates.iter().filter(|t| t.id == id).max_by_key(|t| t.version) else { return id.to_owned() };
    match t.text(&t.title, i18n.locale) {
        Some((text, _)) => text.to_owned(),
        None if t.texts.is_empty() => i18n.t(&t.title),
        None => t.title.clone(),
    }
}

/// A server's refusal in the reader's words.
pub fn error_text(i18n: I18n, e: &ApiError) -> String {
    i18n.server_error(Some(e.code()), &e.to_string())
}

/// The rule a refusal names, when the server refused because of one.
pub fn refused_rule(e: &ApiError) -> Option<Rule> {
    let code = ErrorCode::parse(e.code())?;
    Rule::ALL.into_iter().find(|r| r.code() == code)
}

/// How many planned visits have reached each point, as one bar, with the
/// same figures in words for those who do not see it.
#[component]
pub fn CoverageBar(coverage: Coverage, i18n: I18n) -> Element {
    let f = i18n.formats();
    let planned = coverage.planned;
    let share = |n: u32| if planned == 0 { 0.0 } else { f64::from(n) / f64::from(planned) * 100.0 };
    // Stacked from the furthest point: approved, then submitted, started and assigned.
    let parts = [
        ("approved", coverage.approved),
        ("submitted", coverage.submitted.saturating_sub(coverage.approved)),
        ("started", coverage.started.saturating_sub(coverage.submitted)),
        ("assigned", coverage.assigned.saturating_sub(coverage.started)),
    ];
    let n = |v: u32| f.integer(i64::from(v), 1);
    let words = i18n.t_args(
        "planning-progress-detail",
        &[
            ("planned", n(coverage.planned).into()),
            ("assigned", n(coverage.assigned).into()),
            ("started", n(coverage.started).into()),
            ("submitted", n(coverage.submitted).into()),
            ("approved", n(coverage.approved).into()),
        ],
    );
    let headline = i18n.t_args(
        "planning-progress",
        &[("approved", n(coverage.approved).into()), ("planned", n(coverage.planned).into())],
    );
    rsx! {
        div { class: "coverage-bar-wrap",
            div { class: "coverage-bar", role: "img", "aria-label": "{words}", title: "{words}",
                for (class, v) in parts {
                    if v > 0 {
                        span { class: "part {class}", style: "inline-size: {share(v):.2}%" }
                    }
                }
            }
            span { class: "coverage-figure", "{headline}" }
        }
    }
}

/// The planning pages, under the reviewer's tabs.
#[component]
pub fn PlanningNav(current: Route, i18n: I18n) -> Element {
    let here = |r: &Route| std::mem::discriminant(r) == std::mem::discriminant(&current);
    // A wave's page is one of the waves: their link is marked, though it is not this page.
    let within = |r: &Route| matches!((r, &current), (Route::Planning {}, Route::WavePage { .. }));
    let links = [
        (Route::Planning {}, "planning-waves"),
        (Route::NewWave {}, "planning-new-wave"),
        (Route::PlanningShoppers {}, "planning-shoppers"),
    ];
    rsx! {
        crate::screens::ReviewTabs { current: current.clone() }
        nav { class: "planning-nav", "aria-label": "{i18n.t(\"planning-places\")}",
            for (route, key) in links {
                {
                    let (on, current) = if here(&route) { (true, "page") } else if within(&route) { (true, "true") } else { (false, "false") };
                    rsx! {
                        Link { to: route, class: if on { "sub on" } else { "sub" }, "aria-current": current, "{i18n.t(key)}" }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_reads_year_month_day_in_the_chosen_digits() {
        let d = NaiveDate::from_ymd_opt(2027, 1, 5).expect("date");
        let shown = |i18n| date_text(i18n, d).replace('\u{2060}', "");
        assert_eq!(shown(I18n::new("en")), "2027-01-05");
        assert_eq!(shown(I18n::with_digits("ar", true)), "٢٠٢٧-٠١-٠٥");
        assert_eq!(date_text(I18n::new("en"), d).matches('\u{2060}').count(), 4, "no line break inside a day");
        assert_eq!(list_separator(I18n::new("ar")), "، ");
        assert_eq!(list_separator(I18n::new("fr")), ", ");
    }

    #[test]
    fn every_status_day_and_rule_has_words_in_every_language() {
        let _ = crate::i18n::take_missing();
        for locale in crate::i18n::available() {
            let i18n = I18n::new(locale);
            let mut texts = Vec::new();
            texts.extend(WaveStatus::ALL.map(|s| wave_status_text(i18n, s)));
            texts.extend(AssignmentStatus::ALL.map(|s| assignment_status_text(i18n, s)));
            texts.extend(Day::ALL.map(|d| day_text(i18n, d)));
            texts.extend(Rule::ALL.map(|r| rule_text(i18n, r)));
            assert!(texts.iter().all(|t| !t.starts_with("planning-")), "{locale}: {texts:?}");
            let distinct: std::collections::BTreeSet<_> = Day::ALL.map(|d| day_text(i18n, d)).into_iter().collect();
            assert_eq!(distinct.len(), 7, "{locale}: seven different days");
        }
        assert_eq!(crate::i18n::take_missing(), vec![], "fell back to English");
    }

    #[test]
    fn a_rule_refusal_from_the_server_names_its_rule() {
        let refusal = |code: &str| ApiError::Server {
            status: 409,
            code: code.into(),
            message: "lockout: this shopper visited this centre on 2 October 2027".into(),
            field: None,
            retry_after: None,
        };
        assert_eq!(refused_rule(&refusal("lockout")), Some(Rule::Lockout));
        assert_eq!(refused_rule(&refusal("daily_cap")), Some(Rule::DailyCap));
        assert_eq!(refused_rule(&refusal("shopper_inactive")), Some(Rule::Inactive));
        assert_eq!(refused_rule(&refusal("illegal_assignment_move")), None);
        assert_eq!(refused_rule(&ApiError::Timeout), None);
        let words = error_text(I18n::new("en"), &refusal("lockout"));
        assert_eq!(words, I18n::new("en").t("error-lockout"));
    }

    #[test]
    fn only_the_newest_shopper_checklists_are_offered() {
        let mut old = ms_core::builtin::shopper_customer_journey();
        old.version = 0;
        let all = [ms_core::builtin::templates(), vec![old]].concat();
        let offered = shopper_templates(&all);
        assert_eq!(offered.len(), 1);
        assert_eq!(offered[0], ms_core::builtin::shopper_customer_journey());
        let name = template_name(I18n::new("en"), &all, &offered[0].id);
        assert!(!name.is_empty() && name != offered[0].title, "{name}");
    }
}
