//! `PUT|HEAD|GET /photos/{sha256}`: photos are stored under the SHA-256 of
//! their bytes, so uploading is idempotent and a retry never duplicates.
//! A photo is accepted only as one whole, clean JPEG: its size is read from
//! the header before any decoding, it carries no metadata (EXIF with GPS,
//! XMP, comments) and nothing after its end, and it decodes in full within
//! a memory limit, a few at a time.

use super::error::{ApiError, ApiResult};
use super::extract::{read_body, require_content_type, MaybeUser, PhotoPath};
use crate::config::{MAX_PHOTO_DECODE_BYTES, MAX_PHOTO_EDGE};
use crate::state::AppState;
use crate::storage::PhotoRecord;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::Utc;
use ms_core::jpeg::{self, JpegProblem};
use ms_core::wire::{ErrorBody, PhotoReceipt, UserRole};
use ms_core::ErrorCode;
use ms_core::PhotoId;
use sha2::{Digest, Sha256};

/// Checks the structure and the size without decoding: cheap, for every upload.
fn check_structure(bytes: &[u8]) -> ApiResult<(u32, u32)> {
    let info = jpeg::inspect(bytes).map_err(|problem| match problem {
        JpegProblem::Metadata(_) | JpegProblem::TrailingData(_) => {
            ApiError::unprocessable(ErrorCode::PhotoHasMetadata, "body", problem.to_string())
        }
        _ => ApiError::unprocessable(ErrorCode::NotAnImage, "body", problem.to_string()),
    })?;
    if info.width.max(info.height) > MAX_PHOTO_EDGE {
        return Err(ApiError::unprocessable(
            ErrorCode::PhotoTooLarge,
            "body",
            format!(
                "the photo is {}×{} px; at most {MAX_PHOTO_EDGE} px on its long edge are accepted",
                info.width, info.height
            ),
        ));
    }
    Ok((info.width, info.height))
}

/// Decodes every block of the picture within the memory limit: a photo whose
/// image data is damaged anywhere is refused. The blocks are decoded at an
/// eighth of the size (each one's entropy-coded data read in full, only its
/// average colour computed), which finds the same damage as a full decode
/// for a fraction of the time and memory.
fn decode_in_full(bytes: &[u8]) -> ApiResult<()> {
    let refused = |e: jpeg_decoder::Error| {
        ApiError::unprocessable(ErrorCode::NotAnImage, "body", format!("the JPEG can't be decoded: {e}"))
    };
    let mut decoder = jpeg_decoder::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_max_decoding_buffer_size(MAX_PHOTO_DECODE_BYTES as usize);
    let info = decoder.read_info().and_then(|()| decoder.info().ok_or(jpeg_decoder::Error::Format("no frame".into())));
    let info = info.map_err(refused)?;
    if u32::from(info.width.max(info.height)) > MAX_PHOTO_EDGE {
        return Err(ApiError::unprocessable(ErrorCode::PhotoTooLarge, "body", "the photo is too large to decode"));
    }
    decoder.scale(info.width.div_ceil(8), info.height.div_ceil(8)).map_err(refused)?;
    decoder.decode().map(|_| ()).map_err(refused)
}

/// Stores a photo. 201 when stored, 200 when it was already here.
#[utoipa::path(put, path = "/api/v1/photos/{sha256}", tag = "photos",
    params(PhotoPath),
    request_body(content = Vec<u8>, content_type = "image/jpeg",
        description = "A JPEG of at most 4096 px on its long edge and 8 MiB, without EXIF, XMP, comments or trailing data"),
    responses((status = 201, body = PhotoReceipt, description = "Stored"),
        (status = 200, body = PhotoReceipt, description = "Already stored"),
        (status = 400, body = ErrorBody, description = "The address is not a SHA-256"),
        (status = 413, body = ErrorBody, description = "Larger than 8 MiB"),
        (status = 415, body = ErrorBody, description = "Not sent as image/jpeg"),
        (status = 422, body = ErrorBody, description = "Not a whole JPEG, too large, carrying metadata, or not the bytes the address's hash names")))]
pub async fn put_photo(
    State(state): State<AppState>,
    path: PhotoPath,
    req: Request,
) -> ApiResult<(StatusCode, Json<PhotoReceipt>)> {
    let id = path.id()?;
    require_content_type(req.headers(), &["image/jpeg"])?;
    let bytes = read_body(req, &state).await?;
    let actual = PhotoId::from_digest(&Sha256::digest(&bytes).into());
    if actual != id {
        return Err(ApiError::unprocessable(
            ErrorCode::HashMismatch,
            "sha256",
            format!("the body's SHA-256 is {actual}, not the {id} the address names"),
        ));
    }
    if let Some(known) = state.storage.photo(&id).await? {
        if state.photos.exists(&id).await.map_err(ApiError::internal)? {
            let receipt =
                PhotoReceipt { sha256: id.to_string(), bytes: known.bytes, width: known.width, height: known.height };
            return Ok((StatusCode::OK, Json(receipt)));
        }
    }
    let (width, height) = check_structure(&bytes)?;
    {
        let _permit = state.photo_decodes.acquire().await.map_err(ApiError::internal)?;
        let checked = bytes.clone();
        tokio::task::spawn_blocking(move || decode_in_full(&checked)).await.map_err(ApiError::internal)??;
    }
    state.photos.put(&id, &bytes).await.map_err(ApiError::internal)?;
    let record = PhotoRecord { id: id.clone(), bytes: bytes.len() as u64, width, height, received_at: Utc::now() };
    let created = state.storage.record_photo(&record).await?;
    let status = if created { StatusCode::CREATED } else { StatusCode::OK };
    Ok((status, Json(PhotoReceipt { sha256: id.to_string(), bytes: record.bytes, width, height })))
}

/// Whether the server has a photo: 200 or 404, no body.
#[utoipa::path(head, path = "/api/v1/photos/{sha256}", tag = "photos",
    params(PhotoPath),
    responses((status = 200, description = "Stored"), (status = 404, description = "Not stored"),
        (status = 400, description = "Not a SHA-256")))]
pub async fn head_photo(State(state): State<AppState>, path: PhotoPath) -> ApiResult<StatusCode> {
    let id = path.id()?;
    let known =
        state.storage.photo(&id).await?.is_some() && state.photos.exists(&id).await.map_err(ApiError::internal)?;
    Ok(if known { StatusCode::OK } else { StatusCode::NOT_FOUND })
}

/// A stored photo, for reviewers; for a centre manager, those of their
/// centres' approved visits and the evidence of their actions.
#[utoipa::path(get, path = "/api/v1/photos/{sha256}", tag = "photos",
    params(PhotoPath),
    responses((status = 200, content_type = "image/jpeg", body = Vec<u8>, description = "The JPEG"),
        (status = 400, body = ErrorBody, description = "Not a SHA-256"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a supervisor, an admin or a centre manager"),
        (status = 404, body = ErrorBody, description = "No such photo (for a manager: none in their centres' approved visits or actions' evidence)")),
    security(("bearer" = [])))]
pub async fn get_photo(
    State(state): State<AppState>,
    MaybeUser(user): MaybeUser,
    path: PhotoPath,
) -> ApiResult<Response> {
    let id = path.id()?;
    match user {
        None => return Err(ApiError::unauthorized("sign in first")),
        Some(u) if u.role.reviews() => {}
        Some(u) if u.role == UserRole::CentreManager => {
            let centres = state.storage.manager_photo_centres(id.as_str()).await?;
            if !centres.iter().any(|c| u.centre_ids.contains(c)) {
                return Err(ApiError::not_found(format!(
                    "no photo {id} among your centres' approved visits and actions' evidence"
                )));
            }
        }
        Some(_) => return Err(ApiError::forbidden("only reviewers and centre managers open photos")),
    }
    let bytes = state.photos.get(&id).await.map_err(ApiError::internal)?;
    let bytes = bytes.ok_or_else(|| ApiError::not_found(format!("no photo {id}")))?;
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("image/jpeg"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, max-age=31536000, immutable"));
    headers.insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("inline"));
    Ok(response)
}
