//! Where photo files live: a local directory by default, or any S3-compatible
//! object store (`--photos s3://bucket/prefix`), both through `object_store`.
//! Objects are named by their SHA-256 (`ab/abcdef….jpg`), which `PhotoId`
//! guarantees is 64 hex digits, so no request can name another key.
//!
//! A photo (at most 8 MiB, checked whole before it is stored) is written in
//! one request: a local file is written aside and renamed into place, an S3
//! object appears whole or not at all, so an upload that fails half way
//! leaves nothing behind.

use async_trait::async_trait;
use ms_core::PhotoId;
use object_store::aws::AmazonS3Builder;
use object_store::local::LocalFileSystem;
use object_store::path::Path as ObjectPath;
use object_store::{ObjectStore, PutMode, PutOptions, PutPayload};
use std::io;
use std::path::Path;
use std::sync::Arc;

#[async_trait]
pub trait PhotoStore: Send + Sync {
    /// Stores the bytes under their id; storing the same id again is harmless.
    async fn put(&self, id: &PhotoId, bytes: &[u8]) -> io::Result<()>;
    async fn get(&self, id: &PhotoId) -> io::Result<Option<Vec<u8>>>;
    async fn exists(&self, id: &PhotoId) -> io::Result<bool>;
    /// Removes a photo; removing one that is not there is harmless.
    async fn delete(&self, id: &PhotoId) -> io::Result<()>;
}

/// Photos in an object store: a local directory or an S3-compatible bucket.
pub struct ObjectPhotoStore {
    store: Arc<dyn ObjectStore>,
    prefix: ObjectPath,
    /// Where, for messages (never with credentials).
    pub place: String,
}

fn io_error(e: object_store::Error) -> io::Error {
    match e {
        object_store::Error::NotFound { .. } => io::Error::new(io::ErrorKind::NotFound, e.to_string()),
        other => io::Error::other(other.to_string()),
    }
}

impl ObjectPhotoStore {
    /// `s3://bucket/prefix` (endpoint, region and credentials from the
    /// environment: `AWS_ENDPOINT_URL`, `AWS_REGION`, `AWS_ACCESS_KEY_ID`,
    /// `AWS_SECRET_ACCESS_KEY`, `AWS_ALLOW_HTTP`), or a directory.
    pub fn open(spec: &Path) -> io::Result<Self> {
        let text = spec.to_string_lossy();
        if let Some(rest) = text.strip_prefix("s3://") {
            let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
            if bucket.is_empty() {
                return Err(io::Error::new(io::ErrorKind::InvalidInput, "s3:// needs a bucket: s3://bucket/prefix"));
            }
            let store = AmazonS3Builder::from_env().with_bucket_name(bucket).build().map_err(io_error)?;
            return Ok(Self {
                store: Arc::new(store),
                prefix: ObjectPath::from(prefix.trim_matches('/')),
                place: format!("s3://{bucket}/{}", prefix.trim_matches('/')),
            });
        }
        std::fs::create_dir_all(spec)?;
        let store = LocalFileSystem::new_with_prefix(spec).map_err(io_error)?;
        Ok(Self { store: Arc::new(store), prefix: ObjectPath::from(""), place: spec.display().to_string() })
    }

    fn key(&self, id: &PhotoId) -> ObjectPath {
        // Two characters of fan-out keep local directories small on busy servers.
        let name = format!("{}/{id}.jpg", &id.as_str()[..2]);
        if self.prefix.as_ref().is_empty() {
            ObjectPath::from(name)
        } else {
            ObjectPath::from(format!("{}/{name}", self.prefix))
        }
    }
}

#[async_trait]
impl PhotoStore for ObjectPhotoStore {
    async fn put(&self, id: &PhotoId, bytes: &[u8]) -> io::Result<()> {
        let key = self.key(id);
        if self.exists(id).await? {
            return Ok(());
        }
        // Create only: two servers storing the same photo at once leave one
        // copy, and the loser is told it is already there.
        let options = PutOptions { mode: PutMode::Create, ..PutOptions::default() };
        match self.store.put_opts(&key, PutPayload::from(bytes.to_vec()), options).await {
            Ok(_) | Err(object_store::Error::AlreadyExists { .. }) => Ok(()),
            // Not every S3-compatible server knows conditional writes; the
            // content is named by its hash, so a plain overwrite is the same photo.
            Err(object_store::Error::NotImplemented) => {
                self.store.put(&key, PutPayload::from(bytes.to_vec())).await.map(|_| ()).map_err(io_error)
            }
            Err(e) => Err(io_error(e)),
        }
    }

    async fn get(&self, id: &PhotoId) -> io::Result<Option<Vec<u8>>> {
        match self.store.get(&self.key(id)).await {
            Ok(found) => Ok(Some(found.bytes().await.map_err(io_error)?.to_vec())),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(io_error(e)),
        }
    }

    async fn exists(&self, id: &PhotoId) -> io::Result<bool> {
        match self.store.head(&self.key(id)).await {
            Ok(_) => Ok(true),
            Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(e) => Err(io_error(e)),
        }
    }

    async fn delete(&self, id: &PhotoId) -> io::Result<()> {
        match self.store.delete(&self.key(id)).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(io_error(e)),
        }
    }
}
