//! The server's own process under a load of shopper visits with photos,
//! stopped by SIGTERM as a container runtime or systemd stops it: every
//! evaluation it answered as stored is stored, nothing after the signal is
//! answered as stored without being so, and it exits cleanly within its grace period.

use crate::common::{complete_shopper, database, jpeg, sha};
use ms_core::{EvaluationId, PhotoId};
use std::io::BufRead;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Devices sending at once.
const DEVICES: usize = 6;

/// What became of one evaluation sent.
#[derive(Debug)]
enum Sent {
    /// Answered 201 or 200: the server says it is stored.
    Stored(EvaluationId),
    /// Answered with another status.
    Refused(u16),
    /// No answer: the connection was refused or closed.
    NoAnswer,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_under_load_keeps_every_answered_evaluation_and_exits_in_time() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = database(&dir).await;
    let photos = dir.path().join("photos");
    let mut child = Command::new(env!("CARGO_BIN_EXE_mystery-shopper-server"))
        .args(["serve", "--addr", "127.0.0.1:0", "--demo", "--database", &db])
        .arg("--photos")
        .arg(&photos)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the server starts");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = std::io::BufReader::new(stdout).lines();
    let first = lines.next().expect("a first line").expect("readable");
    let base =
        first.split_whitespace().find(|w| w.starts_with("http://")).expect("the server says its address").to_owned();
    // Keep reading, so that the server never blocks on a full pipe.
    std::thread::spawn(move || lines.for_each(drop));
    let api = format!("{base}/api/v1");
    let http = reqwest::Client::builder().timeout(Duration::from_secs(30)).build().expect("client");
    let session: serde_json::Value = http
        .post(format!("{api}/sessions"))
        .json(&serde_json::json!({"username": "shopper", "password": "shopper-demo"}))
        .send()
        .await
        .expect("sign in")
        .json()
        .await
        .expect("session");
    let token = session["token"].as_str().expect("token").to_owned();

    let signalled = Arc::new(AtomicBool::new(false));
    let answered = Arc::new(AtomicU32::new(0));
    let results = Arc::new(Mutex::new(Vec::<(Instant, Sent)>::new()));
    let mut devices = Vec::new();
    for device in 0..DEVICES {
        let (http, api, token) = (http.clone(), api.clone(), token.clone());
        let (signalled, answered, results) = (signalled.clone(), answered.clone(), results.clone());
        devices.push(tokio::spawn(async move {
            let mut failures_after_signal = 0;
            for n in 0.. {
                // A photo of its own for every visit.
                let bytes = jpeg(48 + device as u32, 32 + (n % 200) as u32);
                let hash = sha(&bytes);
                let photo = http
                    .put(format!("{api}/photos/{hash}"))
                    .header("content-type", "image/jpeg")
                    .bearer_auth(&token)
                    .body(bytes)
                    .send()
                    .await;
                let sent = match photo {
                    Ok(r) if r.status().is_success() => {
                        let mut ev = complete_shopper("cd-al-barsha");
                        ev.photos = vec![PhotoId::parse(&hash).expect("photo id")];
                        let put =
                            http.put(format!("{api}/evaluations/{}", ev.id)).bearer_auth(&token).json(&ev).send().await;
                        match put {
                            Ok(r) if matches!(r.status().as_u16(), 200 | 201) => {
                                answered.fetch_add(1, Ordering::SeqCst);
                                Sent::Stored(ev.id)
                            }
                            Ok(r) => Sent::Refused(r.status().as_u16()),
                            Err(_) => Sent::NoAnswer,
                        }
                    }
                    Ok(r) => Sent::Refused(r.status().as_u16()),
                    Err(_) => Sent::NoAnswer,
                };
                let failed = !matches!(sent, Sent::Stored(_));
                results.lock().expect("results").push((Instant::now(), sent));
                if signalled.load(Ordering::SeqCst) && failed {
                    failures_after_signal += 1;
                    if failures_after_signal >= 3 {
                        break;
                    }
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
            }
        }));
    }

    // Under load for a while, then the signal.
    let loaded = Instant::now();
    while answered.load(Ordering::SeqCst) < 40 && loaded.elapsed() < Duration::from_secs(60) {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let stored_before = answered.load(Ordering::SeqCst);
    assert!(stored_before >= 40, "the load never got going: {stored_before} stored");
    let signalled_at = Instant::now();
    signalled.store(true, Ordering::SeqCst);
    let pid = libc::pid_t::try_from(child.id()).expect("a process id");
    // SAFETY: kill(2) only sends a signal, to the child this test started and still holds.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0, "SIGTERM sent");

    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if signalled_at.elapsed() > Duration::from_secs(15) {
            let _ = child.kill();
            panic!("the server was still running 15 s after SIGTERM (its grace period is 10 s)");
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    assert!(status.success(), "the server exited with {status}");
    for device in devices {
        tokio::time::timeout(Duration::from_secs(60), device).await.expect("devices stop").expect("device");
    }

    // What the server said it stored is in the database, read afresh.
    let storage = ms_server::storage::open(&db).await.expect("the database opens again");
    let results = std::mem::take(&mut *results.lock().expect("results"));
    let mut stored = 0;
    let mut unanswered_after_signal = 0;
    for (finished, sent) in &results {
        let after_signal = *finished > signalled_at;
        match sent {
            Sent::Stored(id) => {
                assert!(
                    storage.evaluation_exists(*id, 1).await.expect("exists"),
                    "{id} was answered but is not stored"
                );
                stored += 1;
            }
            // Refused cleanly while stopping; never a server error.
            Sent::Refused(code) => assert!(after_signal && *code == 503, "answered {code}"),
            Sent::NoAnswer => {
                assert!(after_signal, "a request went unanswered before the signal");
                unanswered_after_signal += 1;
            }
        }
    }
    println!(
        "{stored} evaluations answered as stored, all found; {} requests after the signal refused or closed",
        unanswered_after_signal
    );
    assert!(stored >= stored_before as usize, "{stored} stored, {stored_before} before the signal");
    assert!(unanswered_after_signal > 0, "the server kept answering after it stopped");
}
