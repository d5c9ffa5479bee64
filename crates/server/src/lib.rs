//! The Mystery Shopper server: receives evaluations and photos from devices,
//! serves the catalogue and checklists, and lets supervisors review.
//!
//! Public are what the binary, the tests and the benchmarks use: the
//! configuration, a running server, storage and the photo store, and the
//! administrative operations of the command line.

mod alerts;
pub mod auth;
pub mod config;
pub mod demo;
mod export;
pub mod guard;
pub mod housekeeping;
mod http;
pub mod move_to_postgres;
pub mod passwords;
pub mod photos;
mod print;
mod rating_page;
pub mod reminders;
mod running;
mod serve;
mod session_cache;
mod state;
pub mod storage;
mod texts;
pub mod workbook;

pub use config::ServeConfig;
pub use running::RunningServer;
pub use serve::serve_on;
pub use state::{AppState, StartError};
