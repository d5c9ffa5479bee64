//! How a server instance is put together: where its database, photos and web
//! build are, and the limits that keep its front door safe.

pub use crate::alerts::AlertSettings;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug, Clone)]
pub struct ServeConfig {
    /// A SQLite file path (or `sqlite://path`), or a `postgres://` URL.
    pub database: String,
    /// How hard SQLite holds on to a commit (`--sqlite-synchronous`).
    pub durability: crate::storage::Durability,
    /// Directory holding photo files, or `s3://bucket/prefix`.
    pub photos: PathBuf,
    /// A built web app to serve at `/`, if any.
    pub web_dir: Option<PathBuf>,
    /// Where citizens reach the server (`https://ratings.example.gov`, no
    /// trailing slash): the links printed on QR posters. None: the address
    /// each poster was asked at.
    pub public_url: Option<String>,
    /// Seed the fictional demo catalogue, checklists and accounts.
    pub demo: bool,
    /// With the demo data: this many fictional evaluations, added when the
    /// database has none yet (so the performance screens have figures).
    pub demo_evaluations: u64,
    /// With the demo data: the demo's improvement actions, one or more in
    /// every status (`serve --demo` seeds them; the API's tests count
    /// actions from none, so their servers leave them out).
    pub demo_actions: bool,
    pub limits: Limits,
    pub alerts: AlertSettings,
}

impl Default for ServeConfig {
    fn default() -> Self {
        Self {
            database: "data/mystery-shopper.sqlite3".into(),
            durability: Default::default(),
            photos: "data/photos".into(),
            web_dir: None,
            public_url: None,
            demo: false,
            demo_evaluations: 0,
            demo_actions: false,
            limits: Limits::default(),
            alerts: AlertSettings::default(),
        }
    }
}

/// A public address as the posters print it: http or https, a host, maybe a
/// path, without a query or a trailing slash.
pub fn public_url(raw: &str) -> Result<String, String> {
    let url = raw.trim().trim_end_matches('/');
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    let host = rest.map(|r| r.split('/').next().unwrap_or(""));
    match host {
        Some(h) if !h.is_empty() && !url.contains(['?', '#', ' ']) => Ok(url.to_owned()),
        _ => Err(format!("--public-url {raw:?} is not an http(s) address like https://ratings.example.gov")),
    }
}

/// Allowances and timeouts; every one can be set on the command line.
#[derive(Debug, Clone, PartialEq)]
pub struct Limits {
    /// Citizen ratings of one centre from one device, per hour.
    pub ratings_per_device_centre_hour: u32,
    /// Citizen ratings from one device, all centres, per hour.
    pub ratings_per_device_hour: u32,
    /// Citizen ratings from one network address per hour: a centre's public
    /// Wi-Fi puts every visitor behind one address.
    pub ratings_per_address_hour: u32,
    /// Citizen ratings from one registered exit kiosk per hour.
    pub ratings_per_kiosk_hour: u32,
    /// Wrong passwords for one username before it is locked for a while.
    pub sign_in_failures_before_lockout: u32,
    /// How long such a lockout lasts.
    pub sign_in_lockout: Duration,
    /// A session unused for this long ends.
    pub session_idle: Duration,
    /// No session lasts longer than this.
    pub session_max_age: Duration,
    /// Photos that no evaluation refers to are removed after this long.
    pub orphan_photo_grace: Duration,
    /// Time allowed for a request's headers to arrive.
    pub header_timeout: Duration,
    /// Time allowed for a whole request body to arrive.
    pub body_timeout: Duration,
    /// Connections served at once; more wait to be accepted.
    pub max_connections: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            ratings_per_device_centre_hour: 3,
            ratings_per_device_hour: 10,
            ratings_per_address_hour: 120,
            ratings_per_kiosk_hour: 720,
            sign_in_failures_before_lockout: 10,
            sign_in_lockout: Duration::from_secs(15 * 60),
            session_idle: Duration::from_secs(14 * 24 * 3600),
            session_max_age: Duration::from_secs(30 * 24 * 3600),
            orphan_photo_grace: Duration::from_secs(7 * 24 * 3600),
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(60),
            max_connections: 1024,
        }
    }
}

/// Largest evaluation body accepted (JSON).
pub const MAX_EVALUATION_BYTES: usize = 1024 * 1024;
/// Largest photo accepted; devices send photos already downscaled to 1600 px.
pub const MAX_PHOTO_BYTES: usize = 8 * 1024 * 1024;
/// Largest photo edge accepted, in pixels.
pub const MAX_PHOTO_EDGE: u32 = 4096;
/// Most memory one photo's decoding may take (a 4096×4096 RGB picture is 48 MiB).
pub const MAX_PHOTO_DECODE_BYTES: u64 = 64 * 1024 * 1024;
/// Photos decoded at once: each may take [`MAX_PHOTO_DECODE_BYTES`].
pub const PHOTO_DECODES_AT_ONCE: usize = 2;

#[cfg(test)]
mod public_url_tests {
    #[test]
    fn a_public_address_is_http_or_https_with_a_host_and_loses_its_trailing_slash() {
        assert_eq!(super::public_url("https://ratings.example.gov/").as_deref(), Ok("https://ratings.example.gov"));
        assert_eq!(super::public_url("http://10.0.0.5:8080/ms").as_deref(), Ok("http://10.0.0.5:8080/ms"));
        for bad in ["ratings.example.gov", "https://", "ftp://x", "https://x/?a=1", "https://x y"] {
            assert!(super::public_url(bad).is_err(), "{bad}");
        }
    }
}
