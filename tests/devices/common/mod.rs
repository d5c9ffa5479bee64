//! A device (file-backed store, sync engine) and a real server on 127.0.0.1
//! with a temporary SQLite file, plus a TCP proxy between them that can cut
//! connections the way a lost network does.
#![allow(dead_code)]

pub mod proxy;

use image::{ImageEncoder, Rgb, RgbImage};
use ms_client::{ApiClient, NewDraft, SharedStore, Store, SyncEngine};
use ms_core::builtin::shopper_customer_journey;
use ms_core::template::ItemKind;
use ms_core::wire::SignIn;
use ms_core::{AnswerValue, ChecklistTemplate, EvaluationId, Face, PhotoId, Role};
use ms_server::{RunningServer, ServeConfig};
use std::net::SocketAddr;
use std::path::Path;

pub struct Device {
    pub dir: tempfile::TempDir,
    pub store: SharedStore,
    pub sync: SyncEngine,
}

impl Device {
    pub fn new(server: SocketAddr) -> Self {
        let dir = tempfile::tempdir().expect("device dir");
        let store = Store::open(dir.path().join("device.sqlite3"), dir.path().join("photos")).expect("store").shared();
        let api = ApiClient::new(&format!("http://{server}")).expect("api client");
        let sync = SyncEngine::new(store.clone(), api);
        Self { dir, store, sync }
    }

    pub async fn sign_in_shopper(&self) {
        let credentials = SignIn { username: "shopper".into(), password: "shopper-demo".into() };
        let session = self.sync.api().sign_in(&credentials).await.expect("shopper signs in");
        self.sync.set_token(Some(session.token)).expect("token kept");
    }
}

/// Starts a server with the demo data on `addr` (port 0: any free port), storing under `dir`.
pub async fn start_server(dir: &Path, addr: SocketAddr) -> RunningServer {
    let config = ServeConfig {
        database: dir.join("server.sqlite3").display().to_string(),
        photos: dir.join("photos"),
        web_dir: None,
        demo: true,
        ..ServeConfig::default()
    };
    RunningServer::start(&config, addr).await.expect("server starts")
}

/// A camera-like JPEG: different `seed`s give different photos.
pub fn camera_jpeg(seed: u32, width: u32, height: u32) -> Vec<u8> {
    let mut s = seed.wrapping_mul(2_654_435_761).max(1);
    let img = RgbImage::from_fn(width, height, |x, y| {
        s ^= s << 13;
        s ^= s >> 17;
        s ^= s << 5;
        let grain = (s % 9) as u8;
        Rgb([(x / 7 % 200) as u8 + grain, (y / 5 % 200) as u8 + grain, ((x + y + seed) / 11 % 200) as u8])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
        .write_image(img.as_raw(), width, height, image::ExtendedColorType::Rgb8)
        .expect("encode");
    out
}

/// A shopper walks the whole checklist offline: the waiting area is not clean
/// (which asks for a photo and a comment), and one more photo of the visit.
/// Returns the evaluation and its two photo ids.
pub fn complete_shopper_visit(device: &Device) -> (EvaluationId, ChecklistTemplate, [PhotoId; 2]) {
    complete_shopper_visit_with_photos(device, &camera_jpeg(1, 2400, 1800), &camera_jpeg(2, 2000, 1500))
}

/// The same visit with the given camera photos of the dirty seats and of the visit.
pub fn complete_shopper_visit_with_photos(
    device: &Device,
    dirty: &[u8],
    visit: &[u8],
) -> (EvaluationId, ChecklistTemplate, [PhotoId; 2]) {
    let template = shopper_customer_journey();
    let mut store = ms_client::lock(&device.store);
    let id = store
        .new_draft(&NewDraft {
            template: template.reference(),
            centre_id: "cd-al-barsha".into(),
            service_id: Some("id-card-renewal".into()),
            role: Role::Shopper,
            locale: "en".into(),
            device_id: "test-device".into(),
            app_version: "test".into(),
            assignment_id: None,
        })
        .expect("draft");
    for (_, item) in template.items() {
        let value = match &item.kind {
            ItemKind::YesNo if item.id == "cleanliness" => AnswerValue::No,
            ItemKind::YesNo => AnswerValue::Yes,
            ItemKind::Scale => AnswerValue::Scale(4),
            ItemKind::Face => AnswerValue::Face(Face::Happy),
            ItemKind::Duration { target_minutes } => AnswerValue::Minutes(target_minutes - 1.0),
            other => panic!("unexpected item kind {other:?}"),
        };
        store.set_answer_value(id, &item.id, Some(&value)).expect("answer");
    }
    let dirty = store.add_photo(dirty).expect("photo 1");
    let visit = store.add_photo(visit).expect("photo 2");
    store.add_answer_photo(id, "cleanliness", &dirty.id).expect("attach 1");
    store.set_answer_comment(id, "cleanliness", Some("Litter under the seats in row 3")).expect("comment");
    store.add_evaluation_photo(id, &visit.id).expect("attach 2");
    store.set_employee(id, Some("Desk 4")).expect("employee");
    store.set_comment(id, Some("Quick service, dirty waiting area.")).expect("comment");
    store.complete(id, &template).expect("complete");
    (id, template, [dirty.id, visit.id])
}

/// What the server holds, seen by a supervisor.
pub struct ServerView {
    http: reqwest::Client,
    base: String,
    token: String,
}

impl ServerView {
    pub async fn new(server: &RunningServer) -> Self {
        let http = reqwest::Client::new();
        let base = format!("{}/api/v1", server.url());
        let session: serde_json::Value = http
            .post(format!("{base}/sessions"))
            .json(&serde_json::json!({"username": "supervisor", "password": "supervisor-demo"}))
            .send()
            .await
            .expect("sign in")
            .json()
            .await
            .expect("session");
        let token = session["token"].as_str().expect("token").to_owned();
        Self { http, base, token }
    }

    pub async fn evaluations(&self) -> serde_json::Value {
        let res = self.http.get(format!("{}/evaluations?limit=500", self.base)).bearer_auth(&self.token).send().await;
        res.expect("list").json().await.expect("page")
    }

    pub async fn evaluation(&self, id: EvaluationId) -> serde_json::Value {
        let res = self.http.get(format!("{}/evaluations/{id}", self.base)).bearer_auth(&self.token).send().await;
        res.expect("detail").json().await.expect("detail json")
    }

    /// A supervisor's decision; the status code answered.
    pub async fn decide(&self, id: EvaluationId, to: &str, comment: &str) -> u16 {
        let res = self
            .http
            .post(format!("{}/evaluations/{id}/review", self.base))
            .bearer_auth(&self.token)
            .json(&serde_json::json!({"to": to, "comment": comment}))
            .send()
            .await;
        res.expect("decision").status().as_u16()
    }

    pub async fn photo(&self, id: &PhotoId) -> Option<Vec<u8>> {
        let res = self.http.get(format!("{}/photos/{id}", self.base)).bearer_auth(&self.token).send().await;
        let res = res.expect("photo");
        if res.status() != 200 {
            return None;
        }
        Some(res.bytes().await.expect("bytes").to_vec())
    }
}
