//! Photo ingest over loopback: distinct camera-sized JPEGs (about 300 KB,
//! 1600×1200, as the app sends them after downscaling) PUT by 16 concurrent
//! devices into the release server as its own process, each checked in full
//! (structure, then a complete decode) before it is stored. Prints MB/s and
//! the server's CPU time per photo.
//!
//! `cargo bench -p ms-server --bench photos` (env PHOTOS_COUNT, PHOTOS_DEVICES)

#[path = "common/mod.rs"]
mod common;

use rand::{Rng, SeedableRng};
use sha2::{Digest, Sha256};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Instant;

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// A photo-like picture (smooth gradients with noise, so it compresses as a
/// camera picture does), distinct for each seed.
fn photo(seed: u64) -> Vec<u8> {
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let (w, h) = (1600u32, 1200u32);
    let (a, b) = (rng.gen_range(0.5..2.0), rng.gen_range(0.5..2.0));
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        let n: i32 = rng.gen_range(-12..12);
        let v = |base: f32| (base + n as f32).clamp(0.0, 255.0) as u8;
        image::Rgb([
            v(128.0 + 100.0 * ((x as f32) * a / 200.0).sin()),
            v(128.0 + 100.0 * ((y as f32) * b / 150.0).cos()),
            v(((x + y) % 256) as f32),
        ])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 80).encode_image(&img).expect("encode");
    out
}

#[tokio::main]
async fn main() {
    let count = env_or("PHOTOS_COUNT", 400);
    let devices = env_or("PHOTOS_DEVICES", 16);
    let photos: Vec<(String, Vec<u8>)> = (0..count as u64)
        .map(|i| {
            let bytes = photo(i);
            (hex::encode(Sha256::digest(&bytes)), bytes)
        })
        .collect();
    let total: usize = photos.iter().map(|(_, b)| b.len()).sum();
    println!(
        "photos: {count} distinct JPEGs of 1600×1200, {:.0} KB on average, {devices} devices",
        total as f64 / count as f64 / 1e3
    );
    let server = common::Server::start();
    let http = reqwest::Client::new();
    let base = format!("{}/api/v1/photos", server.url);
    let photos = Arc::new(photos);
    let next = Arc::new(AtomicUsize::new(0));
    let cpu = server.cpu_seconds();
    let start = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..devices {
        let (http, photos, next, base) = (http.clone(), photos.clone(), next.clone(), base.clone());
        tasks.push(tokio::spawn(async move {
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((sha, bytes)) = photos.get(i) else { break };
                let res = http
                    .put(format!("{base}/{sha}"))
                    .header("content-type", "image/jpeg")
                    .body(bytes.clone())
                    .send()
                    .await
                    .expect("put");
                assert_eq!(res.status(), 201, "{:?}", res.text().await);
            }
        }));
    }
    for t in tasks {
        t.await.expect("device");
    }
    let secs = start.elapsed().as_secs_f64();
    let cpu = server.cpu_seconds() - cpu;
    let (_, peak) = server.memory_mib();
    println!(
        "{:.1} MB/s ({:.0} photos/s) over loopback; server CPU {:.1} ms per photo; server peak memory {peak:.0} MiB",
        total as f64 / secs / 1e6,
        count as f64 / secs,
        cpu * 1e3 / count as f64
    );
}
