//! Shopper, supervisor and admin accounts, and their sign-in sessions.

use super::{audit, from_json, json};
use crate::storage::{NewUser, StorageError, User};
use chrono::{DateTime, Duration, Utc};
use deadpool_postgres::GenericClient;
use ms_core::wire::UserRole;
use tokio_postgres::Row;

pub(crate) const USER_COLUMNS: &str =
    "u.id, u.username, u.display_name, u.role, u.password_hash, u.entity_ids, u.active, u.must_change_password, u.centre_ids";

pub(crate) fn user(r: &Row) -> Result<User, StorageError> {
    let role: String = r.try_get(3)?;
    let role = UserRole::parse(&role).ok_or_else(|| StorageError::Corrupt(format!("user role '{role}'")))?;
    let entities: String = r.try_get(5)?;
    let centres: String = r.try_get(8)?;
    Ok(User {
        id: r.try_get(0)?,
        username: r.try_get(1)?,
        display_name: r.try_get(2)?,
        role,
        password_hash: r.try_get(4)?,
        entity_ids: from_json(&entities)?,
        centre_ids: from_json(&centres)?,
        active: r.try_get(6)?,
        must_change_password: r.try_get(7)?,
    })
}

/// Creates an account inside the caller's transaction, recorded in the audit log.
pub async fn create_user(c: &impl GenericClient, u: &NewUser) -> Result<i64, StorageError> {
    let known: Vec<String> = c
        .query("SELECT id FROM entities WHERE id = ANY($1)", &[&u.entity_ids])
        .await?
        .iter()
        .map(|r| r.try_get(0))
        .collect::<Result<_, _>>()?;
    if let Some(unknown) = u.entity_ids.iter().find(|e| !known.contains(e)) {
        return Err(StorageError::Invalid(format!("there is no entity '{unknown}' in the catalogue")));
    }
    let known: Vec<String> = c
        .query("SELECT id FROM centres WHERE id = ANY($1)", &[&u.centre_ids])
        .await?
        .iter()
        .map(|r| r.try_get(0))
        .collect::<Result<_, _>>()?;
    if let Some(unknown) = u.centre_ids.iter().find(|e| !known.contains(e)) {
        return Err(StorageError::Invalid(format!("there is no centre '{unknown}' in the catalogue")));
    }
    let row = c
        .query_opt(
            "INSERT INTO users (username, display_name, role, password_hash, created_at, entity_ids, centre_ids)
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (username) DO NOTHING RETURNING id",
            &[
                &u.username,
                &u.display_name,
                &u.role.as_str(),
                &u.password_hash,
                &Utc::now(),
                &json(&u.entity_ids)?,
                &json(&u.centre_ids)?,
            ],
        )
        .await?;
    let Some(row) = row else {
        return Err(StorageError::Invalid(format!("the username '{}' is taken", u.username)));
    };
    audit::record(c, &u.created()).await?;
    Ok(row.try_get(0)?)
}

pub async fn user_by_name(c: &impl GenericClient, username: &str) -> Result<Option<User>, StorageError> {
    let stmt = c.prepare_cached(&format!("SELECT {USER_COLUMNS} FROM users u WHERE u.username = $1")).await?;
    c.query_opt(&stmt, &[&username]).await?.as_ref().map(user).transpose()
}

pub async fn create_session(
    c: &impl GenericClient,
    token: &str,
    user_id: i64,
    expires_at: DateTime<Utc>,
) -> Result<(), StorageError> {
    c.execute(
        "INSERT INTO sessions (token_sha256, user_id, created_at, expires_at, last_used_at) VALUES ($1, $2, $3, $4, $3)",
        &[&token, &user_id, &Utc::now(), &expires_at],
    )
    .await?;
    Ok(())
}

/// Use within this long of the last recorded use is not written down again,
/// so a busy session does not write on every request.
const USE_RESOLUTION: Duration = Duration::minutes(1);

pub async fn session_user(
    c: &impl GenericClient,
    token: &str,
    now: DateTime<Utc>,
    idle: Duration,
) -> Result<Option<User>, StorageError> {
    let stmt = c
        .prepare_cached(&format!(
            "SELECT {USER_COLUMNS}, s.expires_at, s.last_used_at FROM sessions s JOIN users u ON u.id = s.user_id
             WHERE s.token_sha256 = $1"
        ))
        .await?;
    let Some(row) = c.query_opt(&stmt, &[&token]).await? else { return Ok(None) };
    let (expires, last_used): (DateTime<Utc>, DateTime<Utc>) = (row.try_get(9)?, row.try_get(10)?);
    let active: bool = row.try_get(6)?;
    if expires <= now || last_used + idle <= now || !active {
        return Ok(None);
    }
    if now - last_used >= USE_RESOLUTION {
        let touch = c.prepare_cached("UPDATE sessions SET last_used_at = $2 WHERE token_sha256 = $1").await?;
        c.execute(&touch, &[&token, &now]).await?;
    }
    Ok(Some(user(&row)?))
}

/// Ends a session; false when there was none.
pub async fn delete_session(c: &impl GenericClient, token: &str) -> Result<bool, StorageError> {
    Ok(c.execute("DELETE FROM sessions WHERE token_sha256 = $1", &[&token]).await? == 1)
}

/// Removes sessions past their maximum age or unused for `idle`; returns how many.
pub async fn purge_sessions(c: &impl GenericClient, now: DateTime<Utc>, idle: Duration) -> Result<u64, StorageError> {
    Ok(c.execute("DELETE FROM sessions WHERE expires_at <= $1 OR last_used_at <= $2", &[&now, &(now - idle)]).await?)
}
