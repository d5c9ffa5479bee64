//! One checklist item: its question, the control its kind asks for, anything
//! that belongs to it (a timer), and the comment and photos it may carry.
//! Every change is saved at once by the caller.

use super::face::FaceButton;
use super::photo_input::PhotoInput;
use super::photos::PhotoThumbs;
use crate::i18n::I18n;
use dioxus::prelude::*;
use ms_core::engine::{evidence_needed, has_comment, MAX_COMMENT_CHARS};
use ms_core::template::{ChecklistTemplate, Item, ItemKind};
use std::collections::BTreeMap;

/// An item's words in the reader's language: its question, its help, its
/// options' labels, from its checklist (`I18n::checklist`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ItemWords {
    pub label: String,
    pub help: Option<String>,
    pub options: BTreeMap<String, String>,
}

impl ItemWords {
    pub fn of(template: &ChecklistTemplate, item: &Item, i18n: I18n) -> Self {
        let options = match &item.kind {
            ItemKind::SingleChoice { options } | ItemKind::MultiChoice { options } => {
                options.iter().map(|o| (o.id.clone(), i18n.checklist(template, &o.label))).collect()
            }
            _ => BTreeMap::new(),
        };
        Self {
            label: i18n.checklist(template, &item.label),
            help: item.help.as_deref().map(|h| i18n.checklist(template, h)),
            options,
        }
    }

    fn option(&self, id: &str) -> String {
        self.options.get(id).cloned().unwrap_or_else(|| id.to_owned())
    }
}
use ms_core::{Answer, AnswerValue, Face, PhotoId};

#[derive(Clone, PartialEq)]
pub enum AnswerChange {
    Value(Option<AnswerValue>),
    Comment(String),
    Photo(PhotoId),
    RemovePhoto(PhotoId),
}

/// `extras`: whether the item offers a comment and photos of its own (a
/// shopper's items do; a citizen's journey items leave them to the rating as
/// a whole, unless a failing answer asks for them). `children`: what belongs
/// inside the item's card, such as its timer.
#[component]
pub fn AnswerInput(
    item: Item,
    /// The item's words, from its checklist.
    words: ItemWords,
    answer: Answer,
    i18n: I18n,
    onchange: EventHandler<AnswerChange>,
    #[props(default = true)] extras: bool,
    children: Element,
) -> Element {
    let value = answer.value.clone();
    let needed = evidence_needed(&item, &answer);
    let (needs_photo, needs_comment) = (needed.photo, needed.comment);
    let has_comment = has_comment(&answer);
    let mut show_comment = use_signal(|| false);
    let comment_open = show_comment() || has_comment || needs_comment;
    let offers_photo = extras || needs_photo || !answer.photos.is_empty();
    let offers_comment = extras || needs_comment || has_comment;
    let label_id = format!("q-{}", item.id);
    let set = move |v: AnswerValue| onchange.call(AnswerChange::Value(Some(v)));
    rsx! {
        fieldset { class: "item", id: "item-{item.id}", "aria-labelledby": "{label_id}",
            legend { id: "{label_id}", class: "item-label",
                "{words.label}"
                if item.required { span { class: "required", " *" } }
            }
            if let Some(help) = &words.help {
                p { class: "help", "{help}" }
            }
            match item.kind.clone() {
                ItemKind::YesNo => rsx! {
                    div { class: "choices", role: "group",
                        Choice { text: i18n.t("answer-yes"), on: value == Some(AnswerValue::Yes), onpick: move |_| set(AnswerValue::Yes) }
                        Choice { text: i18n.t("answer-no"), on: value == Some(AnswerValue::No), onpick: move |_| set(AnswerValue::No) }
                        if item.allow_na {
                            Choice { text: i18n.t("answer-na"), on: value == Some(AnswerValue::NotApplicable), onpick: move |_| set(AnswerValue::NotApplicable) }
                        }
                    }
                },
                ItemKind::Scale => rsx! {
                    div { class: "choices scale", role: "group",
                        for v in 1u8..=5 {
                            Choice { text: i18n.t(&format!("scale-{v}")), on: value == Some(AnswerValue::Scale(v)), onpick: move |_| set(AnswerValue::Scale(v)) }
                        }
                        if item.allow_na {
                            Choice { text: i18n.t("answer-na"), on: value == Some(AnswerValue::NotApplicable), onpick: move |_| set(AnswerValue::NotApplicable) }
                        }
                    }
                },
                ItemKind::Face => rsx! {
                    div { class: "faces small",
                        for f in [Face::Happy, Face::Neutral, Face::Unhappy] {
                            FaceButton { face: f, selected: value == Some(AnswerValue::Face(f)), i18n, onpick: move |f| set(AnswerValue::Face(f)) }
                        }
                    }
                },
                ItemKind::Duration { target_minutes } => rsx! {
                    div { class: "duration",
                        input {
                            r#type: "number",
                            inputmode: "decimal",
                            min: "0",
                            step: "1",
                            "aria-labelledby": "{label_id}",
                            value: match &value { Some(AnswerValue::Minutes(m)) => m.to_string(), _ => String::new() },
                            oninput: move |e: FormEvent| {
                                let text = e.value();
                                let parsed = text.trim().replace(',', ".").parse::<f64>().ok().filter(|m| m.is_finite() && *m >= 0.0);
                                onchange.call(AnswerChange::Value(parsed.map(AnswerValue::Minutes)));
                            }
                        }
                        span { class: "unit", "{i18n.count(\"unit-minutes\", target_minutes as usize)}" }
                    }
                },
                ItemKind::SingleChoice { options } => rsx! {
                    div { class: "choices", role: "group",
                        for o in options {
                            Choice {
                                text: words.option(&o.id),
                                on: value == Some(AnswerValue::Choice(o.id.clone())),
                                onpick: move |_| set(AnswerValue::Choice(o.id.clone()))
                            }
                        }
                    }
                },
                ItemKind::MultiChoice { options } => {
                    let chosen: Vec<String> = match &value { Some(AnswerValue::Choices(c)) => c.clone(), _ => vec![] };
                    rsx! {
                        div { class: "choices chips", role: "group",
                            for o in options {
                                Choice {
                                    text: words.option(&o.id),
                                    on: chosen.contains(&o.id),
                                    onpick: {
                                        let chosen = chosen.clone();
                                        move |_| {
                                            let mut next = chosen.clone();
                                            if let Some(i) = next.iter().position(|c| *c == o.id) { next.remove(i); } else { next.push(o.id.clone()); }
                                            onchange.call(AnswerChange::Value((!next.is_empty()).then_some(AnswerValue::Choices(next))));
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                ItemKind::Number { .. } => rsx! {
                    input {
                        r#type: "number",
                        "aria-labelledby": "{label_id}",
                        value: match &value { Some(AnswerValue::Number(n)) => n.to_string(), _ => String::new() },
                        oninput: move |e: FormEvent| {
                            let parsed = e.value().trim().parse::<f64>().ok().filter(|n| n.is_finite());
                            onchange.call(AnswerChange::Value(parsed.map(AnswerValue::Number)));
                        }
                    }
                },
                ItemKind::Text { max_len } => rsx! {
                    input {
                        r#type: "text",
                        maxlength: "{max_len}",
                        "aria-labelledby": "{label_id}",
                        value: match &value { Some(AnswerValue::Text(t)) => t.clone(), _ => String::new() },
                        oninput: move |e: FormEvent| {
                            let t = e.value();
                            onchange.call(AnswerChange::Value((!t.is_empty()).then_some(AnswerValue::Text(t))));
                        }
                    }
                },
                ItemKind::Photo { .. } => rsx! {},
            }
            {children}
            if needs_photo {
                p { class: "needed", role: "status", "{i18n.t(\"evidence-photo-needed\")}" }
            }
            if needs_comment {
                p { class: "needed", role: "status", "{i18n.t(\"evidence-comment-needed\")}" }
            }
            if offers_comment || offers_photo {
                div { class: "item-extras",
                    if offers_comment && comment_open {
                        textarea {
                            class: "comment",
                            "aria-label": "{i18n.t(\"comment-label\")}",
                            placeholder: "{i18n.t(\"comment-placeholder\")}",
                            maxlength: "{MAX_COMMENT_CHARS}",
                            value: answer.comment.clone().unwrap_or_default(),
                            oninput: move |e: FormEvent| onchange.call(AnswerChange::Comment(e.value())),
                        }
                    } else if offers_comment {
                        button { class: "link", r#type: "button", onclick: move |_| show_comment.set(true), "{i18n.t(\"comment-add\")}" }
                    }
                    if offers_photo {
                        PhotoInput { i18n, label: i18n.t("photo-add"), onadded: move |p| onchange.call(AnswerChange::Photo(p)) }
                    }
                }
                PhotoThumbs { photos: answer.photos.clone(), i18n, onremove: move |p| onchange.call(AnswerChange::RemovePhoto(p)) }
            }
        }
    }
}

#[component]
fn Choice(text: String, on: bool, onpick: EventHandler<()>) -> Element {
    rsx! {
        button {
            class: if on { "choice on" } else { "choice" },
            r#type: "button",
            "aria-pressed": "{on}",
            onclick: move |_| onpick.call(()),
            "{text}"
        }
    }
}
