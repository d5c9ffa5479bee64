//! The reviewers' inbox at scale: a million fictional evaluations seeded
//! into SQLite (`seed --evaluations`), the release server as its own
//! process, and over loopback the first page, page 1,000 reached by cursor,
//! and a filtered page, each timed over repeated requests.
//!
//! `cargo bench -p ms-server --bench inbox` (INBOX_EVALUATIONS sets how many; 1,000,000 by default)

#[path = "common/mod.rs"]
mod common;

use std::time::Instant;

const TARGET_MS: f64 = 100.0;
const RUNS: usize = 21;

async fn get(http: &reqwest::Client, url: &str, token: &str) -> (f64, serde_json::Value) {
    let t = Instant::now();
    let res = http.get(url).bearer_auth(token).send().await.expect("request");
    assert!(res.status().is_success(), "{url}: {}", res.status());
    let body: serde_json::Value = res.json().await.expect("json");
    (t.elapsed().as_secs_f64() * 1000.0, body)
}

#[tokio::main]
async fn main() {
    let n: u64 = std::env::var("INBOX_EVALUATIONS").ok().and_then(|v| v.parse().ok()).unwrap_or(1_000_000);
    let server = common::seeded_server(n);
    let http = reqwest::Client::new();
    let token = common::sign_in(&http, &format!("{}/api/v1", server.url), "admin", "admin-demo").await;
    let base = format!("{}/api/v1/evaluations?limit=50", server.url);

    // Walk to page 1,000 by cursor, then time that page itself.
    let walk = Instant::now();
    let mut cursor = String::new();
    for _ in 1..1000 {
        let url = if cursor.is_empty() { base.clone() } else { format!("{base}&cursor={cursor}") };
        let (_, page) = get(&http, &url, &token).await;
        cursor = page["next_cursor"].as_str().expect("more pages").to_owned();
    }
    let walked = walk.elapsed().as_secs_f64();
    let cases = [
        ("first page (newest 50)", base.clone()),
        ("page 1,000 by cursor", format!("{base}&cursor={cursor}")),
        (
            "filtered page (approved shopper visits of one entity in one quarter, by score)",
            format!(
                "{base}&status=approved&role=shopper&entity_id=civil-documents&from=2026-01-01&to=2026-03-31&sort=score"
            ),
        ),
        ("employee search", format!("{base}&employee=desk%202")),
        ("flagged page (checked in outside the centre)", format!("{base}&flag=outside_geofence")),
    ];
    let all_ok = common::report_cases(&http, &token, &cases, RUNS, TARGET_MS).await;
    println!("walking 999 pages by cursor took {walked:.1} s ({:.1} ms a page)", walked * 1000.0 / 999.0);
    let (now, peak) = server.memory_mib();
    println!("server memory now {now:.0} MiB, peak {peak:.0} MiB");
    println!("{}", if all_ok { "all within the 100 ms median target" } else { "SOME OUTSIDE THE TARGET" });
}
