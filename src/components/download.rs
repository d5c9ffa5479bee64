//! A file downloaded from the server as the screens show it: its progress
//! while it arrives, then where it was saved (the browser's downloads, or
//! the Downloads folder), or why it could not be.

use crate::i18n::I18n;
use crate::platform;
use dioxus::prelude::*;
use ms_client::{ApiError, Download, DownloadProgress};

#[derive(Debug, Clone, PartialEq)]
pub enum DownloadState {
    Idle,
    Running(DownloadProgress),
    Saved(String),
    Failed(String),
}

impl DownloadState {
    /// A download's answer, saved where the platform keeps downloads.
    pub fn saved(i18n: I18n, result: Result<Download, ApiError>) -> Self {
        match result {
            Ok(d) => match platform::save_download(&d.file_name, &d.content_type, &d.bytes) {
                Ok(place) => DownloadState::Saved(place),
                Err(e) => DownloadState::Failed(e),
            },
            Err(e) => DownloadState::Failed(i18n.server_error(Some(e.code()), &e.to_string())),
        }
    }

    pub fn running(&self) -> bool {
        matches!(self, DownloadState::Running(_))
    }
}

/// How the download stands, in words (nothing before it starts).
#[component]
pub fn DownloadStatus(i18n: I18n, state: DownloadState) -> Element {
    let f = i18n.formats();
    match state {
        DownloadState::Idle => rsx! {},
        DownloadState::Running(p) => {
            let text = i18n.t_args("stats-export-bytes", &[("kb", f.integer((p.bytes / 1024) as i64, 1).into())]);
            rsx! {
                div { class: "export-progress", role: "status", "data-export-state": "running",
                    progress { "aria-label": "{text}" }
                    span { "{text}" }
                }
            }
        }
        DownloadState::Saved(place) => rsx! {
            p { class: "ok", role: "status", "data-export-state": "saved", {i18n.t_args("stats-export-saved", &[("place", place.into())])} }
        },
        DownloadState::Failed(e) => rsx! { p { class: "error", role: "alert", "data-export-state": "failed", "{e}" } },
    }
}
