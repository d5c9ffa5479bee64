//! The shared rules through the public API: the checklist engine, scoring,
//! statistics, the built-in messages and every locale, and properties.

mod authoring;
mod engine;
mod locales;
mod messages;
mod planning;
mod properties;
mod scoring;
mod stats;
