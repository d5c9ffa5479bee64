//! What the rules need to decide within one wave: its assignments, the
//! visits of the shoppers concerned (made, from any wave or none, and held in
//! any wave) over the reach of its rules, and the shoppers with their grades.

use super::sql;
use super::{PlanningSteps, StoredWave};
use crate::storage::filter::Arg;
use crate::storage::StorageError;
use chrono::{Days, NaiveDate};
use ms_core::planning::{
    shopper_grade, AccountId, Assignment, GradedEvaluation, LogEntry, Shopper, Visit, VisitKind, WaveState,
};
use ms_core::wire::UserRole;
use std::collections::HashMap;

pub(crate) struct Context {
    pub wave: StoredWave,
    pub assignments: Vec<Assignment>,
    pub visits: Vec<Visit>,
}

impl Context {
    pub fn state(&self) -> WaveState<'_> {
        WaveState {
            status: self.wave.status,
            rules: &self.wave.plan.rules,
            assignments: &self.assignments,
            visits: &self.visits,
        }
    }
}

/// The days before the wave's start and after its end within which a visit
/// still counts for its rules.
fn reach(w: &StoredWave) -> (NaiveDate, NaiveDate) {
    let days = Days::new(u64::from(w.plan.rules.lockout_days.max(w.plan.rules.spacing_days)) + 1);
    let first = w.plan.from.checked_sub_days(days).unwrap_or(NaiveDate::MIN);
    let last = w.plan.to.checked_add_days(days).unwrap_or(NaiveDate::MAX);
    (first, last)
}

/// The wave's context, for every shopper or one.
pub(crate) async fn load(
    steps: &mut impl PlanningSteps,
    wave: StoredWave,
    shopper: Option<AccountId>,
) -> Result<Context, StorageError> {
    let assignments = steps.assignments(&sql::assignments_where("a.wave_id = $1"), vec![Arg::Uuid(wave.id.0)]).await?;
    let (first, last) = reach(&wave);
    let mut args = vec![Arg::Day(first), Arg::Day(last)];
    if let Some(s) = shopper {
        args.push(Arg::Integer(s.0));
    }
    let mut visits = steps.visits(&sql::made_visits(shopper.is_some()), args).await?;
    let held_clause = match shopper {
        Some(_) => "a.status IN ('assigned', 'in_progress') AND a.shopper = $1",
        None => "a.status IN ('assigned', 'in_progress') AND a.shopper IS NOT NULL",
    };
    let held_args = shopper.map(|s| vec![Arg::Integer(s.0)]).unwrap_or_default();
    for a in steps.assignments(&sql::assignments_where(held_clause), held_args).await? {
        let Some(holder) = a.shopper else { continue };
        visits.push(Visit {
            shopper: holder,
            centre_id: a.centre_id.clone(),
            entity_id: a.entity_id.clone(),
            date: a.planned_date(),
            kind: VisitKind::Planned,
            assignment_id: Some(a.id),
        });
    }
    Ok(Context { wave, assignments, visits })
}

/// Every shopper account as the rules see it, with its grade and name.
pub(crate) struct Shoppers {
    pub rules: Vec<Shopper>,
    pub names: HashMap<AccountId, String>,
    pub graded: HashMap<AccountId, Vec<GradedEvaluation>>,
    pub expiries: Vec<LogEntry>,
    pub display: HashMap<AccountId, String>,
}

pub(crate) async fn shoppers(steps: &mut impl PlanningSteps) -> Result<Shoppers, StorageError> {
    let accounts = steps.accounts(&sql::accounts(Some("shopper")), vec![Arg::Text("shopper".into())]).await?;
    let mut graded: HashMap<AccountId, Vec<GradedEvaluation>> = HashMap::new();
    for (who, g) in steps.graded(&sql::graded(), Vec::new()).await? {
        graded.entry(who).or_default().push(g);
    }
    let expiries = steps.log(&sql::expiries(), Vec::new()).await?;
    let rules = accounts
        .iter()
        .filter(|a| a.role == UserRole::Shopper)
        .map(|a| {
            let g = shopper_grade(a.id, graded.get(&a.id).map_or(&[][..], Vec::as_slice), &expiries);
            Shopper { id: a.id, grade: g.grade, active: true }
        })
        .collect();
    Ok(Shoppers {
        rules,
        names: accounts.iter().map(|a| (a.id, a.username.clone())).collect(),
        display: accounts.iter().map(|a| (a.id, a.display_name.clone())).collect(),
        graded,
        expiries,
    })
}

/// Every account's username, for logs and views.
pub(crate) async fn names(steps: &mut impl PlanningSteps) -> Result<HashMap<AccountId, String>, StorageError> {
    Ok(steps.accounts(&sql::accounts(None), Vec::new()).await?.into_iter().map(|a| (a.id, a.username)).collect())
}
