//! The front door under attack, over loopback only, bounded in count and time:
//! the release server runs as its own process on a fresh SQLite file, and
//! each attack prints what the server answered, its peak resident memory
//! (VmHWM) and the /healthz latency measured alongside.
//!
//! `cargo bench -p ms-server --bench front_door`
//!
//! 1. 256 simultaneous wrong sign-ins;
//! 2. 12 parallel decompression bombs: 12000×12000 claimed in the header,
//!    then 12 real 4096×4096 JPEGs (the largest accepted) of a few KB each;
//! 3. a flood of citizen ratings from one device, then from 1,000 invented
//!    device ids behind one address.

#[path = "common/mod.rs"]
mod common;

use common::{percentile, Server};
use image::{ImageEncoder, Rgb, RgbImage};
use ms_core::{Answer, AnswerValue, Evaluation, EvaluationId, Face, PhotoId, Role, TemplateRef};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const MEMORY_TARGET_MIB: f64 = 300.0;
const HEALTH_TARGET_MS: f64 = 50.0;

/// Polls /healthz every 20 ms while an attack runs; returns the latencies in ms.
fn watch_health(http: reqwest::Client, url: String, stop: Arc<AtomicBool>) -> tokio::task::JoinHandle<Vec<f64>> {
    tokio::spawn(async move {
        let mut out = Vec::new();
        while !stop.load(Ordering::Relaxed) {
            let t = Instant::now();
            let ok = http.get(format!("{url}/healthz")).send().await.is_ok_and(|r| r.status().is_success());
            out.push(if ok { t.elapsed().as_secs_f64() * 1000.0 } else { f64::INFINITY });
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        out
    })
}

/// Runs one attack while watching /healthz, then prints the figures.
async fn attack<F: std::future::Future<Output = HashMap<u16, usize>>>(server: &Server, name: &str, run: F) -> bool {
    let health_http = reqwest::Client::new();
    let stop = Arc::new(AtomicBool::new(false));
    let health = watch_health(health_http, server.url.clone(), stop.clone());
    let started = Instant::now();
    let answers = run.await;
    let took = started.elapsed();
    stop.store(true, Ordering::Relaxed);
    let mut latencies = health.await.unwrap_or_default();
    latencies.sort_by(f64::total_cmp);
    let (now, peak) = server.memory_mib();
    let p99 = percentile(&latencies, 0.99);
    let mut answers: Vec<_> = answers.into_iter().collect();
    answers.sort();
    let answered = answers.iter().map(|(s, n)| format!("{n}×{s}")).collect::<Vec<_>>().join(", ");
    let ok = peak < MEMORY_TARGET_MIB && p99 < HEALTH_TARGET_MS;
    println!(
        "{name}: answered {answered} in {:.2} s; server memory now {now:.0} MiB, peak {peak:.0} MiB; \
         /healthz p50 {:.1} ms, p99 {p99:.1} ms over {} probes — {}",
        took.as_secs_f64(),
        percentile(&latencies, 0.5),
        latencies.len(),
        if ok { "within targets" } else { "OUTSIDE TARGETS" }
    );
    ok
}

async fn tally(tasks: Vec<tokio::task::JoinHandle<u16>>) -> HashMap<u16, usize> {
    let mut out = HashMap::new();
    for t in tasks {
        *out.entry(t.await.unwrap_or(0)).or_default() += 1;
    }
    out
}

fn jpeg_bytes(img: &RgbImage) -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 80)
        .write_image(img.as_raw(), img.width(), img.height(), image::ExtendedColorType::Rgb8)
        .expect("encode");
    out
}

fn sha(bytes: &[u8]) -> String {
    PhotoId::from_digest(&Sha256::digest(bytes).into()).to_string()
}

fn citizen(device: &str) -> Evaluation {
    let mut answers = BTreeMap::new();
    answers.insert("face".to_owned(), Answer { value: Some(AnswerValue::Face(Face::Unhappy)), ..Answer::default() });
    answers.insert(
        "reasons".to_owned(),
        Answer { value: Some(AnswerValue::Choices(vec!["waiting-time".into()])), ..Answer::default() },
    );
    Evaluation {
        id: EvaluationId::new(),
        revision: 1,
        template: TemplateRef { id: ms_core::builtin::citizen_quick_rating().id, version: 1 },
        centre_id: "cd-al-barsha".into(),
        service_id: None,
        role: Role::Citizen,
        locale: "en".into(),
        visit_started_at: None,
        visit_ended_at: None,
        check_in: None,
        answers,
        comment: Some("x".repeat(1900)),
        employee: None,
        counter: None,
        photos: vec![],
        device_id: device.into(),
        app_version: "load".into(),
        assignment_id: None,
    }
}

#[tokio::main]
async fn main() {
    let server = Server::start();
    let http = reqwest::Client::builder().pool_max_idle_per_host(64).build().expect("client");
    println!("server at {}; memory at start {:.0} MiB", server.url, server.memory_mib().0);
    let mut all_ok = true;

    all_ok &= attack(&server, "256 simultaneous wrong sign-ins", async {
        let tasks = (0..256)
            .map(|i| {
                let req = http
                    .post(format!("{}/api/v1/sessions", server.url))
                    .json(&serde_json::json!({"username": format!("user{}", i % 8), "password": format!("guess{i}")}));
                tokio::spawn(async move { req.send().await.map_or(0, |r| r.status().as_u16()) })
            })
            .collect();
        tally(tasks).await
    })
    .await;

    let claimed = {
        let mut bytes = jpeg_bytes(&RgbImage::from_pixel(16, 16, Rgb([9, 9, 9])));
        if let Some(sof) = bytes.windows(2).position(|p| p == [0xFF, 0xC0]) {
            bytes[sof + 5..sof + 9].copy_from_slice(&[0x2E, 0xE0, 0x2E, 0xE0]);
        }
        bytes
    };
    all_ok &= attack(&server, "12 parallel 12000×12000 bombs", async {
        let tasks = (0..12)
            .map(|_| {
                let req = http
                    .put(format!("{}/api/v1/photos/{}", server.url, sha(&claimed)))
                    .header("content-type", "image/jpeg")
                    .body(claimed.clone());
                tokio::spawn(async move { req.send().await.map_or(0, |r| r.status().as_u16()) })
            })
            .collect();
        tally(tasks).await
    })
    .await;

    let bombs: Vec<Vec<u8>> = (0..12u8)
        .map(|i| {
            let mut img = RgbImage::from_pixel(4096, 4096, Rgb([200, 200, 200]));
            img.put_pixel(u32::from(i), 0, Rgb([i, 0, 0]));
            jpeg_bytes(&img)
        })
        .collect();
    let sizes: Vec<usize> = bombs.iter().map(Vec::len).collect();
    println!("4096×4096 bombs of {}–{} bytes each", sizes.iter().min().unwrap_or(&0), sizes.iter().max().unwrap_or(&0));
    all_ok &= attack(&server, "12 parallel 4096×4096 bombs", async {
        let tasks = bombs
            .iter()
            .map(|b| {
                let req = http
                    .put(format!("{}/api/v1/photos/{}", server.url, sha(b)))
                    .header("content-type", "image/jpeg")
                    .body(b.clone());
                tokio::spawn(async move { req.send().await.map_or(0, |r| r.status().as_u16()) })
            })
            .collect();
        tally(tasks).await
    })
    .await;

    let flood = |devices: usize, total: usize| {
        let http = http.clone();
        let url = server.url.clone();
        async move {
            let answers = Arc::new(Mutex::new(HashMap::new()));
            let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
            let workers = (0..16)
                .map(|_| {
                    let (http, url, answers, next) = (http.clone(), url.clone(), answers.clone(), next.clone());
                    tokio::spawn(async move {
                        loop {
                            let n = next.fetch_add(1, Ordering::Relaxed);
                            if n >= total {
                                break;
                            }
                            let ev = citizen(&format!("flood-device-{}", n % devices));
                            let status = http
                                .put(format!("{url}/api/v1/evaluations/{}", ev.id))
                                .json(&ev)
                                .send()
                                .await
                                .map_or(0, |r| r.status().as_u16());
                            *answers.lock().unwrap_or_else(|p| p.into_inner()).entry(status).or_insert(0) += 1;
                        }
                    })
                })
                .collect::<Vec<_>>();
            for w in workers {
                let _ = w.await;
            }
            let out = answers.lock().unwrap_or_else(|p| p.into_inner()).clone();
            out
        }
    };
    all_ok &= attack(&server, "5,000 unhappy ratings from one device", flood(1, 5000)).await;
    all_ok &= attack(&server, "5,000 ratings from 1,000 device ids on one address", flood(1000, 5000)).await;

    let (_, peak) = server.memory_mib();
    println!("peak server memory over all attacks: {peak:.0} MiB (target < {MEMORY_TARGET_MIB} MiB)");
    println!("{}", if all_ok { "all attacks within targets" } else { "SOME ATTACKS OUTSIDE TARGETS" });
}
