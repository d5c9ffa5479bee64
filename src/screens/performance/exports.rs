//! Export buttons: each file downloads with its progress shown, then is
//! handed to the browser's downloads (or saved in the Downloads folder).

use crate::i18n::I18n;
use crate::platform;
use crate::state::use_app;
use dioxus::prelude::*;
use ms_client::DownloadProgress;
use ms_core::wire::InboxQuery;

const FILES: [(&str, &str); 3] = [
    ("evaluations.csv", "stats-export-evaluations-csv"),
    ("evaluations.xlsx", "stats-export-evaluations-xlsx"),
    ("answers.csv", "stats-export-answers-csv"),
];

#[derive(Debug, Clone, PartialEq)]
enum State {
    Idle,
    Running { file: &'static str, progress: DownloadProgress },
    Saved(String),
    Failed(String),
}

/// `query` is the filter the files take (the inbox's: period, centre, entity).
#[component]
pub fn ExportButtons(i18n: I18n, query: InboxQuery) -> Element {
    let app = use_app();
    let mut state = use_signal(|| State::Idle);
    let run = move |file: &'static str, query: InboxQuery| async move {
        let Some(services) = app.services() else { return };
        state.set(State::Running { file, progress: DownloadProgress::default() });
        let path = format!("/exports/{file}");
        let result = services.api.export(&path, &query, |p| state.set(State::Running { file, progress: p })).await;
        state.set(match result {
            Ok(d) => match platform::save_download(&d.file_name, &d.content_type, &d.bytes) {
                Ok(place) => State::Saved(place),
                Err(e) => State::Failed(e),
            },
            Err(e) => State::Failed(i18n.server_error(Some(e.code()), &e.to_string())),
        });
    };
    let busy = matches!(state(), State::Running { .. });
    let f = i18n.formats();
    rsx! {
        section { class: "exports", "aria-label": "{i18n.t(\"stats-exports\")}",
            h2 { "{i18n.t(\"stats-exports\")}" }
            div { class: "export-buttons",
                for (file, key) in FILES {
                    {
                        let q = query.clone();
                        rsx! {
                            button { class: "button secondary", r#type: "button", disabled: busy, "data-export": file,
                                onclick: move |_| run(file, q.clone()), "{i18n.t(key)}" }
                        }
                    }
                }
            }
            match state() {
                State::Idle => rsx! {},
                State::Running { file, progress } => {
                    // CSV rows are lines (the first is the header); a workbook only counts bytes.
                    let rows = progress.lines.saturating_sub(1);
                    let text = match (file.ends_with(".csv"), progress.expected_rows) {
                        (true, Some(total)) if file.starts_with("evaluations") => i18n.t_args("stats-export-rows", &[
                            ("done", f.integer(rows.min(total) as i64, 1).into()), ("total", f.integer(total as i64, 1).into()),
                        ]),
                        _ => i18n.t_args("stats-export-bytes", &[("kb", f.integer((progress.bytes / 1024) as i64, 1).into())]),
                    };
                    let fraction = match progress.expected_rows {
                        Some(total) if total > 0 && file == "evaluations.csv" => Some((rows as f64 / total as f64).min(1.0)),
                        _ => None,
                    };
                    rsx! {
                        div { class: "export-progress", role: "status", "data-export-state": "running",
                            if let Some(fr) = fraction {
                                progress { max: "1", value: "{fr}", "aria-label": "{text}" }
                            } else {
                                progress { "aria-label": "{text}" }
                            }
                            span { "{text}" }
                        }
                    }
                }
                State::Saved(place) => rsx! {
                    p { class: "ok", role: "status", "data-export-state": "saved", {i18n.t_args("stats-export-saved", &[("place", place.into())])} }
                },
                State::Failed(e) => rsx! { p { class: "error", role: "alert", "data-export-state": "failed", "{e}" } },
            }
        }
    }
}
