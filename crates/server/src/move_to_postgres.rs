//! `migrate-sqlite-to-postgres`: moves a deployment that outgrew its SQLite
//! file to PostgreSQL, and its photos to another store when asked. Photos go
//! first (copying one again is harmless, each checked against its hash),
//! then every row in one transaction; run it while the server is stopped.

use crate::photos::{ObjectPhotoStore, PhotoStore};
use crate::storage::{self, PgStorage};
use anyhow::{bail, Context};
use futures_util::stream::{self, StreamExt, TryStreamExt};
use ms_core::PhotoId;
use sha2::{Digest, Sha256};
use std::path::Path;

/// Photos copied at once.
const PHOTOS_AT_ONCE: usize = 8;

#[derive(Debug, Default)]
pub struct Report {
    /// Rows copied per table.
    pub tables: Vec<(&'static str, u64)>,
    /// Photos copied to the new store, and those it had already.
    pub photos_copied: u64,
    pub photos_present: u64,
    /// Photos the file records that the old store does not have (lost before).
    pub photos_missing: Vec<PhotoId>,
}

/// Moves the SQLite file's rows into the (empty) PostgreSQL database, and the
/// photos it records from `photos.0` to `photos.1` when given.
pub async fn sqlite_to_postgres(
    sqlite: &str,
    postgres: &str,
    photos: Option<(&Path, &Path)>,
) -> anyhow::Result<Report> {
    if !storage::is_postgres(postgres) {
        bail!("--to must be a postgres:// URL, not '{postgres}'");
    }
    let path = sqlite.strip_prefix("sqlite://").unwrap_or(sqlite);
    if !Path::new(path).is_file() {
        bail!("--from: there is no SQLite file at {path}");
    }
    let mut report = Report::default();
    if let Some((from, to)) = photos {
        copy_photos(path, from, to, &mut report).await?;
    }
    let target = PgStorage::open(postgres).await.context("PostgreSQL")?;
    report.tables = storage::postgres::import::from_sqlite(path, &target).await.context("copying the rows")?;
    Ok(report)
}

async fn copy_photos(sqlite: &str, from: &Path, to: &Path, report: &mut Report) -> anyhow::Result<()> {
    let source = ObjectPhotoStore::open(from).with_context(|| format!("--photos-from {}", from.display()))?;
    let target = ObjectPhotoStore::open(to).with_context(|| format!("--photos-to {}", to.display()))?;
    let ids = photo_ids(sqlite).await?;
    let outcomes: Vec<Moved> = stream::iter(ids)
        .map(|id| copy_photo(&source, &target, id))
        .buffer_unordered(PHOTOS_AT_ONCE)
        .try_collect()
        .await?;
    for outcome in outcomes {
        match outcome {
            Moved::Copied => report.photos_copied += 1,
            Moved::AlreadyThere => report.photos_present += 1,
            Moved::NotInOldStore(id) => report.photos_missing.push(id),
        }
    }
    Ok(())
}

/// What became of one photo.
enum Moved {
    Copied,
    AlreadyThere,
    NotInOldStore(PhotoId),
}

async fn copy_photo(source: &ObjectPhotoStore, target: &ObjectPhotoStore, id: PhotoId) -> anyhow::Result<Moved> {
    if target.exists(&id).await.with_context(|| format!("photo {id} in the new store"))? {
        return Ok(Moved::AlreadyThere);
    }
    let Some(bytes) = source.get(&id).await.with_context(|| format!("photo {id}"))? else {
        return Ok(Moved::NotInOldStore(id));
    };
    if hex::encode(Sha256::digest(&bytes)) != id.as_str() {
        bail!("photo {id}: its bytes no longer match its hash; the old store is damaged");
    }
    target.put(&id, &bytes).await.with_context(|| format!("photo {id} to the new store"))?;
    Ok(Moved::Copied)
}

/// Every photo the SQLite file records.
async fn photo_ids(sqlite: &str) -> anyhow::Result<Vec<PhotoId>> {
    let path = sqlite.to_owned();
    tokio::task::spawn_blocking(move || -> anyhow::Result<Vec<PhotoId>> {
        let conn = rusqlite::Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .with_context(|| path.clone())?;
        let mut stmt = conn.prepare("SELECT sha256 FROM photos ORDER BY sha256")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        rows.map(|r| {
            let text = r?;
            PhotoId::parse(&text).with_context(|| format!("a photo record '{text}'"))
        })
        .collect()
    })
    .await?
}
