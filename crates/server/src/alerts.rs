//! Unhappy-ratings alerts: looked at after each citizen rating, raised at most
//! once per centre until acknowledged or cleared, and POSTed to a webhook with
//! retries. Neither the check nor the webhook can hold up or fail a rating.

use crate::state::AppState;
use chrono::Utc;
use ms_core::stats::AlertRule;
use ms_core::wire::Alert;
use serde::Serialize;
use std::time::Duration;

#[derive(Debug, Clone, PartialEq)]
pub struct AlertSettings {
    pub rule: AlertRule,
    /// Where raised alerts are POSTed as JSON; none by default.
    pub webhook: Option<String>,
    /// Attempts per alert before giving up.
    pub webhook_attempts: u32,
    /// The wait before the first retry; each next wait doubles.
    pub webhook_first_retry: Duration,
    /// Time allowed for one delivery attempt.
    pub webhook_timeout: Duration,
}

impl Default for AlertSettings {
    fn default() -> Self {
        Self {
            rule: AlertRule::default(),
            webhook: None,
            webhook_attempts: 6,
            webhook_first_retry: Duration::from_secs(2),
            webhook_timeout: Duration::from_secs(10),
        }
    }
}

/// What the webhook receives.
#[derive(Debug, Serialize)]
struct WebhookBody<'a> {
    event: &'static str,
    alert: &'a Alert,
    /// The centre's name in English, for a message without a lookup.
    centre_name: String,
}

/// Looks at the centre's recent ratings after a new one; sends a raised alert
/// to the webhook in the background.
pub async fn after_rating(state: &AppState, centre_id: &str) {
    let raised = match state.storage.check_alert(centre_id, &state.alerts.rule, Utc::now()).await {
        Ok(raised) => raised,
        Err(e) => {
            tracing::warn!(centre_id, error = %e, "could not look at the centre's recent ratings for an alert");
            return;
        }
    };
    let Some(alert) = raised else { return };
    tracing::info!(centre_id, alert = alert.id, ratings = alert.ratings, unhappy = alert.unhappy, "alert raised");
    if state.alerts.webhook.is_some() {
        let state = state.clone();
        tokio::spawn(async move { deliver(&state, &alert).await });
    }
}

async fn deliver(state: &AppState, alert: &Alert) {
    let centre_name = match state.storage.centre(&alert.centre_id).await {
        Ok(Some(c)) => c.name.get("en").to_owned(),
        _ => alert.centre_id.clone(),
    };
    let body = WebhookBody { event: "unhappy_ratings", alert, centre_name };
    post_with_retries(state, &body, |attempt, delivered, error| async move {
        if let Err(e) = state.storage.record_alert_delivery(alert.id, attempt, delivered, error).await {
            tracing::warn!(alert = alert.id, error = %e, "could not record the webhook delivery");
        }
    })
    .await;
}

/// POSTs `body` to the webhook, retrying with doubling waits until it
/// answers 2xx or the attempts run out; `after_attempt` hears of each
/// attempt (its number, when it was delivered, or why not). True when delivered.
pub(crate) async fn post_with_retries<B, F, Fut>(state: &AppState, body: &B, after_attempt: F) -> bool
where
    B: Serialize,
    F: Fn(u32, Option<chrono::DateTime<Utc>>, Option<String>) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let Some(url) = state.alerts.webhook.clone() else { return false };
    let client = reqwest::Client::builder().timeout(state.alerts.webhook_timeout).build();
    let Ok(client) = client else { return false };
    let mut wait = state.alerts.webhook_first_retry;
    for attempt in 1..=state.alerts.webhook_attempts.max(1) {
        let outcome = client.post(&url).json(body).send().await;
        let error = match outcome {
            Ok(r) if r.status().is_success() => None,
            Ok(r) => Some(format!("the webhook answered {}", r.status())),
            Err(e) => Some(format!("the webhook could not be reached: {e}")),
        };
        let delivered = error.is_none().then(Utc::now);
        after_attempt(attempt, delivered, error.clone()).await;
        match error {
            None => return true,
            Some(e) => tracing::warn!(attempt, error = %e, "webhook delivery failed"),
        }
        if attempt < state.alerts.webhook_attempts {
            tokio::time::sleep(wait).await;
            wait = wait.saturating_mul(2);
        }
    }
    false
}
