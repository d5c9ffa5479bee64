//! Accounts as admins manage them: listed and filtered, changed, deactivated
//! (every session ended at once) and reactivated, and their passwords set,
//! each administrative act in the audit log in its own transaction. Written
//! once for both backends over planning's steps (a statement run, user rows
//! read).

use super::filter::Arg;
use super::planning::sql::audit;
use super::planning::PlanningSteps;
use super::{json, NewAuditEntry, StorageError, User};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use ms_core::audit::AuditAction;
use ms_core::wire::UserRole;

/// The users of the filters, by username.
#[derive(Debug, Clone, Default)]
pub struct UserFilter {
    pub role: Option<UserRole>,
    /// Supervisors of this entity.
    pub entity: Option<String>,
    pub active: Option<bool>,
}

/// A change to an account, as checked by the handler.
#[derive(Debug, Clone, Default)]
pub struct UserChange {
    pub display_name: Option<String>,
    pub role: Option<UserRole>,
    pub entity_ids: Option<Vec<String>>,
    pub centre_ids: Option<Vec<String>>,
}

/// Who acts, when.
#[derive(Debug, Clone, Copy)]
pub struct AdminAct {
    pub actor: i64,
    pub at: DateTime<Utc>,
}

#[async_trait]
pub trait AccountAdmin: Send + Sync {
    async fn users(&self, filter: &UserFilter) -> Result<Vec<User>, StorageError>;
    /// None when there is no such account.
    async fn change_user(
        &self,
        username: &str,
        change: &UserChange,
        by: AdminAct,
    ) -> Result<Option<User>, StorageError>;
    /// Deactivating ends every session of the account.
    async fn set_user_active(&self, username: &str, active: bool, by: AdminAct) -> Result<Option<User>, StorageError>;
    /// Every registered kiosk, newest first.
    async fn kiosks(&self) -> Result<Vec<ms_core::accounts::KioskView>, StorageError>;
    /// Revokes a kiosk: its key is refused from now on. None when there is no such kiosk.
    async fn revoke_kiosk(&self, id: i64, by: AdminAct) -> Result<Option<ms_core::accounts::KioskView>, StorageError>;
    /// Sets a password hash. A reset (`by` an admin) ends the account's
    /// sessions and asks for a new password at the next sign-in; one's own
    /// change (`by` None) clears that.
    async fn set_password(
        &self,
        username: &str,
        password_hash: &str,
        by: Option<AdminAct>,
    ) -> Result<Option<User>, StorageError>;
}

pub(crate) const USER_BY_NAME: &str = "SELECT {USER_COLUMNS} FROM users u WHERE u.username = $1";

/// What the audit log keeps of an account: never its password.
fn shown(u: &User) -> serde_json::Value {
    serde_json::json!({
        "username": u.username,
        "display_name": u.display_name,
        "role": u.role.as_str(),
        "entities": u.entity_ids,
        "centres": u.centre_ids,
        "active": u.active,
    })
}

async fn one(steps: &mut impl PlanningSteps, username: &str) -> Result<Option<User>, StorageError> {
    Ok(steps.users(USER_BY_NAME, vec![Arg::Text(username.to_owned())]).await?.pop())
}

fn entry(by: AdminAct, action: AuditAction, before: &User, after: Option<&User>) -> NewAuditEntry {
    NewAuditEntry {
        at: by.at,
        actor: Some(by.actor),
        action,
        subject: before.username.clone(),
        before: Some(shown(before)),
        after: after.map(shown),
    }
}

pub(crate) async fn users(steps: &mut impl PlanningSteps, f: &UserFilter) -> Result<Vec<User>, StorageError> {
    let mut all = steps.users("SELECT {USER_COLUMNS} FROM users u ORDER BY u.username", Vec::new()).await?;
    all.retain(|u| {
        f.role.is_none_or(|r| u.role == r)
            && f.active.is_none_or(|a| u.active == a)
            && f.entity.as_ref().is_none_or(|e| u.entity_ids.contains(e))
    });
    Ok(all)
}

async fn end_sessions(steps: &mut impl PlanningSteps, id: i64) -> Result<(), StorageError> {
    steps.execute("DELETE FROM sessions WHERE user_id = $1", vec![Arg::Integer(id)]).await?;
    Ok(())
}

pub(crate) async fn change_user(
    steps: &mut impl PlanningSteps,
    username: &str,
    c: &UserChange,
    by: AdminAct,
) -> Result<Option<User>, StorageError> {
    let Some(before) = one(steps, username).await? else { return Ok(None) };
    let mut after = before.clone();
    if let Some(name) = &c.display_name {
        after.display_name = name.trim().to_owned();
    }
    if let Some(role) = c.role {
        after.role = role;
    }
    if let Some(entities) = &c.entity_ids {
        after.entity_ids = entities.clone();
    }
    if let Some(centres) = &c.centre_ids {
        after.centre_ids = centres.clone();
    }
    if after.role != UserRole::Supervisor {
        after.entity_ids.clear();
    }
    if after.role != UserRole::CentreManager {
        after.centre_ids.clear();
    }
    for centre in &after.centre_ids {
        let sql = "SELECT CAST(0 AS BIGINT), COUNT(*) FROM centres WHERE id = $1";
        let known = steps.counts(sql, vec![Arg::Text(centre.clone())]).await?;
        if known.first().is_none_or(|(_, n)| *n == 0) {
            return Err(StorageError::Invalid(format!("there is no centre '{centre}' in the catalogue")));
        }
    }
    for e in &after.entity_ids {
        let sql = "SELECT CAST(0 AS BIGINT), COUNT(*) FROM entities WHERE id = $1";
        let known = steps.counts(sql, vec![Arg::Text(e.clone())]).await?;
        if known.first().is_none_or(|(_, n)| *n == 0) {
            return Err(StorageError::Invalid(format!("there is no entity '{e}' in the catalogue")));
        }
    }
    steps
        .execute(
            "UPDATE users SET display_name = $2, role = $3, entity_ids = $4, centre_ids = $5 WHERE id = $1",
            vec![
                Arg::Integer(before.id),
                Arg::Text(after.display_name.clone()),
                Arg::Text(after.role.as_str().into()),
                Arg::Text(json(&after.entity_ids)?),
                Arg::Text(json(&after.centre_ids)?),
            ],
        )
        .await?;
    if after.role != before.role || after.entity_ids != before.entity_ids || after.centre_ids != before.centre_ids {
        // What the account may see changed: it signs in again to see it.
        end_sessions(steps, before.id).await?;
    }
    audit(steps, &entry(by, AuditAction::AccountChanged, &before, Some(&after))).await?;
    Ok(Some(after))
}

pub(crate) async fn set_user_active(
    steps: &mut impl PlanningSteps,
    username: &str,
    active: bool,
    by: AdminAct,
) -> Result<Option<User>, StorageError> {
    let Some(before) = one(steps, username).await? else { return Ok(None) };
    let flag = if active { "TRUE" } else { "FALSE" };
    steps.execute(&format!("UPDATE users SET active = {flag} WHERE id = $1"), vec![Arg::Integer(before.id)]).await?;
    if !active {
        end_sessions(steps, before.id).await?;
    }
    let after = User { active, ..before.clone() };
    let action = if active { AuditAction::AccountReactivated } else { AuditAction::AccountDeactivated };
    audit(steps, &entry(by, action, &before, Some(&after))).await?;
    Ok(Some(after))
}

pub(crate) async fn set_password(
    steps: &mut impl PlanningSteps,
    username: &str,
    hash: &str,
    by: Option<AdminAct>,
) -> Result<Option<User>, StorageError> {
    let Some(before) = one(steps, username).await? else { return Ok(None) };
    let must = if by.is_some() { "TRUE" } else { "FALSE" };
    steps
        .execute(
            &format!("UPDATE users SET password_hash = $2, must_change_password = {must} WHERE id = $1"),
            vec![Arg::Integer(before.id), Arg::Text(hash.to_owned())],
        )
        .await?;
    if let Some(by) = by {
        end_sessions(steps, before.id).await?;
        audit(steps, &entry(by, AuditAction::PasswordReset, &before, None)).await?;
    }
    Ok(Some(User { password_hash: hash.to_owned(), must_change_password: by.is_some(), ..before }))
}

pub(crate) const KIOSK_COLUMNS: &str = "k.id, k.centre_id, k.label, k.created_at, k.revoked_at";

/// The audit log's entry for a kiosk revoked: where it was, never its key.
pub(crate) fn kiosk_revoked(k: &ms_core::accounts::KioskView, by: AdminAct) -> NewAuditEntry {
    NewAuditEntry {
        at: by.at,
        actor: Some(by.actor),
        action: AuditAction::KioskRevoked,
        subject: format!("{}: {}", k.centre_id, k.label),
        before: Some(serde_json::json!({"id": k.id, "centre_id": k.centre_id, "label": k.label, "revoked": false})),
        after: Some(serde_json::json!({"id": k.id, "centre_id": k.centre_id, "label": k.label, "revoked": true})),
    }
}
