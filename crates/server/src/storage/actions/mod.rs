//! Improvement actions in storage. What each request does, and in which
//! order, is written once here over planning's steps (a statement run, a
//! column of text read), for both backends: an action is kept as its JSON
//! document beside the columns its lists filter and sort on. Every write
//! takes the planning lock first, so two moves of one action take turns.

mod reads;
mod reminders;
mod writes;

pub(crate) use reads::{action, actions, centre_counts, manager_photo_centres};
pub(crate) use reminders::{claim_reminders, due_reminders};
pub(crate) use writes::{create_action, due_days, from_approval, move_action, set_due_days};

use super::{ReviewScope, StorageError, User};
use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
pub use ms_core::actions::api::ActionCounts;
use ms_core::actions::api::{Action, ActionPage, ActionSource, NewAction, StatusMove};
use ms_core::actions::{ActionStatus, DueDays, MoveRefusal, Mover, Priority, ReminderStep};

use ms_core::wire::UserRole;

/// The actions an account sees: every one, those of some entities' centres
/// (a supervisor), or those of some centres (a centre manager).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActionScope {
    All,
    Entities(Vec<String>),
    Centres(Vec<String>),
}

impl ActionScope {
    pub fn includes(&self, entity_id: &str, centre_id: &str) -> bool {
        match self {
            ActionScope::All => true,
            ActionScope::Entities(ids) => ids.iter().any(|e| e == entity_id),
            ActionScope::Centres(ids) => ids.iter().any(|c| c == centre_id),
        }
    }

    pub(crate) fn of_review(scope: &ReviewScope) -> Self {
        match scope {
            ReviewScope::All => ActionScope::All,
            ReviewScope::Entities(ids) => ActionScope::Entities(ids.clone()),
        }
    }
}

/// Who acts on actions, when, from which side, over which of them.
#[derive(Debug, Clone)]
pub struct ActionActor {
    pub id: i64,
    pub username: String,
    pub mover: Mover,
    pub scope: ActionScope,
    pub at: DateTime<Utc>,
}

impl ActionActor {
    /// An account acting now; None for a role that has nothing to do with actions (a shopper).
    pub fn of(user: &User) -> Option<Self> {
        let (mover, scope) = match user.role {
            UserRole::CentreManager => (Mover::Manager, ActionScope::Centres(user.centre_ids.clone())),
            UserRole::Supervisor | UserRole::Admin => (Mover::Reviewer, ActionScope::of_review(&user.review_scope())),
            UserRole::Shopper => return None,
        };
        Some(Self { id: user.id, username: user.username.clone(), mover, scope, at: Utc::now() })
    }

    pub fn today(&self) -> NaiveDate {
        self.at.date_naive()
    }
}

/// The list's filters and its page.
#[derive(Debug, Clone)]
pub struct ActionFilter {
    pub scope: ActionScope,
    pub centre: Option<String>,
    pub status: Option<ActionStatus>,
    pub overdue: Option<bool>,
    pub priority: Option<Priority>,
    pub source: Option<ActionSource>,
    /// After this (due date, id): the cursor of the page before.
    pub after: Option<(NaiveDate, uuid::Uuid)>,
    pub limit: u32,
    pub today: NaiveDate,
}

/// Why a new action or a move was not kept.
#[derive(Debug, Clone, PartialEq)]
pub enum ActionRefusal {
    /// No such action, centre or evaluation within the account's scope.
    NotFound(String),
    /// A field that can't be kept (422 naming it).
    Field { field: &'static str, message: String },
    /// A move the rules refuse.
    Move(MoveRefusal),
}

#[async_trait]
pub trait ActionStore: Send + Sync {
    async fn create_action(
        &self,
        new: &NewAction,
        by: &ActionActor,
    ) -> Result<Result<Action, ActionRefusal>, StorageError>;
    async fn action(
        &self,
        id: uuid::Uuid,
        scope: &ActionScope,
        today: NaiveDate,
    ) -> Result<Option<Action>, StorageError>;
    async fn actions(&self, filter: &ActionFilter) -> Result<ActionPage, StorageError>;
    async fn move_action(
        &self,
        id: uuid::Uuid,
        mv: &StatusMove,
        by: &ActionActor,
    ) -> Result<Result<Action, ActionRefusal>, StorageError>;
    /// The reminders due today, each claimed (recorded as sent) in the same
    /// transaction, so that it is sent once whichever instance sends it.
    async fn claim_due_reminders(&self, today: NaiveDate) -> Result<Vec<(Action, ReminderStep)>, StorageError>;
    async fn centre_action_counts(
        &self,
        centre_id: &str,
        from: NaiveDate,
        to: NaiveDate,
        today: NaiveDate,
    ) -> Result<ActionCounts, StorageError>;
    /// The centres whose managers may open a photo: those whose actions keep
    /// it as evidence, and those of the approved evaluations it is in.
    async fn manager_photo_centres(&self, sha256: &str) -> Result<Vec<String>, StorageError>;
    /// The default deadlines by priority (an admin's, or the defaults).
    async fn action_due_days(&self) -> Result<DueDays, StorageError>;
    /// Sets them, recorded in the audit log.
    async fn set_action_due_days(&self, days: &DueDays, actor: i64, at: DateTime<Utc>) -> Result<(), StorageError>;
}

/// An action's cursor: its due date and id.
pub fn cursor_of(a: &Action) -> String {
    format!("{}~{}", a.due_date, a.id)
}

/// A cursor read back; None when it is not one.
pub fn parse_cursor(s: &str) -> Option<(NaiveDate, uuid::Uuid)> {
    let (day, id) = s.split_once('~')?;
    Some((day.parse().ok()?, id.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_reads_back_and_nonsense_is_none() {
        let id = uuid::Uuid::from_u128(7);
        let day: NaiveDate = "2027-01-15".parse().unwrap();
        assert_eq!(parse_cursor(&format!("{day}~{id}")), Some((day, id)));
        for bad in ["", "2027-01-15", "x~y", "2027-13-01~00000000-0000-0000-0000-000000000007"] {
            assert_eq!(parse_cursor(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_manager_sees_their_centres_and_a_supervisor_their_entities() {
        let centres = ActionScope::Centres(vec!["cd-al-barsha".into()]);
        assert!(centres.includes("civil-documents", "cd-al-barsha"));
        assert!(!centres.includes("civil-documents", "cd-deira"));
        let entities = ActionScope::Entities(vec!["civil-documents".into()]);
        assert!(entities.includes("civil-documents", "cd-deira"));
        assert!(!entities.includes("roads-vehicles", "rv-quoz"));
        assert!(ActionScope::All.includes("anything", "anywhere"));
    }
}
