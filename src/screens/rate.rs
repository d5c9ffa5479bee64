//! The citizen's rating of one centre, opened from the centre's QR link
//! (`/rate/<token>`, or `/rate/<token>?counter=Desk%203` from a counter's own
//! poster, whose label the rating keeps): a face, reasons when not happy,
//! optional extras, submit. Happy path: 2 taps; unhappy: 3.

use crate::app::{use_i18n, Route};
use crate::components::{
    AnswerChange, AnswerInput, FaceButton, ItemWords, OverallFields, PhotoInput, PhotoThumbs, ReadError, SaveAlert,
};
use crate::drafts::{use_open_draft, DraftView, OpenDraft, Unreadable};
use crate::i18n::I18n;
use crate::state::{use_app, CatalogueState, Connection};
use dioxus::prelude::*;
use ms_client::{LocalState, SyncState};
use ms_core::{engine, AnswerValue, Centre, EvaluationId, Face, Role};

#[component]
pub fn Rate(token: String, counter: Option<String>) -> Element {
    let counter = counter.as_deref().and_then(ms_core::counter::counter_from_link);
    rsx! { CitizenRating { token, kiosk: false, counter } }
}

/// `counter`: the label of the counter the link named, already normalised.
#[component]
pub fn CitizenRating(token: String, kiosk: bool, #[props(default)] counter: Option<String>) -> Element {
    let app = use_app();
    let centre = app.catalogue.read().centre_by_qr(&token).cloned();
    // Drawn again from the store once the app has taken the server's page over.
    let takeovers = (app.page_takeovers)();
    match centre {
        // A keyed list of one, so that a new key makes a new screen (with its state).
        Some(centre) => rsx! {
            for generation in [takeovers] {
                RatingOf { key: "{centre.id}-{generation}", centre: centre.clone(), kiosk, counter: counter.clone() }
            }
        },
        None => rsx! { CentreNotShown {} },
    }
}

/// The link names no centre the device knows: still loading, not downloaded
/// yet, or really not in the list.
#[component]
fn CentreNotShown() -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let catalogue = (app.catalogue_state)();
    let offline = (app.connection)() == Connection::Offline;
    let (state, title, hint) = match catalogue {
        CatalogueState::Loading => ("loading", "rate-loading-centre", None),
        CatalogueState::Unavailable => ("unavailable", "rate-unknown-centre", Some("rate-catalogue-unavailable")),
        // A kept copy may predate the centre: offline, the fresh list is the way to find it.
        CatalogueState::Kept if offline => ("unknown", "rate-unknown-centre", Some("rate-catalogue-unavailable")),
        CatalogueState::Kept | CatalogueState::Fresh => {
            ("unknown", "rate-unknown-centre", Some("rate-unknown-centre-hint"))
        }
    };
    if state == "loading" {
        return rsx! {
            section { class: "rate loading-state", "data-centre-state": state, "aria-busy": "true",
                p { role: "status", "{i18n.t(title)}" }
            }
        };
    }
    rsx! {
        section { class: "rate", "data-centre-state": state,
            h1 { "{i18n.t(title)}" }
            if let Some(hint) = hint { p { "{i18n.t(hint)}" } }
            Link { class: "button", to: Route::Centres {}, "{i18n.t(\"centres-title\")}" }
        }
    }
}

/// The rating itself, once the centre is known.
#[component]
fn RatingOf(centre: Centre, kiosk: bool, counter: Option<String>) -> Element {
    let app = use_app();
    let i18n = use_i18n();
    // A rating begun here earlier and left unsent resumes where it was (not
    // at a kiosk, where the next visitor starts afresh).
    let earlier = use_hook(|| {
        let local = app.lists.local();
        let local = local.peek();
        let list = local.as_ref().ok().filter(|_| !kiosk)?;
        list.iter()
            .filter(|d| d.role == Role::Citizen && d.state == LocalState::Draft && d.centre_id == centre.id)
            .max_by_key(|d| d.updated_at)
            .map(|d| d.id)
    });
    let draft = use_open_draft(app, earlier);
    // A face tapped before a new device's store exists is shown at once and
    // saved the moment the store is there.
    let tapped = use_signal(|| None::<Face>);
    // The page's thanks, when it showed them as the app took it over.
    let mut submitted = use_signal(|| app.page_thanks());
    let mut more = use_signal(|| false);
    let sync = use_coroutine_handle::<()>();

    let Some(template) = crate::drafts::template_for(&app, Role::Citizen) else {
        return rsx! { p { class: "error", "{i18n.t(\"checklist-missing\")}" } };
    };
    if let Some(id) = submitted() {
        let again = move |_| {
            let mut thanks = app.page_thanks;
            if thanks.peek().is_some() {
                thanks.set(None);
            }
            submitted.set(None);
            more.set(false);
            let (mut ids, mut view) = (draft.id, draft.view);
            ids.set(None);
            view.set(None);
        };
        return rsx! { Confirmation { id, kiosk, onagain: again } };
    }

    let (view, read_error) = match draft.view.read().clone() {
        Some(Ok(v)) => (Some(v), None),
        Some(Err(Unreadable::Failed(reason))) => (None, Some(reason)),
        Some(Err(Unreadable::NotFound)) | None => (None, None),
    };
    let read_error = read_error.or_else(|| app.lists.local().read().as_ref().err().cloned());
    let answers = view.as_ref().map(|v| v.evaluation.answers.clone()).unwrap_or_default();
    let face = answers.get("face").and_then(|a| match a.value {
        Some(AnswerValue::Face(f)) => Some(f),
        _ => None,
    });
    let missing = engine::missing(&template, &answers);
    let can_submit = face.is_some() && missing.is_empty();
    let visible = engine::visible_items(&template, &answers);

    // The first tap starts the draft; every change is saved at once. On a
    // new device the faces may be drawn before its store exists: a tap then
    // is saved the moment the store is there.
    let centre_id = centre.id.clone();
    // The link's counter goes with the rating (a rating resumed from another
    // counter's link takes this one's); a link without one changes nothing.
    let save_now = move |item: String, change: AnswerChange| {
        if draft.ensure("rating", Role::Citizen, &centre_id, None).is_some() {
            let kept =
                draft.view.peek().as_ref().and_then(|v| v.as_ref().ok()).and_then(|v| v.evaluation.counter.clone());
            if counter.is_some() && kept != counter {
                draft.save("rating", None, |store, id| store.set_counter(id, counter.as_deref()));
            }
            draft.change(&item, change);
        }
    };
    let save = move |item: String, change: AnswerChange| {
        let save_now = save_now.clone();
        let mut tapped = tapped;
        if app.store_opening() {
            if let AnswerChange::Value(Some(AnswerValue::Face(f))) = change {
                tapped.set(Some(f));
            }
            app.want_store();
            spawn(async move {
                app.store_opened().await;
                save_now(item, change);
                tapped.set(None);
            });
        } else {
            save_now(item, change);
        }
    };
    let submit = {
        let template = template.clone();
        move |_| {
            if let Some(id) = draft.save("submit", None, |store, id| store.complete(id, &template).map(|_| id)) {
                submitted.set(Some(id));
                sync.send(());
            }
        }
    };

    let journey: Vec<_> = template.stages.iter().filter(|s| s.id != "rating").flat_map(|s| s.items.clone()).collect();
    let reasons_item = template.item("reasons").cloned();
    let errors = draft.errors;
    rsx! {
        section { class: if kiosk { "rate kiosk" } else { "rate" },
            p { class: "centre-name", bdi { "{centre.name.get(i18n.locale)}" } }
            if let Some(reason) = read_error {
                ReadError { i18n, reason }
            }
            h1 { "{i18n.t(\"citizen-face\")}" }
            div { class: "faces",
                for f in [Face::Happy, Face::Neutral, Face::Unhappy] {
                    FaceButton { face: f, selected: face.or(tapped()) == Some(f), i18n,
                        onpick: {
                            let save = save.clone();
                            move |f| save("face".to_owned(), AnswerChange::Value(Some(AnswerValue::Face(f))))
                        }
                    }
                }
            }
            if let Some(item) = reasons_item.filter(|i| visible.contains(i.id.as_str())) {
                AnswerInput {
                    words: ItemWords::of(&template, &item, i18n),
                    item: item.clone(),
                    answer: answers.get(&item.id).cloned().unwrap_or_default(),
                    i18n,
                    extras: false,
                    onchange: {
                        let save = save.clone();
                        move |c| save("reasons".to_owned(), c)
                    }
                }
            }
            SaveAlert { errors, place: "item-face", i18n }
            SaveAlert { errors, place: "item-reasons", i18n }
            if face.is_some() && !kiosk {
                details { class: "more", open: more(),
                    summary { onclick: move |e| { e.prevent_default(); more.toggle(); }, "{i18n.t(\"rate-more\")}" }
                    if more() {
                        for item in journey.iter().cloned() {
                            AnswerInput {
                                key: "{item.id}",
                                words: ItemWords::of(&template, &item, i18n),
                                item: item.clone(),
                                answer: answers.get(&item.id).cloned().unwrap_or_default(),
                                i18n,
                                extras: false,
                                onchange: {
                                    let save = save.clone();
                                    let id = item.id.clone();
                                    move |c| save(id.clone(), c)
                                }
                            }
                            SaveAlert { errors, place: format!("item-{}", item.id), i18n }
                        }
                        if let Some(view) = view.clone() {
                            Extras { view, draft, i18n }
                        }
                    }
                }
            }
            SaveAlert { errors, place: "rating", i18n }
            SaveAlert { errors, place: "submit", i18n }
            div { class: "bottom-bar",
                button { class: "button primary big", r#type: "button", disabled: !can_submit, "data-action": "submit",
                    onclick: submit,
                    "{i18n.t(\"rate-submit\")}"
                }
            }
        }
    }
}

/// The one place for the employee or desk, a comment, and photos of the visit.
#[component]
fn Extras(view: DraftView, draft: OpenDraft, i18n: I18n) -> Element {
    let ev = view.evaluation;
    let errors = draft.errors;
    rsx! {
        OverallFields { draft, i18n, employee_label: i18n.t("rate-employee"), comment_label: i18n.t("rate-comment"),
            employee: ev.employee.clone(), comment: ev.comment.clone() }
        PhotoInput { i18n, label: i18n.t("photo-add"),
            onadded: move |p| { draft.save("photo", None, |store, id| store.add_evaluation_photo(id, &p)); }
        }
        PhotoThumbs { photos: ev.photos.clone(), i18n,
            onremove: move |p| { draft.save("photo", None, |store, id| store.remove_evaluation_photo(id, &p)); }
        }
        SaveAlert { errors, place: "photo", i18n }
    }
}

/// Thanks, and honestly whether the rating is already on the server.
#[component]
fn Confirmation(id: EvaluationId, kiosk: bool, onagain: EventHandler<()>) -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let status = app.lists.outbox().read().iter().find(|o| o.evaluation_id == id).cloned();
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
            crate::platform::sleep(std::time::Duration::from_millis(ms_core::accounts::KIOSK_THANKS_MS)).await;
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

#[cfg(test)]
mod tests {
    use crate::app::Route;
    use std::str::FromStr;

    fn counter_of(link: &str) -> Option<String> {
        match Route::from_str(link) {
            Ok(Route::Rate { counter, .. }) => counter.as_deref().and_then(ms_core::counter::counter_from_link),
            other => panic!("{link} is not a rating link: {other:?}"),
        }
    }

    #[test]
    fn a_posters_link_names_its_counter_and_an_old_link_none() {
        assert_eq!(counter_of("/rate/cd-al-barsha-qr?counter=Desk%203").as_deref(), Some("Desk 3"));
        assert_eq!(
            counter_of("/rate/cd-al-barsha-qr?counter=%D9%85%D9%83%D8%AA%D8%A8%20%D9%A3").as_deref(),
            Some("مكتب ٣")
        );
        assert_eq!(counter_of("/rate/cd-al-barsha-qr?counter=%20%20"), None);
        assert_eq!(counter_of("/rate/cd-al-barsha-qr?counter="), None);
        assert_eq!(counter_of("/rate/cd-al-barsha-qr"), None);
        assert!(
            matches!(Route::from_str("/rate/cd-al-barsha-qr"), Ok(Route::Rate { token, .. }) if token == "cd-al-barsha-qr")
        );
        let link = Route::Rate { token: "cd-al-barsha-qr".into(), counter: Some("Desk 3".into()) }.to_string();
        assert_eq!(link, "/rate/cd-al-barsha-qr?counter=Desk%203");
    }
}
