//! The photos attached to an answer or a visit, as thumbnails the person can
//! see and remove. Each picture is read from the store once, outside drawing.

use crate::i18n::I18n;
use crate::state::use_app;
use base64::Engine;
use dioxus::prelude::*;
use ms_core::PhotoId;

#[component]
pub fn PhotoThumbs(photos: Vec<PhotoId>, i18n: I18n, onremove: EventHandler<PhotoId>) -> Element {
    if photos.is_empty() {
        return rsx! {};
    }
    rsx! {
        ul { class: "thumbs",
            for (n, photo) in photos.into_iter().enumerate() {
                PhotoThumb { key: "{photo}", photo: photo.clone(), number: n + 1, i18n, onremove }
            }
        }
    }
}

#[component]
fn PhotoThumb(photo: PhotoId, number: usize, i18n: I18n, onremove: EventHandler<PhotoId>) -> Element {
    let app = use_app();
    let id = photo.clone();
    let src = use_resource(move || {
        let id = id.clone();
        async move {
            let bytes = app.read(|store| store.read_photo(&id))?.ok()?;
            Some(format!("data:image/jpeg;base64,{}", base64::engine::general_purpose::STANDARD.encode(bytes)))
        }
    });
    let alt = i18n.t_args("photo-thumbnail", &[("number", number.into())]);
    let remove = i18n.t("photo-remove");
    rsx! {
        li { class: "thumb", "data-photo": "{photo}",
            match src.read().clone().flatten() {
                Some(src) => rsx! { img { src, alt: "{alt}" } },
                None => rsx! { span { class: "visually-hidden", "{alt}" } },
            }
            button { class: "remove", r#type: "button", "aria-label": "{remove} ({alt})", title: "{remove}",
                "data-action": "remove-photo",
                onclick: move |_| onremove.call(photo.clone()),
                "×"
            }
        }
    }
}
