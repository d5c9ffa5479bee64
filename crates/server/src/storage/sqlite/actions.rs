//! Improvement actions on SQLite: the shared steps of `storage::actions`,
//! each write in an immediate transaction of the shared connection.

use super::at_once;
use super::evaluations::Steps;
use super::planning::write;
use crate::storage::actions::{self, ActionActor, ActionCounts, ActionFilter, ActionRefusal, ActionScope, ActionStore};
use crate::storage::StorageError;
use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use ms_core::actions::api::{Action, ActionPage, NewAction, StatusMove};
use ms_core::actions::{DueDays, ReminderStep};

#[async_trait]
impl ActionStore for super::SqliteStorage {
    async fn create_action(
        &self,
        new: &NewAction,
        by: &ActionActor,
    ) -> Result<Result<Action, ActionRefusal>, StorageError> {
        let (new, by) = (new.clone(), by.clone());
        self.with_conn(move |c| write(c, |s| at_once(actions::create_action(s, &new, &by)))).await
    }

    async fn action(
        &self,
        id: uuid::Uuid,
        scope: &ActionScope,
        today: NaiveDate,
    ) -> Result<Option<Action>, StorageError> {
        let scope = scope.clone();
        self.with_conn(move |c| at_once(actions::action(&mut Steps(c), id, &scope, today))).await
    }

    async fn actions(&self, filter: &ActionFilter) -> Result<ActionPage, StorageError> {
        let f = filter.clone();
        self.with_conn(move |c| at_once(actions::actions(&mut Steps(c), &f))).await
    }

    async fn move_action(
        &self,
        id: uuid::Uuid,
        mv: &StatusMove,
        by: &ActionActor,
    ) -> Result<Result<Action, ActionRefusal>, StorageError> {
        let (mv, by) = (mv.clone(), by.clone());
        self.with_conn(move |c| write(c, |s| at_once(actions::move_action(s, id, &mv, &by)))).await
    }

    async fn claim_due_reminders(&self, today: NaiveDate) -> Result<Vec<(Action, ReminderStep)>, StorageError> {
        self.with_conn(move |c| {
            write(c, |s| {
                at_once(async {
                    let mut claimed = Vec::new();
                    for (a, step) in actions::due_reminders(s, today).await? {
                        if actions::claim_reminders(s, a.id, step, Utc::now()).await? {
                            claimed.push((a, step));
                        }
                    }
                    Ok(claimed)
                })
            })
        })
        .await
    }

    async fn centre_action_counts(
        &self,
        centre_id: &str,
        from: NaiveDate,
        to: NaiveDate,
        today: NaiveDate,
    ) -> Result<ActionCounts, StorageError> {
        let centre = centre_id.to_owned();
        self.with_conn(move |c| at_once(actions::centre_counts(&mut Steps(c), &centre, from, to, today))).await
    }

    async fn manager_photo_centres(&self, sha256: &str) -> Result<Vec<String>, StorageError> {
        let sha256 = sha256.to_owned();
        self.with_conn(move |c| at_once(actions::manager_photo_centres(&mut Steps(c), &sha256))).await
    }

    async fn action_due_days(&self) -> Result<DueDays, StorageError> {
        self.with_conn(|c| at_once(actions::due_days(&mut Steps(c)))).await
    }

    async fn set_action_due_days(&self, days: &DueDays, actor: i64, at: DateTime<Utc>) -> Result<(), StorageError> {
        let days = *days;
        self.with_conn(move |c| write(c, |s| at_once(actions::set_due_days(s, &days, actor, at)))).await
    }
}
