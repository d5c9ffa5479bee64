//! Improvement actions: the board of a centre's manager (kept on the device,
//! readable offline) and the reviewers' list across their centres, an
//! action's page with its evidence, history and the moves the reader may
//! make (a manager's are kept and sent through the outbox), the form of a
//! new action, the moves waiting in the outbox, and a centre's counts.

mod board;
mod counts;
mod new_action;
mod page;
mod pending;

pub use board::Actions;
pub use counts::ActionCounts;
pub use new_action::NewAction;
pub use page::ActionPage;
pub use pending::PendingMoves;

use crate::i18n::I18n;
use ms_client::{MoveState, QueuedMove};
use ms_core::actions::api::{Action, ActionSource};
use ms_core::actions::{ActionStatus, Priority};
use uuid::Uuid;

pub fn status_text(i18n: I18n, s: ActionStatus) -> String {
    i18n.t(&format!("actions-status-{}", s.as_str().replace('_', "-")))
}

pub fn priority_text(i18n: I18n, p: Priority) -> String {
    i18n.t(&format!("actions-priority-{}", p.as_str()))
}

pub fn source_text(i18n: I18n, s: ActionSource) -> String {
    i18n.t(&format!("actions-source-{}", s.as_str().replace('_', "-")))
}

/// The moves of `action` made on this device and not sent yet, oldest first.
pub fn pending_of(moves: &[QueuedMove], action: Uuid) -> Vec<QueuedMove> {
    let mut out: Vec<QueuedMove> =
        moves.iter().filter(|m| m.action_id == action && m.state != MoveState::Sent).cloned().collect();
    out.sort_by_key(|m| m.queued_at);
    out
}

/// Where an action stands for its reader: the status its last move waiting
/// on this device leads to, or else the server's.
pub fn status_now(action: &Action, pending: &[QueuedMove]) -> ActionStatus {
    pending.iter().rev().find(|m| m.state == MoveState::Queued).map(|m| m.step.to).unwrap_or(action.status)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;
    use ms_core::actions::api::StatusMove;

    fn action(status: ActionStatus, overdue: bool) -> Action {
        Action {
            id: Uuid::new_v4(),
            centre_id: "cd-al-barsha".into(),
            entity_id: "civil-documents".into(),
            title: "Fix the queue machine".into(),
            description: String::new(),
            priority: Priority::High,
            due_date: Utc::now().date_naive(),
            overdue,
            status,
            source: ActionSource::FreeText,
            evaluation_ids: Vec::new(),
            stage_id: None,
            item_id: None,
            assignee: None,
            photo_required: false,
            evidence: Vec::new(),
            log: Vec::new(),
            created_at: Utc::now(),
            updated_at: Utc::now(),
            verified_at: None,
        }
    }

    fn queued(action: Uuid, to: ActionStatus, state: MoveState, minutes: i64) -> QueuedMove {
        QueuedMove {
            move_id: Uuid::new_v4(),
            action_id: action,
            account: "m".into(),
            step: StatusMove { to, comment: "c".into(), photos: Vec::new(), move_id: None },
            state,
            attempts: 0,
            next_attempt_at: None,
            last_error: None,
            last_error_code: None,
            queued_at: Utc::now() + chrono::Duration::minutes(minutes),
            sent_at: None,
        }
    }

    #[test]
    fn a_move_waiting_on_the_device_is_where_the_action_stands_for_its_reader() {
        let a = action(ActionStatus::Open, true);
        assert_eq!(status_now(&a, &[]), ActionStatus::Open);
        let moves = vec![
            queued(a.id, ActionStatus::Done, MoveState::Queued, 2),
            queued(a.id, ActionStatus::InProgress, MoveState::Queued, 1),
            queued(a.id, ActionStatus::Verified, MoveState::Sent, 0),
            queued(Uuid::new_v4(), ActionStatus::CantDo, MoveState::Queued, 3),
        ];
        let pending = pending_of(&moves, a.id);
        assert_eq!(
            pending.iter().map(|m| m.step.to).collect::<Vec<_>>(),
            [ActionStatus::InProgress, ActionStatus::Done]
        );
        assert_eq!(status_now(&a, &pending), ActionStatus::Done);
        let refused = vec![queued(a.id, ActionStatus::Done, MoveState::Refused, 0)];
        assert_eq!(status_now(&a, &pending_of(&refused, a.id)), ActionStatus::Open, "a refused move moved nothing");
    }
}
