//! The rules a claim, a supervisor's gift and the scheduler obey (lockout,
//! caps, spacing, grade), each refusal naming its rule and its figure.

use super::assignment::{reason, Assignment, MoveRefusal};
use super::ids::{AccountId, AssignmentId};
use super::wave::{WaveRules, WaveStatus};
use crate::error_code::ErrorCode;
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

/// A shopper as the rules see them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Shopper {
    pub id: AccountId,
    /// Their grade ([`super::grade::shopper_grade`]); none before their first graded visit.
    pub grade: Option<f64>,
    pub active: bool,
}

/// Whether a visit was made or is still to be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum VisitKind {
    /// Submitted, with or without an assignment.
    Made,
    /// An assignment held and not yet submitted.
    Planned,
}

/// One visit of a shopper, from any wave or without an assignment: what the
/// lockout, the daily cap, the spacing and the held cap count.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Visit {
    pub shopper: AccountId,
    pub centre_id: String,
    pub entity_id: String,
    pub date: NaiveDate,
    pub kind: VisitKind,
    /// The assignment it was made for, if any. For an assignment of the wave
    /// being checked, the assignment itself counts (on its planned date) until
    /// its visit is made; then this visit does, on its own date.
    pub assignment_id: Option<AssignmentId>,
}

/// A wave as the rules see it: its status and rules, all its assignments,
/// and the visits (from every wave, and without assignment) of the shoppers
/// concerned.
#[derive(Debug, Clone, Copy)]
pub struct WaveState<'a> {
    pub status: WaveStatus,
    pub rules: &'a WaveRules,
    pub assignments: &'a [Assignment],
    pub visits: &'a [Visit],
}

/// One rule, as refusals and the scheduler's counts name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// The shopper's account is not active (never overridden).
    Inactive,
    Grade,
    HeldCap,
    WaveCap,
    DailyCap,
    Lockout,
    Spacing,
}

impl Rule {
    pub const ALL: [Rule; 7] =
        [Rule::Inactive, Rule::Grade, Rule::HeldCap, Rule::WaveCap, Rule::DailyCap, Rule::Lockout, Rule::Spacing];

    pub fn as_str(self) -> &'static str {
        match self {
            Rule::Inactive => "inactive",
            Rule::Grade => "grade",
            Rule::HeldCap => "held_cap",
            Rule::WaveCap => "wave_cap",
            Rule::DailyCap => "daily_cap",
            Rule::Lockout => "lockout",
            Rule::Spacing => "spacing",
        }
    }

    pub fn code(self) -> ErrorCode {
        match self {
            Rule::Inactive => ErrorCode::ShopperInactive,
            Rule::Grade => ErrorCode::Grade,
            Rule::HeldCap => ErrorCode::HeldCap,
            Rule::WaveCap => ErrorCode::WaveCap,
            Rule::DailyCap => ErrorCode::DailyCap,
            Rule::Lockout => ErrorCode::Lockout,
            Rule::Spacing => ErrorCode::Spacing,
        }
    }

    /// Whether a supervisor may give an assignment against this rule, with a reason.
    pub fn overridable(self) -> bool {
        self != Rule::Inactive
    }
}

/// Why one shopper may not take one assignment, with the figure that decides it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum RuleRefusal {
    Inactive,
    /// The wave asks for `min`; the shopper has `grade` (none yet).
    Grade {
        min: f64,
        grade: Option<f64>,
    },
    /// The shopper holds `held` assignments not yet submitted, the most allowed.
    HeldCap {
        held: u32,
        max: u32,
    },
    /// The shopper holds or made `taken` of the wave's assignments, the most allowed.
    WaveCap {
        taken: u32,
        max: u32,
    },
    /// The shopper already has `visits` visits on `date`.
    DailyCap {
        date: NaiveDate,
        visits: u32,
        max: u32,
    },
    /// The shopper visits the same centre on `visit`, fewer than `days` days
    /// from `date`, the planned visit's date.
    Lockout {
        date: NaiveDate,
        visit: NaiveDate,
        made: bool,
        days: u32,
    },
    /// The shopper visits a centre of the same entity on `visit`, fewer than
    /// `days` days from `date`.
    Spacing {
        date: NaiveDate,
        visit: NaiveDate,
        made: bool,
        days: u32,
    },
}

impl RuleRefusal {
    pub fn rule(&self) -> Rule {
        match self {
            RuleRefusal::Inactive => Rule::Inactive,
            RuleRefusal::Grade { .. } => Rule::Grade,
            RuleRefusal::HeldCap { .. } => Rule::HeldCap,
            RuleRefusal::WaveCap { .. } => Rule::WaveCap,
            RuleRefusal::DailyCap { .. } => Rule::DailyCap,
            RuleRefusal::Lockout { .. } => Rule::Lockout,
            RuleRefusal::Spacing { .. } => Rule::Spacing,
        }
    }

    pub fn code(&self) -> ErrorCode {
        self.rule().code()
    }

    /// For the lockout and the spacing: the first day a visit may follow the
    /// one that refuses it.
    pub fn ends(&self) -> Option<NaiveDate> {
        match *self {
            RuleRefusal::Lockout { visit, days, .. } | RuleRefusal::Spacing { visit, days, .. } => {
                visit.checked_add_days(Days::new(days.into()))
            }
            _ => None,
        }
    }
}

/// A day as an English sentence writes it: 2 October 2027.
fn day(date: NaiveDate) -> impl fmt::Display {
    date.format("%-d %B %Y")
}

impl fmt::Display for RuleRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let visited = |made: bool| if made { "visited" } else { "is due at" };
        match *self {
            RuleRefusal::Inactive => write!(f, "inactive: this shopper's account is not active"),
            RuleRefusal::Grade { min, grade: Some(grade) } => {
                write!(f, "grade: the wave asks for a grade of at least {min}; this shopper's is {grade:.1}")
            }
            RuleRefusal::Grade { min, grade: None } => {
                write!(f, "grade: the wave asks for a grade of at least {min}; this shopper has no grade yet")
            }
            RuleRefusal::HeldCap { held, max } => write!(
                f,
                "held cap: this shopper holds {held} visits not yet submitted; the wave allows at most {max}"
            ),
            RuleRefusal::WaveCap { taken, max } => write!(
                f,
                "wave cap: this shopper already has {taken} of this wave's visits; the wave allows at most {max} per shopper"
            ),
            RuleRefusal::DailyCap { date, visits, max } => write!(
                f,
                "daily cap: this shopper already has {visits} visits on {}; the wave allows at most {max} a day",
                day(date)
            ),
            RuleRefusal::Lockout { date, visit, made, days } if visit <= date => write!(
                f,
                "lockout: this shopper {} this centre on {}; the {days}-day lockout ends on {}",
                visited(made),
                day(visit),
                self.ends().map_or_else(|| "a later day".to_owned(), |d| day(d).to_string())
            ),
            RuleRefusal::Lockout { visit, made, days, .. } => write!(
                f,
                "lockout: this shopper {} this centre on {}; another visit there must be at least {days} days before or after it",
                visited(made),
                day(visit)
            ),
            RuleRefusal::Spacing { visit, made, days, .. } => write!(
                f,
                "spacing: this shopper {} a centre of the same entity on {}; their visits to its centres must be at least {days} days apart",
                visited(made),
                day(visit)
            ),
        }
    }
}

impl std::error::Error for RuleRefusal {}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ClearanceKind {
    Claim,
    Give,
}

/// Proof that the rules let one shopper take one assignment (or that a
/// supervisor overrode them, with a reason): the only way to claim or give.
#[derive(Debug, Clone, PartialEq)]
pub struct Clearance {
    pub(crate) assignment_id: AssignmentId,
    pub(crate) shopper: AccountId,
    pub(crate) kind: ClearanceKind,
    pub(crate) overridden: Vec<Rule>,
    pub(crate) reason: Option<String>,
}

impl Clearance {
    pub fn assignment_id(&self) -> AssignmentId {
        self.assignment_id
    }

    pub fn shopper(&self) -> AccountId {
        self.shopper
    }

    /// The rules a supervisor overrode.
    pub fn overridden(&self) -> &[Rule] {
        &self.overridden
    }

    pub fn reason(&self) -> Option<&str> {
        self.reason.as_deref()
    }
}

/// Lets `shopper` claim `assignment`: the wave is published, the assignment
/// open, and every rule holds (a claim never overrides). The first rule that
/// refuses is the answer.
pub fn clear_claim(wave: &WaveState, assignment: &Assignment, shopper: &Shopper) -> Result<Clearance, MoveRefusal> {
    takeable(wave, assignment)?;
    if let Some(refusal) = Book::of(wave, shopper.id).refusals(wave.rules, shopper, assignment, false).pop() {
        return Err(refusal.into());
    }
    Ok(Clearance {
        assignment_id: assignment.id,
        shopper: shopper.id,
        kind: ClearanceKind::Claim,
        overridden: Vec::new(),
        reason: None,
    })
}

/// Lets a supervisor give `assignment` to `shopper`. A rule that refuses is
/// overridden only with a reason, which the log keeps with the rules it
/// overrode; without one, the first rule that refuses is the answer. An
/// inactive account is never given anything.
pub fn clear_give(
    wave: &WaveState,
    assignment: &Assignment,
    shopper: &Shopper,
    override_reason: Option<&str>,
) -> Result<Clearance, MoveRefusal> {
    takeable(wave, assignment)?;
    let refusals = Book::of(wave, shopper.id).refusals(wave.rules, shopper, assignment, true);
    if let Some(never) = refusals.iter().find(|r| !r.rule().overridable()) {
        return Err(never.clone().into());
    }
    let given = override_reason.filter(|r| !r.trim().is_empty());
    let reason = match (refusals.first(), given) {
        (Some(first), None) => return Err(first.clone().into()),
        (_, Some(text)) => Some(reason(Some(text))?),
        (None, None) => None,
    };
    let overridden = refusals.iter().map(RuleRefusal::rule).collect();
    Ok(Clearance { assignment_id: assignment.id, shopper: shopper.id, kind: ClearanceKind::Give, overridden, reason })
}

/// Every rule that refuses `shopper` for `assignment`, in the order of [`Rule::ALL`].
pub fn refusals(wave: &WaveState, assignment: &Assignment, shopper: &Shopper) -> Vec<RuleRefusal> {
    Book::of(wave, shopper.id).refusals(wave.rules, shopper, assignment, true)
}

fn takeable(wave: &WaveState, assignment: &Assignment) -> Result<(), MoveRefusal> {
    if wave.status != WaveStatus::Published {
        return Err(MoveRefusal::WaveNotPublished(wave.status));
    }
    if assignment.status != super::AssignmentStatus::Open {
        return Err(MoveRefusal::IllegalMove { from: assignment.status, to: super::AssignmentStatus::Assigned });
    }
    Ok(())
}

/// One shopper's calendar and counts, indexed so that each rule is a lookup
/// or a range query: by centre and by entity, the days of their visits
/// (whether one of that day was made); by day, how many visits.
#[derive(Debug, Default, Clone)]
pub(crate) struct Book {
    centres: HashMap<String, BTreeMap<NaiveDate, bool>>,
    entities: HashMap<String, BTreeMap<NaiveDate, bool>>,
    days: HashMap<NaiveDate, u32>,
    /// The wave's assignments taken and kept.
    taken: u32,
    /// Assignments of any wave held and not submitted.
    held: u32,
}

impl Book {
    /// The book of one shopper.
    pub(crate) fn of(wave: &WaveState, shopper: AccountId) -> Book {
        Book::all(wave, |s| s == shopper).remove(&shopper).unwrap_or_default()
    }

    /// The books of every shopper `wanted` names, from the wave's assignments
    /// and every visit.
    pub(crate) fn all(wave: &WaveState, wanted: impl Fn(AccountId) -> bool) -> HashMap<AccountId, Book> {
        // A visit naming one of the wave's assignments counts, on its own
        // date, only once that assignment was made by that visit's shopper; a
        // held one counts on its planned date whatever the visits say, so that
        // what the scheduler gives counts the same in this run and the next.
        let keepers: HashMap<AssignmentId, Option<AccountId>> =
            wave.assignments.iter().map(|a| (a.id, a.shopper.filter(|_| a.status.made()))).collect();
        let mut dated = HashSet::new();
        let mut books: HashMap<AccountId, Book> = HashMap::new();
        for v in wave.visits.iter().filter(|v| wanted(v.shopper)) {
            let of_wave = v.assignment_id.and_then(|id| keepers.get(&id).map(|keeper| (id, *keeper)));
            match of_wave {
                Some((_, keeper)) if keeper != Some(v.shopper) => continue,
                Some((id, _)) => {
                    dated.insert(id);
                }
                None if v.kind == VisitKind::Planned => books.entry(v.shopper).or_default().held += 1,
                None => {}
            }
            books.entry(v.shopper).or_default().enter(&v.centre_id, &v.entity_id, v.date, v.kind == VisitKind::Made);
        }
        for a in wave.assignments.iter().filter(|a| a.status.taken()) {
            let Some(shopper) = a.shopper.filter(|s| wanted(*s)) else { continue };
            let book = books.entry(shopper).or_default();
            book.taken += 1;
            if a.status.held() {
                book.held += 1;
            }
            if !dated.contains(&a.id) {
                book.enter(&a.centre_id, &a.entity_id, a.planned_date(), a.status.made());
            }
        }
        books
    }

    fn enter(&mut self, centre_id: &str, entity_id: &str, date: NaiveDate, made: bool) {
        for (index, key) in [(&mut self.centres, centre_id), (&mut self.entities, entity_id)] {
            let made_that_day = index.entry(key.to_owned()).or_default().entry(date).or_insert(false);
            *made_that_day |= made;
        }
        *self.days.entry(date).or_insert(0) += 1;
    }

    /// Counts `assignment`, just taken, as a planned visit.
    pub(crate) fn take(&mut self, assignment: &Assignment) {
        self.enter(&assignment.centre_id, &assignment.entity_id, assignment.planned_date(), false);
        self.taken += 1;
        self.held += 1;
    }

    pub(crate) fn taken(&self) -> u32 {
        self.taken
    }

    /// The rules that refuse `shopper` for `assignment`: all of them, or only
    /// the first when `all` is false.
    pub(crate) fn refusals(
        &self,
        rules: &WaveRules,
        shopper: &Shopper,
        assignment: &Assignment,
        all: bool,
    ) -> Vec<RuleRefusal> {
        let mut found = Vec::new();
        for rule in Rule::ALL {
            if let Some(refusal) = self.check(rule, rules, shopper, assignment) {
                found.push(refusal);
                if !all {
                    break;
                }
            }
        }
        found
    }

    pub(crate) fn check(
        &self,
        rule: Rule,
        rules: &WaveRules,
        shopper: &Shopper,
        assignment: &Assignment,
    ) -> Option<RuleRefusal> {
        let date = assignment.planned_date();
        match rule {
            Rule::Inactive => (!shopper.active).then_some(RuleRefusal::Inactive),
            Rule::Grade => {
                let min = rules.min_grade?;
                let eligible = shopper.grade.is_some_and(|g| g >= min);
                (!eligible).then_some(RuleRefusal::Grade { min, grade: shopper.grade })
            }
            Rule::HeldCap => {
                (self.held >= rules.max_held).then_some(RuleRefusal::HeldCap { held: self.held, max: rules.max_held })
            }
            Rule::WaveCap => (self.taken >= rules.max_per_shopper)
                .then_some(RuleRefusal::WaveCap { taken: self.taken, max: rules.max_per_shopper }),
            Rule::DailyCap => {
                let visits = self.days.get(&date).copied().unwrap_or(0);
                let max = rules.max_per_shopper_per_day;
                (visits >= max).then_some(RuleRefusal::DailyCap { date, visits, max })
            }
            Rule::Lockout => {
                let days = rules.lockout_days;
                let (visit, made) = nearby(self.centres.get(&assignment.centre_id)?, date, days)?;
                Some(RuleRefusal::Lockout { date, visit, made, days })
            }
            Rule::Spacing => {
                let days = rules.spacing_days;
                let (visit, made) = nearby(self.entities.get(&assignment.entity_id)?, date, days)?;
                Some(RuleRefusal::Spacing { date, visit, made, days })
            }
        }
    }
}

/// The latest visit fewer than `days` days from `date`, either way; none when
/// `days` is 0 (the rule is off).
fn nearby(visits: &BTreeMap<NaiveDate, bool>, date: NaiveDate, days: u32) -> Option<(NaiveDate, bool)> {
    let reach = Days::new(u64::from(days.checked_sub(1)?));
    let first = date.checked_sub_days(reach).unwrap_or(NaiveDate::MIN);
    let last = date.checked_add_days(reach).unwrap_or(NaiveDate::MAX);
    visits.range(first..=last).next_back().map(|(d, made)| (*d, *made))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::planning::assignment::tests::{assignment, date};
    use crate::planning::assignment::{Action, Actor, AssignmentStatus, Window};

    fn open_on(day: &str) -> Assignment {
        Assignment {
            window: Window::new(date(day), date("2027-12-31")).expect("window"),
            ..assignment(AssignmentStatus::Open, None)
        }
    }

    fn shopper(id: i64) -> Shopper {
        Shopper { id: AccountId(id), grade: Some(8.0), active: true }
    }

    fn visit(centre: &str, entity: &str, day: &str, kind: VisitKind) -> Visit {
        Visit {
            shopper: AccountId(7),
            centre_id: centre.into(),
            entity_id: entity.into(),
            date: date(day),
            kind,
            assignment_id: None,
        }
    }

    fn check(
        rules: &WaveRules,
        assignments: &[Assignment],
        visits: &[Visit],
        a: &Assignment,
        s: &Shopper,
    ) -> Result<Clearance, MoveRefusal> {
        let wave = WaveState { status: WaveStatus::Published, rules, assignments, visits };
        clear_claim(&wave, a, s)
    }

    fn refused_by(result: Result<Clearance, MoveRefusal>) -> Option<Rule> {
        match result {
            Err(MoveRefusal::Rule(r)) => Some(r.rule()),
            Err(other) => panic!("refused otherwise: {other}"),
            Ok(_) => None,
        }
    }

    #[test]
    fn lockout_allows_exactly_n_days_after_and_refuses_one_day_less() {
        let rules = WaveRules::default();
        let a = open_on("2027-12-31");
        let s = shopper(7);
        let after = |day: &str| refused_by(check(&rules, &[], &[visit("c1", "e1", day, VisitKind::Made)], &a, &s));
        // 2 October + 90 days = 31 December.
        assert_eq!(after("2027-10-02"), None);
        assert_eq!(after("2027-10-03"), Some(Rule::Lockout));
        assert_eq!(after("2027-12-31"), Some(Rule::Lockout));
        // A visit planned later counts the same way, before it.
        let b = open_on("2027-10-02");
        let before = |day: &str| refused_by(check(&rules, &[], &[visit("c1", "e1", day, VisitKind::Planned)], &b, &s));
        assert_eq!(before("2027-12-31"), None);
        assert_eq!(before("2027-12-30"), Some(Rule::Lockout));
        // Another centre, or no lockout at all.
        assert_eq!(refused_by(check(&rules, &[], &[visit("c2", "e1", "2027-12-30", VisitKind::Made)], &a, &s)), None);
        let off = WaveRules { lockout_days: 0, ..WaveRules::default() };
        assert_eq!(refused_by(check(&off, &[], &[visit("c1", "e1", "2027-12-31", VisitKind::Made)], &a, &s)), None);
    }

    #[test]
    fn a_lockout_refusal_says_when_the_shopper_visited_and_when_it_ends() {
        let rules = WaveRules::default();
        let visits = [visit("c1", "e1", "2027-10-02", VisitKind::Made)];
        let Err(MoveRefusal::Rule(r)) = check(&rules, &[], &visits, &open_on("2027-12-30"), &shopper(7)) else {
            panic!("refused")
        };
        assert_eq!(r.ends(), Some(date("2027-12-31")));
        assert_eq!(r.code(), ErrorCode::Lockout);
        assert_eq!(
            r.to_string(),
            "lockout: this shopper visited this centre on 2 October 2027; the 90-day lockout ends on 31 December 2027"
        );
    }

    #[test]
    fn the_daily_cap_counts_every_visit_of_the_day() {
        let rules = WaveRules { lockout_days: 0, ..WaveRules::default() };
        let a = open_on("2027-03-01");
        let day = |n: usize| vec![visit("c9", "e9", "2027-03-01", VisitKind::Made); n];
        assert_eq!(refused_by(check(&rules, &[], &day(2), &a, &shopper(7))), None);
        let r = check(&rules, &[], &day(3), &a, &shopper(7));
        assert_eq!(r, Err(RuleRefusal::DailyCap { date: date("2027-03-01"), visits: 3, max: 3 }.into()));
        assert_eq!(
            RuleRefusal::DailyCap { date: date("2027-03-01"), visits: 3, max: 3 }.to_string(),
            "daily cap: this shopper already has 3 visits on 1 March 2027; the wave allows at most 3 a day"
        );
        // A visit the day before does not count.
        assert_eq!(
            refused_by(check(&rules, &[], &vec![visit("c9", "e9", "2027-02-28", VisitKind::Made); 3], &a, &shopper(7))),
            None
        );
    }

    fn taken(n: u128, status: AssignmentStatus, day: &str) -> Assignment {
        Assignment {
            id: AssignmentId(uuid::Uuid::from_u128(100 + n)),
            centre_id: format!("c{}", 100 + n),
            entity_id: format!("e{}", 100 + n),
            window: Window::day(date(day)),
            ..assignment(status, Some(7))
        }
    }

    #[test]
    fn the_wave_cap_counts_what_the_shopper_took_in_the_wave_and_kept() {
        let rules = WaveRules { max_per_shopper: 2, ..WaveRules::default() };
        let a = open_on("2027-03-01");
        let one = [taken(1, AssignmentStatus::Approved, "2027-01-10")];
        assert_eq!(refused_by(check(&rules, &one, &[], &a, &shopper(7))), None);
        let two =
            [taken(1, AssignmentStatus::Approved, "2027-01-10"), taken(2, AssignmentStatus::Submitted, "2027-01-11")];
        assert_eq!(check(&rules, &two, &[], &a, &shopper(7)), Err(RuleRefusal::WaveCap { taken: 2, max: 2 }.into()));
        let lost =
            [taken(1, AssignmentStatus::Approved, "2027-01-10"), taken(2, AssignmentStatus::Expired, "2027-01-11")];
        assert_eq!(refused_by(check(&rules, &lost, &[], &a, &shopper(7))), None);
        assert_eq!(refused_by(check(&rules, &two, &[], &a, &shopper(8))), None);
    }

    #[test]
    fn the_held_cap_counts_unsubmitted_assignments_of_every_wave() {
        let rules = WaveRules { max_held: 2, ..WaveRules::default() };
        let a = open_on("2027-03-01");
        let here =
            [taken(1, AssignmentStatus::Assigned, "2027-01-10"), taken(2, AssignmentStatus::Submitted, "2027-01-11")];
        let elsewhere = [Visit {
            assignment_id: Some(AssignmentId::new()),
            ..visit("c50", "e50", "2027-05-01", VisitKind::Planned)
        }];
        assert_eq!(refused_by(check(&rules, &here, &[], &a, &shopper(7))), None);
        assert_eq!(
            check(&rules, &here, &elsewhere, &a, &shopper(7)),
            Err(RuleRefusal::HeldCap { held: 2, max: 2 }.into())
        );
        // The wave's own planned visit, also among the visits, counts once.
        let own =
            [Visit { assignment_id: Some(here[0].id), ..visit("c101", "e101", "2027-01-10", VisitKind::Planned) }];
        assert_eq!(refused_by(check(&rules, &here, &own, &a, &shopper(7))), None);
    }

    #[test]
    fn spacing_keeps_visits_to_one_entity_apart_when_it_is_on() {
        let rules = WaveRules { spacing_days: 14, ..WaveRules::default() };
        let a = open_on("2027-03-15");
        let near =
            |day: &str| refused_by(check(&rules, &[], &[visit("c2", "e1", day, VisitKind::Made)], &a, &shopper(7)));
        assert_eq!(near("2027-03-01"), None);
        assert_eq!(near("2027-03-02"), Some(Rule::Spacing));
        assert_eq!(near("2027-03-28"), Some(Rule::Spacing));
        assert_eq!(near("2027-03-29"), None);
        let other =
            refused_by(check(&rules, &[], &[visit("c2", "e2", "2027-03-15", VisitKind::Made)], &a, &shopper(7)));
        assert_eq!(other, None);
        let off = WaveRules::default();
        assert_eq!(
            refused_by(check(&off, &[], &[visit("c2", "e1", "2027-03-15", VisitKind::Made)], &a, &shopper(7))),
            None
        );
        let r = RuleRefusal::Spacing { date: date("2027-03-15"), visit: date("2027-03-02"), made: true, days: 14 };
        assert_eq!(r.ends(), Some(date("2027-03-16")));
        assert!(r.to_string().starts_with("spacing: this shopper visited a centre of the same entity on 2 March 2027"));
    }

    #[test]
    fn the_grade_rule_lets_in_graded_shoppers_at_or_above_the_minimum() {
        let rules = WaveRules { min_grade: Some(7.0), ..WaveRules::default() };
        let a = open_on("2027-03-01");
        let graded = |grade| Shopper { grade, ..shopper(7) };
        assert_eq!(refused_by(check(&rules, &[], &[], &a, &graded(Some(7.0)))), None);
        assert_eq!(
            check(&rules, &[], &[], &a, &graded(Some(6.9))),
            Err(RuleRefusal::Grade { min: 7.0, grade: Some(6.9) }.into())
        );
        assert_eq!(refused_by(check(&rules, &[], &[], &a, &graded(None))), Some(Rule::Grade));
        assert_eq!(refused_by(check(&WaveRules::default(), &[], &[], &a, &graded(None))), None);
        assert_eq!(
            RuleRefusal::Grade { min: 7.0, grade: Some(6.9) }.to_string(),
            "grade: the wave asks for a grade of at least 7; this shopper's is 6.9"
        );
    }

    #[test]
    fn an_inactive_shopper_is_refused_and_never_given_anything() {
        let rules = WaveRules::default();
        let a = open_on("2027-03-01");
        let inactive = Shopper { active: false, ..shopper(7) };
        assert_eq!(refused_by(check(&rules, &[], &[], &a, &inactive)), Some(Rule::Inactive));
        let wave = WaveState { status: WaveStatus::Published, rules: &rules, assignments: &[], visits: &[] };
        assert_eq!(clear_give(&wave, &a, &inactive, Some("urgent")), Err(RuleRefusal::Inactive.into()));
    }

    #[test]
    fn a_supervisor_overrides_a_rule_only_with_a_reason_which_is_recorded() {
        let rules = WaveRules::default();
        let a = open_on("2027-03-01");
        let visits = [visit("c1", "e1", "2027-02-01", VisitKind::Made)];
        let wave = WaveState { status: WaveStatus::Published, rules: &rules, assignments: &[], visits: &visits };
        let s = shopper(7);
        assert_eq!(clear_give(&wave, &a, &s, None).map_err(|e| e.code()), Err(ErrorCode::Lockout));
        assert_eq!(clear_give(&wave, &a, &s, Some("  ")).map_err(|e| e.code()), Err(ErrorCode::Lockout));
        let c = clear_give(&wave, &a, &s, Some(" the only Urdu speaker ")).expect("overridden");
        assert_eq!((c.overridden(), c.reason()), (&[Rule::Lockout][..], Some("the only Urdu speaker")));
        let change = a
            .apply(Action::Give(c), Actor::Supervisor(AccountId(1)), crate::planning::assignment::tests::at())
            .expect("given");
        assert_eq!(change.entry.overridden, [Rule::Lockout]);
        assert_eq!(change.entry.reason.as_deref(), Some("the only Urdu speaker"));
        // A claim never overrides.
        assert_eq!(clear_claim(&wave, &a, &s).map_err(|e| e.code()), Err(ErrorCode::Lockout));
        // Nothing to override: a gift without a reason.
        let free = clear_give(&wave, &a, &shopper(8), None).expect("given");
        assert!(free.overridden().is_empty() && free.reason().is_none());
    }

    #[test]
    fn only_an_open_assignment_of_a_published_wave_is_taken() {
        let rules = WaveRules::default();
        let draft = WaveState { status: WaveStatus::Draft, rules: &rules, assignments: &[], visits: &[] };
        let a = open_on("2027-03-01");
        assert_eq!(clear_claim(&draft, &a, &shopper(7)), Err(MoveRefusal::WaveNotPublished(WaveStatus::Draft)));
        let wave = WaveState { status: WaveStatus::Published, ..draft };
        let held = assignment(AssignmentStatus::Assigned, Some(8));
        assert_eq!(
            clear_give(&wave, &held, &shopper(7), Some("why")),
            Err(MoveRefusal::IllegalMove { from: AssignmentStatus::Assigned, to: AssignmentStatus::Assigned })
        );
    }

    #[test]
    fn every_rule_that_refuses_is_listed_in_order() {
        let rules = WaveRules { max_per_shopper_per_day: 1, spacing_days: 5, ..WaveRules::default() };
        let visits = [visit("c1", "e1", "2027-03-01", VisitKind::Made)];
        let wave = WaveState { status: WaveStatus::Published, rules: &rules, assignments: &[], visits: &visits };
        let found: Vec<_> =
            refusals(&wave, &open_on("2027-03-01"), &shopper(7)).iter().map(RuleRefusal::rule).collect();
        assert_eq!(found, [Rule::DailyCap, Rule::Lockout, Rule::Spacing]);
        let json = serde_json::to_value(RuleRefusal::HeldCap { held: 5, max: 5 }).expect("json");
        assert_eq!(json, serde_json::json!({"rule": "held_cap", "held": 5, "max": 5}));
        for rule in Rule::ALL {
            assert_eq!(serde_json::to_value(rule).expect("json"), serde_json::json!(rule.as_str()));
        }
    }
}
