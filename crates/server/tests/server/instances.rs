//! Two server instances on one PostgreSQL database and one photo store, with
//! requests alternating between them: every evaluation and photo sent twice,
//! to different instances at once, is stored once; an alert is raised once;
//! a device's allowance and the delays after wrong passwords hold across both. Runs when the tests run on
//! PostgreSQL (`MS_TEST_POSTGRES`); one SQLite file belongs to one instance.

use crate::common::*;
use futures_util::stream::{self, StreamExt};
use ms_core::{Answer, AnswerValue, Face, PhotoId};
use ms_server::config::Limits;
use ms_server::{RunningServer, ServeConfig};
use serde_json::json;

const VISITS: usize = 1000;
/// Requests in flight at once.
const CONCURRENT: usize = 32;

struct Pair {
    a: TestServer,
    b: TestServer,
}

impl Pair {
    /// Two servers on one database and one photo store.
    async fn start(limits: Limits) -> Self {
        let a = TestServer::start_configured(|c| c.limits = limits.clone()).await;
        let config = ServeConfig {
            database: a.database().to_owned(),
            photos: a.dir.path().join("photos"),
            web_dir: None,
            demo: true,
            limits,
            ..ServeConfig::default()
        };
        let server = RunningServer::start(&config, "127.0.0.1:0".parse().expect("addr")).await.expect("b starts");
        let b = TestServer::attach(server, a.database());
        Self { a, b }
    }

    /// The first instance for even numbers, the second for odd ones.
    fn pick(&self, n: usize) -> &TestServer {
        if n.is_multiple_of(2) {
            &self.a
        } else {
            &self.b
        }
    }
}

/// A small JPEG that differs from every other `n`.
fn distinct_jpeg(n: usize) -> Vec<u8> {
    let img = image::RgbImage::from_fn(16, 16, |x, y| {
        let bits = (n >> ((x + y * 16) % 16)) & 1;
        image::Rgb([(n % 251) as u8, (n / 251) as u8, if bits == 1 { 255 } else { 0 }])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90).encode_image(&img).expect("encode");
    out
}

#[tokio::test]
async fn two_instances_store_each_copy_once_raise_one_alert_and_share_allowances() {
    if !on_postgres() {
        eprintln!("two instances share a PostgreSQL database: run with MS_TEST_POSTGRES (tests/run.sh does)");
        return;
    }
    let limits = Limits { ratings_per_device_centre_hour: 3, ..Limits::default() };
    let pair = &Pair::start(limits).await;
    // A session made on one instance works on the other.
    let shopper = pair.a.shopper().await;
    let (status, _) = get(&pair.b, "/my/evaluations", Some(&shopper)).await;
    assert_eq!(status, 200);

    // Every photo and every visit twice, to both instances at once.
    let visits: Vec<_> = (0..VISITS)
        .map(|n| {
            let bytes = distinct_jpeg(n);
            let mut visit = complete_shopper("cd-deira");
            visit.photos.push(PhotoId::parse(&sha(&bytes)).expect("photo id"));
            (bytes, visit)
        })
        .collect();
    let photo_statuses: Vec<u16> =
        stream::iter(visits.iter().enumerate().flat_map(|(n, (bytes, _))| [(n, bytes), (n + 1, bytes)]))
            .map(|(n, bytes)| async move { pair.pick(n).put_photo(&sha(bytes), bytes.clone()).await.status().as_u16() })
            .buffer_unordered(CONCURRENT)
            .collect()
            .await;
    assert_eq!(photo_statuses.iter().filter(|s| **s == 201).count(), VISITS, "one 201 per photo");
    assert_eq!(photo_statuses.iter().filter(|s| **s == 200).count(), VISITS, "and a 200 for its copy");
    let shopper = &shopper;
    let statuses: Vec<u16> = stream::iter(visits.iter().enumerate().flat_map(|(n, (_, v))| [(n, v), (n + 1, v)]))
        .map(|(n, visit)| async move {
            let path = format!("/evaluations/{}", visit.id);
            put_json(pair.pick(n), &path, &json!(visit), Some(shopper)).await.0
        })
        .buffer_unordered(CONCURRENT)
        .collect()
        .await;
    assert_eq!(statuses.iter().filter(|s| **s == 201).count(), VISITS, "one 201 per visit: {statuses:?}");
    assert_eq!(statuses.iter().filter(|s| **s == 200).count(), VISITS, "and a 200 for its copy");
    assert_eq!(pair.a.evaluation_count().await, VISITS as u64);
    assert_eq!(pair.b.evaluation_count().await, VISITS as u64);
    let (status, detail) =
        get(&pair.b, &format!("/evaluations/{}", visits[7].1.id), Some(&pair.b.supervisor().await)).await;
    assert_eq!(status, 200, "{detail}");
    assert_eq!(detail["summary"]["photo_count"], 1, "{detail}");

    // Unhappy citizens at one centre, to both instances at once: one alert.
    let unhappy: Vec<_> = (0..8)
        .map(|_| {
            let mut ev = happy_citizen("cd-al-barsha");
            ev.answers
                .insert("face".into(), Answer { value: Some(AnswerValue::Face(Face::Unhappy)), ..Answer::default() });
            let reasons = AnswerValue::Choices(vec!["waiting-time".into()]);
            ev.answers.insert("reasons".into(), Answer { value: Some(reasons), ..Answer::default() });
            ev
        })
        .collect();
    let rated: Vec<(u16, serde_json::Value)> = stream::iter(unhappy.iter().enumerate())
        .map(
            |(n, ev)| async move { put_json(pair.pick(n), &format!("/evaluations/{}", ev.id), &json!(ev), None).await },
        )
        .buffer_unordered(8)
        .collect()
        .await;
    assert!(rated.iter().all(|(s, _)| *s == 201), "{rated:?}");
    let admin = pair.a.sign_in("admin", "admin-demo").await;
    let (_, body) = get(&pair.b, "/alerts?all=true", Some(&admin)).await;
    let raised: Vec<_> = body["alerts"].as_array().cloned().unwrap_or_default();
    let here: Vec<_> = raised.iter().filter(|a| a["centre_id"] == "cd-al-barsha").collect();
    assert_eq!(here.len(), 1, "{body}");

    // One device may rate one centre three times an hour, whichever instance it reaches.
    let device = format!("device-{}", uuid::Uuid::new_v4());
    let mut answers = Vec::new();
    for n in 0..4 {
        let mut ev = happy_citizen("cd-deira");
        ev.device_id = device.clone();
        answers.push(put_json(pair.pick(n), &format!("/evaluations/{}", ev.id), &json!(ev), None).await.0);
    }
    assert_eq!(answers, [201, 201, 201, 429]);

    // Wrong passwords meet the same growing delays, whichever instance they try.
    let mut tries = Vec::new();
    for n in 0..4 {
        let wrong = json!({"username": "supervisor", "password": format!("guess-{n}")});
        tries.push(post(pair.pick(n), "/sessions", &wrong, None).await.0);
    }
    assert_eq!(tries, [401, 401, 401, 429]);
}
