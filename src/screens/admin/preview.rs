//! A checklist read from a workbook, before it is published, as a shopper
//! or a citizen will see it: its stages and items in the language chosen
//! here (right to left in Arabic and Urdu), answers taken but kept nowhere.

use crate::components::{AnswerChange, AnswerInput, ItemWords};
use crate::i18n::{self, I18n};
use dioxus::prelude::*;
use ms_core::template::ChecklistTemplate;
use ms_core::{engine, Answer};
use std::collections::BTreeMap;

/// Answers given in the preview, kept only while it is shown.
fn answered(mut answers: BTreeMap<String, Answer>, item: &str, change: AnswerChange) -> BTreeMap<String, Answer> {
    let answer = answers.entry(item.to_owned()).or_default();
    match change {
        AnswerChange::Value(v) => answer.value = v,
        AnswerChange::Comment(c) => answer.comment = Some(c).filter(|c| !c.is_empty()),
        // Photos would be kept in the device's store: the preview takes none.
        AnswerChange::Photo(_) | AnswerChange::RemovePhoto(_) => {}
    }
    answers
}

#[component]
pub fn ChecklistPreview(i18n: I18n, template: ChecklistTemplate) -> Element {
    let mut locale = use_signal(|| i18n.locale.to_owned());
    let mut answers = use_signal(BTreeMap::<String, Answer>::new);
    let shown = I18n::new(&locale());
    let current = answers();
    let visible = engine::visible_items(&template, &current);
    let audience = i18n.t(if template.audience == ms_core::Role::Citizen {
        "admin-audience-citizen"
    } else {
        "admin-audience-shopper"
    });
    rsx! {
        section { class: "checklist-preview", "aria-labelledby": "preview-title",
            div { class: "preview-head",
                h2 { id: "preview-title", "{i18n.t(\"admin-preview\")}" }
                div { class: "field inline",
                    label { r#for: "preview-language", "{i18n.t(\"admin-preview-language\")}" }
                    select { id: "preview-language", value: "{locale}",
                        onchange: move |e| locale.set(i18n::known(&e.value()).to_owned()),
                        for l in i18n::available() {
                            option { value: "{l}", selected: l == locale(), lang: "{l}", "{i18n::language_name(l)}" }
                        }
                    }
                }
            }
            p { class: "muted", {i18n.t_args("admin-preview-note", &[("audience", audience.into())])} }
            div { class: "preview-frame", lang: "{shown.locale}", dir: "{shown.dir()}", "data-preview-locale": "{shown.locale}",
                h3 { class: "preview-title", "{shown.checklist(&template, &template.title)}" }
                for stage in template.stages.iter() {
                    section { key: "{stage.id}", class: "preview-stage", "data-stage": "{stage.id}",
                        h4 { class: "stage-title", "{shown.checklist(&template, &stage.title)}" }
                        for item in stage.items.iter().filter(|i| visible.contains(i.id.as_str())).cloned() {
                            div { key: "{item.id}", class: "item-block",
                                AnswerInput {
                                    words: ItemWords::of(&template, &item, shown),
                                    item: item.clone(),
                                    answer: current.get(&item.id).cloned().unwrap_or_default(),
                                    i18n: shown,
                                    extras: false,
                                    onchange: {
                                        let id = item.id.clone();
                                        move |c: AnswerChange| {
                                            let next = answered(answers(), &id, c);
                                            answers.set(next);
                                        }
                                    },
                                }
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
    use ms_core::AnswerValue;

    #[test]
    fn an_answer_in_the_preview_is_kept_and_taken_back() {
        let answers = answered(BTreeMap::new(), "parking", AnswerChange::Value(Some(AnswerValue::No)));
        assert_eq!(answers["parking"].value, Some(AnswerValue::No));
        let answers = answered(answers, "parking", AnswerChange::Comment("full".into()));
        assert_eq!(answers["parking"].comment.as_deref(), Some("full"));
        let answers = answered(answers, "parking", AnswerChange::Value(None));
        assert_eq!(answers["parking"].value, None);
        let answers = answered(answers, "parking", AnswerChange::Comment(String::new()));
        assert_eq!(answers["parking"].comment, None);
    }
}
