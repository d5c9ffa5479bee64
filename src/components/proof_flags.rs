//! An evaluation's proof-of-visit flags in words, each marked with a sign as
//! well as colour.

use crate::i18n::I18n;
use dioxus::prelude::*;
use ms_core::proof::VisitFlag;

pub fn flag_text(i18n: I18n, flag: VisitFlag) -> String {
    i18n.t(&format!("proof-flag-{}", flag.as_str().replace('_', "-")))
}

#[component]
pub fn ProofFlags(flags: Vec<VisitFlag>, i18n: I18n) -> Element {
    rsx! {
        if !flags.is_empty() {
            ul { class: "proof-flags",
                for f in flags {
                    li { class: "proof-flag", "data-flag": f.as_str(),
                        span { "aria-hidden": "true", "⚠ " }
                        "{flag_text(i18n, f)}"
                    }
                }
            }
        }
    }
}
