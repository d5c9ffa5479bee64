//! Waves: creating a draft, changing its plan, publishing, closing and
//! cancelling it, its coverage, and the scheduler filling it.

use super::context::{self, Context};
use super::moves::expire;
use super::sql;
use super::{PlanRefusal, Planned, Planner, PlanningSteps, StoredWave};
use crate::storage::filter::Arg;
use crate::storage::{ReviewScope, StorageError};
use ms_core::planning::api::{
    CentreCoverage, Coverage, FillReport, FilledLine, RuleTally, UnfilledLine, WaveDetail, WavePatch, WaveSummary,
};
use ms_core::planning::{
    fill, move_allowed, publish, AccountId, Action, Actor, Assignment, AssignmentId, AssignmentStatus, WaveError,
    WaveId, WavePlan, WaveRefusal, WaveStatus,
};
use ms_core::Catalogue;
use std::collections::{BTreeSet, HashMap};

/// Checks a plan against the catalogue and the planner's entities; answers
/// the entities of its centres.
fn check(plan: &WavePlan, catalogue: &Catalogue, scope: &ReviewScope) -> Result<Vec<String>, WaveRefusal> {
    plan.check(catalogue)?;
    let mut entities = BTreeSet::new();
    for (index, v) in plan.visits.iter().enumerate() {
        let centre = catalogue.centre(&v.centre_id).filter(|c| scope.includes(&c.entity_id));
        let Some(centre) = centre else {
            return Err(WaveError::UnknownCentre { index, centre_id: v.centre_id.clone() }.into());
        };
        entities.insert(centre.entity_id.clone());
    }
    Ok(entities.into_iter().collect())
}

pub(crate) async fn create_wave(
    steps: &mut impl PlanningSteps,
    plan: &WavePlan,
    catalogue: &Catalogue,
    by: &Planner,
) -> Result<Planned<WaveDetail>, StorageError> {
    let entity_ids = match check(plan, catalogue, &by.scope) {
        Ok(e) => e,
        Err(r) => return Ok(Planned::Refused(r.into())),
    };
    steps.lock().await?;
    let mut plan = plan.clone();
    plan.name = plan.name.trim().to_owned();
    let wave = StoredWave {
        id: WaveId::new(),
        plan,
        status: WaveStatus::Draft,
        entity_ids,
        created_by: by.account(),
        created_at: by.at,
        updated_at: by.at,
    };
    sql::insert_wave(steps, &wave).await?;
    Ok(Planned::Done(detail(steps, wave).await?))
}

/// The coverage of assignments, for the whole wave and per centre.
fn coverage(assignments: &[Assignment]) -> (Coverage, HashMap<&str, Coverage>) {
    let mut all = Coverage::default();
    let mut per: HashMap<&str, Coverage> = HashMap::new();
    for a in assignments {
        all.count(a.status);
        per.entry(a.centre_id.as_str()).or_default().count(a.status);
    }
    (all, per)
}

fn summary(w: &StoredWave, coverage: Coverage, names: &HashMap<AccountId, String>) -> WaveSummary {
    WaveSummary {
        id: w.id,
        name: w.plan.name.clone(),
        from: w.plan.from,
        to: w.plan.to,
        template_id: w.plan.template_id.clone(),
        status: w.status,
        entity_ids: w.entity_ids.clone(),
        created_by: w.created_by.and_then(|id| names.get(&AccountId(id)).cloned()),
        created_at: w.created_at,
        updated_at: w.updated_at,
        coverage,
    }
}

async fn detail(steps: &mut impl PlanningSteps, w: StoredWave) -> Result<WaveDetail, StorageError> {
    let assignments = steps.assignments(&sql::assignments_where("a.wave_id = $1"), vec![Arg::Uuid(w.id.0)]).await?;
    let names = context::names(steps).await?;
    let (all, per) = coverage(&assignments);
    let mut seen = BTreeSet::new();
    let centres = w
        .plan
        .visits
        .iter()
        .filter(|v| seen.insert(v.centre_id.clone()))
        .map(|v| CentreCoverage {
            centre_id: v.centre_id.clone(),
            coverage: per.get(v.centre_id.as_str()).copied().unwrap_or_default(),
        })
        .collect();
    Ok(WaveDetail { summary: summary(&w, all, &names), plan: w.plan.clone(), centres })
}

pub(crate) async fn waves(
    steps: &mut impl PlanningSteps,
    scope: &ReviewScope,
) -> Result<Vec<WaveSummary>, StorageError> {
    let waves = steps.waves(&sql::all_waves(), Vec::new()).await?;
    let assignments = steps.assignments(&sql::assignments_where("1 = 1"), Vec::new()).await?;
    let mut by_wave: HashMap<WaveId, Vec<Assignment>> = HashMap::new();
    for a in assignments {
        by_wave.entry(a.wave_id).or_default().push(a);
    }
    let names = context::names(steps).await?;
    Ok(waves
        .iter()
        .filter(|w| w.visible_to(scope))
        .map(|w| summary(w, coverage(by_wave.get(&w.id).map_or(&[][..], Vec::as_slice)).0, &names))
        .collect())
}

pub(crate) async fn load_wave(
    steps: &mut impl PlanningSteps,
    id: WaveId,
    scope: &ReviewScope,
) -> Result<Option<StoredWave>, StorageError> {
    let wave = steps.waves(&sql::wave_by_id(), vec![Arg::Uuid(id.0)]).await?.pop();
    Ok(wave.filter(|w| w.visible_to(scope)))
}

pub(crate) async fn wave(
    steps: &mut impl PlanningSteps,
    id: WaveId,
    scope: &ReviewScope,
) -> Result<Option<WaveDetail>, StorageError> {
    match load_wave(steps, id, scope).await? {
        Some(w) => Ok(Some(detail(steps, w).await?)),
        None => Ok(None),
    }
}

pub(crate) async fn change_wave(
    steps: &mut impl PlanningSteps,
    id: WaveId,
    patch: &WavePatch,
    catalogue: &Catalogue,
    by: &Planner,
) -> Result<Planned<WaveDetail>, StorageError> {
    steps.lock().await?;
    let Some(mut wave) = load_wave(steps, id, &by.scope).await? else { return Ok(Planned::NotFound) };
    if let Some(plan) = &patch.plan {
        if !wave.status.editable() {
            return Ok(Planned::Refused(WaveRefusal::NotEditable(wave.status).into()));
        }
        match check(plan, catalogue, &by.scope) {
            Ok(entities) => wave.entity_ids = entities,
            Err(r) => return Ok(Planned::Refused(r.into())),
        }
        wave.plan = plan.clone();
        wave.plan.name = plan.name.trim().to_owned();
    }
    if let Some(to) = patch.status.filter(|to| *to != wave.status || patch.plan.is_none()) {
        if let Err(r) = move_allowed(wave.status, to) {
            return Ok(Planned::Refused(r.into()));
        }
        match to {
            WaveStatus::Published => {
                let made = match publish(&wave.plan, wave.status, wave.id, catalogue, AssignmentId::new) {
                    Ok(made) => made,
                    Err(r) => return Ok(Planned::Refused(r.into())),
                };
                for a in &made {
                    sql::insert_assignment(steps, a, by.at).await?;
                }
                let entry = crate::storage::NewAuditEntry {
                    at: by.at,
                    actor: by.account(),
                    action: ms_core::audit::AuditAction::WavePublished,
                    subject: format!("{}: {}", wave.id, wave.plan.name),
                    before: None,
                    after: Some(serde_json::json!({
                        "name": wave.plan.name,
                        "from": wave.plan.from,
                        "to": wave.plan.to,
                        "template_id": wave.plan.template_id,
                        "assignments": made.len(),
                    })),
                };
                sql::audit(steps, &entry).await?;
            }
            WaveStatus::Cancelled => {
                let reason = format!("the wave '{}' was cancelled", wave.plan.name);
                let actor = supervisor(by);
                let assignments =
                    steps.assignments(&sql::assignments_where("a.wave_id = $1"), vec![Arg::Uuid(wave.id.0)]).await?;
                for a in assignments.iter().filter(|a| a.status.may_move_to(AssignmentStatus::Cancelled)) {
                    let change = match a.apply(Action::Cancel { reason: reason.clone() }, actor, by.at) {
                        Ok(c) => c,
                        Err(r) => return Ok(Planned::Refused(PlanRefusal::Move(r))),
                    };
                    sql::save(steps, &change).await?;
                }
            }
            WaveStatus::Closed | WaveStatus::Draft => {}
        }
        wave.status = to;
    }
    wave.updated_at = by.at;
    sql::update_wave(steps, &wave).await?;
    Ok(Planned::Done(detail(steps, wave).await?))
}

/// A supervisor or admin acting on the plan; the server acting for itself otherwise.
fn supervisor(by: &Planner) -> Actor {
    match by.actor {
        Actor::Supervisor(id) => Actor::Supervisor(id),
        _ => Actor::System,
    }
}

pub(crate) async fn fill_wave(
    steps: &mut impl PlanningSteps,
    id: WaveId,
    by: &Planner,
) -> Result<Planned<FillReport>, StorageError> {
    steps.lock().await?;
    expire(steps, by.at).await?;
    let Some(wave) = load_wave(steps, id, &by.scope).await? else { return Ok(Planned::NotFound) };
    let shoppers = context::shoppers(steps).await?;
    let ctx: Context = context::load(steps, wave, None).await?;
    let result = match fill(&ctx.state(), &shoppers.rules) {
        Ok(r) => r,
        Err(r) => return Ok(Planned::Refused(r.into())),
    };
    let changes = match result.changes(&ctx.assignments, supervisor(by), by.at) {
        Ok(c) => c,
        Err(r) => return Ok(Planned::Refused(r.into())),
    };
    for change in &changes {
        sql::save(steps, change).await?;
    }
    let centre_of: HashMap<AssignmentId, &Assignment> = ctx.assignments.iter().map(|a| (a.id, a)).collect();
    let assigned = result
        .assigned
        .iter()
        .map(|f| FilledLine {
            assignment_id: f.assignment_id,
            centre_id: centre_of.get(&f.assignment_id).map(|a| a.centre_id.clone()).unwrap_or_default(),
            shopper: shoppers.names.get(&f.shopper).cloned().unwrap_or_else(|| f.shopper.to_string()),
        })
        .collect();
    let unfilled = result
        .unfilled
        .iter()
        .map(|u| {
            let a = centre_of.get(&u.assignment_id);
            UnfilledLine {
                assignment_id: u.assignment_id,
                centre_id: a.map(|a| a.centre_id.clone()).unwrap_or_default(),
                earliest: a.map(|a| a.planned_date()).unwrap_or(ctx.wave.plan.from),
                no_shopper: shoppers.rules.is_empty(),
                refused: u.refused.iter().map(|r| RuleTally { rule: r.rule, shoppers: r.shoppers }).collect(),
            }
        })
        .collect();
    let after = steps.assignments(&sql::assignments_where("a.wave_id = $1"), vec![Arg::Uuid(id.0)]).await?;
    Ok(Planned::Done(FillReport { assigned, unfilled, coverage: coverage(&after).0 }))
}
