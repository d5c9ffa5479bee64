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

/// The latest stored revision of an evaluation, as the revision rule needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LatestRevision<U> {
    pub revision: u32,
    pub status: ReviewStatus,
    /// Who submitted it (an account id; None for citizens).
    pub submitted_by: Option<U>,
}

/// Why a revision can't be stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RevisionRefusal {
    /// Not the revision after the latest (revision 1 for a new evaluation).
    OutOfOrder { latest: Option<u32> },
    /// The evaluation is not returned to its shopper.
    NotReturned(ReviewStatus),
    /// Someone other than the original submitter.
    NotSubmitter,
}

/// Whether `revision`, submitted by `by`, may follow what is stored: the
/// first submission is revision 1; each next one follows the latest, only
/// while the evaluation is returned, and only from its own submitter. Every
/// storage backend asks this one rule, inside the transaction that stores.
pub fn revision_allowed<U: PartialEq>(
    latest: Option<&LatestRevision<U>>,
    revision: u32,
    by: Option<&U>,
) -> Result<(), RevisionRefusal> {
    match latest {
        None if revision == 1 => Ok(()),
        None => Err(RevisionRefusal::OutOfOrder { latest: None }),
        Some(l) if revision != l.revision + 1 => Err(RevisionRefusal::OutOfOrder { latest: Some(l.revision) }),
        Some(l) if !l.status.accepts_revision() => Err(RevisionRefusal::NotReturned(l.status)),
        Some(l) if l.submitted_by.as_ref() != by => Err(RevisionRefusal::NotSubmitter),
        Some(_) => Ok(()),
    }
}

/// Why a supervisor's decision can't be recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecisionRefusal {
    /// This move is not allowed from the evaluation's status.
    IllegalTransition { from: ReviewStatus, to: ReviewStatus },
    /// Returning or rejecting says why, in a comment.
    CommentRequired(ReviewStatus),
    /// A citizen rating can't be returned: citizens do not revise.
    CitizenNotReturnable,
    /// The grade given with the decision can't be given.
    Grade(crate::planning::GradeRefusal),
}

/// The longest comment a supervisor may write with a decision.
pub const MAX_REVIEW_COMMENT_CHARS: usize = 2000;

/// Checks a supervisor's move from `from` to `to` of an evaluation made in
/// `role`, with its comment: the move must be allowed, only a shopper's visit
/// can go back for a new revision, and a return or a rejection must say why.
pub fn decision_allowed(
    role: crate::Role,
    from: ReviewStatus,
    to: ReviewStatus,
    comment: Option<&str>,
) -> Result<(), DecisionRefusal> {
    if !from.supervisor_may_move_to(to) {
        return Err(DecisionRefusal::IllegalTransition { from, to });
    }
    if role == crate::Role::Citizen && to == ReviewStatus::Returned {
        return Err(DecisionRefusal::CitizenNotReturnable);
    }
    let has_comment = comment.is_some_and(|c| !c.trim().is_empty());
    if matches!(to, ReviewStatus::Returned | ReviewStatus::Rejected) && !has_comment {
        return Err(DecisionRefusal::CommentRequired(to));
    }
    Ok(())
}

/// The status a centre's manager reads evaluations in: approved only (a
/// visit still under review, returned or rejected is the reviewers').
pub const MANAGER_READS: ReviewStatus = ReviewStatus::Approved;

/// Whether a centre's manager, running `centres`, may read an evaluation of
/// `centre_id` in `status` (without the shopper's name: `wire::EvaluationDetail::without_shopper`).
pub fn manager_may_read(status: ReviewStatus, centre_id: &str, centres: &[String]) -> bool {
    status == MANAGER_READS && centres.iter().any(|c| c == centre_id)
}

#[cfg(test)]
mod tests {
    use super::ReviewStatus::*;
    use super::*;

    #[test]
    fn a_manager_reads_only_the_approved_evaluations_of_their_centres() {
        let mine = vec!["cd-al-barsha".to_owned()];
        assert!(manager_may_read(Approved, "cd-al-barsha", &mine));
        for other in [Received, HasIssues, Returned, Rejected] {
            assert!(!manager_may_read(other, "cd-al-barsha", &mine), "{other:?}");
        }
        assert!(!manager_may_read(Approved, "cd-deira", &mine));
        assert!(!manager_may_read(Approved, "cd-al-barsha", &[]));
    }

    fn latest(revision: u32, status: ReviewStatus, by: Option<i64>) -> LatestRevision<i64> {
        LatestRevision { revision, status, submitted_by: by }
    }

    #[test]
    fn a_new_evaluation_starts_at_revision_one() {
        assert_eq!(revision_allowed::<i64>(None, 1, Some(&7)), Ok(()));
        assert_eq!(revision_allowed::<i64>(None, 2, Some(&7)), Err(RevisionRefusal::OutOfOrder { latest: None }));
    }

    #[test]
    fn a_next_revision_follows_a_return_from_its_own_submitter_only() {
        let returned = latest(1, Returned, Some(7));
        assert_eq!(revision_allowed(Some(&returned), 2, Some(&7)), Ok(()));
        assert_eq!(revision_allowed(Some(&returned), 2, Some(&8)), Err(RevisionRefusal::NotSubmitter));
        assert_eq!(revision_allowed(Some(&returned), 2, None), Err(RevisionRefusal::NotSubmitter));
        assert_eq!(
            revision_allowed(Some(&returned), 3, Some(&7)),
            Err(RevisionRefusal::OutOfOrder { latest: Some(1) })
        );
        assert_eq!(
            revision_allowed(Some(&returned), 1, Some(&7)),
            Err(RevisionRefusal::OutOfOrder { latest: Some(1) })
        );
        for status in [Received, Approved, HasIssues, Rejected] {
            let l = latest(1, status, Some(7));
            assert_eq!(revision_allowed(Some(&l), 2, Some(&7)), Err(RevisionRefusal::NotReturned(status)));
        }
    }

    #[test]
    fn every_decision_is_checked_against_the_allowed_moves() {
        let all = [Received, Approved, HasIssues, Rejected, Returned];
        for from in all {
            for to in all {
                let result = decision_allowed(crate::Role::Shopper, from, to, Some("because"));
                assert_eq!(result.is_ok(), from.supervisor_may_move_to(to), "{from:?} -> {to:?}");
                if result.is_err() {
                    assert_eq!(result, Err(DecisionRefusal::IllegalTransition { from, to }));
                }
            }
        }
    }

    #[test]
    fn returning_and_rejecting_need_a_comment_approving_does_not() {
        let shopper = crate::Role::Shopper;
        assert_eq!(
            decision_allowed(shopper, Received, Returned, None),
            Err(DecisionRefusal::CommentRequired(Returned))
        );
        assert_eq!(
            decision_allowed(shopper, Received, Rejected, Some("  ")),
            Err(DecisionRefusal::CommentRequired(Rejected))
        );
        assert_eq!(decision_allowed(shopper, Received, Returned, Some("photo 2 is blurred")), Ok(()));
        assert_eq!(decision_allowed(shopper, Received, Approved, None), Ok(()));
        assert_eq!(decision_allowed(shopper, HasIssues, Approved, None), Ok(()));
    }

    #[test]
    fn a_citizen_rating_is_never_returned_but_may_be_decided_otherwise() {
        let citizen = crate::Role::Citizen;
        assert_eq!(
            decision_allowed(citizen, Received, Returned, Some("why")),
            Err(DecisionRefusal::CitizenNotReturnable)
        );
        assert_eq!(decision_allowed(citizen, Received, Rejected, Some("spam")), Ok(()));
        assert_eq!(decision_allowed(citizen, Received, Approved, None), Ok(()));
    }

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
