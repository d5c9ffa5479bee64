//! `PUT /evaluations/{id}`: devices submit evaluations. Idempotent: the same
//! body again is a 200, a different body under the same id and revision a 409.
//! Citizen ratings come without an account, so they are limited per device,
//! per address and per registered kiosk; times and check-ins must be
//! plausible, and whether a check-in was at the centre is decided here.

use super::error::{ApiError, ApiResult};
use super::extract::{EvaluationPath, JsonBody, MaybeUser};
use crate::auth::token_digest;
use crate::guard::{RatingSource, RetryAfter};
use crate::state::AppState;
use crate::storage::{InsertOutcome, NewEvaluation, User};
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use chrono::{SubsecRound, Utc};
use ms_core::planning::api::{AssignmentLink, Refusal};
use ms_core::wire::{ErrorBody, EvaluationSummary, Receipt, UserRole};
use ms_core::ErrorCode;
use ms_core::{engine, geo, plausibility, proof, scoring, stats, Evaluation, PhotoId, Role};
use sha2::{Digest, Sha256};
use std::net::SocketAddr;

/// The header a registered exit kiosk sends its key in.
pub const KIOSK_KEY_HEADER: &str = "x-kiosk-key";

fn receipt(s: &EvaluationSummary) -> Receipt {
    Receipt {
        id: s.id,
        revision: s.revision,
        status: s.status,
        score_percent: s.score_percent,
        received_at: s.received_at,
        assignment: None,
    }
}

/// Links a stored evaluation to the assignment it names, as its shopper
/// (asked again when the same body is sent again, which answers the same).
/// A refusal is said in the receipt: the evaluation stays stored, unlinked.
async fn link(
    state: &AppState,
    s: &EvaluationSummary,
    assignment_id: Option<ms_core::planning::AssignmentId>,
    user: Option<&User>,
) -> ApiResult<Option<AssignmentLink>> {
    let Some(assignment_id) = assignment_id else { return Ok(None) };
    match user.filter(|u| u.role == UserRole::Shopper && s.role == Role::Shopper) {
        Some(u) => {
            let by = super::planning::planner(u);
            Ok(Some(state.storage.link_evaluation(s.id, &s.centre_id, assignment_id, &by).await?))
        }
        None => Ok(Some(AssignmentLink {
            assignment_id,
            linked: false,
            refusal: Some(Refusal {
                code: ErrorCode::Forbidden,
                message: "only a shopper's visit is made for an assignment; the evaluation is kept without it".into(),
                until: None,
            }),
        })),
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
    params(EvaluationPath,
        ("x-kiosk-key" = Option<String>, Header, description = "A registered exit kiosk's key (citizen ratings only)")),
    request_body = Evaluation,
    responses(
        (status = 201, body = Receipt, description = "Stored"),
        (status = 200, body = Receipt, description = "An identical copy was already stored"),
        (status = 400, body = ErrorBody, description = "Malformed JSON or address"),
        (status = 401, body = ErrorBody, description = "A shopper's evaluation without a valid sign-in, or an unknown kiosk key"),
        (status = 403, body = ErrorBody, description = "Signed in with the wrong role, or a kiosk of another centre"),
        (status = 409, body = ErrorBody, description = "A different body under the same id and revision, or a revision not accepted now"),
        (status = 413, body = ErrorBody, description = "Larger than 1 MiB"),
        (status = 415, body = ErrorBody, description = "Not sent as application/json"),
        (status = 422, body = ErrorBody, description = "Invalid or implausible, with the field named"),
        (status = 429, body = ErrorBody, description = "Too many citizen ratings from this device, address or kiosk; see Retry-After",
            headers(("Retry-After" = u64, description = "Seconds to wait")))),
    security((), ("bearer" = [])))]
pub async fn put_evaluation(
    State(state): State<AppState>,
    path: EvaluationPath,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    MaybeUser(user): MaybeUser,
    JsonBody(mut ev): JsonBody<Evaluation>,
) -> ApiResult<(StatusCode, Json<Receipt>)> {
    let id = path.id();
    if ev.id != id {
        return Err(ApiError::unprocessable(
            ErrorCode::IdMismatch,
            "id",
            format!("the body's id is {}, the address's {id}", ev.id),
        ));
    }
    match (ev.role, user.as_ref().map(|u| u.role)) {
        (Role::Shopper, None) => {
            return Err(ApiError::unauthorized("a shopper's evaluation needs a signed-in shopper"))
        }
        (Role::Shopper, Some(UserRole::Supervisor | UserRole::Admin | UserRole::CentreManager)) => {
            return Err(ApiError::forbidden("only shoppers submit shopper evaluations"))
        }
        (Role::Citizen, Some(_)) => {
            return Err(ApiError::new(
                StatusCode::FORBIDDEN,
                ErrorCode::StaffCannotRate,
                "citizen ratings are anonymous: staff accounts cannot submit them (send it without signing in)",
            ))
        }
        (Role::Citizen, None) if ev.revision != 1 => {
            return Err(ApiError::unprocessable(
                ErrorCode::CitizenNotRevisable,
                "revision",
                "a citizen rating is sent once and cannot be revised",
            ))
        }
        _ => {}
    }
    let template = state.template(&ev.template).await?.ok_or_else(|| {
        ApiError::unprocessable(
            ErrorCode::UnknownTemplate,
            "template",
            format!("there is no template {} version {}", ev.template.id, ev.template.version),
        )
    })?;
    engine::validate(&template, &ev)?;
    // The hash is of the body as the device sent it, so a retry is recognised
    // whatever the server changes below.
    let sent = ev.canonical_json();
    let body_sha256 = hex::encode(Sha256::digest(sent.as_bytes()));
    let clock_offset_s = device_clock_offset(&headers)?;
    if let Some(offset) = clock_offset_s {
        proof::correct_times(&mut ev, chrono::Duration::seconds(offset));
    }
    plausibility::check(&ev, Utc::now())?;
    let photos = ev.photo_ids();
    let missing = if photos.is_empty() { Vec::new() } else { state.storage.missing_photos(&photos).await? };
    if let Some(missing) = missing.first() {
        return Err(ApiError::unprocessable(
            ErrorCode::PhotoMissing,
            photo_field(&ev, missing),
            format!("photo {missing} has not been uploaded; upload it first"),
        ));
    }
    let score = scoring::score(&template, &ev.answers);
    decide_presence(&state, &mut ev).await?;
    // What is stored is the body as the server settled it: the device's
    // times moved to the server's clock, and its own inside/outside verdict.
    let settled = clock_offset_s.is_some() || ev.check_in.is_some();
    let canonical_json = if settled { ev.canonical_json() } else { sent };
    let admission = match ev.role {
        Role::Citizen if !state.storage.evaluation_exists(id, ev.revision).await? => {
            let source = rating_source(&state, &headers, peer, &ev).await?;
            Some(state.ratings.admit(&source).await?.map_err(rate_limited)?)
        }
        _ => None,
    };
    let facts = stats::facts(&template, &ev);
    let (role, centre_id, assignment_id) = (ev.role, ev.centre_id.clone(), ev.assignment_id);
    let new = NewEvaluation {
        facts,
        clock_offset_s,
        evaluation: ev,
        canonical_json,
        body_sha256,
        score_percent: score.percent,
        stage_scores: score.stages,
        received_at: Utc::now().trunc_subsecs(6),
        submitted_by: user.as_ref().map(|u: &User| u.id),
        submitter: user.as_ref().map(|u: &User| u.username.clone()),
    };
    let outcome = state.storage.insert_evaluation(new).await;
    if let Some(admission) = admission {
        if !matches!(outcome, Ok(InsertOutcome::Created(_))) {
            state.ratings.refund(admission).await;
        }
    }
    match outcome? {
        InsertOutcome::Created(s) => {
            if role == Role::Citizen {
                crate::alerts::after_rating(&state, &centre_id).await;
            }
            let link = link(&state, &s, assignment_id, user.as_ref()).await?;
            Ok((StatusCode::CREATED, Json(Receipt { assignment: link, ..receipt(&s) })))
        }
        InsertOutcome::Identical(s) => {
            let link = link(&state, &s, assignment_id, user.as_ref()).await?;
            Ok((StatusCode::OK, Json(Receipt { assignment: link, ..receipt(&s) })))
        }
        InsertOutcome::Conflict => Err(ApiError::conflict(
            ErrorCode::Conflict,
            format!(
                "a different evaluation is already stored as {id}; a changed evaluation needs a new id or revision"
            ),
        )),
        InsertOutcome::NotReturned(status) => Err(ApiError::conflict(
            ErrorCode::NotReturned,
            format!("evaluation {id} is {}; a new revision is accepted only once it is returned", status.as_str()),
        )
        .field("revision")),
        InsertOutcome::OutOfOrder { latest } => Err(ApiError::conflict(
            ErrorCode::RevisionOutOfOrder,
            match latest {
                None => "the first submission of an evaluation is revision 1".to_owned(),
                Some(r) => format!("the latest revision is {r}; the next must be {}", r + 1),
            },
        )
        .field("revision")),
        InsertOutcome::NotSubmitter => Err(ApiError::forbidden("only the shopper who submitted it may revise it")),
        InsertOutcome::UnknownCentre => Err(ApiError::unprocessable(
            ErrorCode::UnknownCentre,
            "centre_id",
            "the catalogue has no such centre".to_owned(),
        )),
        InsertOutcome::UnknownService => Err(ApiError::unprocessable(
            ErrorCode::UnknownService,
            "service_id",
            "the centre does not offer this service",
        )),
    }
}

/// How far the device's clock (its `X-Device-Time` header) was behind the
/// server's, in whole seconds; None when it did not say.
fn device_clock_offset(headers: &HeaderMap) -> ApiResult<Option<i64>> {
    let Some(value) = headers.get(proof::DEVICE_TIME_HEADER) else { return Ok(None) };
    let device = value
        .to_str()
        .ok()
        .and_then(|v| chrono::DateTime::parse_from_rfc3339(v.trim()).ok())
        .map(|t| t.with_timezone(&Utc))
        .ok_or_else(|| {
            ApiError::bad_request(
                ErrorCode::BadBody,
                "X-Device-Time must be an RFC 3339 time, such as 2026-11-30T10:00:00Z",
            )
            .field(proof::DEVICE_TIME_HEADER)
        })?;
    Ok(Some(proof::clock_offset(Utc::now(), device).num_seconds()))
}

/// Sets the check-in's `inside_geofence` from the centre's coordinates and
/// radius; whatever the device said is replaced (None without a location).
async fn decide_presence(state: &AppState, ev: &mut Evaluation) -> ApiResult<()> {
    let Some(ci) = ev.check_in.as_mut() else { return Ok(()) };
    ci.inside_geofence = None;
    let (Some(lat), Some(lon)) = (ci.latitude, ci.longitude) else { return Ok(()) };
    // An unknown centre is refused when the evaluation is stored.
    if let Some(centre) = state.storage.centre(&ev.centre_id).await? {
        ci.inside_geofence = Some(geo::presence(&centre, lat, lon).inside_geofence);
    }
    Ok(())
}

/// Who a citizen rating is charged to: a registered kiosk of the rating's
/// centre, or else the device and the address it came from.
async fn rating_source(
    state: &AppState,
    headers: &HeaderMap,
    peer: SocketAddr,
    ev: &Evaluation,
) -> ApiResult<RatingSource> {
    let Some(key) = headers.get(KIOSK_KEY_HEADER) else {
        return Ok(RatingSource::Device {
            device_id: ev.device_id.clone(),
            centre_id: ev.centre_id.clone(),
            address: peer.ip(),
        });
    };
    let key = key.to_str().unwrap_or("").trim();
    let kiosk = match key.is_empty() {
        true => None,
        false => state.storage.kiosk(&token_digest(key)).await?,
    };
    let Some(kiosk) = kiosk else {
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            ErrorCode::UnknownKiosk,
            "this kiosk key is not registered",
        )
        .field(KIOSK_KEY_HEADER));
    };
    if kiosk.centre_id != ev.centre_id {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            ErrorCode::KioskWrongCentre,
            format!("this kiosk is registered for centre {}, not {}", kiosk.centre_id, ev.centre_id),
        )
        .field("centre_id"));
    }
    Ok(RatingSource::Kiosk { kiosk_id: kiosk.id })
}

fn rate_limited(wait: RetryAfter) -> ApiError {
    ApiError::too_many(ErrorCode::RateLimited, "ratings from this device or network", wait)
}
