//! The Mystery Shopper app: one code base for desktop, web and mobile.

mod app;
mod components;
mod drafts;
mod format;
mod i18n;
mod platform;
mod screens;
mod state;

fn main() {
    #[cfg(feature = "desktop")]
    {
        use dioxus::desktop::{Config, LogicalSize, WindowBuilder};
        let window = WindowBuilder::new().with_title("Mystery Shopper").with_inner_size(LogicalSize::new(420.0, 820.0));
        dioxus::LaunchBuilder::desktop().with_cfg(Config::new().with_window(window).with_menu(None)).launch(app::App);
    }
    // Warnings and errors only, in the browser (platform::log): logging
    // every informational span slowed opening the app by tens of milliseconds.
    #[cfg(target_arch = "wasm32")]
    platform::log::init();
    #[cfg(not(feature = "desktop"))]
    dioxus::launch(app::App);
}
