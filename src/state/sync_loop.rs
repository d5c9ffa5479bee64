//! The sync loop: uploads what is due, keeps the catalogue and checklists
//! current, and brings back visits a supervisor returned.

use super::{AppState, CatalogueState, Connection, Services};
use crate::platform;
use dioxus::prelude::*;
use ms_core::{Catalogue, ChecklistTemplate, Role};
use std::rc::Rc;

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
                            Ok(reopened) if !reopened.is_empty() => app.reread_lists(),
                            Ok(_) => {}
                            Err(e) => tracing::info!(error = %e, "returned visits not fetched"),
                        }
                    }
                    // A signed-in manager's moves of actions made on this device.
                    let manager = app.settings.peek().account().filter(|_| app.settings.peek().manages());
                    if let Some(account) = manager {
                        match services.sync.send_action_moves(&account, chrono::Utc::now()).await {
                            Ok(report) if !report.sent.is_empty() => app.connection.set(Connection::Online),
                            Ok(report) if !report.retrying.is_empty() => app.connection.set(Connection::Offline),
                            Ok(_) => {}
                            Err(e) => tracing::warn!(error = %e, "moves of actions"),
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
                    app.reread_lists();
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
