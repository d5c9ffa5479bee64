//! Moving one assignment: a claim, a gift (with its override), a release, a
//! start, a cancellation; the link to the evaluation made for it; following
//! that evaluation's review; and expiry.

use super::context::{self, Context};
use super::reads::view_one;
use super::sql;
use super::waves::load_wave;
use super::{AssignmentMove, PlanRefusal, Planned, Planner, PlanningSteps};
use crate::storage::filter::Arg;
use crate::storage::{ReviewScope, StorageError};
use chrono::{DateTime, Utc};
use ms_core::planning::api::{AssignmentLink, AssignmentView, Refusal};
use ms_core::planning::{
    clear_claim, clear_give, AccountId, Action, Actor, Assignment, AssignmentId, AssignmentStatus, MoveRefusal,
};
use ms_core::{EvaluationId, ReviewStatus};
use std::collections::HashMap;

async fn one(steps: &mut impl PlanningSteps, id: AssignmentId) -> Result<Option<Assignment>, StorageError> {
    Ok(steps.assignments(&sql::assignments_where("a.id = $1"), vec![Arg::Uuid(id.0)]).await?.pop())
}

pub(crate) async fn move_assignment(
    steps: &mut impl PlanningSteps,
    id: AssignmentId,
    m: &AssignmentMove,
    by: &Planner,
) -> Result<Planned<AssignmentView>, StorageError> {
    steps.lock().await?;
    expire(steps, by.at).await?;
    let Some(a) = one(steps, id).await? else { return Ok(Planned::NotFound) };
    // Supervisors act within their entities; a shopper on open assignments
    // and their own (a shopper's scope names no entity).
    let visible = match by.actor {
        Actor::Shopper(me) => a.status == AssignmentStatus::Open || a.shopper == Some(me),
        _ => by.scope.includes(&a.entity_id),
    };
    let Some(wave) = load_wave(steps, a.wave_id, &ReviewScope::All).await?.filter(|_| visible) else {
        return Ok(Planned::NotFound);
    };
    let action = match m {
        AssignmentMove::Claim | AssignmentMove::Give { .. } => {
            let (shopper_id, reason) = match (m, by.actor) {
                (AssignmentMove::Claim, Actor::Shopper(me)) => (me, None),
                (AssignmentMove::Claim, _) => return Ok(Planned::Refused(MoveRefusal::WrongRole.into())),
                (AssignmentMove::Give { .. }, Actor::Shopper(_)) => {
                    return Ok(Planned::Refused(MoveRefusal::WrongRole.into()))
                }
                (AssignmentMove::Give { shopper, override_reason }, _) => {
                    let accounts =
                        steps.accounts(&sql::accounts(Some("shopper")), vec![Arg::Text("shopper".into())]).await?;
                    match accounts.into_iter().find(|acc| &acc.username == shopper) {
                        Some(acc) => (acc.id, override_reason.as_deref()),
                        None => return Ok(Planned::Refused(PlanRefusal::UnknownShopper(shopper.clone()))),
                    }
                }
                _ => return Ok(Planned::Refused(MoveRefusal::WrongRole.into())),
            };
            let shoppers = context::shoppers(steps).await?;
            let Some(shopper) = shoppers.rules.iter().find(|s| s.id == shopper_id).cloned() else {
                return Ok(Planned::Refused(PlanRefusal::UnknownShopper(shopper_id.to_string())));
            };
            let ctx: Context = context::load(steps, wave, Some(shopper_id)).await?;
            let cleared = match m {
                AssignmentMove::Claim => clear_claim(&ctx.state(), &a, &shopper).map(Action::Claim),
                _ => clear_give(&ctx.state(), &a, &shopper, reason).map(Action::Give),
            };
            match cleared {
                Ok(action) => action,
                Err(r) => return Ok(Planned::Refused(r.into())),
            }
        }
        AssignmentMove::Release => Action::Release,
        AssignmentMove::Start => Action::Start,
        AssignmentMove::Cancel { reason } => Action::Cancel { reason: reason.clone() },
    };
    let change = match a.apply(action, by.actor, by.at) {
        Ok(c) => c,
        Err(r) => return Ok(Planned::Refused(r.into())),
    };
    sql::save(steps, &change).await?;
    Ok(Planned::Done(view_one(steps, change.assignment).await?))
}

fn refusal(r: &MoveRefusal, a: &Assignment) -> Refusal {
    let message = match r {
        MoveRefusal::IllegalMove { from: AssignmentStatus::Cancelled, .. } => {
            "the assignment was cancelled; the evaluation is kept without it".to_owned()
        }
        MoveRefusal::IllegalMove { from: AssignmentStatus::Open | AssignmentStatus::Expired, .. }
        | MoveRefusal::NotHolder => "this assignment is not held by you; the evaluation is kept without it".to_owned(),
        MoveRefusal::OtherEvaluation => {
            "another evaluation was already made for this assignment; this one is kept without it".to_owned()
        }
        other => format!("{other}; the evaluation is kept without the assignment"),
    };
    let code = match r {
        MoveRefusal::IllegalMove { .. } if a.status == AssignmentStatus::Cancelled => {
            ms_core::ErrorCode::IllegalAssignmentMove
        }
        other => other.code(),
    };
    Refusal { code, message, until: None }
}

pub(crate) async fn link_evaluation(
    steps: &mut impl PlanningSteps,
    evaluation_id: EvaluationId,
    centre_id: &str,
    assignment_id: AssignmentId,
    by: &Planner,
) -> Result<AssignmentLink, StorageError> {
    steps.lock().await?;
    let refused = |refusal| AssignmentLink { assignment_id, linked: false, refusal: Some(refusal) };
    let Some(a) = one(steps, assignment_id).await? else {
        return Ok(refused(Refusal {
            code: ms_core::ErrorCode::NotFound,
            message: "no such assignment; the evaluation is kept without it".into(),
            until: None,
        }));
    };
    if a.centre_id != centre_id {
        return Ok(refused(Refusal {
            code: ms_core::ErrorCode::UnknownCentre,
            message: format!(
                "the assignment is a visit of the centre {}, not {centre_id}; the evaluation is kept without it",
                a.centre_id
            ),
            until: None,
        }));
    }
    // The same evaluation sent again (a retried upload): already linked.
    if a.evaluation_id == Some(evaluation_id) && a.status.made() {
        return Ok(AssignmentLink { assignment_id, linked: true, refusal: None });
    }
    match a.apply(Action::Submit { evaluation_id }, by.actor, by.at) {
        Ok(change) => {
            sql::save(steps, &change).await?;
            sql::link(steps, evaluation_id, assignment_id).await?;
            Ok(AssignmentLink { assignment_id, linked: true, refusal: None })
        }
        Err(r) => Ok(refused(refusal(&r, &a))),
    }
}

/// Moves the assignment an evaluation was made for as its review did.
pub(crate) async fn follow_review(
    steps: &mut impl PlanningSteps,
    evaluation_id: EvaluationId,
    to: ReviewStatus,
    at: DateTime<Utc>,
) -> Result<(), StorageError> {
    let made_for =
        steps.assignments(&sql::assignments_where("a.evaluation_id = $1"), vec![Arg::Uuid(evaluation_id.0)]).await?;
    for a in made_for {
        if a.status.after_review(to).is_some() {
            steps.lock().await?;
            if let Ok(change) = a.apply(Action::Review(to), Actor::System, at) {
                sql::save(steps, &change).await?;
            }
        }
    }
    Ok(())
}

/// Expires, inside the caller's transaction, every assignment not started by
/// its due date, and opens it again while its wave runs.
pub(crate) async fn expire(steps: &mut impl PlanningSteps, at: DateTime<Utc>) -> Result<u32, StorageError> {
    let today = at.date_naive();
    let overdue = steps
        .assignments(&sql::assignments_where("a.status IN ('open', 'assigned') AND a.due < $1"), vec![Arg::Date(today)])
        .await?;
    if overdue.is_empty() {
        return Ok(0);
    }
    steps.lock().await?;
    let mut waves = HashMap::new();
    let mut expired = 0;
    for a in overdue {
        if let std::collections::hash_map::Entry::Vacant(slot) = waves.entry(a.wave_id) {
            slot.insert(load_wave(steps, a.wave_id, &ReviewScope::All).await?);
        }
        let Some(Some(w)) = waves.get(&a.wave_id) else { continue };
        let changes = match a.expire_overdue(today, w.status, w.plan.to, at) {
            Ok(c) => c,
            Err(e) => return Err(StorageError::Invalid(e.to_string())),
        };
        for change in &changes {
            sql::save(steps, change).await?;
        }
        expired += 1;
    }
    Ok(expired)
}

/// Whether anything is overdue, without writing: a cheap question to ask
/// before opening a write.
pub(crate) async fn expire_overdue(steps: &mut impl PlanningSteps, at: DateTime<Utc>) -> Result<bool, StorageError> {
    let overdue = steps
        .counts(
            "SELECT CAST(0 AS BIGINT), COUNT(*) FROM assignments a WHERE a.status IN ('open', 'assigned') AND a.due < $1",
            vec![Arg::Date(at.date_naive())],
        )
        .await?;
    Ok(overdue.first().is_some_and(|(_, n)| *n > 0))
}

/// The shopper a planner is, if one.
pub(crate) fn shopper_of(by: &Planner) -> Option<AccountId> {
    match by.actor {
        Actor::Shopper(id) => Some(id),
        _ => None,
    }
}
