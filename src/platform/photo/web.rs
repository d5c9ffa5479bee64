//! The browser's way: `createImageBitmap` decodes the picture and turns it
//! upright from its EXIF orientation, a canvas scales it (white where it
//! was transparent) and encodes the JPEG; any metadata segment the encoder
//! added is then taken out.

use js_sys::{Reflect, Uint8Array};
use ms_client::{fitted, PhotoError, ProcessedPhoto, JPEG_QUALITY, MAX_LONG_EDGE};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r##"
export function photoSize(bitmap) { return new Uint32Array([bitmap.width, bitmap.height]); }
export async function decodePhoto(bytes) {
  const blob = new Blob([bytes]);
  try {
    return await createImageBitmap(blob, { imageOrientation: "from-image" });
  } catch (e) {
    // A browser that predates the option's name turns pictures upright by default.
    if (e instanceof TypeError) return await createImageBitmap(blob);
    throw e;
  }
}
export async function encodePhoto(bitmap, width, height, quality) {
  const canvas = typeof OffscreenCanvas === "function"
    ? new OffscreenCanvas(width, height)
    : Object.assign(document.createElement("canvas"), { width, height });
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = "high";
  ctx.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = canvas.convertToBlob
    ? await canvas.convertToBlob({ type: "image/jpeg", quality })
    : await new Promise((resolve) => canvas.toBlob(resolve, "image/jpeg", quality));
  if (!blob || blob.type !== "image/jpeg") throw new Error("this browser cannot write JPEG");
  return new Uint8Array(await blob.arrayBuffer());
}
"##)]
extern "C" {
    #[wasm_bindgen(catch, js_name = decodePhoto)]
    async fn decode_photo(bytes: &[u8]) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = photoSize)]
    fn photo_size(bitmap: &JsValue) -> Vec<u32>;
    #[wasm_bindgen(catch, js_name = encodePhoto)]
    async fn encode_photo(bitmap: JsValue, width: u32, height: u32, quality: f64) -> Result<JsValue, JsValue>;
}

/// What a JavaScript exception says.
fn message(e: &JsValue) -> String {
    Reflect::get(e, &"message".into()).ok().and_then(|m| m.as_string()).unwrap_or_else(|| format!("{e:?}"))
}

pub async fn process(bytes: &[u8]) -> Result<ProcessedPhoto, PhotoError> {
    // The Blob copies the bytes before the first await, so the borrowed view
    // of the module's memory is never read after it could move.
    let bitmap = decode_photo(bytes).await.map_err(|e| PhotoError::Damaged(message(&e)))?;
    let [w, h] = photo_size(&bitmap)[..] else {
        return Err(PhotoError::Damaged("the picture has no size".to_owned()));
    };
    if w == 0 || h == 0 {
        return Err(PhotoError::Damaged("the picture has no size".to_owned()));
    }
    let (width, height) = fitted(w, h, MAX_LONG_EDGE);
    let quality = f64::from(JPEG_QUALITY) / 100.0;
    let jpeg = encode_photo(bitmap, width, height, quality).await.map_err(|e| PhotoError::Encode(message(&e)))?;
    // Whatever a browser's encoder adds of its own (some write EXIF or a
    // comment) goes: the server refuses photos that carry metadata.
    let jpeg = ms_core::jpeg::without_metadata(&Uint8Array::new(&jpeg).to_vec())
        .map_err(|e| PhotoError::Encode(e.to_string()))?;
    Ok(ProcessedPhoto::from_jpeg(jpeg, width, height))
}
