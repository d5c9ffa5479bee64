//! The app's shared state: settings, the cached catalogue and checklists, the
//! lists the UI shows, and the services (store, server, sync) behind them.

mod lists;
mod moment;
mod page_ratings;
mod settings;
mod store_start;
mod sync_loop;

use crate::components::SaveErrors;
use dioxus::prelude::*;
use ms_client::{lock, ApiClient, LocalSummary, OutboxStatus, SharedStore, SyncEngine};
use ms_core::builtin;
use ms_core::{Catalogue, ChecklistTemplate, Role};
use std::rc::Rc;

pub use lists::Lists;
pub use settings::Settings;
#[cfg(test)]
pub(crate) use settings::SETTINGS_KEY;
pub use sync_loop::{show_caches, use_sync_loop, Prefetch, FIRST_SYNC_AFTER};

pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Where the device's catalogue stands, so that a screen can tell "still
/// loading" from "not there".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CatalogueState {
    /// A copy kept from an earlier session; a fresher one may be on its way.
    Kept,
    /// No copy yet, and the first download is under way.
    Loading,
    /// Downloaded from the server in this session.
    Fresh,
    /// No copy, and the server could not be reached.
    Unavailable,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Connection {
    Unknown,
    Online,
    Offline,
}

/// The device's services. Cheap to clone. The store is reached through
/// `AppState::write` and `AppState::read`, which keep the lists current.
#[derive(Clone)]
pub struct Services {
    store: SharedStore,
    pub api: ApiClient,
    pub sync: Rc<SyncEngine>,
}

impl PartialEq for Services {
    fn eq(&self, other: &Self) -> bool {
        std::sync::Arc::ptr_eq(&self.store, &other.store) && Rc::ptr_eq(&self.sync, &other.sync)
    }
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub settings: Signal<Settings>,
    pub catalogue: Signal<Catalogue>,
    pub catalogue_state: Signal<CatalogueState>,
    pub templates: Signal<Vec<ChecklistTemplate>>,
    /// The outbox and every evaluation on the device, re-read after each
    /// write (`AppState::write`), never while drawing.
    pub lists: Lists,
    pub connection: Signal<Connection>,
    pub services: Signal<Option<Services>>,
    /// A new device's store is being created (the first screen came first).
    pub store_opening: Signal<bool>,
    store_start: CopyValue<store_start::StoreStart>,
    /// Why the store could not be opened, if it could not.
    pub fatal: Signal<Option<String>>,
    /// Settings or a sign-in that could not be kept on the device (shown by the frame).
    pub settings_errors: SaveErrors,
    /// Where kept settings that could not be read were set aside (the frame says so).
    pub settings_set_aside: Signal<Option<String>>,
    /// How often the app took over a rating page the server drew (the rating
    /// screen starts again from the store then; `page_ratings.rs`).
    pub page_takeovers: Signal<u32>,
    /// The rating whose thanks the page showed when the app took it over.
    pub page_thanks: Signal<Option<ms_core::EvaluationId>>,
}

fn make_services(store: SharedStore, settings: &Settings) -> Option<Services> {
    let api = match ApiClient::new(&settings.server_url) {
        Ok(api) => api,
        Err(e) => {
            tracing::warn!(url = %settings.server_url, error = %e, "server address");
            return None;
        }
    };
    api.set_token(settings.token.clone());
    api.set_kiosk_key(settings.kiosk_key.clone());
    let sync = Rc::new(SyncEngine::new(store.clone(), api.clone()));
    Some(Services { store, api, sync })
}

/// What an opened store holds for the app state besides the settings.
struct Kept {
    catalogue: Option<Catalogue>,
    templates: Option<Vec<ChecklistTemplate>>,
    outbox: ms_client::Result<Vec<OutboxStatus>>,
    local: Result<Vec<LocalSummary>, String>,
}

impl Kept {
    fn read(store: &SharedStore) -> Self {
        let s = lock(store);
        Kept {
            catalogue: s.cached_catalogue().ok().flatten(),
            templates: s.cached_templates().ok().flatten(),
            outbox: s.outbox(),
            local: s.list().map_err(|e| e.to_string()),
        }
    }
}

impl AppState {
    /// The app state at the root: from the opened store, or (`None`) before
    /// a new device's store is created, until `attach` brings it.
    pub fn init(opened: Option<Result<SharedStore, String>>) -> Self {
        let opening = opened.is_none();
        let (store, fatal) = match opened {
            Some(Ok(store)) => (Some(store), None),
            Some(Err(e)) => (None, Some(e)),
            None => (None, None),
        };
        let settings_errors = SaveErrors::new();
        let stored = store.as_ref().map(|s| settings::stored_or(&mut lock(s), Settings::initial));
        let (settings, set_aside) = match stored {
            Some(stored) => {
                settings_errors.check("settings", None, stored.kept);
                settings::keep_in_browser(&stored.settings);
                (stored.settings, stored.set_aside)
            }
            None => (Settings::initial(), None),
        };
        let kept = store.as_ref().map(Kept::read);
        let catalogue = kept.as_ref().and_then(|k| k.catalogue.clone());
        let catalogue_state = if catalogue.is_some() { CatalogueState::Kept } else { CatalogueState::Loading };
        let templates = kept.as_ref().and_then(|k| k.templates.clone()).unwrap_or_else(builtin::templates);
        let mut lists = Lists::new(Vec::new(), Ok(Vec::new()));
        if let Some(k) = kept {
            lists.show(k.outbox, k.local);
        }
        let services = store.and_then(|s| make_services(s, &settings));
        Self {
            settings: Signal::new(settings),
            catalogue: Signal::new(catalogue.unwrap_or_default()),
            catalogue_state: Signal::new(catalogue_state),
            templates: Signal::new(templates),
            lists,
            connection: Signal::new(Connection::Unknown),
            services: Signal::new(services),
            store_opening: Signal::new(opening),
            store_start: CopyValue::new(store_start::StoreStart::default()),
            fatal: Signal::new(fatal),
            settings_errors,
            settings_set_aside: Signal::new(set_aside),
            page_takeovers: Signal::new(0),
            page_thanks: Signal::new(None),
        }
    }

    pub fn services(&self) -> Option<Services> {
        self.services.peek().clone()
    }

    /// Keeps the store where it outlives the page, for as long as the app runs.
    pub async fn keep_store(&self) {
        if let Some(services) = self.services() {
            crate::platform::keep_store(services.store).await;
        }
    }

    /// Shopper evaluations submitted but not yet uploaded: they need a sign-in to go.
    pub fn waiting_for_sign_in(&self) -> Result<usize, String> {
        let local = self.lists.local();
        let local = local.peek();
        let list = local.as_ref().map_err(Clone::clone)?;
        Ok(list
            .iter()
            .filter(|e| {
                e.role == Role::Shopper
                    && matches!(e.state, ms_client::LocalState::Completed | ms_client::LocalState::Queued)
            })
            .count())
    }

    /// The newest version of a template, by id.
    pub fn template(&self, id: &str) -> Option<ChecklistTemplate> {
        self.templates.read().iter().filter(|t| t.id == id).max_by_key(|t| t.version).cloned()
    }
}

pub fn use_app() -> AppState {
    use_context::<AppState>()
}

/// What one screen keeps between its visits (a period chosen, an item to
/// scroll to): a signal the root owns, starting from `init`, kept at the
/// root under the screen's own type `K` (`wrap` makes one), so leaving the
/// screen does not drop it and no other part of the app needs to know it.
pub fn use_screen_state<T: 'static, K: Clone + 'static>(wrap: fn(Signal<T>) -> K, init: impl FnOnce() -> T) -> K {
    use_hook(|| {
        try_consume_context::<K>()
            .unwrap_or_else(|| dioxus::core::provide_root_context(wrap(Signal::new_in_scope(init(), ScopeId::ROOT))))
    })
}
