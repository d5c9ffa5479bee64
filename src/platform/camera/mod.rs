//! Taking a photo. On desktop and in the browser the file input does it (a
//! phone's browser offers its camera through `capture`); on Android and iOS,
//! where the web view's file input does nothing, the native plugin opens the
//! camera or the photo library and hands back a file (`mobile.rs`).

/// Whether photos come from the native camera rather than the file input.
pub const NATIVE: bool = cfg!(any(target_os = "android", target_os = "ios"));

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhotoSource {
    Camera,
    Library,
}

#[cfg(any(target_os = "android", target_os = "ios"))]
mod mobile;
#[cfg(any(target_os = "android", target_os = "ios"))]
pub use mobile::take_photo;

/// What the plugin answers once the person has chosen.
#[derive(Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(not(any(target_os = "android", target_os = "ios")), allow(dead_code))]
pub(crate) struct PhotoAnswer {
    pub path: Option<String>,
    #[serde(default)]
    pub cancelled: bool,
    pub error: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::PhotoAnswer;

    #[test]
    fn the_plugin_answers_a_file_a_cancel_or_an_error() {
        let a: PhotoAnswer = serde_json::from_str(r#"{"path":"/data/user/0/app/cache/p.jpg"}"#).expect("json");
        assert_eq!(a.path.as_deref(), Some("/data/user/0/app/cache/p.jpg"));
        let c: PhotoAnswer = serde_json::from_str(r#"{"cancelled":true}"#).expect("json");
        assert!(c.cancelled && c.path.is_none());
        let e: PhotoAnswer = serde_json::from_str(r#"{"error":"camera-unavailable"}"#).expect("json");
        assert_eq!(e.error.as_deref(), Some("camera-unavailable"));
    }
}
