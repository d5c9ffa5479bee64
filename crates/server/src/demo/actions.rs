//! The demo's improvement actions at the Al Barsha centre, one or more in
//! every status, one of them overdue, made and moved by the demo supervisor
//! and the centre's manager as the API would. Only into a database without
//! any action.

use super::{DEMO_MANAGER, DEMO_SUPERVISOR};
use crate::storage::{ActionActor, ActionFilter, ActionScope, Storage, StorageError};
use chrono::{Duration, Utc};
use ms_core::actions::api::{NewAction, StatusMove};
use ms_core::actions::{ActionStatus, Priority};

/// Title, priority, days since it was made, and the moves made since: who
/// (true: the manager) moved it to which status, with what comment.
type DemoAction = (&'static str, Priority, i64, &'static [(bool, ActionStatus, &'static str)]);

const ACTIONS: [DemoAction; 7] = [
    ("Repair the queue ticket machine", Priority::High, 12, &[]),
    (
        "Replace the broken seats in the waiting hall",
        Priority::Normal,
        5,
        &[(true, ActionStatus::InProgress, "New seats are ordered.")],
    ),
    (
        "Put up signs to the payment counter",
        Priority::Normal,
        9,
        &[(true, ActionStatus::Done, "Three signs put up: at the entrance, in the hall and by the lifts.")],
    ),
    (
        "Staff at reception to wear name badges",
        Priority::High,
        20,
        &[
            (true, ActionStatus::Done, "Badges handed out to all reception staff; checked each morning."),
            (false, ActionStatus::Verified, "Seen on the last visit."),
        ],
    ),
    (
        "Widen the ramp at the side entrance",
        Priority::Low,
        15,
        &[(true, ActionStatus::CantDo, "Works on the ramp need the building owner's approval.")],
    ),
    (
        "Keep the waiting hall at a comfortable temperature",
        Priority::Normal,
        25,
        &[
            (true, ActionStatus::CantDo, "The cooling is the mall's and runs on its own schedule."),
            (false, ActionStatus::ClosedUnfixed, "Accepted; raised with the mall's management."),
        ],
    ),
    ("Clean the customer toilets every hour", Priority::Normal, 2, &[]),
];

/// Seeds the demo actions, unless the database has actions already.
pub async fn seed_actions(storage: &dyn Storage) -> Result<(), StorageError> {
    let now = Utc::now();
    let everything = ActionFilter {
        scope: ActionScope::All,
        centre: None,
        status: None,
        overdue: None,
        priority: None,
        source: None,
        after: None,
        limit: 1,
        today: now.date_naive(),
    };
    if !storage.actions(&everything).await?.items.is_empty() {
        return Ok(());
    }
    let (supervisor, manager) = (actor(storage, DEMO_SUPERVISOR.0).await?, actor(storage, DEMO_MANAGER.0).await?);
    for (title, priority, days_ago, moves) in ACTIONS {
        let made = now - Duration::days(days_ago);
        let new = NewAction {
            centre_id: "cd-al-barsha".into(),
            title: title.into(),
            description: String::new(),
            priority,
            due_date: None,
            evaluation_id: None,
            item_id: None,
            stage_id: None,
            assignee: None,
            photo_required: false,
        };
        let refused = |e: crate::storage::ActionRefusal| StorageError::Invalid(format!("demo action '{title}': {e:?}"));
        let by = ActionActor { at: made, ..supervisor.clone() };
        let mut action = storage.create_action(&new, &by).await?.map_err(refused)?;
        for (i, (by_manager, to, comment)) in moves.iter().enumerate() {
            let at = made + Duration::days(i as i64 + 1);
            let by = ActionActor { at, ..if *by_manager { manager.clone() } else { supervisor.clone() } };
            let step = StatusMove { to: *to, comment: (*comment).into(), photos: Vec::new(), move_id: None };
            action = storage.move_action(action.id, &step, &by).await?.map_err(refused)?;
        }
    }
    Ok(())
}

async fn actor(storage: &dyn Storage, name: &str) -> Result<ActionActor, StorageError> {
    let user = storage.user_by_name(name).await?;
    user.as_ref()
        .and_then(ActionActor::of)
        .ok_or_else(|| StorageError::Invalid(format!("the demo account '{name}' is missing")))
}
