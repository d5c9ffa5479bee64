//! The device's position, where the platform offers one: the Geolocation API
//! in the browser and the desktop web view. Android and iOS need a native
//! plugin (docs/architecture.md §7) and report none until it exists.

use serde::Deserialize;

#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
pub struct Position {
    pub latitude: f64,
    pub longitude: f64,
    pub accuracy_m: f64,
}

const SCRIPT: &str = r#"
if (!navigator.geolocation) { return null; }
return await new Promise((resolve) => {
  navigator.geolocation.getCurrentPosition(
    (p) => resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude, accuracy_m: p.coords.accuracy }),
    () => resolve(null),
    { enableHighAccuracy: true, timeout: 10000, maximumAge: 60000 });
});
"#;

/// The current position, or None when it is unknown or refused.
pub async fn current_position() -> Option<Position> {
    if cfg!(feature = "mobile") {
        return None;
    }
    dioxus::document::eval(SCRIPT).join::<Option<Position>>().await.ok().flatten()
}
