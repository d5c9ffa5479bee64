//! The citizen's rating of one centre, opened from the centre's QR link
//! (`/rate/<token>`): a face, reasons when not happy, optional extras, submit.
//! Happy path: 2 taps; unhappy: 3.

use crate::app::{use_i18n, Route};
use crate::components::{
    use_save_errors, AnswerChange, AnswerInput, FaceButton, PhotoInput, ReadError, SaveAlert, SaveErrors,
};
use crate::drafts;
use crate::i18n::I18n;
use crate::state::{use_app, Services, APP_VERSION};
use dioxus::prelude::*;
use ms_client::{lock, LocalState, NewDraft, SyncState};
use ms_core::builtin::CITIZEN_QUICK_RATING;
use ms_core::{engine, AnswerValue, Evaluation, EvaluationId, Face, Role};

#[component]
pub fn Rate(token: String) -> Element {
    rsx! { CitizenRating { token, kiosk: false } }
}

#[component]
pub fn CitizenRating(token: String, kiosk: bool) -> Element {
    let mut app = use_app();
    let i18n = use_i18n();
    let mut draft = use_signal(|| None::<EvaluationId>);
    let mut submitted = use_signal(|| None::<EvaluationId>);
    let mut more = use_signal(|| false);
    let mut error = use_signal(|| None::<String>);
    let errors = use_save_errors();
    let mut version = use_signal(|| 0u64);
    let sync = use_coroutine_handle::<()>();
    // The ratings on the device, read once: a rating begun here earlier and left
    // unsent resumes where it was (not at a kiosk, where the next visitor starts afresh).
    let on_device = use_hook(move || match (kiosk, app.services()) {
        (false, Some(s)) => lock(&s.store).list().map_err(|e| e.to_string()),
        _ => Ok(Vec::new()),
    });
    let read_error = on_device.as_ref().err().cloned();
    let mut resumed = use_signal(|| false);
    let resume_token = token.clone();
    use_effect(move || {
        if kiosk || *resumed.peek() {
            return;
        }
        let Some(centre) = app.catalogue.read().centre_by_qr(&resume_token).cloned() else { return };
        resumed.set(true);
        if draft.peek().is_some() {
            return;
        }
        let earlier = on_device.as_ref().ok().and_then(|list| {
            list.iter()
                .filter(|d| d.role == Role::Citizen && d.state == LocalState::Draft && d.centre_id == centre.id)
                .max_by_key(|d| d.updated_at)
                .map(|d| d.id)
        });
        if let Some(id) = earlier {
            draft.set(Some(id));
        }
    });

    let Some(centre) = app.catalogue.read().centre_by_qr(&token).cloned() else {
        return rsx! {
            section { class: "rate",
                h1 { "{i18n.t(\"rate-unknown-centre\")}" }
                p { "{i18n.t(\"rate-unknown-centre-hint\")}" }
                Link { class: "button", to: Route::Centres {}, "{i18n.t(\"centres-title\")}" }
            }
        };
    };
    let Some(template) = app.template(CITIZEN_QUICK_RATING) else {
        return rsx! { p { class: "error", "{i18n.t(\"checklist-missing\")}" } };
    };
    let services = app.services();

    if let Some(id) = submitted() {
        return rsx! { Confirmation { id, kiosk, onagain: move |_| { submitted.set(None); draft.set(None); more.set(false); } } };
    }

    let _ = version();
    let loaded = draft().and_then(|id| services.as_ref().map(|s| lock(&s.store).load(id)));
    let (evaluation, read_error) = match loaded {
        Some(Ok(ev)) => (Some(ev), read_error),
        Some(Err(e)) => (None, Some(e.to_string())),
        None => (None, read_error),
    };
    let answers = evaluation.as_ref().map(|e| e.answers.clone()).unwrap_or_default();
    let face = answers.get("face").and_then(|a| match a.value {
        Some(AnswerValue::Face(f)) => Some(f),
        _ => None,
    });
    let missing = engine::missing(&template, &answers);
    let can_submit = face.is_some() && missing.is_empty();
    let visible = engine::visible_items(&template, &answers);

    // Saves one change, creating the draft at the first tap.
    let save = {
        let template = template.clone();
        let centre_id = centre.id.clone();
        let services = services.clone();
        move |item: String, change: AnswerChange| {
            let Some(s) = services.clone() else { return };
            let id = match draft() {
                Some(id) => id,
                None => {
                    let settings = app.settings.read().clone();
                    let new = NewDraft {
                        template: template.reference(),
                        centre_id: centre_id.clone(),
                        service_id: None,
                        role: Role::Citizen,
                        locale: settings.locale.clone(),
                        device_id: settings.device_id.clone(),
                        app_version: APP_VERSION.to_owned(),
                    };
                    let created = lock(&s.store).new_draft(&new);
                    match errors.check("rating", None, created) {
                        Some(id) => {
                            draft.set(Some(id));
                            id
                        }
                        None => return,
                    }
                }
            };
            let typed = match &change {
                AnswerChange::Comment(c) => Some(c.clone()),
                _ => None,
            };
            errors.check("rating", typed.as_deref(), drafts::apply(&s.store, id, &item, change));
            version += 1;
        }
    };
    let save_face = save.clone();
    let save_item = save.clone();

    let submit = {
        let template = template.clone();
        let services = services.clone();
        move |_| {
            let (Some(s), Some(id)) = (services.clone(), draft()) else { return };
            match lock(&s.store).complete(id, &template) {
                Ok(_) => {
                    submitted.set(Some(id));
                    sync.send(());
                }
                Err(e) => error.set(Some(submit_error(i18n, &e))),
            }
            app.refresh_outbox();
        }
    };

    let journey: Vec<_> = template.stages.iter().filter(|s| s.id != "rating").flat_map(|s| s.items.clone()).collect();
    let reasons_item = template.item("reasons").cloned();
    rsx! {
        section { class: if kiosk { "rate kiosk" } else { "rate" },
            p { class: "centre-name", bdi { "{centre.name.get(i18n.locale)}" } }
            if let Some(reason) = read_error {
                ReadError { i18n, reason }
            }
            h1 { "{i18n.t(\"citizen-face\")}" }
            div { class: "faces",
                for f in [Face::Happy, Face::Neutral, Face::Unhappy] {
                    FaceButton { face: f, selected: face == Some(f), i18n,
                        onpick: {
                            let mut save = save_face.clone();
                            move |f| save("face".to_owned(), AnswerChange::Value(Some(AnswerValue::Face(f))))
                        }
                    }
                }
            }
            if let Some(item) = reasons_item.filter(|i| visible.contains(&i.id)) {
                AnswerInput {
                    item: item.clone(),
                    answer: answers.get(&item.id).cloned().unwrap_or_default(),
                    i18n,
                    onchange: {
                        let mut save = save_item.clone();
                        move |c| save("reasons".to_owned(), c)
                    }
                }
            }
            if face.is_some() && !kiosk {
                details { class: "more", open: more(),
                    summary { onclick: move |e| { e.prevent_default(); more.toggle(); }, "{i18n.t(\"rate-more\")}" }
                    if more() {
                        for item in journey.iter().cloned() {
                            AnswerInput {
                                key: "{item.id}",
                                item: item.clone(),
                                answer: answers.get(&item.id).cloned().unwrap_or_default(),
                                i18n,
                                onchange: {
                                    let mut save = save_item.clone();
                                    let id = item.id.clone();
                                    move |c| save(id.clone(), c)
                                }
                            }
                        }
                        Extras { evaluation: evaluation.clone(), services: services.clone(), i18n, errors, onchanged: move |_| version += 1 }
                    }
                }
            }
            SaveAlert { errors, place: "rating", i18n }
            if let Some(e) = error() {
                p { class: "error", role: "alert", "{e}" }
            }
            div { class: "bottom-bar",
                button { class: "button primary big", r#type: "button", disabled: !can_submit, "data-action": "submit",
                    onclick: submit,
                    "{i18n.t(\"rate-submit\")}"
                }
            }
        }
    }
}

fn submit_error(i18n: I18n, e: &ms_client::Error) -> String {
    match e {
        ms_client::Error::Incomplete(m) => i18n.t_args("missing-item", &[("item", m.item_id.clone().into())]),
        other => other.to_string(),
    }
}

/// Comment, employee or desk, and a photo of the visit.
#[component]
fn Extras(
    evaluation: Option<Evaluation>,
    services: Option<Services>,
    i18n: I18n,
    errors: SaveErrors,
    onchanged: EventHandler<()>,
) -> Element {
    let Some(ev) = evaluation else { return rsx! {} };
    let id = ev.id;
    let (s1, s2, s3) = (services.clone(), services.clone(), services.clone());
    rsx! {
        label { class: "field",
            span { "{i18n.t(\"rate-comment\")}" }
            textarea { maxlength: "2000", value: errors.typed("comment").or(ev.comment.clone()).unwrap_or_default(),
                oninput: move |e: FormEvent| {
                    if let Some(s) = &s1 {
                        let v = e.value();
                        let saved = lock(&s.store).set_comment(id, (!v.trim().is_empty()).then_some(v.as_str()));
                        errors.check("comment", Some(&v), saved);
                        onchanged.call(());
                    }
                }
            }
        }
        SaveAlert { errors, place: "comment", i18n }
        label { class: "field",
            span { "{i18n.t(\"rate-employee\")}" }
            input { r#type: "text", maxlength: "120", value: errors.typed("employee").or(ev.employee.clone()).unwrap_or_default(),
                oninput: move |e: FormEvent| {
                    if let Some(s) = &s2 {
                        let v = e.value();
                        let saved = lock(&s.store).set_employee(id, (!v.trim().is_empty()).then_some(v.as_str()));
                        errors.check("employee", Some(&v), saved);
                        onchanged.call(());
                    }
                }
            }
        }
        SaveAlert { errors, place: "employee", i18n }
        PhotoInput { i18n, label: i18n.t("photo-add"),
            onadded: move |p| {
                if let Some(s) = &s3 {
                    let saved = lock(&s.store).add_evaluation_photo(id, &p);
                    errors.check("photo", None, saved);
                    onchanged.call(());
                }
            }
        }
        SaveAlert { errors, place: "photo", i18n }
        if !ev.photos.is_empty() {
            span { class: "photo-count", "{i18n.count(\"photo-count\", ev.photos.len())}" }
        }
    }
}

/// Thanks, and honestly whether the rating is already on the server.
#[component]
fn Confirmation(id: EvaluationId, kiosk: bool, onagain: EventHandler<()>) -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let status = app.outbox.read().iter().find(|o| o.evaluation_id == id).cloned();
    let code = status.as_ref().and_then(|s| s.last_error_code.clone());
    let (class, text) = match status.map(|s| s.state) {
        Some(SyncState::Uploaded) => ("sent", i18n.t("confirm-sent")),
        Some(SyncState::Uploading) | None => ("sending", i18n.t("confirm-sending")),
        Some(SyncState::Waiting) | Some(SyncState::Failed { permanent: false, .. }) => {
            ("saved", i18n.t("confirm-saved"))
        }
        Some(SyncState::Failed { message, .. }) => {
            let reason = i18n.server_error(code.as_deref(), &message);
            ("failed", i18n.t_args("confirm-refused", &[("reason", reason.into())]))
        }
    };
    use_future(move || async move {
        if kiosk {
            crate::platform::sleep(std::time::Duration::from_secs(5)).await;
            onagain.call(());
        }
    });
    rsx! {
        section { class: "confirmation",
            h1 { "{i18n.t(\"confirm-thanks\")}" }
            p { class: "upload-state {class}", role: "status", "data-state": class, "{text}" }
            if !kiosk {
                div { class: "bottom-bar",
                    button { class: "button secondary", r#type: "button", onclick: move |_| onagain.call(()), "{i18n.t(\"confirm-again\")}" }
                    Link { class: "button", to: Route::Outbox {}, "{i18n.t(\"outbox-title\")}" }
                }
            }
        }
    }
}
