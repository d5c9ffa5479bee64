//! Where photo files live: a local directory by default. Files are named by
//! their SHA-256, which `PhotoId` guarantees is 64 hex digits, so no request
//! can name a path outside the directory.

use async_trait::async_trait;
use ms_core::PhotoId;
use std::io;
use std::path::{Path, PathBuf};

#[async_trait]
pub trait PhotoStore: Send + Sync {
    /// Stores the bytes under their id; storing the same id again is harmless.
    async fn put(&self, id: &PhotoId, bytes: &[u8]) -> io::Result<()>;
    async fn get(&self, id: &PhotoId) -> io::Result<Option<Vec<u8>>>;
    async fn exists(&self, id: &PhotoId) -> io::Result<bool>;
    /// Removes a photo; removing one that is not there is harmless.
    async fn delete(&self, id: &PhotoId) -> io::Result<()>;
}

pub struct LocalPhotoStore {
    dir: PathBuf,
}

impl LocalPhotoStore {
    pub fn open(dir: &Path) -> io::Result<Self> {
        std::fs::create_dir_all(dir)?;
        Ok(Self { dir: dir.to_path_buf() })
    }

    fn path(&self, id: &PhotoId) -> PathBuf {
        // Two levels of fan-out keep directories small on busy servers.
        self.dir.join(&id.as_str()[..2]).join(format!("{id}.jpg"))
    }
}

#[async_trait]
impl PhotoStore for LocalPhotoStore {
    async fn put(&self, id: &PhotoId, bytes: &[u8]) -> io::Result<()> {
        let path = self.path(id);
        if tokio::fs::try_exists(&path).await? {
            return Ok(());
        }
        if let Some(parent) = path.parent() {
            tokio::fs::create_dir_all(parent).await?;
        }
        // Write aside, then rename: a crash never leaves a half photo under its final name.
        let tmp = path.with_extension(format!("tmp-{}", uuid::Uuid::new_v4().simple()));
        tokio::fs::write(&tmp, bytes).await?;
        let file = tokio::fs::File::open(&tmp).await?;
        file.sync_all().await?;
        tokio::fs::rename(&tmp, &path).await
    }

    async fn get(&self, id: &PhotoId) -> io::Result<Option<Vec<u8>>> {
        match tokio::fs::read(self.path(id)).await {
            Ok(b) => Ok(Some(b)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    async fn exists(&self, id: &PhotoId) -> io::Result<bool> {
        tokio::fs::try_exists(self.path(id)).await
    }

    async fn delete(&self, id: &PhotoId) -> io::Result<()> {
        match tokio::fs::remove_file(self.path(id)).await {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}
