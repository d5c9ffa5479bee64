//! The app's shared state: settings, the cached catalogue and checklists, the
//! outbox as the UI shows it, and the services (store, server, sync) behind them.

use crate::components::SaveErrors;
use crate::i18n;
use crate::platform;
use dioxus::prelude::*;
use ms_client::{lock, ApiClient, LocalSummary, OutboxStatus, SharedStore, SyncEngine};
use ms_core::builtin;
use ms_core::{Catalogue, ChecklistTemplate, Role};
use serde::{Deserialize, Serialize};
use std::rc::Rc;

pub(crate) const SETTINGS_KEY: &str = "app-settings";
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// What the user chose on this device; kept in the store.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    pub locale: String,
    pub role: Option<Role>,
    pub server_url: String,
    pub device_id: String,
    #[serde(default)]
    pub token: Option<String>,
    #[serde(default)]
    pub username: Option<String>,
    /// The key of a registered exit kiosk, sent with its citizen ratings.
    #[serde(default)]
    pub kiosk_key: Option<String>,
    /// Numbers in the language's own digits where it has them (Arabic, Urdu, Hindi).
    #[serde(default)]
    pub native_digits: bool,
    /// The signed-in account's role on the server (a supervisor or an admin reviews).
    #[serde(default)]
    pub staff_role: Option<ms_core::wire::UserRole>,
}

impl Settings {
    /// Whether the signed-in account reviews evaluations.
    pub fn reviews(&self) -> bool {
        self.token.is_some() && self.staff_role.is_some_and(|r| r.reviews())
    }
}

impl Settings {
    /// The settings before the store is open: those the browser keeps outside
    /// it, or a first run's.
    pub fn initial() -> Self {
        platform::saved_settings().and_then(|body| serde_json::from_str(&body).ok()).unwrap_or_else(Self::first_run)
    }

    fn first_run() -> Self {
        Self {
            locale: i18n::negotiate(&platform::device_languages()).to_owned(),
            role: None,
            server_url: platform::default_server_url(),
            device_id: uuid::Uuid::new_v4().to_string(),
            token: None,
            username: None,
            kiosk_key: None,
            native_digits: false,
            staff_role: None,
        }
    }
}

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

/// The device's services. Cheap to clone.
#[derive(Clone)]
pub struct Services {
    pub store: SharedStore,
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
    pub outbox: Signal<Vec<OutboxStatus>>,
    /// Every evaluation on the device, or why the store could not list them;
    /// re-read after each change (`refresh_outbox`), never while drawing.
    pub local: Signal<Result<Vec<LocalSummary>, String>>,
    pub connection: Signal<Connection>,
    pub services: Signal<Option<Services>>,
    /// A new device's store is being created (the first screen came first).
    pub store_opening: Signal<bool>,
    /// Something needs the new device's store now (a tap on the first
    /// screen); until then it waits (see `app::Root`).
    pub store_wanted: Signal<bool>,
    /// Why the store could not be opened, if it could not.
    pub fatal: Signal<Option<String>>,
    /// An item the next checklist screen should scroll to (from the summary).
    pub focus_item: Signal<Option<String>>,
    /// The evaluations the reviewer's inbox shows, in its order: the detail's "next".
    pub review_queue: Signal<Vec<ms_core::EvaluationId>>,
    /// The period the performance screens show, chosen once for all of them.
    pub stats_period: Signal<crate::screens::StatsPeriod>,
    /// Settings or a sign-in that could not be kept on the device (shown by the frame).
    pub settings_errors: SaveErrors,
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

/// The browser keeps the settings outside the store as well, from the
/// store's first opening on: the page then tells a device that has a store
/// from a new one before the app has started (`index.html`).
fn keep_in_browser(settings: &Settings) {
    if platform::saved_settings().is_none() {
        if let Ok(body) = serde_json::to_string(settings) {
            platform::save_settings(&body);
        }
    }
}

/// What an opened store holds for the app state.
struct Kept {
    settings: Option<Settings>,
    catalogue: Option<Catalogue>,
    templates: Option<Vec<ChecklistTemplate>>,
    outbox: Vec<OutboxStatus>,
    local: Result<Vec<LocalSummary>, String>,
}

impl Kept {
    fn read(store: &SharedStore) -> Self {
        let s = lock(store);
        Kept {
            settings: s
                .cache_get(SETTINGS_KEY)
                .ok()
                .flatten()
                .and_then(|(_, body)| serde_json::from_str::<Settings>(&body).ok()),
            catalogue: s.cached_catalogue().ok().flatten(),
            templates: s.cached_templates().ok().flatten(),
            outbox: s.outbox().unwrap_or_default(),
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
        let kept = store.as_ref().map(Kept::read);
        let settings = kept.as_ref().and_then(|k| k.settings.clone()).unwrap_or_else(Settings::initial);
        if kept.is_some() {
            keep_in_browser(&settings);
        }
        let catalogue = kept.as_ref().and_then(|k| k.catalogue.clone());
        let catalogue_state = if catalogue.is_some() { CatalogueState::Kept } else { CatalogueState::Loading };
        let templates = kept.as_ref().and_then(|k| k.templates.clone()).unwrap_or_else(builtin::templates);
        let (outbox, local) = match kept {
            Some(k) => (k.outbox, k.local),
            None => (Vec::new(), Ok(Vec::new())),
        };
        let services = store.and_then(|s| make_services(s, &settings));
        Self {
            settings: Signal::new(settings),
            catalogue: Signal::new(catalogue.unwrap_or_default()),
            catalogue_state: Signal::new(catalogue_state),
            templates: Signal::new(templates),
            outbox: Signal::new(outbox),
            local: Signal::new(local),
            connection: Signal::new(Connection::Unknown),
            services: Signal::new(services),
            store_opening: Signal::new(opening),
            store_wanted: Signal::new(false),
            fatal: Signal::new(fatal),
            focus_item: Signal::new(None),
            review_queue: Signal::new(Vec::new()),
            stats_period: Signal::new(Default::default()),
            settings_errors: SaveErrors::new(),
        }
    }

    /// Brings a new device's store, created after its first screen (see
    /// `app::Root`): what was chosen meanwhile (language, role, sign-in) is
    /// kept in it, and a catalogue shown meanwhile stays on screen.
    pub fn attach(&mut self, opened: Result<SharedStore, String>) {
        self.store_opening.set(false);
        let store = match opened {
            Ok(store) => store,
            Err(e) => {
                self.fatal.set(Some(e));
                return;
            }
        };
        let kept = Kept::read(&store);
        let settings = match kept.settings {
            Some(settings) => settings,
            None => {
                let settings = self.settings.peek().clone();
                if let Ok(body) = serde_json::to_string(&settings) {
                    let saved = lock(&store).cache_put(SETTINGS_KEY, None, &body);
                    self.settings_errors.check("settings", None, saved);
                }
                settings
            }
        };
        keep_in_browser(&settings);
        if *self.settings.peek() != settings {
            self.settings.set(settings.clone());
        }
        if *self.catalogue_state.peek() != CatalogueState::Fresh {
            if let Some(catalogue) = kept.catalogue {
                self.catalogue.set(catalogue);
                self.catalogue_state.set(CatalogueState::Kept);
            }
            if let Some(templates) = kept.templates {
                self.templates.set(templates);
            }
        }
        self.outbox.set(kept.outbox);
        self.local.set(kept.local);
        self.services.set(make_services(store, &settings));
    }

    /// Whether a new device's store is still being created.
    pub fn store_opening(&self) -> bool {
        *self.store_opening.peek()
    }

    /// Asks for a new device's store to be created now.
    pub fn want_store(&mut self) {
        if self.store_opening() && !*self.store_wanted.peek() {
            self.store_wanted.set(true);
        }
    }

    /// Waits until something needs the new device's store, or another
    /// screen than the rating is shown, or `at_most` has passed.
    pub async fn store_needed(&self, at_most: std::time::Duration) {
        let mut waited = std::time::Duration::ZERO;
        let step = std::time::Duration::from_millis(10);
        while !*self.store_wanted.peek() && platform::at_a_rating_link() && waited < at_most {
            platform::sleep(step).await;
            waited += step;
        }
    }

    /// Waits until the store is there (or could not be opened).
    pub async fn store_opened(&self) {
        while self.store_opening() {
            platform::sleep(std::time::Duration::from_millis(10)).await;
        }
    }

    pub fn services(&self) -> Option<Services> {
        self.services.peek().clone()
    }

    /// Changes settings, keeps them, and reconnects when the server or the sign-in changed.
    pub fn update_settings(&mut self, change: impl FnOnce(&mut Settings)) {
        let mut next = self.settings.peek().clone();
        change(&mut next);
        let body = serde_json::to_string(&next).ok();
        if let Some(body) = &body {
            platform::save_settings(body);
        }
        // Before a new device's store exists, `attach` keeps them in it.
        if let Some(services) = self.services() {
            if let Some(body) = &body {
                let kept = lock(&services.store).cache_put(SETTINGS_KEY, None, body);
                self.settings_errors.check("settings", None, kept);
            }
            let old = self.settings.peek().clone();
            if old.server_url != next.server_url {
                self.services.set(make_services(services.store.clone(), &next));
            } else {
                if old.token != next.token {
                    let released = services.sync.set_token(next.token.clone());
                    self.settings_errors.check("settings", None, released);
                }
                if old.kiosk_key != next.kiosk_key {
                    services.api.set_kiosk_key(next.kiosk_key.clone());
                }
            }
        }
        self.settings.set(next);
    }

    /// Signs out: forgets the token and the name on this device at once (also
    /// offline), then tells the server when it may be reachable.
    pub async fn sign_out(mut self) {
        let token = self.settings.peek().token.clone();
        self.update_settings(|s| {
            s.token = None;
            s.username = None;
            s.staff_role = None;
        });
        let (Some(token), Some(services)) = (token, self.services()) else { return };
        if *self.connection.peek() == Connection::Offline {
            return;
        }
        if let Err(e) = services.api.end_session(&token).await {
            tracing::info!(error = %e, "the server was not told of the sign-out");
        }
    }

    /// Shopper evaluations submitted but not yet uploaded: they need a sign-in to go.
    pub fn waiting_for_sign_in(&self) -> Result<usize, String> {
        let local = self.local.peek();
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

    /// Re-reads the outbox and the list of evaluations after the store changed.
    pub fn refresh_outbox(&mut self) {
        if let Some(s) = self.services() {
            let (outbox, local) = {
                let store = lock(&s.store);
                (store.outbox(), store.list().map_err(|e| e.to_string()))
            };
            match outbox {
                Ok(list) => self.outbox.set(list),
                // The list below says the store failed; keep the last good outbox.
                Err(e) => tracing::warn!(error = %e, "outbox not read"),
            }
            self.local.set(local);
        }
    }
}

pub fn use_app() -> AppState {
    use_context::<AppState>()
}

/// How long an opening waits before its first sync when the screen is whole
/// without it (a kept catalogue, or one a new device was shown already).
pub const FIRST_SYNC_AFTER: std::time::Duration = std::time::Duration::from_millis(300);

/// The sync loop: runs due uploads, refreshes the catalogue, sleeps until the
/// next retry or until woken (`Coroutine::send(())`) after a submission.
pub fn use_sync_loop(mut app: AppState, prefetch: Option<Prefetch>) -> Coroutine<()> {
    use futures_util::StreamExt;
    use_coroutine(move |mut wake: UnboundedReceiver<()>| {
        let mut prefetch = prefetch.clone();
        async move {
            // With the catalogue kept from an earlier session the screen is
            // whole already: its first taps come before the refresh's work.
            if *app.catalogue_state.peek() == CatalogueState::Kept {
                platform::sleep(FIRST_SYNC_AFTER).await;
            }
            let mut refreshed = false;
            loop {
                if let Some(services) = app.services() {
                    if !refreshed {
                        let prefetched = match prefetch.take() {
                            Some(p) => p.await.borrow_mut().take(),
                            None => None,
                        };
                        refreshed = refresh_caches(&mut app, &services, prefetched).await;
                    }
                    // A signed-in shopper's visits a supervisor sent back become drafts again.
                    let shopper = {
                        let s = app.settings.peek();
                        s.token.is_some() && !s.reviews() && s.role == Some(Role::Shopper)
                    };
                    if shopper {
                        match services.sync.fetch_returned().await {
                            Ok(reopened) if !reopened.is_empty() => app.refresh_outbox(),
                            Ok(_) => {}
                            Err(e) => tracing::info!(error = %e, "returned visits not fetched"),
                        }
                    }
                    match services.sync.run_due(chrono::Utc::now()).await {
                        Ok(report) => {
                            if !report.uploaded.is_empty() {
                                app.connection.set(Connection::Online);
                            } else if !report.retrying.is_empty() {
                                app.connection.set(Connection::Offline);
                            }
                        }
                        Err(e) => tracing::warn!(error = %e, "sync"),
                    }
                    app.refresh_outbox();
                }
                let next = app.services().and_then(|s| s.sync.next_wake().ok().flatten());
                let wait = next
                    .map(|t| (t - chrono::Utc::now()).to_std().unwrap_or_default())
                    .unwrap_or(std::time::Duration::from_secs(30))
                    .min(std::time::Duration::from_secs(30))
                    .max(std::time::Duration::from_millis(200));
                let sleep = std::pin::pin!(platform::sleep(wait));
                if let futures_util::future::Either::Right((None, _)) =
                    futures_util::future::select(sleep, wake.next()).await
                {
                    return;
                }
            }
        }
    })
}

/// The catalogue and checklists a new device asks for while its store is
/// being created (see `app::App`); the sync loop keeps them when they arrive.
pub type Prefetch = futures_util::future::Shared<
    futures_util::future::LocalBoxFuture<'static, Rc<std::cell::RefCell<Option<ms_client::Prefetched>>>>,
>;

/// Fetches catalogue and checklists if changed, both at once (or keeps those
/// fetched already); true once it reached the server.
async fn refresh_caches(app: &mut AppState, services: &Services, prefetched: Option<ms_client::Prefetched>) -> bool {
    let (catalogue, templates) = match prefetched {
        Some(prefetched) => prefetched.keep(&services.store),
        None => {
            futures_util::future::join(
                ms_client::refresh_catalogue(&services.api, &services.store),
                ms_client::refresh_templates(&services.api, &services.store),
            )
            .await
        }
    };
    show_caches(app, catalogue.map_err(|e| e.to_string()), templates.map_err(|e| e.to_string()))
}

/// Shows a catalogue and checklists that arrived (or why the catalogue did
/// not); true when the catalogue came.
pub fn show_caches(
    app: &mut AppState,
    catalogue: Result<Catalogue, String>,
    templates: Result<Vec<ChecklistTemplate>, String>,
) -> bool {
    match catalogue {
        Ok(c) => {
            app.catalogue.set(c);
            if *app.catalogue_state.peek() != CatalogueState::Fresh {
                app.catalogue_state.set(CatalogueState::Fresh);
            }
        }
        Err(e) => {
            tracing::info!(error = %e, "catalogue not refreshed");
            app.connection.set(Connection::Offline);
            if *app.catalogue_state.peek() == CatalogueState::Loading {
                app.catalogue_state.set(CatalogueState::Unavailable);
            }
            return false;
        }
    }
    if let Ok(t) = templates {
        app.templates.set(t);
    }
    if *app.connection.peek() != Connection::Online {
        app.connection.set(Connection::Online);
    }
    true
}
