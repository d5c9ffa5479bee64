//! Choosing a workbook: a file picker, and on desktop and in the browser a
//! place to drop the file on. The file's bytes are read here and handed on.

use crate::i18n::I18n;
use dioxus::html::HasFileData;
use dioxus::prelude::*;

/// A file chosen: its name and its bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct Picked {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// What the file input accepts: `.xlsx` workbooks.
const ACCEPT: &str = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

#[component]
pub fn WorkbookPicker(
    i18n: I18n,
    /// Names the input (one per screen).
    id: String,
    label: String,
    busy: bool,
    onpicked: EventHandler<Picked>,
    onfailed: EventHandler<String>,
) -> Element {
    let mut over = use_signal(|| false);
    let from_input = move |evt: FormEvent| async move {
        // Only the first file: one workbook at a time.
        if let Some(file) = evt.files().into_iter().next() {
            let name = file.name();
            match file.read_bytes().await {
                Ok(bytes) => onpicked.call(Picked { name, bytes: bytes.to_vec() }),
                Err(e) => onfailed.call(i18n.t_args("admin-file-unreadable", &[("reason", e.to_string().into())])),
            }
        }
    };
    let from_drop = move |evt: DragEvent| async move {
        evt.prevent_default();
        over.set(false);
        if let Some(file) = evt.files().into_iter().next() {
            let name = file.name();
            match file.read_bytes().await {
                Ok(bytes) => onpicked.call(Picked { name, bytes: bytes.to_vec() }),
                Err(e) => onfailed.call(i18n.t_args("admin-file-unreadable", &[("reason", e.to_string().into())])),
            }
        }
    };
    let droppable = !cfg!(any(target_os = "android", target_os = "ios"));
    rsx! {
        div { class: if over() { "workbook-picker over" } else { "workbook-picker" },
            ondragover: move |evt: DragEvent| { evt.prevent_default(); over.set(true); },
            ondragleave: move |_| over.set(false),
            ondrop: from_drop,
            label { class: "button", r#for: "{id}", "aria-disabled": "{busy}",
                if busy { "{i18n.t(\"admin-reading\")}" } else { "{label}" }
            }
            input { id: "{id}", class: "visually-hidden", r#type: "file", accept: ACCEPT, disabled: busy,
                "aria-label": "{label}", onchange: from_input }
            if droppable {
                span { class: "drop-hint", "{i18n.t(\"admin-drop-here\")}" }
            }
        }
    }
}
