//! Accounts for admins: listed and filtered, created, changed, deactivated
//! (every session ends at once), reactivated, and given a temporary password
//! shown once; and everyone's own password change. An account's id is its
//! username. Every act but one's own password change is in the audit log.

use super::error::{ApiError, ApiResult};
use super::extract::{Admin, IdPath, JsonBody, MaybeUser, QueryParams};
use crate::auth::{hash_password, verify_password};
use crate::passwords::{self, PasswordRefusal};
use crate::state::AppState;
use crate::storage::{AdminAct, NewUser, StorageError, User, UserChange, UserFilter};
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use ms_core::accounts::{
    check_account, valid_username, Account, AccountChange, AccountRefusal, KioskView, NewAccount, NewKiosk,
    PasswordChange, RegisteredKiosk, TemporaryPassword,
};
use ms_core::wire::{ErrorBody, UserRole};
use ms_core::ErrorCode;
use serde::Deserialize;

fn view(u: User) -> Account {
    Account {
        username: u.username,
        display_name: u.display_name,
        role: u.role,
        entities: u.entity_ids,
        centres: u.centre_ids,
        active: u.active,
        must_change_password: u.must_change_password,
    }
}

fn weak(field: &str, r: PasswordRefusal) -> ApiError {
    ApiError::unprocessable(ErrorCode::WeakPassword, field, r.to_string())
}

fn refused(r: AccountRefusal) -> ApiError {
    ApiError::unprocessable(ErrorCode::InvalidField, r.field, r.message)
}

fn not_found(username: &str) -> ApiError {
    ApiError::not_found(format!("no account '{username}'"))
}

fn act(admin: &Admin) -> AdminAct {
    AdminAct { actor: admin.0.id, at: chrono::Utc::now() }
}

/// A storage refusal (a taken username, an unknown entity or centre) as a
/// 422 naming its field: `field`, or the scope the message is about.
fn invalid(e: StorageError, field: &str) -> ApiError {
    match e {
        StorageError::Invalid(m) => {
            let field = if m.starts_with("there is no entity") {
                "entities"
            } else if m.starts_with("there is no centre") {
                "centres"
            } else {
                field
            };
            ApiError::unprocessable(ErrorCode::InvalidField, field, m)
        }
        other => other.into(),
    }
}

async fn hashed(state: &AppState, password: String) -> ApiResult<String> {
    let _permit = state.password_checks.acquire().await.map_err(ApiError::internal)?;
    tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(ApiError::internal)?
        .map_err(ApiError::internal)
}

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct UserQuery {
    #[param(value_type = Option<UserRole>)]
    pub role: Option<UserRole>,
    /// Supervisors of this entity.
    pub entity: Option<String>,
    pub active: Option<bool>,
}

#[utoipa::path(get, path = "/api/v1/users", tag = "administration", params(UserQuery),
    responses((status = 200, body = Vec<Account>, description = "The accounts the filters keep, by username"),
        (status = 400, body = ErrorBody, description = "A query parameter that can't be read"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not an admin")),
    security(("bearer" = [])))]
pub async fn list(
    State(state): State<AppState>,
    _admin: Admin,
    QueryParams(q): QueryParams<UserQuery>,
) -> ApiResult<Json<Vec<Account>>> {
    let f = UserFilter { role: q.role, entity: q.entity, active: q.active };
    Ok(Json(state.storage.users(&f).await?.into_iter().map(view).collect()))
}

#[utoipa::path(post, path = "/api/v1/users", tag = "administration", request_body = NewAccount,
    responses((status = 201, body = Account, description = "Created"),
        (status = 400, body = ErrorBody, description = "Malformed JSON"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not an admin"),
        (status = 413, body = ErrorBody, description = "Body too large"),
        (status = 415, body = ErrorBody, description = "Not sent as application/json"),
        (status = 422, body = ErrorBody, description = "`weak_password`, a username taken or malformed, a supervisor without entities, a centre manager without centres, an unknown entity or centre")),
    security(("bearer" = [])))]
pub async fn create(
    State(state): State<AppState>,
    admin: Admin,
    JsonBody(a): JsonBody<NewAccount>,
) -> ApiResult<(StatusCode, Json<Account>)> {
    let username = a.username.trim().to_owned();
    if !valid_username(&username) {
        return Err(ApiError::unprocessable(
            ErrorCode::InvalidField,
            "username",
            "a username is 1 to 64 lower-case letters, digits, '.', '_' or '-'",
        ));
    }
    let display_name = a.display_name.trim().to_owned();
    check_account(Some(&display_name), a.role, &a.entities, &a.centres).map_err(refused)?;
    passwords::check(&a.password, &username).map_err(|r| weak("password", r))?;
    let entity_ids = if a.role == UserRole::Supervisor { a.entities } else { Vec::new() };
    let centre_ids = if a.role == UserRole::CentreManager { a.centres } else { Vec::new() };
    let user = NewUser {
        username: username.clone(),
        display_name,
        role: a.role,
        password_hash: hashed(&state, a.password).await?,
        entity_ids,
        centre_ids,
        created_by: Some(admin.0.id),
    };
    state.storage.create_user(&user).await.map_err(|e| invalid(e, "username"))?;
    let created =
        state.storage.user_by_name(&username).await?.ok_or_else(|| ApiError::internal("created, not found"))?;
    Ok((StatusCode::CREATED, Json(view(created))))
}

#[utoipa::path(get, path = "/api/v1/users/{id}", tag = "administration",
    params(("id" = String, Path, description = "The account's username")),
    responses((status = 200, body = Account, description = "The account"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not an admin"),
        (status = 404, body = ErrorBody, description = "No such account")),
    security(("bearer" = [])))]
pub async fn get(State(state): State<AppState>, _admin: Admin, IdPath(id): IdPath<String>) -> ApiResult<Json<Account>> {
    state.storage.user_by_name(&id).await?.map(view).map(Json).ok_or_else(|| not_found(&id))
}

#[utoipa::path(patch, path = "/api/v1/users/{id}", tag = "administration",
    params(("id" = String, Path, description = "The account's username")), request_body = AccountChange,
    responses((status = 200, body = Account, description = "Changed; a change of role or entities ends its sessions"),
        (status = 400, body = ErrorBody, description = "Malformed JSON"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not an admin"),
        (status = 404, body = ErrorBody, description = "No such account"),
        (status = 413, body = ErrorBody, description = "Body too large"),
        (status = 415, body = ErrorBody, description = "Not sent as application/json"),
        (status = 422, body = ErrorBody, description = "An empty name, a supervisor without entities, an unknown entity or centre, or an admin's own role")),
    security(("bearer" = [])))]
pub async fn patch(
    State(state): State<AppState>,
    admin: Admin,
    IdPath(id): IdPath<String>,
    JsonBody(c): JsonBody<AccountChange>,
) -> ApiResult<Json<Account>> {
    let Some(current) = state.storage.user_by_name(&id).await? else { return Err(not_found(&id)) };
    if current.id == admin.0.id && c.role.is_some_and(|r| r != UserRole::Admin) {
        return Err(ApiError::unprocessable(
            ErrorCode::InvalidField,
            "role",
            "an admin can't take away their own role",
        ));
    }
    let role = c.role.unwrap_or(current.role);
    let entities = c.entities.clone().unwrap_or_else(|| current.entity_ids.clone());
    let centres = c.centres.clone().unwrap_or_else(|| current.centre_ids.clone());
    check_account(c.display_name.as_deref(), role, &entities, &centres).map_err(refused)?;
    let change =
        UserChange { display_name: c.display_name, role: c.role, entity_ids: c.entities, centre_ids: c.centres };
    let changed = state.storage.change_user(&id, &change, act(&admin)).await.map_err(|e| invalid(e, "entities"))?;
    let changed = changed.ok_or_else(|| not_found(&id))?;
    state.sessions.forget_user(changed.id);
    Ok(Json(view(changed)))
}

async fn activate(state: &AppState, admin: &Admin, id: &str, active: bool) -> ApiResult<Json<Account>> {
    if !active && state.storage.user_by_name(id).await?.is_some_and(|u| u.id == admin.0.id) {
        return Err(ApiError::conflict(ErrorCode::Conflict, "an admin can't deactivate their own account"));
    }
    let u = state.storage.set_user_active(id, active, act(admin)).await?.ok_or_else(|| not_found(id))?;
    state.sessions.forget_user(u.id);
    Ok(Json(view(u)))
}

#[utoipa::path(post, path = "/api/v1/users/{id}/deactivate", tag = "administration",
    params(("id" = String, Path, description = "The account's username")),
    responses((status = 200, body = Account, description = "Deactivated: its sessions ended, it can't sign in; its evaluations and history stay"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not an admin"),
        (status = 404, body = ErrorBody, description = "No such account"),
        (status = 409, body = ErrorBody, description = "An admin's own account")),
    security(("bearer" = [])))]
pub async fn deactivate(
    State(state): State<AppState>,
    admin: Admin,
    IdPath(id): IdPath<String>,
) -> ApiResult<Json<Account>> {
    activate(&state, &admin, &id, false).await
}

#[utoipa::path(post, path = "/api/v1/users/{id}/reactivate", tag = "administration",
    params(("id" = String, Path, description = "The account's username")),
    responses((status = 200, body = Account, description = "Active again"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not an admin"),
        (status = 404, body = ErrorBody, description = "No such account")),
    security(("bearer" = [])))]
pub async fn reactivate(
    State(state): State<AppState>,
    admin: Admin,
    IdPath(id): IdPath<String>,
) -> ApiResult<Json<Account>> {
    activate(&state, &admin, &id, true).await
}

#[utoipa::path(post, path = "/api/v1/users/{id}/reset-password", tag = "administration",
    params(("id" = String, Path, description = "The account's username")),
    responses((status = 200, body = TemporaryPassword, description = "A temporary password, shown only now; it must be changed at the next sign-in, and the account's sessions ended"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not an admin"),
        (status = 404, body = ErrorBody, description = "No such account")),
    security(("bearer" = [])))]
pub async fn reset_password(
    State(state): State<AppState>,
    admin: Admin,
    IdPath(id): IdPath<String>,
) -> ApiResult<Json<TemporaryPassword>> {
    let password = passwords::temporary();
    let hash = hashed(&state, password.clone()).await?;
    let u = state.storage.set_password(&id, &hash, Some(act(&admin))).await?.ok_or_else(|| not_found(&id))?;
    state.sessions.forget_user(u.id);
    Ok(Json(TemporaryPassword { username: u.username, password }))
}

#[utoipa::path(post, path = "/api/v1/me/password", tag = "sessions", request_body = PasswordChange,
    responses((status = 204, description = "Changed"),
        (status = 400, body = ErrorBody, description = "Malformed JSON"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "The current password is wrong"),
        (status = 413, body = ErrorBody, description = "Body too large"),
        (status = 415, body = ErrorBody, description = "Not sent as application/json"),
        (status = 422, body = ErrorBody, description = "`weak_password`")),
    security(("bearer" = [])))]
pub async fn change_own(
    State(state): State<AppState>,
    MaybeUser(me): MaybeUser,
    JsonBody(c): JsonBody<PasswordChange>,
) -> ApiResult<StatusCode> {
    let me = me.ok_or_else(|| ApiError::unauthorized("sign in first"))?;
    let (current, hash) = (c.current, me.password_hash.clone());
    let right = {
        let _permit = state.password_checks.acquire().await.map_err(ApiError::internal)?;
        tokio::task::spawn_blocking(move || verify_password(&current, &hash)).await.map_err(ApiError::internal)?
    };
    if !right {
        return Err(ApiError::new(StatusCode::FORBIDDEN, ErrorCode::Forbidden, "the current password is wrong")
            .field("current"));
    }
    passwords::check(&c.new, &me.username).map_err(|r| weak("new", r))?;
    if verify_password(&c.new, &me.password_hash) {
        return Err(ApiError::unprocessable(ErrorCode::WeakPassword, "new", "the new password is the current one"));
    }
    let hash = hashed(&state, c.new).await?;
    state.storage.set_password(&me.username, &hash, None).await?.ok_or_else(|| not_found(&me.username))?;
    state.sessions.forget_user(me.id);
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/api/v1/kiosks", tag = "administration",
    responses((status = 200, body = Vec<KioskView>, description = "Every registered exit kiosk, newest first (never its key)"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not an admin")),
    security(("bearer" = [])))]
pub async fn kiosks(State(state): State<AppState>, _admin: Admin) -> ApiResult<Json<Vec<KioskView>>> {
    Ok(Json(state.storage.kiosks().await?))
}

#[utoipa::path(post, path = "/api/v1/kiosks", tag = "administration", request_body = NewKiosk,
    responses((status = 201, body = RegisteredKiosk, description = "Registered; its key is shown only now"),
        (status = 400, body = ErrorBody, description = "Malformed JSON"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not an admin"),
        (status = 413, body = ErrorBody, description = "Body too large"),
        (status = 415, body = ErrorBody, description = "Not sent as application/json"),
        (status = 422, body = ErrorBody, description = "No such centre, or an empty or too long label")),
    security(("bearer" = [])))]
pub async fn register_kiosk(
    State(state): State<AppState>,
    admin: Admin,
    JsonBody(k): JsonBody<NewKiosk>,
) -> ApiResult<(StatusCode, Json<RegisteredKiosk>)> {
    let label = k.label.trim().to_owned();
    if label.is_empty() || label.chars().count() > 120 {
        return Err(ApiError::unprocessable(ErrorCode::InvalidField, "label", "1 to 120 characters"));
    }
    let key = crate::auth::new_token();
    let digest = crate::auth::token_digest(&key);
    let id = state
        .storage
        .create_kiosk(&digest, k.centre_id.trim(), &label, Some(admin.0.id))
        .await
        .map_err(|e| invalid(e, "centre_id"))?;
    let kiosk = state
        .storage
        .kiosks()
        .await?
        .into_iter()
        .find(|x| x.id == id)
        .ok_or_else(|| ApiError::internal("a kiosk registered, not found"))?;
    Ok((StatusCode::CREATED, Json(RegisteredKiosk { kiosk, key })))
}

#[utoipa::path(post, path = "/api/v1/kiosks/{id}/revoke", tag = "administration",
    params(("id" = i64, Path, description = "The kiosk's id")),
    responses((status = 200, body = KioskView, description = "Revoked: its key is refused from now on"),
        (status = 400, body = ErrorBody, description = "Not a kiosk's id"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not an admin"),
        (status = 404, body = ErrorBody, description = "No such kiosk")),
    security(("bearer" = [])))]
pub async fn revoke_kiosk(
    State(state): State<AppState>,
    admin: Admin,
    IdPath(id): IdPath<i64>,
) -> ApiResult<Json<KioskView>> {
    let by = act(&admin);
    state.storage.revoke_kiosk(id, by).await?.map(Json).ok_or_else(|| ApiError::not_found(format!("no kiosk {id}")))
}
