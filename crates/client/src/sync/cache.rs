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

/// An answer the web page received itself before the app started (see
/// `Prefetched::from_page`), or why it got none.
pub type PageAnswer = std::result::Result<PageResponse, String>;

/// The parts of an HTTP answer the cache needs.
#[derive(Debug, Clone)]
pub struct PageResponse {
    pub status: u16,
    pub etag: Option<String>,
    pub body: String,
}

impl Prefetched {
    /// Asks for both at once.
    pub async fn fetch(api: &ApiClient) -> Self {
        let (catalogue, templates) = futures_util::future::join(api.catalogue(None), api.templates(None)).await;
        Self { catalogue, templates }
    }

    /// The answers to `GET /catalogue` and `GET /templates` (without an
    /// ETag) that the page asked for itself, read as `fetch` reads its own.
    pub fn from_page(catalogue: PageAnswer, templates: PageAnswer) -> Self {
        fn read<T: DeserializeOwned>(path: &str, answer: PageAnswer) -> std::result::Result<Fetched<T>, ApiError> {
            let answer = answer.map_err(ApiError::Network)?;
            if (200..300).contains(&answer.status) {
                Fetched::fresh(path, answer.etag, answer.body)
            } else {
                Err(ApiError::from_answer(answer.status, &answer.body))
            }
        }
        Self { catalogue: read("/catalogue", catalogue), templates: read("/templates", templates) }
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

#[cfg(test)]
mod tests {
    use super::{PageResponse, Prefetched};

    fn answer(status: u16, body: &str) -> super::PageAnswer {
        Ok(PageResponse { status, etag: Some("\"v1\"".into()), body: body.into() })
    }

    #[test]
    fn answers_the_page_received_are_read_as_the_clients_own() {
        let catalogue = r#"{"entities": [], "centres": [], "services": []}"#;
        let fetched = Prefetched::from_page(answer(200, catalogue), answer(200, "[]"));
        let (c, t) = fetched.values();
        assert_eq!(c.map(|c| c.centres.len()), Ok(0));
        assert_eq!(t.map(|t| t.len()), Ok(0));

        let refused = r#"{"error": {"code": "unavailable", "message": "down for maintenance"}}"#;
        let fetched = Prefetched::from_page(answer(503, refused), Err("connection refused".into()));
        let (c, t) = fetched.values();
        assert_eq!(c.err().as_deref(), Some("down for maintenance"));
        assert!(t.err().is_some_and(|e| e.contains("connection refused")));

        let fetched = Prefetched::from_page(answer(200, "<html>"), answer(200, "[]"));
        assert!(fetched.values().0.err().is_some_and(|e| e.contains("/catalogue")), "a body that is not JSON is named");
    }
}
