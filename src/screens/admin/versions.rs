//! The checklists published, each with its versions (when, by whom), every
//! version downloadable as a workbook, and what changed between two of
//! them in words.

use super::error_text;
use crate::i18n::{self, I18n};
use crate::platform;
use crate::state::use_app;
use dioxus::prelude::*;
use ms_client::api::authoring::TemplateVersion;
use ms_core::authoring::{Change, Changed, TemplateDiff};
use ms_core::ChecklistTemplate;

/// Every version of each checklist, the checklists in the order first met.
fn by_checklist(templates: Vec<ChecklistTemplate>) -> Vec<(String, Vec<ChecklistTemplate>)> {
    let mut out: Vec<(String, Vec<ChecklistTemplate>)> = Vec::new();
    for t in templates {
        match out.iter_mut().find(|(id, _)| *id == t.id) {
            Some((_, versions)) => versions.push(t),
            None => out.push((t.id.clone(), vec![t])),
        }
    }
    for (_, versions) in &mut out {
        versions.sort_by_key(|t| t.version);
    }
    out
}

#[component]
pub fn PublishedChecklists(i18n: I18n, refresh: u32) -> Element {
    let app = use_app();
    let list = use_resource(use_reactive!(|refresh| async move {
        let _ = refresh;
        let services = app.services()?;
        Some(match services.api.templates(None).await {
            Ok(ms_client::Fetched::Fresh { value, .. }) => Ok(by_checklist(value)),
            Ok(ms_client::Fetched::NotModified) => Ok(by_checklist(app.templates.peek().clone())),
            Err(e) => Err(error_text(i18n, &e)),
        })
    }));
    let loaded = list.read().clone().flatten();
    rsx! {
        section { class: "published", "aria-labelledby": "published-title",
            h2 { id: "published-title", "{i18n.t(\"admin-published-checklists\")}" }
            match loaded {
                None => rsx! { div { class: "loading-state", role: "status", "aria-busy": "true", "…" } },
                Some(Err(reason)) => rsx! { p { class: "error", role: "alert", "{reason}" } },
                Some(Ok(groups)) => rsx! {
                    for (id, versions) in groups {
                        ChecklistVersions { key: "{id}-{refresh}", i18n, id: id.clone(), templates: versions }
                    }
                },
            }
        }
    }
}

#[component]
fn ChecklistVersions(i18n: I18n, id: String, templates: Vec<ChecklistTemplate>) -> Element {
    let app = use_app();
    let history = use_resource({
        let id = id.clone();
        move || {
            let id = id.clone();
            async move {
                let services = app.services()?;
                Some(services.api.template_versions(&id).await.map_err(|e| error_text(i18n, &e)))
            }
        }
    });
    let mut saved = use_signal(|| None::<Result<String, String>>);
    let latest = templates.last().cloned();
    let title = latest.as_ref().map(|t| i18n.checklist(t, &t.title)).unwrap_or_else(|| id.clone());
    let f = i18n.formats();
    let download = move |id: String, version: u32| async move {
        let Some(services) = app.services() else { return };
        saved.set(Some(match services.api.template_workbook(&id, version, |_| {}).await {
            Ok(d) => platform::save_download(&d.file_name, &d.content_type, &d.bytes),
            Err(e) => Err(error_text(i18n, &e)),
        }));
    };
    let loaded = history.read().clone().flatten();
    let heading_id = format!("checklist-{id}");
    rsx! {
        article { class: "checklist-versions", "data-template": "{id}", "aria-labelledby": "{heading_id}",
            h3 { id: "{heading_id}", "{title}" bdi { class: "muted template-id", " ({id})" } }
            match loaded {
                None => rsx! { div { class: "loading-state", role: "status", "aria-busy": "true", "…" } },
                Some(Err(reason)) => rsx! { p { class: "error", role: "alert", "{reason}" } },
                Some(Ok(versions)) => rsx! {
                    table { class: "planning-table versions-table",
                        thead { tr {
                            th { scope: "col", "{i18n.t(\"admin-col-version\")}" }
                            th { scope: "col", "{i18n.t(\"admin-col-published-at\")}" }
                            th { scope: "col", "{i18n.t(\"admin-col-published-by\")}" }
                            th { scope: "col", "{i18n.t(\"admin-col-workbook\")}" }
                        } }
                        tbody {
                            for v in versions.iter().cloned() {
                                tr { key: "{v.version}", "data-version": "{v.version}",
                                    td { "data-label": "{i18n.t(\"admin-col-version\")}", "{f.integer(i64::from(v.version), 1)}" }
                                    td { "data-label": "{i18n.t(\"admin-col-published-at\")}", "{f.date_time(v.published_at)}" }
                                    td { "data-label": "{i18n.t(\"admin-col-published-by\")}",
                                        bdi { {v.published_by.clone().unwrap_or_else(|| i18n.t("admin-published-by-server"))} } }
                                    td { "data-label": "{i18n.t(\"admin-col-workbook\")}",
                                        {
                                            let id = id.clone();
                                            let name = i18n.t_args("admin-download-version", &[("version", f.integer(i64::from(v.version), 1).into())]);
                                            rsx! {
                                                button { class: "button secondary small", r#type: "button", "data-download": "{v.version}",
                                                    onclick: move |_| { spawn(download(id.clone(), v.version)); }, "{name}" }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    match saved() {
                        Some(Ok(place)) => rsx! { p { class: "ok", role: "status", {i18n.t_args("admin-saved", &[("place", place.into())])} } },
                        Some(Err(e)) => rsx! { p { class: "error", role: "alert", "{e}" } },
                        None => rsx! {},
                    }
                    if versions.len() > 1 {
                        Compare { i18n, id: id.clone(), versions: versions.clone(), templates: templates.clone() }
                    }
                },
            }
        }
    }
}

/// Two versions chosen, and what changed from one to the other.
#[component]
fn Compare(i18n: I18n, id: String, versions: Vec<TemplateVersion>, templates: Vec<ChecklistTemplate>) -> Element {
    let app = use_app();
    let numbers: Vec<u32> = versions.iter().map(|v| v.version).collect();
    let last = numbers.last().copied().unwrap_or(1);
    let before = numbers.iter().rev().nth(1).copied().unwrap_or(last);
    let mut from = use_signal(|| before);
    let mut to = use_signal(|| last);
    let mut result = use_signal(|| None::<Result<TemplateDiff, String>>);
    let f = i18n.formats();
    let compare = move |id: String| async move {
        let Some(services) = app.services() else { return };
        result.set(Some(services.api.template_diff(&id, from(), to()).await.map_err(|e| error_text(i18n, &e))));
    };
    let pick = |e: FormEvent| e.value().parse::<u32>().ok();
    rsx! {
        div { class: "compare",
            div { class: "compare-fields",
                div { class: "field inline",
                    label { r#for: "from-{id}", "{i18n.t(\"admin-compare-from\")}" }
                    select { id: "from-{id}", onchange: move |e| if let Some(v) = pick(e) { from.set(v) },
                        for n in numbers.iter().copied() { option { value: "{n}", selected: n == from(), "{f.integer(i64::from(n), 1)}" } }
                    }
                }
                div { class: "field inline",
                    label { r#for: "to-{id}", "{i18n.t(\"admin-compare-to\")}" }
                    select { id: "to-{id}", onchange: move |e| if let Some(v) = pick(e) { to.set(v) },
                        for n in numbers.iter().copied() { option { value: "{n}", selected: n == to(), "{f.integer(i64::from(n), 1)}" } }
                    }
                }
                {
                    let id = id.clone();
                    rsx! { button { class: "button secondary", r#type: "button", "data-action": "compare",
                        onclick: move |_| { spawn(compare(id.clone())); }, "{i18n.t(\"admin-compare\")}" } }
                }
            }
            match result() {
                None => rsx! {},
                Some(Err(e)) => rsx! { p { class: "error", role: "alert", "{e}" } },
                Some(Ok(diff)) => {
                    let old = templates.iter().find(|t| t.version == diff.from).cloned();
                    let new = templates.iter().find(|t| t.version == diff.to).cloned();
                    rsx! { DiffWords { i18n, diff, old, new } }
                }
            }
        }
    }
}

/// A stage's or an item's name in the reader's language, from the version that has it.
fn name_of(i18n: I18n, id: &str, versions: &[&ChecklistTemplate]) -> String {
    for t in versions {
        if let Some(stage) = t.stages.iter().find(|s| s.id == id) {
            return format!("{} ({id})", i18n.checklist(t, &stage.title));
        }
        if let Some((_, item)) = t.items().find(|(_, i)| i.id == id) {
            return format!("{} ({id})", i18n.checklist(t, &item.label));
        }
    }
    id.to_owned()
}

fn language_text(code: &str) -> String {
    if i18n::available().contains(&code) {
        i18n::language_name(code)
    } else {
        code.to_owned()
    }
}

/// One change in words.
pub fn change_text(i18n: I18n, change: &Change) -> String {
    let none = || i18n.t("admin-change-none");
    let text = |s: &Option<String>| s.clone().filter(|s| !s.is_empty()).unwrap_or_else(none);
    let yes_no = |b: bool| i18n.t(if b { "admin-yes" } else { "admin-no" });
    let f = i18n.formats();
    let weight = |w: f64| if w.fract() == 0.0 { f.integer(w as i64, 1) } else { format!("{w}") };
    let two = |id: &str, from: String, to: String| i18n.t_args(id, &[("from", from.into()), ("to", to.into())]);
    match change {
        Change::Label { language, from, to } => i18n.t_args(
            "admin-change-label",
            &[("language", language_text(language).into()), ("from", text(from).into()), ("to", text(to).into())],
        ),
        Change::Hint { language, from, to } => i18n.t_args(
            "admin-change-hint",
            &[("language", language_text(language).into()), ("from", text(from).into()), ("to", text(to).into())],
        ),
        Change::Weight { from, to } => two("admin-change-weight", weight(*from), weight(*to)),
        Change::Logic { from, to } => {
            let always = |s: &Option<String>| {
                s.clone().filter(|s| !s.is_empty()).unwrap_or_else(|| i18n.t("admin-change-always"))
            };
            two("admin-change-logic", always(from), always(to))
        }
        Change::Kind { from, to } => two("admin-change-kind", from.clone(), to.clone()),
        Change::Required { from, to } => two("admin-change-required", yes_no(*from), yes_no(*to)),
        Change::Evidence { from, to } => two("admin-change-evidence", from.clone(), to.clone()),
        Change::Stage { from, to } => two("admin-change-stage", from.clone(), to.clone()),
    }
}

#[component]
fn DiffWords(
    i18n: I18n,
    diff: TemplateDiff,
    old: Option<ChecklistTemplate>,
    new: Option<ChecklistTemplate>,
) -> Element {
    let f = i18n.formats();
    let versions: Vec<&ChecklistTemplate> = [new.as_ref(), old.as_ref()].into_iter().flatten().collect();
    let names = |ids: &[String]| ids.iter().map(|id| name_of(i18n, id, &versions)).collect::<Vec<_>>();
    let changed = |list: &[Changed]| {
        list.iter()
            .map(|c| {
                (name_of(i18n, &c.id, &versions), c.changes.iter().map(|ch| change_text(i18n, ch)).collect::<Vec<_>>())
            })
            .collect::<Vec<_>>()
    };
    let heading = i18n.t_args(
        "admin-diff-heading",
        &[("from", f.integer(i64::from(diff.from), 1).into()), ("to", f.integer(i64::from(diff.to), 1).into())],
    );
    let lists = [
        ("admin-diff-stages-added", names(&diff.stages_added)),
        ("admin-diff-stages-removed", names(&diff.stages_removed)),
        ("admin-diff-items-added", names(&diff.items_added)),
        ("admin-diff-items-removed", names(&diff.items_removed)),
    ];
    let changes = [
        ("admin-diff-stages-changed", changed(&diff.stages_changed)),
        ("admin-diff-items-changed", changed(&diff.items_changed)),
    ];
    let title: Vec<String> = diff.title.iter().map(|c| change_text(i18n, c)).collect();
    let nothing = diff.is_empty();
    rsx! {
        div { class: "diff", role: "status", "data-diff": "{diff.from}-{diff.to}",
            h4 { "{heading}" }
            if nothing {
                p { class: "empty", "{i18n.t(\"admin-diff-none\")}" }
            }
            if !title.is_empty() {
                h5 { "{i18n.t(\"admin-diff-title\")}" }
                ul { for t in title { li { "{t}" } } }
            }
            for (key, list) in lists {
                if !list.is_empty() {
                    h5 { "{i18n.t(key)}" }
                    ul { for n in list { li { "{n}" } } }
                }
            }
            for (key, list) in changes {
                if !list.is_empty() {
                    h5 { "{i18n.t(key)}" }
                    ul {
                        for (name, lines) in list {
                            li { "{name}"
                                ul { for l in lines { li { "{l}" } } }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_grouped_by_checklist_oldest_first() {
        let mut two = ms_core::builtin::shopper_customer_journey();
        two.version += 1;
        let all = [vec![two.clone()], ms_core::builtin::templates()].concat();
        let groups = by_checklist(all);
        assert_eq!(groups.len(), 2, "the citizens' and the shoppers'");
        let shopper = groups.iter().find(|(id, _)| *id == two.id).expect("shopper checklist");
        assert_eq!(shopper.1.iter().map(|t| t.version).collect::<Vec<_>>(), vec![1, 2, 3]);
    }

    #[test]
    fn every_change_reads_in_words_in_every_language() {
        let _ = crate::i18n::take_missing();
        let changes = [
            Change::Label { language: "ar".into(), from: None, to: Some("نعم".into()) },
            Change::Hint { language: "xx".into(), from: Some("a".into()), to: None },
            Change::Weight { from: 1.0, to: 2.5 },
            Change::Logic { from: None, to: Some("${a} = 'no'".into()) },
            Change::Kind { from: "yes_no".into(), to: "scale".into() },
            Change::Required { from: false, to: true },
            Change::Evidence { from: "photo".into(), to: "both".into() },
            Change::Stage { from: "arrival".into(), to: "exit".into() },
        ];
        for locale in crate::i18n::available() {
            for c in &changes {
                let words = change_text(I18n::new(locale), c);
                assert!(!words.starts_with("admin-"), "{locale}: {words}");
            }
        }
        assert_eq!(crate::i18n::take_missing(), vec![], "fell back to English");
        let en = I18n::new("en");
        assert!(change_text(en, &changes[2]).contains("2.5"), "{}", change_text(en, &changes[2]));
        assert!(change_text(en, &changes[1]).contains("xx"));
    }
}
