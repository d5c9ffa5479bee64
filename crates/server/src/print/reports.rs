//! A centre's or an entity's figures (`core::stats`) as the printed report
//! shows them: names in the reader's language, stages strongest first, the
//! centre's place in the league, comments without contact details.

use super::{without_contact_details, Names};
use ms_core::evaluation::{AnswerValue, Face};
use ms_core::stats::{LeagueRow, PerformanceReport};
use ms_core::{Evaluation, StarRating};
use ms_print::report::{
    CentreLine, CentreReport, Comment, Count, EntityReport, Figure, Happiness, Index, Mood, Place, Summary, TrendPoint,
};

/// Comments a report prints, the newest.
pub const COMMENTS: usize = 6;

pub fn summary(r: &StarRating) -> Summary {
    let index = |i: ms_core::rating::IndexFigure| Index { percent: i.percent, count: u64::from(i.count) };
    Summary {
        stars: r.stars,
        provisional: r.too_few,
        combined: r.percent,
        customer: index(r.customer),
        audit: index(r.audit),
    }
}

fn stages(names: &Names, report: &PerformanceReport) -> Vec<Figure> {
    let mut stages: Vec<Figure> = report
        .stages
        .iter()
        .map(|s| Figure { name: names.stage(&s.stage_id), percent: s.percent, count: s.count })
        .collect();
    stages.sort_by(|a, b| b.percent.total_cmp(&a.percent));
    stages
}

fn items(names: &Names, items: &[ms_core::stats::ItemFigure]) -> Vec<Figure> {
    items.iter().map(|i| Figure { name: names.item(&i.item_id), percent: i.percent, count: i.count }).collect()
}

/// The face a rating gave, if it gave one.
fn mood(e: &Evaluation) -> Option<Mood> {
    e.answers.values().find_map(|a| match a.value {
        Some(AnswerValue::Face(Face::Happy)) => Some(Mood::Happy),
        Some(AnswerValue::Face(Face::Neutral)) => Some(Mood::Neutral),
        Some(AnswerValue::Face(Face::Unhappy)) => Some(Mood::Unhappy),
        _ => None,
    })
}

/// An evaluation's comment as a report prints it, if it has one.
pub fn comment(e: &Evaluation, day: chrono::NaiveDate) -> Option<Comment> {
    let text = e.comment.as_deref().map(str::trim).filter(|c| !c.is_empty())?;
    Some(Comment { date: day, mood: mood(e), text: without_contact_details(text) })
}

/// Where the centre stands among the league's ranked centres.
fn place(league: &[LeagueRow], centre_id: &str) -> Option<Place> {
    let ranked = league.iter().filter(|r| r.rank.is_some()).count() as u32;
    league.iter().find(|r| r.centre_id == centre_id).and_then(|r| r.rank).map(|rank| Place { rank, of: ranked })
}

pub fn centre_report(
    names: &Names,
    (centre_id, entity_id): (&str, &str),
    report: &PerformanceReport,
    league: &[LeagueRow],
    comments: Vec<Comment>,
) -> CentreReport {
    let h = &report.happiness;
    CentreReport {
        lang: names.lang.to_owned(),
        centre: names.centre(centre_id),
        entity: names.entity(entity_id),
        from: report.from,
        to: report.to,
        summary: summary(&report.rating),
        league: place(league, centre_id),
        trend: report
            .trend
            .iter()
            .map(|t| TrendPoint { label: t.period.clone(), combined: t.percent, customer: t.customer, audit: t.audit })
            .collect(),
        stages: stages(names, report),
        strengths: items(names, &report.strongest_items),
        improvements: items(names, &report.weakest_items),
        happiness: Happiness { happy: h.happy, neutral: h.neutral, unhappy: h.unhappy },
        reasons: h.reasons.iter().take(5).map(|r| Count { name: names.reason(&r.reason), count: r.count }).collect(),
        employees: report
            .employees
            .iter()
            .map(|e| Figure { name: e.employee.clone(), percent: e.percent, count: e.count })
            .collect(),
        counters: report
            .counters
            .iter()
            .map(|c| Figure { name: c.label.clone(), percent: c.percent, count: c.ratings })
            .collect(),
        comments,
    }
}

/// An entity's report: its figures together, and each centre's (in the
/// league's order) with its strongest and weakest item.
pub fn entity_report(
    names: &Names,
    entity_id: &str,
    overview: &PerformanceReport,
    league: &[LeagueRow],
    centres: &[(String, PerformanceReport)],
) -> EntityReport {
    let lines = league
        .iter()
        .map(|row| {
            let report = centres.iter().find(|(id, _)| *id == row.centre_id).map(|(_, r)| r);
            let first = |items: Option<&Vec<ms_core::stats::ItemFigure>>| {
                items.and_then(|i| i.first()).map(|i| Figure {
                    name: names.item(&i.item_id),
                    percent: i.percent,
                    count: i.count,
                })
            };
            CentreLine {
                rank: row.rank,
                name: names.centre(&row.centre_id),
                summary: summary(&row.rating),
                strongest: first(report.map(|r| &r.strongest_items)),
                weakest: first(report.map(|r| &r.weakest_items)),
            }
        })
        .collect();
    EntityReport {
        lang: names.lang.to_owned(),
        entity: names.entity(entity_id),
        from: overview.from,
        to: overview.to,
        summary: summary(&overview.rating),
        centres: lines,
    }
}
