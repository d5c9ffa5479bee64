//! Reads a JPEG's structure without decoding it: its dimensions (from the
//! frame header, so an oversized image is refused before a pixel is
//! allocated) and whether it carries anything beyond the picture itself —
//! EXIF (with GPS), XMP, IPTC, comments, or bytes after the end marker.
//! The device strips all of these; the server refuses photos that still
//! carry them, so a citizen's location can never reach it through a photo.

/// What the structure says about a well-formed JPEG.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JpegInfo {
    pub width: u32,
    pub height: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JpegProblem {
    #[error("the bytes are not a JPEG")]
    NotJpeg,
    #[error("the JPEG ends before its end marker (truncated)")]
    Truncated,
    #[error("the JPEG is malformed: {0}")]
    Malformed(&'static str),
    #[error("the JPEG carries {0}; photos must carry no metadata")]
    Metadata(&'static str),
    #[error("the JPEG has {0} bytes after its end marker")]
    TrailingData(usize),
    #[error("the JPEG has no frame header")]
    NoFrame,
}

/// Markers without a length field.
fn is_standalone(marker: u8) -> bool {
    marker == 0x01 || (0xD0..=0xD7).contains(&marker)
}

/// Start-of-frame markers (every coding process), which hold the dimensions.
fn is_frame(marker: u8) -> bool {
    matches!(marker, 0xC0..=0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF)
}

/// The application segments a plain camera picture needs: JFIF, the colour
/// profile, and Adobe's colour transform flag. Every other one is metadata.
fn allowed_app(marker: u8, data: &[u8]) -> Result<(), JpegProblem> {
    let allowed = match marker {
        0xE0 => data.starts_with(b"JFIF\0") || data.starts_with(b"JFXX\0"),
        0xE2 => data.starts_with(b"ICC_PROFILE\0"),
        0xEE => data.starts_with(b"Adobe"),
        _ => false,
    };
    if allowed {
        return Ok(());
    }
    Err(JpegProblem::Metadata(match marker {
        0xE1 if data.starts_with(b"Exif\0") => "EXIF data (which may hold the GPS location)",
        0xE1 => "XMP data",
        0xED => "IPTC data",
        _ => "an application segment",
    }))
}

/// The marker at `pos` (one or more 0xFF fill bytes, then its code) and the
/// position after it.
fn read_marker(bytes: &[u8], mut pos: usize) -> Result<(u8, usize), JpegProblem> {
    if bytes.get(pos) != Some(&0xFF) {
        return Err(if pos >= bytes.len() { JpegProblem::Truncated } else { JpegProblem::Malformed("no marker") });
    }
    while bytes.get(pos) == Some(&0xFF) {
        pos += 1;
    }
    let Some(&marker) = bytes.get(pos) else { return Err(JpegProblem::Truncated) };
    Ok((marker, pos + 1))
}

/// The data of the segment whose length field is at `pos`, and the position after it.
fn segment_data(bytes: &[u8], pos: usize) -> Result<(&[u8], usize), JpegProblem> {
    let len = match bytes.get(pos..pos + 2) {
        Some(&[hi, lo]) => usize::from(u16::from_be_bytes([hi, lo])),
        _ => return Err(JpegProblem::Truncated),
    };
    if len < 2 {
        return Err(JpegProblem::Malformed("segment length"));
    }
    let data = bytes.get(pos + 2..pos + len).ok_or(JpegProblem::Truncated)?;
    Ok((data, pos + len))
}

/// Walks the segments of `bytes` and checks it is one whole, clean JPEG.
pub fn inspect(bytes: &[u8]) -> Result<JpegInfo, JpegProblem> {
    if !bytes.starts_with(&[0xFF, 0xD8]) {
        return Err(JpegProblem::NotJpeg);
    }
    let mut pos = 2;
    let mut info = None;
    loop {
        let marker;
        (marker, pos) = read_marker(bytes, pos)?;
        match marker {
            0xD9 => {
                let rest = bytes.len() - pos;
                if rest > 0 {
                    return Err(JpegProblem::TrailingData(rest));
                }
                return info.ok_or(JpegProblem::NoFrame);
            }
            0xD8 | 0x00 => return Err(JpegProblem::Malformed("unexpected marker")),
            m if is_standalone(m) => continue,
            _ => {}
        }
        let (data, next) = segment_data(bytes, pos)?;
        pos = next;
        match marker {
            0xE0..=0xEF => allowed_app(marker, data)?,
            0xFE => return Err(JpegProblem::Metadata("a comment")),
            m if is_frame(m) => {
                if info.is_some() {
                    return Err(JpegProblem::Malformed("two frame headers"));
                }
                let d = data.get(..5).ok_or(JpegProblem::Malformed("frame header"))?;
                let height = u32::from(u16::from_be_bytes([d[1], d[2]]));
                let width = u32::from(u16::from_be_bytes([d[3], d[4]]));
                if width == 0 || height == 0 {
                    return Err(JpegProblem::Malformed("zero width or height"));
                }
                info = Some(JpegInfo { width, height });
            }
            0xDA => pos = skip_scan(bytes, pos)?,
            _ => {}
        }
    }
}

/// The same JPEG without the segments `inspect` refuses (EXIF, XMP, IPTC,
/// other application segments, comments): for an encoder that adds them of
/// its own accord, as some browsers' canvases do. The picture's bytes are
/// copied as they are; the result passes `inspect` whenever the input was
/// a whole JPEG.
pub fn without_metadata(bytes: &[u8]) -> Result<Vec<u8>, JpegProblem> {
    if !bytes.starts_with(&[0xFF, 0xD8]) {
        return Err(JpegProblem::NotJpeg);
    }
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(&bytes[..2]);
    let mut pos = 2;
    loop {
        let start = pos;
        let marker;
        (marker, pos) = read_marker(bytes, pos)?;
        if marker == 0xDA || marker == 0xD9 {
            // The scans and what follows them: the picture itself.
            out.extend_from_slice(&bytes[start..]);
            return Ok(out);
        }
        if is_standalone(marker) {
            out.extend_from_slice(&bytes[start..pos]);
            continue;
        }
        let (data, next) = segment_data(bytes, pos)?;
        pos = next;
        let keep = match marker {
            0xE0..=0xEF => allowed_app(marker, data).is_ok(),
            0xFE => false,
            _ => true,
        };
        if keep {
            out.extend_from_slice(&bytes[start..pos]);
        }
    }
}

/// Skips entropy-coded data after a scan header; returns the position of the next marker.
fn skip_scan(bytes: &[u8], mut pos: usize) -> Result<usize, JpegProblem> {
    loop {
        let at = bytes.get(pos..).and_then(|rest| rest.iter().position(|&b| b == 0xFF));
        let Some(at) = at else { return Err(JpegProblem::Truncated) };
        pos += at;
        match bytes.get(pos + 1) {
            None => return Err(JpegProblem::Truncated),
            // A stuffed 0xFF, a restart marker, or fill: still inside the scan.
            Some(0x00) | Some(0xD0..=0xD7) => pos += 2,
            Some(0xFF) => pos += 1,
            Some(_) => return Ok(pos),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A minimal well-formed JPEG structure (not decodable pixels, which is
    /// all `inspect` reads): SOI, JFIF, SOF0 of `w`×`h`, SOS with a little
    /// entropy data including a stuffed byte and a restart marker, EOI.
    fn jpeg(w: u16, h: u16, extra: &[u8]) -> Vec<u8> {
        let mut v = vec![0xFF, 0xD8];
        v.extend([0xFF, 0xE0, 0x00, 0x10]);
        v.extend(b"JFIF\0");
        v.extend([1, 1, 0, 0, 1, 0, 1, 0, 0]);
        v.extend(extra);
        v.extend([0xFF, 0xC0, 0x00, 0x0B, 8]);
        v.extend(h.to_be_bytes());
        v.extend(w.to_be_bytes());
        v.extend([1, 1, 0x11, 0]);
        v.extend([0xFF, 0xDA, 0x00, 0x08, 1, 1, 0, 0, 0x3F, 0]);
        v.extend([0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56]);
        v.extend([0xFF, 0xD9]);
        v
    }

    fn segment(marker: u8, data: &[u8]) -> Vec<u8> {
        let mut v = vec![0xFF, marker];
        v.extend(((data.len() + 2) as u16).to_be_bytes());
        v.extend(data);
        v
    }

    #[test]
    fn clean_jpeg_gives_its_dimensions() {
        assert_eq!(inspect(&jpeg(1600, 1200, &[])), Ok(JpegInfo { width: 1600, height: 1200 }));
    }

    #[test]
    fn huge_dimensions_are_read_from_the_header_alone() {
        assert_eq!(inspect(&jpeg(12000, 12000, &[])), Ok(JpegInfo { width: 12000, height: 12000 }));
    }

    #[test]
    fn exif_xmp_iptc_and_comments_are_metadata() {
        for (marker, data) in [
            (0xE1, &b"Exif\0\0MM\0*GPS"[..]),
            (0xE1, &b"http://ns.adobe.com/xap/1.0/\0<x/>"[..]),
            (0xED, &b"Photoshop 3.0\0"[..]),
            (0xFE, &b"taken at home"[..]),
            (0xE5, &b"vendor"[..]),
        ] {
            let bytes = jpeg(10, 10, &segment(marker, data));
            assert!(matches!(inspect(&bytes), Err(JpegProblem::Metadata(_))), "marker {marker:#x}");
        }
    }

    #[test]
    fn colour_profile_and_adobe_segments_are_allowed() {
        let mut extra = segment(0xE2, b"ICC_PROFILE\0\x01\x01data");
        extra.extend(segment(0xEE, b"Adobe\0\x64\0\0\0\0\x01"));
        assert!(inspect(&jpeg(10, 10, &extra)).is_ok());
    }

    #[test]
    fn metadata_is_taken_out_and_the_picture_kept() {
        let mut extra = segment(0xE1, b"Exif\0\0MM\0*GPS");
        extra.extend(segment(0xE2, b"ICC_PROFILE\0\x01\x01data"));
        extra.extend(segment(0xFE, b"made by a canvas"));
        extra.extend(segment(0xE1, b"http://ns.adobe.com/xap/1.0/\0<x/>"));
        let dirty = jpeg(16, 9, &extra);
        assert!(inspect(&dirty).is_err());
        let clean = without_metadata(&dirty).expect("a whole JPEG");
        assert_eq!(inspect(&clean), Ok(JpegInfo { width: 16, height: 9 }));
        // The colour profile stays; the picture's bytes are the same.
        let profile = segment(0xE2, b"ICC_PROFILE\0\x01\x01data");
        assert_eq!(clean, jpeg(16, 9, &profile));
        // A clean JPEG comes back unchanged.
        assert_eq!(without_metadata(&clean).expect("clean"), clean);
        assert_eq!(without_metadata(b"GIF89a"), Err(JpegProblem::NotJpeg));
        assert!(without_metadata(&dirty[..8]).is_err());
        assert_eq!(
            without_metadata(&[0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x01]),
            Err(JpegProblem::Malformed("segment length"))
        );
    }

    #[test]
    fn appended_zip_is_trailing_data() {
        let mut bytes = jpeg(10, 10, &[]);
        bytes.extend(b"PK\x03\x04hidden archive");
        assert_eq!(inspect(&bytes), Err(JpegProblem::TrailingData(18)));
    }

    #[test]
    fn truncated_jpeg_is_refused_wherever_it_is_cut() {
        let bytes = jpeg(10, 10, &[]);
        for cut in 2..bytes.len() {
            assert!(inspect(&bytes[..cut]).is_err(), "cut at {cut}");
        }
    }

    #[test]
    fn other_formats_and_garbage_are_not_jpeg() {
        assert_eq!(inspect(b"\x89PNG\r\n\x1a\n"), Err(JpegProblem::NotJpeg));
        assert_eq!(inspect(b""), Err(JpegProblem::NotJpeg));
        assert!(inspect(&[0xFF, 0xD8, 0xFF, 0xD9]).is_err());
        assert!(inspect(&[0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x01]).is_err());
    }
}
