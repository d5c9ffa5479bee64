//! A new device's store, created after its first screen (docs/architecture.md
//! §7, "Opening in the browser"): who needs it now, and waiting until it is there.

use super::moment::Moment;
use super::settings::{keep_in_browser, stored_or};
use super::{make_services, AppState, CatalogueState, Kept};
use crate::platform;
use dioxus::prelude::*;
use ms_client::{lock, SharedStore};

/// The two moments of the handshake: something needs the store, and the
/// store is there (or could not be opened).
#[derive(Clone, Default)]
pub(super) struct StoreStart {
    wanted: Moment,
    opened: Moment,
}

impl AppState {
    /// Brings a new device's store, created after its first screen (see
    /// `app::Root`): what was chosen meanwhile (language, role, sign-in) is
    /// kept in it, and a catalogue shown meanwhile stays on screen.
    pub fn attach(&mut self, opened: Result<SharedStore, String>) {
        self.store_opening.set(false);
        match opened {
            Ok(store) => self.keep_attached(store),
            Err(e) => self.fatal.set(Some(e)),
        }
        // Either way, those waiting for the store go on.
        self.store_start.peek().opened.arrive();
    }

    fn keep_attached(&mut self, store: SharedStore) {
        let chosen = self.settings.peek().clone();
        let kept = Kept::read(&store);
        let stored = stored_or(&mut lock(&store), || chosen);
        self.settings_errors.check("settings", None, stored.kept);
        if stored.set_aside.is_some() {
            self.settings_set_aside.set(stored.set_aside);
        }
        let settings = stored.settings;
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
        self.lists.show(kept.outbox, kept.local);
        self.services.set(make_services(store, &settings));
    }

    /// Whether a new device's store is still being created.
    pub fn store_opening(&self) -> bool {
        *self.store_opening.peek()
    }

    /// Asks for a new device's store to be created now.
    pub fn want_store(&self) {
        if !self.store_opening() {
            return;
        }
        self.store_start.peek().wanted.arrive();
    }

    /// Waits until something needs the new device's store (a tap, or a
    /// screen other than the rating: `want_store`), or `at_most` has passed.
    pub async fn store_needed(&self, at_most: std::time::Duration) {
        if !platform::at_a_rating_link() {
            return;
        }
        let wanted = self.store_start.peek().wanted.clone();
        let heard = std::pin::pin!(wanted.come());
        let timeout = std::pin::pin!(platform::sleep(at_most));
        futures_util::future::select(heard, timeout).await;
    }

    /// Waits until the store is there (or could not be opened).
    pub async fn store_opened(&self) {
        if !self.store_opening() {
            return;
        }
        let opened = self.store_start.peek().opened.clone();
        opened.come().await;
    }
}
