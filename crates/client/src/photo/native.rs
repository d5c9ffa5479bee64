//! Photo processing on desktop, Android and iOS, with the `image` crate.

use image::codecs::jpeg::JpegEncoder;
use image::imageops::FilterType;
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, RgbImage};
use std::io::Cursor;

use super::{fitted, PhotoError, ProcessedPhoto, JPEG_QUALITY, MAX_LONG_EDGE};

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
    let image = DynamicImage::from_decoder(decoder).map_err(|e| PhotoError::Damaged(e.to_string()))?;
    // Downscale before turning: the long edge fits the same square either way,
    // and rotating the small image is much cheaper than the camera's.
    let mut small = DynamicImage::ImageRgb8(downscale(flatten(image), MAX_LONG_EDGE));
    small.apply_orientation(orientation);
    let rgb = small.into_rgb8();
    let (width, height) = rgb.dimensions();

    let mut jpeg = Vec::new();
    JpegEncoder::new_with_quality(&mut jpeg, JPEG_QUALITY)
        .encode_image(&rgb)
        .map_err(|e| PhotoError::Encode(e.to_string()))?;
    Ok(ProcessedPhoto::from_jpeg(jpeg, width, height))
}

/// Fits the image in a `max` x `max` square. Halving by 2x2 averages first
/// while the image is at least twice too large keeps the filtered resize small:
/// a 12-megapixel photo costs a fraction of resizing it in one step.
fn downscale(mut rgb: RgbImage, max: u32) -> RgbImage {
    while rgb.width().max(rgb.height()) >= 2 * max {
        rgb = halve(&rgb);
    }
    let (w, h) = rgb.dimensions();
    let (nw, nh) = fitted(w, h, max);
    if (nw, nh) == (w, h) {
        return rgb;
    }
    image::imageops::resize(&rgb, nw, nh, FilterType::Triangle)
}

/// Half the width and height, each pixel the mean of a 2x2 block.
fn halve(src: &RgbImage) -> RgbImage {
    let (w, h) = (src.width() / 2, src.height() / 2);
    let stride = src.width() as usize * 3;
    let raw = src.as_raw();
    let mut out = Vec::with_capacity(w as usize * h as usize * 3);
    for y in 0..h as usize {
        let top = &raw[2 * y * stride..][..stride];
        let bottom = &raw[(2 * y + 1) * stride..][..stride];
        for x in 0..w as usize {
            for c in 0..3 {
                let i = 6 * x + c;
                let sum = u16::from(top[i]) + u16::from(top[i + 3]) + u16::from(bottom[i]) + u16::from(bottom[i + 3]);
                out.push(((sum + 2) / 4) as u8);
            }
        }
    }
    RgbImage::from_raw(w, h, out).unwrap_or_else(|| RgbImage::new(w, h))
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
