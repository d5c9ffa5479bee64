//! The device store, photos, outbox and sync against a real server, one test
//! binary for all of them.

mod actions;
mod api;
mod assignments;
mod common;
mod drafts;
mod kill;
mod outbox;
mod page_ratings;
mod photos;
mod sync;
