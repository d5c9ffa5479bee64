//! A real server on 127.0.0.1 with a temporary SQLite file and photo directory,
//! and evaluations that fit the built-in checklists. With `MS_TEST_POSTGRES`
//! set to a PostgreSQL server's URL (`tests/postgres/cluster.sh` starts a
//! throwaway one), every server gets a new database there instead.
#![allow(dead_code)]

use ms_core::builtin::{citizen_quick_rating, shopper_customer_journey};
use ms_core::template::ItemKind;
use ms_core::{Answer, AnswerValue, Evaluation, EvaluationId, Face, PhotoId, Role};
use ms_server::config::Limits;
use ms_server::{RunningServer, ServeConfig};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

pub struct TestServer {
    pub server: RunningServer,
    pub dir: tempfile::TempDir,
    pub http: reqwest::Client,
    database: String,
}

/// Whether the tests run on PostgreSQL (`MS_TEST_POSTGRES`).
pub fn on_postgres() -> bool {
    std::env::var("MS_TEST_POSTGRES").is_ok_and(|u| !u.is_empty())
}

/// A database of its own for one server: a new PostgreSQL database when the
/// tests run on PostgreSQL, else a SQLite file in the server's directory.
pub async fn database(dir: &tempfile::TempDir) -> String {
    match std::env::var("MS_TEST_POSTGRES") {
        Ok(base) if !base.is_empty() => {
            let name = format!("ms_{}", uuid::Uuid::new_v4().simple());
            let (client, connection) =
                tokio_postgres::connect(&format!("{base}/postgres"), tokio_postgres::NoTls).await.expect("PostgreSQL");
            tokio::spawn(connection);
            client.batch_execute(&format!("CREATE DATABASE {name}")).await.expect("a new database");
            // With the cluster's certificate to trust, the servers insist on TLS.
            let tls = std::env::var_os("PGSSLROOTCERT").is_some_and(|p| !p.is_empty());
            format!("{base}/{name}{}", if tls { "?sslmode=require" } else { "" })
        }
        _ => dir.path().join("server.sqlite3").display().to_string(),
    }
}

impl TestServer {
    pub async fn start() -> Self {
        Self::start_with(Limits::default()).await
    }

    pub async fn start_with(limits: Limits) -> Self {
        Self::start_configured(|c| c.limits = limits).await
    }

    /// A server with the demo data and the configuration `change` makes.
    pub async fn start_configured(change: impl FnOnce(&mut ServeConfig)) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut config = ServeConfig {
            database: database(&dir).await,
            photos: dir.path().join("photos"),
            web_dir: None,
            demo: true,
            ..ServeConfig::default()
        };
        change(&mut config);
        let server = RunningServer::start(&config, "127.0.0.1:0".parse().expect("addr")).await.expect("server starts");
        Self { server, dir, http: reqwest::Client::new(), database: config.database }
    }

    /// Another instance, on the database and directory of one already started.
    pub fn attach(server: RunningServer, database: &str) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        Self { server, dir, http: reqwest::Client::new(), database: database.to_owned() }
    }

    /// The database the server runs on: a SQLite path or a PostgreSQL URL.
    pub fn database(&self) -> &str {
        &self.database
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}/api/v1{path}", self.server.url())
    }

    pub async fn sign_in(&self, username: &str, password: &str) -> String {
        let res = self
            .http
            .post(self.url("/sessions"))
            .json(&serde_json::json!({"username": username, "password": password}))
            .send()
            .await
            .expect("sign in");
        assert_eq!(res.status(), 201);
        let body: serde_json::Value = res.json().await.expect("session json");
        body["token"].as_str().expect("token").to_owned()
    }

    pub async fn supervisor(&self) -> String {
        self.sign_in("supervisor", "supervisor-demo").await
    }

    pub async fn shopper(&self) -> String {
        self.sign_in("shopper", "shopper-demo").await
    }

    /// Uploads photo bytes as a device does (`image/jpeg`) under the given hash.
    pub async fn put_photo(&self, sha256: &str, bytes: Vec<u8>) -> reqwest::Response {
        let url = self.url(&format!("/photos/{sha256}"));
        self.http.put(url).header("content-type", "image/jpeg").body(bytes).send().await.expect("put photo")
    }

    /// How many evaluations the supervisor list holds.
    pub async fn evaluation_count(&self) -> u64 {
        let token = self.supervisor().await;
        let res = self.http.get(self.url("/evaluations?limit=500")).bearer_auth(token).send().await.expect("list");
        assert_eq!(res.status(), 200);
        let page: serde_json::Value = res.json().await.expect("page json");
        page["total"].as_u64().expect("total")
    }
}

pub fn happy_citizen(centre_id: &str) -> Evaluation {
    let t = citizen_quick_rating();
    let mut answers = BTreeMap::new();
    answers.insert("face".to_owned(), Answer { value: Some(AnswerValue::Face(Face::Happy)), ..Answer::default() });
    Evaluation {
        id: EvaluationId::new(),
        revision: 1,
        template: t.reference(),
        centre_id: centre_id.into(),
        service_id: None,
        role: Role::Citizen,
        locale: "en".into(),
        visit_started_at: None,
        visit_ended_at: None,
        check_in: None,
        answers,
        comment: None,
        employee: None,
        counter: None,
        photos: vec![],
        device_id: format!("device-{}", EvaluationId::new()),
        app_version: "test".into(),
        assignment_id: None,
    }
}

/// A shopper evaluation answering every item well.
pub fn complete_shopper(centre_id: &str) -> Evaluation {
    let t = shopper_customer_journey();
    let mut answers = BTreeMap::new();
    for (_, item) in t.items() {
        let value = match &item.kind {
            ItemKind::YesNo => AnswerValue::Yes,
            ItemKind::Scale => AnswerValue::Scale(5),
            ItemKind::Face => AnswerValue::Face(Face::Happy),
            ItemKind::Duration { target_minutes } => AnswerValue::Minutes(target_minutes / 2.0),
            other => panic!("unexpected kind {other:?}"),
        };
        answers.insert(item.id.clone(), Answer { value: Some(value), ..Answer::default() });
    }
    Evaluation { template: t.reference(), role: Role::Shopper, answers, ..happy_citizen(centre_id) }
}

pub async fn get(s: &TestServer, path: &str, token: Option<&str>) -> (u16, Value) {
    let mut req = s.http.get(s.url(path));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let res = req.send().await.expect("request");
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

pub async fn post(s: &TestServer, path: &str, body: &Value, token: Option<&str>) -> (u16, Value) {
    let mut req = s.http.post(s.url(path)).json(body);
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let res = req.send().await.expect("request");
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

pub async fn put_json(s: &TestServer, path: &str, body: &Value, token: Option<&str>) -> (u16, Value) {
    let mut req = s.http.put(s.url(path)).json(body);
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let res = req.send().await.expect("request");
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

pub fn jpeg(width: u32, height: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(width, height, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 128]));
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85).encode_image(&img).expect("encode");
    out
}

pub fn sha(bytes: &[u8]) -> String {
    PhotoId::from_digest(&Sha256::digest(bytes).into()).to_string()
}

pub fn assert_error(status: u16, body: &Value, want_status: u16, want_code: &str, want_field: Option<&str>) {
    assert_eq!(status, want_status, "{body}");
    assert_eq!(body["error"]["code"], want_code, "{body}");
    assert!(body["error"]["message"].as_str().is_some_and(|m| !m.is_empty()), "{body}");
    if let Some(field) = want_field {
        assert_eq!(body["error"]["field"], field, "{body}");
    }
}
