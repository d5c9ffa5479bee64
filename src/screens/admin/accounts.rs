//! The accounts: listed with the API's filters (role, entity, active or
//! deactivated), each with its username, display name, role, entities and
//! state; a new one created; one changed, deactivated after a confirmation
//! (its sessions end at once), reactivated, or given a temporary password
//! shown once.

use super::account_form::{role_text, EditAccount, NewAccountForm};
use super::refusal::refusal_text;
use super::secret::{Secret, SecretBox};
use super::{error_text, AdminFrame, Confirm, ServerReadError, TableHead};
use crate::app::{use_i18n, Route};
use crate::i18n::I18n;
use crate::screens::planning::list_separator;
use crate::state::use_app;
use dioxus::prelude::*;
use ms_client::api::admin::AccountQuery;
use ms_core::accounts::Account;
use ms_core::wire::UserRole;
use ms_core::Catalogue;

/// What is open under an account's row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Panel {
    Edit,
    ConfirmDeactivate,
    ConfirmReset,
}

/// The entities an account reviews, by name, in the language's list.
fn entities_text(i18n: I18n, catalogue: &Catalogue, ids: &[String]) -> String {
    let name = |id: &String| {
        catalogue
            .entities
            .iter()
            .find(|e| e.id == *id)
            .map(|e| e.name.get(i18n.locale).to_owned())
            .unwrap_or(id.clone())
    };
    ids.iter().map(name).collect::<Vec<_>>().join(list_separator(i18n))
}

/// A select's value for an optional choice: empty for any.
fn parse_choice<T>(value: &str, parse: impl Fn(&str) -> Option<T>) -> Option<T> {
    if value.is_empty() {
        None
    } else {
        parse(value)
    }
}

#[component]
pub fn AdminAccounts() -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let mut role = use_signal(|| None::<UserRole>);
    let mut entity = use_signal(|| None::<String>);
    let mut active = use_signal(|| None::<bool>);
    let mut refresh = use_signal(|| 0u32);
    let mut creating = use_signal(|| false);
    let mut open = use_signal(|| None::<(String, Panel)>);
    let mut secret = use_signal(|| None::<Secret>);
    let mut done = use_signal(|| None::<String>);
    let mut failed = use_signal(|| None::<String>);
    let mut busy = use_signal(|| false);
    let list = use_resource(move || async move {
        let query = AccountQuery { role: role(), entity: entity(), active: active() };
        let _ = refresh();
        let services = app.services()?;
        Some(services.api.accounts(&query).await.map_err(|e| error_text(i18n, &e)))
    });
    let catalogue = app.catalogue.read().clone();
    let mut finished = move |words: String| {
        open.set(None);
        failed.set(None);
        done.set(Some(words));
        refresh += 1;
    };
    let set_active = move |username: String, to: bool| async move {
        let Some(services) = app.services() else { return };
        busy.set(true);
        let result = services.api.set_account_active(&username, to).await;
        busy.set(false);
        match result {
            Ok(a) => {
                let key = if to { "accounts-reactivated" } else { "accounts-deactivated" };
                finished(i18n.t_args(key, &[("username", a.username.into())]));
            }
            Err(e) => failed.set(Some(refusal_text(i18n, &e))),
        }
    };
    let reset = move |username: String| async move {
        let Some(services) = app.services() else { return };
        busy.set(true);
        let result = services.api.reset_password(&username).await;
        busy.set(false);
        match result {
            Ok(t) => {
                finished(i18n.t_args("accounts-reset-done", &[("username", t.username.clone().into())]));
                secret.set(Some(Secret {
                    kind: "password",
                    title: i18n.t_args("accounts-temporary-title", &[("username", t.username.into())]),
                    value: t.password,
                    note: i18n.t("accounts-temporary-note"),
                }));
            }
            Err(e) => failed.set(Some(refusal_text(i18n, &e))),
        }
    };
    let loaded = list.read().clone().flatten();
    let col = |key: &str| i18n.t(key);
    rsx! {
        AdminFrame { current: Route::AdminAccounts {},
            h1 { "{i18n.t(\"accounts-title\")}" }
            p { class: "muted", "{i18n.t(\"accounts-intro\")}" }
            if let Some(s) = secret() {
                SecretBox { i18n, secret: s, on_close: move |_| secret.set(None) }
            }
            if let Some(words) = done() {
                p { class: "ok", role: "status", "data-account-done": "true", "{words}" }
            }
            if let Some(words) = failed() {
                p { class: "error", role: "alert", "data-account-refused": "true", "{words}" }
            }
            if creating() {
                NewAccountForm {
                    on_created: move |a: Account| {
                        creating.set(false);
                        finished(i18n.t_args("accounts-created", &[("username", a.username.into())]));
                    },
                    on_cancel: move |_| creating.set(false),
                }
            } else {
                div { class: "form-actions",
                    button { class: "button primary", r#type: "button", "data-action": "new-account",
                        onclick: move |_| { done.set(None); creating.set(true); }, "{i18n.t(\"accounts-new\")}" }
                }
            }
            section { class: "account-list", "aria-labelledby": "accounts-list-title",
                h2 { id: "accounts-list-title", "{i18n.t(\"accounts-list\")}" }
                div { class: "filters account-filters", role: "group", "aria-label": "{i18n.t(\"accounts-filters\")}",
                    div { class: "field",
                        label { r#for: "accounts-role", "{i18n.t(\"accounts-field-role\")}" }
                        select { id: "accounts-role", name: "role",
                            onchange: move |e| role.set(parse_choice(&e.value(), UserRole::parse)),
                            option { value: "", selected: role().is_none(), "{i18n.t(\"accounts-any-role\")}" }
                            for r in UserRole::ALL {
                                option { value: "{r.as_str()}", selected: role() == Some(r), {role_text(i18n, r)} }
                            }
                        }
                    }
                    div { class: "field",
                        label { r#for: "accounts-entity", "{i18n.t(\"accounts-filter-entity\")}" }
                        select { id: "accounts-entity", name: "entity",
                            onchange: move |e| entity.set(parse_choice(&e.value(), |v| Some(v.to_owned()))),
                            option { value: "", selected: entity().is_none(), "{i18n.t(\"accounts-any-entity\")}" }
                            for e in catalogue.entities.iter() {
                                option { value: "{e.id}", selected: entity().as_deref() == Some(e.id.as_str()), "{e.name.get(i18n.locale)}" }
                            }
                        }
                    }
                    div { class: "field",
                        label { r#for: "accounts-state", "{i18n.t(\"accounts-filter-state\")}" }
                        select { id: "accounts-state", name: "active",
                            onchange: move |e| active.set(parse_choice(&e.value(), |v| v.parse().ok())),
                            option { value: "", selected: active().is_none(), "{i18n.t(\"accounts-any-state\")}" }
                            option { value: "true", selected: active() == Some(true), "{i18n.t(\"accounts-active\")}" }
                            option { value: "false", selected: active() == Some(false), "{i18n.t(\"accounts-inactive\")}" }
                        }
                    }
                }
                match loaded {
                    None => rsx! { div { class: "loading-state", role: "status", "aria-busy": "true", "…" } },
                    Some(Err(reason)) => rsx! { ServerReadError { i18n, reason } },
                    Some(Ok(list)) if list.is_empty() => rsx! { p { class: "empty", "{i18n.t(\"accounts-none\")}" } },
                    Some(Ok(list)) => {
                        let count = list.len();
                        rsx! {
                        p { class: "muted", role: "status", "data-account-count": "{count}", "{i18n.count(\"accounts-count\", count)}" }
                        table { class: "planning-table accounts-table", "aria-labelledby": "accounts-list-title",
                            TableHead { i18n, columns: vec!["accounts-col-account", "accounts-field-role", "accounts-field-entities", "accounts-col-state", "accounts-col-actions"] }
                            tbody {
                                for a in list {
                                    {
                                        let username = a.username.clone();
                                        let panel = open().filter(|(u, _)| *u == username).map(|(_, p)| p);
                                        let mut toggle = move |p: Panel, u: String| {
                                            failed.set(None);
                                            done.set(None);
                                            open.set(if panel == Some(p) { None } else { Some((u, p)) });
                                        };
                                        let (u1, u2, u3, u4) = (username.clone(), username.clone(), username.clone(), username.clone());
                                        rsx! {
                                            tr { key: "{username}", "data-account": "{username}", "data-active": "{a.active}", "data-role": "{a.role.as_str()}",
                                                th { scope: "row", "data-label": "{col(\"accounts-col-account\")}",
                                                    span { class: "cell-stack",
                                                        strong { bdi { "{a.display_name}" } }
                                                        span { class: "muted", bdi { dir: "ltr", "{a.username}" } }
                                                    }
                                                }
                                                td { "data-label": "{col(\"accounts-field-role\")}", {role_text(i18n, a.role)} }
                                                td { "data-label": "{col(\"accounts-field-entities\")}", "data-entities": "{a.entities.join(\" \")}",
                                                    if a.entities.is_empty() {
                                                        span { class: "muted", "{i18n.t(\"accounts-no-entities\")}" }
                                                    } else {
                                                        {entities_text(i18n, &catalogue, &a.entities)}
                                                    }
                                                }
                                                td { "data-label": "{col(\"accounts-col-state\")}",
                                                    span { class: "cell-stack",
                                                        span { class: if a.active { "status-tag account-active" } else { "status-tag account-inactive" },
                                                            {i18n.t(if a.active { "accounts-active" } else { "accounts-inactive" })} }
                                                        if a.must_change_password {
                                                            span { class: "muted", "data-must-change": "true", "{i18n.t(\"accounts-must-change\")}" }
                                                        }
                                                    }
                                                }
                                                td { "data-label": "{col(\"accounts-col-actions\")}",
                                                    div { class: "row-actions",
                                                        button { class: "button small secondary", r#type: "button", "data-action": "edit-account",
                                                            "aria-expanded": "{panel == Some(Panel::Edit)}",
                                                            onclick: move |_| toggle(Panel::Edit, u1.clone()), "{i18n.t(\"accounts-edit\")}" }
                                                        button { class: "button small secondary", r#type: "button", "data-action": "reset-password",
                                                            "aria-expanded": "{panel == Some(Panel::ConfirmReset)}",
                                                            onclick: move |_| toggle(Panel::ConfirmReset, u2.clone()), "{i18n.t(\"accounts-reset\")}" }
                                                        if !a.active {
                                                            button { class: "button small secondary", r#type: "button", "data-action": "reactivate",
                                                                disabled: busy(), onclick: move |_| set_active(u3.clone(), true), "{i18n.t(\"accounts-reactivate\")}" }
                                                        } else {
                                                            button { class: "button small danger", r#type: "button", "data-action": "deactivate",
                                                                "aria-expanded": "{panel == Some(Panel::ConfirmDeactivate)}",
                                                                onclick: move |_| toggle(Panel::ConfirmDeactivate, u4.clone()), "{i18n.t(\"accounts-deactivate\")}" }
                                                        }
                                                    }
                                                }
                                            }
                                            if let Some(p) = panel {
                                                tr { key: "{username}-panel", class: "panel-row",
                                                    td { colspan: "5",
                                                        AccountPanel { i18n, account: a.clone(), panel: p, busy: busy(),
                                                            on_saved: move |changed: Account| finished(i18n.t_args("accounts-saved", &[("username", changed.username.into())])),
                                                            on_deactivate: move |u: String| { spawn(set_active(u, false)); },
                                                            on_reset: move |u: String| { spawn(reset(u)); },
                                                            on_cancel: move |_| open.set(None) }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                        }
                    }
                }
            }
        }
    }
}

/// Under an account's row: its change, or the confirmation of an act that
/// can't be taken back.
#[component]
fn AccountPanel(
    i18n: I18n,
    account: Account,
    panel: Panel,
    busy: bool,
    on_saved: EventHandler<Account>,
    on_deactivate: EventHandler<String>,
    on_reset: EventHandler<String>,
    on_cancel: EventHandler<()>,
) -> Element {
    let who = [("name", account.display_name.clone().into()), ("username", account.username.clone().into())];
    let (text, key, action, danger, confirm): (String, &str, &'static str, bool, EventHandler<String>) = match panel {
        Panel::Edit => {
            return rsx! { EditAccount { account, on_saved, on_cancel } };
        }
        Panel::ConfirmDeactivate => (
            i18n.t_args("accounts-confirm-deactivate", &who),
            "accounts-deactivate",
            "confirm-deactivate",
            true,
            on_deactivate,
        ),
        Panel::ConfirmReset => {
            (i18n.t_args("accounts-confirm-reset", &who), "accounts-reset", "confirm-reset", false, on_reset)
        }
    };
    let username = account.username.clone();
    rsx! {
        Confirm { i18n, text, action, label: i18n.t(key), danger, busy,
            on_confirm: move |_| confirm.call(username.clone()), on_cancel }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_accounts_entities_are_named_in_the_languages_list() {
        use ms_core::catalogue::Entity;
        let text = |s: &str| ms_core::LocalizedText([("en".to_owned(), s.to_owned())].into_iter().collect());
        let entity = |id: &str, name: &str| Entity { id: id.into(), name: text(name) };
        let catalogue = Catalogue {
            entities: vec![entity("cd", "Civil documents"), entity("roads", "Roads")],
            centres: vec![],
            services: vec![],
        };
        let ids = ["cd".to_owned(), "roads".to_owned()];
        assert_eq!(entities_text(I18n::new("ar"), &catalogue, &ids), "Civil documents، Roads");
        assert_eq!(entities_text(I18n::new("en"), &catalogue, &["nowhere".into()]), "nowhere");
        assert_eq!(parse_choice("", UserRole::parse), None);
        assert_eq!(parse_choice("admin", UserRole::parse), Some(UserRole::Admin));
    }
}
