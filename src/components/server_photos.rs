//! Photos kept on the server (an evaluation's, an action's evidence), shown
//! as thumbnails that open full size; each is asked for once.

use crate::i18n::I18n;
use crate::state::use_app;
use base64::Engine;
use dioxus::prelude::*;
use ms_core::PhotoId;

/// Photos kept on the server, shown as thumbnails that open full size.
#[component]
pub fn ServerPhotos(photos: Vec<PhotoId>, i18n: I18n) -> Element {
    rsx! {
        ul { class: "thumbs",
            for (n, p) in photos.into_iter().enumerate() {
                ServerPhoto { key: "{p}", photo: p.clone(), number: n + 1, i18n }
            }
        }
    }
}

#[component]
fn ServerPhoto(photo: PhotoId, number: usize, i18n: I18n) -> Element {
    let app = use_app();
    let id = photo.clone();
    let src = use_resource(move || {
        let id = id.clone();
        async move {
            let bytes = app.services()?.api.photo(&id).await.ok()?;
            Some(format!("data:image/jpeg;base64,{}", base64::engine::general_purpose::STANDARD.encode(bytes)))
        }
    });
    let alt = i18n.t_args("photo-thumbnail", &[("number", number.into())]);
    rsx! {
        li { class: "thumb", "data-photo": "{photo}",
            match src.read().clone().flatten() {
                Some(src) => rsx! { a { href: "{src}", target: "_blank", img { src: "{src}", alt: "{alt}" } } },
                None => rsx! { span { class: "muted", "{alt}" } },
            }
        }
    }
}
