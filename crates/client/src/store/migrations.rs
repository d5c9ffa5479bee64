//! The device store's numbered schema migrations, applied by the shared
//! runner (`ms-migrations`) when the store opens, before anything else reads
//! the database.

use crate::error::{Error, Result};
use ms_migrations::MigrationError;
use rusqlite::Connection;

/// Migration `n` (1-based) takes the schema from version `n - 1` to `n`. Never edit
/// one that has shipped: add the next.
const MIGRATIONS: &[&str] = &[
    // 1: drafts, answers, photos, outbox, cache
    "CREATE TABLE evaluations (
        id TEXT PRIMARY KEY,
        revision INTEGER NOT NULL,
        template_id TEXT NOT NULL,
        template_version INTEGER NOT NULL,
        centre_id TEXT NOT NULL,
        service_id TEXT,
        role TEXT NOT NULL,
        locale TEXT NOT NULL,
        visit_started_at TEXT,
        visit_ended_at TEXT,
        check_in TEXT,
        comment TEXT,
        employee TEXT,
        device_id TEXT NOT NULL,
        app_version TEXT NOT NULL,
        current_stage TEXT,
        state TEXT NOT NULL DEFAULT 'draft',
        body TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
    );
    CREATE TABLE answers (
        evaluation_id TEXT NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        value TEXT,
        comment TEXT,
        PRIMARY KEY (evaluation_id, item_id)
    ) WITHOUT ROWID;
    CREATE TABLE photos (
        sha256 TEXT PRIMARY KEY,
        bytes INTEGER NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        created_at INTEGER NOT NULL
    );
    -- item_id '' holds the photos of the evaluation as a whole
    CREATE TABLE evaluation_photos (
        evaluation_id TEXT NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        photo TEXT NOT NULL REFERENCES photos(sha256),
        PRIMARY KEY (evaluation_id, item_id, position)
    ) WITHOUT ROWID;
    CREATE INDEX evaluation_photos_by_photo ON evaluation_photos(photo);
    CREATE TABLE outbox (
        evaluation_id TEXT PRIMARY KEY REFERENCES evaluations(id) ON DELETE CASCADE,
        state TEXT NOT NULL,
        failure TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER,
        last_error TEXT,
        last_error_code TEXT,
        last_error_field TEXT,
        bytes_total INTEGER NOT NULL DEFAULT 0,
        bytes_sent INTEGER NOT NULL DEFAULT 0,
        queued_at INTEGER NOT NULL,
        uploaded_at INTEGER
    );
    CREATE INDEX outbox_due ON outbox(next_attempt_at);
    CREATE TABLE cache (
        key TEXT PRIMARY KEY,
        etag TEXT,
        body TEXT NOT NULL,
        fetched_at INTEGER NOT NULL
    );",
    // 2: photo bytes inside the database, for platforms without a file system (the browser)
    "CREATE TABLE photo_blobs (
        sha256 TEXT PRIMARY KEY REFERENCES photos(sha256) ON DELETE CASCADE,
        jpeg BLOB NOT NULL
    );",
    // 3: running timers of duration items (waiting, service), kept across restarts
    "CREATE TABLE timers (
        evaluation_id TEXT NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        started_at INTEGER NOT NULL,
        PRIMARY KEY (evaluation_id, item_id)
    );",
    // 4: why a supervisor returned an evaluation for its next revision
    "ALTER TABLE evaluations ADD COLUMN review_comment TEXT;",
    // 5: planned visits: the assignment an evaluation is made for, how its
    // upload was linked to it (the receipt's answer, as JSON), and the
    // shopper's last list of assignments, readable offline
    "ALTER TABLE evaluations ADD COLUMN assignment_id TEXT;
    ALTER TABLE evaluations ADD COLUMN assignment_link TEXT;
    CREATE TABLE my_assignments (
        account TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        fetched_at INTEGER NOT NULL
    );",
    // 6: the counter or touchpoint a citizen's link named (`?counter=`)
    "ALTER TABLE evaluations ADD COLUMN counter TEXT;",
    // 7: a centre manager's improvement actions, readable offline, and the
    // moves made on this device (with their evidence photos) waiting to be sent
    "CREATE TABLE my_actions (
        account TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        fetched_at INTEGER NOT NULL
    );
    CREATE TABLE action_moves (
        move_id TEXT PRIMARY KEY,
        action_id TEXT NOT NULL,
        account TEXT NOT NULL,
        body TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'refused')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER,
        last_error TEXT,
        last_error_code TEXT,
        queued_at INTEGER NOT NULL,
        sent_at INTEGER
    );
    CREATE INDEX action_moves_due ON action_moves(state, next_attempt_at);
    CREATE TABLE action_move_photos (
        move_id TEXT NOT NULL REFERENCES action_moves(move_id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        photo TEXT NOT NULL REFERENCES photos(sha256),
        PRIMARY KEY (move_id, position)
    ) WITHOUT ROWID;
    CREATE INDEX action_move_photos_by_photo ON action_move_photos(photo);",
];

/// The schema version this code writes.
pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the database up to `LATEST_VERSION`, or refuses one written by newer code.
pub fn migrate(conn: &mut Connection) -> Result<()> {
    match ms_migrations::migrate(conn, MIGRATIONS) {
        Ok(_) => Ok(()),
        Err(MigrationError::Newer { found, known }) => Err(Error::DatabaseTooNew { found, known }),
        Err(MigrationError::Sqlite(e)) => Err(e.into()),
    }
}
