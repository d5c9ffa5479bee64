//! Photo processing before anything is stored: decode, apply the EXIF
//! orientation, downscale, re-encode as JPEG without metadata, hash.

use image::codecs::jpeg::JpegEncoder;
use image::imageops::FilterType;
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, RgbImage};
use ms_core::PhotoId;
use sha2::{Digest, Sha256};
use std::io::Cursor;

/// The long edge of a stored photo, in pixels.
pub const MAX_LONG_EDGE: u32 = 1600;
const JPEG_QUALITY: u8 = 80;

/// A photo ready to store and upload: JPEG bytes named by their SHA-256.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessedPhoto {
    pub id: PhotoId,
    pub jpeg: Vec<u8>,
    pub width: u32,
    pub height: u32,
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

/// Turns what the camera or the gallery gave into the photo the app keeps.
/// The re-encoded JPEG carries no metadata at all (no EXIF, so no GPS).
pub fn process_photo(bytes: &[u8]) -> Result<ProcessedPhoto, PhotoError> {
    let reader =
        ImageReader::new(Cursor::new(bytes)).with_guessed_format().map_err(|e| PhotoError::Damaged(e.to_string()))?;
    if !matches!(reader.format(), Some(ImageFormat::Jpeg | ImageFormat::Png)) {
        return Err(PhotoError::NotAnImage);
    }
    let mut decoder = reader.into_decoder().map_err(|e| PhotoError::Damaged(e.to_string()))?;
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let mut image = DynamicImage::from_decoder(decoder).map_err(|e| PhotoError::Damaged(e.to_string()))?;
    image.apply_orientation(orientation);

    if image.width().max(image.height()) > MAX_LONG_EDGE {
        image = image.resize(MAX_LONG_EDGE, MAX_LONG_EDGE, FilterType::Triangle);
    }
    let rgb = flatten(image);
    let (width, height) = rgb.dimensions();

    let mut jpeg = Vec::new();
    JpegEncoder::new_with_quality(&mut jpeg, JPEG_QUALITY)
        .encode_image(&rgb)
        .map_err(|e| PhotoError::Encode(e.to_string()))?;
    let digest: [u8; 32] = Sha256::digest(&jpeg).into();
    Ok(ProcessedPhoto { id: PhotoId::from_digest(&digest), jpeg, width, height })
}

/// JPEG has no transparency: transparent pixels become white rather than black.
fn flatten(image: DynamicImage) -> RgbImage {
    if !image.color().has_alpha() {
        return image.into_rgb8();
    }
    let rgba = image.into_rgba8();
    RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let blend = |c: u8| ((c as u32 * a as u32 + 255 * (255 - a as u32)) / 255) as u8;
        image::Rgb([blend(r), blend(g), blend(b)])
    })
}
