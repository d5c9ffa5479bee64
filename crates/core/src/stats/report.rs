//! From the sums of facts over a period to the figures a supervisor reads:
//! star rating, stages, strongest and weakest items, happiness, trend,
//! employees, counters; and the league table of centres.

use super::facts::{split_counter_face_key, FactKind};
use super::period::{Granularity, Period};
use crate::rating::{IndexFigure, RatingConfig, StarRating};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Items answered fewer times than this are not ranked strongest or weakest.
pub const MIN_ITEM_ANSWERS: u64 = 3;
/// How many items each of the strongest and weakest lists holds.
const RANKED_ITEMS: usize = 5;
/// Most employees listed, the most evaluated first.
const MAX_EMPLOYEES: usize = 100;
/// Most counters listed, the most rated first.
const MAX_COUNTERS: usize = 100;

/// The sum of the values of some facts and how many there were.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Sums {
    pub total: f64,
    pub count: u64,
}

impl Sums {
    pub fn add(&mut self, other: Sums) {
        self.total += other.total;
        self.count += other.count;
    }

    pub fn mean(&self) -> Option<f64> {
        (self.count > 0).then(|| (self.total / self.count as f64).clamp(0.0, 100.0))
    }

    fn index(&self) -> IndexFigure {
        IndexFigure { percent: self.mean(), count: u32::try_from(self.count).unwrap_or(u32::MAX) }
    }
}

/// Sums over the whole period, by kind and key.
pub type TotalSums = Vec<(FactKind, String, Sums)>;
/// Sums of the two indices (customer, audit) by visit day.
pub type DailySums = Vec<(NaiveDate, FactKind, Sums)>;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StageFigure {
    pub stage_id: String,
    pub percent: f64,
    /// Evaluations that scored the stage.
    pub count: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ItemFigure {
    pub item_id: String,
    pub percent: f64,
    pub count: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReasonCount {
    pub reason: String,
    pub count: u64,
}

/// Citizens' faces, as counts (the shares are each over `total`), and the
/// reasons given by those who were not happy, the most given first.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Happiness {
    pub happy: u64,
    pub neutral: u64,
    pub unhappy: u64,
    pub total: u64,
    pub reasons: Vec<ReasonCount>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TrendPoint {
    /// `2026-W48` or `2026-11`.
    pub period: String,
    /// The period's first day.
    pub start: NaiveDate,
    /// Combined figure; None when the period had no evaluation.
    pub percent: Option<f64>,
    pub customer: Option<f64>,
    pub audit: Option<f64>,
    pub count: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EmployeeFigure {
    /// The name or desk as normalised (trimmed, case folded).
    pub employee: String,
    pub percent: f64,
    pub count: u64,
}

/// Citizens' ratings made at one counter or touchpoint (the `?counter=` of
/// the link they rated through).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CounterFigure {
    /// The counter's label, as the link gave it.
    pub label: String,
    /// Ratings made there that count in the customer index.
    pub ratings: u64,
    pub happy: u64,
    pub neutral: u64,
    pub unhappy: u64,
    /// Their mean score, as the customer index computes it.
    pub percent: f64,
}

/// A centre's, an entity's or every centre's figures over a period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PerformanceReport {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub centre_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub granularity: Granularity,
    pub rating: StarRating,
    pub stages: Vec<StageFigure>,
    pub happiness: Happiness,
    /// The five items with the lowest mean score (at least three answers each), lowest first.
    pub weakest_items: Vec<ItemFigure>,
    /// The five with the highest, highest first; none of them among the weakest.
    pub strongest_items: Vec<ItemFigure>,
    pub trend: Vec<TrendPoint>,
    pub employees: Vec<EmployeeFigure>,
    /// Citizens' ratings by the counter they were made at, the most rated
    /// first; ratings without a counter are in no row.
    #[serde(default)]
    pub counters: Vec<CounterFigure>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LeagueRow {
    /// 1 for the highest combined figure; equal figures share a rank; None
    /// for a centre without evaluations in the period.
    pub rank: Option<u32>,
    pub centre_id: String,
    pub entity_id: String,
    pub rating: StarRating,
}

fn sums_of(totals: &TotalSums, kind: FactKind) -> impl Iterator<Item = (&str, Sums)> {
    totals.iter().filter(move |(k, _, _)| *k == kind).map(|(_, key, s)| (key.as_str(), *s))
}

fn total_of(totals: &TotalSums, kind: FactKind) -> Sums {
    let mut s = Sums::default();
    sums_of(totals, kind).for_each(|(_, v)| s.add(v));
    s
}

fn ranked_items(totals: &TotalSums) -> (Vec<ItemFigure>, Vec<ItemFigure>) {
    let mut items: Vec<ItemFigure> = sums_of(totals, FactKind::Item)
        .filter(|(_, s)| s.count >= MIN_ITEM_ANSWERS)
        .filter_map(|(key, s)| s.mean().map(|percent| ItemFigure { item_id: key.to_owned(), percent, count: s.count }))
        .collect();
    items.sort_by(|a, b| a.percent.total_cmp(&b.percent).then_with(|| a.item_id.cmp(&b.item_id)));
    let weakest: Vec<ItemFigure> = items.iter().take(RANKED_ITEMS).cloned().collect();
    let strongest = items.iter().rev().filter(|i| !weakest.contains(i)).take(RANKED_ITEMS).cloned().collect();
    (weakest, strongest)
}

fn happiness(totals: &TotalSums) -> Happiness {
    let face = |key: &str| sums_of(totals, FactKind::Face).filter(|(k, _)| *k == key).map(|(_, s)| s.count).sum();
    let (happy, neutral, unhappy) = (face("happy"), face("neutral"), face("unhappy"));
    let mut reasons: Vec<ReasonCount> =
        sums_of(totals, FactKind::Reason).map(|(k, s)| ReasonCount { reason: k.to_owned(), count: s.count }).collect();
    reasons.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.reason.cmp(&b.reason)));
    Happiness { happy, neutral, unhappy, total: happy + neutral + unhappy, reasons }
}

fn counters(totals: &TotalSums) -> Vec<CounterFigure> {
    let mut faces: BTreeMap<&str, [u64; 3]> = BTreeMap::new();
    for (key, s) in sums_of(totals, FactKind::CounterFace) {
        let Some((face, label)) = split_counter_face_key(key) else { continue };
        let at = match face {
            "happy" => 0,
            "neutral" => 1,
            "unhappy" => 2,
            _ => continue,
        };
        faces.entry(label).or_default()[at] += s.count;
    }
    let mut out: Vec<CounterFigure> = sums_of(totals, FactKind::Counter)
        .filter_map(|(label, s)| {
            let [happy, neutral, unhappy] = faces.get(label).copied().unwrap_or_default();
            s.mean().map(|percent| CounterFigure {
                label: label.to_owned(),
                ratings: s.count,
                happy,
                neutral,
                unhappy,
                percent,
            })
        })
        .collect();
    out.sort_by(|a, b| b.ratings.cmp(&a.ratings).then_with(|| a.label.cmp(&b.label)));
    out.truncate(MAX_COUNTERS);
    out
}

fn trend(config: &RatingConfig, daily: &DailySums, period: &Period, granularity: Granularity) -> Vec<TrendPoint> {
    let mut buckets: BTreeMap<NaiveDate, (Sums, Sums)> =
        granularity.buckets(period).into_iter().map(|start| (start, Default::default())).collect();
    for (day, kind, sums) in daily {
        if *day < period.from || *day > period.to {
            continue;
        }
        let Some((customer, audit)) = buckets.get_mut(&granularity.start_of(*day)) else { continue };
        match kind {
            FactKind::Customer => customer.add(*sums),
            FactKind::Audit => audit.add(*sums),
            _ => {}
        }
    }
    buckets
        .into_iter()
        .map(|(start, (customer, audit))| TrendPoint {
            period: granularity.label(start),
            start,
            percent: config.rate(customer.index(), audit.index()).percent,
            customer: customer.mean(),
            audit: audit.mean(),
            count: customer.count + audit.count,
        })
        .collect()
}

/// The report of whatever the sums were added up over (a centre, an entity, every centre).
pub fn report(
    config: &RatingConfig,
    totals: &TotalSums,
    daily: &DailySums,
    period: &Period,
    granularity: Granularity,
) -> PerformanceReport {
    let rating = config.rate(total_of(totals, FactKind::Customer).index(), total_of(totals, FactKind::Audit).index());
    let mut stages: Vec<StageFigure> = sums_of(totals, FactKind::Stage)
        .filter_map(|(key, s)| {
            s.mean().map(|percent| StageFigure { stage_id: key.to_owned(), percent, count: s.count })
        })
        .collect();
    stages.sort_by(|a, b| a.stage_id.cmp(&b.stage_id));
    let (weakest_items, strongest_items) = ranked_items(totals);
    let mut employees: Vec<EmployeeFigure> = sums_of(totals, FactKind::Employee)
        .filter_map(|(key, s)| {
            s.mean().map(|percent| EmployeeFigure { employee: key.to_owned(), percent, count: s.count })
        })
        .collect();
    employees.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.employee.cmp(&b.employee)));
    employees.truncate(MAX_EMPLOYEES);
    PerformanceReport {
        centre_id: None,
        entity_id: None,
        from: period.from,
        to: period.to,
        granularity,
        rating,
        stages,
        happiness: happiness(totals),
        weakest_items,
        strongest_items,
        trend: trend(config, daily, period, granularity),
        employees,
        counters: counters(totals),
    }
}

/// The league table: every centre given (id, entity) with its rating from the
/// sums of its two indices, the highest combined figure first, centres
/// without evaluations last.
pub fn league(
    config: &RatingConfig,
    centres: &[(String, String)],
    sums: &[(String, FactKind, Sums)],
) -> Vec<LeagueRow> {
    let mut rows: Vec<LeagueRow> = centres
        .iter()
        .map(|(centre_id, entity_id)| {
            let (mut customer, mut audit) = (Sums::default(), Sums::default());
            for (_, kind, s) in sums.iter().filter(|(c, _, _)| c == centre_id) {
                match kind {
                    FactKind::Customer => customer.add(*s),
                    FactKind::Audit => audit.add(*s),
                    _ => {}
                }
            }
            LeagueRow {
                rank: None,
                centre_id: centre_id.clone(),
                entity_id: entity_id.clone(),
                rating: config.rate(customer.index(), audit.index()),
            }
        })
        .collect();
    rows.sort_by(|a, b| match (a.rating.percent, b.rating.percent) {
        (Some(x), Some(y)) => y.total_cmp(&x).then_with(|| a.centre_id.cmp(&b.centre_id)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.centre_id.cmp(&b.centre_id),
    });
    let mut previous: Option<(f64, u32)> = None;
    for (i, row) in rows.iter_mut().enumerate() {
        let Some(p) = row.rating.percent else { break };
        let rank = match previous {
            Some((q, r)) if q == p => r,
            _ => i as u32 + 1,
        };
        row.rank = Some(rank);
        previous = Some((p, rank));
    }
    rows
}
