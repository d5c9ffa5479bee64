//! The wave form's text, field by field, and what it becomes: a plan core
//! accepts, or the problems of each field named by the JSON path the server
//! names it with (`visits[0].count`), so that the server's own refusals are
//! shown beside the same field.

use crate::i18n::I18n;
use chrono::NaiveDate;
use ms_core::planning::wave::{
    WaveError, MAX_ASSIGNMENTS, MAX_COUNT, MAX_NAME_CHARS, MAX_RULE_CAP, MAX_RULE_DAYS, MAX_SCENARIO_CHARS,
    MAX_WAVE_DAYS,
};
use ms_core::planning::{Day, Hours, PlannedVisit, WavePlan, WaveRules};
use ms_core::Catalogue;

/// One planned visit as typed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VisitForm {
    pub centre_id: String,
    /// Empty for any service.
    pub service_id: String,
    pub count: String,
    pub scenario: String,
    /// None ticked: any day.
    pub days: Vec<Day>,
    /// `HH:MM`, both empty for opening hours.
    pub start: String,
    pub end: String,
}

impl VisitForm {
    pub fn new() -> Self {
        Self { count: "1".into(), ..Self::default() }
    }

    pub fn toggle(&mut self, day: Day) {
        match self.days.iter().position(|d| *d == day) {
            Some(i) => {
                self.days.remove(i);
            }
            None => {
                self.days.push(day);
                self.days.sort();
            }
        }
    }
}

/// A wave as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct WaveForm {
    pub name: String,
    pub from: String,
    pub to: String,
    pub template_id: String,
    pub lockout_days: String,
    pub max_per_shopper_per_day: String,
    pub max_per_shopper: String,
    pub max_held: String,
    pub spacing_days: String,
    /// Empty for no minimum.
    pub min_grade: String,
    pub visits: Vec<VisitForm>,
}

/// The rules' fields: the JSON name, the message naming it, its lowest and highest value.
pub const RULE_FIELDS: [(&str, &str, u32, u32); 5] = [
    ("lockout_days", "planning-rule-lockout-days", 0, MAX_RULE_DAYS),
    ("max_per_shopper_per_day", "planning-rule-max-per-day", 1, MAX_RULE_CAP),
    ("max_per_shopper", "planning-rule-max-per-shopper", 1, MAX_RULE_CAP),
    ("max_held", "planning-rule-max-held", 1, MAX_RULE_CAP),
    ("spacing_days", "planning-rule-spacing-days", 0, MAX_RULE_DAYS),
];

/// What is wrong with one field, to be put in the reader's words.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    Name,
    Template,
    Date,
    EndsBeforeStart,
    TooLong,
    Number {
        min: u32,
        max: u32,
    },
    MinGrade,
    NoVisits,
    Centre,
    Service,
    Count,
    Scenario,
    NoAllowedDay,
    Hours,
    TooManyVisits {
        total: u64,
    },
    /// The server refused the field, in words already.
    Server(String),
}

/// A problem and the field it belongs to (`name`, `rules.max_held`, `visits[1].scenario`…).
#[derive(Debug, Clone, PartialEq)]
pub struct FieldProblem {
    pub field: String,
    pub problem: Problem,
}

impl Problem {
    pub fn words(&self, i18n: I18n) -> String {
        let f = i18n.formats();
        let n = |v: u64| f.integer(v as i64, 1);
        match self {
            Problem::Name => i18n.t_args("planning-invalid-name", &[("max", n(MAX_NAME_CHARS as u64).into())]),
            Problem::Template => i18n.t("planning-invalid-template"),
            Problem::Date => i18n.t("planning-invalid-date"),
            Problem::EndsBeforeStart => i18n.t("planning-invalid-dates"),
            Problem::TooLong => i18n.t_args("planning-invalid-too-long", &[("max", n(MAX_WAVE_DAYS as u64).into())]),
            Problem::Number { min, max } => i18n.t_args(
                "planning-invalid-number",
                &[("min", n(u64::from(*min)).into()), ("max", n(u64::from(*max)).into())],
            ),
            Problem::MinGrade => i18n.t("planning-invalid-grade"),
            Problem::NoVisits => i18n.t("planning-invalid-no-visits"),
            Problem::Centre => i18n.t("planning-invalid-centre"),
            Problem::Service => i18n.t("planning-invalid-service"),
            Problem::Count => i18n.t_args("planning-invalid-count", &[("max", n(u64::from(MAX_COUNT)).into())]),
            Problem::Scenario => {
                i18n.t_args("planning-invalid-scenario", &[("max", n(MAX_SCENARIO_CHARS as u64).into())])
            }
            Problem::NoAllowedDay => i18n.t("planning-invalid-days"),
            Problem::Hours => i18n.t("planning-invalid-hours"),
            Problem::TooManyVisits { total } => i18n.t_args(
                "planning-invalid-too-many",
                &[("total", n(*total).into()), ("max", n(u64::from(MAX_ASSIGNMENTS)).into())],
            ),
            Problem::Server(text) => text.clone(),
        }
    }
}

impl From<WaveError> for FieldProblem {
    fn from(e: WaveError) -> Self {
        let problem = match &e {
            WaveError::Name => Problem::Name,
            WaveError::TemplateId => Problem::Template,
            WaveError::EndsBeforeStart { .. } => Problem::EndsBeforeStart,
            WaveError::TooLong => Problem::TooLong,
            WaveError::Rule { min, max, .. } => Problem::Number { min: *min, max: *max },
            WaveError::MinGrade => Problem::MinGrade,
            WaveError::NoVisits => Problem::NoVisits,
            WaveError::Count { .. } => Problem::Count,
            WaveError::UnknownCentre { .. } => Problem::Centre,
            WaveError::UnknownService { .. } => Problem::Service,
            WaveError::Scenario { .. } => Problem::Scenario,
            WaveError::NoAllowedDay { .. } => Problem::NoAllowedDay,
            WaveError::TooManyVisits { total } => Problem::TooManyVisits { total: *total },
        };
        FieldProblem { field: e.field(), problem }
    }
}

fn day(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

impl WaveForm {
    /// A new wave: from `today` for 90 days, with `template_id`, the rules'
    /// defaults and one visit to plan.
    pub fn new(today: NaiveDate, template_id: &str) -> Self {
        let rules = WaveRules::default();
        let to = today + chrono::Duration::days(89);
        Self {
            name: String::new(),
            from: today.format("%Y-%m-%d").to_string(),
            to: to.format("%Y-%m-%d").to_string(),
            template_id: template_id.to_owned(),
            lockout_days: rules.lockout_days.to_string(),
            max_per_shopper_per_day: rules.max_per_shopper_per_day.to_string(),
            max_per_shopper: rules.max_per_shopper.to_string(),
            max_held: rules.max_held.to_string(),
            spacing_days: rules.spacing_days.to_string(),
            min_grade: rules.min_grade.map(|g| g.to_string()).unwrap_or_default(),
            visits: vec![VisitForm::new()],
        }
    }

    /// A draft's plan, to be edited.
    pub fn of(plan: &WavePlan) -> Self {
        let r = &plan.rules;
        Self {
            name: plan.name.clone(),
            from: plan.from.format("%Y-%m-%d").to_string(),
            to: plan.to.format("%Y-%m-%d").to_string(),
            template_id: plan.template_id.clone(),
            lockout_days: r.lockout_days.to_string(),
            max_per_shopper_per_day: r.max_per_shopper_per_day.to_string(),
            max_per_shopper: r.max_per_shopper.to_string(),
            max_held: r.max_held.to_string(),
            spacing_days: r.spacing_days.to_string(),
            min_grade: r.min_grade.map(|g| g.to_string()).unwrap_or_default(),
            visits: plan
                .visits
                .iter()
                .map(|v| VisitForm {
                    centre_id: v.centre_id.clone(),
                    service_id: v.service_id.clone().unwrap_or_default(),
                    count: v.count.to_string(),
                    scenario: v.scenario.clone(),
                    days: v.days.clone(),
                    start: v.hours.map(|h| h.start().format("%H:%M").to_string()).unwrap_or_default(),
                    end: v.hours.map(|h| h.end().format("%H:%M").to_string()).unwrap_or_default(),
                })
                .collect(),
        }
    }

    pub fn rule(&self, field: &str) -> &str {
        match field {
            "lockout_days" => &self.lockout_days,
            "max_per_shopper_per_day" => &self.max_per_shopper_per_day,
            "max_per_shopper" => &self.max_per_shopper,
            "max_held" => &self.max_held,
            _ => &self.spacing_days,
        }
    }

    pub fn rule_mut(&mut self, field: &str) -> &mut String {
        match field {
            "lockout_days" => &mut self.lockout_days,
            "max_per_shopper_per_day" => &mut self.max_per_shopper_per_day,
            "max_per_shopper" => &mut self.max_per_shopper,
            "max_held" => &mut self.max_held,
            _ => &mut self.spacing_days,
        }
    }

    /// The plan, checked as the server checks it against `catalogue`; or
    /// every field that can't be read, or failing that the first one core refuses.
    pub fn plan(&self, catalogue: &Catalogue) -> Result<WavePlan, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let mut problem = |field: String, problem: Problem| problems.push(FieldProblem { field, problem });
        let from = day(&self.from);
        if from.is_none() {
            problem("from".into(), Problem::Date);
        }
        let to = day(&self.to);
        if to.is_none() {
            problem("to".into(), Problem::Date);
        }
        let mut rules = WaveRules::default();
        for (field, _, min, max) in RULE_FIELDS {
            match self.rule(field).trim().parse::<u32>() {
                Ok(v) => match field {
                    "lockout_days" => rules.lockout_days = v,
                    "max_per_shopper_per_day" => rules.max_per_shopper_per_day = v,
                    "max_per_shopper" => rules.max_per_shopper = v,
                    "max_held" => rules.max_held = v,
                    _ => rules.spacing_days = v,
                },
                Err(_) => problem(format!("rules.{field}"), Problem::Number { min, max }),
            }
        }
        let grade = self.min_grade.trim();
        if !grade.is_empty() {
            match grade.replace(',', ".").parse::<f64>() {
                Ok(g) if g.is_finite() => rules.min_grade = Some(g),
                _ => problem("rules.min_grade".into(), Problem::MinGrade),
            }
        }
        let mut visits = Vec::new();
        for (i, v) in self.visits.iter().enumerate() {
            let count = v.count.trim().parse::<u32>();
            if count.is_err() {
                problem(format!("visits[{i}].count"), Problem::Count);
            }
            let hours = match (v.start.trim(), v.end.trim()) {
                ("", "") => Ok(None),
                (start, end) => Hours::parse(&format!("{start}-{end}")).map(Some),
            };
            if hours.is_err() {
                problem(format!("visits[{i}].hours"), Problem::Hours);
            }
            if let (Ok(count), Ok(hours)) = (count, hours) {
                visits.push(PlannedVisit {
                    centre_id: v.centre_id.trim().to_owned(),
                    service_id: Some(v.service_id.trim().to_owned()).filter(|s| !s.is_empty()),
                    count,
                    scenario: v.scenario.trim().to_owned(),
                    days: v.days.clone(),
                    hours,
                });
            }
        }
        let (Some(from), Some(to)) = (from, to) else { return Err(problems) };
        if !problems.is_empty() {
            return Err(problems);
        }
        let plan = WavePlan {
            name: self.name.trim().to_owned(),
            from,
            to,
            template_id: self.template_id.clone(),
            rules,
            visits,
        };
        plan.check(catalogue).map_err(|e| vec![FieldProblem::from(e)])?;
        Ok(plan)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ms_core::catalogue::{Centre, Entity, Service};
    use ms_core::LocalizedText;

    fn catalogue() -> Catalogue {
        let text = |s: &str| LocalizedText([("en".to_owned(), s.to_owned())].into_iter().collect());
        let centre = |id: &str, services: &[&str]| Centre {
            id: id.into(),
            entity_id: "cd".into(),
            name: text(id),
            address: text(id),
            latitude: 25.1,
            longitude: 55.2,
            geofence_m: 100.0,
            qr_token: format!("{id}-qr"),
            active: true,
            service_ids: services.iter().map(|s| (*s).to_owned()).collect(),
        };
        Catalogue {
            entities: vec![Entity { id: "cd".into(), name: text("Civil documents") }],
            centres: vec![centre("deira", &["id-card"]), centre("barsha", &["id-card", "passport"])],
            services: ["id-card", "passport"]
                .map(|s| Service { id: s.into(), entity_id: "cd".into(), name: text(s) })
                .into(),
        }
    }

    fn date(s: &str) -> NaiveDate {
        day(s).expect("date")
    }

    fn filled() -> WaveForm {
        let mut form = WaveForm::new(date("2027-01-01"), "shopper-customer-journey");
        form.name = "  H1 2027 ".into();
        form.to = "2027-06-30".into();
        form.visits = vec![
            VisitForm {
                centre_id: "deira".into(),
                service_id: "id-card".into(),
                count: "3".into(),
                scenario: "Ask to renew an identity card.".into(),
                days: vec![Day::Mon, Day::Tue],
                start: "08:00".into(),
                end: "14:00".into(),
            },
            VisitForm {
                centre_id: "barsha".into(),
                count: "2".into(),
                scenario: "Ask for a passport.".into(),
                ..VisitForm::new()
            },
        ];
        form
    }

    #[test]
    fn a_new_wave_starts_with_the_rules_defaults_and_one_visit() {
        let form = WaveForm::new(date("2027-03-01"), "shopper-customer-journey");
        assert_eq!((form.from.as_str(), form.to.as_str()), ("2027-03-01", "2027-05-29"));
        assert_eq!(form.lockout_days, "90");
        assert_eq!(form.max_per_shopper_per_day, "3");
        assert_eq!(form.max_per_shopper, "10");
        assert_eq!(form.max_held, "5");
        assert_eq!(form.spacing_days, "0");
        assert_eq!(form.min_grade, "");
        assert_eq!(form.visits, vec![VisitForm::new()]);
    }

    #[test]
    fn a_filled_form_is_the_plan_the_api_example_sends() {
        let plan = filled().plan(&catalogue()).expect("a plan");
        assert_eq!(plan.name, "H1 2027");
        assert_eq!(plan.rules, WaveRules::default());
        let json = serde_json::to_value(&plan.visits[0]).expect("json");
        assert_eq!(
            json,
            serde_json::json!({"centre_id": "deira", "service_id": "id-card", "count": 3,
                "scenario": "Ask to renew an identity card.", "days": ["mon", "tue"], "hours": "08:00-14:00"})
        );
        assert_eq!(plan.visits[1].service_id, None, "no service chosen: any");
        assert_eq!(plan.visits[1].hours, None, "no hours: opening hours");
        assert!(plan.visits[1].days.is_empty(), "no day ticked: any day");
        // And back: editing the draft shows what it holds.
        assert_eq!(WaveForm::of(&plan).plan(&catalogue()), Ok(plan));
    }

    #[test]
    fn every_field_that_cannot_be_read_is_named_at_once() {
        let mut form = filled();
        form.from = "".into();
        form.max_held = "five".into();
        form.min_grade = "high".into();
        form.visits[0].count = "-2".into();
        form.visits[1].start = "09:00".into();
        let problems = form.plan(&catalogue()).expect_err("refused");
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["from", "rules.max_held", "rules.min_grade", "visits[0].count", "visits[1].hours"]);
        assert_eq!(problems[1].problem, Problem::Number { min: 1, max: MAX_RULE_CAP });
    }

    #[test]
    fn what_core_refuses_is_named_by_the_servers_path() {
        let refused = |change: fn(&mut WaveForm)| {
            let mut form = filled();
            change(&mut form);
            form.plan(&catalogue()).expect_err("refused")
        };
        let one = |field: &str, problem: Problem| vec![FieldProblem { field: field.into(), problem }];
        assert_eq!(refused(|f| f.name = " ".into()), one("name", Problem::Name));
        assert_eq!(refused(|f| f.to = "2026-12-31".into()), one("to", Problem::EndsBeforeStart));
        assert_eq!(
            refused(|f| f.max_per_shopper = "0".into()),
            one("rules.max_per_shopper", Problem::Number { min: 1, max: MAX_RULE_CAP })
        );
        assert_eq!(refused(|f| f.min_grade = "11".into()), one("rules.min_grade", Problem::MinGrade));
        assert_eq!(refused(|f| f.visits.clear()), one("visits", Problem::NoVisits));
        assert_eq!(refused(|f| f.visits[1].centre_id.clear()), one("visits[1].centre_id", Problem::Centre));
        assert_eq!(
            refused(|f| f.visits[0].service_id = "passport".into()),
            one("visits[0].service_id", Problem::Service)
        );
        assert_eq!(refused(|f| f.visits[1].count = "0".into()), one("visits[1].count", Problem::Count));
        assert_eq!(refused(|f| f.visits[1].scenario = "  ".into()), one("visits[1].scenario", Problem::Scenario));
        assert_eq!(
            refused(|f| {
                f.to = "2027-01-02".into();
                f.visits[0].days = vec![Day::Wed];
            }),
            one("visits[0].days", Problem::NoAllowedDay)
        );
        assert_eq!(refused(|f| f.visits[0].end = "07:00".into()), one("visits[0].hours", Problem::Hours));
    }

    #[test]
    fn a_grade_may_be_written_with_a_decimal_comma() {
        let mut form = filled();
        form.min_grade = "6,5".into();
        assert_eq!(form.plan(&catalogue()).expect("plan").rules.min_grade, Some(6.5));
    }

    #[test]
    fn ticking_a_day_twice_unticks_it_and_days_stay_in_week_order() {
        let mut v = VisitForm::new();
        v.toggle(Day::Fri);
        v.toggle(Day::Mon);
        assert_eq!(v.days, vec![Day::Mon, Day::Fri]);
        v.toggle(Day::Fri);
        assert_eq!(v.days, vec![Day::Mon]);
    }

    #[test]
    fn every_problem_has_words_in_every_language() {
        let problems = [
            Problem::Name,
            Problem::Template,
            Problem::Date,
            Problem::EndsBeforeStart,
            Problem::TooLong,
            Problem::Number { min: 0, max: 3660 },
            Problem::MinGrade,
            Problem::NoVisits,
            Problem::Centre,
            Problem::Service,
            Problem::Count,
            Problem::Scenario,
            Problem::NoAllowedDay,
            Problem::Hours,
            Problem::TooManyVisits { total: 12000 },
        ];
        let _ = crate::i18n::take_missing();
        for locale in crate::i18n::available() {
            for p in &problems {
                let words = p.words(I18n::new(locale));
                assert!(!words.starts_with("planning-") && !words.trim().is_empty(), "{locale}: {p:?}");
            }
        }
        assert_eq!(crate::i18n::take_missing(), vec![]);
        let en = Problem::TooManyVisits { total: 12000 }.words(I18n::new("en")).replace(['\u{2068}', '\u{2069}'], "");
        assert!(en.contains("12,000") && en.contains("10,000"), "{en}");
    }
}
