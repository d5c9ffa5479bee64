//! The reads: one action, a page of the list (overdue and soonest due
//! first, by keyset), and a centre's figures of its actions.

use super::{cursor_of, ActionCounts, ActionFilter, ActionScope};
use crate::storage::filter::Arg;
use crate::storage::planning::PlanningSteps;
use crate::storage::{from_json, StorageError};
use chrono::NaiveDate;
use ms_core::actions::api::{Action, ActionPage};
use ms_core::actions::is_overdue;

/// The first column of each row, as text.
pub(super) async fn documents(
    steps: &mut impl PlanningSteps,
    sql: &str,
    args: Vec<Arg>,
) -> Result<Vec<String>, StorageError> {
    steps.texts(sql, args).await
}

fn read(body: &str, today: NaiveDate) -> Result<Action, StorageError> {
    let mut a: Action = from_json(body)?;
    a.overdue = is_overdue(a.status, a.due_date, today);
    Ok(a)
}

/// An action whatever its scope (its `overdue` as stored).
pub(super) async fn by_id(steps: &mut impl PlanningSteps, id: uuid::Uuid) -> Result<Option<Action>, StorageError> {
    let found = documents(steps, "SELECT a.body FROM actions a WHERE a.id = $1", vec![Arg::Uuid(id)]).await?;
    found.first().map(|b| from_json(b)).transpose()
}

pub(crate) async fn action(
    steps: &mut impl PlanningSteps,
    id: uuid::Uuid,
    scope: &ActionScope,
    today: NaiveDate,
) -> Result<Option<Action>, StorageError> {
    let found = documents(steps, "SELECT a.body FROM actions a WHERE a.id = $1", vec![Arg::Uuid(id)]).await?;
    let Some(body) = found.first() else { return Ok(None) };
    let a = read(body, today)?;
    Ok(scope.includes(&a.entity_id, &a.centre_id).then_some(a))
}

/// The centres whose managers may open the photo `sha256`: evidence of their
/// actions, or in an approved evaluation of theirs (its latest revision).
pub(crate) async fn manager_photo_centres(
    steps: &mut impl PlanningSteps,
    sha256: &str,
) -> Result<Vec<String>, StorageError> {
    let sql = "SELECT a.centre_id FROM action_photos p JOIN actions a ON a.id = p.action_id WHERE p.sha256 = $1 \
        UNION SELECT e.centre_id FROM evaluation_photos p \
        JOIN evaluations e ON e.id = p.evaluation_id AND e.revision = p.revision \
        WHERE p.sha256 = $1 AND e.is_latest AND e.status = 'approved'";
    documents(steps, sql, vec![Arg::Text(sha256.to_owned())]).await
}

/// The clause keeping `scope`'s actions.
fn scope_clause(scope: &ActionScope, args: &mut Vec<Arg>) -> String {
    let (column, ids) = match scope {
        ActionScope::All => return "1 = 1".into(),
        ActionScope::Entities(ids) => ("a.entity_id", ids),
        ActionScope::Centres(ids) => ("a.centre_id", ids),
    };
    if ids.is_empty() {
        return "1 = 0".into();
    }
    let mut marks = Vec::new();
    for id in ids {
        args.push(Arg::Text(id.clone()));
        marks.push(format!("${}", args.len()));
    }
    format!("{column} IN ({})", marks.join(", "))
}

const NOT_CLOSED: &str = "a.status NOT IN ('verified', 'closed_unfixed')";

pub(crate) async fn actions(steps: &mut impl PlanningSteps, f: &ActionFilter) -> Result<ActionPage, StorageError> {
    let mut args = Vec::new();
    let mut clauses = vec![scope_clause(&f.scope, &mut args)];
    let mut add = |clause: &str, arg: Arg, args: &mut Vec<Arg>| {
        args.push(arg);
        clauses.push(clause.replace("$?", &format!("${}", args.len())));
    };
    if let Some(c) = &f.centre {
        add("a.centre_id = $?", Arg::Text(c.clone()), &mut args);
    }
    if let Some(s) = f.status {
        add("a.status = $?", Arg::Text(s.as_str().into()), &mut args);
    }
    if let Some(p) = f.priority {
        add("a.priority = $?", Arg::Text(p.as_str().into()), &mut args);
    }
    if let Some(s) = f.source {
        add("a.source = $?", Arg::Text(s.as_str().into()), &mut args);
    }
    match f.overdue {
        Some(true) => add(&format!("{NOT_CLOSED} AND a.due_date < $?"), Arg::Date(f.today), &mut args),
        Some(false) => add(&format!("NOT ({NOT_CLOSED} AND a.due_date < $?)"), Arg::Date(f.today), &mut args),
        None => {}
    }
    if let Some((day, id)) = f.after {
        args.push(Arg::Date(day));
        let d = args.len();
        args.push(Arg::Uuid(id));
        clauses.push(format!("(a.due_date > ${d} OR (a.due_date = ${d} AND a.id > ${}))", d + 1));
    }
    let sql = format!(
        "SELECT a.body FROM actions a WHERE {} ORDER BY a.due_date, a.id LIMIT {}",
        clauses.join(" AND "),
        f.limit + 1
    );
    let mut items = Vec::new();
    for body in documents(steps, &sql, args).await? {
        items.push(read(&body, f.today)?);
    }
    let more = items.len() > f.limit as usize;
    items.truncate(f.limit as usize);
    let next_cursor = if more { items.last().map(cursor_of) } else { None };
    Ok(ActionPage { items, next_cursor })
}

/// Open and overdue now, verified within `from..=to`, and the median days
/// from creation to verification of those.
pub(crate) async fn centre_counts(
    steps: &mut impl PlanningSteps,
    centre_id: &str,
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
) -> Result<ActionCounts, StorageError> {
    let bodies =
        documents(steps, "SELECT a.body FROM actions a WHERE a.centre_id = $1", vec![Arg::Text(centre_id.to_owned())])
            .await?;
    let mut counts = ActionCounts { open: 0, overdue: 0, verified: 0, median_days_to_verify: None };
    let mut days = Vec::new();
    for body in bodies {
        let a = read(&body, today)?;
        if !a.status.is_closed() {
            counts.open += 1;
        }
        if a.overdue {
            counts.overdue += 1;
        }
        if let Some(v) = a.verified_at.filter(|v| (from..=to).contains(&v.date_naive())) {
            counts.verified += 1;
            days.push((v - a.created_at).num_seconds() as f64 / 86_400.0);
        }
    }
    days.sort_by(f64::total_cmp);
    counts.median_days_to_verify = match days.len() {
        0 => None,
        n if n % 2 == 1 => Some(days[n / 2]),
        n => Some((days[n / 2 - 1] + days[n / 2]) / 2.0),
    };
    Ok(counts)
}
