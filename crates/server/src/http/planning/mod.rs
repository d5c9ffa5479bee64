//! Programme planning over HTTP: waves (`waves`), assignments and the
//! shopper's list (`assignments`), the shoppers' standing (`shoppers`).
//! Scoped like the inbox: another entity's wave or assignment is a 404.

pub mod assignments;
pub mod shoppers;
pub mod waves;

use super::error::ApiError;
use super::extract::MaybeUser;
use crate::state::AppState;
use crate::storage::{PlanRefusal, Planner, User};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::StatusCode;
use ms_core::planning::{AccountId, Actor, MoveRefusal, WaveRefusal};
use ms_core::wire::UserRole;
use ms_core::ErrorCode;

/// A shopper, supervisor or admin signed in, acting on the programme as
/// their role allows (centre managers have no part in planning).
pub struct Member(pub User);

impl FromRequestParts<AppState> for Member {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        match MaybeUser::from_request_parts(parts, state).await?.0 {
            Some(u) if u.role == UserRole::CentreManager => {
                Err(ApiError::forbidden("centre managers have no part in planning visits"))
            }
            Some(u) => Ok(Member(u)),
            None => Err(ApiError::unauthorized("sign in first")),
        }
    }
}

/// The account acting now, as planning sees it.
pub fn planner(user: &User) -> Planner {
    let id = AccountId(user.id);
    let actor = match user.role {
        UserRole::Shopper => Actor::Shopper(id),
        // A centre manager never gets here (`Member` refuses them); their
        // review scope is empty all the same.
        UserRole::Supervisor | UserRole::Admin | UserRole::CentreManager => Actor::Supervisor(id),
    };
    Planner { actor, at: chrono::Utc::now(), scope: user.review_scope() }
}

/// A refusal as the API answers it: a rule is a 409 naming the rule, with
/// its date or figure; a field of the plan is a 422 naming the field.
pub fn refused(r: PlanRefusal) -> ApiError {
    match r {
        PlanRefusal::Wave(WaveRefusal::Invalid(e)) => ApiError::unprocessable(e.code(), e.field(), e.to_string()),
        PlanRefusal::Wave(w) => ApiError::conflict(w.code(), w.to_string()),
        PlanRefusal::Move(m) => moved(m),
        PlanRefusal::UnknownShopper(name) => ApiError::unprocessable(
            ErrorCode::UnknownShopper,
            "shopper",
            format!("no active shopper has the username '{name}'"),
        ),
    }
}

fn moved(m: MoveRefusal) -> ApiError {
    let message = m.to_string();
    match m {
        MoveRefusal::Rule(_)
        | MoveRefusal::IllegalMove { .. }
        | MoveRefusal::WaveNotPublished(_)
        | MoveRefusal::OtherEvaluation => ApiError::conflict(m.code(), message),
        MoveRefusal::WrongRole | MoveRefusal::NotHolder => {
            ApiError::new(StatusCode::FORBIDDEN, ErrorCode::Forbidden, message)
        }
        MoveRefusal::ReasonRequired => ApiError::unprocessable(ErrorCode::ReasonRequired, "reason", message),
        MoveRefusal::ReasonTooLong => ApiError::unprocessable(ErrorCode::TooLong, "reason", message),
        MoveRefusal::OtherAssignment => ApiError::internal(message),
    }
}
