//! Printed documents from the screens: a centre's or an entity's QR posters
//! (a paper format, and the counters, a page each) and a
//! centre's or an entity's report for the period shown, in the reader's
//! language. Each downloads as the exports do.

use super::{DownloadState, DownloadStatus};
use crate::i18n::I18n;
use crate::state::use_app;
use dioxus::prelude::*;
use ms_core::wire::StatsQuery;

const FORMATS: [(&str, &str); 4] =
    [("a6", "print-format-a6"), ("a5", "print-format-a5"), ("a4", "print-format-a4"), ("a3", "print-format-a3")];

/// What is printed: one centre, or every active centre of an entity.
#[derive(Debug, Clone, PartialEq)]
pub enum PrintTarget {
    Centre(String),
    Entity(String),
}

impl PrintTarget {
    fn path(&self, file: &str) -> String {
        match self {
            PrintTarget::Centre(id) => format!("/centres/{id}/{file}"),
            PrintTarget::Entity(id) => format!("/entities/{id}/{file}"),
        }
    }
}

/// The counters typed one per line, blank lines left out.
pub fn counter_lines(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in text.lines().filter_map(ms_core::counter::counter_from_link) {
        if !out.contains(&line) {
            out.push(line);
        }
    }
    out
}

fn poster_path(target: &PrintTarget, format: &str, counters: &[String]) -> String {
    let mut q = form_urlencoded::Serializer::new(String::new());
    q.append_pair("format", format);
    for c in counters {
        q.append_pair("counter", c);
    }
    let file = if matches!(target, PrintTarget::Centre(_)) { "poster.pdf" } else { "posters.pdf" };
    format!("{}?{}", target.path(file), q.finish())
}

fn report_path(target: &PrintTarget, lang: &str, period: &StatsQuery) -> String {
    let mut q = form_urlencoded::Serializer::new(String::new());
    q.append_pair("lang", lang);
    if let Some(from) = period.from {
        q.append_pair("from", &from.to_string());
    }
    if let Some(to) = period.to {
        q.append_pair("to", &to.to_string());
    }
    format!("{}?{}", target.path("report.pdf"), q.finish())
}

/// The report and poster buttons; `period` is the figures' period on the screen.
#[component]
pub fn PrintPanel(i18n: I18n, target: PrintTarget, period: StatsQuery) -> Element {
    let app = use_app();
    let mut state = use_signal(|| DownloadState::Idle);
    let mut format = use_signal(|| "a4".to_owned());
    let mut counters = use_signal(String::new);
    let fetch = move |path: String| async move {
        let Some(services) = app.services() else { return };
        state.set(DownloadState::Running(Default::default()));
        let result = services.api.download(&path, |p| state.set(DownloadState::Running(p))).await;
        state.set(DownloadState::saved(i18n, result));
    };
    let busy = state.read().running();
    let report = report_path(&target, i18n.locale, &period);
    let posters = poster_path(&target, &format(), &counter_lines(&counters()));
    rsx! {
        section { class: "print-panel", "aria-labelledby": "print-title",
            h2 { id: "print-title", "{i18n.t(\"print-title\")}" }
            div { class: "export-buttons",
                button { class: "button secondary", r#type: "button", disabled: busy, "data-print": "report",
                    onclick: move |_| fetch(report.clone()), "{i18n.t(\"print-report\")}" }
            }
            div { class: "poster-form",
                label { r#for: "poster-format", "{i18n.t(\"print-format\")}" }
                select { id: "poster-format", value: "{format}", onchange: move |e| format.set(e.value()),
                    for (value, key) in FORMATS {
                        option { value, selected: format() == value, "{i18n.t(key)}" }
                    }
                }
                label { r#for: "poster-counters", "{i18n.t(\"print-counters\")}" }
                textarea { id: "poster-counters", rows: "3", value: "{counters}", "aria-describedby": "poster-counters-hint",
                    oninput: move |e| counters.set(e.value()) }
                p { id: "poster-counters-hint", class: "muted", "{i18n.t(\"print-counters-hint\")}" }
                button { class: "button", r#type: "button", disabled: busy, "data-print": "posters",
                    onclick: move |_| fetch(posters.clone()), "{i18n.t(\"print-posters\")}" }
            }
            DownloadStatus { i18n, state: state() }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_are_read_one_a_line_and_the_paths_carry_them_encoded() {
        assert_eq!(counter_lines("Desk 1\n\n  Desk  2 \nDesk 1\n"), vec!["Desk 1", "Desk 2"]);
        let target = PrintTarget::Centre("cd-al-barsha".into());
        assert_eq!(
            poster_path(&target, "a6", &counter_lines("Desk 1\nمكتب ٢")),
            "/centres/cd-al-barsha/poster.pdf?format=a6&counter=Desk+1&counter=%D9%85%D9%83%D8%AA%D8%A8+%D9%A2"
        );
        assert_eq!(poster_path(&PrintTarget::Entity("cd".into()), "a4", &[]), "/entities/cd/posters.pdf?format=a4");
        let period = StatsQuery {
            from: chrono::NaiveDate::from_ymd_opt(2026, 1, 1),
            to: chrono::NaiveDate::from_ymd_opt(2026, 6, 30),
            granularity: None,
            entity_id: None,
        };
        assert_eq!(
            report_path(&target, "ar", &period),
            "/centres/cd-al-barsha/report.pdf?lang=ar&from=2026-01-01&to=2026-06-30"
        );
    }
}
