//! The root: state, the sync loop, routes, and the frame around every screen
//! (language and direction, connection state, the outbox badge).

use crate::components::{OutboxIcon, SettingsIcon};
use crate::i18n::I18n;
use crate::platform;
use crate::screens::*;
use crate::state::{use_app, use_sync_loop, AppState, Connection, Prefetch, Settings};
use dioxus::prelude::*;
use futures_util::FutureExt;
use ms_client::{ApiClient, Prefetched, SharedStore, Store};
use std::cell::RefCell;
use std::rc::Rc;

/// The style sheet, in cascade order: `first.css` is also all that a centre's
/// link page carries (crates/server/src/rating_page), the rest one file per
/// part of the product.
const STYLE: &str = concat!(
    include_str!("../assets/style/first.css"),
    include_str!("../assets/style/capture.css"),
    include_str!("../assets/style/review.css"),
    include_str!("../assets/style/performance.css"),
    include_str!("../assets/style/planning.css"),
    include_str!("../assets/style/administration.css"),
    include_str!("../assets/style/actions.css"),
);

#[derive(Routable, Clone, PartialEq, Debug)]
#[rustfmt::skip]
pub enum Route {
    #[layout(Shell)]
        #[route("/")]
        Home {},
        #[route("/welcome")]
        Welcome {},
        #[route("/centres")]
        Centres {},
        // `?counter=Desk%203`: the counter or touchpoint a centre's poster names.
        #[route("/rate/:token?:counter")]
        Rate { token: String, counter: Option<String> },
        #[route("/visits/new")]
        StartVisit {},
        #[route("/my-visits")]
        MyVisits {},
        #[route("/visits/:id")]
        Visit { id: String },
        #[route("/visits/:id/summary")]
        Summary { id: String },
        #[route("/outbox")]
        Outbox {},
        #[route("/settings")]
        Settings {},
        #[route("/sign-in")]
        SignIn {},
        #[route("/review")]
        Inbox {},
        #[route("/review/:id")]
        ReviewDetail { id: String },
        #[route("/performance")]
        Dashboard {},
        #[route("/performance/:id")]
        CentrePerformance { id: String },
        #[route("/planning")]
        Planning {},
        #[route("/planning/new")]
        NewWave {},
        #[route("/planning/shoppers")]
        PlanningShoppers {},
        #[route("/planning/:id")]
        WavePage { id: String },
        #[route("/actions")]
        Actions {},
        // `?centre=…&evaluation=…&item=…&stage=…`: where the new action comes from.
        #[route("/actions/new?:centre&:evaluation&:item&:stage")]
        NewAction { centre: Option<String>, evaluation: Option<String>, item: Option<String>, stage: Option<String> },
        #[route("/actions/:id")]
        ActionPage { id: String },
        #[route("/centre-visits")]
        CentreVisits {},
        #[route("/admin/checklists")]
        AdminChecklists {},
        #[route("/admin/catalogue")]
        AdminCatalogue {},
        #[route("/admin/accounts")]
        AdminAccounts {},
        #[route("/admin/kiosks")]
        AdminKiosks {},
        #[route("/admin/audit")]
        AdminAudit {},
    #[end_layout]
    #[route("/kiosk/:token")]
    Kiosk { token: String },
    #[route("/:..segments")]
    NotFound { segments: Vec<String> },
}

#[component]
pub fn App() -> Element {
    let opened = use_resource(|| async {
        let saved = platform::saved_store().await;
        if saved.is_new() && platform::at_a_rating_link() {
            // A new device at a centre's link: its faces need only the
            // catalogue, asked for at once; the (empty) store is created once
            // they are drawn.
            let later = Rc::new(RefCell::new(Some(saved)));
            return Opened { store: StoreAt::Later(later), prefetch: prefetch() };
        }
        // A new device elsewhere asks for the catalogue and checklists while
        // its store is created; the sync loop keeps them on arrival.
        let prefetch = saved.is_new().then(prefetch).flatten();
        let store = platform::open_store(saved).await;
        Opened { store: StoreAt::Open(store.map(Store::shared)), prefetch }
    });
    let opened = opened.read().clone();
    // One style sheet for the whole life of the page: the browser reads it
    // once, not again when the loading sign gives way to the app.
    rsx! {
        style { {STYLE} }
        match opened {
            None => rsx! { div { class: "loading", role: "status", "…" } },
            Some(opened) => rsx! { Root { opened } },
        }
    }
}

/// Sends the requests for the catalogue and the checklists at once, or
/// takes the answers to those the web page sent before the app started.
fn prefetch() -> Option<Prefetch> {
    let api = ApiClient::new(&Settings::initial().server_url).ok()?;
    let fetch = async move {
        let fetched = match platform::prefetched_by_the_page().await {
            Some((catalogue, templates)) => Prefetched::from_page(catalogue, templates),
            None => Prefetched::fetch(&api).await,
        };
        Rc::new(RefCell::new(Some(fetched)))
    };
    let shared = fetch.boxed_local().shared();
    // The first poll sends the requests, before anything else takes the thread;
    // the task then keeps them going until they are wanted.
    let _ = shared.clone().now_or_never();
    spawn(shared.clone().map(drop));
    Some(shared)
}

/// The device store: opened already (or why it could not be), or, on a new
/// device, what to create it from once the first screen is up.
#[derive(Clone)]
pub enum StoreAt {
    Open(Result<SharedStore, String>),
    Later(Rc<RefCell<Option<platform::SavedStore>>>),
}

/// The device store, and what a new device is fetching meanwhile.
#[derive(Clone)]
pub struct Opened {
    pub(crate) store: StoreAt,
    pub(crate) prefetch: Option<Prefetch>,
}

impl Opened {
    /// A store opened without anything fetched meanwhile.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) fn new(store: Result<SharedStore, String>) -> Self {
        Self { store: StoreAt::Open(store), prefetch: None }
    }
}

impl PartialEq for Opened {
    fn eq(&self, other: &Self) -> bool {
        let same_store = match (&self.store, &other.store) {
            (StoreAt::Open(Ok(a)), StoreAt::Open(Ok(b))) => std::sync::Arc::ptr_eq(a, b),
            (StoreAt::Open(Err(a)), StoreAt::Open(Err(b))) => a == b,
            (StoreAt::Later(a), StoreAt::Later(b)) => Rc::ptr_eq(a, b),
            _ => false,
        };
        let same_prefetch = match (&self.prefetch, &other.prefetch) {
            (Some(a), Some(b)) => a.ptr_eq(b),
            (a, b) => a.is_none() && b.is_none(),
        };
        same_store && same_prefetch
    }
}

/// How long a new device's store waits for the catalogue before it is
/// created anyway: the first screen is drawn with the catalogue first.
const CATALOGUE_FIRST_AT_MOST: std::time::Duration = std::time::Duration::from_secs(1);

/// How long after its first screen a new device's store is created when
/// nothing has needed it yet.
const STORE_AT_LATEST: std::time::Duration = std::time::Duration::from_secs(1);

#[component]
pub(crate) fn Root(opened: Opened) -> Element {
    let app = use_context_provider(|| {
        AppState::init(match &opened.store {
            StoreAt::Open(store) => Some(store.clone()),
            StoreAt::Later(_) => None,
        })
    });
    let sync = use_sync_loop(app, opened.prefetch.clone());
    use_future(move || {
        let opened = opened.clone();
        async move {
            let saved = match &opened.store {
                StoreAt::Later(saved) => saved.borrow_mut().take(),
                StoreAt::Open(_) => None,
            };
            if let Some(saved) = saved {
                // The server drew the rating page, or a page kept ratings: the store is needed now.
                if platform::page_ratings::kept().is_some() || platform::page_ratings::drawn_for().is_some() {
                    app.want_store();
                }
                create_after_first_screen(app, saved, opened.prefetch.clone()).await;
                // The sync loop keeps what was fetched in the new store once
                // the first tap has been answered.
                spawn(async move {
                    platform::sleep(crate::state::FIRST_SYNC_AFTER).await;
                    sync.send(());
                });
            }
            let mut app = app;
            // Alongside keeping the store, which runs for as long as the app does.
            spawn(async move { app.take_over_rating_page().await });
            app.keep_store().await;
        }
    });
    let i18n = use_i18n();
    // The document itself carries language and direction too (docs/architecture.md §7).
    use_effect(move || {
        let i18n = i18n_of(app);
        let js = format!(
            "document.documentElement.lang = {:?}; document.documentElement.dir = {:?};",
            i18n.locale,
            i18n.dir()
        );
        document::eval(&js);
    });
    rsx! {
        div { id: "app", lang: i18n.locale, dir: i18n.dir(),
            if let Some(e) = (app.fatal)() {
                div { class: "fatal", role: "alert",
                    h1 { "{i18n.t(\"store-failed-title\")}" }
                    p { "{e}" }
                }
            } else {
                Router::<Route> {}
            }
        }
    }
}

/// A new device: shows the catalogue as soon as it arrives (a centre's link
/// then draws its faces), lets the screen be drawn, and only then creates
/// the store, which takes the thread for a moment: once a tap or another
/// screen needs it, or a second later. A face tapped meanwhile is shown at
/// once and saved when the store is there (`AppState::store_opened`).
async fn create_after_first_screen(mut app: AppState, saved: platform::SavedStore, prefetch: Option<Prefetch>) {
    if let Some(prefetch) = prefetch {
        let timeout = std::pin::pin!(platform::sleep(CATALOGUE_FIRST_AT_MOST));
        if let futures_util::future::Either::Left((fetched, _)) = futures_util::future::select(prefetch, timeout).await
        {
            let values = fetched.borrow().as_ref().map(Prefetched::values);
            if let Some((catalogue, templates)) = values {
                crate::state::show_caches(&mut app, catalogue, templates);
            }
        }
    }
    platform::after_next_paint().await;
    // Creating the store takes the thread for a moment: not while the
    // visitor is about to tap, but once a tap (shown first) or another
    // screen needs it, or a moment later.
    app.store_needed(STORE_AT_LATEST).await;
    platform::after_next_paint().await;
    let store = platform::open_store(saved).await.map(Store::shared);
    app.attach(store);
}

/// The interface language, following the settings.
pub fn use_i18n() -> I18n {
    i18n_of(use_app())
}

/// The interface language the settings choose now (a subscriber of them
/// where it is read: in a component, an effect or a memo).
fn i18n_of(app: AppState) -> I18n {
    let settings = app.settings.read();
    I18n::with_digits(&settings.locale, settings.native_digits)
}

#[component]
fn Shell() -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let waiting = app.lists.outbox().read().iter().filter(|o| o.state != ms_client::SyncState::Uploaded).count()
        + app.lists.moves().read().iter().filter(|m| m.state != ms_client::MoveState::Sent).count();
    let connection = (app.connection)();
    let (conn_class, conn_text) = match connection {
        Connection::Online => ("online", i18n.t("connection-online")),
        Connection::Offline => ("offline", i18n.t("connection-offline-short")),
        Connection::Unknown => ("unknown", i18n.t("connection-unknown")),
    };
    let badge = i18n.count("outbox-badge", waiting);
    let route = use_route::<Route>();
    let waiting_for_store = (app.store_opening)() && !matches!(route, Route::Rate { .. });
    // A screen other than the rating needs the new device's store now.
    use_effect(use_reactive!(|waiting_for_store| {
        if waiting_for_store {
            app.want_store();
        }
    }));
    let settings = i18n.t("settings-title");
    rsx! {
        header { class: "topbar",
            Link { class: "brand", to: Route::Home {}, "{i18n.t(\"app-name\")}" }
            div { class: "status",
                span { class: "connection {conn_class}", role: "status", "{conn_text}" }
                Link { class: "outbox-badge", to: Route::Outbox {}, title: "{badge}",
                    OutboxIcon {}
                    span { class: "count", "aria-hidden": "true", "{waiting}" }
                    span { class: "badge-text", "{badge}" }
                }
                Link { class: "settings-link", to: Route::Settings {}, "aria-label": "{settings}", title: "{settings}", SettingsIcon {} }
            }
        }
        if connection == Connection::Offline {
            p { class: "offline-banner", "{i18n.t(\"connection-offline\")}" }
        }
        main { class: "screen",
            crate::components::SaveAlert { errors: app.settings_errors, place: "settings", i18n }
            if let Some(aside) = (app.settings_set_aside)() {
                p { class: "notice", role: "alert", "data-settings-set-aside": "{aside}", "{i18n.t(\"settings-set-aside\")}" }
            }
            // Left at a centre's link before the new device's store exists,
            // a screen waits for it (only the faces are drawn without it).
            if waiting_for_store {
                div { class: "loading", role: "status", "…" }
            } else {
                Outlet::<Route> {}
            }
        }
    }
}

#[component]
fn NotFound(segments: Vec<String>) -> Element {
    let i18n = use_i18n();
    rsx! {
        main { class: "screen",
            h1 { "{i18n.t(\"not-found-title\")}" }
            Link { class: "button", to: Route::Home {}, "{i18n.t(\"go-home\")}" }
        }
    }
}

#[cfg(test)]
mod style_tests {
    /// Every file of `assets/style/` is in the app's style sheet: a file
    /// added there and not to `STYLE` would style nothing.
    #[test]
    fn the_style_sheet_holds_every_file_of_its_folder() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/style");
        let mut files = 0;
        for entry in std::fs::read_dir(&dir).expect("assets/style") {
            let path = entry.expect("a file").path();
            let css = std::fs::read_to_string(&path).expect("a style sheet");
            assert!(super::STYLE.contains(&css), "{} is not in src/app.rs's STYLE", path.display());
            files += 1;
        }
        assert!(files >= 7, "only {files} files read");
    }
}
