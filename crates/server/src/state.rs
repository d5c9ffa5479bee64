//! What every request handler can reach: storage, photos, and the checklists in memory.

use crate::config::ServeConfig;
use crate::photos::{LocalPhotoStore, PhotoStore};
use crate::storage::{self, Storage, StorageError};
use ms_core::{ChecklistTemplate, TemplateRef};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

#[derive(Clone)]
pub struct AppState {
    pub storage: Arc<dyn Storage>,
    pub photos: Arc<dyn PhotoStore>,
    pub web_dir: Option<std::path::PathBuf>,
    /// Template versions never change once published, so they can be kept here.
    templates: Arc<RwLock<HashMap<TemplateRef, Arc<ChecklistTemplate>>>>,
}

impl AppState {
    pub fn new(storage: Arc<dyn Storage>, photos: Arc<dyn PhotoStore>, web_dir: Option<std::path::PathBuf>) -> Self {
        Self { storage, photos, web_dir, templates: Arc::default() }
    }

    /// Opens storage and photo store as the configuration says, publishes the
    /// built-in checklists, and seeds the demo data when asked.
    pub async fn open(config: &ServeConfig) -> Result<Self, StartError> {
        let storage = storage::open(&config.database).await?;
        let photos = LocalPhotoStore::open(&config.photos)
            .map_err(|e| StartError::Photos(format!("{}: {e}", config.photos.display())))?;
        for template in ms_core::builtin::templates() {
            storage.publish_template(&template).await?;
        }
        if config.demo {
            crate::demo::seed(storage.as_ref()).await?;
        }
        Ok(Self::new(storage, Arc::new(photos), config.web_dir.clone()))
    }

    /// A template version, from memory or else from storage.
    pub async fn template(&self, r: &TemplateRef) -> Result<Option<Arc<ChecklistTemplate>>, StorageError> {
        if let Some(t) = self.templates.read().ok().and_then(|m| m.get(r).cloned()) {
            return Ok(Some(t));
        }
        let Some(t) = self.storage.template(r).await? else { return Ok(None) };
        let t = Arc::new(t);
        if let Ok(mut m) = self.templates.write() {
            m.insert(r.clone(), t.clone());
        }
        Ok(Some(t))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("photo directory {0}")]
    Photos(String),
    #[error("can't listen: {0}")]
    Listen(String),
}
