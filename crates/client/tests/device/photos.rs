//! Photo processing and storage: size, metadata, orientation, deduplication.

use crate::common::*;
use ms_client::{process_photo, Error, PhotoError, Store};
use ms_core::PhotoId;
use sha2::{Digest, Sha256};

fn dimensions(bytes: &[u8]) -> (u32, u32) {
    let img = image::load_from_memory(bytes).expect("output decodes");
    (img.width(), img.height())
}

#[test]
fn large_photo_is_downscaled_to_the_long_edge() {
    let out = process_photo(&jpeg(4000, 3000)).unwrap();
    assert_eq!((out.width, out.height), (1600, 1200));
    assert_eq!(dimensions(&out.jpeg), (1600, 1200));
    assert_eq!(&out.jpeg[..2], &[0xFF, 0xD8], "output is a JPEG");
}

#[test]
fn small_photo_is_not_upscaled() {
    let out = process_photo(&jpeg(320, 240)).unwrap();
    assert_eq!((out.width, out.height), (320, 240));
}

#[test]
fn photo_id_is_the_sha256_of_the_stored_bytes() {
    let out = process_photo(&jpeg(100, 80)).unwrap();
    let digest: [u8; 32] = Sha256::digest(&out.jpeg).into();
    assert_eq!(out.id, ms_core::PhotoId::from_digest(&digest));
}

#[test]
fn photo_metadata_is_dropped() {
    let input = jpeg_with_exif(800, 600, 1);
    assert!(contains(&input, b"Exif\0\0"), "the test input carries EXIF");
    let out = process_photo(&input).unwrap();
    assert!(!contains(&out.jpeg, b"Exif\0\0"), "EXIF (and its GPS block) survived");
    // Inside entropy-coded data 0xFF is always followed by 0x00 or a restart marker,
    // so these two bytes can only be an APP1 segment.
    assert!(!contains(&out.jpeg, &[0xFF, 0xE1]), "an APP1 segment survived");
}

#[test]
fn processed_photos_pass_the_servers_clean_photo_check() {
    for input in [jpeg_with_exif(3000, 2000, 6), jpeg(640, 480)] {
        let out = process_photo(&input).unwrap();
        let info = ms_core::jpeg::inspect(&out.jpeg);
        assert_eq!(info, Ok(ms_core::jpeg::JpegInfo { width: out.width, height: out.height }));
    }
}

#[test]
fn exif_orientation_is_applied() {
    let out = process_photo(&jpeg_with_exif(400, 200, 6)).unwrap();
    assert_eq!((out.width, out.height), (200, 400), "orientation 6 turns the photo a quarter");
    assert_eq!(dimensions(&out.jpeg), (200, 400));
}

#[test]
fn png_is_accepted_and_becomes_jpeg() {
    let img = image::RgbaImage::from_pixel(50, 20, image::Rgba([10, 20, 30, 0]));
    let mut png = Vec::new();
    image::DynamicImage::ImageRgba8(img)
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let out = process_photo(&png).unwrap();
    assert_eq!(&out.jpeg[..2], &[0xFF, 0xD8]);
    let back = image::load_from_memory(&out.jpeg).unwrap().into_rgb8();
    assert!(back.get_pixel(5, 5).0.iter().all(|c| *c > 240), "transparent becomes white");
}

#[test]
fn not_an_image_gives_a_clear_error() {
    let err = process_photo(b"%PDF-1.4 this is a document").unwrap_err();
    assert!(matches!(err, PhotoError::NotAnImage));
    assert!(err.to_string().contains("JPEG and PNG"), "{err}");
    assert!(process_photo(&[]).is_err());
}

#[test]
fn jpeg_cut_short_in_its_header_is_refused() {
    let whole = jpeg(200, 200);
    let err = process_photo(&whole[..40]).unwrap_err();
    assert!(matches!(err, PhotoError::Damaged(_)), "{err:?}");
}

#[test]
fn same_photo_twice_is_stored_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = memory_store(&dir);
    let input = jpeg(300, 200);
    let first = store.add_photo(&input).unwrap();
    let second = store.add_photo(&input).unwrap();
    assert_eq!(first.id, second.id);
    let files: Vec<_> = std::fs::read_dir(dir.path().join("photos")).unwrap().collect();
    assert_eq!(files.len(), 1);
    assert_eq!(store.read_photo(&first.id).unwrap(), first.jpeg);
    assert_eq!(
        store.photo_path(&first.id).unwrap().file_name().unwrap().to_str().unwrap(),
        format!("{}.jpg", first.id)
    );
    assert_eq!(store.photo_info(&first.id).unwrap(), (first.jpeg.len() as u64, 300, 200));
}

#[test]
fn storing_something_that_is_not_a_photo_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = memory_store(&dir);
    assert!(matches!(store.add_photo(b"hello"), Err(Error::Photo(PhotoError::NotAnImage))));
}

#[test]
fn self_contained_store_keeps_photos_inside_the_database() {
    let mut store = Store::open_self_contained(":memory:").unwrap();
    assert_eq!(store.photo_place(), &ms_client::PhotoPlace::Database);
    let input = jpeg(300, 200);
    let photo = store.add_photo(&input).unwrap();
    assert_eq!(store.photo_path(&photo.id), None);
    assert_eq!(store.read_photo(&photo.id).unwrap(), photo.jpeg);
    assert_eq!(store.add_photo(&input).unwrap().id, photo.id);
    assert!(matches!(store.read_photo(&PhotoId::from_digest(&[1; 32])), Err(Error::PhotoNotFound(_))));
}
