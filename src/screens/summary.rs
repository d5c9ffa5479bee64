//! The end of a visit: what is still missing (tap to go there), the score by
//! stage, the employee or desk and an overall comment, then submit.

use super::visit::{use_focus_item, use_visit};
use crate::app::{use_i18n, Route};
use crate::components::{OverallFields, SaveAlert};
use dioxus::prelude::*;
use ms_client::LocalState;
use ms_core::{engine, scoring, MissingKind};

#[component]
pub fn Summary(id: String) -> Element {
    // Another visit's summary is another screen: it opens that visit afresh.
    rsx! { SummaryOf { key: "{id}", id: id.clone() } }
}

#[component]
fn SummaryOf(id: String) -> Element {
    let i18n = use_i18n();
    let nav = use_navigator();
    let sync = use_coroutine_handle::<()>();
    let mut focus_item = use_focus_item();
    let (draft, view, template) = match use_visit(&id) {
        Ok(v) => v,
        Err(why) => return why.view(i18n),
    };
    let errors = draft.errors;
    let ev = view.evaluation;
    if view.state != LocalState::Draft {
        return rsx! { section { h1 { "{i18n.t(\"visit-submitted\")}" } Link { class: "button", to: Route::Outbox {}, "{i18n.t(\"outbox-title\")}" } } };
    }
    let eid = ev.id;
    let missing = engine::missing(&template, &ev.answers);
    let score = scoring::score(&template, &ev.answers);
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
                                    let m = m.clone();
                                    move |_| {
                                        let moved = draft.save("missing", None, |store, id| store.set_current_stage(id, Some(&m.stage_id)));
                                        if moved.is_some() {
                                            focus_item.set(Some(m.item_id.clone()));
                                            nav.push(Route::Visit { id: eid.to_string() });
                                        }
                                    }
                                },
                                span { class: "name", "{template.item(&m.item_id).map(|i| i18n.checklist(&template, &i.label)).unwrap_or_default()}" }
                                span { class: "sub",
                                    "{template.stages.iter().find(|s| s.id == m.stage_id).map(|s| i18n.checklist(&template, &s.title)).unwrap_or_default()} · "
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
                            th { scope: "row", "{template.stages.iter().find(|s| s.id == st.stage_id).map(|s| i18n.checklist(&template, &s.title)).unwrap_or_default()}" }
                            td { {st.percent.map(|p| i18n.formats().percent(p)).unwrap_or_else(|| "—".into())} }
                        }
                    }
                }
                tfoot { tr { th { scope: "row", "{i18n.t(\"summary-overall\")}" } td { {score.percent.map(|p| i18n.formats().percent(p)).unwrap_or_else(|| "—".into())} } } }
            }
            OverallFields { draft, i18n, employee_label: i18n.t("summary-employee"), comment_label: i18n.t("summary-comment"),
                employee: ev.employee.clone(), comment: ev.comment.clone() }
            SaveAlert { errors, place: "submit", i18n }
            div { class: "bottom-bar",
                Link { class: "button secondary", to: Route::Visit { id: eid.to_string() }, "{i18n.t(\"previous\")}" }
                button { class: "button primary big", r#type: "button", disabled: !missing.is_empty(), "data-action": "submit",
                    onclick: move |_| {
                        let done = draft.save("submit", None, |store, id| {
                            store.set_visit_ended(id, Some(chrono::Utc::now()))?;
                            store.complete(id, &submit_template)
                        });
                        if done.is_some() {
                            sync.send(());
                            nav.push(Route::Outbox {});
                        }
                    },
                    "{i18n.t(\"summary-submit\")}"
                }
            }
        }
    }
}
