//! The end of a visit: what is still missing (tap to go there), the score by
//! stage, the employee or desk and an overall comment, then submit.

use super::visit::load_visit;
use crate::app::{use_i18n, Route};
use crate::components::{use_save_errors, SaveAlert};
use crate::state::use_app;
use dioxus::prelude::*;
use ms_client::{lock, LocalState};
use ms_core::{engine, scoring, MissingKind};

#[component]
pub fn Summary(id: String) -> Element {
    let mut app = use_app();
    let i18n = use_i18n();
    let nav = use_navigator();
    let mut version = use_signal(|| 0u64);
    let mut error = use_signal(|| None::<String>);
    let errors = use_save_errors();
    let sync = use_coroutine_handle::<()>();
    let _ = version();
    let (ev, state, template) = match load_visit(&app, &id) {
        Ok(v) => v,
        Err(why) => return why.view(i18n),
    };
    if state != LocalState::Draft {
        return rsx! { section { h1 { "{i18n.t(\"visit-submitted\")}" } Link { class: "button", to: Route::Outbox {}, "{i18n.t(\"outbox-title\")}" } } };
    }
    let Some(services) = app.services() else { return rsx! {} };
    let eid = ev.id;
    let missing = engine::missing(&template, &ev.answers);
    let score = scoring::score(&template, &ev.answers);
    let (s1, s2, s3) = (services.clone(), services.clone(), services.clone());
    let submit_template = template.clone();
    rsx! {
        section { class: "summary",
            h1 { "{i18n.t(\"summary-title\")}" }
            if missing.is_empty() {
                p { class: "ok", role: "status", "{i18n.t(\"summary-complete\")}" }
            } else {
                h2 { "{i18n.count(\"summary-missing\", missing.len())}" }
                ul { class: "list missing",
                    for m in missing.clone() {
                        li {
                            button { class: "card-link", r#type: "button",
                                onclick: {
                                    let s = services.clone();
                                    let m = m.clone();
                                    move |_| {
                                        let moved = lock(&s.store).set_current_stage(eid, Some(&m.stage_id));
                                        if errors.check("missing", None, moved).is_some() {
                                            app.focus_item.set(Some(m.item_id.clone()));
                                            nav.push(Route::Visit { id: eid.to_string() });
                                        }
                                    }
                                },
                                span { class: "name", "{template.item(&m.item_id).map(|i| i18n.t(&i.label)).unwrap_or_default()}" }
                                span { class: "sub",
                                    "{template.stages.iter().find(|s| s.id == m.stage_id).map(|s| i18n.t(&s.title)).unwrap_or_default()} · "
                                    {match m.kind { MissingKind::Answer => i18n.t("missing-answer"), MissingKind::Photo => i18n.t("missing-photo"), MissingKind::Comment => i18n.t("missing-comment") }}
                                }
                            }
                        }
                    }
                }
                SaveAlert { errors, place: "missing", i18n }
            }
            h2 { "{i18n.t(\"summary-score\")}" }
            table { class: "scores",
                thead { tr { th { scope: "col", "{i18n.t(\"summary-stage\")}" } th { scope: "col", "{i18n.t(\"summary-percent\")}" } } }
                tbody {
                    for st in score.stages.iter() {
                        tr {
                            th { scope: "row", "{template.stages.iter().find(|s| s.id == st.stage_id).map(|s| i18n.t(&s.title)).unwrap_or_default()}" }
                            td { {st.percent.map(|p| format!("{p:.0}%")).unwrap_or_else(|| "—".into())} }
                        }
                    }
                }
                tfoot { tr { th { scope: "row", "{i18n.t(\"summary-overall\")}" } td { {score.percent.map(|p| format!("{p:.0}%")).unwrap_or_else(|| "—".into())} } } }
            }
            label { class: "field",
                span { "{i18n.t(\"summary-employee\")}" }
                input { r#type: "text", maxlength: "120", value: errors.typed("employee").or(ev.employee.clone()).unwrap_or_default(),
                    oninput: move |e: FormEvent| {
                        let v = e.value();
                        let saved = lock(&s1.store).set_employee(eid, (!v.trim().is_empty()).then_some(v.as_str()));
                        errors.check("employee", Some(&v), saved);
                    }
                }
            }
            SaveAlert { errors, place: "employee", i18n }
            label { class: "field",
                span { "{i18n.t(\"summary-comment\")}" }
                textarea { maxlength: "2000", value: errors.typed("comment").or(ev.comment.clone()).unwrap_or_default(),
                    oninput: move |e: FormEvent| {
                        let v = e.value();
                        let saved = lock(&s2.store).set_comment(eid, (!v.trim().is_empty()).then_some(v.as_str()));
                        errors.check("comment", Some(&v), saved);
                    }
                }
            }
            SaveAlert { errors, place: "comment", i18n }
            if let Some(e) = error() { p { class: "error", role: "alert", "{e}" } }
            div { class: "bottom-bar",
                Link { class: "button secondary", to: Route::Visit { id: eid.to_string() }, "{i18n.t(\"previous\")}" }
                button { class: "button primary big", r#type: "button", disabled: !missing.is_empty(), "data-action": "submit",
                    onclick: move |_| {
                        let mut store = lock(&s3.store);
                        let done = store.set_visit_ended(eid, Some(chrono::Utc::now())).and_then(|_| store.complete(eid, &submit_template));
                        drop(store);
                        match done {
                            Ok(_) => { app.refresh_outbox(); sync.send(()); nav.push(Route::Outbox {}); }
                            Err(e) => { error.set(Some(e.to_string())); version += 1; }
                        }
                    },
                    "{i18n.t(\"summary-submit\")}"
                }
            }
        }
    }
}
