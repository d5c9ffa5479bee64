//! Turning a camera's or a gallery's picture into the photo the app keeps
//! (upright, at most 1600 pixels long, JPEG without metadata, named by its
//! hash). Desktop, Android and iOS decode it with `ms_client`; the browser
//! with its own decoders and a canvas (`web.rs`), so the web app downloads
//! no image codecs.

#[cfg(target_arch = "wasm32")]
mod web;

use ms_client::{PhotoError, ProcessedPhoto};

/// Processes one picture's bytes; JPEG and PNG only.
pub async fn process(bytes: &[u8]) -> Result<ProcessedPhoto, PhotoError> {
    ms_client::sniff(bytes)?;
    #[cfg(target_arch = "wasm32")]
    {
        web::process(bytes).await
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        ms_client::process_photo(bytes)
    }
}
