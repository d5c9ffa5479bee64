//! Shoppers sign in once; the session is kept on the device so visits work offline.

use crate::app::{use_i18n, Route};
use crate::state::use_app;
use dioxus::prelude::*;
use ms_client::FailureKind;
use ms_core::wire::{SignIn as Credentials, UserRole};

#[component]
pub fn SignIn() -> Element {
    let mut app = use_app();
    let i18n = use_i18n();
    let nav = use_navigator();
    let mut username = use_signal(String::new);
    let mut password = use_signal(String::new);
    let mut busy = use_signal(|| false);
    let mut error = use_signal(|| None::<String>);
    // Signed in with a temporary password: (the password, the role) until it is changed.
    let mut temporary = use_signal(|| None::<(String, UserRole)>);
    let go_on = move |role: UserRole| {
        if role.reviews() {
            nav.push(Route::Inbox {});
        } else if role == UserRole::CentreManager {
            nav.push(Route::Actions {});
        } else {
            nav.push(Route::StartVisit {});
        }
    };
    let signed_in = app.settings.read().username.clone().filter(|_| app.settings.read().token.is_some());
    rsx! {
        section { class: "sign-in",
            h1 { "{i18n.t(\"sign-in-title\")}" }
            if let Some((current, role)) = temporary() {
                super::password::NewPasswordForm { current: Some(current), lead: i18n.t("password-temporary"),
                    on_changed: move |_| {
                        temporary.set(None);
                        go_on(role);
                    }
                }
            } else if let Some(name) = signed_in.clone() {
                p { class: "lead", {i18n.t_args("sign-in-as", &[("name", name.clone().into())])} }
                div { class: "bottom-bar",
                    if app.settings.read().reviews() {
                        Link { class: "button primary big", to: Route::Inbox {}, "{i18n.t(\"review-inbox-title\")}" }
                    } else if app.settings.read().manages() {
                        Link { class: "button primary big", to: Route::Actions {}, "{i18n.t(\"actions-title\")}" }
                    } else {
                        Link { class: "button primary big", to: Route::StartVisit {}, "{i18n.t(\"visits-title\")}" }
                    }
                    super::settings::SignOut {}
                }
            } else {
                form {
                    onsubmit: move |e: FormEvent| async move {
                        e.prevent_default();
                        let Some(services) = app.services() else { return };
                        busy.set(true);
                        error.set(None);
                        let creds = Credentials { username: username().trim().to_owned(), password: password() };
                        match services.api.sign_in(&creds).await {
                            Ok(session) => {
                                services.api.set_token(Some(session.token.clone()));
                                app.update_settings(|s| {
                                    s.token = Some(session.token.clone());
                                    s.username = Some(session.display_name.clone());
                                    s.staff_role = Some(session.role);
                                    s.staff_centres = session.centre_ids.clone();
                                });
                                if session.must_change_password {
                                    temporary.set(Some((password(), session.role)));
                                } else {
                                    go_on(session.role);
                                }
                            }
                            Err(e) => error.set(Some(match e.kind() {
                                FailureKind::NeedsSignIn => i18n.t("sign-in-wrong"),
                                // Too many attempts (429): say so, and that waiting helps.
                                _ if e.status() == Some(429) => i18n.server_error(Some(e.code()), &e.to_string()),
                                FailureKind::Transient => i18n.t("sign-in-offline"),
                                FailureKind::Permanent => i18n.server_error(Some(e.code()), &e.to_string()),
                            })),
                        }
                        busy.set(false);
                    },
                    label { class: "field",
                        span { "{i18n.t(\"sign-in-username\")}" }
                        input { r#type: "text", name: "username", autocomplete: "username", required: true, value: "{username}", oninput: move |e| username.set(e.value()) }
                    }
                    label { class: "field",
                        span { "{i18n.t(\"sign-in-password\")}" }
                        input { r#type: "password", name: "password", autocomplete: "current-password", required: true, value: "{password}", oninput: move |e| password.set(e.value()) }
                    }
                    if let Some(e) = error() { p { class: "error", role: "alert", "{e}" } }
                    div { class: "bottom-bar",
                        button { class: "button primary big", r#type: "submit", disabled: busy(), "{i18n.t(\"sign-in-submit\")}" }
                    }
                }
            }
        }
    }
}
