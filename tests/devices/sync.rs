//! The spine, end to end: an evaluation typed offline reaches a real server
//! exactly once, with its photos byte-identical to what the device stored,
//! whether the server was down or the line was cut in the middle.

use crate::common::proxy::Proxy;
use crate::common::{complete_shopper_visit, start_server, Device, ServerView};
use chrono::{Duration, Utc};
use ms_client::{lock, SyncState};

#[tokio::test]
async fn evaluation_made_while_the_server_is_down_arrives_once_with_both_photos() {
    let server_dir = tempfile::tempdir().expect("server dir");
    let proxy = Proxy::in_front_of_nothing().await;
    let device = Device::new(proxy.addr);
    let (id, _, photos) = complete_shopper_visit(&device);

    // Nobody listens yet: the attempt fails and will be retried, nothing is lost.
    let report = device.sync.run_due(Utc::now()).await.expect("sync runs");
    assert_eq!(report.retrying, vec![id]);
    let status = lock(&device.store).outbox_status(id).expect("status");
    assert!(matches!(status.state, SyncState::Failed { permanent: false, .. }), "{status:?}");
    assert!(status.next_attempt_at.is_some_and(|t| t > Utc::now()));

    let server = start_server(server_dir.path(), "127.0.0.1:0".parse().expect("addr")).await;
    proxy.server_started(server.addr);
    device.sign_in_shopper().await;
    let later = Utc::now() + Duration::hours(1);
    let report = device.sync.run_due(later).await.expect("sync runs");
    assert_eq!(report.uploaded, vec![id], "{report:?}");
    let status = lock(&device.store).outbox_status(id).expect("status");
    assert_eq!(status.state, SyncState::Uploaded);
    assert_eq!(status.bytes_sent, status.bytes_total);

    // Nothing left to do, and a further run sends nothing twice.
    let report = device.sync.run_due(later + Duration::hours(1)).await.expect("sync runs");
    assert!(report.uploaded.is_empty() && report.retrying.is_empty());

    let view = ServerView::new(&server).await;
    assert_eq!(view.evaluations().await["total"], 1);
    let detail = view.evaluation(id).await;
    let local = lock(&device.store).load(id).expect("local copy");
    assert_eq!(detail["evaluation"], serde_json::to_value(&local).expect("json"));
    assert_eq!(detail["summary"]["submitted_by"], "shopper");
    for photo in &photos {
        let on_device = lock(&device.store).read_photo(photo).expect("device photo");
        assert_eq!(view.photo(photo).await.as_deref(), Some(on_device.as_slice()), "photo {photo}");
    }
    server.stop().await;
}

#[tokio::test]
async fn line_cut_in_the_middle_of_a_photo_still_leaves_exactly_one_copy() {
    let server_dir = tempfile::tempdir().expect("server dir");
    let server = start_server(server_dir.path(), "127.0.0.1:0".parse().expect("addr")).await;
    let proxy = Proxy::start(server.addr).await;
    let device = Device::new(proxy.addr);
    device.sign_in_shopper().await;
    let (id, _, photos) = complete_shopper_visit(&device);

    // The first photo goes through; the line drops half way into the second.
    let first = lock(&device.store).read_photo(&photos[0]).expect("photo").len() as i64;
    let second = lock(&device.store).read_photo(&photos[1]).expect("photo").len() as i64;
    proxy.cut_after_upload_bytes(first + second / 2);
    let report = device.sync.run_due(Utc::now()).await.expect("sync runs");
    assert!(proxy.was_cut());
    assert_eq!(report.retrying, vec![id], "{report:?}");
    let status = lock(&device.store).outbox_status(id).expect("status");
    assert!(status.bytes_sent < status.bytes_total, "{status:?}");

    let view = ServerView::new(&server).await;
    assert_eq!(view.evaluations().await["total"], 0);

    proxy.restore();
    let report = device.sync.run_due(Utc::now() + Duration::hours(1)).await.expect("sync runs");
    assert_eq!(report.uploaded, vec![id], "{report:?}");
    assert_eq!(view.evaluations().await["total"], 1);
    for photo in &photos {
        let on_device = lock(&device.store).read_photo(photo).expect("device photo");
        assert_eq!(view.photo(photo).await.as_deref(), Some(on_device.as_slice()), "photo {photo}");
    }
    server.stop().await;
}

#[tokio::test]
async fn answer_lost_after_the_server_stored_the_evaluation_does_not_duplicate_it() {
    let server_dir = tempfile::tempdir().expect("server dir");
    let server = start_server(server_dir.path(), "127.0.0.1:0".parse().expect("addr")).await;
    let proxy = Proxy::start(server.addr).await;
    let device = Device::new(proxy.addr);
    device.sign_in_shopper().await;
    let (id, _, _) = complete_shopper_visit(&device);

    proxy.drop_evaluation_answers();
    let report = device.sync.run_due(Utc::now()).await.expect("sync runs");
    assert!(proxy.was_cut());
    assert_eq!(report.retrying, vec![id], "{report:?}");
    let view = ServerView::new(&server).await;
    let page = view.evaluations().await;
    assert_eq!(page["total"], 1, "the server did store it: {page}");

    proxy.restore();
    let report = device.sync.run_due(Utc::now() + Duration::hours(1)).await.expect("sync runs");
    assert_eq!(report.uploaded, vec![id], "{report:?}");
    let page = view.evaluations().await;
    assert_eq!(page["total"], 1, "{page}");
    assert_eq!(page["items"][0]["revision"], 1);
    server.stop().await;
}

#[tokio::test]
async fn draft_survives_closing_the_app_and_is_uploaded_after_reopening() {
    let server_dir = tempfile::tempdir().expect("server dir");
    let server = start_server(server_dir.path(), "127.0.0.1:0".parse().expect("addr")).await;
    let device = Device::new(server.addr);
    let (id, template, photos) = complete_shopper_visit(&device);
    let before = lock(&device.store).load(id).expect("load");
    let (db, photo_dir) = (device.dir.path().join("device.sqlite3"), device.dir.path().join("photos"));
    let Device { dir, store, sync } = device;
    drop(sync);
    drop(store);

    // The app starts again on the same files.
    let store = ms_client::Store::open(&db, &photo_dir).expect("reopen").shared();
    assert_eq!(lock(&store).load(id).expect("load"), before);
    assert_eq!(lock(&store).outbox_status(id).expect("status").state, SyncState::Waiting);
    let api = ms_client::ApiClient::new(&server.url()).expect("api");
    let sync = ms_client::SyncEngine::new(store.clone(), api);
    let device = Device { dir, store, sync };
    device.sign_in_shopper().await;
    let report = device.sync.run_due(Utc::now()).await.expect("sync runs");
    assert_eq!(report.uploaded, vec![id], "{report:?}");
    let view = ServerView::new(&server).await;
    let detail = view.evaluation(id).await;
    assert_eq!(detail["evaluation"]["template"]["id"], template.id);
    assert!(view.photo(&photos[0]).await.is_some());
    server.stop().await;
}

#[tokio::test]
async fn a_returned_visit_is_reopened_on_its_device_revised_and_sent_again_as_revision_two() {
    let server_dir = tempfile::tempdir().expect("server dir");
    let server = start_server(server_dir.path(), "127.0.0.1:0".parse().expect("addr")).await;
    let device = Device::new(server.addr);
    device.sign_in_shopper().await;
    let (id, template, photos) = complete_shopper_visit(&device);
    let report = device.sync.run_due(Utc::now()).await.expect("sync runs");
    assert_eq!(report.uploaded, vec![id]);
    // Nothing returned yet: nothing reopens.
    assert!(device.sync.fetch_returned().await.expect("asks").is_empty());

    let view = ServerView::new(&server).await;
    let why = "The waiting time looks too short; check the timer";
    assert_eq!(view.decide(id, "returned", why).await, 200);
    assert_eq!(device.sync.fetch_returned().await.expect("asks"), vec![id]);
    assert!(device.sync.fetch_returned().await.expect("asks again").is_empty(), "reopened once");
    {
        let store = lock(&device.store);
        assert_eq!(store.state(id).expect("state"), ms_client::LocalState::Draft);
        assert_eq!(store.review_comment(id).expect("comment").as_deref(), Some(why));
        let summary = store.list().expect("list").into_iter().find(|s| s.id == id).expect("listed");
        assert_eq!((summary.revision, summary.review_comment.as_deref()), (2, Some(why)));
    }
    let (item, minutes) = template
        .items()
        .find_map(|(_, i)| match i.kind {
            ms_core::template::ItemKind::Duration { target_minutes } => Some((i.id.clone(), target_minutes - 3.0)),
            _ => None,
        })
        .expect("a timed item");
    {
        let mut store = lock(&device.store);
        store.set_answer_value(id, &item, Some(&ms_core::AnswerValue::Minutes(minutes))).expect("revised");
        store.complete(id, &template).expect("complete again");
    }
    let report = device.sync.run_due(Utc::now()).await.expect("sync runs");
    assert_eq!(report.uploaded, vec![id], "{report:?}");
    let detail = view.evaluation(id).await;
    assert_eq!(detail["revisions"], serde_json::json!([1, 2]));
    assert_eq!(detail["summary"]["status"], "received");
    assert_eq!(detail["evaluation"]["answers"][&item]["value"]["value"], minutes);
    for photo in &photos {
        assert!(view.photo(photo).await.is_some(), "photo {photo} still there");
    }
    server.stop().await;
}
