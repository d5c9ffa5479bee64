//! What can go wrong in storage, the same for both backends. A driver's
//! error keeps its cause (logged once, with the error's id, by the API), and
//! what a failed constraint means is decided here for either driver.

/// A failure underneath: the driver's error, with its own causes.
pub type Cause = Box<dyn std::error::Error + Send + Sync + 'static>;

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// The database failed or could not be reached; the cause says how.
    #[error("database: {what}")]
    Database {
        what: String,
        #[source]
        cause: Option<Cause>,
    },
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
    #[error("{0}")]
    Config(String),
    #[error("template {id} v{version} is already published with different content")]
    TemplateChanged { id: String, version: u32 },
    /// What was asked breaks a rule of the data (an unknown reference, a value out of range).
    #[error("{0}")]
    Invalid(String),
    /// A concurrent transaction got there first (a unique key, a
    /// serialisation failure, a deadlock, a busy database); running it
    /// again decides it.
    #[error("lost a race to a concurrent change: {what}")]
    Contended {
        what: String,
        #[source]
        cause: Option<Cause>,
    },
}

/// The kinds of driver failure whose meaning storage decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Failure {
    /// A unique key already taken: a concurrent writer stored the same first.
    Unique,
    /// A reference to a row that does not exist, or a CHECK that failed.
    Constraint,
    /// A serialisation failure, a deadlock, or a database busy with another writer.
    Contention,
    /// Anything else: the database is broken or unreachable.
    Other,
}

impl StorageError {
    /// The database failed for a reason of its own, described in words.
    pub fn database(what: impl Into<String>) -> Self {
        StorageError::Database { what: what.into(), cause: None }
    }

    /// Lost a race, as described, without a driver error behind it.
    pub fn contended(what: impl Into<String>) -> Self {
        StorageError::Contended { what: what.into(), cause: None }
    }

    /// A driver's error, as its kind of failure means it.
    pub(crate) fn from_driver(failure: Failure, what: String, cause: Cause) -> Self {
        match failure {
            Failure::Unique | Failure::Contention => StorageError::Contended { what, cause: Some(cause) },
            Failure::Constraint => StorageError::Invalid(what),
            Failure::Other => StorageError::Database { what, cause: Some(cause) },
        }
    }

    /// This error and every cause under it, outermost first: for the log.
    pub fn chain(&self) -> String {
        let mut text = self.to_string();
        let mut cause = std::error::Error::source(self);
        while let Some(c) = cause {
            let more = c.to_string();
            if !text.ends_with(&more) {
                text.push_str(": ");
                text.push_str(&more);
            }
            cause = c.source();
        }
        text
    }
}

impl From<rusqlite::Error> for StorageError {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        let failure = match e.sqlite_error_code() {
            Some(ErrorCode::ConstraintViolation) => match &e {
                rusqlite::Error::SqliteFailure(f, _)
                    if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                        || f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY =>
                {
                    Failure::Unique
                }
                _ => Failure::Constraint,
            },
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Failure::Contention,
            _ => Failure::Other,
        };
        StorageError::from_driver(failure, e.to_string(), Box::new(e))
    }
}

/// A blocking task that did not finish (it panicked, or the runtime is stopping).
impl From<tokio::task::JoinError> for StorageError {
    fn from(e: tokio::task::JoinError) -> Self {
        StorageError::Database { what: "a storage task did not finish".into(), cause: Some(Box::new(e)) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_driver_error_keeps_its_cause() {
        let e = StorageError::from(rusqlite::Error::InvalidQuery);
        assert!(std::error::Error::source(&e).is_some(), "{e:?}");
        assert!(e.chain().starts_with("database: "), "{}", e.chain());
    }

    #[test]
    fn a_unique_key_taken_is_a_lost_race_and_a_missing_reference_is_invalid() {
        let c = rusqlite::Connection::open_in_memory().expect("memory");
        c.execute_batch(
            "PRAGMA foreign_keys = ON; CREATE TABLE a (id TEXT PRIMARY KEY);
             CREATE TABLE b (a TEXT REFERENCES a(id)); INSERT INTO a VALUES ('x');",
        )
        .expect("schema");
        let unique = StorageError::from(c.execute("INSERT INTO a VALUES ('x')", []).expect_err("taken"));
        assert!(matches!(unique, StorageError::Contended { .. }), "{unique:?}");
        let reference = StorageError::from(c.execute("INSERT INTO b VALUES ('y')", []).expect_err("missing"));
        assert!(matches!(reference, StorageError::Invalid(_)), "{reference:?}");
    }
}
