//! The Mystery Shopper server: receives evaluations and photos from devices,
//! serves the catalogue and checklists, and lets supervisors review.

pub mod alerts;
pub mod auth;
pub mod config;
pub mod demo;
pub mod export;
pub mod guard;
pub mod housekeeping;
pub mod http;
pub mod migrate;
pub mod photos;
pub mod running;
pub mod serve;
pub mod session_cache;
pub mod state;
pub mod storage;

pub use config::ServeConfig;
pub use running::RunningServer;
pub use serve::serve_on;
pub use state::{AppState, StartError};
