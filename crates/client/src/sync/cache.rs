//! The device's copies of the catalogue and the checklists: fetched only
//! when they changed (`If-None-Match`), kept in the store's cache so that
//! every screen works offline.

use crate::api::{ApiClient, ApiError, Fetched};
use crate::error::{Error, Result};
use crate::store::{lock, SharedStore, CATALOGUE_KEY, TEMPLATES_KEY};
use ms_core::{Catalogue, ChecklistTemplate};
use serde::de::DeserializeOwned;

/// The catalogue, fetched only when it changed since the cached copy.
pub async fn refresh_catalogue(api: &ApiClient, store: &SharedStore) -> Result<Catalogue> {
    let etag = cached_etag(store, CATALOGUE_KEY)?;
    let fetched = api.catalogue(etag.as_deref()).await?;
    keep(store, CATALOGUE_KEY, fetched)
}

/// The templates, fetched only when they changed since the cached copy.
pub async fn refresh_templates(api: &ApiClient, store: &SharedStore) -> Result<Vec<ChecklistTemplate>> {
    let etag = cached_etag(store, TEMPLATES_KEY)?;
    let fetched = api.templates(etag.as_deref()).await?;
    keep(store, TEMPLATES_KEY, fetched)
}

/// The catalogue and the checklists as a new device asks for them while its
/// store is still being created: nothing is cached yet, so there is nothing
/// to compare with, and the first screen need not wait for the store first.
pub struct Prefetched {
    catalogue: std::result::Result<Fetched<Catalogue>, ApiError>,
    templates: std::result::Result<Fetched<Vec<ChecklistTemplate>>, ApiError>,
}

impl Prefetched {
    /// Asks for both at once.
    pub async fn fetch(api: &ApiClient) -> Self {
        let (catalogue, templates) = futures_util::future::join(api.catalogue(None), api.templates(None)).await;
        Self { catalogue, templates }
    }

    /// What arrived, to show before there is a store to keep it in: each
    /// value, or why it did not come.
    pub fn values(
        &self,
    ) -> (std::result::Result<Catalogue, String>, std::result::Result<Vec<ChecklistTemplate>, String>) {
        fn value<T: Clone>(fetched: &std::result::Result<Fetched<T>, ApiError>) -> std::result::Result<T, String> {
            match fetched {
                Ok(Fetched::Fresh { value, .. }) => Ok(value.clone()),
                // Never for a prefetch: it sends no ETag.
                Ok(Fetched::NotModified) => Err("not modified".to_owned()),
                Err(e) => Err(e.to_string()),
            }
        }
        (value(&self.catalogue), value(&self.templates))
    }

    /// Keeps what arrived in the store's cache, as a refresh would have.
    pub fn keep(self, store: &SharedStore) -> (Result<Catalogue>, Result<Vec<ChecklistTemplate>>) {
        (
            self.catalogue.map_err(Error::from).and_then(|f| keep(store, CATALOGUE_KEY, f)),
            self.templates.map_err(Error::from).and_then(|f| keep(store, TEMPLATES_KEY, f)),
        )
    }
}

fn cached_etag(store: &SharedStore, key: &str) -> Result<Option<String>> {
    Ok(lock(store).cache_get(key)?.and_then(|(etag, _)| etag))
}

fn keep<T: DeserializeOwned>(store: &SharedStore, key: &str, fetched: Fetched<T>) -> Result<T> {
    let mut store = lock(store);
    match fetched {
        Fetched::Fresh { etag, body, value } => {
            store.cache_put(key, etag.as_deref(), &body)?;
            Ok(value)
        }
        Fetched::NotModified => {
            let Some((_, body)) = store.cache_get(key)? else {
                return Err(ApiError::BadResponse(format!("{key}: 304 without a cached copy")).into());
            };
            store.cache_touch(key)?;
            serde_json::from_str(&body).map_err(|e| Error::Corrupt(format!("cached {key} is not readable: {e}")))
        }
    }
}
