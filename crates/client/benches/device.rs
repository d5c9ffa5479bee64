//! Device-side figures: autosave latency of one answer on a file-backed store,
//! and turning a 12-megapixel camera JPEG into the stored photo. Prints each
//! run and the medians.
//!
//! `cargo bench -p ms-client --bench device` (env BENCH_RUNS, BENCH_ANSWERS).

use image::{ImageEncoder, Rgb, RgbImage};
use ms_client::process_photo;
use ms_client::store::{NewDraft, Store};
use ms_core::builtin::shopper_customer_journey;
use ms_core::template::ItemKind;
use ms_core::{AnswerValue, Role};
use std::time::{Duration, Instant};

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// One autosave run: every answer of a shopper checklist, written one at a time, `writes` times in all.
fn autosave_run(writes: usize) -> (Duration, Duration) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(dir.path().join("device.sqlite3"), dir.path().join("photos")).expect("store");
    let template = shopper_customer_journey();
    let draft = NewDraft {
        template: template.reference(),
        centre_id: "cd-al-barsha".into(),
        service_id: None,
        role: Role::Shopper,
        locale: "en".into(),
        device_id: "bench".into(),
        app_version: "bench".into(),
        assignment_id: None,
    };
    let id = store.new_draft(&draft).expect("draft");
    let items: Vec<_> = template.items().map(|(_, i)| i.clone()).collect();
    let mut times = Vec::with_capacity(writes);
    for n in 0..writes {
        let item = &items[n % items.len()];
        let value = match item.kind {
            ItemKind::YesNo => {
                if n.is_multiple_of(3) {
                    AnswerValue::No
                } else {
                    AnswerValue::Yes
                }
            }
            ItemKind::Scale => AnswerValue::Scale(1 + (n % 5) as u8),
            ItemKind::Duration { .. } => AnswerValue::Minutes((n % 40) as f64),
            _ => AnswerValue::Face(ms_core::Face::Happy),
        };
        let t = Instant::now();
        store.set_answer_value(id, &item.id, Some(&value)).expect("autosave");
        times.push(t.elapsed());
    }
    times.sort();
    (times[times.len() / 2], times[(times.len() * 99 / 100).min(times.len() - 1)])
}

/// A 4000x3000 camera-like JPEG: shaded surfaces, edges and sensor-like grain, quality 92.
fn camera_jpeg() -> Vec<u8> {
    let (w, h) = (4000u32, 3000u32);
    let mut seed = 0x2545_f491_u32;
    let img = RgbImage::from_fn(w, h, |x, y| {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        let grain = (seed % 13) as f32 - 6.0;
        let fx = x as f32 / w as f32;
        let fy = y as f32 / h as f32;
        let wall = 170.0 + 50.0 * (fx * 9.0).sin() * (fy * 4.0).cos();
        let desk = if fy > 0.62 { 90.0 + 30.0 * (fx * 40.0).sin() } else { wall };
        let sign = ((x / 160) + (y / 120)) % 7 == 0 && fy < 0.4;
        let base = if sign { 40.0 } else { desk };
        let c = |v: f32| (v + grain).clamp(0.0, 255.0) as u8;
        Rgb([c(base), c(base * 0.95 + 8.0), c(base * 0.85 + 20.0)])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 92)
        .write_image(img.as_raw(), w, h, image::ExtendedColorType::Rgb8)
        .expect("encode");
    out
}

fn main() {
    let runs = env_or("BENCH_RUNS", 5);
    let writes = env_or("BENCH_ANSWERS", 2000);
    println!("autosave: {writes} answer writes per run on a file-backed store (WAL), {runs} runs");
    let (mut p50s, mut p99s) = (Vec::new(), Vec::new());
    for r in 1..=runs {
        let (p50, p99) = autosave_run(writes);
        println!("  run {r}: p50 {:.3} ms   p99 {:.3} ms", ms(p50), ms(p99));
        p50s.push(ms(p50));
        p99s.push(ms(p99));
    }
    println!("median: p50 {:.3} ms, p99 {:.3} ms (target p99 <= 5 ms)", median(p50s), median(p99s));

    let input = camera_jpeg();
    println!("photo: 4000x3000 camera JPEG of {} KB to the stored photo, {runs} runs", input.len() / 1024);
    let (mut times, mut sizes) = (Vec::new(), Vec::new());
    for r in 1..=runs {
        let t = Instant::now();
        let photo = process_photo(&input).expect("process");
        let took = t.elapsed();
        println!("  run {r}: {:.0} ms -> {}x{}, {} KB", ms(took), photo.width, photo.height, photo.jpeg.len() / 1024);
        times.push(ms(took));
        sizes.push(photo.jpeg.len() as f64 / 1024.0);
    }
    println!("median: {:.0} ms, {:.0} KB (targets <= 500 ms, <= 400 KB)", median(times), median(sizes));
}
