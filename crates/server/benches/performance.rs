//! Centre performance at scale: a million fictional evaluations seeded into
//! SQLite (with their performance sums), the release server as its own
//! process, and over loopback a centre's figures for a year, the league
//! table of every centre for a year and the overview, each timed over
//! repeated requests; then the CSV export of every evaluation, streamed,
//! with its time and the server's peak memory.
//!
//! `cargo bench -p ms-server --bench performance` (PERFORMANCE_EVALUATIONS sets how many; 1,000,000 by default)

#[path = "common/mod.rs"]
mod common;

use futures_util::StreamExt;
use std::time::Instant;

const TARGET_MS: f64 = 200.0;
const RUNS: usize = 21;

#[tokio::main]
async fn main() {
    let n: u64 = std::env::var("PERFORMANCE_EVALUATIONS").ok().and_then(|v| v.parse().ok()).unwrap_or(1_000_000);
    let server = common::seeded_server(n);
    let http = reqwest::Client::new();
    let api = format!("{}/api/v1", server.url);
    let token = common::sign_in(&http, &api, "admin", "admin-demo").await;
    let today = chrono::Utc::now().date_naive();
    let year = format!("from={}&to={today}", today - chrono::Duration::days(364));
    let cases = [
        ("a centre's figures for a year", format!("{api}/centres/cd-al-barsha/stats?{year}")),
        ("a centre's figures for a year, by week", format!("{api}/centres/cd-al-barsha/stats?{year}&granularity=week")),
        ("the league table of every centre for a year", format!("{api}/stats/league?{year}")),
        ("every centre's figures together for a year", format!("{api}/stats/overview?{year}")),
    ];
    let all_ok = common::report_cases(&http, &token, &cases, RUNS, TARGET_MS).await;
    let (_, peak_before) = server.memory_mib();
    let t = Instant::now();
    let res = http.get(format!("{api}/exports/evaluations.csv")).bearer_auth(&token).send().await.expect("export");
    assert!(res.status().is_success());
    let expected: u64 = res.headers()["x-export-rows"].to_str().ok().and_then(|v| v.parse().ok()).unwrap_or(0);
    let (mut bytes, mut lines) = (0u64, 0u64);
    let mut body = res.bytes_stream();
    while let Some(chunk) = body.next().await {
        let chunk = chunk.expect("chunk");
        bytes += chunk.len() as u64;
        lines += chunk.iter().filter(|b| **b == b'\n').count() as u64;
    }
    let took = t.elapsed().as_secs_f64();
    let (now, peak) = server.memory_mib();
    // Comments may hold line breaks; the seeded evaluations have none.
    assert_eq!(lines, expected + 1, "a header and one line per evaluation");
    println!(
        "CSV export of all {expected} evaluations: {took:.1} s ({:.0} rows/s, {:.0} MB); server peak memory {peak:.0} MiB (before the export {peak_before:.0} MiB, after {now:.0} MiB)",
        expected as f64 / took,
        bytes as f64 / 1e6
    );
    println!("{}", if all_ok { "all within the 200 ms median target" } else { "SOME OUTSIDE THE TARGET" });
}
