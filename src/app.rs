//! The root: state, the sync loop, routes, and the frame around every screen
//! (language and direction, connection state, the outbox badge).

use crate::components::{OutboxIcon, SettingsIcon};
use crate::i18n::I18n;
use crate::platform;
use crate::screens::*;
use crate::state::{use_app, use_sync_loop, AppState, Connection};
use dioxus::prelude::*;
use ms_client::{SharedStore, Store};

const STYLE: &str = include_str!("../assets/style.css");

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
        #[route("/rate/:token")]
        Rate { token: String },
        #[route("/visits/new")]
        StartVisit {},
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
    #[end_layout]
    #[route("/kiosk/:token")]
    Kiosk { token: String },
    #[route("/:..segments")]
    NotFound { segments: Vec<String> },
}

#[component]
pub fn App() -> Element {
    let opened = use_resource(|| async { platform::open_store().await.map(Store::shared) });
    let opened = opened.read().clone();
    match opened {
        None => rsx! {
            style { {STYLE} }
            div { class: "loading", role: "status", "…" }
        },
        Some(result) => rsx! { Root { opened: Opened(result) } },
    }
}

/// The device store once opened (or why it could not be).
#[derive(Clone)]
pub struct Opened(pub(crate) Result<SharedStore, String>);

impl PartialEq for Opened {
    fn eq(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (Ok(a), Ok(b)) => std::sync::Arc::ptr_eq(a, b),
            (Err(a), Err(b)) => a == b,
            _ => false,
        }
    }
}

#[component]
pub(crate) fn Root(opened: Opened) -> Element {
    let app = use_context_provider(|| AppState::init(opened.0.clone()));
    use_sync_loop(app);
    use_future(move || async move {
        if let Some(services) = app.services() {
            platform::keep_store(services.store).await;
        }
    });
    let i18n = use_i18n();
    // The document itself carries language and direction too (docs/architecture.md §7).
    use_effect(move || {
        let i18n = use_i18n_of(app);
        let js = format!(
            "document.documentElement.lang = {:?}; document.documentElement.dir = {:?};",
            i18n.locale,
            i18n.dir()
        );
        document::eval(&js);
    });
    rsx! {
        style { {STYLE} }
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

/// The interface language, following the settings.
pub fn use_i18n() -> I18n {
    use_i18n_of(use_app())
}

fn use_i18n_of(app: AppState) -> I18n {
    let settings = app.settings.read();
    I18n::with_digits(&settings.locale, settings.native_digits)
}

#[component]
fn Shell() -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let waiting = app.outbox.read().iter().filter(|o| o.state != ms_client::SyncState::Uploaded).count();
    let connection = (app.connection)();
    let (conn_class, conn_text) = match connection {
        Connection::Online => ("online", i18n.t("connection-online")),
        Connection::Offline => ("offline", i18n.t("connection-offline-short")),
        Connection::Unknown => ("unknown", i18n.t("connection-unknown")),
    };
    let badge = i18n.count("outbox-badge", waiting);
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
            Outlet::<Route> {}
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
