//! Server ingest over loopback: 40-answer shopper evaluations PUT by several
//! concurrent devices into a server on a fresh SQLite file. Prints
//! evaluations/s and p50/p99 latency for each run, then the medians.
//!
//! `cargo bench -p ms-server --bench ingest` (env BENCH_EVALUATIONS, BENCH_DEVICES, BENCH_RUNS;
//! BENCH_SYNCHRONOUS=full for every commit on disk before it is answered).

#[path = "common/mod.rs"]
mod common;

use ms_core::template::{ChecklistTemplate, Item, ItemKind, Stage};
use ms_core::{Answer, AnswerValue, Evaluation, EvaluationId, Face, Role};
use ms_server::{RunningServer, ServeConfig};
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// A 40-item shopper checklist in 5 stages of 8 items.
fn bench_template() -> ChecklistTemplate {
    let kinds = [ItemKind::YesNo, ItemKind::Scale, ItemKind::Duration { target_minutes: 15.0 }, ItemKind::Face];
    let stages = (0..5)
        .map(|s| Stage {
            id: format!("s{s}"),
            title: format!("bench-stage-{s}"),
            weight: 1.0,
            items: (0..8)
                .map(|i| Item {
                    id: format!("s{s}-i{i}"),
                    label: format!("bench-s{s}-i{i}"),
                    help: None,
                    kind: kinds[(s * 8 + i) % kinds.len()].clone(),
                    weight: 1.0 + (i % 3) as f64,
                    required: true,
                    allow_na: true,
                    photo_on_fail: false,
                    comment_on_fail: false,
                    show_if: None,
                })
                .collect(),
        })
        .collect();
    ChecklistTemplate { id: "bench-forty".into(), version: 1, audience: Role::Shopper, title: "bench".into(), stages }
}

fn evaluation(t: &ChecklistTemplate, n: usize) -> Evaluation {
    let mut answers = BTreeMap::new();
    for (k, (_, item)) in t.items().enumerate() {
        let value = match item.kind {
            ItemKind::YesNo => {
                if (n + k).is_multiple_of(5) {
                    AnswerValue::No
                } else {
                    AnswerValue::Yes
                }
            }
            ItemKind::Scale => AnswerValue::Scale(1 + ((n + k) % 5) as u8),
            ItemKind::Duration { .. } => AnswerValue::Minutes(((n * 7 + k) % 40) as f64),
            _ => AnswerValue::Face(Face::Happy),
        };
        let comment =
            (k % 4 == 0).then(|| format!("Observation {k} of visit {n}: the desk was staffed and the queue moved."));
        answers.insert(item.id.clone(), Answer { value: Some(value), comment, photos: vec![] });
    }
    Evaluation {
        id: EvaluationId::new(),
        revision: 1,
        template: t.reference(),
        centre_id: "cd-al-barsha".into(),
        service_id: Some("id-card-renewal".into()),
        role: Role::Shopper,
        locale: "en".into(),
        visit_started_at: Some(chrono::Utc::now()),
        visit_ended_at: Some(chrono::Utc::now()),
        check_in: None,
        answers,
        comment: Some("Overall a smooth visit.".into()),
        employee: Some("Desk 4".into()),
        photos: vec![],
        device_id: format!("bench-device-{}", n % 50),
        app_version: "bench".into(),
    }
}

struct RunFigures {
    per_second: f64,
    p50: Duration,
    p99: Duration,
}

async fn run(count: usize, devices: usize) -> RunFigures {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = ServeConfig {
        database: dir.path().join("bench.sqlite3").display().to_string(),
        photos: dir.path().join("photos"),
        web_dir: None,
        demo: true,
        durability: std::env::var("BENCH_SYNCHRONOUS")
            .ok()
            .and_then(|v| ms_server::storage::Durability::parse(&v))
            .unwrap_or_default(),
        ..ServeConfig::default()
    };
    let server = RunningServer::start(&config, "127.0.0.1:0".parse().expect("addr")).await.expect("server");
    let template = bench_template();
    server.state.storage.publish_template(&template).await.expect("publish");
    let http = reqwest::Client::new();
    let base = format!("{}/api/v1", server.url());
    let token = common::sign_in(&http, &base, "shopper", "shopper-demo").await;
    // Bodies are made before the clock starts: the device has them ready.
    let bodies: Vec<(String, Vec<u8>)> = (0..count)
        .map(|n| {
            let ev = evaluation(&template, n);
            (format!("{base}/evaluations/{}", ev.id), serde_json::to_vec(&ev).expect("json"))
        })
        .collect();
    let bodies = Arc::new(bodies);
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let start = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..devices {
        let (http, bodies, next, token) = (http.clone(), bodies.clone(), next.clone(), token.clone());
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some((url, body)) = bodies.get(i) else { break };
                let t = Instant::now();
                let res = http
                    .put(url)
                    .bearer_auth(&token)
                    .header("content-type", "application/json")
                    .body(body.clone())
                    .send()
                    .await
                    .expect("put");
                assert_eq!(res.status(), 201, "{:?}", res.text().await);
                latencies.push(t.elapsed());
            }
            latencies
        }));
    }
    let mut latencies = Vec::with_capacity(count);
    for t in tasks {
        latencies.extend(t.await.expect("device task"));
    }
    let elapsed = start.elapsed();
    server.stop().await;
    latencies.sort();
    let pct = |p: f64| latencies[((latencies.len() as f64 * p) as usize).min(latencies.len() - 1)];
    RunFigures { per_second: count as f64 / elapsed.as_secs_f64(), p50: pct(0.50), p99: pct(0.99) }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn main() {
    let count = env_or("BENCH_EVALUATIONS", 5000);
    let devices = env_or("BENCH_DEVICES", 16);
    let runs = env_or("BENCH_RUNS", 5);
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    println!(
        "ingest: {count} evaluations of 40 answers, {devices} concurrent devices, {runs} runs, SQLite on a temp file"
    );
    let mut figures = Vec::new();
    for r in 1..=runs {
        let f = rt.block_on(run(count, devices));
        println!(
            "  run {r}: {:>7.0} evaluations/s   p50 {:>6.2} ms   p99 {:>6.2} ms",
            f.per_second,
            f.p50.as_secs_f64() * 1e3,
            f.p99.as_secs_f64() * 1e3
        );
        figures.push(f);
    }
    println!(
        "median: {:.0} evaluations/s, p50 {:.2} ms, p99 {:.2} ms (target >= 2000/s)",
        median(figures.iter().map(|f| f.per_second).collect()),
        median(figures.iter().map(|f| f.p50.as_secs_f64() * 1e3).collect()),
        median(figures.iter().map(|f| f.p99.as_secs_f64() * 1e3).collect()),
    );
}
