//! Exactly once on a bad network: 30 % of the connections between ten devices
//! and the server are reset or stalled in the middle of a request or an
//! answer, and 100 shopper evaluations with two photos each still arrive
//! exactly once, byte for byte.

use crate::common::proxy::Proxy;
use crate::common::{camera_jpeg, complete_shopper_visit_with_photos, start_server, Device, ServerView};
use chrono::{Duration, Utc};
use ms_client::{lock, ApiClient, Store, SyncEngine, SyncState};
use ms_core::{EvaluationId, PhotoId};
use std::collections::BTreeSet;
use std::net::SocketAddr;

const DEVICES: u32 = 10;
const VISITS_PER_DEVICE: u32 = 10;
const FAULT_RATE: f64 = 0.3;

/// A device whose every request opens its own connection (so each one may be
/// broken) and gives up on a silent one after a second.
fn device_on_a_bad_network(proxy: SocketAddr) -> Device {
    let dir = tempfile::tempdir().expect("device dir");
    let store = Store::open(dir.path().join("device.sqlite3"), dir.path().join("photos")).expect("store").shared();
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .connect_timeout(std::time::Duration::from_secs(2))
        .timeout(std::time::Duration::from_secs(1))
        .build()
        .expect("http client");
    let api = ApiClient::with_http_client(http, &format!("http://{proxy}")).expect("api client");
    let sync = SyncEngine::new(store.clone(), api);
    Device { dir, store, sync }
}

/// Signs in through the bad network, trying again as a person would, after
/// the wait the server asks for.
async fn sign_in(device: &Device) {
    let mut errors = Vec::new();
    for _ in 0..50 {
        let credentials = ms_core::wire::SignIn { username: "shopper".into(), password: "shopper-demo".into() };
        match device.sync.api().sign_in(&credentials).await {
            Ok(session) => {
                device.sync.set_token(Some(session.token)).expect("token kept");
                return;
            }
            Err(e) => {
                if let Some(wait) = e.retry_after() {
                    tokio::time::sleep(wait).await;
                }
                errors.push(e.to_string());
            }
        }
    }
    panic!("no sign-in got through in 50 tries: {errors:?}");
}

/// Runs the device's outbox until everything is uploaded; each run is a day
/// later than the last, so every backoff has passed. Returns the number of runs.
async fn sync_until_done(device: &Device, n: u32) -> u32 {
    let mut now = Utc::now();
    for run in 1..=200 {
        let report = device.sync.run_due(now).await.expect("sync runs");
        assert!(report.refused.is_empty() && report.needs_sign_in.is_empty(), "device {n}: {report:?}");
        let outbox = lock(&device.store).outbox().expect("outbox");
        if outbox.iter().all(|s| s.state == SyncState::Uploaded) {
            return run;
        }
        now += Duration::days(1);
    }
    panic!("device {n}: the outbox did not empty in 200 runs");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hundred_evaluations_with_photos_arrive_exactly_once_through_a_breaking_network() {
    let server_dir = tempfile::tempdir().expect("server dir");
    let server = start_server(server_dir.path(), "127.0.0.1:0".parse().expect("addr")).await;
    let proxy = Proxy::start(server.addr).await;

    // The visits are made offline, each with two photos of its own.
    let mut devices = Vec::new();
    let mut made: Vec<(EvaluationId, [PhotoId; 2])> = Vec::new();
    for d in 0..DEVICES {
        let device = device_on_a_bad_network(proxy.addr);
        for v in 0..VISITS_PER_DEVICE {
            let seed = 2 * (d * VISITS_PER_DEVICE + v) + 10;
            let (id, _, photos) = complete_shopper_visit_with_photos(
                &device,
                &camera_jpeg(seed, 640, 480),
                &camera_jpeg(seed + 1, 480, 640),
            );
            made.push((id, photos));
        }
        devices.push(device);
    }

    proxy.break_connections_at_random(FAULT_RATE, 0x5eed);
    let devices = std::sync::Arc::new(devices);
    let mut tasks = Vec::new();
    for n in 0..devices.len() {
        let devices = devices.clone();
        tasks.push(tokio::spawn(async move {
            let device = &devices[n];
            sign_in(device).await;
            sync_until_done(device, n as u32).await
        }));
    }
    let mut runs = Vec::new();
    for task in tasks {
        runs.push(task.await.expect("device task"));
    }
    let faults = proxy.fault_counts();
    proxy.restore();

    let broken = faults.resets + faults.stalls;
    let share = broken as f64 / faults.connections as f64;
    println!(
        "{} connections, {} reset and {} stalled mid-body ({:.0} %); outbox runs per device {:?}",
        faults.connections,
        faults.resets,
        faults.stalls,
        share * 100.0,
        runs
    );
    assert!(faults.connections >= 500, "every request had its own connection: {faults:?}");
    assert!((0.2..0.4).contains(&share), "about 30 % of connections broke: {faults:?}");
    assert!(faults.resets > 20 && faults.stalls > 20, "{faults:?}");

    // Exactly once: the server holds each evaluation once, as the device froze
    // it, and each photo byte for byte.
    let view = ServerView::new(&server).await;
    let page = view.evaluations().await;
    assert_eq!(page["total"], (DEVICES * VISITS_PER_DEVICE) as u64, "one copy of each evaluation");
    let on_server: BTreeSet<String> =
        page["items"].as_array().expect("items").iter().map(|i| i["id"].as_str().expect("id").to_owned()).collect();
    assert_eq!(on_server.len(), made.len());
    for (i, (id, photos)) in made.iter().enumerate() {
        let device = &devices[i / VISITS_PER_DEVICE as usize];
        assert!(on_server.contains(&id.to_string()), "{id} arrived");
        let detail = view.evaluation(*id).await;
        assert_eq!(detail["summary"]["revision"], 1);
        let local = lock(&device.store).load(*id).expect("local copy");
        assert_eq!(detail["evaluation"], serde_json::to_value(&local).expect("json"), "{id}");
        for photo in photos {
            let bytes = lock(&device.store).read_photo(photo).expect("device photo");
            assert_eq!(view.photo(photo).await.as_deref(), Some(bytes.as_slice()), "photo {photo}");
        }
        let status = lock(&device.store).outbox_status(*id).expect("status");
        assert_eq!(status.bytes_sent, status.bytes_total, "{id}: progress reached the end");
    }
    server.stop().await;
}
