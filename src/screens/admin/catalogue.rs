//! The catalogue in a workbook: downloaded as it stands, one uploaded and
//! checked, its problems, its rows shown (entities, services, centres with
//! their coordinates and whether they are active), then applied.

use super::picker::{Picked, WorkbookPicker};
use super::problems::ProblemsTable;
use super::{error_text, AdminFrame};
use crate::app::{use_i18n, Route};
use crate::i18n::I18n;
use crate::platform;
use crate::state::use_app;
use dioxus::prelude::*;
use ms_client::api::authoring::CatalogueImport;
use ms_core::Catalogue;

#[derive(Debug, Clone, PartialEq)]
enum Step {
    Idle,
    Checking,
    Checked(CatalogueImport),
    Applying(CatalogueImport),
    Applied(CatalogueImport),
    Refused(String),
}

/// A coordinate with five decimals (about a metre), as a workbook writes it.
fn coordinate(v: f64) -> String {
    format!("{v:.5}")
}

#[component]
pub fn AdminCatalogue() -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let sync = use_coroutine_handle::<()>();
    let mut picked = use_signal(|| None::<Picked>);
    let mut step = use_signal(|| Step::Idle);
    let mut apply_error = use_signal(|| None::<String>);
    let mut saved = use_signal(|| None::<Result<String, String>>);
    let check = move |file: Picked| async move {
        let Some(services) = app.services() else { return };
        apply_error.set(None);
        step.set(Step::Checking);
        let bytes = file.bytes.clone();
        picked.set(Some(file));
        step.set(match services.api.import_catalogue(bytes, false).await {
            Ok(report) => Step::Checked(report),
            Err(e) => Step::Refused(error_text(i18n, &e)),
        });
    };
    let apply = move |report: CatalogueImport| async move {
        let (Some(services), Some(file)) = (app.services(), picked()) else { return };
        apply_error.set(None);
        step.set(Step::Applying(report.clone()));
        match services.api.import_catalogue(file.bytes, true).await {
            Ok(done) if done.applied => {
                step.set(Step::Applied(done));
                sync.send(());
            }
            Ok(again) => step.set(Step::Checked(again)),
            Err(e) => {
                apply_error.set(Some(error_text(i18n, &e)));
                step.set(Step::Checked(report));
            }
        }
    };
    let download = move |_| async move {
        let Some(services) = app.services() else { return };
        saved.set(Some(match services.api.catalogue_workbook(|_| {}).await {
            Ok(d) => platform::save_download(&d.file_name, &d.content_type, &d.bytes),
            Err(e) => Err(error_text(i18n, &e)),
        }));
    };
    let busy = matches!(step(), Step::Checking | Step::Applying(_));
    let file_name = picked.read().as_ref().map(|p| p.name.clone());
    rsx! {
        AdminFrame { current: Route::AdminCatalogue {},
            h1 { "{i18n.t(\"admin-catalogue\")}" }
            p { class: "muted", "{i18n.t(\"admin-catalogue-intro\")}" }
            section { class: "download", "aria-labelledby": "download-title",
                h2 { id: "download-title", "{i18n.t(\"admin-catalogue-current\")}" }
                button { class: "button secondary", r#type: "button", "data-action": "download-catalogue", onclick: download,
                    "{i18n.t(\"admin-download-catalogue\")}" }
                match saved() {
                    Some(Ok(place)) => rsx! { p { class: "ok", role: "status", {i18n.t_args("admin-saved", &[("place", place.into())])} } },
                    Some(Err(e)) => rsx! { p { class: "error", role: "alert", "{e}" } },
                    None => rsx! {},
                }
            }
            section { class: "upload", "aria-labelledby": "upload-title",
                h2 { id: "upload-title", "{i18n.t(\"admin-upload-catalogue\")}" }
                WorkbookPicker { i18n, id: "catalogue-workbook", label: i18n.t("admin-choose-workbook"), busy,
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
                Step::Checked(report) | Step::Applying(report) | Step::Applied(report) => {
                    let applying = matches!(step(), Step::Applying(_));
                    let done = matches!(step(), Step::Applied(_));
                    rsx! {
                        div { class: "import-result", "data-import-state": if done { "applied" } else if report.changes.is_some() { "ready" } else { "errors" },
                            if let Some(c) = report.changes.as_ref() {
                                p { class: if done { "ok" } else { "notice" }, role: "status",
                                    {
                                        let f = i18n.formats();
                                        let n = |v: usize| f.integer(v as i64, 1);
                                        i18n.t_args(if done { "admin-catalogue-applied" } else { "admin-catalogue-ready" }, &[
                                            ("entities", n(c.entities.len()).into()), ("services", n(c.services.len()).into()),
                                            ("centres", n(c.centres.len()).into()),
                                        ])
                                    }
                                }
                            } else {
                                p { class: "error", role: "alert", "{i18n.count(\"admin-not-applicable\", report.errors.len())}" }
                            }
                            ProblemsTable { i18n, errors: report.errors.clone(), warnings: report.warnings.clone() }
                            if let Some(c) = report.changes.clone() {
                                if !done {
                                    div { class: "form-actions",
                                        button { class: "button", r#type: "button", disabled: applying, "data-action": "apply",
                                            onclick: { let r = report.clone(); move |_| { spawn(apply(r.clone())); } },
                                            if applying { "{i18n.t(\"admin-applying\")}" } else { "{i18n.t(\"admin-apply\")}" }
                                        }
                                    }
                                }
                                if let Some(e) = apply_error() {
                                    p { class: "error", role: "alert", "{e}" }
                                }
                                CataloguePreview { i18n, catalogue: c }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[component]
fn CataloguePreview(i18n: I18n, catalogue: Catalogue) -> Element {
    let l = i18n.locale;
    let col = |key: &str| i18n.t(key);
    let entity = |id: &str| {
        catalogue
            .entities
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.name.get(l).to_owned())
            .unwrap_or_else(|| id.to_owned())
    };
    rsx! {
        section { class: "catalogue-preview", "aria-labelledby": "catalogue-preview-title",
            h2 { id: "catalogue-preview-title", "{i18n.t(\"admin-catalogue-rows\")}" }
            h3 { id: "entities-title", "{i18n.t(\"admin-entities\")}" }
            table { class: "planning-table catalogue-table", "aria-labelledby": "entities-title",
                thead { tr {
                    th { scope: "col", "{col(\"admin-col-id\")}" }
                    th { scope: "col", "{col(\"admin-col-name\")}" }
                } }
                tbody {
                    for e in catalogue.entities.iter() {
                        tr { key: "{e.id}", "data-entity": "{e.id}",
                            td { "data-label": "{col(\"admin-col-id\")}", bdi { "{e.id}" } }
                            td { "data-label": "{col(\"admin-col-name\")}", "{e.name.get(l)}" }
                        }
                    }
                }
            }
            h3 { id: "services-title", "{i18n.t(\"admin-services\")}" }
            table { class: "planning-table catalogue-table", "aria-labelledby": "services-title",
                thead { tr {
                    th { scope: "col", "{col(\"admin-col-id\")}" }
                    th { scope: "col", "{col(\"admin-col-entity\")}" }
                    th { scope: "col", "{col(\"admin-col-name\")}" }
                } }
                tbody {
                    for s in catalogue.services.iter() {
                        tr { key: "{s.id}", "data-service": "{s.id}",
                            td { "data-label": "{col(\"admin-col-id\")}", bdi { "{s.id}" } }
                            td { "data-label": "{col(\"admin-col-entity\")}", "{entity(&s.entity_id)}" }
                            td { "data-label": "{col(\"admin-col-name\")}", "{s.name.get(l)}" }
                        }
                    }
                }
            }
            h3 { id: "centres-title", "{i18n.t(\"admin-centres\")}" }
            table { class: "planning-table catalogue-table", "aria-labelledby": "centres-title",
                thead { tr {
                    th { scope: "col", "{col(\"admin-col-id\")}" }
                    th { scope: "col", "{col(\"admin-col-name\")}" }
                    th { scope: "col", "{col(\"admin-col-entity\")}" }
                    th { scope: "col", "{col(\"admin-col-coordinates\")}" }
                    th { scope: "col", "{col(\"admin-col-geofence\")}" }
                    th { scope: "col", "{col(\"admin-col-active\")}" }
                } }
                tbody {
                    for c in catalogue.centres.iter() {
                        tr { key: "{c.id}", "data-centre": "{c.id}", "data-active": "{c.active}",
                            td { "data-label": "{col(\"admin-col-id\")}", bdi { "{c.id}" } }
                            td { "data-label": "{col(\"admin-col-name\")}",
                                span { class: "cell-stack", span { "{c.name.get(l)}" } span { class: "detail", "{c.address.get(l)}" } } }
                            td { "data-label": "{col(\"admin-col-entity\")}", "{entity(&c.entity_id)}" }
                            td { "data-label": "{col(\"admin-col-coordinates\")}", bdi { dir: "ltr", "{coordinate(c.latitude)}, {coordinate(c.longitude)}" } }
                            td { "data-label": "{col(\"admin-col-geofence\")}",
                                {i18n.t_args("admin-metres", &[("metres", i18n.formats().integer(c.geofence_m.round() as i64, 1).into())])} }
                            td { "data-label": "{col(\"admin-col-active\")}",
                                span { class: if c.active { "active-yes" } else { "active-no" },
                                    {i18n.t(if c.active { "admin-yes" } else { "admin-no" })} } }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::coordinate;

    #[test]
    fn a_coordinate_keeps_five_decimals() {
        assert_eq!(coordinate(25.2711), "25.27110");
        assert_eq!(coordinate(-0.000004), "-0.00000");
    }
}
