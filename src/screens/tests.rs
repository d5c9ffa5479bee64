//! Each screen that reads or writes the device store, rendered with a store
//! that really fails (its SQLite tables broken from a second connection): the
//! failure is said in words, never shown as an empty list or lost silently.

use crate::app::{Opened, Root};
use crate::i18n::I18n;
use crate::state::SETTINGS_KEY;
use dioxus::history::{History, MemoryHistory};
use dioxus::prelude::*;
use ms_client::store::CATALOGUE_KEY;
use ms_client::{lock, NewDraft, SharedStore, Store};
use ms_core::{EvaluationId, Role};
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// A device store on disk, set up as a signed-in shopper in English, with one
/// centre in its catalogue and one visit in progress.
struct Device {
    _dir: tempfile::TempDir,
    db: PathBuf,
    store: SharedStore,
    visit: EvaluationId,
}

const QR: &str = "qr-barsha";

fn device() -> Device {
    let dir = tempfile::tempdir().expect("temporary directory");
    let db = dir.path().join("device.sqlite3");
    let mut store = Store::open(&db, dir.path().join("photos")).expect("store");
    let settings = serde_json::json!({
        "locale": "en", "role": "shopper", "server_url": "http://127.0.0.1:9",
        "device_id": "test-device", "token": "t0k", "username": "Sam"
    });
    store.cache_put(SETTINGS_KEY, None, &settings.to_string()).expect("settings");
    let catalogue = serde_json::json!({
        "entities": [{"id": "e1", "name": {"en": "Authority"}}],
        "centres": [{"id": "c1", "entity_id": "e1", "name": {"en": "Al Barsha"}, "address": {"en": "Street 1"},
                     "latitude": 25.1, "longitude": 55.2, "geofence_m": 150.0, "qr_token": QR, "service_ids": []}],
        "services": []
    });
    store.cache_put(CATALOGUE_KEY, None, &catalogue.to_string()).expect("catalogue");
    let template = ms_core::builtin::shopper_customer_journey();
    let visit = store
        .new_draft(&NewDraft {
            template: template.reference(),
            centre_id: "c1".into(),
            service_id: None,
            role: Role::Shopper,
            locale: "en".into(),
            device_id: "test-device".into(),
            app_version: "test".into(),
            assignment_id: None,
        })
        .expect("visit");
    Device { _dir: dir, db, store: store.shared(), visit }
}

/// Breaks the store the way a damaged database does: the table of evaluations
/// is gone for the app's own open connection, so every read of it fails.
fn lose_evaluations(db: &Path) {
    let conn = rusqlite::Connection::open(db).expect("second connection");
    conn.execute_batch("ALTER TABLE evaluations RENAME TO evaluations_lost;").expect("break the store");
}

/// Makes every write fail as on a full or read-only disk, while reads still work.
fn refuse_writes(db: &Path) {
    let conn = rusqlite::Connection::open(db).expect("second connection");
    for table in ["evaluations", "answers", "outbox", "timers", "evaluation_photos"] {
        for op in ["INSERT", "UPDATE", "DELETE"] {
            conn.execute_batch(&format!(
                "CREATE TRIGGER refuse_{op}_{table} BEFORE {op} ON {table} BEGIN SELECT RAISE(ABORT, 'disk is full'); END;"
            ))
            .expect("break the store");
        }
    }
}

#[component]
fn AtRoute(path: String, opened: Opened) -> Element {
    use_context_provider(move || Rc::new(MemoryHistory::with_initial_path(path.clone())) as Rc<dyn History>);
    rsx! { Root { opened } }
}

fn open_at(path: &str, store: &SharedStore) -> VirtualDom {
    let props = AtRouteProps { path: path.to_owned(), opened: Opened::new(Ok(store.clone())) };
    let mut dom = VirtualDom::new_with_props(AtRoute, props);
    dom.rebuild_in_place();
    dom
}

fn render(path: &str, store: &SharedStore) -> String {
    dioxus_ssr::render(&open_at(path, store))
}

fn read_failed() -> String {
    I18n::new("en").t("store-read-failed")
}

fn save_failed() -> String {
    I18n::new("en").t("store-save-failed")
}

#[test]
fn every_screen_renders_its_text_with_a_working_store() {
    let d = device();
    let visits = render("/visits/new", &d.store);
    assert!(visits.contains(&I18n::new("en").t("visits-in-progress")), "{visits}");
    assert!(!visits.contains(&read_failed()));
    let outbox = render("/outbox", &d.store);
    assert!(outbox.contains(&I18n::new("en").t("state-draft")), "{outbox}");
    let visit = render(&format!("/visits/{}", d.visit), &d.store);
    assert!(visit.contains(&I18n::new("en").t("check-in")), "{visit}");
    let summary = render(&format!("/visits/{}/summary", d.visit), &d.store);
    assert!(summary.contains(&I18n::new("en").t("summary-title")), "{summary}");
    let rate = render(&format!("/rate/{QR}"), &d.store);
    assert!(rate.contains("Al Barsha"), "{rate}");
    for html in [visits, outbox, visit, summary, rate] {
        assert!(!html.contains(&read_failed()) && !html.contains(&save_failed()));
    }
}

#[test]
fn the_list_of_visits_says_the_store_cannot_be_read_instead_of_showing_none() {
    let d = device();
    lose_evaluations(&d.db);
    let html = render("/visits/new", &d.store);
    assert!(html.contains(&read_failed()), "{html}");
    assert!(html.contains("role=\"alert\""), "{html}");
}

#[test]
fn the_outbox_says_the_store_cannot_be_read_instead_of_showing_it_empty() {
    let d = device();
    lose_evaluations(&d.db);
    let html = render("/outbox", &d.store);
    assert!(html.contains(&read_failed()), "{html}");
    assert!(!html.contains(&I18n::new("en").t("outbox-empty")), "{html}");
}

#[test]
fn a_visit_the_store_cannot_read_is_an_error_not_a_missing_visit() {
    let d = device();
    lose_evaluations(&d.db);
    let html = render(&format!("/visits/{}", d.visit), &d.store);
    assert!(html.contains(&read_failed()), "{html}");
    assert!(!html.contains(&I18n::new("en").t("visit-not-found")), "{html}");
}

#[test]
fn the_summary_says_the_store_cannot_be_read() {
    let d = device();
    lose_evaluations(&d.db);
    let html = render(&format!("/visits/{}/summary", d.visit), &d.store);
    assert!(html.contains(&read_failed()), "{html}");
}

#[test]
fn the_citizen_rating_says_the_store_cannot_be_read() {
    let d = device();
    lose_evaluations(&d.db);
    let html = render(&format!("/rate/{QR}"), &d.store);
    assert!(html.contains(&read_failed()), "{html}");
    // The faces are still there: the rating can still be tried.
    assert!(html.contains(&I18n::new("en").t("citizen-face")), "{html}");
}

#[test]
fn a_centre_link_says_it_is_loading_until_the_list_of_centres_arrives() {
    let d = device();
    // A device opening its first link: no list of centres yet.
    let fresh = tempfile::tempdir().expect("dir");
    let store = Store::open(fresh.path().join("new.sqlite3"), fresh.path().join("photos")).expect("store").shared();
    let en = I18n::new("en");
    let html = render(&format!("/rate/{QR}"), &store);
    assert!(html.contains(&en.t("rate-loading-centre")), "{html}");
    assert!(!html.contains(&en.t("rate-unknown-centre")), "{html}");
    // With the list on the device, a link to a centre not in it says so, and how to go on.
    let html = render("/rate/no-such-centre", &d.store);
    assert!(html.contains(&en.t("rate-unknown-centre")), "{html}");
    assert!(html.contains(&en.t("rate-unknown-centre-hint")), "{html}");
}

/// Ids of the elements listening for `event`, in document order.
fn listeners(mutations: &dioxus::core::Mutations, event: &str) -> Vec<dioxus::core::ElementId> {
    mutations
        .edits
        .iter()
        .filter_map(|m| match m {
            dioxus::core::Mutation::NewEventListener { name, id } if name == event => Some(*id),
            _ => None,
        })
        .collect()
}

/// Types `text` into the element `id` as the browser would.
fn type_into(dom: &mut VirtualDom, id: dioxus::core::ElementId, text: &str) {
    use dioxus::html::{PlatformEventData, SerializedFormData};
    let data = PlatformEventData::new(Box::new(SerializedFormData::new(text.to_owned(), Vec::new())));
    let event = dioxus::core::Event::new(Rc::new(data) as Rc<dyn std::any::Any>, true);
    dom.runtime().handle_event("input", event, id);
    dom.render_immediate(&mut dioxus::core::NoOpMutations);
}

#[tokio::test]
async fn a_comment_that_could_not_be_saved_is_said_and_stays_on_screen() {
    dioxus::html::set_event_converter(Box::new(dioxus::html::SerializedHtmlEventConverter));
    let d = device();
    refuse_writes(&d.db);
    let props = AtRouteProps { path: format!("/visits/{}/summary", d.visit), opened: Opened::new(Ok(d.store.clone())) };
    let mut dom = VirtualDom::new_with_props(AtRoute, props);
    let mutations = dom.rebuild_to_vec();
    let inputs = listeners(&mutations, "input");
    assert_eq!(inputs.len(), 2, "the employee and the comment fields");
    let typed = "The queue ticket machine was broken";
    type_into(&mut dom, inputs[1], typed);
    let html = dioxus_ssr::render(&dom);
    assert!(html.contains(&save_failed()), "{html}");
    assert!(html.contains("disk is full"), "{html}");
    assert!(html.contains(typed), "the typed comment was cleared: {html}");
    assert!(lock(&d.store).load(d.visit).expect("load").comment.is_none());
}

#[tokio::test]
async fn two_fields_that_could_not_be_saved_both_keep_their_text() {
    dioxus::html::set_event_converter(Box::new(dioxus::html::SerializedHtmlEventConverter));
    let d = device();
    refuse_writes(&d.db);
    let props = AtRouteProps { path: format!("/visits/{}/summary", d.visit), opened: Opened::new(Ok(d.store.clone())) };
    let mut dom = VirtualDom::new_with_props(AtRoute, props);
    let mutations = dom.rebuild_to_vec();
    let inputs = listeners(&mutations, "input");
    assert_eq!(inputs.len(), 2, "the employee and the comment fields");
    let (employee, comment) = ("Desk 4", "Nobody answered at the desk");
    type_into(&mut dom, inputs[0], employee);
    type_into(&mut dom, inputs[1], comment);
    let html = dioxus_ssr::render(&dom);
    assert!(html.contains(employee), "the employee's text was dropped by the second failure: {html}");
    assert!(html.contains(comment), "{html}");
    assert_eq!(html.matches("data-store-error").count(), 2, "{html}");
}

#[test]
fn settings_that_cannot_be_read_are_set_aside_and_said() {
    let d = device();
    let unreadable = "{\"locale\": 7";
    lock(&d.store).cache_put(SETTINGS_KEY, None, unreadable).expect("damaged settings");
    let html = render("/outbox", &d.store);
    assert!(html.contains(&I18n::new("en").t("settings-set-aside")), "{html}");
    let conn = rusqlite::Connection::open(&d.db).expect("second connection");
    let (key, body): (String, String) = conn
        .query_row("SELECT key, body FROM cache WHERE key LIKE 'settings-unreadable-%'", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .expect("the unreadable settings kept aside");
    assert_eq!(body, unreadable);
    assert!(html.contains(&key), "{html}");
    // The defaults took their place, so the next opening finds readable settings.
    let kept = lock(&d.store).cache_get(SETTINGS_KEY).expect("read").expect("settings kept");
    assert!(serde_json::from_str::<crate::state::Settings>(&kept.1).is_ok());
}
