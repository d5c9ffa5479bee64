//! How the figures become stars, as an admin sets it: the customer index's
//! weight, the minimum evaluations for stars, and the lowest percentage of
//! each number of stars. The server checks it and says which field is wrong.

use crate::i18n::I18n;
use crate::state::use_app;
use dioxus::prelude::*;
use ms_core::rating::{MAX_STARS, MIN_STARS};
use ms_core::{RatingConfig, StarBand};

/// The form's text, field by field.
#[derive(Debug, Clone, PartialEq, Default)]
struct Draft {
    weight: String,
    min_customer: String,
    min_audit: String,
    /// The lowest percentage for 7, 6, … 3 stars; empty for no such band.
    bands: Vec<String>,
}

impl Draft {
    fn of(c: &RatingConfig) -> Self {
        let bands = (MIN_STARS + 1..=MAX_STARS)
            .rev()
            .map(|stars| {
                c.bands.iter().find(|b| b.stars == stars).map(|b| b.min_percent.to_string()).unwrap_or_default()
            })
            .collect();
        Self {
            weight: (c.customer_weight * 100.0).round().to_string(),
            min_customer: c.min_customer_count.to_string(),
            min_audit: c.min_audit_count.to_string(),
            bands,
        }
    }

    /// The configuration, or the field that is not a number.
    fn config(&self) -> Result<RatingConfig, &'static str> {
        let number = |s: &str, field| s.trim().parse::<f64>().ok().filter(|v| v.is_finite()).ok_or(field);
        let whole = |s: &str, field| s.trim().parse::<u32>().map_err(|_| field);
        let mut bands = Vec::new();
        for (text, stars) in self.bands.iter().zip((MIN_STARS + 1..=MAX_STARS).rev()) {
            if !text.trim().is_empty() {
                bands.push(StarBand { min_percent: number(text, "bands")?, stars });
            }
        }
        Ok(RatingConfig {
            customer_weight: number(&self.weight, "customer_weight")? / 100.0,
            bands,
            min_customer_count: whole(&self.min_customer, "min_customer_count")?,
            min_audit_count: whole(&self.min_audit, "min_audit_count")?,
        })
    }
}

#[component]
pub fn RatingSettings(i18n: I18n, on_saved: EventHandler<()>) -> Element {
    let app = use_app();
    let mut draft = use_signal(Draft::default);
    let mut message = use_signal(|| None::<(bool, String)>);
    let _load = use_resource(move || async move {
        let Some(services) = app.services() else { return };
        if let Ok(c) = services.api.rating_config().await {
            draft.set(Draft::of(&c));
        }
    });
    let save = move |_| async move {
        let Some(services) = app.services() else { return };
        let config = match draft.read().config() {
            Ok(c) => c,
            Err(field) => {
                message.set(Some((
                    false,
                    i18n.t_args(
                        "stats-settings-not-number",
                        &[("field", i18n.t(&format!("stats-settings-{}", field.replace('_', "-"))).into())],
                    ),
                )));
                return;
            }
        };
        match services.api.set_rating_config(&config).await {
            Ok(c) => {
                draft.set(Draft::of(&c));
                message.set(Some((true, i18n.t("stats-settings-saved"))));
                on_saved.call(());
            }
            Err(e) => message.set(Some((false, i18n.server_error(Some(e.code()), &e.to_string())))),
        }
    };
    let d = draft();
    let f = i18n.formats();
    rsx! {
        details { class: "rating-settings",
            summary { "{i18n.t(\"stats-settings\")}" }
            div { class: "settings-grid",
                label { class: "field",
                    span { "{i18n.t(\"stats-settings-customer-weight\")}" }
                    input { r#type: "number", min: "0", max: "100", step: "1", name: "customer_weight", value: "{d.weight}",
                        oninput: move |e| draft.write().weight = e.value() }
                }
                label { class: "field",
                    span { "{i18n.t(\"stats-settings-min-customer-count\")}" }
                    input { r#type: "number", min: "1", max: "1000", step: "1", name: "min_customer_count", value: "{d.min_customer}",
                        oninput: move |e| draft.write().min_customer = e.value() }
                }
                label { class: "field",
                    span { "{i18n.t(\"stats-settings-min-audit-count\")}" }
                    input { r#type: "number", min: "1", max: "1000", step: "1", name: "min_audit_count", value: "{d.min_audit}",
                        oninput: move |e| draft.write().min_audit = e.value() }
                }
                for (i, stars) in (MIN_STARS + 1..=MAX_STARS).rev().enumerate() {
                    label { class: "field",
                        span { {i18n.t_args("stats-settings-band", &[("stars", f.integer(i64::from(stars), 1).into())])} }
                        input { r#type: "number", min: "0", max: "100", step: "0.1", name: "band-{stars}",
                            value: "{d.bands.get(i).cloned().unwrap_or_default()}",
                            oninput: move |e| { let mut w = draft.write(); if let Some(b) = w.bands.get_mut(i) { *b = e.value(); } } }
                    }
                }
            }
            button { class: "button primary", r#type: "button", "data-action": "save-rating", onclick: save, "{i18n.t(\"stats-settings-save\")}" }
            if let Some((ok, text)) = message() {
                p { class: if ok { "ok" } else { "error" }, role: if ok { "status" } else { "alert" }, "{text}" }
            }
        }
    }
}
