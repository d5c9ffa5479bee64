//! `migrate-sqlite-to-postgres`: a deployment that lived on SQLite, with
//! visits and their photos, returns and revisions, decisions and comments,
//! citizens' ratings and an alert, sessions and a changed rating
//! configuration, moves to PostgreSQL and another photo store; afterwards the
//! server answers every question as before, and no row or photo is lost.
//! Runs when the tests run on PostgreSQL (`MS_TEST_POSTGRES`).

use crate::common::*;
use ms_core::{Answer, AnswerValue, Face, PhotoId};
use serde_json::{json, Value};

/// What a reviewer can see of the whole deployment, as the API answers it.
async fn everything(s: &TestServer, admin: &str) -> Vec<(String, Value)> {
    let mut seen = Vec::new();
    let (status, page) = get(s, "/evaluations?limit=500", Some(admin)).await;
    assert_eq!(status, 200, "{page}");
    for item in page["items"].as_array().cloned().unwrap_or_default() {
        let id = item["id"].as_str().expect("id").to_owned();
        let (_, detail) = get(s, &format!("/evaluations/{id}"), Some(admin)).await;
        seen.push((format!("/evaluations/{id}"), detail));
        let (_, first) = get(s, &format!("/evaluations/{id}?revision=1"), Some(admin)).await;
        seen.push((format!("/evaluations/{id}?revision=1"), first));
    }
    seen.push(("/evaluations".into(), page));
    for path in ["/stats/league", "/stats/overview", "/centres/cd-deira/stats", "/alerts?all=true", "/settings/rating"]
    {
        let (status, body) = get(s, path, Some(admin)).await;
        assert_eq!(status, 200, "{path}: {body}");
        seen.push((path.into(), body));
    }
    let csv = s.http.get(s.url("/exports/evaluations.csv")).bearer_auth(admin).send().await.expect("export");
    seen.push(("/exports/evaluations.csv".into(), Value::String(csv.text().await.expect("csv"))));
    seen
}

#[tokio::test]
async fn a_sqlite_deployment_moves_to_postgres_without_losing_a_row_or_a_photo() {
    if !on_postgres() {
        eprintln!("moving to PostgreSQL needs one: run with MS_TEST_POSTGRES (tests/run.sh does)");
        return;
    }
    let old = TestServer::start_configured(|c| {
        c.database = c.photos.with_file_name("server.sqlite3").display().to_string();
    })
    .await;
    let sqlite = old.database().to_owned();
    assert!(sqlite.ends_with(".sqlite3"));
    let shopper = old.shopper().await;
    let supervisor = old.supervisor().await;
    let admin = old.sign_in("admin", "admin-demo").await;

    // Visits with photos; one returned and sent again, one approved with a comment.
    let mut photos = Vec::new();
    let mut visits = Vec::new();
    for n in 0..3u8 {
        let bytes = jpeg(24 + u32::from(n), 16);
        assert_eq!(old.put_photo(&sha(&bytes), bytes.clone()).await.status(), 201);
        let mut visit = complete_shopper("cd-deira");
        visit.photos.push(PhotoId::parse(&sha(&bytes)).expect("id"));
        let (status, body) = put_json(&old, &format!("/evaluations/{}", visit.id), &json!(visit), Some(&shopper)).await;
        assert_eq!(status, 201, "{body}");
        photos.push(bytes);
        visits.push(visit);
    }
    let returned = &visits[0];
    let review = |to: &str, comment: Option<&str>| json!({"to": to, "comment": comment});
    let path = format!("/evaluations/{}/review", returned.id);
    assert_eq!(
        post(&old, &path, &review("returned", Some("the queue photo is missing")), Some(&supervisor)).await.0,
        200
    );
    let mut again = returned.clone();
    again.revision = 2;
    again.comment = Some("queue photo added".into());
    assert_eq!(put_json(&old, &format!("/evaluations/{}", again.id), &json!(again), Some(&shopper)).await.0, 201);
    assert_eq!(post(&old, &path, &review("approved", None), Some(&supervisor)).await.0, 200);
    let path = format!("/evaluations/{}/comments", visits[1].id);
    assert_eq!(post(&old, &path, &json!({"comment": "well observed"}), Some(&supervisor)).await.0, 204);
    // Unhappy citizens raise an alert; the admin changes the rating configuration.
    for _ in 0..5 {
        let mut ev = happy_citizen("cd-deira");
        ev.answers.insert("face".into(), Answer { value: Some(AnswerValue::Face(Face::Unhappy)), ..Answer::default() });
        let reasons = AnswerValue::Choices(vec!["waiting-time".into()]);
        ev.answers.insert("reasons".into(), Answer { value: Some(reasons), ..Answer::default() });
        assert_eq!(put_json(&old, &format!("/evaluations/{}", ev.id), &json!(ev), None).await.0, 201);
    }
    let (_, mut config) = get(&old, "/settings/rating", Some(&admin)).await;
    config["min_customer_count"] = json!(3);
    let (status, body) = put_json(&old, "/settings/rating", &config, Some(&admin)).await;
    assert_eq!(status, 200, "{body}");
    let before = everything(&old, &admin).await;
    assert!(before
        .iter()
        .any(|(p, v)| p == "/alerts?all=true" && v["alerts"].as_array().is_some_and(|a| a.len() == 1)));
    let old_photos = old.dir.path().join("photos");
    let TestServer { server, dir: old_dir, .. } = old;
    server.stop().await;

    // The move, into a new database and a new photo directory.
    let target_dir = tempfile::tempdir().expect("dir");
    let postgres = database(&target_dir).await;
    let new_photos = target_dir.path().join("photos");
    let bin = env!("CARGO_BIN_EXE_mystery-shopper-server");
    let run = |extra: &[&str]| {
        let mut args = vec!["migrate-sqlite-to-postgres", "--from", &sqlite, "--to", &postgres];
        args.extend_from_slice(extra);
        std::process::Command::new(bin).args(&args).output().expect("runs")
    };
    let photo_args =
        ["--photos-from", old_photos.to_str().expect("path"), "--photos-to", new_photos.to_str().expect("path")];
    let out = run(&photo_args);
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "{said}{}", String::from_utf8_lossy(&out.stderr));
    assert!(said.contains("evaluations: 9 rows"), "3 visits, a second revision, 5 citizens: {said}");
    assert!(said.contains("review_events: 3 rows"), "a return, an approval, a comment: {said}");
    assert!(said.contains("photos: 3 copied, 0 already there"), "{said}");
    assert!(!said.contains("secret"), "{said}");
    // Again into the same database: refused, nothing changed.
    let out = run(&[]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("already holds evaluations"), "{out:?}");
    drop(old_dir);

    let new = TestServer::start_configured(|c| {
        c.database = postgres.clone();
        c.photos = new_photos.clone();
    })
    .await;
    // The old sessions still work; the answers are the same.
    let after = everything(&new, &admin).await;
    assert_eq!(before.len(), after.len());
    for ((path, was), (_, is)) in before.iter().zip(&after) {
        assert_eq!(was, is, "{path} differs after the move");
    }
    for bytes in &photos {
        let res =
            new.http.get(new.url(&format!("/photos/{}", sha(bytes)))).bearer_auth(&admin).send().await.expect("get");
        assert_eq!(res.status(), 200);
        assert_eq!(res.bytes().await.expect("bytes").to_vec(), *bytes);
    }
    // New rows get ids after the moved ones.
    let path = format!("/evaluations/{}/comments", visits[2].id);
    assert_eq!(post(&new, &path, &json!({"comment": "after the move"}), Some(&supervisor)).await.0, 204);
    let (_, detail) = get(&new, &format!("/evaluations/{}", visits[2].id), Some(&admin)).await;
    let comments: Vec<&str> =
        detail["activity"].as_array().expect("activity").iter().filter_map(|a| a["comment"].as_str()).collect();
    assert_eq!(comments, ["after the move"]);
}
