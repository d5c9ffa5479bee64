//! A shopper's planned visits: those assigned to them and the open ones they
//! may take. The list is read from the device first (it works offline and
//! says when it came), then updated from the server when it can be reached.
//! A visit starts from its assignment with the assignment's centre, service
//! and wave's checklist, offline too; taking and giving one back need the server.

use crate::app::{use_i18n, Route};
use crate::components::ReadError;
use crate::drafts;
use crate::i18n::{error_message_id, I18n};
use crate::state::{use_app, AppState, Connection};
use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};
use dioxus::core::spawn_forever;
use dioxus::prelude::*;
use dioxus::router::Navigator;
use ms_client::api::assignments::rule_refusal;
use ms_client::store::CachedAssignments;
use ms_client::{ApiError, FailureKind, LocalState, LocalSummary};
use ms_core::planning::api::{AssignmentLink, AssignmentView, Refusal};
use ms_core::planning::{AssignmentId, AssignmentStatus, Day};
use ms_core::ErrorCode;
use std::collections::BTreeMap;

/// Why something asked of the server or the device did not happen.
#[derive(Debug, Clone, PartialEq)]
enum Failure {
    /// No connection, or the server did not answer.
    Offline,
    /// The session ended.
    SignIn,
    /// The server refused, with its code and its sentence.
    Refused { code: String, message: String },
    /// The device store failed.
    Store(String),
    /// The wave's checklist is not on this device.
    ChecklistMissing,
}

impl Failure {
    fn of(e: &ApiError) -> Self {
        match e.kind() {
            FailureKind::Transient => Failure::Offline,
            FailureKind::NeedsSignIn => Failure::SignIn,
            FailureKind::Permanent => Failure::Refused { code: e.code().to_owned(), message: e.to_string() },
        }
    }

    fn words(&self, i18n: I18n) -> String {
        match self {
            Failure::Offline => i18n.t("planned-needs-connection"),
            Failure::SignIn => i18n.t("planned-sign-in-again"),
            Failure::Refused { code, message } => {
                i18n.t_args("planned-action-failed", &[("reason", i18n.server_error(Some(code), message).into())])
            }
            Failure::Store(reason) => format!("{} ({reason})", i18n.t("store-save-failed")),
            Failure::ChecklistMissing => i18n.t("planned-checklist-missing"),
        }
    }
}

/// A step asked of the server on one assignment. The screen takes them one
/// after the other, in its own task: a card may leave the list halfway
/// through its step (a claimed visit moves to the shopper's own), and the
/// step goes on.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Step {
    Claim(AssignmentId),
    Release(AssignmentId),
}

/// The screen's state; copied into every handler.
#[derive(Clone, Copy)]
struct Plan {
    app: AppState,
    /// The list the device keeps: None before it is read, Err when the store could not read it.
    kept: Signal<Option<Result<Option<CachedAssignments>, String>>>,
    refreshing: Signal<bool>,
    refresh_failed: Signal<Option<Failure>>,
    /// The assignment a claim or a release is under way for.
    busy: Signal<Option<AssignmentId>>,
    /// What went wrong with a step, by assignment.
    failed: Signal<BTreeMap<AssignmentId, Failure>>,
    /// Claims a rule refused just now, until the next list says so itself.
    refused: Signal<BTreeMap<AssignmentId, Refusal>>,
    confirm_release: Signal<Option<AssignmentId>>,
}

impl Plan {
    /// Whose list this is: the signed-in shopper's, as this device names them.
    fn account(&self) -> Option<String> {
        let s = self.app.settings.peek();
        s.username.clone().filter(|_| s.token.is_some())
    }

    /// Reads the kept list from the store (when the screen opens, and after each change).
    fn reread(self) {
        let Some(account) = self.account() else { return };
        let read = self.app.read(|s| s.my_assignments(&account).map_err(|e| e.to_string()));
        let mut kept = self.kept;
        kept.set(read);
    }

    fn fail(self, id: AssignmentId, failure: Option<Failure>) {
        let mut failed = self.failed;
        match failure {
            Some(f) => failed.write().insert(id, f),
            None if failed.peek().contains_key(&id) => failed.write().remove(&id),
            None => None,
        };
    }

    fn connection(self, now: Connection) {
        let mut connection = self.app.connection;
        if *connection.peek() != now {
            connection.set(now);
        }
    }

    /// Asks the server for the list and keeps it on the device.
    async fn refresh(self) {
        let (Some(services), Some(account)) = (self.app.services(), self.account()) else { return };
        let (mut refreshing, mut refresh_failed) = (self.refreshing, self.refresh_failed);
        if *refreshing.peek() {
            return;
        }
        refreshing.set(true);
        match services.api.my_assignments().await {
            Ok(list) => {
                let kept = self.app.write(|s| s.save_my_assignments(&account, &list));
                refresh_failed.set(kept.err().map(|e| Failure::Store(e.to_string())));
                self.connection(Connection::Online);
                self.reread();
            }
            Err(e) => {
                let failure = Failure::of(&e);
                if failure == Failure::Offline {
                    self.connection(Connection::Offline);
                }
                tracing::info!(error = %e, "planned visits not updated");
                refresh_failed.set(Some(failure));
            }
        }
        refreshing.set(false);
    }

    /// Keeps the assignment as the server answered a step on it.
    fn keep(self, account: &str, view: &AssignmentView) {
        let kept = self.app.write(|s| s.apply_to_my_assignments(account, view));
        self.fail(view.id, kept.err().map(|e| Failure::Store(e.to_string())));
        self.reread();
    }

    async fn claim(self, id: AssignmentId) {
        let (Some(services), Some(account)) = (self.app.services(), self.account()) else { return };
        let mut busy = self.busy;
        busy.set(Some(id));
        self.fail(id, None);
        match services.api.claim_assignment(id).await {
            Ok(view) => self.keep(&account, &view),
            Err(e) => match rule_refusal(&e) {
                Some(refusal) => {
                    let mut refused = self.refused;
                    refused.write().insert(id, refusal);
                }
                None => self.fail(id, Some(Failure::of(&e))),
            },
        }
        busy.set(None);
        self.refresh().await;
    }

    async fn release(self, id: AssignmentId) {
        let (Some(services), Some(account)) = (self.app.services(), self.account()) else { return };
        let (mut busy, mut confirm) = (self.busy, self.confirm_release);
        confirm.set(None);
        busy.set(Some(id));
        self.fail(id, None);
        match services.api.release_assignment(id).await {
            Ok(view) => self.keep(&account, &view),
            Err(e) => self.fail(id, Some(Failure::of(&e))),
        }
        busy.set(None);
        self.refresh().await;
    }

    /// Starts the visit of an assignment on this device (no connection
    /// needed) and opens it; the server is told when it can be reached.
    fn start(self, view: AssignmentView, nav: Navigator) {
        let Some(template) = self.app.template(&view.template_id) else {
            self.fail(view.id, Some(Failure::ChecklistMissing));
            return;
        };
        match drafts::start_for_assignment(&self.app, &view, &template) {
            Ok(id) => {
                self.fail(view.id, None);
                self.tell_started(view.id);
                nav.push(Route::Visit { id: id.to_string() });
            }
            Err(e) => self.fail(view.id, Some(Failure::Store(e))),
        }
    }

    /// Best effort, and past this screen: a visit started offline reaches the
    /// server with its evaluation.
    fn tell_started(self, id: AssignmentId) {
        let (Some(services), Some(account)) = (self.app.services(), self.account()) else { return };
        let app = self.app;
        spawn_forever(async move {
            match services.api.start_assignment(id).await {
                Ok(view) => {
                    if let Err(e) = app.write(|s| s.apply_to_my_assignments(&account, &view)) {
                        tracing::warn!(assignment = %id, error = %e, "the started visit not kept in the list");
                    }
                }
                Err(e) => tracing::info!(assignment = %id, error = %e, "the server was not told the visit started"),
            }
        });
    }
}

#[component]
pub fn MyVisits() -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let nav = use_navigator();
    let plan = Plan {
        app,
        kept: use_signal(|| None),
        refreshing: use_signal(|| false),
        refresh_failed: use_signal(|| None),
        busy: use_signal(|| None),
        failed: use_signal(BTreeMap::new),
        refused: use_signal(BTreeMap::new),
        confirm_release: use_signal(|| None),
    };
    use_hook(move || plan.reread());
    use_future(move || plan.refresh());
    let steps = use_coroutine(move |mut asked: UnboundedReceiver<Step>| async move {
        use futures_util::StreamExt;
        while let Some(step) = asked.next().await {
            match step {
                Step::Claim(id) => plan.claim(id).await,
                Step::Release(id) => plan.release(id).await,
            }
        }
    });
    // Back online with the list not updated for want of a connection: update it now.
    use_effect(move || {
        if (app.connection)() == Connection::Online && *plan.refresh_failed.peek() == Some(Failure::Offline) {
            spawn(plan.refresh());
        }
    });
    let signed_in = {
        let s = app.settings.read();
        s.token.is_some() && s.username.is_some()
    };
    if !signed_in {
        return rsx! {
            section { class: "planned",
                h1 { "{i18n.t(\"planned-title\")}" }
                p { class: "notice",
                    "{i18n.t(\"planned-sign-in-first\")} "
                    Link { to: Route::SignIn {}, "{i18n.t(\"sign-in-title\")}" }
                }
            }
        };
    }
    let today = chrono::Local::now().date_naive();
    let kept = (plan.kept)();
    let refreshing = (plan.refreshing)();
    let fetched_at = kept.as_ref().and_then(|k| k.as_ref().ok()).and_then(|k| k.as_ref()).map(|k| k.fetched_at);
    let updated = match fetched_at {
        _ if refreshing => i18n.t("planned-updating"),
        Some(at) => i18n.t_args("planned-updated", &[("time", i18n.formats().date_time(at).into())]),
        None => i18n.t("planned-never-updated"),
    };
    let trouble = (plan.refresh_failed)().map(|f| match f {
        Failure::Offline if fetched_at.is_some() => i18n.t("planned-offline"),
        // Without a list, the line above already asks for a connection.
        Failure::Offline => String::new(),
        Failure::SignIn => i18n.t("planned-sign-in-again"),
        Failure::Refused { code, message } => {
            i18n.t_args("planned-not-updated", &[("reason", i18n.server_error(Some(&code), &message).into())])
        }
        other => i18n.t_args("planned-not-updated", &[("reason", other.words(i18n).into())]),
    });
    let local = app.lists.local().read().clone();
    rsx! {
        section { class: "planned",
            h1 { "{i18n.t(\"planned-title\")}" }
            div { class: "planned-toolbar",
                p { class: "planned-updated", role: "status", "data-fetched": "{fetched_at.is_some()}", "{updated}" }
                button { class: "button secondary", r#type: "button", "data-action": "refresh-planned", disabled: refreshing,
                    onclick: move |_| plan.refresh(),
                    "{i18n.t(\"planned-refresh\")}" }
            }
            if let Some(t) = trouble.filter(|t| !t.is_empty()) {
                p { class: "notice planned-trouble", role: "alert", "{t}" }
            }
            match kept {
                Some(Err(reason)) => rsx! { ReadError { i18n, reason } },
                Some(Ok(Some(list))) => {
                    let mut mine = list.assignments.mine.clone();
                    mine.sort_by_key(|a| (a.due, a.earliest));
                    let mut available = list.assignments.available.clone();
                    available.sort_by_key(|a| (a.assignment.earliest, a.assignment.due));
                    let local = local.clone();
                    rsx! {
                        h2 { id: "planned-mine", "{i18n.t(\"planned-mine\")}" }
                        if mine.is_empty() {
                            p { class: "empty", "{i18n.t(\"planned-mine-none\")}" }
                        }
                        ul { class: "list planned-list", "aria-labelledby": "planned-mine", "data-section": "mine",
                            for view in mine {
                                Mine { key: "{view.id}", view: view.clone(), today, plan: PlanProp(plan, steps), nav: NavProp(nav),
                                    made: made_for(&local, view.id) }
                            }
                        }
                        h2 { id: "planned-available", "{i18n.t(\"planned-available\")}" }
                        if available.is_empty() {
                            p { class: "empty", "{i18n.t(\"planned-available-none\")}" }
                        }
                        ul { class: "list planned-list", "aria-labelledby": "planned-available", "data-section": "available",
                            for a in available {
                                Open { key: "{a.assignment.id}", view: a.assignment.clone(), today, plan: PlanProp(plan, steps),
                                    claimable: a.claimable, refusal: a.refusal.clone() }
                            }
                        }
                    }
                }
                _ => rsx! {},
            }
        }
    }
}

/// The screen's state and its steps, handed to a card (signals compare by identity).
#[derive(Clone, Copy)]
struct PlanProp(Plan, Coroutine<Step>);

impl PartialEq for PlanProp {
    fn eq(&self, other: &Self) -> bool {
        self.0.kept == other.0.kept && self.0.busy == other.0.busy && self.0.failed == other.0.failed
    }
}

#[derive(Clone, Copy)]
struct NavProp(Navigator);

impl PartialEq for NavProp {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// The evaluation this device made (or is making) for an assignment: the latest one.
fn made_for(local: &Result<Vec<LocalSummary>, String>, id: AssignmentId) -> Option<LocalSummary> {
    let list = local.as_ref().ok()?;
    list.iter().filter(|e| e.assignment_id == Some(id)).max_by_key(|e| e.updated_at).cloned()
}

/// One of the shopper's own assignments, with what they can do with it.
#[component]
fn Mine(view: AssignmentView, today: NaiveDate, plan: PlanProp, nav: NavProp, made: Option<LocalSummary>) -> Element {
    let i18n = use_i18n();
    let PlanProp(plan, steps) = plan;
    let id = view.id;
    let busy = (plan.busy)() == Some(id);
    let failure = plan.failed.read().get(&id).cloned();
    let startable = matches!(view.status, AssignmentStatus::Assigned | AssignmentStatus::InProgress);
    let opens_later = today < view.earliest;
    rsx! {
        li { class: "card assignment", "data-assignment": "{id}", "data-status": view.status.as_str(),
            "data-earliest": "{view.earliest}",
            Facts { view: view.clone(), today }
            div { class: "actions",
                match made {
                    Some(e) if e.state == LocalState::Draft => rsx! {
                        p { class: "state draft", "data-local": "draft", "{i18n.t(\"planned-local-draft\")}" }
                        Link { class: "button primary", to: Route::Visit { id: e.id.to_string() }, "data-action": "resume-planned",
                            "aria-describedby": "a-{id}-name", "{i18n.t(\"planned-resume\")}" }
                    },
                    Some(e) if e.state == LocalState::Uploaded => rsx! {
                        p { class: "state sent", "data-local": "uploaded", "✓ {i18n.t(\"planned-local-sent\")}" }
                        if let Some(words) = e.assignment_link.as_ref().and_then(|l| not_linked(i18n, l)) {
                            p { class: "state not-linked", "data-not-linked": "true", "{words}" }
                        }
                    },
                    Some(_) => rsx! {
                        p { class: "state waiting", "data-local": "waiting", "{i18n.t(\"planned-local-waiting\")}" }
                    },
                    None if startable => rsx! {
                        if opens_later {
                            p { class: "needed", {i18n.t_args("planned-opens-on", &[("date", date(i18n, view.earliest).into())])} }
                        }
                        button { class: "button primary", r#type: "button", "data-action": "start-planned",
                            "aria-describedby": "a-{id}-name", disabled: opens_later || busy,
                            onclick: {
                                let view = view.clone();
                                move |_| plan.start(view.clone(), nav.0)
                            },
                            "{i18n.t(\"planned-start\")}" }
                        if view.status == AssignmentStatus::Assigned {
                            if (plan.confirm_release)() == Some(id) {
                                span { role: "alert", "{i18n.t(\"planned-release-confirm\")}" }
                                button { class: "button danger", r#type: "button", "data-action": "release-confirmed", disabled: busy,
                                    onclick: move |_| steps.send(Step::Release(id)), "{i18n.t(\"planned-release-yes\")}" }
                                button { class: "button secondary", r#type: "button",
                                    onclick: move |_| { let mut c = plan.confirm_release; c.set(None) }, "{i18n.t(\"cancel\")}" }
                            } else {
                                button { class: "button secondary", r#type: "button", "data-action": "release-planned",
                                    "aria-describedby": "a-{id}-name", disabled: busy,
                                    onclick: move |_| { let mut c = plan.confirm_release; c.set(Some(id)) },
                                    "{i18n.t(\"planned-release\")}" }
                            }
                        }
                    },
                    None => rsx! {},
                }
            }
            if let Some(f) = failure {
                p { class: "error", role: "alert", "{f.words(i18n)}" }
            }
        }
    }
}

/// An open assignment the shopper may take, or the reason they may not.
#[component]
fn Open(view: AssignmentView, today: NaiveDate, plan: PlanProp, claimable: bool, refusal: Option<Refusal>) -> Element {
    let i18n = use_i18n();
    let PlanProp(plan, steps) = plan;
    let id = view.id;
    let busy = (plan.busy)() == Some(id);
    let failure = plan.failed.read().get(&id).cloned();
    // The list's own reason first: it says until when.
    let refusal = refusal.or_else(|| plan.refused.read().get(&id).cloned());
    rsx! {
        li { class: "card assignment", "data-assignment": "{id}", "data-status": view.status.as_str(),
            "data-earliest": "{view.earliest}", "data-claimable": "{claimable && refusal.is_none()}",
            Facts { view: view.clone(), today }
            div { class: "actions",
                if let Some(r) = refusal.as_ref() {
                    p { class: "claim-refusal", "data-refusal": r.code.as_str(), "{refusal_words(i18n, r)}" }
                } else if claimable {
                    button { class: "button primary", r#type: "button", "data-action": "claim",
                        "aria-describedby": "a-{id}-name", disabled: busy,
                        onclick: move |_| steps.send(Step::Claim(id)), "{i18n.t(\"planned-claim\")}" }
                }
            }
            if let Some(f) = failure {
                p { class: "error", role: "alert", "{f.words(i18n)}" }
            }
        }
    }
}

/// What an assignment asks: where, what, when.
#[component]
fn Facts(view: AssignmentView, today: NaiveDate) -> Element {
    let app = use_app();
    let i18n = use_i18n();
    let catalogue = app.catalogue.read();
    let centre =
        catalogue.centre(&view.centre_id).map(|c| c.name.get(i18n.locale).to_owned()).unwrap_or(view.centre_id.clone());
    let service = view
        .service_id
        .as_ref()
        .map(|s| catalogue.service(s).map(|x| x.name.get(i18n.locale).to_owned()).unwrap_or(s.clone()));
    let status = view.status.as_str();
    let window = i18n
        .t_args("planned-range", &[("from", date(i18n, view.earliest).into()), ("to", date(i18n, view.due).into())]);
    let left = view.days_left(today);
    let left = match left {
        0 => i18n.t("planned-due-today"),
        n if n > 0 => i18n.count("planned-days-left", n as usize),
        n => i18n.count("planned-overdue", n.unsigned_abs() as usize),
    };
    let due = format!("{} · {left}", date(i18n, view.due));
    let days = view.days.iter().map(|d| weekday(i18n, *d)).collect::<Vec<_>>().join(" · ");
    let hours = view.hours.map(|h| {
        i18n.t_args("planned-range", &[("from", clock(i18n, h.start()).into()), ("to", clock(i18n, h.end()).into())])
    });
    rsx! {
        div { class: "assignment-head",
            h3 { id: "a-{view.id}-name", bdi { "{centre}" } }
            span { class: "status-tag {status}", {i18n.t_args("planned-status", &[("status", status.into())])} }
        }
        dl { class: "assignment-facts",
            if let Some(s) = service {
                dt { "{i18n.t(\"planned-service\")}" }
                dd { bdi { "{s}" } }
            }
            dt { "{i18n.t(\"planned-window\")}" }
            dd { "{window}" }
            dt { "{i18n.t(\"planned-due\")}" }
            dd { class: if left_is_late(&view, today) { "late" } else { "" }, "{due}" }
            if !days.is_empty() {
                dt { "{i18n.t(\"planned-days\")}" }
                dd { "{days}" }
            }
            if let Some(h) = hours {
                dt { "{i18n.t(\"planned-hours\")}" }
                dd { "{h}" }
            }
            dt { "{i18n.t(\"planned-wave\")}" }
            dd { bdi { "{view.wave_name}" } }
        }
        if !view.scenario.trim().is_empty() {
            p { class: "scenario-label", "{i18n.t(\"planned-scenario\")}" }
            // As the supervisor typed it, in whatever language and direction.
            p { class: "scenario", dir: "auto", "{view.scenario}" }
        }
    }
}

fn left_is_late(view: &AssignmentView, today: NaiveDate) -> bool {
    view.days_left(today) < 0
}

/// A day as the language writes it, with a short month name.
pub(crate) fn date(i18n: I18n, d: NaiveDate) -> String {
    i18n.t_args("planned-date", &[("day", d.day().into()), ("month", d.month().into()), ("year", d.year().into())])
}

fn weekday(i18n: I18n, day: Day) -> String {
    let key = match day {
        Day::Mon => "mon",
        Day::Tue => "tue",
        Day::Wed => "wed",
        Day::Thu => "thu",
        Day::Fri => "fri",
        Day::Sat => "sat",
        Day::Sun => "sun",
    };
    i18n.t_args("planned-weekday", &[("day", key.into())])
}

/// A time of day on the 24-hour clock, in the chosen digits.
fn clock(i18n: I18n, t: NaiveTime) -> String {
    let f = i18n.formats();
    format!("{}:{}", f.integer(i64::from(t.hour()), 2), f.integer(i64::from(t.minute()), 2))
}

/// Why the shopper may not take a visit, in their words; the server's own
/// words for a code that is not a rule of the wave.
pub(crate) fn refusal_words(i18n: I18n, r: &Refusal) -> String {
    let until = r.until.map(|d| date(i18n, d));
    match (r.code, until) {
        (ErrorCode::Lockout, Some(d)) => i18n.t_args("planned-refused-lockout-until", &[("date", d.into())]),
        (ErrorCode::Lockout, None) => i18n.t("planned-refused-lockout"),
        (ErrorCode::Spacing, Some(d)) => i18n.t_args("planned-refused-spacing-until", &[("date", d.into())]),
        (ErrorCode::Spacing, None) => i18n.t("planned-refused-spacing"),
        (ErrorCode::DailyCap, _) => i18n.t("planned-refused-daily-cap"),
        (ErrorCode::WaveCap, _) => i18n.t("planned-refused-wave-cap"),
        (ErrorCode::HeldCap, _) => i18n.t("planned-refused-held-cap"),
        (ErrorCode::Grade, _) => i18n.t("planned-refused-grade"),
        (code, _) => i18n.t(&error_message_id(code)),
    }
}

/// What to tell the shopper when an upload was kept but not counted for its
/// planned visit; None when it was.
pub(crate) fn not_linked(i18n: I18n, link: &AssignmentLink) -> Option<String> {
    if link.linked {
        return None;
    }
    Some(match &link.refusal {
        Some(r) => i18n.t_args("planned-not-linked", &[("reason", refusal_words(i18n, r).into())]),
        None => i18n.t("planned-not-linked-plain"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{Opened, Root};
    use dioxus::history::{History, MemoryHistory};
    use ms_client::{lock, NewDraft, SharedStore, Store};
    use ms_core::planning::api::{Available, MyAssignments};
    use ms_core::planning::{Hours, WaveId};
    use ms_core::Role;
    use std::rc::Rc;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a day")
    }

    fn view(centre: &str, status: AssignmentStatus, from: NaiveDate, to: NaiveDate) -> AssignmentView {
        AssignmentView {
            id: AssignmentId::new(),
            wave_id: WaveId::new(),
            wave_name: "Spring wave".into(),
            template_id: ms_core::builtin::shopper_customer_journey().id,
            centre_id: centre.into(),
            entity_id: "e1".into(),
            service_id: Some("s1".into()),
            scenario: "Ask how to renew a licence.\nPay by card.".into(),
            days: vec![Day::Mon, Day::Wed],
            hours: Hours::new(
                NaiveTime::from_hms_opt(8, 0, 0).expect("time"),
                NaiveTime::from_hms_opt(14, 0, 0).expect("time"),
            ),
            earliest: from,
            due: to,
            status,
            shopper: (status != AssignmentStatus::Open).then(|| "sam".into()),
            evaluation_id: None,
            log: Vec::new(),
        }
    }

    /// A signed-in shopper's device in `locale` with one centre and service
    /// in its catalogue and a kept list: one visit assigned, one to take,
    /// one a lockout refuses.
    fn device(locale: &str) -> (tempfile::TempDir, SharedStore, MyAssignments) {
        let dir = tempfile::tempdir().expect("temporary directory");
        let mut store = Store::open(dir.path().join("d.sqlite3"), dir.path().join("photos")).expect("store");
        let settings = serde_json::json!({
            "locale": locale, "role": "shopper", "server_url": "http://127.0.0.1:9",
            "device_id": "test-device", "token": "t0k", "username": "Sam"
        });
        store.cache_put(crate::state::SETTINGS_KEY, None, &settings.to_string()).expect("settings");
        let catalogue = serde_json::json!({
            "entities": [{"id": "e1", "name": {"en": "Authority"}}],
            "centres": [{"id": "c1", "entity_id": "e1", "name": {"en": "Al Barsha", "ar": "البرشاء"},
                         "address": {"en": "Street 1"}, "latitude": 25.1, "longitude": 55.2, "geofence_m": 150.0,
                         "qr_token": "qr", "service_ids": ["s1"]}],
            "services": [{"id": "s1", "entity_id": "e1", "name": {"en": "Licence renewal", "ar": "تجديد الرخصة"}}]
        });
        store.cache_put(ms_client::store::CATALOGUE_KEY, None, &catalogue.to_string()).expect("catalogue");
        let today = chrono::Local::now().date_naive();
        let week = chrono::Days::new(7);
        let list = MyAssignments {
            mine: vec![view("c1", AssignmentStatus::Assigned, today, today + week)],
            available: vec![
                Available {
                    assignment: view("c1", AssignmentStatus::Open, today, today + week),
                    claimable: true,
                    refusal: None,
                },
                Available {
                    assignment: view("c-unknown", AssignmentStatus::Open, today, today + week),
                    claimable: false,
                    refusal: Some(Refusal {
                        code: ErrorCode::Lockout,
                        message: "visited recently".into(),
                        until: Some(day(2031, 4, 10)),
                    }),
                },
            ],
        };
        store.save_my_assignments("Sam", &list).expect("kept");
        (dir, store.shared(), list)
    }

    #[component]
    fn AtRoute(path: String, opened: Opened) -> Element {
        use_context_provider(move || Rc::new(MemoryHistory::with_initial_path(path.clone())) as Rc<dyn History>);
        rsx! { Root { opened } }
    }

    fn render(path: &str, store: &SharedStore) -> String {
        let props = AtRouteProps { path: path.to_owned(), opened: Opened::new(Ok(store.clone())) };
        let mut dom = VirtualDom::new_with_props(AtRoute, props);
        dom.rebuild_in_place();
        dioxus_ssr::render(&dom)
    }

    /// Text as the page shows it: without Fluent's isolation marks.
    fn plain(s: &str) -> String {
        s.replace(['\u{2068}', '\u{2069}'], "")
    }

    #[test]
    fn the_kept_list_is_shown_offline_with_each_visits_centre_scenario_and_what_can_be_done() {
        let (_dir, store, list) = device("en");
        let html = plain(&render("/my-visits", &store));
        let en = I18n::new("en");
        for id in ["planned-title", "planned-mine", "planned-available", "planned-claim", "planned-start"] {
            assert!(html.contains(&en.t(id)), "{id}: {html}");
        }
        assert!(html.contains("Al Barsha") && html.contains("Licence renewal"), "{html}");
        assert!(html.contains("Ask how to renew a licence.\nPay by card."), "the scenario as typed: {html}");
        assert!(html.contains("c-unknown"), "a centre the catalogue lacks goes by its id: {html}");
        assert!(
            html.contains("Your other visit to this centre is too close to this one. You can take a visit there from 10 Apr 2031."),
            "{html}"
        );
        assert!(html.contains("Mon · Wed") && html.contains("08:00 – 14:00"), "{html}");
        assert!(html.contains("7 days left"), "{html}");
        assert!(html.contains("Last updated"), "when the list came: {html}");
        assert_eq!(html.matches("data-action=\"claim\"").count(), 1, "only the claimable one: {html}");
        assert!(html.contains(&format!("data-assignment=\"{}\"", list.mine[0].id)));
        assert!(!html.contains(&en.t("store-read-failed")));
    }

    #[test]
    fn a_visit_begun_for_an_assignment_is_continued_not_started_again() {
        let (_dir, store, list) = device("en");
        let mine = &list.mine[0];
        let id = lock(&store)
            .new_draft(&NewDraft {
                template: ms_core::builtin::shopper_customer_journey().reference(),
                centre_id: mine.centre_id.clone(),
                service_id: mine.service_id.clone(),
                role: Role::Shopper,
                locale: "en".into(),
                device_id: "test-device".into(),
                app_version: "test".into(),
                assignment_id: Some(mine.id),
            })
            .expect("draft");
        let html = plain(&render("/my-visits", &store));
        assert!(html.contains(&I18n::new("en").t("planned-resume")), "{html}");
        assert!(html.contains(&format!("/visits/{id}")), "{html}");
        assert!(!html.contains("data-action=\"start-planned\""), "{html}");
    }

    #[test]
    fn in_arabic_the_list_reads_right_to_left_in_arabic_words() {
        let (_dir, store, _) = device("ar");
        let html = plain(&render("/my-visits", &store));
        let ar = I18n::new("ar");
        assert!(html.contains("dir=\"rtl\""), "{html}");
        assert!(html.contains("البرشاء") && html.contains("تجديد الرخصة"), "{html}");
        assert!(html.contains(&plain(&ar.t("planned-claim"))), "{html}");
        assert!(html.contains("10 أبريل 2031"), "{html}");
        assert!(html.contains("dir=\"auto\""), "the scenario keeps its own direction: {html}");
    }

    #[test]
    fn signed_out_the_screen_asks_for_a_sign_in_and_shows_no_list() {
        let (_dir, store, _) = device("en");
        let settings = serde_json::json!({
            "locale": "en", "role": "shopper", "server_url": "http://127.0.0.1:9", "device_id": "test-device"
        });
        lock(&store).cache_put(crate::state::SETTINGS_KEY, None, &settings.to_string()).expect("settings");
        let html = plain(&render("/my-visits", &store));
        assert!(html.contains(&I18n::new("en").t("planned-sign-in-first")), "{html}");
        assert!(!html.contains("data-assignment"), "{html}");
    }

    #[test]
    fn every_refusal_and_date_is_in_words_in_every_language() {
        let _ = crate::i18n::take_missing();
        for locale in crate::i18n::available() {
            let i18n = I18n::new(locale);
            let d = date(i18n, day(2026, 12, 31));
            assert!(plain(&d).contains("31") && plain(&d).contains("2026"), "{locale}: {d}");
            for code in ErrorCode::ALL {
                for until in [None, Some(day(2026, 5, 2))] {
                    let words = refusal_words(i18n, &Refusal { code: *code, message: "x".into(), until });
                    assert!(!words.trim().is_empty() && words != "x", "{locale} {code}");
                }
            }
            let link = AssignmentLink { assignment_id: AssignmentId::new(), linked: false, refusal: None };
            assert!(not_linked(i18n, &link).is_some());
            assert_eq!(not_linked(i18n, &AssignmentLink { linked: true, ..link }), None);
            for d in Day::ALL {
                assert!(!weekday(i18n, d).trim().is_empty());
            }
        }
        assert_eq!(crate::i18n::take_missing(), vec![], "messages that fell back to English");
        assert_eq!(plain(&date(I18n::new("zh"), day(2026, 3, 9))), "2026年3月9日");
        assert_eq!(plain(&date(I18n::new("en"), day(2026, 3, 9))), "9 Mar 2026");
        assert_eq!(plain(&date(I18n::with_digits("ar", true), day(2026, 3, 9))), "٩ مارس ٢٠٢٦");
    }
}
