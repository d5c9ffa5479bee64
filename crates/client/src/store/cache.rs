//! Cached server documents (catalogue, templates) with their ETag, so the app
//! works offline and refreshes cheaply with `If-None-Match`.

use super::{now_millis, Store};
use crate::error::{Error, Result};
use ms_core::{Catalogue, ChecklistTemplate};
use rusqlite::{params, OptionalExtension};

pub const CATALOGUE_KEY: &str = "catalogue";
pub const TEMPLATES_KEY: &str = "templates";

impl Store {
    /// The cached body under `key` and the ETag it came with, if any.
    pub fn cache_get(&self, key: &str) -> Result<Option<(Option<String>, String)>> {
        let mut stmt = self.conn.prepare_cached("SELECT etag, body FROM cache WHERE key = ?1")?;
        Ok(stmt.query_row([key], |row| Ok((row.get(0)?, row.get(1)?))).optional()?)
    }

    pub fn cache_put(&mut self, key: &str, etag: Option<&str>, body: &str) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO cache (key, etag, body, fetched_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, body = excluded.body,
                 fetched_at = excluded.fetched_at",
            )?
            .execute(params![key, etag, body, now_millis()])?;
        Ok(())
    }

    /// When `key` was last fetched (or confirmed unchanged).
    pub fn cache_fetched_at(&self, key: &str) -> Result<Option<chrono::DateTime<chrono::Utc>>> {
        let mut stmt = self.conn.prepare_cached("SELECT fetched_at FROM cache WHERE key = ?1")?;
        let ms: Option<i64> = stmt.query_row([key], |row| row.get(0)).optional()?;
        ms.map(super::from_millis).transpose()
    }

    /// Marks a cached document as confirmed unchanged now.
    pub fn cache_touch(&mut self, key: &str) -> Result<()> {
        self.conn
            .prepare_cached("UPDATE cache SET fetched_at = ?2 WHERE key = ?1")?
            .execute(params![key, now_millis()])?;
        Ok(())
    }

    pub fn cached_catalogue(&self) -> Result<Option<Catalogue>> {
        self.cached_json(CATALOGUE_KEY)
    }

    pub fn cached_templates(&self) -> Result<Option<Vec<ChecklistTemplate>>> {
        self.cached_json(TEMPLATES_KEY)
    }

    fn cached_json<T: serde::de::DeserializeOwned>(&self, key: &str) -> Result<Option<T>> {
        match self.cache_get(key)? {
            None => Ok(None),
            Some((_, body)) => serde_json::from_str(&body)
                .map(Some)
                .map_err(|e| Error::Corrupt(format!("cached {key} is not readable: {e}"))),
        }
    }
}
