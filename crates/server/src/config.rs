//! How a server instance is put together: where its database, photos and web build are.

use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct ServeConfig {
    /// A SQLite file path (or `sqlite://path`); `postgres://` URLs are recognised.
    pub database: String,
    /// Directory holding photo files.
    pub photos: PathBuf,
    /// A built web app to serve at `/`, if any.
    pub web_dir: Option<PathBuf>,
    /// Seed the fictional demo catalogue, checklists and accounts.
    pub demo: bool,
}

/// Largest evaluation body accepted (JSON).
pub const MAX_EVALUATION_BYTES: usize = 1024 * 1024;
/// Largest photo accepted; devices send photos already downscaled to 1600 px.
pub const MAX_PHOTO_BYTES: usize = 8 * 1024 * 1024;
/// Largest photo edge accepted, in pixels.
pub const MAX_PHOTO_EDGE: u32 = 4096;
/// How long a sign-in lasts.
pub const SESSION_DAYS: i64 = 30;
