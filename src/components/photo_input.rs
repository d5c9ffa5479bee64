//! Adding a photo. On desktop and in the browser, the file input (in a
//! phone's browser one opens the camera, `capture`, the other the gallery);
//! on Android and iOS, where the web view's file input does nothing, the
//! native camera and photo library. Every photo is then downscaled, stripped
//! of metadata and kept in the store, the same way everywhere.

use crate::i18n::I18n;
use crate::platform::camera::{self, PhotoSource};
use crate::platform::photo;
use crate::state::{use_app, AppState};
use dioxus::prelude::*;
use ms_core::PhotoId;

/// Processes and keeps one photo's bytes; the words of what went wrong, if anything did.
async fn keep(app: AppState, i18n: I18n, bytes: &[u8]) -> Result<PhotoId, String> {
    if app.services().is_none() {
        return Err(i18n.t("photo-not-an-image"));
    }
    let photo = photo::process(bytes).await.map_err(|e| {
        tracing::warn!(error = %e, "photo refused");
        i18n.t("photo-not-an-image")
    })?;
    let saved = app.write(|store| store.save_photo(&photo));
    saved.map(|()| photo.id.clone()).map_err(|e| e.to_string())
}

#[component]
pub fn PhotoInput(i18n: I18n, label: String, onadded: EventHandler<PhotoId>) -> Element {
    let app = use_app();
    let mut busy = use_signal(|| false);
    let mut error = use_signal(|| None::<String>);
    let id = use_hook(|| format!("photo-{}", uuid::Uuid::new_v4().simple()));
    let from_files = move |evt: FormEvent| async move {
        busy.set(true);
        error.set(None);
        for file in evt.files() {
            match file.read_bytes().await {
                Ok(bytes) => match keep(app, i18n, &bytes).await {
                    Ok(photo) => onadded.call(photo),
                    Err(e) => error.set(Some(e)),
                },
                Err(e) => error.set(Some(i18n.t_args("photo-unreadable", &[("reason", e.to_string().into())]))),
            }
        }
        busy.set(false);
    };
    // Android and iOS: the native camera or photo library.
    let native = move |source: PhotoSource| async move {
        busy.set(true);
        error.set(None);
        #[cfg(any(target_os = "android", target_os = "ios"))]
        match camera::take_photo(source).await {
            Ok(Some(bytes)) => match keep(app, i18n, &bytes).await {
                Ok(photo) => onadded.call(photo),
                Err(e) => error.set(Some(e)),
            },
            Ok(None) => {}
            Err(e) => error.set(Some(i18n.t_args("photo-unreadable", &[("reason", e.into())]))),
        }
        #[cfg(not(any(target_os = "android", target_os = "ios")))]
        let _ = source;
        busy.set(false);
    };
    let library_id = format!("{id}-library");
    rsx! {
        div { class: "photo-input",
            if camera::NATIVE {
                button { class: "button secondary", r#type: "button", disabled: busy(), "data-photo": "camera",
                    onclick: move |_| native(PhotoSource::Camera),
                    if busy() { "{i18n.t(\"photo-processing\")}" } else { "{label}" }
                }
                button { class: "button secondary", r#type: "button", disabled: busy(), "data-photo": "library",
                    onclick: move |_| native(PhotoSource::Library), "{i18n.t(\"photo-from-library\")}" }
            } else {
                label { class: "button secondary", r#for: "{id}",
                    if busy() { "{i18n.t(\"photo-processing\")}" } else { "{label}" }
                }
                input { id: "{id}", class: "visually-hidden", r#type: "file", accept: "image/jpeg,image/png",
                    capture: "environment", "aria-label": "{label}", onchange: from_files }
                if cfg!(target_arch = "wasm32") {
                    label { class: "button secondary", r#for: "{library_id}", "{i18n.t(\"photo-from-library\")}" }
                    input { id: "{library_id}", class: "visually-hidden", r#type: "file", accept: "image/jpeg,image/png",
                        "aria-label": "{i18n.t(\"photo-from-library\")}", onchange: from_files }
                }
            }
            if let Some(e) = error() {
                p { class: "error", role: "alert", "{e}" }
            }
        }
    }
}
