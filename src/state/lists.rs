//! The device store's lists the screens show (the outbox, every evaluation
//! on the device, the moves of actions waiting to be sent), and the one way the app writes to the store: each write
//! re-reads them, so no screen has to remember which lists to refresh.

use super::AppState;
use dioxus::prelude::*;
use ms_client::{lock, LocalSummary, OutboxStatus, QueuedMove, SharedStore, Store};

/// Every evaluation on the device, or why the store could not list them.
pub type LocalList = Result<Vec<LocalSummary>, String>;

/// The lists as last read; screens get read handles only, so nothing
/// changes them behind the writes' back.
#[derive(Clone, Copy)]
pub struct Lists {
    outbox: Signal<Vec<OutboxStatus>>,
    local: Signal<LocalList>,
    moves: Signal<Vec<QueuedMove>>,
    outbox_read: ReadSignal<Vec<OutboxStatus>>,
    local_read: ReadSignal<LocalList>,
    moves_read: ReadSignal<Vec<QueuedMove>>,
}

impl Lists {
    pub(super) fn new(outbox: Vec<OutboxStatus>, local: LocalList) -> Self {
        let (outbox, local, moves) = (Signal::new(outbox), Signal::new(local), Signal::new(Vec::new()));
        Self {
            outbox,
            local,
            moves,
            outbox_read: ReadSignal::new(outbox),
            local_read: ReadSignal::new(local),
            moves_read: ReadSignal::new(moves),
        }
    }

    /// The moves of improvement actions made on this device, newest first.
    pub fn moves(&self) -> ReadSignal<Vec<QueuedMove>> {
        self.moves_read
    }

    /// The outbox: each submitted evaluation's upload state.
    pub fn outbox(&self) -> ReadSignal<Vec<OutboxStatus>> {
        self.outbox_read
    }

    /// Every evaluation on the device (drafts to resume among them).
    pub fn local(&self) -> ReadSignal<LocalList> {
        self.local_read
    }

    /// Reads both lists from the store again.
    pub(super) fn reread(&mut self, store: &SharedStore) {
        let (outbox, local, moves) = {
            let store = lock(store);
            (store.outbox(), store.list().map_err(|e| e.to_string()), store.action_moves())
        };
        self.show(outbox, local);
        match moves {
            Ok(list) if *self.moves.peek() != list => self.moves.set(list),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "moves of actions not read"),
        }
    }

    pub(super) fn show(&mut self, outbox: ms_client::Result<Vec<OutboxStatus>>, local: LocalList) {
        match outbox {
            Ok(list) => self.outbox.set(list),
            // The other list says the store failed; keep the last good outbox.
            Err(e) => tracing::warn!(error = %e, "outbox not read"),
        }
        self.local.set(local);
    }
}

/// Why a write did not reach the store.
#[derive(Debug, Clone, PartialEq)]
pub enum WriteError {
    /// The device store is not open (yet).
    NotOpen,
    Store(String),
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WriteError::NotOpen => f.write_str("the device store is not open"),
            WriteError::Store(e) => f.write_str(e),
        }
    }
}

impl AppState {
    /// Writes to the device store in one step, then re-reads the lists that
    /// the write may have changed.
    pub fn write<T>(&self, write: impl FnOnce(&mut Store) -> ms_client::Result<T>) -> Result<T, WriteError> {
        let services = self.services().ok_or(WriteError::NotOpen)?;
        // The lock is released before the lists are read: it is never taken twice at once.
        let written = write(&mut lock(&services.store)).map_err(|e| WriteError::Store(e.to_string()));
        let mut lists = self.lists;
        lists.reread(&services.store);
        written
    }

    /// Reads from the device store (never while drawing: in a handler, a
    /// task, or when a screen opens); `None` while it is not open.
    pub fn read<T>(&self, read: impl FnOnce(&Store) -> T) -> Option<T> {
        let services = self.services()?;
        let store = lock(&services.store);
        Some(read(&store))
    }

    /// Re-reads the lists after the sync engine changed the store.
    pub(super) fn reread_lists(&mut self) {
        if let Some(services) = self.services() {
            self.lists.reread(&services.store);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ms_client::NewDraft;
    use ms_core::{builtin, Role};
    use std::cell::Cell;
    use std::rc::Rc;

    #[derive(Clone)]
    struct Props {
        store: SharedStore,
        state: Rc<Cell<Option<AppState>>>,
    }

    fn root(props: Props) -> Element {
        let app = use_hook(|| AppState::init(Some(Ok(props.store.clone()))));
        props.state.set(Some(app));
        rsx! {}
    }

    #[test]
    fn every_write_re_reads_the_lists_the_screens_show() {
        let store = Store::open_self_contained(":memory:").map(Store::shared).expect("store");
        let state = Rc::new(Cell::new(None));
        let mut dom = VirtualDom::new_with_props(root, Props { store, state: state.clone() });
        dom.rebuild_in_place();
        let app = state.get().expect("the app state");
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
        dom.in_runtime(|| {
            assert_eq!(app.lists.local().peek().as_ref().map(Vec::len), Ok(0));
            let id = app.write(|s| s.new_draft(&new)).expect("a draft");
            let listed = app.lists.local().peek().clone().expect("listed");
            assert_eq!(listed.iter().map(|e| e.id).collect::<Vec<_>>(), vec![id]);
            let deleted = app.write(|s| s.delete_draft(id));
            assert!(deleted.is_ok());
            assert_eq!(app.lists.local().peek().as_ref().map(Vec::len), Ok(0));
        });
    }
}
