//! What the benchmarks share: the release server as its own process on a
//! SQLite file in a temporary directory, or with `BENCH_POSTGRES` (a
//! PostgreSQL server's URL) on a new database there, and percentiles.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

pub const SERVER: &str = env!("CARGO_BIN_EXE_mystery-shopper-server");

/// The PostgreSQL server the benchmarks run on, if any (`BENCH_POSTGRES`).
pub fn postgres() -> Option<String> {
    std::env::var("BENCH_POSTGRES").ok().filter(|u| !u.is_empty())
}

/// The database the server of `dir` uses: a SQLite file in it, or a new
/// PostgreSQL database made for it (named in a file there).
pub fn database(dir: &Path) -> String {
    let Some(base) = postgres() else { return dir.join("db.sqlite3").display().to_string() };
    let named = dir.join("postgres-url");
    if let Ok(url) = std::fs::read_to_string(&named) {
        return url;
    }
    let name = format!("bench_{}", uuid::Uuid::new_v4().simple());
    // On a thread of its own: the caller may be inside a runtime already.
    let (admin, create) = (format!("{base}/postgres"), format!("CREATE DATABASE {name}"));
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        rt.block_on(async {
            let (client, connection) =
                tokio_postgres::connect(&admin, tokio_postgres::NoTls).await.expect("PostgreSQL");
            tokio::spawn(connection);
            client.batch_execute(&create).await.expect("a new database");
        });
    })
    .join()
    .expect("database made");
    let url = format!("{base}/{name}");
    std::fs::write(&named, &url).expect("database name");
    url
}

/// Which database the figures are of, for the benchmarks' first line.
pub fn backend() -> &'static str {
    if postgres().is_some() {
        "PostgreSQL"
    } else {
        "SQLite"
    }
}

/// CPU seconds used so far by every PostgreSQL process of this machine (the
/// database's share of the work); zero without PostgreSQL.
pub fn postgres_cpu_seconds() -> f64 {
    if postgres().is_none() {
        return 0.0;
    }
    let Ok(entries) = std::fs::read_dir("/proc") else { return 0.0 };
    entries
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().chars().all(|c| c.is_ascii_digit()))
        .filter(|e| std::fs::read_to_string(e.path().join("comm")).is_ok_and(|c| c.trim() == "postgres"))
        .map(|e| cpu_seconds_of(&e.path().join("stat").display().to_string()))
        .filter(|s| s.is_finite())
        .sum()
}

pub struct Server {
    pub child: Child,
    pub url: String,
    _dir: tempfile::TempDir,
}

impl Server {
    pub fn start() -> Self {
        Self::start_in(tempfile::tempdir().expect("temp dir"))
    }

    /// Serves the database already in `dir` (with the demo data added).
    pub fn start_in(dir: tempfile::TempDir) -> Self {
        Self::start_in_with(dir, &[])
    }

    /// The same, with more arguments of `serve`.
    pub fn start_in_with(dir: tempfile::TempDir, args: &[&str]) -> Self {
        let mut child = Command::new(SERVER)
            .args(["serve", "--demo", "--addr", "127.0.0.1:0", "--database"])
            .arg(database(dir.path()))
            .arg("--photos")
            .arg(dir.path().join("photos"))
            .args(args)
            .env("RUST_LOG", "warn")
            .stdout(Stdio::piped())
            .spawn()
            .expect("server starts");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        let mut reader = BufReader::new(stdout);
        reader.read_line(&mut line).expect("first line");
        // Keep reading what the server prints, so its writes never meet a closed pipe.
        std::thread::spawn(move || std::io::copy(&mut reader, &mut std::io::sink()));
        let url = line
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .map(|w| w.trim_end_matches('/').to_owned())
            .expect("the server prints its address");
        Self { child, url, _dir: dir }
    }

    /// CPU time the server process has used so far, in seconds (user + system).
    pub fn cpu_seconds(&self) -> f64 {
        cpu_seconds_of(&format!("/proc/{}/stat", self.child.id()))
    }

    /// (current, peak) resident memory in MiB, from /proc.
    pub fn memory_mib(&self) -> (f64, f64) {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap_or_default();
        let field = |name: &str| {
            status
                .lines()
                .find(|l| l.starts_with(name))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
                .map_or(f64::NAN, |kb| kb / 1024.0)
        };
        (field("VmRSS:"), field("VmHWM:"))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Signs in at the server whose API is at `api` (`http://…/api/v1`); the bearer token.
pub async fn sign_in(http: &reqwest::Client, api: &str, username: &str, password: &str) -> String {
    let session: serde_json::Value = http
        .post(format!("{api}/sessions"))
        .json(&serde_json::json!({"username": username, "password": password}))
        .send()
        .await
        .expect("sign in")
        .json()
        .await
        .expect("session");
    session["token"].as_str().expect("token").to_owned()
}

pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

/// Median and p90 in milliseconds of `runs` timings of one JSON GET.
pub async fn timed(http: &reqwest::Client, url: &str, token: &str, runs: usize) -> (f64, f64) {
    let mut ms = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = std::time::Instant::now();
        let res = http.get(url).bearer_auth(token).send().await.expect("request");
        assert!(res.status().is_success(), "{url}: {}", res.status());
        let body: serde_json::Value = res.json().await.expect("json");
        assert!(body.is_object(), "{url}: not a JSON object");
        ms.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    ms.sort_by(f64::total_cmp);
    (percentile(&ms, 0.5), percentile(&ms, 0.9))
}

/// User + system CPU seconds of a process, from its `/proc/…/stat` (clock ticks of 1/100 s).
pub fn cpu_seconds_of(stat_path: &str) -> f64 {
    let stat = std::fs::read_to_string(stat_path).unwrap_or_default();
    // The command name may hold spaces: the fields counted from after its closing parenthesis.
    let fields: Vec<&str> =
        stat.rsplit_once(')').map(|(_, rest)| rest.split_whitespace().collect()).unwrap_or_default();
    let ticks = |i: usize| fields.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(f64::NAN);
    // utime and stime are the 14th and 15th fields; the 3rd is the first after the name.
    (ticks(11) + ticks(12)) / 100.0
}

/// A server on a new database holding `n` fictional evaluations (`seed`),
/// with how long seeding took printed.
pub fn seeded_server(n: u64) -> Server {
    let dir = tempfile::tempdir().expect("temp dir");
    let started = std::time::Instant::now();
    let out = Command::new(SERVER)
        .args(["seed", "--evaluations", &n.to_string(), "--database"])
        .arg(database(dir.path()))
        .output()
        .expect("seed runs");
    assert!(out.status.success(), "seed: {}", String::from_utf8_lossy(&out.stderr));
    let size = std::fs::metadata(database(dir.path())).map(|m| m.len()).unwrap_or(0);
    println!(
        "seeded {n} evaluations in {:.1} s ({})",
        started.elapsed().as_secs_f64(),
        if postgres().is_some() { "PostgreSQL".to_owned() } else { format!("{:.0} MB of SQLite", size as f64 / 1e6) }
    );
    Server::start_in(dir)
}

/// Times each named GET `runs` times, prints its median and p90 against the
/// target; true when every median is within it.
pub async fn report_cases(
    http: &reqwest::Client,
    token: &str,
    cases: &[(&str, String)],
    runs: usize,
    target_ms: f64,
) -> bool {
    let mut all_ok = true;
    for (name, url) in cases {
        let (median, p90) = timed(http, url, token, runs).await;
        let ok = median < target_ms;
        all_ok &= ok;
        println!(
            "{name}: median {median:.1} ms, p90 {p90:.1} ms over {runs} requests — {}",
            if ok { "within target" } else { "OUTSIDE TARGET" }
        );
    }
    all_ok
}
