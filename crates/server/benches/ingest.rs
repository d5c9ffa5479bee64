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
                    action_on_fail: false,
                })
                .collect(),
        })
        .collect();
    ChecklistTemplate {
        id: "bench-forty".into(),
        version: 1,
        audience: Role::Shopper,
        title: "bench".into(),
        stages,
        texts: Default::default(),
        default_language: None,
    }
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
        counter: None,
        photos: vec![],
        device_id: format!("bench-device-{}", n % 50),
        app_version: "bench".into(),
        assignment_id: None,
    }
}

struct RunFigures {
    per_second: f64,
    p50: Duration,
    p99: Duration,
    /// CPU time per evaluation, in microseconds, of the server process, of
    /// PostgreSQL's processes (zero on SQLite) and of the load generator.
    server_cpu_us: f64,
    database_cpu_us: f64,
    generator_cpu_us: f64,
}

async fn run(count: usize, devices: usize) -> RunFigures {
    // The release server as its own process, so its CPU time is its own.
    let dir = tempfile::tempdir().expect("temp dir");
    let template = bench_template();
    let template_file = dir.path().join("template.json");
    std::fs::write(&template_file, serde_json::to_vec(&template).expect("json")).expect("template file");
    let published = std::process::Command::new(common::SERVER)
        .args(["publish-template", "--database"])
        .arg(common::database(dir.path()))
        .arg(&template_file)
        .output()
        .expect("publish-template runs");
    assert!(published.status.success(), "{}", String::from_utf8_lossy(&published.stderr));
    let synchronous = std::env::var("BENCH_SYNCHRONOUS").unwrap_or_else(|_| "normal".into());
    let server = common::Server::start_in_with(dir, &["--sqlite-synchronous", &synchronous]);
    let http = reqwest::Client::new();
    let base = format!("{}/api/v1", server.url);
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
    let (server_cpu, own_cpu) = (server.cpu_seconds(), common::cpu_seconds_of("/proc/self/stat"));
    let database_cpu = common::postgres_cpu_seconds();
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
    let server_cpu = server.cpu_seconds() - server_cpu;
    let generator_cpu = common::cpu_seconds_of("/proc/self/stat") - own_cpu;
    let database_cpu = common::postgres_cpu_seconds() - database_cpu;
    drop(server);
    latencies.sort();
    let pct = |p: f64| latencies[((latencies.len() as f64 * p) as usize).min(latencies.len() - 1)];
    RunFigures {
        per_second: count as f64 / elapsed.as_secs_f64(),
        p50: pct(0.50),
        p99: pct(0.99),
        server_cpu_us: server_cpu * 1e6 / count as f64,
        database_cpu_us: database_cpu * 1e6 / count as f64,
        generator_cpu_us: generator_cpu * 1e6 / count as f64,
    }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn main() {
    let count = env_or("BENCH_EVALUATIONS", 5000);
    let runs = env_or("BENCH_RUNS", 3);
    let device_counts: Vec<usize> = std::env::var("BENCH_DEVICES")
        .unwrap_or_else(|_| "1,16,64".into())
        .split(',')
        .filter_map(|d| d.trim().parse().ok())
        .collect();
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    let synchronous = std::env::var("BENCH_SYNCHRONOUS").unwrap_or_else(|_| "normal".into());
    let durability = match common::postgres() {
        Some(_) => "PostgreSQL (its own synchronous_commit)".to_owned(),
        None => format!("SQLite synchronous={synchronous}"),
    };
    println!(
        "ingest: {count} evaluations of 40 answers, {runs} runs per device count, release server as its own process, {durability}"
    );
    for devices in device_counts {
        let mut figures = Vec::new();
        for r in 1..=runs {
            let f = rt.block_on(run(count, devices));
            println!(
                "  {devices:>2} devices, run {r}: {:>7.0} evaluations/s   p50 {:>6.2} ms   p99 {:>6.2} ms   CPU per evaluation: server {:>5.0} µs, database {:>5.0} µs, load generator {:>5.0} µs",
                f.per_second,
                f.p50.as_secs_f64() * 1e3,
                f.p99.as_secs_f64() * 1e3,
                f.server_cpu_us,
                f.database_cpu_us,
                f.generator_cpu_us
            );
            figures.push(f);
        }
        let server_cpu = median(figures.iter().map(|f| f.server_cpu_us).collect());
        let database_cpu = median(figures.iter().map(|f| f.database_cpu_us).collect());
        println!(
            "{devices:>2} devices, median: {:.0} evaluations/s, p50 {:.2} ms, p99 {:.2} ms; server CPU {server_cpu:.0} µs per evaluation (one core's worth: {:.0}/s), database CPU {database_cpu:.0} µs",
            median(figures.iter().map(|f| f.per_second).collect()),
            median(figures.iter().map(|f| f.p50.as_secs_f64() * 1e3).collect()),
            median(figures.iter().map(|f| f.p99.as_secs_f64() * 1e3).collect()),
            1e6 / server_cpu
        );
    }
}
