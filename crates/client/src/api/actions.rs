//! Improvement actions: a reviewer's list and a manager's own, one action,
//! a new one, a move of its status, and a centre's counts.

use super::{json_of, send, ApiClient, ApiError};
use chrono::NaiveDate;
use ms_core::actions::api::{Action, ActionCounts, ActionListQuery, ActionPage, NewAction, StatusMove};
use reqwest::Method;
use uuid::Uuid;

impl ApiClient {
    /// A page of the actions of the reader's centres (a reviewer's list).
    pub async fn actions(&self, query: &ActionListQuery) -> Result<ActionPage, ApiError> {
        json_of(send(self.request(Method::GET, "/actions").query(query)).await?).await
    }

    /// A page of the signed-in manager's actions.
    pub async fn my_actions(&self, query: &ActionListQuery) -> Result<ActionPage, ApiError> {
        json_of(send(self.request(Method::GET, "/my/actions").query(query)).await?).await
    }

    pub async fn action(&self, id: Uuid) -> Result<Action, ApiError> {
        json_of(send(self.request(Method::GET, &format!("/actions/{id}"))).await?).await
    }

    pub async fn create_action(&self, new: &NewAction) -> Result<Action, ApiError> {
        json_of(send(self.request(Method::POST, "/actions").json(new)).await?).await
    }

    /// Moves an action; a move sent again with its `move_id` is applied once.
    pub async fn move_action(&self, id: Uuid, step: &StatusMove) -> Result<Action, ApiError> {
        json_of(send(self.request(Method::POST, &format!("/actions/{id}/status")).json(step)).await?).await
    }

    /// A centre's open, overdue and verified actions over a period.
    pub async fn centre_action_counts(
        &self,
        centre_id: &str,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Result<ActionCounts, ApiError> {
        let mut query = Vec::new();
        if let Some(d) = from {
            query.push(("from", d.to_string()));
        }
        if let Some(d) = to {
            query.push(("to", d.to_string()));
        }
        let path = format!("/centres/{}/actions", super::path_segment(centre_id));
        json_of(send(self.request(Method::GET, &path).query(&query)).await?).await
    }
}
