//! The errors of the store and the sync engine, worded for the person who reads them.

use crate::api::ApiError;
use crate::photo::PhotoError;
use crate::store::LocalState;
use ms_core::{EvaluationId, Missing, MissingKind, PhotoId, ValidationError};
use std::path::PathBuf;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
    #[error(
        "this database was written by a newer version of the app (schema version {found}, \
         this version knows up to {known}); please update the app"
    )]
    DatabaseTooNew { found: i64, known: i64 },
    #[error("could not use the file {}: {source}", path.display())]
    File { path: PathBuf, source: std::io::Error },
    #[error(transparent)]
    Photo(#[from] PhotoError),
    #[error("photo {0} is not on this device")]
    PhotoNotFound(PhotoId),
    #[error("evaluation {0} is not on this device")]
    NotFound(EvaluationId),
    #[error("evaluation {id} is {state} and can no longer be changed")]
    NotEditable { id: EvaluationId, state: LocalState },
    #[error("the evaluation is not complete: {}", describe_missing(.0))]
    Incomplete(Missing),
    #[error("the evaluation does not fit its checklist: {0}")]
    Invalid(ValidationError),
    #[error("evaluation {0} is not in the outbox")]
    NotQueued(EvaluationId),
    #[error("evaluation {id}: can't go from {from} on {event}")]
    InvalidTransition { id: EvaluationId, from: String, event: &'static str },
    #[error("the rating page's copy can't be taken: {0}")]
    PageRating(String),
    #[error("stored data is damaged: {0}")]
    Corrupt(String),
    #[error(transparent)]
    Api(#[from] ApiError),
}

fn describe_missing(m: &Missing) -> String {
    let what = match m.kind {
        MissingKind::Answer => "an answer",
        MissingKind::Photo => "a photo",
        MissingKind::Comment => "a comment",
    };
    format!("item '{}' in stage '{}' still needs {what}", m.item_id, m.stage_id)
}

impl Error {
    pub(crate) fn file(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::File { path: path.into(), source }
    }
}
