//! Overdue improvement actions sent to the alert webhook (with the alerts'
//! retries): on the due date, three days after and seven days after, each
//! once. A reminder is claimed in storage before it is sent, so that two
//! instances never both send it.

use crate::alerts::post_with_retries;
use crate::state::AppState;
use chrono::NaiveDate;
use ms_core::actions::api::Action;
use ms_core::actions::ReminderStep;
use serde::Serialize;

/// What the webhook receives.
#[derive(Debug, Serialize)]
struct ReminderBody<'a> {
    event: &'static str,
    step: ReminderStep,
    days_late: i64,
    action: &'a Action,
    /// The centre's name in English, for a message without a lookup.
    centre_name: String,
}

/// Claims the reminders due on `today` and sends each in the background;
/// answers how many were claimed. Nothing is claimed without a webhook.
pub async fn send_due(state: &AppState, today: NaiveDate) -> Result<usize, String> {
    if state.alerts.webhook.is_none() {
        return Ok(0);
    }
    let due = state.storage.claim_due_reminders(today).await.map_err(|e| e.to_string())?;
    let claimed = due.len();
    for (action, step) in due {
        let state = state.clone();
        tokio::spawn(async move {
            let centre_name = match state.storage.centre(&action.centre_id).await {
                Ok(Some(c)) => c.name.get("en").to_owned(),
                _ => action.centre_id.clone(),
            };
            let days_late = (today - action.due_date).num_days();
            let body = ReminderBody { event: "action_overdue", step, days_late, action: &action, centre_name };
            let sent = post_with_retries(&state, &body, |_, _, _| async {}).await;
            if !sent {
                tracing::warn!(action = %action.id, ?step, "the overdue action's reminder could not be delivered");
            }
        });
    }
    Ok(claimed)
}
