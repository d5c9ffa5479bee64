//! Improvement actions on PostgreSQL: the shared steps of `storage::actions`,
//! each write a transaction run again when it loses a race.

use super::evaluations::Steps;
use super::PgStorage;
use crate::storage::actions::{self, ActionActor, ActionCounts, ActionFilter, ActionRefusal, ActionScope, ActionStore};
use crate::storage::StorageError;
use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use ms_core::actions::api::{Action, ActionPage, NewAction, StatusMove};
use ms_core::actions::{DueDays, ReminderStep};

#[async_trait]
impl ActionStore for PgStorage {
    async fn create_action(
        &self,
        new: &NewAction,
        by: &ActionActor,
    ) -> Result<Result<Action, ActionRefusal>, StorageError> {
        transaction!(self, |tx| actions::create_action(&mut Steps(&tx), new, by).await)
    }

    async fn action(
        &self,
        id: uuid::Uuid,
        scope: &ActionScope,
        today: NaiveDate,
    ) -> Result<Option<Action>, StorageError> {
        actions::action(&mut Steps(&self.client().await?), id, scope, today).await
    }

    async fn actions(&self, filter: &ActionFilter) -> Result<ActionPage, StorageError> {
        actions::actions(&mut Steps(&self.client().await?), filter).await
    }

    async fn move_action(
        &self,
        id: uuid::Uuid,
        mv: &StatusMove,
        by: &ActionActor,
    ) -> Result<Result<Action, ActionRefusal>, StorageError> {
        transaction!(self, |tx| actions::move_action(&mut Steps(&tx), id, mv, by).await)
    }

    async fn claim_due_reminders(&self, today: NaiveDate) -> Result<Vec<(Action, ReminderStep)>, StorageError> {
        transaction!(self, |tx| {
            let mut steps = Steps(&tx);
            crate::storage::planning::PlanningSteps::lock(&mut steps).await?;
            let mut claimed = Vec::new();
            for (a, step) in actions::due_reminders(&mut steps, today).await? {
                if actions::claim_reminders(&mut steps, a.id, step, Utc::now()).await? {
                    claimed.push((a, step));
                }
            }
            Ok(claimed)
        })
    }

    async fn centre_action_counts(
        &self,
        centre_id: &str,
        from: NaiveDate,
        to: NaiveDate,
        today: NaiveDate,
    ) -> Result<ActionCounts, StorageError> {
        actions::centre_counts(&mut Steps(&self.client().await?), centre_id, from, to, today).await
    }

    async fn manager_photo_centres(&self, sha256: &str) -> Result<Vec<String>, StorageError> {
        actions::manager_photo_centres(&mut Steps(&self.client().await?), sha256).await
    }

    async fn action_due_days(&self) -> Result<DueDays, StorageError> {
        actions::due_days(&mut Steps(&self.client().await?)).await
    }

    async fn set_action_due_days(&self, days: &DueDays, actor: i64, at: DateTime<Utc>) -> Result<(), StorageError> {
        transaction!(self, |tx| actions::set_due_days(&mut Steps(&tx), days, actor, at).await)
    }
}
