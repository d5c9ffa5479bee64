//! The server against real clients on 127.0.0.1, one test binary for all of
//! them (each binary links the whole server). The photo store on S3 has its
//! own binary (`photo_store.rs`): it sets the process environment.

mod accounts;
mod actions;
mod alerts;
mod api;
mod audit;
mod authoring;
mod common;
mod counters;
mod database_url;
mod exports;
mod front_door;
mod group_commit;
mod instances;
mod manager_reading;
mod migrate;
mod performance;
mod planning;
mod print;
mod proof;
mod rating_page;
mod review;
#[cfg(unix)]
mod stop;
