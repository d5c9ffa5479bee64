//! Accounts, their sessions, and registered exit kiosks.

use super::StorageError;
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use ms_core::wire::UserRole;

#[derive(Debug, Clone)]
pub struct User {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub role: UserRole,
    pub password_hash: String,
    /// The entities a supervisor reviews.
    pub entity_ids: Vec<String>,
    /// The centres a centre manager runs.
    pub centre_ids: Vec<String>,
    /// A deactivated account signs in no more; its sessions ended when it was deactivated.
    pub active: bool,
    /// Set by a password reset: the temporary password must be changed first.
    pub must_change_password: bool,
}

impl User {
    /// What of the evaluations this account may review.
    pub fn review_scope(&self) -> ReviewScope {
        match self.role {
            UserRole::Admin => ReviewScope::All,
            UserRole::Supervisor => ReviewScope::Entities(self.entity_ids.clone()),
            UserRole::Shopper | UserRole::CentreManager => ReviewScope::Entities(Vec::new()),
        }
    }
}

/// Who acts on evaluations, when, and over which of them.
#[derive(Debug, Clone)]
pub struct Reviewer {
    pub actor: i64,
    pub at: DateTime<Utc>,
    pub scope: ReviewScope,
}

/// The evaluations a reviewer may see and decide: every one, or those of the
/// centres of some entities.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewScope {
    All,
    Entities(Vec<String>),
}

impl ReviewScope {
    pub fn includes(&self, entity_id: &str) -> bool {
        match self {
            ReviewScope::All => true,
            ReviewScope::Entities(ids) => ids.iter().any(|e| e == entity_id),
        }
    }
}

/// A registered exit kiosk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kiosk {
    pub id: i64,
    pub centre_id: String,
    pub label: String,
}

/// An account to create.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub username: String,
    pub display_name: String,
    pub role: UserRole,
    pub password_hash: String,
    /// The entities a supervisor reviews.
    pub entity_ids: Vec<String>,
    /// The centres a centre manager runs.
    pub centre_ids: Vec<String>,
    /// The admin creating it; None for the command line and the demo.
    pub created_by: Option<i64>,
}

#[async_trait]
pub trait AccountStore: Send + Sync {
    /// Creates the account; a taken username or an unknown entity is `Invalid`.
    async fn create_user(&self, user: &NewUser) -> Result<i64, StorageError>;
    async fn user_by_name(&self, username: &str) -> Result<Option<User>, StorageError>;
    async fn create_session(
        &self,
        token_sha256: &str,
        user_id: i64,
        expires_at: DateTime<Utc>,
    ) -> Result<(), StorageError>;
    /// The user a session token belongs to, if the session is still valid at
    /// `now`: younger than its expiry and used within `idle`. Records the use.
    async fn session_user(
        &self,
        token_sha256: &str,
        now: DateTime<Utc>,
        idle: chrono::Duration,
    ) -> Result<Option<User>, StorageError>;
    /// Ends a session (sign-out); false when there was none.
    async fn delete_session(&self, token_sha256: &str) -> Result<bool, StorageError>;
    /// Removes expired and idle sessions; returns how many.
    async fn purge_sessions(&self, now: DateTime<Utc>, idle: chrono::Duration) -> Result<u64, StorageError>;
    /// Registers an exit kiosk of a centre under the hash of its key, by an
    /// admin (None for the command line and the demo).
    async fn create_kiosk(
        &self,
        key_sha256: &str,
        centre_id: &str,
        label: &str,
        actor: Option<i64>,
    ) -> Result<i64, StorageError>;
    async fn kiosk(&self, key_sha256: &str) -> Result<Option<Kiosk>, StorageError>;
}

impl NewUser {
    /// The audit log's entry for this account's creation: who it is, never its password.
    pub(crate) fn created(&self) -> super::NewAuditEntry {
        let mut entry = super::NewAuditEntry::by_command_line(
            ms_core::audit::AuditAction::AccountCreated,
            self.username.clone(),
            serde_json::json!({
                "username": self.username,
                "display_name": self.display_name,
                "role": self.role.as_str(),
                "entities": self.entity_ids,
                "centres": self.centre_ids,
            }),
        );
        entry.actor = self.created_by;
        entry
    }
}

/// The audit log's entry for a kiosk registered at a centre: where, never its key.
pub(crate) fn kiosk_registered(centre_id: &str, label: &str, actor: Option<i64>) -> super::NewAuditEntry {
    let mut entry = super::NewAuditEntry::by_command_line(
        ms_core::audit::AuditAction::KioskRegistered,
        format!("{centre_id}: {label}"),
        serde_json::json!({"centre_id": centre_id, "label": label}),
    );
    entry.actor = actor;
    entry
}
