//! The server-side life of a submitted evaluation and the moves a supervisor may make.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReviewStatus {
    Received,
    Approved,
    HasIssues,
    Rejected,
    /// Sent back to its shopper, who may submit the next revision.
    Returned,
}

impl ReviewStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewStatus::Received => "received",
            ReviewStatus::Approved => "approved",
            ReviewStatus::HasIssues => "has_issues",
            ReviewStatus::Rejected => "rejected",
            ReviewStatus::Returned => "returned",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "received" => ReviewStatus::Received,
            "approved" => ReviewStatus::Approved,
            "has_issues" => ReviewStatus::HasIssues,
            "rejected" => ReviewStatus::Rejected,
            "returned" => ReviewStatus::Returned,
            _ => return None,
        })
    }

    /// Whether a supervisor may move an evaluation from `self` to `to`.
    /// A returned evaluation waits for its shopper; only a new revision moves it on.
    pub fn supervisor_may_move_to(self, to: ReviewStatus) -> bool {
        use ReviewStatus::*;
        match self {
            Received | HasIssues => matches!(to, Approved | HasIssues | Rejected | Returned) && to != self,
            Approved | Rejected => matches!(to, HasIssues),
            Returned => false,
        }
    }

    /// Whether a shopper may submit a new revision now.
    pub fn accepts_revision(self) -> bool {
        self == ReviewStatus::Returned
    }
}

#[cfg(test)]
mod tests {
    use super::ReviewStatus::*;

    #[test]
    fn returned_waits_for_the_shopper() {
        assert!(Returned.accepts_revision());
        assert!(!Received.accepts_revision());
        assert!(!Returned.supervisor_may_move_to(Approved));
    }

    #[test]
    fn received_can_be_decided_and_decisions_reopened_as_issues() {
        assert!(Received.supervisor_may_move_to(Approved));
        assert!(!Received.supervisor_may_move_to(Received));
        assert!(Approved.supervisor_may_move_to(HasIssues));
        assert!(!Rejected.supervisor_may_move_to(Approved));
    }

    #[test]
    fn text_form_round_trips() {
        for s in [Received, Approved, HasIssues, Rejected, Returned] {
            assert_eq!(super::ReviewStatus::parse(s.as_str()), Some(s));
        }
    }
}
