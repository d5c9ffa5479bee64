//! The forms of an account: a new one (username, display name, role, the
//! entities a supervisor reviews or the centres a centre manager runs, and a
//! first password, which the server checks), and a change of display name,
//! role and scope. A refusal is said beside its field, which takes the focus.

use super::refusal::{refusal_text, refused_field};
use crate::app::use_i18n;
use crate::components::FieldError;
use crate::i18n::I18n;
use crate::state::use_app;
use dioxus::prelude::*;
use ms_core::accounts::{check_account, valid_username, Account, AccountChange, NewAccount, MAX_DISPLAY_NAME_CHARS};
use ms_core::wire::UserRole;

/// A role in words.
pub fn role_text(i18n: I18n, role: UserRole) -> String {
    i18n.t(&format!("accounts-role-{}", role.as_str()))
}

/// What is wrong with the form: the field (as the server names it) and why.
#[derive(Debug, Clone, PartialEq)]
pub struct FormProblem {
    pub field: Option<String>,
    pub text: String,
}

impl FormProblem {
    fn at(field: &str, text: String) -> Self {
        Self { field: Some(field.to_owned()), text }
    }
}

/// The input of a field, by the name the server gives the field.
fn input_id(prefix: &str, field: &str) -> String {
    match field {
        "entities" => format!("{prefix}-entity-0"),
        "centres" => format!("{prefix}-centre-0"),
        other => format!("{prefix}-{}", other.replace('_', "-")),
    }
}

/// Moves the focus to the field a problem is about, so that its words are read.
fn focus_field(prefix: &str, problem: &FormProblem) {
    if let Some(field) = problem.field.as_deref() {
        let Ok(id) = serde_json::to_string(&input_id(prefix, field)) else { return };
        document::eval(&format!("setTimeout(() => document.getElementById({id})?.focus(), 0);"));
    }
}

/// What the form checks before sending, as core checks it on the server:
/// the username's form, a display name, a supervisor's entities, a manager's centres.
fn checked(
    username: Option<&str>,
    name: &str,
    role: UserRole,
    (entities, centres): (&[String], &[String]),
    i18n: I18n,
) -> Option<FormProblem> {
    if let Some(u) = username {
        if !valid_username(u) {
            return Some(FormProblem::at("username", i18n.t("accounts-refusal-username-form")));
        }
    }
    check_account(Some(name), role, entities, centres).err().map(|r| {
        let id = match r.field {
            "entities" => "accounts-refusal-entities-needed",
            "centres" => "accounts-refusal-centres-needed",
            _ => "accounts-refusal-display-name",
        };
        FormProblem::at(r.field, i18n.t(id))
    })
}

/// The server's refusal, beside its field when it names one.
fn refused(i18n: I18n, e: &ms_client::ApiError) -> FormProblem {
    FormProblem { field: refused_field(e), text: refusal_text(i18n, e) }
}

/// The fields an account has either way: its display name, its role, and
/// for a supervisor the entities they review, for a manager the centres they run.
#[component]
fn AccountFields(
    i18n: I18n,
    prefix: String,
    name: Signal<String>,
    role: Signal<UserRole>,
    entities: Signal<Vec<String>>,
    centres: Signal<Vec<String>>,
    problem: Option<FormProblem>,
) -> Element {
    let app = use_app();
    let catalogue = app.catalogue.read().clone();
    let at = |field: &str| problem.as_ref().filter(|p| p.field.as_deref() == Some(field)).map(|p| p.text.clone());
    let described = |field: &str| at(field).map(|_| format!("{prefix}-{field}-error"));
    let mut entities = entities;
    let mut centres = centres;
    let mut role = role;
    let mut name = name;
    rsx! {
        div { class: "form-row",
            div { class: "field",
                label { r#for: "{prefix}-display-name", "{i18n.t(\"accounts-field-display-name\")}" }
                input { id: "{prefix}-display-name", r#type: "text", name: "display_name", autocomplete: "off",
                    maxlength: "{MAX_DISPLAY_NAME_CHARS}", value: "{name}",
                    "aria-invalid": "{at(\"display_name\").is_some()}", "aria-describedby": described("display_name"),
                    oninput: move |e| name.set(e.value()) }
                FieldError { id: "{prefix}-display_name-error", text: at("display_name") }
            }
            div { class: "field",
                label { r#for: "{prefix}-role", "{i18n.t(\"accounts-field-role\")}" }
                select { id: "{prefix}-role", name: "role",
                    "aria-invalid": "{at(\"role\").is_some()}", "aria-describedby": described("role"),
                    onchange: move |e| if let Some(r) = UserRole::parse(&e.value()) { role.set(r) },
                    for r in UserRole::ALL {
                        option { value: "{r.as_str()}", selected: role() == r, {role_text(i18n, r)} }
                    }
                }
                FieldError { id: "{prefix}-role-error", text: at("role") }
            }
        }
        if role() == UserRole::Supervisor {
            fieldset { class: "entity-choices", "aria-describedby": described("entities"),
                legend { "{i18n.t(\"accounts-field-entities\")}" }
                p { class: "help", "{i18n.t(\"accounts-entities-help\")}" }
                div { class: "day-boxes",
                    for (i, e) in catalogue.entities.iter().enumerate() {
                        {
                            let id = e.id.clone();
                            let on = entities.read().contains(&id);
                            rsx! {
                                label { class: "day-box", key: "{id}", r#for: "{prefix}-entity-{i}",
                                    input { id: "{prefix}-entity-{i}", r#type: "checkbox", name: "entities", value: "{id}", checked: on,
                                        "aria-invalid": "{at(\"entities\").is_some()}",
                                        onchange: move |_| {
                                            let mut chosen = entities.write();
                                            match chosen.iter().position(|c| *c == id) {
                                                Some(at) => { chosen.remove(at); }
                                                None => chosen.push(id.clone()),
                                            }
                                        } }
                                    span { "{e.name.get(i18n.locale)}" }
                                }
                            }
                        }
                    }
                }
                FieldError { id: "{prefix}-entities-error", text: at("entities") }
            }
        }
        if role() == UserRole::CentreManager {
            fieldset { class: "entity-choices", "aria-describedby": described("centres"),
                legend { "{i18n.t(\"accounts-field-centres\")}" }
                p { class: "help", "{i18n.t(\"accounts-centres-help\")}" }
                div { class: "day-boxes",
                    for (i, c) in catalogue.centres.iter().filter(|c| c.active).enumerate() {
                        {
                            let id = c.id.clone();
                            let on = centres.read().contains(&id);
                            rsx! {
                                label { class: "day-box", key: "{id}", r#for: "{prefix}-centre-{i}",
                                    input { id: "{prefix}-centre-{i}", r#type: "checkbox", name: "centres", value: "{id}", checked: on,
                                        "aria-invalid": "{at(\"centres\").is_some()}",
                                        onchange: move |_| {
                                            let mut chosen = centres.write();
                                            match chosen.iter().position(|c| *c == id) {
                                                Some(at) => { chosen.remove(at); }
                                                None => chosen.push(id.clone()),
                                            }
                                        } }
                                    span { bdi { "{c.name.get(i18n.locale)}" } }
                                }
                            }
                        }
                    }
                }
                FieldError { id: "{prefix}-centres-error", text: at("centres") }
            }
        }
    }
}

/// A new account, created on the server; `on_created` is told of it.
#[component]
pub fn NewAccountForm(on_created: EventHandler<Account>, on_cancel: EventHandler<()>) -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let mut username = use_signal(String::new);
    let name = use_signal(String::new);
    let role = use_signal(|| UserRole::Shopper);
    let entities = use_signal(Vec::<String>::new);
    let centres = use_signal(Vec::<String>::new);
    let mut password = use_signal(String::new);
    let mut problem = use_signal(|| None::<FormProblem>);
    let mut saving = use_signal(|| false);
    let prefix = "new-account";
    let save = move |e: FormEvent| async move {
        e.prevent_default();
        let chosen = if role() == UserRole::Supervisor { entities() } else { Vec::new() };
        let run = if role() == UserRole::CentreManager { centres() } else { Vec::new() };
        let account = NewAccount {
            username: username().trim().to_owned(),
            display_name: name().trim().to_owned(),
            role: role(),
            password: password(),
            entities: chosen,
            centres: run,
        };
        let scope = (account.entities.as_slice(), account.centres.as_slice());
        if let Some(p) = checked(Some(&account.username), &account.display_name, account.role, scope, i18n) {
            focus_field(prefix, &p);
            problem.set(Some(p));
            return;
        }
        let Some(services) = app.services() else { return };
        saving.set(true);
        let result = services.api.create_account(&account).await;
        saving.set(false);
        match result {
            Ok(created) => {
                problem.set(None);
                on_created.call(created);
            }
            Err(e) => {
                let p = refused(i18n, &e);
                focus_field(prefix, &p);
                problem.set(Some(p));
            }
        }
    };
    let found = problem();
    let at = |field: &str| found.as_ref().filter(|p| p.field.as_deref() == Some(field)).map(|p| p.text.clone());
    let general = found.as_ref().filter(|p| p.field.is_none()).map(|p| p.text.clone());
    let password_described = if at("password").is_some() {
        "new-account-password-rules new-account-password-error"
    } else {
        "new-account-password-rules"
    };
    rsx! {
        form { class: "wave-form account-form action-panel", novalidate: true, onsubmit: save,
            "aria-labelledby": "new-account-title",
            h2 { id: "new-account-title", "{i18n.t(\"accounts-new\")}" }
            if let Some(g) = general {
                p { class: "error", role: "alert", "{g}" }
            }
            div { class: "form-row",
                div { class: "field",
                    label { r#for: "new-account-username", "{i18n.t(\"accounts-field-username\")}" }
                    input { id: "new-account-username", r#type: "text", name: "username", autocomplete: "off",
                        autocapitalize: "none", spellcheck: "false", dir: "ltr", maxlength: "64", value: "{username}",
                        "aria-invalid": "{at(\"username\").is_some()}",
                        "aria-describedby": if at("username").is_some() { "new-account-username-help new-account-username-error" } else { "new-account-username-help" },
                        oninput: move |e| username.set(e.value()) }
                    p { class: "help", id: "new-account-username-help", "{i18n.t(\"accounts-username-help\")}" }
                    FieldError { id: "new-account-username-error", text: at("username") }
                }
            }
            AccountFields { i18n, prefix, name, role, entities, centres, problem: found.clone() }
            div { class: "field",
                label { r#for: "new-account-password", "{i18n.t(\"accounts-field-password\")}" }
                input { id: "new-account-password", r#type: "password", name: "password", autocomplete: "new-password",
                    maxlength: "200", value: "{password}", "aria-invalid": "{at(\"password\").is_some()}",
                    "aria-describedby": password_described, oninput: move |e| password.set(e.value()) }
                p { class: "help", id: "new-account-password-rules", "{i18n.t(\"password-rules\")}" }
                FieldError { id: "new-account-password-error", text: at("password") }
            }
            div { class: "form-actions",
                button { class: "button primary", r#type: "submit", "data-action": "create-account", disabled: saving(),
                    if saving() { "{i18n.t(\"accounts-creating\")}" } else { "{i18n.t(\"accounts-create\")}" } }
                button { class: "button secondary", r#type: "button", onclick: move |_| on_cancel.call(()),
                    "{i18n.t(\"accounts-cancel\")}" }
            }
        }
    }
}

/// What an edit sends: only what changed; a role other than supervisor
/// reviews no entities, and one other than centre manager runs no centres.
fn change_of(
    account: &Account,
    name: &str,
    role: UserRole,
    (entities, centres): (&[String], &[String]),
) -> AccountChange {
    let name = name.trim();
    let entities: Vec<String> = if role == UserRole::Supervisor { entities.to_vec() } else { Vec::new() };
    let centres: Vec<String> = if role == UserRole::CentreManager { centres.to_vec() } else { Vec::new() };
    AccountChange {
        display_name: (name != account.display_name).then(|| name.to_owned()),
        role: (role != account.role).then_some(role),
        entities: (entities != account.entities).then_some(entities),
        centres: (centres != account.centres).then_some(centres),
    }
}

/// A change of an account's display name, role and entities.
#[component]
pub fn EditAccount(account: Account, on_saved: EventHandler<Account>, on_cancel: EventHandler<()>) -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let name = use_signal(|| account.display_name.clone());
    let role = use_signal(|| account.role);
    let entities = use_signal(|| account.entities.clone());
    let centres = use_signal(|| account.centres.clone());
    let mut problem = use_signal(|| None::<FormProblem>);
    let mut saving = use_signal(|| false);
    let prefix = "edit-account";
    let username = account.username.clone();
    let save = move |e: FormEvent| {
        e.prevent_default();
        let account = account.clone();
        async move {
            let change = change_of(&account, &name(), role(), (&entities(), &centres()));
            if change == AccountChange::default() {
                on_cancel.call(());
                return;
            }
            let kept = change.entities.clone().unwrap_or_else(|| account.entities.clone());
            let run = change.centres.clone().unwrap_or_else(|| account.centres.clone());
            if let Some(p) = checked(None, &name(), role(), (&kept, &run), i18n) {
                focus_field(prefix, &p);
                problem.set(Some(p));
                return;
            }
            let Some(services) = app.services() else { return };
            saving.set(true);
            let result = services.api.change_account(&account.username, &change).await;
            saving.set(false);
            match result {
                Ok(changed) => on_saved.call(changed),
                Err(e) => {
                    let p = refused(i18n, &e);
                    focus_field(prefix, &p);
                    problem.set(Some(p));
                }
            }
        }
    };
    let found = problem();
    let general = found.as_ref().filter(|p| p.field.is_none()).map(|p| p.text.clone());
    rsx! {
        form { class: "wave-form account-form action-panel", novalidate: true, onsubmit: save,
            "aria-labelledby": "edit-account-title", "data-editing": "{username}",
            h3 { id: "edit-account-title", {i18n.t_args("accounts-edit-title", &[("username", username.clone().into())])} }
            if let Some(g) = general {
                p { class: "error", role: "alert", "{g}" }
            }
            AccountFields { i18n, prefix, name, role, entities, centres, problem: found.clone() }
            p { class: "help", "{i18n.t(\"accounts-edit-sessions\")}" }
            div { class: "form-actions",
                button { class: "button primary", r#type: "submit", "data-action": "save-account", disabled: saving(),
                    if saving() { "{i18n.t(\"accounts-saving\")}" } else { "{i18n.t(\"accounts-save\")}" } }
                button { class: "button secondary", r#type: "button", onclick: move |_| on_cancel.call(()),
                    "{i18n.t(\"accounts-cancel\")}" }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn account(role: UserRole, entities: &[&str]) -> Account {
        Account {
            username: "sam".into(),
            display_name: "Sam".into(),
            role,
            entities: entities.iter().map(|e| e.to_string()).collect(),
            centres: vec![],
            active: true,
            must_change_password: false,
        }
    }

    #[test]
    fn an_edit_sends_only_what_changed() {
        let sam = account(UserRole::Supervisor, &["roads"]);
        let none: &[String] = &[];
        let roads = ["roads".to_owned()];
        assert_eq!(change_of(&sam, " Sam ", UserRole::Supervisor, (&roads, none)), AccountChange::default());
        let more = change_of(&sam, "Sam", UserRole::Supervisor, (&["roads".into(), "cd".into()], none));
        assert_eq!(
            more,
            AccountChange { entities: Some(vec!["roads".into(), "cd".into()]), ..AccountChange::default() }
        );
        let shopper = change_of(&sam, "Samir", UserRole::Shopper, (&roads, none));
        assert_eq!(
            shopper,
            AccountChange {
                display_name: Some("Samir".into()),
                role: Some(UserRole::Shopper),
                entities: Some(vec![]),
                centres: None
            }
        );
        let manager = change_of(&sam, "Sam", UserRole::CentreManager, (&roads, &["cd-al-barsha".into()]));
        assert_eq!(
            manager,
            AccountChange {
                role: Some(UserRole::CentreManager),
                entities: Some(vec![]),
                centres: Some(vec!["cd-al-barsha".into()]),
                ..AccountChange::default()
            }
        );
    }

    #[test]
    fn the_form_says_what_core_refuses_beside_its_field() {
        let i18n = I18n::new("en");
        let field = |p: Option<FormProblem>| p.and_then(|p| p.field);
        let none: (&[String], &[String]) = (&[], &[]);
        assert_eq!(
            field(checked(Some("Sam Jones"), "Sam", UserRole::Shopper, none, i18n)).as_deref(),
            Some("username")
        );
        assert_eq!(field(checked(Some("sam"), " ", UserRole::Shopper, none, i18n)).as_deref(), Some("display_name"));
        assert_eq!(field(checked(Some("sam"), "Sam", UserRole::Supervisor, none, i18n)).as_deref(), Some("entities"));
        let manager = checked(Some("sam"), "Sam", UserRole::CentreManager, none, i18n);
        assert_eq!(manager.as_ref().and_then(|p| p.field.as_deref()), Some("centres"));
        assert_eq!(manager.map(|p| p.text), Some(i18n.t("accounts-refusal-centres-needed")));
        assert_eq!(checked(Some("sam"), "Sam", UserRole::Admin, none, i18n), None);
        assert_eq!(input_id("new-account", "centres"), "new-account-centre-0");
        assert_eq!(input_id("new-account", "display_name"), "new-account-display-name");
        assert_eq!(input_id("new-account", "entities"), "new-account-entity-0");
    }
}
