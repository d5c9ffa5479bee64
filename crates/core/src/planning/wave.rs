//! A wave: the visits a supervisor plans over a period, the rules its
//! assignments obey, its statuses, and publishing it into assignments.

use super::assignment::{Assignment, AssignmentStatus, Window};
use super::ids::{AssignmentId, WaveId};
use crate::catalogue::Catalogue;
use crate::error_code::ErrorCode;
use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The most assignments one planned visit may ask for.
pub const MAX_COUNT: u32 = 500;
/// The most assignments one wave may publish.
pub const MAX_ASSIGNMENTS: u32 = 10_000;
pub const MAX_NAME_CHARS: usize = 200;
pub const MAX_SCENARIO_CHARS: usize = 2000;
/// The longest a wave may run, in days (ten years).
pub const MAX_WAVE_DAYS: i64 = 3660;
/// The largest number of days a rule may count (ten years).
pub const MAX_RULE_DAYS: u32 = 3660;
/// The largest cap a rule may set.
pub const MAX_RULE_CAP: u32 = 1000;

/// What a supervisor writes to create or edit a wave (the body of the wave's
/// endpoints). [`WavePlan::check`] says whether it can be stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct WavePlan {
    pub name: String,
    /// The first day of the wave.
    pub from: NaiveDate,
    /// The last day of the wave, included.
    pub to: NaiveDate,
    /// The shopper checklist the visits are made with.
    pub template_id: String,
    #[serde(default)]
    pub rules: WaveRules,
    pub visits: Vec<PlannedVisit>,
}

/// The rules every claim and the scheduler obey within a wave; a field left
/// out takes its default.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct WaveRules {
    /// A shopper may not visit the same centre again within this many days
    /// (over every wave and visits made without an assignment); 0 is off.
    pub lockout_days: u32,
    /// The most visits one shopper makes on one day.
    pub max_per_shopper_per_day: u32,
    /// The most assignments of this wave one shopper holds or has made.
    pub max_per_shopper: u32,
    /// The most assignments one shopper holds and has not yet submitted.
    pub max_held: u32,
    /// The fewest days between two visits of one shopper to centres of the
    /// same entity; 0 is off.
    pub spacing_days: u32,
    /// The lowest grade (1 to 10) a shopper needs; none lets every shopper in.
    pub min_grade: Option<f64>,
}

impl Default for WaveRules {
    fn default() -> Self {
        Self {
            lockout_days: 90,
            max_per_shopper_per_day: 3,
            max_per_shopper: 10,
            max_held: 5,
            spacing_days: 0,
            min_grade: None,
        }
    }
}

/// Visits to plan at one centre.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PlannedVisit {
    pub centre_id: String,
    #[serde(default)]
    pub service_id: Option<String>,
    /// How many visits: one assignment each.
    pub count: u32,
    /// What the shopper asks for or does.
    pub scenario: String,
    /// The days of the week a visit may be made on; none means any day.
    #[serde(default)]
    pub days: Vec<Day>,
    /// The hours a visit may be made in, such as "08:00-14:00"; none means opening hours.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, example = "08:00-14:00"))]
    pub hours: Option<Hours>,
}

/// A day of the week, as a wave names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum Day {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Day {
    pub const ALL: [Day; 7] = [Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri, Day::Sat, Day::Sun];

    pub fn weekday(self) -> Weekday {
        match self {
            Day::Mon => Weekday::Mon,
            Day::Tue => Weekday::Tue,
            Day::Wed => Weekday::Wed,
            Day::Thu => Weekday::Thu,
            Day::Fri => Weekday::Fri,
            Day::Sat => Weekday::Sat,
            Day::Sun => Weekday::Sun,
        }
    }

    pub fn of(date: NaiveDate) -> Day {
        Day::ALL[date.weekday().num_days_from_monday() as usize]
    }

    /// The day as a wave writes it: `mon` to `sun`.
    pub fn as_str(self) -> &'static str {
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][self.weekday().num_days_from_monday() as usize]
    }
}

/// The hours a visit may be made in, written `"08:00-14:00"`; the start is
/// before the end, both on the same day. (Its OpenAPI schema is a string,
/// given where it is used.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Hours {
    start: NaiveTime,
    end: NaiveTime,
}

impl Hours {
    pub fn new(start: NaiveTime, end: NaiveTime) -> Option<Self> {
        (start < end).then_some(Self { start, end })
    }

    pub fn start(self) -> NaiveTime {
        self.start
    }

    pub fn end(self) -> NaiveTime {
        self.end
    }

    /// Whether a visit starting at `time` starts within the hours.
    pub fn contains(self, time: NaiveTime) -> bool {
        self.start <= time && time < self.end
    }

    pub fn parse(s: &str) -> Result<Self, String> {
        let refused = || {
            format!(
                "hours are written HH:MM-HH:MM with the start before the end, such as 08:00-14:00, not '{}'",
                s.chars().take(40).collect::<String>()
            )
        };
        let (start, end) = s.split_once('-').ok_or_else(refused)?;
        let time = |t: &str| {
            let t = t.trim();
            let well_formed = t.len() == 5 && t.as_bytes()[2] == b':';
            well_formed.then(|| NaiveTime::parse_from_str(t, "%H:%M").ok()).flatten()
        };
        match (time(start), time(end)) {
            (Some(start), Some(end)) => Hours::new(start, end).ok_or_else(refused),
            _ => Err(refused()),
        }
    }
}

impl fmt::Display for Hours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.start.format("%H:%M"), self.end.format("%H:%M"))
    }
}

impl TryFrom<String> for Hours {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Hours::parse(&s)
    }
}

impl From<Hours> for String {
    fn from(h: Hours) -> Self {
        h.to_string()
    }
}

/// Why a wave's plan can't be stored; [`WaveError::field`] names the field
/// at fault as a JSON path (`visits[2].count`), as the API reports it.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum WaveError {
    #[error("the wave needs a name of at most {MAX_NAME_CHARS} characters")]
    Name,
    #[error("the wave needs the id of the checklist its visits are made with")]
    TemplateId,
    #[error("the wave ends on {to}, before it starts on {from}")]
    EndsBeforeStart { from: NaiveDate, to: NaiveDate },
    #[error("a wave runs at most {MAX_WAVE_DAYS} days")]
    TooLong,
    #[error("{rule} must be between {min} and {max}")]
    Rule { rule: &'static str, min: u32, max: u32 },
    #[error("the minimum grade must be between 1 and 10")]
    MinGrade,
    #[error("the wave plans no visit")]
    NoVisits,
    #[error("visit {}: the count must be between 1 and {MAX_COUNT}", index + 1)]
    Count { index: usize },
    #[error("visit {}: no active centre '{centre_id}' in the catalogue", index + 1)]
    UnknownCentre { index: usize, centre_id: String },
    #[error("visit {}: the centre does not offer the service '{service_id}'", index + 1)]
    UnknownService { index: usize, service_id: String },
    #[error("visit {}: the scenario must say what to do, in at most {MAX_SCENARIO_CHARS} characters", index + 1)]
    Scenario { index: usize },
    #[error("visit {}: none of its days falls within the wave", index + 1)]
    NoAllowedDay { index: usize },
    #[error("the wave plans {total} visits; at most {MAX_ASSIGNMENTS} can be published")]
    TooManyVisits { total: u64 },
}

impl WaveError {
    /// The field at fault, as a JSON path into the plan.
    pub fn field(&self) -> String {
        match self {
            WaveError::Name => "name".into(),
            WaveError::TemplateId => "template_id".into(),
            WaveError::EndsBeforeStart { .. } | WaveError::TooLong => "to".into(),
            WaveError::Rule { rule, .. } => format!("rules.{rule}"),
            WaveError::MinGrade => "rules.min_grade".into(),
            WaveError::NoVisits | WaveError::TooManyVisits { .. } => "visits".into(),
            WaveError::Count { index } => format!("visits[{index}].count"),
            WaveError::UnknownCentre { index, .. } => format!("visits[{index}].centre_id"),
            WaveError::UnknownService { index, .. } => format!("visits[{index}].service_id"),
            WaveError::Scenario { index } => format!("visits[{index}].scenario"),
            WaveError::NoAllowedDay { index } => format!("visits[{index}].days"),
        }
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            WaveError::UnknownCentre { .. } => ErrorCode::UnknownCentre,
            WaveError::UnknownService { .. } => ErrorCode::UnknownService,
            _ => ErrorCode::InvalidWave,
        }
    }
}

impl WavePlan {
    /// Checks what serde's types can't: names and texts, the order of the
    /// dates, the rules' ranges, and every planned visit against the catalogue.
    /// Malformed hours, unknown days and negative numbers never get this far:
    /// reading the body refuses them, with their path.
    pub fn check(&self, catalogue: &Catalogue) -> Result<(), WaveError> {
        let name = self.name.trim();
        if name.is_empty() || name.chars().count() > MAX_NAME_CHARS {
            return Err(WaveError::Name);
        }
        if self.template_id.trim().is_empty() {
            return Err(WaveError::TemplateId);
        }
        if self.to < self.from {
            return Err(WaveError::EndsBeforeStart { from: self.from, to: self.to });
        }
        if (self.to - self.from).num_days() >= MAX_WAVE_DAYS {
            return Err(WaveError::TooLong);
        }
        self.rules.check()?;
        if self.visits.is_empty() {
            return Err(WaveError::NoVisits);
        }
        let mut total = 0u64;
        for (index, visit) in self.visits.iter().enumerate() {
            if !(1..=MAX_COUNT).contains(&visit.count) {
                return Err(WaveError::Count { index });
            }
            total += u64::from(visit.count);
            let Some(centre) = catalogue.centre(&visit.centre_id).filter(|c| c.active) else {
                return Err(WaveError::UnknownCentre { index, centre_id: visit.centre_id.clone() });
            };
            if let Some(service_id) = &visit.service_id {
                if !centre.service_ids.iter().any(|s| s == service_id) {
                    return Err(WaveError::UnknownService { index, service_id: service_id.clone() });
                }
            }
            let scenario = visit.scenario.trim();
            if scenario.is_empty() || scenario.chars().count() > MAX_SCENARIO_CHARS {
                return Err(WaveError::Scenario { index });
            }
            if first_allowed_day(&visit.days, self.from, self.to).is_none() {
                return Err(WaveError::NoAllowedDay { index });
            }
        }
        if total > u64::from(MAX_ASSIGNMENTS) {
            return Err(WaveError::TooManyVisits { total });
        }
        Ok(())
    }
}

impl WaveRules {
    pub fn check(&self) -> Result<(), WaveError> {
        let ranges = [
            ("lockout_days", self.lockout_days, 0, MAX_RULE_DAYS),
            ("max_per_shopper_per_day", self.max_per_shopper_per_day, 1, MAX_RULE_CAP),
            ("max_per_shopper", self.max_per_shopper, 1, MAX_RULE_CAP),
            ("max_held", self.max_held, 1, MAX_RULE_CAP),
            ("spacing_days", self.spacing_days, 0, MAX_RULE_DAYS),
        ];
        for (rule, value, min, max) in ranges {
            if !(min..=max).contains(&value) {
                return Err(WaveError::Rule { rule, min, max });
            }
        }
        if self.min_grade.is_some_and(|g| !(1.0..=10.0).contains(&g)) {
            return Err(WaveError::MinGrade);
        }
        Ok(())
    }
}

/// Where a wave is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum WaveStatus {
    /// Being written; nothing is assigned yet.
    Draft,
    /// Its assignments exist and may be claimed, given and filled.
    Published,
    /// Over: nothing more is assigned.
    Closed,
    Cancelled,
}

impl WaveStatus {
    pub const ALL: [WaveStatus; 4] =
        [WaveStatus::Draft, WaveStatus::Published, WaveStatus::Closed, WaveStatus::Cancelled];

    pub fn as_str(self) -> &'static str {
        match self {
            WaveStatus::Draft => "draft",
            WaveStatus::Published => "published",
            WaveStatus::Closed => "closed",
            WaveStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|w| w.as_str() == s)
    }

    /// Whether a supervisor may move a wave from `self` to `to`: a draft is
    /// published or cancelled, a published wave closed or cancelled.
    pub fn may_move_to(self, to: WaveStatus) -> bool {
        use WaveStatus::*;
        matches!((self, to), (Draft, Published) | (Draft, Cancelled) | (Published, Closed) | (Published, Cancelled))
    }

    /// Only a draft's plan may still change.
    pub fn editable(self) -> bool {
        self == WaveStatus::Draft
    }
}

/// Why a wave can't move or be published.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum WaveRefusal {
    #[error("a {} wave can't become {}", from.as_str(), to.as_str())]
    IllegalMove { from: WaveStatus, to: WaveStatus },
    #[error("only a draft's plan can change; this wave is {}", .0.as_str())]
    NotEditable(WaveStatus),
    #[error(transparent)]
    Invalid(#[from] WaveError),
}

impl WaveRefusal {
    pub fn code(&self) -> ErrorCode {
        match self {
            WaveRefusal::IllegalMove { .. } | WaveRefusal::NotEditable(_) => ErrorCode::IllegalWaveMove,
            WaveRefusal::Invalid(e) => e.code(),
        }
    }
}

/// Whether a wave may move from `from` to `to`.
pub fn move_allowed(from: WaveStatus, to: WaveStatus) -> Result<(), WaveRefusal> {
    if from.may_move_to(to) {
        Ok(())
    } else {
        Err(WaveRefusal::IllegalMove { from, to })
    }
}

/// Publishes a draft wave: each planned visit becomes `count` open
/// assignments, named by `new_id` in the plan's order.
///
/// The wave's period is cut into `count` consecutive windows, one per
/// assignment, so that the visits to a centre are spread over the wave rather
/// than all due at once; each window starts on its first allowed day of the
/// week. The scheduler and the rules take a window's first day as the planned
/// visit's date, so spreading the windows is also what lets one shopper make
/// several visits of a wave within the daily cap and the lockout.
pub fn publish(
    plan: &WavePlan,
    status: WaveStatus,
    wave_id: WaveId,
    catalogue: &Catalogue,
    mut new_id: impl FnMut() -> AssignmentId,
) -> Result<Vec<Assignment>, WaveRefusal> {
    move_allowed(status, WaveStatus::Published)?;
    plan.check(catalogue)?;
    let mut assignments = Vec::new();
    for (index, visit) in plan.visits.iter().enumerate() {
        let Some(centre) = catalogue.centre(&visit.centre_id) else {
            return Err(WaveError::UnknownCentre { index, centre_id: visit.centre_id.clone() }.into());
        };
        for i in 0..visit.count {
            assignments.push(Assignment {
                id: new_id(),
                wave_id,
                centre_id: visit.centre_id.clone(),
                entity_id: centre.entity_id.clone(),
                service_id: visit.service_id.clone(),
                scenario: visit.scenario.trim().to_owned(),
                days: visit.days.clone(),
                hours: visit.hours,
                window: window_of(plan.from, plan.to, &visit.days, i, visit.count),
                status: AssignmentStatus::Open,
                shopper: None,
                evaluation_id: None,
            });
        }
    }
    Ok(assignments)
}

/// The `i`-th of `n` windows cutting the period `from..=to`, starting on an allowed day.
fn window_of(from: NaiveDate, to: NaiveDate, days: &[Day], i: u32, n: u32) -> Window {
    let length = (to - from).num_days() + 1;
    let (i, n) = (i64::from(i), i64::from(n.max(1)));
    let start = from + chrono::Duration::days(i * length / n);
    let end = (from + chrono::Duration::days((i + 1) * length / n - 1)).clamp(start, to);
    // A window too short to hold an allowed day takes the next one in the
    // wave, or failing that the last one before it.
    let earliest = first_allowed_day(days, start, to).or_else(|| last_allowed_day(days, from, start)).unwrap_or(start);
    Window::new(earliest, end.max(earliest)).unwrap_or_else(|| Window::day(earliest))
}

fn allowed(days: &[Day], date: NaiveDate) -> bool {
    days.is_empty() || days.contains(&Day::of(date))
}

/// The first day within `from..=to` whose day of the week is allowed.
pub fn first_allowed_day(days: &[Day], from: NaiveDate, to: NaiveDate) -> Option<NaiveDate> {
    from.iter_days().take(7).take_while(|d| *d <= to).find(|d| allowed(days, *d))
}

fn last_allowed_day(days: &[Day], from: NaiveDate, before: NaiveDate) -> Option<NaiveDate> {
    let mut d = before.pred_opt()?;
    for _ in 0..7 {
        if d < from {
            return None;
        }
        if allowed(days, d) {
            return Some(d);
        }
        d = d.pred_opt()?;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{Centre, Entity, Service};
    use crate::text::LocalizedText;

    pub(crate) fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    const EXAMPLE: &str = r#"{"name": "H1 2027", "from": "2027-01-01", "to": "2027-06-30", "template_id": "shopper-customer-journey", "rules": {"lockout_days": 90, "max_per_shopper_per_day": 3, "max_per_shopper": 10, "max_held": 5, "spacing_days": 0, "min_grade": null}, "visits": [{"centre_id": "cd-al-barsha", "service_id": "id-card-renewal", "count": 3, "scenario": "Ask to renew an identity card.", "days": ["mon", "tue"], "hours": "08:00-14:00"}]}"#;

    fn catalogue() -> Catalogue {
        let text = |s: &str| LocalizedText([("en".to_owned(), s.to_owned())].into_iter().collect());
        Catalogue {
            entities: vec![Entity { id: "idp".into(), name: text("Identity") }],
            centres: vec![Centre {
                id: "cd-al-barsha".into(),
                entity_id: "idp".into(),
                name: text("Al Barsha"),
                address: text("Al Barsha"),
                latitude: 25.1,
                longitude: 55.2,
                geofence_m: 100.0,
                qr_token: "t".into(),
                active: true,
                service_ids: vec!["id-card-renewal".into()],
            }],
            services: vec![Service { id: "id-card-renewal".into(), entity_id: "idp".into(), name: text("Renewal") }],
        }
    }

    fn example() -> WavePlan {
        serde_json::from_str(EXAMPLE).expect("the example reads")
    }

    fn ids() -> impl FnMut() -> AssignmentId {
        let mut n = 0u128;
        move || {
            n += 1;
            AssignmentId(uuid::Uuid::from_u128(n))
        }
    }

    #[test]
    fn the_example_reads_checks_and_writes_back_the_same() {
        let plan = example();
        assert_eq!(plan.visits[0].days, [Day::Mon, Day::Tue]);
        assert_eq!(plan.visits[0].hours.map(|h| h.to_string()).as_deref(), Some("08:00-14:00"));
        assert_eq!(plan.check(&catalogue()), Ok(()));
        let written = serde_json::to_value(&plan).expect("json");
        let original: serde_json::Value = serde_json::from_str(EXAMPLE).expect("json");
        assert_eq!(written, original);
    }

    #[test]
    fn rules_left_out_take_their_defaults() {
        let body = r#"{"name": "W", "from": "2027-01-01", "to": "2027-01-31", "template_id": "t",
            "rules": {"lockout_days": 30}, "visits": [{"centre_id": "cd-al-barsha", "count": 1, "scenario": "s"}]}"#;
        let plan: WavePlan = serde_json::from_str(body).expect("reads");
        assert_eq!(plan.rules, WaveRules { lockout_days: 30, ..WaveRules::default() });
        assert_eq!(plan.visits[0].service_id, None);
        assert!(plan.visits[0].days.is_empty());
        let without: WavePlan =
            serde_json::from_str(&body.replace(r#""rules": {"lockout_days": 30}, "#, "")).expect("reads");
        assert_eq!(without.rules, WaveRules::default());
    }

    fn refused(edit: impl FnOnce(&mut WavePlan)) -> (WaveError, String) {
        let mut plan = example();
        edit(&mut plan);
        let e = plan.check(&catalogue()).expect_err("refused");
        let field = e.field();
        (e, field)
    }

    #[test]
    fn each_refusal_names_its_field() {
        assert_eq!(refused(|p| p.name = "  ".into()).1, "name");
        assert_eq!(refused(|p| p.template_id = String::new()).1, "template_id");
        let (e, field) = refused(|p| p.to = date("2026-12-31"));
        assert_eq!(field, "to");
        assert_eq!(e.to_string(), "the wave ends on 2026-12-31, before it starts on 2027-01-01");
        assert_eq!(refused(|p| p.visits[0].count = 0).1, "visits[0].count");
        assert_eq!(refused(|p| p.visits[0].count = MAX_COUNT + 1).1, "visits[0].count");
        assert_eq!(refused(|p| p.rules.min_grade = Some(0.5)).1, "rules.min_grade");
        assert_eq!(refused(|p| p.rules.min_grade = Some(10.5)).1, "rules.min_grade");
        assert_eq!(refused(|p| p.rules.max_held = 0).1, "rules.max_held");
        assert_eq!(refused(|p| p.rules.max_per_shopper_per_day = 0).1, "rules.max_per_shopper_per_day");
        assert_eq!(refused(|p| p.rules.lockout_days = MAX_RULE_DAYS + 1).1, "rules.lockout_days");
        assert_eq!(refused(|p| p.visits.clear()).1, "visits");
        assert_eq!(refused(|p| p.visits[0].scenario = " ".into()).1, "visits[0].scenario");
        let (e, field) = refused(|p| p.visits[0].centre_id = "nowhere".into());
        assert_eq!((e.code(), field.as_str()), (ErrorCode::UnknownCentre, "visits[0].centre_id"));
        let (e, field) = refused(|p| p.visits[0].service_id = Some("passports".into()));
        assert_eq!((e.code(), field.as_str()), (ErrorCode::UnknownService, "visits[0].service_id"));
        // 2027-01-01 is a Friday: a one-day wave has no Monday or Tuesday.
        assert_eq!(refused(|p| p.to = p.from).1, "visits[0].days");
        let (e, _) = refused(|p| {
            let v = p.visits[0].clone();
            p.visits = vec![PlannedVisit { count: MAX_COUNT, ..v }; 21];
        });
        assert_eq!(e, WaveError::TooManyVisits { total: 10_500 });
        assert_eq!(refused(|p| p.name = "x".repeat(MAX_NAME_CHARS + 1)).0.code(), ErrorCode::InvalidWave);
    }

    #[test]
    fn malformed_hours_unknown_days_and_negative_numbers_are_refused_when_read() {
        let read = |from: &str, to: &str| serde_json::from_str::<WavePlan>(&EXAMPLE.replace(from, to)).map(|_| ());
        for hours in ["8-14", "08:00", "14:00-08:00", "08:00-08:00", "25:00-26:00", "08:0-14:00", "x"] {
            let e = read("08:00-14:00", hours).expect_err(hours);
            assert!(e.to_string().contains("hours are written HH:MM-HH:MM"), "{e}");
        }
        let e = read(r#""tue""#, r#""tuesday""#).expect_err("unknown day");
        assert!(e.to_string().contains("unknown variant `tuesday`"), "{e}");
        let e = read(r#""count": 3"#, r#""count": -3"#).expect_err("negative");
        assert!(e.to_string().contains("-3"), "{e}");
        let e = read(r#""lockout_days": 90"#, r#""lockout_days": -1"#).expect_err("negative");
        assert!(e.to_string().contains("-1"), "{e}");
        let e = read(r#""lockout_days""#, r#""lockout_dayz""#).expect_err("typo");
        assert!(e.to_string().contains("lockout_dayz"), "{e}");
        assert!(read("2027-06-30", "2027-06-31").is_err());
    }

    #[test]
    fn hours_parse_strictly_and_contain_their_start_not_their_end() {
        let h = Hours::parse("08:00-14:00").expect("hours");
        let t = |s| NaiveTime::parse_from_str(s, "%H:%M").expect("time");
        assert!(h.contains(t("08:00")) && h.contains(t("13:59")) && !h.contains(t("14:00")));
        assert_eq!(Hours::parse(" 08:00 - 14:00 ").map(|h| h.to_string()), Ok("08:00-14:00".into()));
    }

    #[test]
    fn wave_moves() {
        use WaveStatus::*;
        let allowed = [(Draft, Published), (Draft, Cancelled), (Published, Closed), (Published, Cancelled)];
        for from in WaveStatus::ALL {
            for to in WaveStatus::ALL {
                assert_eq!(from.may_move_to(to), allowed.contains(&(from, to)), "{from:?} -> {to:?}");
                assert_eq!(move_allowed(from, to).is_ok(), from.may_move_to(to));
            }
            assert_eq!(WaveStatus::parse(from.as_str()), Some(from));
        }
        assert_eq!(move_allowed(Closed, Published).map_err(|e| e.code()), Err(ErrorCode::IllegalWaveMove));
        assert!(Draft.editable() && !Published.editable());
    }

    #[test]
    fn publishing_makes_count_open_assignments_spread_over_the_wave_on_allowed_days() {
        let plan = example();
        let wave = WaveId(uuid::Uuid::from_u128(99));
        let made = publish(&plan, WaveStatus::Draft, wave, &catalogue(), ids()).expect("published");
        assert_eq!(made.len(), 3);
        let windows: Vec<_> = made.iter().map(|a| (a.window.earliest(), a.window.due())).collect();
        // 181 days cut in three: from day 0, 60 and 120, each moved to its first Monday or Tuesday.
        assert_eq!(
            windows,
            [
                (date("2027-01-04"), date("2027-03-01")),
                (date("2027-03-02"), date("2027-04-30")),
                (date("2027-05-03"), date("2027-06-30")),
            ]
        );
        for a in &made {
            assert_eq!(
                (a.status, a.shopper, a.wave_id, a.entity_id.as_str()),
                (AssignmentStatus::Open, None, wave, "idp")
            );
            assert!(matches!(Day::of(a.window.earliest()), Day::Mon | Day::Tue));
        }
        assert_eq!(made[2].id, AssignmentId(uuid::Uuid::from_u128(3)));
    }

    #[test]
    fn only_a_valid_draft_is_published() {
        let wave = WaveId::new();
        let again = publish(&example(), WaveStatus::Published, wave, &catalogue(), ids());
        assert_eq!(again, Err(WaveRefusal::IllegalMove { from: WaveStatus::Published, to: WaveStatus::Published }));
        let mut plan = example();
        plan.visits[0].count = 0;
        let invalid = publish(&plan, WaveStatus::Draft, wave, &catalogue(), ids());
        assert_eq!(invalid, Err(WaveRefusal::Invalid(WaveError::Count { index: 0 })));
    }

    #[test]
    fn more_visits_than_days_share_days_and_short_windows_find_an_allowed_day() {
        let (from, to) = (date("2027-01-04"), date("2027-01-05"));
        let windows: Vec<_> = (0..5).map(|i| window_of(from, to, &[], i, 5)).collect();
        assert!(windows.iter().all(|w| w.earliest() >= from && w.due() <= to && w.earliest() <= w.due()));
        // A Sunday-only visit in a window from Monday to Wednesday of a longer wave: the next Sunday.
        let w = window_of(date("2027-01-04"), date("2027-01-31"), &[Day::Sun], 0, 9);
        assert_eq!(Day::of(w.earliest()), Day::Sun);
        assert!(w.earliest() <= w.due());
        // The last window of a wave ending on a Wednesday, for Mondays only, goes back to the Monday.
        let w = window_of(date("2027-01-04"), date("2027-01-13"), &[Day::Mon], 4, 5);
        assert_eq!(w.earliest(), date("2027-01-11"));
    }
}
