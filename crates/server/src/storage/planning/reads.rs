//! Reading assignments: the filtered list paged by keyset, one with its log,
//! a shopper's own and the ones they may claim, and the shoppers' standing.

use super::context::{self, Context};
use super::moves::shopper_of;
use super::sql;
use super::{AssignmentFilter, Planner, PlanningSteps, StoredWave};
use crate::storage::filter::Arg;
use crate::storage::{ReviewScope, StorageError};
use chrono::{Days, NaiveDate};
use ms_core::planning::api::{
    AssignmentLogLine, AssignmentPage, AssignmentView, Available, LockoutLine, MyAssignments, Refusal, ShopperStanding,
};
use ms_core::planning::{
    refusals, shopper_grade, AccountId, Actor, Assignment, AssignmentStatus, LogEntry, WaveId, WaveRules,
};
use std::collections::{BTreeMap, HashMap};

/// The most open assignments a shopper's list offers.
const MAX_AVAILABLE: usize = 200;

pub(crate) struct Names {
    waves: HashMap<WaveId, StoredWave>,
    accounts: HashMap<AccountId, String>,
}

impl Names {
    async fn load(steps: &mut impl PlanningSteps) -> Result<Self, StorageError> {
        let waves = steps.waves(&sql::all_waves(), Vec::new()).await?.into_iter().map(|w| (w.id, w)).collect();
        Ok(Self { waves, accounts: context::names(steps).await? })
    }

    fn name(&self, id: Option<AccountId>) -> Option<String> {
        id.map(|id| self.accounts.get(&id).cloned().unwrap_or_else(|| id.to_string()))
    }

    fn view(&self, a: Assignment, log: &[LogEntry]) -> AssignmentView {
        let wave = self.waves.get(&a.wave_id);
        AssignmentView {
            id: a.id,
            wave_id: a.wave_id,
            wave_name: wave.map(|w| w.plan.name.clone()).unwrap_or_default(),
            template_id: wave.map(|w| w.plan.template_id.clone()).unwrap_or_default(),
            centre_id: a.centre_id,
            entity_id: a.entity_id,
            service_id: a.service_id,
            scenario: a.scenario,
            days: a.days,
            hours: a.hours,
            earliest: a.window.earliest(),
            due: a.window.due(),
            status: a.status,
            shopper: self.name(a.shopper),
            evaluation_id: a.evaluation_id,
            log: log
                .iter()
                .map(|e| AssignmentLogLine {
                    at: e.at,
                    by: match e.by {
                        Actor::Shopper(id) | Actor::Supervisor(id) => self.name(Some(id)),
                        Actor::System => None,
                    },
                    from: e.from,
                    to: e.to,
                    shopper: self.name(e.shopper),
                    reason: e.reason.clone(),
                    overridden: e.overridden.clone(),
                })
                .collect(),
        }
    }
}

/// One assignment as the API answers it, with its log.
pub(crate) async fn view_one(steps: &mut impl PlanningSteps, a: Assignment) -> Result<AssignmentView, StorageError> {
    let log = steps.log(&sql::log_of_assignment(), vec![Arg::Uuid(a.id.0)]).await?;
    Ok(Names::load(steps).await?.view(a, &log))
}

pub(crate) async fn assignments(
    steps: &mut impl PlanningSteps,
    f: &AssignmentFilter,
) -> Result<AssignmentPage, StorageError> {
    let mut clauses = vec!["1 = 1".to_owned()];
    let mut args = Vec::new();
    let mut bind = |clause: &str, v: Arg, args: &mut Vec<Arg>| {
        args.push(v);
        clauses.push(clause.replace('?', &format!("${}", args.len())));
    };
    if let Some(w) = f.wave_id {
        bind("a.wave_id = ?", Arg::Uuid(w.0), &mut args);
    }
    if let Some(s) = f.status {
        bind("a.status = ?", Arg::Text(s.as_str().into()), &mut args);
    }
    if let Some(c) = &f.centre_id {
        bind("a.centre_id = ?", Arg::Text(c.clone()), &mut args);
    }
    if let Some(s) = &f.shopper {
        bind("a.shopper = (SELECT u.id FROM users u WHERE u.username = ?)", Arg::Text(s.clone()), &mut args);
    }
    if let Some((due, id)) = f.after {
        args.push(Arg::Date(due));
        args.push(Arg::Uuid(id.0));
        clauses.push(format!(
            "(a.due > ${} OR (a.due = ${} AND a.id > ${}))",
            args.len() - 1,
            args.len() - 1,
            args.len()
        ));
    }
    if let Some(ReviewScope::Entities(ids)) = &f.scope {
        if ids.is_empty() {
            return Ok(AssignmentPage { items: Vec::new(), next_cursor: None });
        }
        let marks: Vec<String> = ids
            .iter()
            .map(|e| {
                args.push(Arg::Text(e.clone()));
                format!("${}", args.len())
            })
            .collect();
        clauses.push(format!("a.entity_id IN ({})", marks.join(", ")));
    }
    let limit = f.limit.clamp(1, 1000);
    let query = format!("{} LIMIT {}", sql::assignments_where(&clauses.join(" AND ")), limit + 1);
    let mut rows = steps.assignments(&query, args).await?;
    let next_cursor = if rows.len() > limit as usize {
        rows.truncate(limit as usize);
        rows.last().map(|a| format!("{}~{}", a.window.due(), a.id))
    } else {
        None
    };
    let names = Names::load(steps).await?;
    Ok(AssignmentPage { items: rows.into_iter().map(|a| names.view(a, &[])).collect(), next_cursor })
}

/// Reads a cursor of [`assignments`]: the last row's due date and id.
pub fn parse_cursor(s: &str) -> Option<(NaiveDate, ms_core::planning::AssignmentId)> {
    let (due, id) = s.split_once('~')?;
    Some((due.parse().ok()?, id.parse().ok()?))
}

pub(crate) async fn assignment(
    steps: &mut impl PlanningSteps,
    id: ms_core::planning::AssignmentId,
    by: &Planner,
) -> Result<Option<AssignmentView>, StorageError> {
    let Some(a) = steps.assignments(&sql::assignments_where("a.id = $1"), vec![Arg::Uuid(id.0)]).await?.pop() else {
        return Ok(None);
    };
    let visible = match shopper_of(by) {
        Some(me) => a.status == AssignmentStatus::Open || a.shopper == Some(me),
        None => by.scope.includes(&a.entity_id),
    };
    if !visible {
        return Ok(None);
    }
    Ok(Some(view_one(steps, a).await?))
}

fn refusal_of(r: &ms_core::planning::RuleRefusal) -> Refusal {
    Refusal { code: r.code(), message: r.to_string(), until: r.ends() }
}

pub(crate) async fn my_assignments(
    steps: &mut impl PlanningSteps,
    by: &Planner,
) -> Result<MyAssignments, StorageError> {
    let Some(me) = shopper_of(by) else { return Ok(MyAssignments::default()) };
    let today = by.today();
    let names = Names::load(steps).await?;
    let mine = steps
        .assignments(
            &sql::assignments_where(
                "a.shopper = $1 AND a.status IN ('assigned', 'in_progress', 'submitted', 'returned')",
            ),
            vec![Arg::Integer(me.0)],
        )
        .await?;
    let open = steps
        .assignments(
            &format!(
                "{} LIMIT {MAX_AVAILABLE}",
                sql::assignments_where(
                    "a.status = 'open' AND a.due >= $1 AND a.wave_id IN (SELECT w.id FROM waves w WHERE w.status = 'published')"
                )
            ),
            vec![Arg::Date(today)],
        )
        .await?;
    let shoppers = context::shoppers(steps).await?;
    let shopper = shoppers.rules.iter().find(|s| s.id == me).cloned();
    let mut contexts: HashMap<WaveId, Context> = HashMap::new();
    let mut available = Vec::new();
    for a in open {
        let refusal = match &shopper {
            None => Some(Refusal {
                code: ms_core::ErrorCode::Forbidden,
                message: "only a shopper's account claims visits".into(),
                until: None,
            }),
            Some(s) => {
                if let std::collections::hash_map::Entry::Vacant(slot) = contexts.entry(a.wave_id) {
                    let Some(w) = names.waves.get(&a.wave_id).cloned() else { continue };
                    slot.insert(context::load(steps, w, Some(me)).await?);
                }
                let Some(ctx) = contexts.get(&a.wave_id) else { continue };
                refusals(&ctx.state(), &a, s).first().map(refusal_of)
            }
        };
        available.push(Available { claimable: refusal.is_none(), refusal, assignment: names.view(a, &[]) });
    }
    Ok(MyAssignments { mine: mine.into_iter().map(|a| names.view(a, &[])).collect(), available })
}

pub(crate) async fn shoppers(
    steps: &mut impl PlanningSteps,
    today: NaiveDate,
) -> Result<Vec<ShopperStanding>, StorageError> {
    let all = context::shoppers(steps).await?;
    let lockout = WaveRules::default().lockout_days;
    let since = today.checked_sub_days(Days::new(u64::from(lockout))).unwrap_or(NaiveDate::MIN);
    let until = today.checked_add_days(Days::new(1)).unwrap_or(NaiveDate::MAX);
    let recent = steps.visits(&sql::made_visits(false), vec![Arg::Day(since), Arg::Day(until)]).await?;
    let made: HashMap<i64, i64> = steps.counts(sql::VISITS_MADE, Vec::new()).await?.into_iter().collect();
    let held = steps
        .counts(
            "SELECT a.shopper, COUNT(*) FROM assignments a WHERE a.status IN ('assigned', 'in_progress')
             AND a.shopper IS NOT NULL GROUP BY a.shopper",
            Vec::new(),
        )
        .await?;
    let held: HashMap<i64, i64> = held.into_iter().collect();
    let mut latest: HashMap<AccountId, BTreeMap<String, NaiveDate>> = HashMap::new();
    for v in recent {
        let at = latest.entry(v.shopper).or_default().entry(v.centre_id).or_insert(v.date);
        *at = (*at).max(v.date);
    }
    let mut out = Vec::new();
    for s in &all.rules {
        let g = shopper_grade(s.id, all.graded.get(&s.id).map_or(&[][..], Vec::as_slice), &all.expiries);
        let lockouts = latest
            .get(&s.id)
            .map(|centres| {
                centres
                    .iter()
                    .filter_map(|(centre, visited)| {
                        let until = visited.checked_add_days(Days::new(u64::from(lockout)))?;
                        (until > today).then(|| LockoutLine { centre_id: centre.clone(), visited: *visited, until })
                    })
                    .collect()
            })
            .unwrap_or_default();
        out.push(ShopperStanding {
            username: all.names.get(&s.id).cloned().unwrap_or_default(),
            display_name: all.display.get(&s.id).cloned().unwrap_or_default(),
            grade: g.grade,
            graded: g.graded,
            visits: made.get(&s.id.0).copied().unwrap_or(0).max(0) as u32,
            missed: g.missed,
            held: held.get(&s.id.0).copied().unwrap_or(0).max(0) as u32,
            lockouts,
        });
    }
    Ok(out)
}
