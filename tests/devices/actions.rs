//! A centre manager's device and a real server: the list of actions kept
//! for reading offline, evidence (a comment and a photo) given with no
//! connection and sent once it is back, and a move whose answer was lost
//! sent again without being applied twice.

use crate::common::camera_jpeg;
use crate::common::proxy::Proxy;
use chrono::{Duration, Utc};
use ms_client::{lock, ApiClient, MoveState, Store, SyncEngine};
use ms_core::actions::api::StatusMove;
use ms_core::actions::ActionStatus;
use ms_core::wire::SignIn;
use ms_server::{RunningServer, ServeConfig};

#[tokio::test]
async fn evidence_given_offline_is_sent_once_when_the_line_is_back() {
    let dir = tempfile::tempdir().expect("dir");
    let config = ServeConfig {
        database: dir.path().join("server.sqlite3").display().to_string(),
        photos: dir.path().join("photos"),
        demo: true,
        demo_actions: true,
        ..ServeConfig::default()
    };
    let server = RunningServer::start(&config, "127.0.0.1:0".parse().expect("addr")).await.expect("server starts");
    let proxy = Proxy::start(server.addr).await;
    let store =
        Store::open(dir.path().join("device.sqlite3"), dir.path().join("device-photos")).expect("store").shared();
    let api = ApiClient::new(&format!("http://{}", proxy.addr)).expect("api");
    let sync = SyncEngine::new(store.clone(), api.clone());
    let session =
        api.sign_in(&SignIn { username: "manager".into(), password: "manager-demo".into() }).await.expect("signs in");
    sync.set_token(Some(session.token)).expect("token");

    let now = Utc::now();
    let kept = sync.refresh_my_actions("manager", now).await.expect("the list");
    assert_eq!(kept.actions.len(), 7);
    let read_offline = lock(&store).my_actions("manager").expect("read").expect("kept");
    assert_eq!(read_offline.actions, kept.actions);
    let machine = kept.actions.iter().find(|a| a.title == "Repair the queue ticket machine").expect("demo action");
    assert!(machine.overdue && machine.status == ActionStatus::Open, "{machine:?}");

    // No connection: the evidence is kept, and waits.
    proxy.cut_after_upload_bytes(0);
    let photo = lock(&store).add_photo(&camera_jpeg(3, 800, 600)).expect("photo");
    let step = StatusMove {
        to: ActionStatus::Done,
        comment: "A technician replaced the printer.".into(),
        photos: vec![photo.id.to_string()],
        move_id: None,
    };
    let queued = lock(&store).queue_action_move("manager", machine.id, step, now).expect("queued");
    let report = sync.send_action_moves("manager", now).await.expect("run");
    assert_eq!(report.retrying, vec![queued.move_id], "{report:?}");
    let waiting = lock(&store).action_move(queued.move_id).expect("move");
    assert_eq!(waiting.state, MoveState::Queued);
    assert!(waiting.last_error.is_some() && waiting.next_attempt_at.is_some_and(|t| t > now), "{waiting:?}");
    assert!(api.action(machine.id).await.is_err(), "the line is down");

    // Back: sent once, and the kept list shows what the server answered.
    proxy.restore();
    let later = now + Duration::days(1);
    let report = sync.send_action_moves("manager", later).await.expect("run");
    assert_eq!(report.sent, vec![queued.move_id], "{report:?}");
    assert_eq!(lock(&store).action_move(queued.move_id).expect("move").state, MoveState::Sent);
    let kept = lock(&store).my_actions("manager").expect("read").expect("kept");
    let moved = kept.actions.iter().find(|a| a.id == machine.id).expect("kept");
    assert_eq!(moved.status, ActionStatus::Done);
    assert!(sync.send_action_moves("manager", later).await.expect("run").sent.is_empty(), "nothing left to send");

    // Its answer lost, the same move sent again changes nothing.
    let again = api.move_action(machine.id, &queued.step).await.expect("the same move again");
    assert_eq!(again.status, ActionStatus::Done);
    assert_eq!(again.evidence.len(), 1, "{:?}", again.evidence);
    assert_eq!(again.evidence[0].photos, vec![photo.id.to_string()]);
    assert!(api.photo_exists(&photo.id).await.expect("asked"), "the evidence photo reached the server");
    let moves = again.log.iter().filter(|e| e.event == "moved").count();
    assert_eq!(moves, 1, "{:?}", again.log);
}
