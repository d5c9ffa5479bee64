//! Checklists in workbooks: one uploaded and checked, its problems, the
//! checklist read previewed in any language, published; the checklists
//! published with their versions.

use super::picker::{Picked, WorkbookPicker};
use super::preview::ChecklistPreview;
use super::problems::ProblemsTable;
use super::versions::PublishedChecklists;
use super::{error_text, AdminFrame};
use crate::app::{use_i18n, Route};
use crate::state::use_app;
use dioxus::prelude::*;
use ms_client::api::authoring::ImportReport;

/// Where the uploaded workbook stands.
#[derive(Debug, Clone, PartialEq)]
enum Step {
    Idle,
    Checking,
    Checked(ImportReport),
    Publishing(ImportReport),
    Published(ImportReport),
    Refused(String),
}

#[component]
pub fn AdminChecklists() -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let sync = use_coroutine_handle::<()>();
    let mut picked = use_signal(|| None::<Picked>);
    let mut step = use_signal(|| Step::Idle);
    let mut publish_error = use_signal(|| None::<String>);
    // Bumped when a checklist is published: the list below is read again.
    let mut published = use_signal(|| 0u32);
    let check = move |file: Picked| async move {
        let Some(services) = app.services() else { return };
        publish_error.set(None);
        step.set(Step::Checking);
        let bytes = file.bytes.clone();
        picked.set(Some(file));
        step.set(match services.api.import_template(bytes, false).await {
            Ok(report) => Step::Checked(report),
            Err(e) => Step::Refused(error_text(i18n, &e)),
        });
    };
    let publish = move |report: ImportReport| async move {
        let (Some(services), Some(file)) = (app.services(), picked()) else { return };
        publish_error.set(None);
        step.set(Step::Publishing(report.clone()));
        match services.api.import_template(file.bytes, true).await {
            Ok(done) if done.published => {
                step.set(Step::Published(done));
                published += 1;
                // The device's own copy of the checklists follows.
                sync.send(());
            }
            Ok(again) => step.set(Step::Checked(again)),
            Err(e) => {
                publish_error.set(Some(error_text(i18n, &e)));
                step.set(Step::Checked(report));
            }
        }
    };
    let busy = matches!(step(), Step::Checking | Step::Publishing(_));
    let file_name = picked.read().as_ref().map(|p| p.name.clone());
    rsx! {
        AdminFrame { current: Route::AdminChecklists {},
            h1 { "{i18n.t(\"admin-checklists\")}" }
            p { class: "muted", "{i18n.t(\"admin-checklists-intro\")}" }
            section { class: "upload", "aria-labelledby": "upload-title",
                h2 { id: "upload-title", "{i18n.t(\"admin-upload-checklist\")}" }
                WorkbookPicker { i18n, id: "checklist-workbook", label: i18n.t("admin-choose-workbook"), busy,
                    onpicked: move |p| { spawn(check(p)); },
                    onfailed: move |e| step.set(Step::Refused(e)) }
                if let Some(name) = file_name {
                    p { class: "picked-file", {i18n.t_args("admin-picked-file", &[("name", name.into())])} }
                }
            }
            match step() {
                Step::Idle => rsx! {},
                Step::Checking => rsx! { div { class: "loading-state", role: "status", "aria-busy": "true", "{i18n.t(\"admin-checking\")}" } },
                Step::Refused(reason) => rsx! { p { class: "error", role: "alert", "data-import-state": "refused", "{reason}" } },
                Step::Checked(report) | Step::Publishing(report) | Step::Published(report) => {
                    let publishing = matches!(step(), Step::Publishing(_));
                    let done = matches!(step(), Step::Published(_));
                    rsx! {
                        div { class: "import-result", "data-import-state": if done { "published" } else if report.template.is_some() { "ready" } else { "errors" },
                            if let Some(t) = report.template.clone() {
                                {
                                    let title = i18n.checklist(&t, &t.title);
                                    let f = i18n.formats();
                                    let what = i18n.t_args("admin-read-checklist", &[
                                        ("title", title.into()), ("id", t.id.clone().into()),
                                        ("version", f.integer(i64::from(t.version), 1).into()),
                                    ]);
                                    rsx! {
                                        p { class: if done { "ok" } else { "notice" }, role: "status",
                                            if done { {i18n.t_args("admin-published", &[("what", what.into())])} }
                                            else { {i18n.t_args("admin-ready-to-publish", &[("what", what.into())])} }
                                        }
                                    }
                                }
                            } else {
                                p { class: "error", role: "alert", "{i18n.count(\"admin-not-publishable\", report.errors.len())}" }
                            }
                            ProblemsTable { i18n, errors: report.errors.clone(), warnings: report.warnings.clone() }
                            if let Some(t) = report.template.clone() {
                                if !done {
                                    div { class: "form-actions",
                                        button { class: "button", r#type: "button", disabled: publishing, "data-action": "publish",
                                            onclick: { let r = report.clone(); move |_| { spawn(publish(r.clone())); } },
                                            if publishing { "{i18n.t(\"admin-publishing\")}" } else { "{i18n.t(\"admin-publish\")}" }
                                        }
                                    }
                                }
                                if let Some(e) = publish_error() {
                                    p { class: "error", role: "alert", "{e}" }
                                }
                                ChecklistPreview { i18n, template: t }
                            }
                        }
                    }
                }
            }
            PublishedChecklists { i18n, refresh: published() }
        }
    }
}
