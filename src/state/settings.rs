//! What the user chose on this device, and how it is kept: in the store, and
//! in the browser also outside it; a kept copy that can't be read is set aside.

use super::{make_services, AppState, Connection};
use crate::i18n;
use crate::platform;
use dioxus::prelude::*;
use ms_client::{lock, Store};
use ms_core::Role;
use serde::{Deserialize, Serialize};

pub(crate) const SETTINGS_KEY: &str = "app-settings";

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
    /// The centres a signed-in centre manager runs.
    #[serde(default)]
    pub staff_centres: Vec<String>,
}

impl Settings {
    /// Whether the signed-in account reviews evaluations.
    pub fn reviews(&self) -> bool {
        self.token.is_some() && self.staff_role.is_some_and(|r| r.reviews())
    }

    /// Whether the signed-in account runs centres (works on their actions).
    pub fn manages(&self) -> bool {
        self.token.is_some() && self.staff_role == Some(ms_core::wire::UserRole::CentreManager)
    }

    /// The signed-in account, as this device names it (its kept lists and moves).
    pub fn account(&self) -> Option<String> {
        self.username.clone().filter(|_| self.token.is_some())
    }

    /// The settings before the store is open: those the browser keeps outside
    /// it, or a first run's.
    pub fn initial() -> Self {
        browser_copy().unwrap_or_else(Self::first_run)
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
            staff_centres: Vec::new(),
        }
    }
}

/// The settings an opened store holds, or those that take their place.
pub(super) struct StoredSettings {
    pub settings: Settings,
    /// Where a kept copy that could not be read was set aside.
    pub set_aside: Option<String>,
    /// Whether keeping the settings that took their place worked.
    pub kept: Result<(), String>,
}

/// Reads the settings kept in the store. When there are none, `instead` is
/// kept in their place; when they can't be read, the row is first copied
/// under `settings-unreadable-<time>`, so that no choice is overwritten
/// unseen, and the next opening doesn't find it again.
pub(super) fn stored_or(store: &mut Store, instead: impl FnOnce() -> Settings) -> StoredSettings {
    let body = match store.cache_get(SETTINGS_KEY) {
        Ok(row) => row.map(|(_, body)| body),
        Err(e) => {
            // Nothing to set aside: the row itself can't be reached.
            tracing::warn!(error = %e, "settings not read from the device store");
            None
        }
    };
    let mut set_aside = None;
    if let Some(body) = body {
        match serde_json::from_str::<Settings>(&body) {
            Ok(settings) => match browser_copy() {
                // The browser writes its copy at every change, the store only
                // with its next snapshot (half a second later at most): a
                // reload in between finds the browser's copy the newer one.
                Some(newer) if newer != settings => {
                    let kept = keep(store, &newer);
                    return StoredSettings { settings: newer, set_aside: None, kept };
                }
                _ => return StoredSettings { settings, set_aside: None, kept: Ok(()) },
            },
            Err(e) => {
                let aside = format!("settings-unreadable-{}", chrono::Utc::now().timestamp());
                tracing::warn!(error = %e, key = aside, "the kept settings could not be read; set aside");
                if let Err(e) = store.cache_put(&aside, None, &body) {
                    // Without a copy, the unreadable row is left as it is.
                    let settings = instead();
                    return StoredSettings { settings, set_aside: None, kept: Err(e.to_string()) };
                }
                set_aside = Some(aside);
            }
        }
    }
    let settings = instead();
    let kept = keep(store, &settings);
    StoredSettings { settings, set_aside, kept }
}

fn keep(store: &mut Store, settings: &Settings) -> Result<(), String> {
    match serde_json::to_string(settings) {
        Ok(body) => store.cache_put(SETTINGS_KEY, None, &body).map_err(|e| e.to_string()),
        Err(e) => Err(e.to_string()),
    }
}

/// The copy of the settings the browser keeps beside the store (none elsewhere).
fn browser_copy() -> Option<Settings> {
    platform::saved_settings().and_then(|body| serde_json::from_str(&body).ok())
}

/// The browser keeps the settings outside the store as well, from the
/// store's first opening on: the page then tells a device that has a store
/// from a new one before the app has started (`index.html`).
pub(super) fn keep_in_browser(settings: &Settings) {
    if platform::saved_settings().is_none() {
        if let Ok(body) = serde_json::to_string(settings) {
            platform::save_settings(&body);
        }
    }
    platform::page_ratings::remember_locale(&settings.locale);
}

impl AppState {
    /// Changes settings, keeps them, and reconnects when the server or the sign-in changed.
    pub fn update_settings(&mut self, change: impl FnOnce(&mut Settings)) {
        let mut next = self.settings.peek().clone();
        change(&mut next);
        let body = serde_json::to_string(&next).ok();
        if let Some(body) = &body {
            platform::save_settings(body);
        }
        if next.locale != self.settings.peek().locale {
            platform::page_ratings::remember_locale(&next.locale);
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
            s.staff_centres = Vec::new();
        });
        // The signed-out shopper's planned visits are not left on the device.
        if let Err(e) = self.write(|s| s.forget_my_assignments()) {
            tracing::info!(error = %e, "planned visits not forgotten");
        }
        // Nor a manager's actions (moves not sent yet wait for their next sign-in).
        if let Err(e) = self.write(|s| s.forget_my_actions()) {
            tracing::info!(error = %e, "actions not forgotten");
        }
        let (Some(token), Some(services)) = (token, self.services()) else { return };
        if *self.connection.peek() == Connection::Offline {
            return;
        }
        if let Err(e) = services.api.end_session(&token).await {
            tracing::info!(error = %e, "the server was not told of the sign-out");
        }
    }
}
