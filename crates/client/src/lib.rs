//! The device side of Mystery Shopper without UI: the offline store (drafts,
//! photos, outbox, cache), photo processing, the HTTP client and the sync engine.
//!
//! Executor-agnostic: nothing here sleeps or spawns; the sync engine says when it
//! next wants to run and the caller schedules it.

pub mod api;
pub mod error;
pub mod photo;
pub mod store;
pub mod sync;

pub use api::{ApiClient, ApiError, Auth, Download, DownloadProgress, FailureKind, Fetched, KIOSK_KEY_HEADER};
pub use error::{Error, Result};
#[cfg(not(target_arch = "wasm32"))]
pub use photo::process_photo;
pub use photo::{fitted, sniff, PhotoError, PhotoFormat, ProcessedPhoto, JPEG_QUALITY, MAX_LONG_EDGE};
pub use store::{
    lock, Adopted, CachedActions, LocalState, LocalSummary, MoveState, NewDraft, OutboxEvent, OutboxStatus, PageRating,
    PageState, PhotoPlace, QueuedMove, SharedStore, Store, SyncState,
};
pub use sync::{
    backoff, refresh_catalogue, refresh_templates, MovesReport, PageAnswer, PageResponse, Prefetched, SyncEngine,
    SyncReport,
};
