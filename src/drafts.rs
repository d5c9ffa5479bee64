//! Writing what the person does on screen into the device store, one change
//! at a time, so nothing typed is lost; and the evaluation a screen has open,
//! read from the store once and refreshed after each save, so that no screen
//! reads the store while it draws (docs/architecture.md §8).

use crate::components::{AnswerChange, SaveErrors};
use crate::state::{AppState, APP_VERSION};
use chrono::{DateTime, Utc};
use dioxus::prelude::*;
use ms_client::{LocalState, NewDraft, Store};
use ms_core::planning::api::AssignmentView;
use ms_core::planning::AssignmentId;
use ms_core::{builtin, ChecklistTemplate, Evaluation, EvaluationId, Role};
use std::collections::BTreeMap;

/// Saves one change of one item's answer.
fn apply_to(s: &mut Store, id: EvaluationId, item_id: &str, change: AnswerChange) -> ms_client::Result<()> {
    match change {
        AnswerChange::Value(v) => s.set_answer_value(id, item_id, v.as_ref()),
        AnswerChange::Comment(c) => {
            let c = c.trim_end().to_owned();
            s.set_answer_comment(id, item_id, (!c.is_empty()).then_some(c.as_str()))
        }
        AnswerChange::Photo(p) => s.add_answer_photo(id, item_id, &p),
        AnswerChange::RemovePhoto(p) => s.remove_answer_photo(id, item_id, &p),
    }
}

/// Parses an evaluation id from a route.
pub fn parse_id(raw: &str) -> Option<EvaluationId> {
    raw.parse().ok()
}

/// The newest version of the built-in checklist a role fills in.
pub fn template_for(app: &AppState, role: Role) -> Option<ChecklistTemplate> {
    app.template(builtin::template_id_for(role))
}

/// A new draft of `role` at a centre, in the person's language, on this
/// device; a shopper's visit starts now.
pub fn start(app: &AppState, role: Role, centre_id: &str, service_id: Option<&str>) -> Result<EvaluationId, String> {
    let template = template_for(app, role).ok_or_else(|| "the checklist is not on this device".to_owned())?;
    begin(app, role, &template, centre_id, service_id, None)
}

/// A shopper's visit for a planned visit: at its centre, for its service,
/// with `template` (its wave's checklist, the newest version on this
/// device), carrying the assignment to the server; it starts now. Needs no
/// connection.
pub fn start_for_assignment(
    app: &AppState,
    assignment: &AssignmentView,
    template: &ChecklistTemplate,
) -> Result<EvaluationId, String> {
    let service = assignment.service_id.as_deref();
    begin(app, Role::Shopper, template, &assignment.centre_id, service, Some(assignment.id))
}

fn begin(
    app: &AppState,
    role: Role,
    template: &ChecklistTemplate,
    centre_id: &str,
    service_id: Option<&str>,
    assignment_id: Option<AssignmentId>,
) -> Result<EvaluationId, String> {
    let settings = app.settings.peek().clone();
    let new = NewDraft {
        template: template.reference(),
        centre_id: centre_id.to_owned(),
        service_id: service_id.map(str::to_owned),
        role,
        locale: settings.locale.clone(),
        device_id: settings.device_id.clone(),
        app_version: APP_VERSION.to_owned(),
        assignment_id,
    };
    let started = app.write(|store| {
        let id = store.new_draft(&new)?;
        if role == Role::Shopper {
            store.set_visit_started(id, Some(Utc::now()))?;
        }
        Ok(id)
    });
    started.map_err(|e| e.to_string())
}

/// Everything a screen shows of one evaluation on the device.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftView {
    pub evaluation: Evaluation,
    pub state: LocalState,
    /// The stage the person was on, if they moved.
    pub stage: Option<String>,
    /// Running timers by item.
    pub timers: BTreeMap<String, DateTime<Utc>>,
    /// Why a supervisor sent it back, while it is being revised.
    pub review_comment: Option<String>,
}

/// Why an open evaluation can't be shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Unreadable {
    /// Not on this device (deleted, or a link from elsewhere).
    NotFound,
    /// The store failed to read it.
    Failed(String),
}

/// An evaluation open on a screen. Copy it into handlers and children.
#[derive(Clone, Copy)]
pub struct OpenDraft {
    app: AppState,
    pub id: Signal<Option<EvaluationId>>,
    /// None until loaded; Err when the store could not read it.
    pub view: Signal<Option<Result<DraftView, Unreadable>>>,
    /// Failed saves by field, each said next to its field.
    pub errors: SaveErrors,
}

impl PartialEq for OpenDraft {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id && self.view == other.view && self.errors == other.errors
    }
}

/// Opens the evaluation `id` (or none yet: a rating begins at its first tap).
pub fn use_open_draft(app: AppState, id: Option<EvaluationId>) -> OpenDraft {
    let errors = crate::components::use_save_errors();
    let draft = OpenDraft { app, id: use_signal(|| id), view: use_signal(|| None), errors };
    use_hook(move || draft.reload());
    draft
}

impl OpenDraft {
    /// Reads the evaluation from the store again.
    pub fn reload(&self) {
        let Some(id) = *self.id.peek() else { return };
        let Some(read) = self.app.read(|store| read_view(store, id)) else { return };
        let mut view = self.view;
        view.set(Some(read));
    }

    /// Starts the draft if there is none yet; its id either way.
    pub fn ensure(&self, place: &str, role: Role, centre_id: &str, service_id: Option<&str>) -> Option<EvaluationId> {
        if let Some(id) = *self.id.peek() {
            return Some(id);
        }
        let id = self.errors.check(place, None, start(&self.app, role, centre_id, service_id))?;
        let mut ids = self.id;
        ids.set(Some(id));
        self.reload();
        Some(id)
    }

    /// Writes one change and shows its outcome: on success the screen shows
    /// the store's new state; on failure the reason, with `typed` kept on screen.
    pub fn save<T>(
        &self,
        place: &str,
        typed: Option<&str>,
        write: impl FnOnce(&mut Store, EvaluationId) -> ms_client::Result<T>,
    ) -> Option<T> {
        let id = (*self.id.peek())?;
        let result = self.app.write(|store| write(store, id));
        let saved = self.errors.check(place, typed, result);
        self.reload();
        saved
    }

    /// Saves a change of one item's answer.
    pub fn change(&self, item_id: &str, change: AnswerChange) {
        let typed = match &change {
            AnswerChange::Comment(t) => Some(t.clone()),
            _ => None,
        };
        let place = format!("item-{item_id}");
        self.save(&place, typed.as_deref(), |store, id| apply_to(store, id, item_id, change));
    }
}

fn read_view(store: &Store, id: EvaluationId) -> Result<DraftView, Unreadable> {
    let read = || -> ms_client::Result<DraftView> {
        Ok(DraftView {
            evaluation: store.load(id)?,
            state: store.state(id)?,
            stage: store.current_stage(id)?,
            timers: store.timers(id)?.into_iter().collect(),
            review_comment: store.review_comment(id)?,
        })
    };
    read().map_err(|e| match e {
        ms_client::Error::NotFound(_) => Unreadable::NotFound,
        other => Unreadable::Failed(other.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use ms_client::{lock, Error, NewDraft, SharedStore, Store};
    use ms_core::{AnswerValue, Face, Role};
    use std::cell::Cell;
    use std::rc::Rc;

    /// A device store holding one citizen's rating, just begun.
    fn store_with_a_draft() -> (SharedStore, EvaluationId) {
        let store = Store::open_self_contained(":memory:").map(Store::shared).expect("store");
        let new = NewDraft {
            template: builtin::citizen_quick_rating().reference(),
            centre_id: "c".into(),
            service_id: None,
            role: Role::Citizen,
            locale: "en".into(),
            device_id: "d".into(),
            app_version: "t".into(),
            assignment_id: None,
        };
        let id = lock(&store).new_draft(&new).expect("draft");
        (store, id)
    }

    #[derive(Clone)]
    struct ScreenProps {
        store: SharedStore,
        id: Option<EvaluationId>,
        opened: Rc<Cell<Option<OpenDraft>>>,
    }

    /// A screen that opens one evaluation, as the rating and visit screens do.
    fn screen(props: ScreenProps) -> Element {
        let app = use_hook(|| AppState::init(Some(Ok(props.store.clone()))));
        props.opened.set(Some(use_open_draft(app, props.id)));
        rsx! {}
    }

    /// The evaluation open on a rendered screen.
    struct Screen {
        dom: VirtualDom,
        draft: OpenDraft,
    }

    impl Screen {
        fn open(store: &SharedStore, id: Option<EvaluationId>) -> Self {
            let opened = Rc::new(Cell::new(None));
            let props = ScreenProps { store: store.clone(), id, opened: opened.clone() };
            let mut dom = VirtualDom::new_with_props(screen, props);
            dom.rebuild_in_place();
            let draft = opened.get().expect("the screen opened its evaluation");
            Screen { dom, draft }
        }

        /// Does what a handler on the screen does.
        fn on_screen<T>(&self, f: impl FnOnce(OpenDraft) -> T) -> T {
            self.dom.in_runtime(|| f(self.draft))
        }

        /// What the screen draws.
        fn view(&self) -> Option<Result<DraftView, Unreadable>> {
            self.on_screen(|d| d.view.peek().clone())
        }

        /// The evaluation the screen draws, when it could read one.
        fn shown(&self) -> DraftView {
            match self.view() {
                Some(Ok(view)) => view,
                other => panic!("the screen shows no evaluation: {other:?}"),
            }
        }

        /// Why the last save at `place` failed, and the text kept on screen there.
        fn failure_at(&self, place: &str) -> Option<(String, Option<String>)> {
            self.on_screen(|d| d.errors.at(place)).map(|f| (f.reason, f.typed))
        }
    }

    fn a_small_jpeg() -> Vec<u8> {
        let mut jpeg = Vec::new();
        image::DynamicImage::new_rgb8(16, 12)
            .write_to(&mut std::io::Cursor::new(&mut jpeg), image::ImageFormat::Jpeg)
            .expect("a small jpeg");
        jpeg
    }

    #[test]
    fn opening_an_evaluation_shows_what_the_store_holds() {
        let (store, id) = store_with_a_draft();
        lock(&store).set_answer_value(id, "face", Some(&AnswerValue::Face(Face::Happy))).expect("answer");
        let screen = Screen::open(&store, Some(id));
        let shown = screen.shown();
        assert_eq!(shown.evaluation, lock(&store).load(id).expect("load"));
        assert_eq!(shown.state, LocalState::Draft);
        assert_eq!(screen.on_screen(|d| *d.id.peek()), Some(id));
    }

    #[test]
    fn an_evaluation_that_is_not_on_the_device_is_shown_as_not_found() {
        let (store, _) = store_with_a_draft();
        let screen = Screen::open(&store, Some(EvaluationId::new()));
        assert_eq!(screen.view(), Some(Err(Unreadable::NotFound)));
    }

    #[test]
    fn each_change_on_screen_is_stored_at_once_and_shown_as_stored() {
        let (store, id) = store_with_a_draft();
        let screen = Screen::open(&store, Some(id));
        screen.on_screen(|d| {
            d.change("face", AnswerChange::Value(Some(AnswerValue::Face(Face::Unhappy))));
            d.change("face", AnswerChange::Comment("Long queue  ".into()));
        });
        let stored = lock(&store).load(id).expect("load");
        assert_eq!(stored.answers["face"].value, Some(AnswerValue::Face(Face::Unhappy)));
        assert_eq!(stored.answers["face"].comment.as_deref(), Some("Long queue"), "kept without trailing spaces");
        assert_eq!(screen.shown().evaluation, stored);
        assert_eq!(screen.failure_at("item-face"), None);
    }

    #[test]
    fn clearing_a_comment_on_screen_removes_it_from_the_store() {
        let (store, id) = store_with_a_draft();
        let screen = Screen::open(&store, Some(id));
        screen.on_screen(|d| d.change("face", AnswerChange::Comment("x".into())));
        assert_eq!(lock(&store).load(id).expect("load").answers["face"].comment.as_deref(), Some("x"));
        screen.on_screen(|d| d.change("face", AnswerChange::Comment("   ".into())));
        let stored = lock(&store).load(id).expect("load");
        assert!(stored.answers.get("face").is_none_or(|a| a.comment.is_none()), "{stored:?}");
        assert_eq!(screen.shown().evaluation, stored);
    }

    #[test]
    fn a_photo_added_on_screen_can_be_removed_again() {
        let (store, id) = store_with_a_draft();
        let photo = lock(&store).add_photo(&a_small_jpeg()).expect("photo kept").id;
        let screen = Screen::open(&store, Some(id));
        screen.on_screen(|d| d.change("reasons", AnswerChange::Photo(photo.clone())));
        assert_eq!(lock(&store).load(id).expect("load").answers["reasons"].photos, vec![photo.clone()]);
        assert_eq!(screen.shown().evaluation.answers["reasons"].photos, vec![photo.clone()]);
        screen.on_screen(|d| d.change("reasons", AnswerChange::RemovePhoto(photo)));
        let stored = lock(&store).load(id).expect("load");
        assert!(stored.answers.get("reasons").is_none_or(|a| a.photos.is_empty()), "{stored:?}");
        assert_eq!(screen.shown().evaluation, stored);
    }

    #[test]
    fn a_change_to_a_submitted_evaluation_is_refused_as_not_editable_and_changes_nothing() {
        let (store, id) = store_with_a_draft();
        lock(&store).set_answer_value(id, "face", Some(&AnswerValue::Face(Face::Happy))).expect("answer");
        let submitted = lock(&store).complete(id, &builtin::citizen_quick_rating()).expect("complete");
        let screen = Screen::open(&store, Some(id));
        screen.on_screen(|d| d.change("face", AnswerChange::Comment("Too late".into())));

        let refusal = Error::NotEditable { id, state: LocalState::Queued }.to_string();
        let (reason, typed) = screen.failure_at("item-face").expect("the refusal is said next to the field");
        assert_eq!(reason, refusal);
        assert_eq!(typed.as_deref(), Some("Too late"), "what was typed stays on screen");
        assert_eq!(lock(&store).load(id).expect("load"), submitted, "nothing was stored");
        assert_eq!(lock(&store).state(id).expect("state"), LocalState::Queued);
        let shown = screen.shown();
        assert_eq!((shown.evaluation, shown.state), (submitted, LocalState::Queued));
    }

    #[test]
    fn a_save_that_succeeds_clears_the_failure_said_at_its_field() {
        let (store, id) = store_with_a_draft();
        let screen = Screen::open(&store, Some(id));
        let refused = screen.on_screen(|d| {
            d.save("comment", Some("long queue"), |_, _| Err::<(), _>(Error::Corrupt("disk is full".into())))
        });
        assert_eq!(refused, None);
        let (reason, typed) = screen.failure_at("comment").expect("the failure is said");
        assert_eq!((reason, typed.as_deref()), (Error::Corrupt("disk is full".into()).to_string(), Some("long queue")));
        let saved = screen.on_screen(|d| d.save("comment", None, |s, id| s.set_comment(id, Some("long queue"))));
        assert_eq!(saved, Some(()));
        assert_eq!(screen.failure_at("comment"), None);
        assert_eq!(screen.shown().evaluation.comment.as_deref(), Some("long queue"));
    }

    #[test]
    fn the_first_change_on_a_rating_starts_its_draft_once() {
        let store = Store::open_self_contained(":memory:").map(Store::shared).expect("store");
        let screen = Screen::open(&store, None);
        assert_eq!(screen.view(), None, "nothing to show before the first tap");
        let first = screen.on_screen(|d| d.ensure("face", Role::Citizen, "c1", None)).expect("started");
        let again = screen.on_screen(|d| d.ensure("face", Role::Citizen, "c1", None));
        assert_eq!(again, Some(first));
        let list = lock(&store).list().expect("list");
        assert_eq!(list.len(), 1, "{list:?}");
        assert_eq!((list[0].id, list[0].role, list[0].centre_id.as_str()), (first, Role::Citizen, "c1"));
        assert_eq!(list[0].template, builtin::citizen_quick_rating().reference());
        let shown = screen.shown();
        assert_eq!((shown.evaluation.id, shown.state), (first, LocalState::Draft));
    }

    #[test]
    fn a_visit_for_an_assignment_starts_at_its_centre_with_its_checklist_and_carries_it() {
        use ms_core::planning::{AssignmentStatus, WaveId};
        let store = Store::open_self_contained(":memory:").map(Store::shared).expect("store");
        let screen = Screen::open(&store, None);
        let template = builtin::shopper_customer_journey();
        let assignment = AssignmentView {
            id: AssignmentId::new(),
            wave_id: WaveId::new(),
            wave_name: "Spring".into(),
            template_id: template.id.clone(),
            centre_id: "c7".into(),
            entity_id: "e1".into(),
            service_id: Some("s2".into()),
            scenario: "Ask for a permit".into(),
            days: Vec::new(),
            hours: None,
            earliest: Utc::now().date_naive(),
            due: Utc::now().date_naive(),
            status: AssignmentStatus::Assigned,
            shopper: Some("sam".into()),
            evaluation_id: None,
            log: Vec::new(),
        };
        let id = screen.on_screen(|d| start_for_assignment(&d.app, &assignment, &template)).expect("started");
        let ev = lock(&store).load(id).expect("load");
        assert_eq!((ev.role, ev.centre_id.as_str(), ev.service_id.as_deref()), (Role::Shopper, "c7", Some("s2")));
        assert_eq!((ev.template.clone(), ev.assignment_id), (template.reference(), Some(assignment.id)));
        assert!(ev.visit_started_at.is_some(), "the visit starts now");
        let line = lock(&store).list().expect("list").into_iter().find(|l| l.id == id).expect("listed");
        assert_eq!(line.assignment_id, Some(assignment.id));
        // A visit chosen at a centre, as before, belongs to no assignment.
        let plain = screen.on_screen(|d| start(&d.app, Role::Shopper, "c7", None)).expect("started");
        assert_eq!(lock(&store).load(plain).expect("load").assignment_id, None);
    }

    #[test]
    fn route_ids_that_are_not_uuids_are_refused() {
        assert!(parse_id("not-an-id").is_none());
        assert!(parse_id(&EvaluationId::new().to_string()).is_some());
    }
}
