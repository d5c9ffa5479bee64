//! Numbered schema migrations of the SQLite backend, applied by the shared
//! runner (`ms-migrations`), tracked by `PRAGMA user_version`.

use ms_migrations::MigrationError;
use rusqlite::Connection;

use crate::storage::StorageError;

const MIGRATIONS: &[&str] = &[
    // 1: catalogue, checklists, accounts, photos, evaluations.
    r#"
    CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL
    );
    CREATE TABLE services (
        id TEXT PRIMARY KEY,
        entity_id TEXT NOT NULL REFERENCES entities(id),
        name TEXT NOT NULL
    );
    CREATE TABLE centres (
        id TEXT PRIMARY KEY,
        entity_id TEXT NOT NULL REFERENCES entities(id),
        name TEXT NOT NULL,
        address TEXT NOT NULL,
        latitude REAL NOT NULL,
        longitude REAL NOT NULL,
        geofence_m REAL NOT NULL,
        qr_token TEXT NOT NULL UNIQUE,
        service_ids TEXT NOT NULL
    );
    CREATE TABLE templates (
        id TEXT NOT NULL,
        version INTEGER NOT NULL,
        audience TEXT NOT NULL,
        body TEXT NOT NULL,
        published_at TEXT NOT NULL,
        PRIMARY KEY (id, version)
    );
    CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('shopper', 'supervisor')),
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE sessions (
        token_sha256 TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
    );
    CREATE TABLE photos (
        sha256 TEXT PRIMARY KEY,
        bytes INTEGER NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        received_at TEXT NOT NULL
    );
    CREATE TABLE evaluations (
        id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        body TEXT NOT NULL,
        body_sha256 TEXT NOT NULL,
        template_id TEXT NOT NULL,
        template_version INTEGER NOT NULL,
        centre_id TEXT NOT NULL REFERENCES centres(id),
        role TEXT NOT NULL,
        locale TEXT NOT NULL,
        status TEXT NOT NULL,
        score_percent REAL,
        stage_scores TEXT NOT NULL,
        received_at TEXT NOT NULL,
        submitted_by INTEGER REFERENCES users(id),
        is_latest INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (id, revision)
    );
    CREATE INDEX evaluations_latest_received ON evaluations (is_latest, received_at);
    CREATE INDEX evaluations_centre ON evaluations (centre_id, received_at);
    "#,
    // 2: sessions end after inactivity; registered exit kiosks; which photos
    // each evaluation refers to (so unreferenced ones can be removed).
    r#"
    ALTER TABLE sessions ADD COLUMN last_used_at TEXT;
    UPDATE sessions SET last_used_at = created_at;
    CREATE INDEX sessions_expiry ON sessions (expires_at);
    CREATE TABLE kiosks (
        id INTEGER PRIMARY KEY,
        key_sha256 TEXT NOT NULL UNIQUE,
        centre_id TEXT NOT NULL REFERENCES centres(id),
        label TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE evaluation_photos (
        evaluation_id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        PRIMARY KEY (evaluation_id, revision, sha256)
    );
    CREATE INDEX evaluation_photos_sha256 ON evaluation_photos (sha256);
    INSERT OR IGNORE INTO evaluation_photos (evaluation_id, revision, sha256)
        SELECT e.id, e.revision, j.value FROM evaluations e, json_tree(e.body) j
        WHERE j.type = 'text' AND j.path LIKE '%.photos';
    CREATE INDEX photos_received ON photos (received_at);
    "#,
];

/// Brings the schema up to date in one transaction; refuses a newer schema.
pub fn migrate(conn: &mut Connection) -> Result<(), StorageError> {
    match ms_migrations::migrate(conn, MIGRATIONS) {
        Ok(_) => Ok(()),
        Err(MigrationError::Newer { found, known }) => Err(StorageError::Config(format!(
            "the database has schema version {found}, newer than this server knows ({known}); upgrade the server"
        ))),
        Err(MigrationError::Sqlite(e)) => Err(e.into()),
    }
}
