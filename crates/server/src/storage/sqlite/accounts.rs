//! Shopper, supervisor and admin accounts, their entities, and their sign-in sessions.

use super::audit;
use super::{from_json, json};
use crate::storage::{parse_ts, ts, NewUser, StorageError, User};
use chrono::{DateTime, Duration, Utc};
use ms_core::wire::UserRole;
use rusqlite::{params, Connection, OptionalExtension, Row};

pub(crate) const USER_COLUMNS: &str =
    "u.id, u.username, u.display_name, u.role, u.password_hash, u.entity_ids, u.active, u.must_change_password, u.centre_ids";

type UserRow = (i64, String, String, String, String, String, bool, bool, String);

pub(crate) fn user(r: &Row) -> rusqlite::Result<UserRow> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?))
}

pub(crate) fn to_user(
    (id, username, display_name, role, password_hash, entities, active, must_change_password, centres): UserRow,
) -> Result<User, StorageError> {
    let role = UserRole::parse(&role).ok_or_else(|| StorageError::Corrupt(format!("user role '{role}'")))?;
    let entity_ids = from_json(&entities)?;
    let centre_ids = from_json(&centres)?;
    Ok(User { id, username, display_name, role, password_hash, entity_ids, centre_ids, active, must_change_password })
}

/// Creates an account, recorded in the audit log.
pub fn create_user(c: &mut Connection, u: &NewUser) -> Result<i64, StorageError> {
    let tx = c.transaction()?;
    for entity in &u.entity_ids {
        let known: Option<i64> =
            tx.query_row("SELECT 1 FROM entities WHERE id = ?1", [entity], |r| r.get(0)).optional()?;
        if known.is_none() {
            return Err(StorageError::Invalid(format!("there is no entity '{entity}' in the catalogue")));
        }
    }
    for centre in &u.centre_ids {
        let known: Option<i64> =
            tx.query_row("SELECT 1 FROM centres WHERE id = ?1", [centre], |r| r.get(0)).optional()?;
        if known.is_none() {
            return Err(StorageError::Invalid(format!("there is no centre '{centre}' in the catalogue")));
        }
    }
    let n = tx.execute(
        "INSERT INTO users (username, display_name, role, password_hash, created_at, entity_ids, centre_ids)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (username) DO NOTHING",
        params![
            u.username,
            u.display_name,
            u.role.as_str(),
            u.password_hash,
            ts(Utc::now()),
            json(&u.entity_ids)?,
            json(&u.centre_ids)?
        ],
    )?;
    if n == 0 {
        return Err(StorageError::Invalid(format!("the username '{}' is taken", u.username)));
    }
    let id = tx.last_insert_rowid();
    audit::record(&tx, &u.created())?;
    tx.commit()?;
    Ok(id)
}

pub fn user_by_name(c: &Connection, username: &str) -> Result<Option<User>, StorageError> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users u WHERE u.username = ?1");
    c.query_row(&sql, [username], user).optional()?.map(to_user).transpose()
}

pub fn create_session(
    c: &Connection,
    token: &str,
    user_id: i64,
    expires_at: DateTime<Utc>,
) -> Result<(), StorageError> {
    let now = ts(Utc::now());
    c.execute(
        "INSERT INTO sessions (token_sha256, user_id, created_at, expires_at, last_used_at) VALUES (?1, ?2, ?3, ?4, ?3)",
        params![token, user_id, now, ts(expires_at)],
    )?;
    Ok(())
}

/// Use within this long of the last recorded use is not written down again,
/// so a busy session does not write on every request.
const USE_RESOLUTION: Duration = Duration::minutes(1);

pub fn session_user(
    c: &Connection,
    token: &str,
    now: DateTime<Utc>,
    idle: Duration,
) -> Result<Option<User>, StorageError> {
    let sql = format!(
        "SELECT {USER_COLUMNS}, s.expires_at, s.last_used_at FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_sha256 = ?1"
    );
    let mut stmt = c.prepare_cached(&sql)?;
    let row = stmt
        .query_row([token], |r| Ok((user(r)?, r.get::<_, String>(9)?, r.get::<_, Option<String>>(10)?)))
        .optional()?;
    let Some((u, expires, last_used)) = row else { return Ok(None) };
    let last_used = match last_used {
        Some(t) => parse_ts(&t)?,
        None => now,
    };
    if parse_ts(&expires)? <= now || last_used + idle <= now || !u.6 {
        return Ok(None);
    }
    if now - last_used >= USE_RESOLUTION {
        c.prepare_cached("UPDATE sessions SET last_used_at = ?2 WHERE token_sha256 = ?1")?
            .execute(params![token, ts(now)])?;
    }
    Ok(Some(to_user(u)?))
}

/// Ends a session; false when there was none.
pub fn delete_session(c: &Connection, token: &str) -> Result<bool, StorageError> {
    Ok(c.execute("DELETE FROM sessions WHERE token_sha256 = ?1", [token])? == 1)
}

/// Removes sessions past their maximum age or unused for `idle`; returns how many.
pub fn purge_sessions(c: &Connection, now: DateTime<Utc>, idle: Duration) -> Result<u64, StorageError> {
    let n = c.execute(
        "DELETE FROM sessions WHERE expires_at <= ?1 OR COALESCE(last_used_at, created_at) <= ?2",
        params![ts(now), ts(now - idle)],
    )?;
    Ok(n as u64)
}
