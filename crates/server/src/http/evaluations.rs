//! `PUT /evaluations/{id}`: devices submit evaluations. Idempotent: the same
//! body again is a 200, a different body under the same id and revision a 409.

use super::error::{ApiError, ApiResult};
use super::extract::{JsonBody, MaybeUser};
use crate::state::AppState;
use crate::storage::{InsertOutcome, NewEvaluation};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use chrono::Utc;
use ms_core::wire::{EvaluationSummary, Receipt, UserRole};
use ms_core::{engine, scoring, Evaluation, EvaluationId, PhotoId, Role};
use sha2::{Digest, Sha256};

pub fn evaluation_id(raw: &str) -> ApiResult<EvaluationId> {
    raw.parse().map_err(|e: ms_core::IdError| ApiError::bad_request("invalid_id", e.to_string()).field("id"))
}

fn receipt(s: &EvaluationSummary) -> Receipt {
    Receipt {
        id: s.id,
        revision: s.revision,
        status: s.status,
        score_percent: s.score_percent,
        received_at: s.received_at,
    }
}

/// Where in the body a photo is referenced, for the error's `field`.
fn photo_field(ev: &Evaluation, id: &PhotoId) -> String {
    ev.answers
        .iter()
        .find(|(_, a)| a.photos.contains(id))
        .map_or_else(|| "photos".to_owned(), |(item, _)| format!("answers.{item}.photos"))
}

#[utoipa::path(put, path = "/api/v1/evaluations/{id}", tag = "evaluations",
    params(("id" = String, Path, description = "The evaluation's UUID, made by the device")),
    request_body = Evaluation,
    responses(
        (status = 201, body = Receipt, description = "Stored"),
        (status = 200, body = Receipt, description = "An identical copy was already stored"),
        (status = 400, body = ms_core::wire::ErrorBody), (status = 401, body = ms_core::wire::ErrorBody),
        (status = 409, body = ms_core::wire::ErrorBody, description = "A different body under the same id and revision"),
        (status = 413, body = ms_core::wire::ErrorBody), (status = 422, body = ms_core::wire::ErrorBody)),
    security((), ("bearer" = [])))]
pub async fn put_evaluation(
    State(state): State<AppState>,
    Path(raw_id): Path<String>,
    MaybeUser(user): MaybeUser,
    JsonBody(ev): JsonBody<Evaluation>,
) -> ApiResult<(StatusCode, Json<Receipt>)> {
    let id = evaluation_id(&raw_id)?;
    if ev.id != id {
        return Err(ApiError::unprocessable(
            "id_mismatch",
            "id",
            format!("the body's id is {}, the address's {id}", ev.id),
        ));
    }
    match (ev.role, user.as_ref().map(|u| u.role)) {
        (Role::Shopper, None) => {
            return Err(ApiError::unauthorized("a shopper's evaluation needs a signed-in shopper"))
        }
        (Role::Shopper, Some(UserRole::Supervisor)) => {
            return Err(ApiError::forbidden("only shoppers submit shopper evaluations"))
        }
        _ => {}
    }
    let template = state.template(&ev.template).await?.ok_or_else(|| {
        ApiError::unprocessable(
            "unknown_template",
            "template",
            format!("there is no template {} version {}", ev.template.id, ev.template.version),
        )
    })?;
    engine::validate(&template, &ev)?;
    let photos = ev.photo_ids();
    if let Some(missing) = state.storage.missing_photos(&photos).await?.first() {
        return Err(ApiError::unprocessable(
            "photo_missing",
            photo_field(&ev, missing),
            format!("photo {missing} has not been uploaded; upload it first"),
        ));
    }
    let score = scoring::score(&template, &ev.answers);
    let canonical_json = ev.canonical_json();
    let body_sha256 = hex::encode(Sha256::digest(canonical_json.as_bytes()));
    let new = NewEvaluation {
        evaluation: ev,
        canonical_json,
        body_sha256,
        score_percent: score.percent,
        stage_scores: score.stages,
        received_at: Utc::now(),
        submitted_by: user.map(|u| u.id),
    };
    match state.storage.insert_evaluation(new).await? {
        InsertOutcome::Created(s) => Ok((StatusCode::CREATED, Json(receipt(&s)))),
        InsertOutcome::Identical(s) => Ok((StatusCode::OK, Json(receipt(&s)))),
        InsertOutcome::Conflict => Err(ApiError::conflict(
            "conflict",
            format!(
                "a different evaluation is already stored as {id}; a changed evaluation needs a new id or revision"
            ),
        )),
        InsertOutcome::NotReturned(status) => Err(ApiError::conflict(
            "not_returned",
            format!("evaluation {id} is {}; a new revision is accepted only once it is returned", status.as_str()),
        )
        .field("revision")),
        InsertOutcome::OutOfOrder { latest } => Err(ApiError::conflict(
            "revision_out_of_order",
            match latest {
                None => "the first submission of an evaluation is revision 1".to_owned(),
                Some(r) => format!("the latest revision is {r}; the next must be {}", r + 1),
            },
        )
        .field("revision")),
        InsertOutcome::NotSubmitter => Err(ApiError::forbidden("only the shopper who submitted it may revise it")),
        InsertOutcome::UnknownCentre => {
            Err(ApiError::unprocessable("unknown_centre", "centre_id", "the catalogue has no such centre".to_owned()))
        }
        InsertOutcome::UnknownService => {
            Err(ApiError::unprocessable("unknown_service", "service_id", "the centre does not offer this service"))
        }
    }
}
