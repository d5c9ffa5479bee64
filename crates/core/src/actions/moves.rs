//! Who may move an action where, and what the move must carry.

use super::ActionStatus::{self, CantDo, ClosedUnfixed, Done, InProgress, Open, Verified};

/// Who asks for a move: the centre's side (its manager) does the work; a
/// reviewer (a supervisor of the centre's entity, or an admin) checks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mover {
    Manager,
    Reviewer,
}

/// What a move brings with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Evidence {
    /// A non-empty comment (after trimming).
    pub comment: bool,
    /// Photos attached to the move.
    pub photos: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoveRefusal {
    /// No such move from this status (409 `illegal_transition`).
    #[error("an action that is {} can't be moved to {}", from.as_str(), to.as_str())]
    Illegal { from: ActionStatus, to: ActionStatus },
    /// A move the other side makes.
    #[error("moving an action from {} to {} is for {}", from.as_str(), to.as_str(), if *by == Mover::Manager { "a reviewer" } else { "the centre's manager" })]
    NotYours { from: ActionStatus, to: ActionStatus, by: Mover },
    /// Done needs a comment, and a photo when the action asks for one (422 `evidence_required`).
    #[error("marking an action done needs {}", match (comment, photo) { (true, true) => "a comment saying what was done and at least one photo", (true, false) => "a comment saying what was done", _ => "at least one photo" })]
    EvidenceRequired { comment: bool, photo: bool },
    /// Reopening and "can't do" need a reason.
    #[error("moving an action to {} needs a reason", to.as_str())]
    ReasonRequired { to: ActionStatus },
}

/// Whether `by` may move an action from `from` to `to` with `evidence`;
/// `photo_required` is the action's own rule for done.
pub fn check_move(
    from: ActionStatus,
    to: ActionStatus,
    by: Mover,
    evidence: Evidence,
    photo_required: bool,
) -> Result<(), MoveRefusal> {
    let side = match (from, to) {
        (Open, InProgress) | (Open | InProgress, Done) | (Open | InProgress, CantDo) => Mover::Manager,
        (Done, Verified) | (Done, Open) | (CantDo, ClosedUnfixed) | (CantDo, Open) => Mover::Reviewer,
        _ => return Err(MoveRefusal::Illegal { from, to }),
    };
    if side != by {
        return Err(MoveRefusal::NotYours { from, to, by });
    }
    match to {
        Done => {
            let (comment, photo) = (!evidence.comment, photo_required && evidence.photos == 0);
            if comment || photo {
                return Err(MoveRefusal::EvidenceRequired { comment, photo });
            }
        }
        CantDo | Open if !evidence.comment => return Err(MoveRefusal::ReasonRequired { to }),
        _ => {}
    }
    Ok(())
}

/// The order moves are offered in: the work first, then the checks.
const OFFERED: [ActionStatus; 6] = [InProgress, Done, Verified, Open, CantDo, ClosedUnfixed];

/// The moves `by` may make from `from`, with whatever evidence each needs.
pub fn moves_from(from: ActionStatus, by: Mover) -> Vec<ActionStatus> {
    let full = Evidence { comment: true, photos: 1 };
    OFFERED.into_iter().filter(|to| check_move(from, *to, by, full, true).is_ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_side_is_offered_its_own_moves_work_first() {
        assert_eq!(moves_from(Open, Mover::Manager), vec![InProgress, Done, CantDo]);
        assert_eq!(moves_from(InProgress, Mover::Manager), vec![Done, CantDo]);
        assert!(moves_from(Open, Mover::Reviewer).is_empty());
        assert_eq!(moves_from(Done, Mover::Reviewer), vec![Verified, Open]);
        assert_eq!(moves_from(CantDo, Mover::Reviewer), vec![Open, ClosedUnfixed]);
        assert!(moves_from(Done, Mover::Manager).is_empty());
        assert!(
            moves_from(Verified, Mover::Reviewer).is_empty() && moves_from(ClosedUnfixed, Mover::Manager).is_empty()
        );
    }

    const NOTHING: Evidence = Evidence { comment: false, photos: 0 };
    const WORDS: Evidence = Evidence { comment: true, photos: 0 };
    const WORDS_AND_PHOTO: Evidence = Evidence { comment: true, photos: 1 };

    #[test]
    fn the_manager_starts_finishes_or_declines_the_work() {
        assert_eq!(check_move(Open, InProgress, Mover::Manager, NOTHING, false), Ok(()));
        assert_eq!(check_move(InProgress, Done, Mover::Manager, WORDS, false), Ok(()));
        assert_eq!(check_move(Open, Done, Mover::Manager, WORDS_AND_PHOTO, true), Ok(()));
        assert_eq!(check_move(InProgress, CantDo, Mover::Manager, WORDS, false), Ok(()));
        assert_eq!(check_move(Open, CantDo, Mover::Manager, WORDS, true), Ok(()), "no photo of what can't be done");
    }

    #[test]
    fn a_reviewer_verifies_accepts_or_reopens_with_a_reason() {
        assert_eq!(check_move(Done, Verified, Mover::Reviewer, NOTHING, true), Ok(()));
        assert_eq!(check_move(Done, Open, Mover::Reviewer, WORDS, false), Ok(()));
        assert_eq!(check_move(CantDo, ClosedUnfixed, Mover::Reviewer, NOTHING, false), Ok(()));
        assert_eq!(check_move(CantDo, Open, Mover::Reviewer, WORDS, false), Ok(()));
        assert_eq!(
            check_move(Done, Open, Mover::Reviewer, NOTHING, false),
            Err(MoveRefusal::ReasonRequired { to: Open })
        );
        assert_eq!(
            check_move(CantDo, Open, Mover::Reviewer, NOTHING, false),
            Err(MoveRefusal::ReasonRequired { to: Open })
        );
    }

    #[test]
    fn done_needs_a_comment_and_the_photo_the_action_asks_for() {
        assert_eq!(
            check_move(InProgress, Done, Mover::Manager, NOTHING, true),
            Err(MoveRefusal::EvidenceRequired { comment: true, photo: true })
        );
        assert_eq!(
            check_move(InProgress, Done, Mover::Manager, WORDS, true),
            Err(MoveRefusal::EvidenceRequired { comment: false, photo: true })
        );
        let no_words = Evidence { comment: false, photos: 2 };
        let refusal = check_move(InProgress, Done, Mover::Manager, no_words, true).unwrap_err();
        assert_eq!(refusal, MoveRefusal::EvidenceRequired { comment: true, photo: false });
        assert_eq!(refusal.to_string(), "marking an action done needs a comment saying what was done");
        assert_eq!(
            check_move(InProgress, CantDo, Mover::Manager, NOTHING, false),
            Err(MoveRefusal::ReasonRequired { to: CantDo })
        );
    }

    #[test]
    fn each_side_keeps_to_its_own_moves() {
        assert_eq!(
            check_move(Done, Verified, Mover::Manager, WORDS, false),
            Err(MoveRefusal::NotYours { from: Done, to: Verified, by: Mover::Manager })
        );
        assert_eq!(
            check_move(Open, InProgress, Mover::Reviewer, NOTHING, false),
            Err(MoveRefusal::NotYours { from: Open, to: InProgress, by: Mover::Reviewer })
        );
    }

    #[test]
    fn every_other_move_is_illegal_and_names_both_statuses() {
        let legal = [
            (Open, InProgress),
            (Open, Done),
            (InProgress, Done),
            (Open, CantDo),
            (InProgress, CantDo),
            (Done, Verified),
            (Done, Open),
            (CantDo, ClosedUnfixed),
            (CantDo, Open),
        ];
        for from in ActionStatus::ALL {
            for to in ActionStatus::ALL {
                // Asked by whichever side the move is for.
                let result = check_move(from, to, Mover::Reviewer, WORDS_AND_PHOTO, false).or_else(|e| match e {
                    MoveRefusal::NotYours { .. } => check_move(from, to, Mover::Manager, WORDS_AND_PHOTO, false),
                    e => Err(e),
                });
                if legal.contains(&(from, to)) {
                    assert_eq!(result, Ok(()), "{from:?} → {to:?}");
                } else {
                    assert_eq!(result, Err(MoveRefusal::Illegal { from, to }), "{from:?} → {to:?}");
                }
            }
        }
        let text = MoveRefusal::Illegal { from: Verified, to: InProgress }.to_string();
        assert_eq!(text, "an action that is verified can't be moved to in_progress");
    }
}
