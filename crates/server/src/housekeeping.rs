//! Work the server does on its own, now and then: removing ended sessions and
//! photos that no evaluation came to refer to within the grace period,
//! expiring planned visits not started by their due date, and sending the
//! reminders of overdue improvement actions.

use crate::state::AppState;
use chrono::Utc;
use std::time::Duration;

/// How often housekeeping runs.
pub const EVERY: Duration = Duration::from_secs(3600);
/// When the first round runs after the server starts: soon, so that a server
/// restarted more often than every hour still sweeps, but not while it starts
/// and meets its first requests (with a short grace period, a round at once
/// could take a photo uploaded just before the evaluation that refers to it).
const FIRST_ROUND_AFTER: Duration = Duration::from_secs(60);
/// Photos removed per round at most, so one round never runs for long.
const PHOTOS_PER_ROUND: u32 = 1000;

/// What one round removed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Swept {
    pub sessions: u64,
    pub photos: u64,
    pub expired: u32,
    pub reminders: usize,
}

/// One round of housekeeping.
pub async fn sweep(state: &AppState) -> Result<Swept, String> {
    let now = Utc::now();
    let idle = chrono::Duration::from_std(state.limits.session_idle).map_err(|e| e.to_string())?;
    let sessions = state.storage.purge_sessions(now, idle).await.map_err(|e| e.to_string())?;
    if let Some(counters) = state.storage.shared_counters() {
        // Past the longest an allowance looks back, a counter no longer matters.
        let horizon = crate::guard::RATING_WINDOW.max(crate::guard::SignInGuard::horizon(state.limits.sign_in_lockout));
        let horizon = chrono::Duration::from_std(horizon).map_err(|e| e.to_string())?;
        counters.purge(now - horizon).await.map_err(|e| e.to_string())?;
    }
    let grace = chrono::Duration::from_std(state.limits.orphan_photo_grace).map_err(|e| e.to_string())?;
    let mut photos = 0;
    for id in state.storage.orphan_photos(now - grace, PHOTOS_PER_ROUND).await.map_err(|e| e.to_string())? {
        // The record goes first: a photo the server no longer lists is uploaded
        // again by a device that still needs it.
        if state.storage.forget_orphan_photo(&id).await.map_err(|e| e.to_string())? {
            state.photos.delete(&id).await.map_err(|e| format!("photo {id}: {e}"))?;
            photos += 1;
        }
    }
    let expired = state.storage.expire_overdue(now).await.map_err(|e| e.to_string())?;
    let reminders = crate::reminders::send_due(state, now.date_naive()).await?;
    Ok(Swept { sessions, photos, expired, reminders })
}

/// Runs [`sweep`] every [`EVERY`], the first time [`FIRST_ROUND_AFTER`] the
/// start, until the task is dropped.
pub async fn run(state: AppState) {
    let mut ticks = tokio::time::interval_at(tokio::time::Instant::now() + FIRST_ROUND_AFTER, EVERY);
    loop {
        ticks.tick().await;
        match sweep(&state).await {
            Ok(s) if s != Swept::default() => {
                let (sessions, photos, expired, reminders) = (s.sessions, s.photos, s.expired, s.reminders);
                tracing::info!(sessions, photos, expired, reminders, "housekeeping")
            }
            Ok(_) => {}
            Err(e) => tracing::warn!("housekeeping: {e}"),
        }
    }
}
