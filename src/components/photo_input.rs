//! Adding a photo: the file input (camera or gallery) on desktop and in the
//! browser. The photo is downscaled, stripped of metadata and kept in the store.

use crate::i18n::I18n;
use crate::state::use_app;
use dioxus::prelude::*;
use ms_client::lock;
use ms_core::PhotoId;

#[component]
pub fn PhotoInput(i18n: I18n, label: String, onadded: EventHandler<PhotoId>) -> Element {
    let app = use_app();
    let mut busy = use_signal(|| false);
    let mut error = use_signal(|| None::<String>);
    let id = use_hook(|| format!("photo-{}", uuid::Uuid::new_v4().simple()));
    rsx! {
        div { class: "photo-input",
            label { class: "button secondary", r#for: "{id}",
                if busy() { "{i18n.t(\"photo-processing\")}" } else { "{label}" }
            }
            input {
                id: "{id}",
                class: "visually-hidden",
                r#type: "file",
                accept: "image/jpeg,image/png",
                "aria-label": "{label}",
                onchange: move |evt: FormEvent| async move {
                    let Some(services) = app.services() else { return };
                    busy.set(true);
                    error.set(None);
                    for file in evt.files() {
                        let bytes = match file.read_bytes().await {
                            Ok(b) => b,
                            Err(e) => {
                                error.set(Some(i18n.t_args("photo-unreadable", &[("reason", e.to_string().into())])));
                                continue;
                            }
                        };
                        match ms_client::process_photo(&bytes) {
                            Ok(photo) => {
                                let saved = lock(&services.store).save_photo(&photo);
                                match saved {
                                    Ok(()) => onadded.call(photo.id.clone()),
                                    Err(e) => error.set(Some(e.to_string())),
                                }
                            }
                            Err(_) => error.set(Some(i18n.t("photo-not-an-image"))),
                        }
                    }
                    busy.set(false);
                }
            }
            if let Some(e) = error() {
                p { class: "error", role: "alert", "{e}" }
            }
        }
    }
}
