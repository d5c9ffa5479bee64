//! `PUT|HEAD|GET /photos/{sha256}`: photos are stored under the SHA-256 of
//! their bytes, so uploading is idempotent and a retry never duplicates.

use super::error::{ApiError, ApiResult};
use super::extract::{read_body, Supervisor};
use crate::config::MAX_PHOTO_EDGE;
use crate::state::AppState;
use crate::storage::PhotoRecord;
use axum::extract::{Path, Request, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::Utc;
use ms_core::wire::PhotoReceipt;
use ms_core::PhotoId;
use sha2::{Digest, Sha256};

fn photo_id(raw: &str) -> ApiResult<PhotoId> {
    PhotoId::parse(raw).map_err(|e| ApiError::bad_request("invalid_photo_id", e.to_string()).field("sha256"))
}

/// Checks that the bytes are one whole JPEG of sane size; returns its dimensions.
fn check_jpeg(bytes: &[u8]) -> ApiResult<(u32, u32)> {
    let not_image = |why: String| ApiError::bad_request("not_an_image", why).field("body");
    match image::guess_format(bytes) {
        Ok(image::ImageFormat::Jpeg) => {}
        Ok(other) => return Err(not_image(format!("photos must be JPEG, this is {other:?}"))),
        Err(_) => return Err(not_image("the body is not an image".into())),
    }
    let reader = image::ImageReader::with_format(std::io::Cursor::new(bytes), image::ImageFormat::Jpeg);
    let img = reader.decode().map_err(|e| not_image(format!("the JPEG can't be decoded: {e}")))?;
    if img.width().max(img.height()) > MAX_PHOTO_EDGE {
        return Err(not_image(format!("the photo is larger than {MAX_PHOTO_EDGE} px on its long edge")));
    }
    Ok((img.width(), img.height()))
}

/// Stores a photo. 201 when stored, 200 when it was already here.
#[utoipa::path(put, path = "/api/v1/photos/{sha256}", tag = "photos",
    params(("sha256" = String, Path, description = "SHA-256 of the JPEG bytes, lowercase hex")),
    request_body(content = Vec<u8>, content_type = "image/jpeg"),
    responses((status = 201, body = PhotoReceipt), (status = 200, body = PhotoReceipt),
        (status = 400, body = ms_core::wire::ErrorBody), (status = 413, body = ms_core::wire::ErrorBody)))]
pub async fn put_photo(
    State(state): State<AppState>,
    Path(raw): Path<String>,
    req: Request,
) -> ApiResult<(StatusCode, Json<PhotoReceipt>)> {
    let id = photo_id(&raw)?;
    let bytes = read_body(req, &state).await?;
    let actual = PhotoId::from_digest(&Sha256::digest(&bytes).into());
    if actual != id {
        return Err(ApiError::bad_request(
            "hash_mismatch",
            format!("the body's SHA-256 is {actual}, not the {id} the address names"),
        )
        .field("sha256"));
    }
    if let Some(known) = state.storage.photo(&id).await? {
        if state.photos.exists(&id).await.map_err(ApiError::internal)? {
            let receipt =
                PhotoReceipt { sha256: id.to_string(), bytes: known.bytes, width: known.width, height: known.height };
            return Ok((StatusCode::OK, Json(receipt)));
        }
    }
    let checked = bytes.clone();
    let (width, height) =
        tokio::task::spawn_blocking(move || check_jpeg(&checked)).await.map_err(ApiError::internal)??;
    state.photos.put(&id, &bytes).await.map_err(ApiError::internal)?;
    let record = PhotoRecord { id: id.clone(), bytes: bytes.len() as u64, width, height, received_at: Utc::now() };
    let created = state.storage.record_photo(&record).await?;
    let status = if created { StatusCode::CREATED } else { StatusCode::OK };
    Ok((status, Json(PhotoReceipt { sha256: id.to_string(), bytes: record.bytes, width, height })))
}

/// Whether the server has a photo: 200 or 404, no body.
#[utoipa::path(head, path = "/api/v1/photos/{sha256}", tag = "photos",
    params(("sha256" = String, Path, description = "SHA-256 of the JPEG bytes")),
    responses((status = 200, description = "Stored"), (status = 404, description = "Not stored")))]
pub async fn head_photo(State(state): State<AppState>, Path(raw): Path<String>) -> ApiResult<StatusCode> {
    let id = photo_id(&raw)?;
    let known =
        state.storage.photo(&id).await?.is_some() && state.photos.exists(&id).await.map_err(ApiError::internal)?;
    Ok(if known { StatusCode::OK } else { StatusCode::NOT_FOUND })
}

/// A stored photo, for supervisors.
#[utoipa::path(get, path = "/api/v1/photos/{sha256}", tag = "photos",
    params(("sha256" = String, Path, description = "SHA-256 of the JPEG bytes")),
    responses((status = 200, content_type = "image/jpeg", body = Vec<u8>), (status = 404, body = ms_core::wire::ErrorBody)),
    security(("bearer" = [])))]
pub async fn get_photo(
    State(state): State<AppState>,
    _supervisor: Supervisor,
    Path(raw): Path<String>,
) -> ApiResult<Response> {
    let id = photo_id(&raw)?;
    let bytes = state.photos.get(&id).await.map_err(ApiError::internal)?;
    let bytes = bytes.ok_or_else(|| ApiError::not_found(format!("no photo {id}")))?;
    Ok(([(header::CONTENT_TYPE, "image/jpeg"), (header::CACHE_CONTROL, "private, max-age=31536000, immutable")], bytes)
        .into_response())
}
