//! Overdue reminders: the step each action not closed has reached today and
//! not yet sent, claimed in the transaction that finds it (every step up to
//! it recorded as sent), so that each goes once whichever instance sends it.

use super::reads::documents;
use crate::storage::filter::Arg;
use crate::storage::planning::PlanningSteps;
use crate::storage::{from_json, StorageError};
use chrono::NaiveDate;
use ms_core::actions::api::Action;
use ms_core::actions::{is_overdue, reminder_due, ReminderStep};

fn step_name(s: ReminderStep) -> &'static str {
    match s {
        ReminderStep::DueDay => "due_day",
        ReminderStep::ThreeDaysLate => "three_days_late",
        ReminderStep::SevenDaysLate => "seven_days_late",
    }
}

fn parse_step(s: &str) -> Result<ReminderStep, StorageError> {
    ReminderStep::ALL
        .into_iter()
        .find(|r| step_name(*r) == s)
        .ok_or_else(|| StorageError::Corrupt(format!("reminder step '{s}'")))
}

/// The actions not closed whose due date has come, with the reminder each owes today.
pub(crate) async fn due_reminders(
    steps: &mut impl PlanningSteps,
    today: NaiveDate,
) -> Result<Vec<(Action, ReminderStep)>, StorageError> {
    let sql = "SELECT a.body FROM actions a WHERE a.status NOT IN ('verified', 'closed_unfixed')
               AND a.due_date <= $1 ORDER BY a.due_date, a.id";
    let mut out = Vec::new();
    for body in documents(steps, sql, vec![Arg::Date(today)]).await? {
        let mut a: Action = from_json(&body)?;
        a.overdue = is_overdue(a.status, a.due_date, today);
        let sent_sql = "SELECT step FROM action_reminders WHERE action_id = $1";
        let sent = documents(steps, sent_sql, vec![Arg::Uuid(a.id)]).await?;
        let sent = sent.iter().map(|s| parse_step(s)).collect::<Result<Vec<_>, _>>()?;
        if let Some(step) = reminder_due(a.status, a.due_date, today, &sent) {
            out.push((a, step));
        }
    }
    Ok(out)
}

/// Records `step`, and every step before it, as sent for `action`; false
/// when `step` was recorded already (another instance claimed it).
pub(crate) async fn claim_reminders(
    steps: &mut impl PlanningSteps,
    action: uuid::Uuid,
    step: ReminderStep,
    at: chrono::DateTime<chrono::Utc>,
) -> Result<bool, StorageError> {
    let mut claimed = false;
    for s in ReminderStep::ALL.into_iter().filter(|s| *s <= step) {
        let n = steps
            .execute(
                "INSERT INTO action_reminders (action_id, step, sent_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                vec![Arg::Uuid(action), Arg::Text(step_name(s).into()), Arg::Time(at)],
            )
            .await?;
        if s == step {
            claimed = n > 0;
        }
    }
    Ok(claimed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_reads_back_from_its_name() {
        for s in ReminderStep::ALL {
            assert_eq!(parse_step(step_name(s)).ok(), Some(s));
        }
        assert!(parse_step("ten_days_late").is_err());
    }
}
