//! Photos in an S3-compatible object store, against a real S3 server on
//! loopback (moto in server mode, installed by `tests/s3/install.sh`): the
//! store itself (upload, head, get, an idempotent re-upload, delete), and the
//! server storing its photos there (a hash mismatch and a body that stops
//! half way leave nothing in the bucket).

#[path = "server/common.rs"]
mod common;

use common::*;
use ms_core::PhotoId;
use ms_server::photos::{ObjectPhotoStore, PhotoStore};
use object_store::aws::AmazonS3Builder;
use object_store::ObjectStore;
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;
use tokio::io::AsyncWriteExt;

/// moto's server, from `MS_S3_SERVER` or the virtualenv `tests/s3/install.sh` makes.
fn moto_binary() -> PathBuf {
    if let Some(p) = std::env::var_os("MS_S3_SERVER") {
        return p.into();
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    let path = target.join("s3-venv/bin/moto_server");
    assert!(path.exists(), "no S3 server at {}: run `bash tests/s3/install.sh` (tests/run.sh does)", path.display());
    path
}

struct S3Server {
    child: Child,
    endpoint: String,
}

impl Drop for S3Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn s3_server(bucket: &str) -> S3Server {
    let port = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port();
    let child = Command::new(moto_binary())
        .args(["-H", "127.0.0.1", "-p", &port.to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("moto starts");
    // Owned at once, so it is stopped (and waited for) however the test ends.
    let server = S3Server { child, endpoint: format!("http://127.0.0.1:{port}") };
    let http = reqwest::Client::new();
    for _ in 0..200 {
        let made = http.put(format!("{}/{bucket}", server.endpoint)).send().await;
        if made.is_ok_and(|r| r.status().is_success()) {
            return server;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the S3 server did not start on {}", server.endpoint);
}

/// Held from setting the environment until the store has read it: the tests
/// of this file run at once, each with its own S3 server.
static ENVIRONMENT: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// What `--photos s3://…` reads from the environment.
fn s3_environment(endpoint: &str) {
    for (k, v) in [
        ("AWS_ENDPOINT_URL", endpoint),
        ("AWS_REGION", "us-east-1"),
        ("AWS_ACCESS_KEY_ID", "test"),
        ("AWS_SECRET_ACCESS_KEY", "test"),
        ("AWS_ALLOW_HTTP", "true"),
    ] {
        // Each test sets the values of its own server before opening a store.
        std::env::set_var(k, v);
    }
}

async fn keys(endpoint: &str, bucket: &str) -> Vec<String> {
    use futures_util::TryStreamExt;
    let store = AmazonS3Builder::new()
        .with_endpoint(endpoint)
        .with_bucket_name(bucket)
        .with_region("us-east-1")
        .with_access_key_id("test")
        .with_secret_access_key("test")
        .with_allow_http(true)
        .build()
        .expect("store");
    let mut listed: Vec<String> =
        store.list(None).map_ok(|m| m.location.to_string()).try_collect().await.expect("list");
    listed.sort();
    listed
}

#[tokio::test]
async fn the_store_puts_heads_gets_and_deletes_in_a_real_bucket() {
    let s3 = s3_server("store-test").await;
    let store = {
        let _env = ENVIRONMENT.lock().await;
        s3_environment(&s3.endpoint);
        ObjectPhotoStore::open(std::path::Path::new("s3://store-test/photos")).expect("opens")
    };
    let bytes = jpeg(32, 24);
    let id = PhotoId::parse(&sha(&bytes)).expect("id");
    assert!(!store.exists(&id).await.expect("head"));
    assert_eq!(store.get(&id).await.expect("get"), None);
    store.put(&id, &bytes).await.expect("put");
    store.put(&id, &bytes).await.expect("the same photo again is harmless");
    assert!(store.exists(&id).await.expect("head"));
    assert_eq!(store.get(&id).await.expect("get"), Some(bytes.clone()));
    assert_eq!(keys(&s3.endpoint, "store-test").await, [format!("photos/{}/{id}.jpg", &id.as_str()[..2])]);
    store.delete(&id).await.expect("delete");
    store.delete(&id).await.expect("deleting again is harmless");
    assert!(keys(&s3.endpoint, "store-test").await.is_empty());
    assert!(ObjectPhotoStore::open(std::path::Path::new("s3:///nothing")).is_err(), "a bucket is needed");
}

#[tokio::test]
async fn the_server_keeps_photos_in_the_bucket_and_leaves_nothing_of_a_failed_upload() {
    let s3 = s3_server("server-test").await;
    let s = {
        let _env = ENVIRONMENT.lock().await;
        s3_environment(&s3.endpoint);
        TestServer::start_configured(|c| c.photos = PathBuf::from("s3://server-test/ms")).await
    };
    let bytes = jpeg(64, 48);
    let digest = sha(&bytes);
    assert_eq!(s.put_photo(&digest, bytes.clone()).await.status(), 201);
    assert_eq!(s.put_photo(&digest, bytes.clone()).await.status(), 200, "an idempotent re-upload");
    let head = s.http.head(s.url(&format!("/photos/{digest}"))).send().await.expect("head");
    assert_eq!(head.status(), 200);
    let sup = s.supervisor().await;
    let got = s.http.get(s.url(&format!("/photos/{digest}"))).bearer_auth(&sup).send().await.expect("get");
    assert_eq!(got.status(), 200);
    assert_eq!(got.bytes().await.expect("bytes").to_vec(), bytes);

    // Another photo's bytes under this name: refused, nothing stored.
    let other = jpeg(40, 30);
    let wrong = sha(&jpeg(41, 30));
    let res = s.put_photo(&wrong, other).await;
    assert_eq!(res.status(), 422);
    // A body that stops half way: the connection closes before the photo is whole.
    let half = jpeg(80, 60);
    let half_sha = sha(&half);
    let addr = s.url("").trim_start_matches("http://").split('/').next().unwrap_or_default().to_owned();
    let mut conn = tokio::net::TcpStream::connect(&addr).await.expect("connect");
    let head = format!(
        "PUT /api/v1/photos/{half_sha} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: image/jpeg\r\nContent-Length: {}\r\n\r\n",
        half.len()
    );
    conn.write_all(head.as_bytes()).await.expect("head");
    conn.write_all(&half[..half.len() / 2]).await.expect("half the body");
    drop(conn);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let head = s.http.head(s.url(&format!("/photos/{half_sha}"))).send().await.expect("head");
    assert_eq!(head.status(), 404);
    let stored = keys(&s3.endpoint, "server-test").await;
    assert_eq!(
        stored,
        [format!("ms/{}/{digest}.jpg", &digest[..2])],
        "only the whole, matching photo is in the bucket"
    );
}
