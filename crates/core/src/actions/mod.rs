//! Improvement actions: what a centre is asked to fix after a visit found it
//! failing, who moves it through its statuses, the evidence a fix needs, its
//! deadline and the reminders an overdue action sends. Pure rules; storage
//! and the API apply them.
//!
//! ```text
//! open ──▶ in_progress ──▶ done ──▶ verified
//!   │           │           │
//!   │           │           └─(reopen, with a reason)─▶ open
//!   └───────────┴──▶ cant_do ──▶ closed_unfixed (accepted)
//!                       └─(reopen, with a reason)─▶ open
//! ```

pub mod api;
mod due;
mod moves;
mod sources;

pub use due::{default_due, is_overdue, reminder_due, DueDays, ReminderStep};
pub use moves::{check_move, moves_from, Evidence, MoveRefusal, Mover};
pub use sources::{failing_action_items, open_action_for, ActionKey};

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    Open,
    InProgress,
    /// Fixed, with evidence, awaiting a reviewer's verification.
    Done,
    Verified,
    /// The centre says it cannot fix it, with a reason.
    CantDo,
    /// A reviewer accepted that it cannot be fixed.
    ClosedUnfixed,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 6] = [
        ActionStatus::Open,
        ActionStatus::InProgress,
        ActionStatus::Done,
        ActionStatus::Verified,
        ActionStatus::CantDo,
        ActionStatus::ClosedUnfixed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ActionStatus::Open => "open",
            ActionStatus::InProgress => "in_progress",
            ActionStatus::Done => "done",
            ActionStatus::Verified => "verified",
            ActionStatus::CantDo => "cant_do",
            ActionStatus::ClosedUnfixed => "closed_unfixed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// No move leaves it: verified or closed unfixed.
    pub fn is_closed(self) -> bool {
        matches!(self, ActionStatus::Verified | ActionStatus::ClosedUnfixed)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    Low,
    #[default]
    Normal,
    High,
}

impl Priority {
    pub fn as_str(self) -> &'static str {
        match self {
            Priority::Low => "low",
            Priority::Normal => "normal",
            Priority::High => "high",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_status_reads_back_from_its_name_and_only_two_are_closed() {
        for s in ActionStatus::ALL {
            assert_eq!(ActionStatus::parse(s.as_str()), Some(s));
            assert_eq!(serde_json::to_value(s).unwrap(), serde_json::json!(s.as_str()));
        }
        assert_eq!(ActionStatus::parse("closed"), None);
        let closed: Vec<_> = ActionStatus::ALL.into_iter().filter(|s| s.is_closed()).collect();
        assert_eq!(closed, vec![ActionStatus::Verified, ActionStatus::ClosedUnfixed]);
    }
}
