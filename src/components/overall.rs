//! The fields about a visit as a whole, the same on a citizen's rating and a
//! shopper's summary: the employee's name or desk, and a comment.

use crate::components::SaveAlert;
use crate::drafts::OpenDraft;
use crate::i18n::I18n;
use dioxus::prelude::*;
use ms_core::engine::{MAX_COMMENT_CHARS, MAX_NAME_CHARS};

#[component]
pub fn OverallFields(
    draft: OpenDraft,
    i18n: I18n,
    employee_label: String,
    comment_label: String,
    employee: Option<String>,
    comment: Option<String>,
) -> Element {
    let errors = draft.errors;
    rsx! {
        label { class: "field",
            span { "{employee_label}" }
            input { r#type: "text", maxlength: "{MAX_NAME_CHARS}", value: errors.typed("employee").or(employee).unwrap_or_default(),
                oninput: move |e: FormEvent| {
                    let v = e.value();
                    draft.save("employee", Some(&v), |store, id| store.set_employee(id, (!v.trim().is_empty()).then_some(v.as_str())));
                }
            }
        }
        SaveAlert { errors, place: "employee", i18n }
        label { class: "field",
            span { "{comment_label}" }
            textarea { maxlength: "{MAX_COMMENT_CHARS}", value: errors.typed("comment").or(comment).unwrap_or_default(),
                oninput: move |e: FormEvent| {
                    let v = e.value();
                    draft.save("comment", Some(&v), |store, id| store.set_comment(id, (!v.trim().is_empty()).then_some(v.as_str())));
                }
            }
        }
        SaveAlert { errors, place: "comment", i18n }
    }
}
