//! Numbered schema migrations for SQLite, tracked by `PRAGMA user_version`:
//! the one runner that the device store and the server's SQLite backend share.
//!
//! Migration `n` (counting from 1) is the `n`-th SQL text of the list; a
//! database at version `v` gets migrations `v + 1 ..` in one immediate
//! transaction, so two processes opening the same file never both migrate,
//! and a migration that fails leaves the database as it was.

use rusqlite::{Connection, TransactionBehavior};

#[derive(Debug, thiserror::Error)]
pub enum MigrationError {
    /// The database was written by newer code than this.
    #[error("the database has schema version {found}, newer than this code knows ({known})")]
    Newer { found: i64, known: i64 },
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
}

/// The schema version a list of migrations brings a database to.
pub fn latest_version(migrations: &[&str]) -> i64 {
    migrations.len() as i64
}

/// Brings the database up to the last of `migrations`, or refuses one
/// written by newer code. Returns the version it was at before.
pub fn migrate(conn: &mut Connection, migrations: &[&str]) -> Result<i64, MigrationError> {
    let known = latest_version(migrations);
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let current: i64 = tx.pragma_query_value(None, "user_version", |row| row.get(0))?;
    if current > known {
        return Err(MigrationError::Newer { found: current, known });
    }
    for (index, sql) in migrations.iter().enumerate().skip(current.max(0) as usize) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
    }
    tx.commit()?;
    Ok(current)
}

#[cfg(test)]
mod tests {
    use super::*;

    const V2: &[&str] = &["CREATE TABLE a (x INTEGER);", "ALTER TABLE a ADD COLUMN y TEXT;"];

    fn version(conn: &Connection) -> i64 {
        conn.pragma_query_value(None, "user_version", |r| r.get(0)).expect("user_version")
    }

    #[test]
    fn a_new_database_gets_every_migration_and_a_second_run_does_nothing() {
        let mut conn = Connection::open_in_memory().expect("db");
        assert_eq!(migrate(&mut conn, V2).expect("migrates"), 0);
        assert_eq!(version(&conn), 2);
        conn.execute("INSERT INTO a (x, y) VALUES (1, 'kept')", []).expect("insert");
        assert_eq!(migrate(&mut conn, V2).expect("again"), 2);
        let y: String = conn.query_row("SELECT y FROM a", [], |r| r.get(0)).expect("row");
        assert_eq!(y, "kept");
    }

    #[test]
    fn an_older_database_gets_only_the_migrations_it_lacks() {
        let mut conn = Connection::open_in_memory().expect("db");
        migrate(&mut conn, &V2[..1]).expect("v1");
        conn.execute("INSERT INTO a (x) VALUES (7)", []).expect("insert");
        assert_eq!(migrate(&mut conn, V2).expect("v2"), 1);
        let x: i64 = conn.query_row("SELECT x FROM a WHERE y IS NULL", [], |r| r.get(0)).expect("row");
        assert_eq!((x, version(&conn)), (7, 2));
    }

    #[test]
    fn a_database_from_newer_code_is_refused_untouched() {
        let mut conn = Connection::open_in_memory().expect("db");
        migrate(&mut conn, V2).expect("v2");
        match migrate(&mut conn, &V2[..1]) {
            Err(MigrationError::Newer { found: 2, known: 1 }) => {}
            other => panic!("{other:?}"),
        }
        assert_eq!(version(&conn), 2);
    }

    #[test]
    fn a_failing_migration_leaves_the_database_as_it_was() {
        let mut conn = Connection::open_in_memory().expect("db");
        migrate(&mut conn, &V2[..1]).expect("v1");
        let broken: &[&str] = &[V2[0], "ALTER TABLE a ADD COLUMN z TEXT; THIS IS NOT SQL;"];
        assert!(matches!(migrate(&mut conn, broken), Err(MigrationError::Sqlite(_))));
        assert_eq!(version(&conn), 1);
        let columns: i64 =
            conn.query_row("SELECT count(*) FROM pragma_table_info('a')", [], |r| r.get(0)).expect("columns");
        assert_eq!(columns, 1, "the half-run migration was rolled back");
    }
}
