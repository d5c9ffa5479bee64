//! Photos and their rows: files in the store's directory (`<sha256>.jpg`),
//! or blobs in the database where there is no file system.

use super::{now_millis, PhotoPlace, Store};
use crate::error::{Error, Result};
#[cfg(not(target_arch = "wasm32"))]
use crate::photo::process_photo;
use crate::photo::ProcessedPhoto;
use ms_core::PhotoId;
use rusqlite::{params, Connection, OptionalExtension};
use std::io::Write;
use std::path::PathBuf;

impl Store {
    /// Processes raw camera or gallery bytes and keeps the result. Processing a
    /// large photo takes a while: callers sharing the store may prefer
    /// `process_photo` outside the lock and then `save_photo`.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn add_photo(&mut self, bytes: &[u8]) -> Result<ProcessedPhoto> {
        let photo = process_photo(bytes)?;
        self.save_photo(&photo)?;
        Ok(photo)
    }

    /// Keeps an already processed photo: the file first (written whole, then
    /// renamed into place), then its row. Saving the same photo twice keeps one file.
    pub fn save_photo(&mut self, photo: &ProcessedPhoto) -> Result<()> {
        let PhotoPlace::Directory(dir) = &self.photos else {
            let tx = self.conn.transaction()?;
            insert_photo_row(&tx, photo)?;
            tx.prepare_cached("INSERT OR IGNORE INTO photo_blobs (sha256, jpeg) VALUES (?1, ?2)")?
                .execute(params![photo.id.as_str(), photo.jpeg])?;
            tx.commit()?;
            return Ok(());
        };
        let path = dir.join(format!("{}.jpg", photo.id));
        let complete = std::fs::metadata(&path).is_ok_and(|m| m.len() == photo.jpeg.len() as u64);
        if !complete {
            let tmp = dir.join(format!("{}.{}.tmp", photo.id, uuid::Uuid::new_v4().simple()));
            let write = || -> std::io::Result<()> {
                let mut file = std::fs::File::create(&tmp)?;
                file.write_all(&photo.jpeg)?;
                file.sync_all()?;
                std::fs::rename(&tmp, &path)
            };
            if let Err(e) = write() {
                let _ = std::fs::remove_file(&tmp);
                return Err(Error::file(&path, e));
            }
        }
        insert_photo_row(&self.conn, photo)
    }

    /// Where the photo's file is (or would be); None when photos live in the database.
    pub fn photo_path(&self, id: &PhotoId) -> Option<PathBuf> {
        // A PhotoId is always 64 hex digits, so this stays inside the photo directory.
        match &self.photos {
            PhotoPlace::Directory(dir) => Some(dir.join(format!("{id}.jpg"))),
            PhotoPlace::Database => None,
        }
    }

    /// The stored JPEG bytes of a photo.
    pub fn read_photo(&self, id: &PhotoId) -> Result<Vec<u8>> {
        let Some(path) = self.photo_path(id) else {
            let jpeg: Option<Vec<u8>> = self
                .conn
                .prepare_cached("SELECT jpeg FROM photo_blobs WHERE sha256 = ?1")?
                .query_row([id.as_str()], |r| r.get(0))
                .optional()?;
            return jpeg.ok_or_else(|| Error::PhotoNotFound(id.clone()));
        };
        std::fs::read(&path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Error::PhotoNotFound(id.clone()),
            _ => Error::file(&path, e),
        })
    }

    /// Size and dimensions of a stored photo: (bytes, width, height).
    pub fn photo_info(&self, id: &PhotoId) -> Result<(u64, u32, u32)> {
        photo_info(&self.conn, id)?.ok_or_else(|| Error::PhotoNotFound(id.clone()))
    }

    /// Deletes photos that no evaluation nor action's move refers to any more, among `candidates`:
    /// rows inside the caller's transaction, files once it has committed.
    pub(super) fn forget_unreferenced(conn: &Connection, candidates: &[PhotoId]) -> Result<Vec<PhotoId>> {
        let mut gone = Vec::new();
        for id in candidates {
            let n = conn
                .prepare_cached(
                    "DELETE FROM photos WHERE sha256 = ?1
                     AND NOT EXISTS (SELECT 1 FROM evaluation_photos WHERE photo = ?1)
                     AND NOT EXISTS (SELECT 1 FROM action_move_photos WHERE photo = ?1)",
                )?
                .execute([id.as_str()])?;
            if n > 0 {
                gone.push(id.clone());
            }
        }
        Ok(gone)
    }

    pub(super) fn remove_photo_files(&self, ids: &[PhotoId]) {
        for id in ids {
            // Blobs went with their rows (ON DELETE CASCADE).
            let Some(path) = self.photo_path(id) else { continue };
            if let Err(e) = std::fs::remove_file(path) {
                if e.kind() != std::io::ErrorKind::NotFound {
                    tracing::warn!(photo = %id, error = %e, "could not delete an unused photo file");
                }
            }
        }
    }
}

fn insert_photo_row(conn: &Connection, photo: &ProcessedPhoto) -> Result<()> {
    conn.prepare_cached(
        "INSERT OR IGNORE INTO photos (sha256, bytes, width, height, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![photo.id.as_str(), photo.jpeg.len() as i64, photo.width, photo.height, now_millis()])?;
    Ok(())
}

pub(super) fn photo_info(conn: &Connection, id: &PhotoId) -> Result<Option<(u64, u32, u32)>> {
    let mut stmt = conn.prepare_cached("SELECT bytes, width, height FROM photos WHERE sha256 = ?1")?;
    let row: Option<(i64, u32, u32)> =
        stmt.query_row([id.as_str()], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?))).optional()?;
    Ok(row.map(|(bytes, w, h)| (bytes.max(0) as u64, w, h)))
}
