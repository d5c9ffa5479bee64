//! Photo processing before anything is stored: decode, apply the EXIF
//! orientation, downscale, re-encode as JPEG without metadata, hash.
//!
//! Desktop, Android and iOS do it here (`native`); the browser does the same
//! with its own image decoders and canvas, so the web app carries no image
//! codecs, and hands the JPEG back to [`ProcessedPhoto::from_jpeg`].

#[cfg(not(target_arch = "wasm32"))]
mod native;

#[cfg(not(target_arch = "wasm32"))]
pub use native::process_photo;

use ms_core::PhotoId;
use sha2::{Digest, Sha256};

/// The long edge of a stored photo, in pixels.
pub const MAX_LONG_EDGE: u32 = 1600;
/// The JPEG quality photos are stored at (0–100).
pub const JPEG_QUALITY: u8 = 80;

/// A photo ready to store and upload: JPEG bytes named by their SHA-256.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessedPhoto {
    pub id: PhotoId,
    pub jpeg: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

impl ProcessedPhoto {
    /// Names an already processed JPEG by its SHA-256.
    pub fn from_jpeg(jpeg: Vec<u8>, width: u32, height: u32) -> Self {
        let digest: [u8; 32] = Sha256::digest(&jpeg).into();
        Self { id: PhotoId::from_digest(&digest), jpeg, width, height }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PhotoError {
    #[error("this file is not a photo the app can read (only JPEG and PNG are accepted)")]
    NotAnImage,
    #[error("the photo could not be read: {0}")]
    Damaged(String),
    #[error("the photo could not be saved as JPEG: {0}")]
    Encode(String),
}

/// The kinds of picture the app takes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhotoFormat {
    Jpeg,
    Png,
}

/// What the first bytes say the file is; anything but JPEG and PNG is refused.
pub fn sniff(bytes: &[u8]) -> Result<PhotoFormat, PhotoError> {
    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n";
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Ok(PhotoFormat::Jpeg)
    } else if bytes.starts_with(PNG) {
        Ok(PhotoFormat::Png)
    } else {
        Err(PhotoError::NotAnImage)
    }
}

/// Fits `width` x `height` in a `max` x `max` square, keeping its shape.
pub fn fitted(width: u32, height: u32, max: u32) -> (u32, u32) {
    let long = width.max(height);
    if long <= max {
        return (width, height);
    }
    let scale = f64::from(max) / f64::from(long);
    let side = |n: u32| ((f64::from(n) * scale).round() as u32).max(1);
    (side(width), side(height))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_jpeg_and_png_are_taken() {
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0]).ok(), Some(PhotoFormat::Jpeg));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n....").ok(), Some(PhotoFormat::Png));
        for other in [&b"GIF89a"[..], b"%PDF-1.4", b"RIFF....WEBP", b"", &[0xFF, 0xD8]] {
            assert!(matches!(sniff(other), Err(PhotoError::NotAnImage)), "{other:?}");
        }
    }

    #[test]
    fn the_long_edge_fits_and_the_shape_stays() {
        assert_eq!(fitted(4000, 3000, 1600), (1600, 1200));
        assert_eq!(fitted(3000, 4000, 1600), (1200, 1600));
        assert_eq!(fitted(1600, 900, 1600), (1600, 900));
        assert_eq!(fitted(100, 80, 1600), (100, 80));
        assert_eq!(fitted(10000, 1, 1600), (1600, 1));
    }

    #[test]
    fn a_photo_is_named_by_its_hash() {
        let a = ProcessedPhoto::from_jpeg(vec![1, 2, 3], 1, 1);
        assert_eq!(a, ProcessedPhoto::from_jpeg(vec![1, 2, 3], 1, 1));
        assert_ne!(a.id, ProcessedPhoto::from_jpeg(vec![1, 2, 4], 1, 1).id);
    }
}
