//! What every request handler can reach: storage, photos, the checklists in
//! memory, and the front door's allowances.

use crate::config::{AlertSettings, Limits, ServeConfig, PHOTO_DECODES_AT_ONCE};
use crate::guard::{RatingGuard, SignInGuard};
use crate::photos::{ObjectPhotoStore, PhotoStore};
use crate::storage::{self, Storage, StorageError};
use ms_core::{ChecklistTemplate, TemplateRef};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use tokio::sync::Semaphore;

#[derive(Clone)]
pub struct AppState {
    pub storage: Arc<dyn Storage>,
    pub photos: Arc<dyn PhotoStore>,
    /// Shared, as every field: a handler's copy of the state costs no allocation.
    pub web_dir: Option<Arc<std::path::Path>>,
    /// Where citizens reach the server, for printed links (`ServeConfig::public_url`).
    pub public_url: Option<Arc<str>>,
    pub limits: Arc<Limits>,
    pub alerts: Arc<AlertSettings>,
    /// Sessions checked in the last few seconds.
    pub sessions: Arc<crate::session_cache::SessionCache>,
    pub sign_ins: Arc<SignInGuard>,
    pub ratings: Arc<RatingGuard>,
    /// Password hashing takes ~19 MiB and a core's worth of time: at most one per core runs.
    pub password_checks: Arc<Semaphore>,
    /// Decoding a photo may take tens of MiB: only a few run at once.
    pub photo_decodes: Arc<Semaphore>,
    /// Template versions never change once published, so they can be kept here.
    templates: Arc<RwLock<HashMap<TemplateRef, Arc<ChecklistTemplate>>>>,
}

impl AppState {
    pub fn new(
        storage: Arc<dyn Storage>,
        photos: Arc<dyn PhotoStore>,
        web_dir: Option<std::path::PathBuf>,
        limits: Limits,
    ) -> Self {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        let ratings = Arc::new(RatingGuard::new(&limits, &storage));
        let sign_ins =
            Arc::new(SignInGuard::new(limits.sign_in_failures_before_lockout, limits.sign_in_lockout, &storage));
        Self {
            storage,
            photos,
            web_dir: web_dir.map(Arc::from),
            public_url: None,
            sign_ins,
            ratings,
            limits: Arc::new(limits),
            alerts: Arc::new(AlertSettings::default()),
            sessions: Arc::default(),
            password_checks: Arc::new(Semaphore::new(cores)),
            photo_decodes: Arc::new(Semaphore::new(PHOTO_DECODES_AT_ONCE)),
            templates: Arc::default(),
        }
    }

    /// Opens storage and photo store as the configuration says, publishes the
    /// built-in checklists, and seeds the demo data when asked.
    pub async fn open(config: &ServeConfig) -> Result<Self, StartError> {
        let storage = storage::open_seeder_with(&config.database, config.durability).await?;
        let photos = ObjectPhotoStore::open(&config.photos)
            .map_err(|e| StartError::Photos(format!("{}: {e}", config.photos.display())))?;
        for template in ms_core::builtin::templates() {
            storage.publish_template(&template, None).await?;
        }
        if config.demo {
            crate::demo::seed(storage.as_ref()).await?;
            if config.demo_evaluations > 0 {
                crate::demo::seed_evaluations(storage.as_ref(), config.demo_evaluations).await?;
            }
            if config.demo_actions {
                crate::demo::seed_actions(storage.as_ref()).await?;
            }
        }
        // The handlers see the production seam only.
        let storage: Arc<dyn Storage> = storage;
        let mut state = Self::new(storage, Arc::new(photos), config.web_dir.clone(), config.limits.clone());
        state.alerts = Arc::new(config.alerts.clone());
        state.public_url = config.public_url.as_deref().map(Arc::from);
        Ok(state)
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
