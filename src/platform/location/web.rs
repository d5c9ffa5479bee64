//! The Geolocation API of the browser or the desktop web view.

use super::{LocationError, TIMEOUT_MS};

fn script() -> String {
    format!(
        r#"
if (!navigator.geolocation) {{ return JSON.stringify({{ error: "unavailable" }}); }}
return await new Promise((resolve) => {{
  navigator.geolocation.getCurrentPosition(
    (p) => resolve(JSON.stringify({{ latitude: p.coords.latitude, longitude: p.coords.longitude, accuracy_m: p.coords.accuracy }})),
    (e) => resolve(JSON.stringify({{ error: e.code === 1 ? "denied" : e.code === 3 ? "timeout" : "unavailable" }})),
    {{ enableHighAccuracy: true, timeout: {TIMEOUT_MS}, maximumAge: 60000 }});
}});
"#
    )
}

/// The platform's answer as JSON.
pub async fn current_position() -> Result<String, LocationError> {
    dioxus::document::eval(&script()).join::<String>().await.map_err(|_| LocationError::Unavailable)
}
