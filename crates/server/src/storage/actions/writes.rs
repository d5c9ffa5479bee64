//! The writes: a reviewer's new action, a move of its status with its
//! evidence, and the actions an approved shopper's visit makes or joins
//! (inside the approval's own transaction).

use super::reads::{by_id, documents};
use super::{ActionActor, ActionRefusal};
use crate::storage::filter::Arg;
use crate::storage::planning::PlanningSteps;
use crate::storage::{from_json, json, StorageError};
use chrono::{DateTime, NaiveDate, Utc};
use ms_core::actions::api::{
    check_new_action, source_of, Action, ActionLogEntry, ActionSource, EvidenceEntry, NewAction, StatusMove,
    MAX_EVIDENCE_PHOTOS, MAX_TEXT_CHARS,
};
use ms_core::actions::{
    check_move, default_due, failing_action_items, open_action_for, ActionKey, ActionStatus, DueDays, Evidence, Mover,
    Priority,
};
use ms_core::engine::fails;
use ms_core::wire::UserRole;
use ms_core::{ChecklistTemplate, Evaluation, EvaluationId};

type Refusable<T> = Result<Result<T, ActionRefusal>, StorageError>;

fn field(field: &'static str, message: impl Into<String>) -> ActionRefusal {
    ActionRefusal::Field { field, message: message.into() }
}

/// Inserts a new action, or stores an existing one's new state.
async fn save(steps: &mut impl PlanningSteps, a: &Action, new: bool) -> Result<(), StorageError> {
    let body = json(a)?;
    if new {
        steps
            .execute(
                "INSERT INTO actions (id, centre_id, entity_id, item_id, status, priority, due_date, source,
                 assignee, created_at, updated_at, body) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
                vec![
                    Arg::Uuid(a.id),
                    Arg::Text(a.centre_id.clone()),
                    Arg::Text(a.entity_id.clone()),
                    Arg::MaybeText(a.item_id.clone()),
                    Arg::Text(a.status.as_str().into()),
                    Arg::Text(a.priority.as_str().into()),
                    Arg::Date(a.due_date),
                    Arg::Text(a.source.as_str().into()),
                    Arg::MaybeText(a.assignee.clone()),
                    Arg::Time(a.created_at),
                    Arg::Time(a.updated_at),
                    Arg::Text(body),
                ],
            )
            .await?;
    } else {
        steps
            .execute(
                "UPDATE actions SET status = $2, priority = $3, due_date = $4, assignee = $5, updated_at = $6,
                 body = $7 WHERE id = $1",
                vec![
                    Arg::Uuid(a.id),
                    Arg::Text(a.status.as_str().into()),
                    Arg::Text(a.priority.as_str().into()),
                    Arg::Date(a.due_date),
                    Arg::MaybeText(a.assignee.clone()),
                    Arg::Time(a.updated_at),
                    Arg::Text(body),
                ],
            )
            .await?;
    }
    Ok(())
}

/// The entity of a centre; None when the catalogue has no such centre.
async fn entity_of(steps: &mut impl PlanningSteps, centre_id: &str) -> Result<Option<String>, StorageError> {
    Ok(documents(steps, "SELECT entity_id FROM centres WHERE id = $1", vec![Arg::Text(centre_id.to_owned())])
        .await?
        .pop())
}

/// The latest revision of an evaluation, and the template it was made with.
async fn evaluation_and_template(
    steps: &mut impl PlanningSteps,
    id: EvaluationId,
) -> Result<Option<(Evaluation, ChecklistTemplate)>, StorageError> {
    let sql = "SELECT body FROM evaluations WHERE id = $1 AND is_latest";
    let Some(body) = documents(steps, sql, vec![Arg::Id(id)]).await?.pop() else { return Ok(None) };
    let evaluation: Evaluation = from_json(&body)?;
    let sql = "SELECT body FROM templates WHERE id = $1 AND version = CAST($2 AS BIGINT)";
    let args = vec![Arg::Text(evaluation.template.id.clone()), Arg::Integer(i64::from(evaluation.template.version))];
    let Some(template) = documents(steps, sql, args).await?.pop() else {
        return Err(StorageError::Corrupt(format!("evaluation {id} names a template that is not stored")));
    };
    Ok(Some((evaluation, from_json(&template)?)))
}

/// The English words of an item's question: an automatic action's title.
fn item_title(template: &ChecklistTemplate, item_id: &str) -> String {
    let Some(item) = template.item(item_id) else { return item_id.to_owned() };
    match template.text(&item.label, "en") {
        Some((text, _)) => text.to_owned(),
        None => crate::texts::resolve(&item.label, "en").unwrap_or_else(|| item_id.to_owned()),
    }
}

/// Whether `assignee` is an active manager of `centre_id`.
async fn manages(steps: &mut impl PlanningSteps, assignee: &str, centre_id: &str) -> Result<bool, StorageError> {
    let found = steps.users(crate::storage::admin::USER_BY_NAME, vec![Arg::Text(assignee.to_owned())]).await?;
    Ok(found
        .first()
        .is_some_and(|u| u.active && u.role == UserRole::CentreManager && u.centre_ids.iter().any(|c| c == centre_id)))
}

fn log(at: DateTime<Utc>, by: &str, event: &str, to: ActionStatus) -> ActionLogEntry {
    ActionLogEntry { at, by: by.to_owned(), from: None, to, comment: None, event: event.to_owned(), move_id: None }
}

/// The name under which an admin's deadlines by priority are kept in `settings`.
pub(crate) const DUE_DAYS_SETTING: &str = "action_due_days";

/// The deadlines by priority: an admin's, or the defaults.
pub(crate) async fn due_days(steps: &mut impl PlanningSteps) -> Result<DueDays, StorageError> {
    let sql = "SELECT value FROM settings WHERE name = $1";
    match documents(steps, sql, vec![Arg::Text(DUE_DAYS_SETTING.into())]).await?.pop() {
        Some(v) => from_json(&v),
        None => Ok(DueDays::default()),
    }
}

/// Sets the deadlines by priority, recorded in the audit log with the ones they replace.
pub(crate) async fn set_due_days(
    steps: &mut impl PlanningSteps,
    days: &DueDays,
    actor: i64,
    at: DateTime<Utc>,
) -> Result<(), StorageError> {
    let before = due_days(steps).await?;
    steps
        .execute(
            "INSERT INTO settings (name, value, updated_at, updated_by) VALUES ($1, $2, $3, $4)
             ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,
               updated_by = excluded.updated_by",
            vec![Arg::Text(DUE_DAYS_SETTING.into()), Arg::Text(json(days)?), Arg::Time(at), Arg::Integer(actor)],
        )
        .await?;
    let value = |d: &DueDays| serde_json::to_value(d).map_err(|e| StorageError::Invalid(e.to_string()));
    let entry = crate::storage::NewAuditEntry {
        at,
        actor: Some(actor),
        action: ms_core::audit::AuditAction::ActionDeadlinesChanged,
        subject: DUE_DAYS_SETTING.into(),
        before: Some(value(&before)?),
        after: Some(value(days)?),
    };
    crate::storage::planning::sql::audit(steps, &entry).await
}

/// A reviewer's new action: from a failing answer, a weakness or their own words.
pub(crate) async fn create_action(
    steps: &mut impl PlanningSteps,
    new: &NewAction,
    by: &ActionActor,
) -> Refusable<Action> {
    if by.mover != Mover::Reviewer {
        return Ok(Err(field("centre_id", "only a reviewer of the centre makes an action")));
    }
    let today = by.today();
    if let Err(r) = check_new_action(new, today) {
        return Ok(Err(field(r.field, r.message)));
    }
    let Some(entity_id) = entity_of(steps, &new.centre_id).await?.filter(|e| by.scope.includes(e, &new.centre_id))
    else {
        return Ok(Err(ActionRefusal::NotFound(format!("no centre '{}' among yours", new.centre_id))));
    };
    let mut evaluation_ids = Vec::new();
    if let Some(eid) = new.evaluation_id {
        let item_id = new.item_id.as_deref().unwrap_or_default();
        let found = evaluation_and_template(steps, EvaluationId(eid)).await?;
        let Some((evaluation, template)) = found.filter(|(e, _)| e.centre_id == new.centre_id) else {
            return Ok(Err(field("evaluation_id", format!("no evaluation {eid} of the centre '{}'", new.centre_id))));
        };
        let Some(item) = template.item(item_id) else {
            return Ok(Err(field("item_id", format!("the evaluation's checklist has no item '{item_id}'"))));
        };
        let failed =
            evaluation.answers.get(item_id).and_then(|a| a.value.as_ref()).is_some_and(|v| fails(&item.kind, v));
        if !failed {
            return Ok(Err(field("item_id", format!("the evaluation's answer to '{item_id}' did not fail"))));
        }
        evaluation_ids.push(eid);
    }
    if let Some(assignee) = &new.assignee {
        if !manages(steps, assignee, &new.centre_id).await? {
            return Ok(Err(field(
                "assignee",
                format!("'{assignee}' is not a manager of the centre '{}'", new.centre_id),
            )));
        }
    }
    steps.lock().await?;
    let due_days = due_days(steps).await?;
    let action = Action {
        id: uuid::Uuid::new_v4(),
        centre_id: new.centre_id.clone(),
        entity_id,
        title: new.title.trim().to_owned(),
        description: new.description.trim().to_owned(),
        priority: new.priority,
        due_date: new.due_date.unwrap_or_else(|| default_due(new.priority, today, &due_days)),
        overdue: false,
        status: ActionStatus::Open,
        source: source_of(new),
        evaluation_ids,
        stage_id: new.stage_id.clone(),
        item_id: new.item_id.clone(),
        assignee: new.assignee.clone(),
        photo_required: new.photo_required,
        evidence: Vec::new(),
        log: vec![log(by.at, &by.username, "created", ActionStatus::Open)],
        created_at: by.at,
        updated_at: by.at,
        verified_at: None,
    };
    save(steps, &action, true).await?;
    Ok(Ok(action))
}

/// Checks the photos a move names: each a SHA-256 already uploaded.
async fn known_photos(
    steps: &mut impl PlanningSteps,
    photos: &[String],
) -> Result<Result<Vec<String>, ActionRefusal>, StorageError> {
    let mut out: Vec<String> = Vec::new();
    for p in photos {
        let p = p.trim().to_ascii_lowercase();
        if ms_core::PhotoId::parse(&p).is_err() {
            return Ok(Err(field("photos", format!("'{p}' is not a photo's SHA-256 (64 hexadecimal digits)"))));
        }
        if !out.contains(&p) {
            out.push(p);
        }
    }
    if out.len() > MAX_EVIDENCE_PHOTOS {
        return Ok(Err(field("photos", format!("at most {MAX_EVIDENCE_PHOTOS} photos go with one move"))));
    }
    for p in &out {
        let sql = "SELECT CAST(0 AS BIGINT), COUNT(*) FROM photos WHERE sha256 = $1";
        if steps.counts(sql, vec![Arg::Text(p.clone())]).await?.first().is_none_or(|(_, n)| *n == 0) {
            return Ok(Err(field("photos", format!("no photo {p} was uploaded; PUT /photos/{p} first"))));
        }
    }
    Ok(Ok(out))
}

/// Moves an action as the rules allow, with its evidence; the same
/// `move_id` sent again answers the action as that move left it.
pub(crate) async fn move_action(
    steps: &mut impl PlanningSteps,
    id: uuid::Uuid,
    mv: &StatusMove,
    by: &ActionActor,
) -> Refusable<Action> {
    steps.lock().await?;
    let Some(mut action) = by_id(steps, id).await?.filter(|a| by.scope.includes(&a.entity_id, &a.centre_id)) else {
        return Ok(Err(ActionRefusal::NotFound(format!("no action {id} among yours"))));
    };
    if let Some(move_id) = mv.move_id {
        if action.log.iter().any(|l| l.move_id == Some(move_id)) {
            return Ok(Ok(action));
        }
    }
    let comment = mv.comment.trim();
    if comment.chars().count() > MAX_TEXT_CHARS {
        return Ok(Err(field("comment", format!("a comment has at most {MAX_TEXT_CHARS} characters"))));
    }
    let photos = match known_photos(steps, &mv.photos).await? {
        Ok(p) => p,
        Err(r) => return Ok(Err(r)),
    };
    let evidence = Evidence { comment: !comment.is_empty(), photos: photos.len() };
    if let Err(r) = check_move(action.status, mv.to, by.mover, evidence, action.photo_required) {
        return Ok(Err(ActionRefusal::Move(r)));
    }
    let from = action.status;
    action.status = mv.to;
    action.updated_at = by.at;
    if mv.to == ActionStatus::Verified {
        action.verified_at = Some(by.at);
    }
    if by.mover == Mover::Manager && (evidence.comment || !photos.is_empty()) {
        action.evidence.push(EvidenceEntry {
            at: by.at,
            by: by.username.clone(),
            status: mv.to,
            comment: comment.to_owned(),
            photos: photos.clone(),
        });
    }
    action.log.push(ActionLogEntry {
        at: by.at,
        by: by.username.clone(),
        from: Some(from),
        to: mv.to,
        comment: (!comment.is_empty()).then(|| comment.to_owned()),
        event: "moved".into(),
        move_id: mv.move_id,
    });
    for p in &photos {
        steps
            .execute(
                "INSERT INTO action_photos (action_id, sha256) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                vec![Arg::Uuid(id), Arg::Text(p.clone())],
            )
            .await?;
    }
    save(steps, &action, false).await?;
    Ok(Ok(action))
}

/// What an approved shopper's visit asks of its centre: an action for each
/// failing item marked `action_on_fail`, or the evaluation added to the
/// action still open for that centre and item. Runs inside the approval's
/// transaction; answers how many actions were made and joined.
pub(crate) async fn from_approval(
    steps: &mut impl PlanningSteps,
    id: EvaluationId,
    at: DateTime<Utc>,
) -> Result<(u32, u32), StorageError> {
    let Some((evaluation, template)) = evaluation_and_template(steps, id).await? else { return Ok((0, 0)) };
    let failing = failing_action_items(&template, &evaluation);
    if failing.is_empty() {
        return Ok((0, 0));
    }
    steps.lock().await?;
    let due_days = due_days(steps).await?;
    let Some(entity_id) = entity_of(steps, &evaluation.centre_id).await? else { return Ok((0, 0)) };
    let sql = "SELECT a.body FROM actions a WHERE a.centre_id = $1 AND a.item_id IS NOT NULL
               AND a.status NOT IN ('verified', 'closed_unfixed')";
    let mut open = Vec::new();
    for body in documents(steps, sql, vec![Arg::Text(evaluation.centre_id.clone())]).await? {
        open.push(from_json::<Action>(&body)?);
    }
    let keys: Vec<ActionKey<usize>> = open
        .iter()
        .enumerate()
        .map(|(i, a)| ActionKey { id: i, centre_id: a.centre_id.clone(), item_id: a.item_id.clone(), status: a.status })
        .collect();
    let (mut made, mut joined) = (0, 0);
    let today: NaiveDate = at.date_naive();
    for (stage, item) in failing {
        match open_action_for(&keys, &evaluation.centre_id, &item.id).map(|k| k.id) {
            Some(i) => {
                let a = &mut open[i];
                if a.evaluation_ids.contains(&id.0) {
                    continue;
                }
                a.evaluation_ids.push(id.0);
                a.updated_at = at;
                let mut entry = log(at, "system", "evaluation_joined", a.status);
                entry.comment = Some(id.to_string());
                a.log.push(entry);
                save(steps, a, false).await?;
                joined += 1;
            }
            None => {
                let action = Action {
                    id: uuid::Uuid::new_v4(),
                    centre_id: evaluation.centre_id.clone(),
                    entity_id: entity_id.clone(),
                    title: item_title(&template, &item.id),
                    description: String::new(),
                    priority: Priority::Normal,
                    due_date: default_due(Priority::Normal, today, &due_days),
                    overdue: false,
                    status: ActionStatus::Open,
                    source: ActionSource::Automatic,
                    evaluation_ids: vec![id.0],
                    stage_id: Some(stage.id.clone()),
                    item_id: Some(item.id.clone()),
                    assignee: None,
                    photo_required: item.photo_on_fail,
                    evidence: Vec::new(),
                    log: vec![log(at, "system", "created", ActionStatus::Open)],
                    created_at: at,
                    updated_at: at,
                    verified_at: None,
                };
                save(steps, &action, true).await?;
                made += 1;
            }
        }
    }
    Ok((made, joined))
}
