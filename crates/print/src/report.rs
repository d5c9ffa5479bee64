//! The centre report a centre's director is sent, and the entity report of
//! all its centres together: every figure already computed and every name
//! already in the reader's language; this module adds the document's words.

use crate::words::{right_to_left, Words};
use crate::PrintError;
use chrono::NaiveDate;
use serde::Serialize;

/// One index with the evaluations behind it.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Index {
    pub percent: Option<f64>,
    pub count: u64,
}

/// A centre's (or an entity's) headline figures.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Summary {
    /// 2..=7, none when there is nothing to rate.
    pub stars: Option<u8>,
    /// Too few evaluations for the stars to count.
    pub provisional: bool,
    pub combined: Option<f64>,
    pub customer: Index,
    pub audit: Index,
}

/// A named percentage: a stage, an item, an employee, a counter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    pub name: String,
    pub percent: f64,
    pub count: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendPoint {
    /// The period's label (`2026-11`, `2026-W45`).
    pub label: String,
    pub combined: Option<f64>,
    pub customer: Option<f64>,
    pub audit: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Happiness {
    pub happy: u64,
    pub neutral: u64,
    pub unhappy: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Count {
    pub name: String,
    pub count: u64,
}

/// A citizen's face, on a comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mood {
    Happy,
    Neutral,
    Unhappy,
}

/// A comment as printed: its words and day only, never who wrote it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comment {
    pub date: NaiveDate,
    pub mood: Option<Mood>,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Place {
    pub rank: u32,
    pub of: u32,
}

/// A centre's report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CentreReport {
    pub lang: String,
    pub centre: String,
    pub entity: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub summary: Summary,
    /// Its place among the centres the reader sees, when it has one.
    pub league: Option<Place>,
    pub trend: Vec<TrendPoint>,
    /// Strongest first.
    pub stages: Vec<Figure>,
    pub strengths: Vec<Figure>,
    pub improvements: Vec<Figure>,
    pub happiness: Happiness,
    pub reasons: Vec<Count>,
    pub employees: Vec<Figure>,
    pub counters: Vec<Figure>,
    pub comments: Vec<Comment>,
}

/// One centre's line in an entity's report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CentreLine {
    pub rank: Option<u32>,
    pub name: String,
    pub summary: Summary,
    pub strongest: Option<Figure>,
    pub weakest: Option<Figure>,
}

/// An entity's report: its centres together, then each one's summary.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityReport {
    pub lang: String,
    pub entity: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub summary: Summary,
    /// Best first, centres without figures last.
    pub centres: Vec<CentreLine>,
}

/// The words a report's layout needs, in its language.
#[derive(Serialize)]
struct ReportWords {
    rtl: bool,
    /// The decimal separator.
    decimal: &'static str,
    title: String,
    period: String,
    made: String,
    /// "Page ⟨p⟩ of ⟨n⟩", with U+E000 and U+E001 where the numbers go.
    page: String,
    stars: Option<String>,
    rating_note: Option<String>,
    customer_count: String,
    audit_count: String,
    league: Option<String>,
    #[serde(flatten)]
    plain: std::collections::BTreeMap<&'static str, String>,
}

const PLAIN: [&str; 30] = [
    "report-summary",
    "report-combined",
    "report-customer",
    "report-customer-note",
    "report-audit",
    "report-audit-note",
    "report-trend",
    "report-stages",
    "report-strengths",
    "report-improvements",
    "report-happiness",
    "report-happy",
    "report-neutral",
    "report-unhappy",
    "report-reasons",
    "report-employees",
    "report-counters",
    "report-col-name",
    "report-col-score",
    "report-col-count",
    "report-col-centre",
    "report-col-rank",
    "report-col-stars",
    "report-comments",
    "report-nothing",
    "report-title",
    "report-entity-title",
    "print-rate-your-visit",
    "report-provisional",
    "report-no-rating",
];

fn report_words(
    w: &Words,
    title: &str,
    (from, to): (NaiveDate, NaiveDate),
    today: NaiveDate,
    summary: &Summary,
    league: Option<Place>,
) -> ReportWords {
    let day = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
    let count = |n: u64| w.t_args("report-evaluations", &[("count", n.into())]);
    let nothing = summary.customer.count + summary.audit.count == 0;
    ReportWords {
        rtl: right_to_left(w.lang()),
        decimal: if matches!(w.lang(), "fr" | "es" | "ru" | "uz") { "," } else { "." },
        title: w.t(title),
        period: w.t_args("report-period", &[("from", day(from).into()), ("to", day(to).into())]),
        made: w.t_args("report-made", &[("date", day(today).into())]),
        page: w.t_args("report-page", &[("page", "\u{e000}".into()), ("pages", "\u{e001}".into())]),
        stars: summary.stars.map(|s| w.t_args("report-stars", &[("stars", s.into())])),
        rating_note: if nothing {
            Some(w.t("report-no-rating"))
        } else {
            summary.provisional.then(|| w.t("report-provisional"))
        },
        customer_count: count(summary.customer.count),
        audit_count: count(summary.audit.count),
        league: league.map(|p| w.t_args("report-league", &[("rank", p.rank.into()), ("total", p.of.into())])),
        plain: PLAIN.iter().map(|k| (*k, w.t(k))).collect(),
    }
}

#[derive(Serialize)]
struct Document<'a, T> {
    report: &'a T,
    t: ReportWords,
}

/// A centre's report as PDF.
pub fn centre_report(report: &CentreReport, today: NaiveDate) -> Result<Vec<u8>, PrintError> {
    let w = Words::new(&report.lang)?;
    let t = report_words(&w, "report-title", (report.from, report.to), today, &report.summary, report.league);
    crate::render("/report.typ", &Document { report, t }, today)
}

/// An entity's report as PDF.
pub fn entity_report(report: &EntityReport, today: NaiveDate) -> Result<Vec<u8>, PrintError> {
    let w = Words::new(&report.lang)?;
    let t = report_words(&w, "report-entity-title", (report.from, report.to), today, &report.summary, None);
    let counts: Vec<(String, String)> = report
        .centres
        .iter()
        .map(|c| {
            let n = |i: Index| w.t_args("report-evaluations", &[("count", i.count.into())]);
            (n(c.summary.customer), n(c.summary.audit))
        })
        .collect();
    let stars: Vec<Option<String>> = report
        .centres
        .iter()
        .map(|c| c.summary.stars.map(|s| w.t_args("report-stars", &[("stars", s.into())])))
        .collect();
    #[derive(Serialize)]
    struct EntityDocument<'a> {
        report: &'a EntityReport,
        t: ReportWords,
        counts: Vec<(String, String)>,
        stars: Vec<Option<String>>,
    }
    crate::render("/entity-report.typ", &EntityDocument { report, t, counts, stars }, today)
}
