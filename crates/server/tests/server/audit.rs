//! The audit log on a real server: each administrative act recorded with who,
//! when and the values before and after (never a password or a key), read by
//! admins only, paged, exported as CSV that cannot attack its reader, and
//! refused by the database itself when anything tries to change or delete it.

use crate::common::*;
use ms_core::wire::UserRole;
use ms_server::storage::NewUser;
use serde_json::{json, Value};

fn actions(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .map(|a| a.iter().map(|e| e["action"].as_str().unwrap_or("").to_owned()).collect())
        .unwrap_or_default()
}

#[tokio::test]
async fn every_administrative_act_is_logged_with_before_and_after_and_only_admins_read_it() {
    let s = TestServer::start().await;
    let admin = s.sign_in("admin", "admin-demo").await;
    let (status, before) = get(&s, "/settings/rating", Some(&admin)).await;
    assert_eq!(status, 200);
    let mut changed = before.clone();
    changed["customer_weight"] = json!(0.5);
    let (status, body) = put_json(&s, "/settings/rating", &changed, Some(&admin)).await;
    assert_eq!(status, 200, "{body}");

    let (status, page) = get(&s, "/audit", Some(&admin)).await;
    assert_eq!(status, 200, "{page}");
    let newest = &page["items"][0];
    assert_eq!(newest["action"], "rating_settings_changed");
    assert_eq!(newest["actor"], "admin");
    assert_eq!(newest["before"]["customer_weight"], before["customer_weight"]);
    assert_eq!(newest["after"]["customer_weight"], 0.5);
    // The demo's accounts, the built-in checklists and the demo kiosk, made at start by the server itself.
    let all = actions(&page);
    for act in ["account_created", "template_published", "kiosk_registered"] {
        assert!(all.iter().any(|a| a == act), "{act} in {all:?}");
    }
    let shopper = page["items"]
        .as_array()
        .and_then(|a| a.iter().find(|e| e["action"] == "account_created" && e["subject"] == "shopper"))
        .expect("the shopper's account");
    assert_eq!(shopper["actor"], Value::Null, "made by the server, not an account");
    assert_eq!(shopper["after"]["role"], "shopper");
    let text = page.to_string();
    assert!(!text.contains("password") && !text.contains("shopper-demo") && !text.contains("key_sha256"), "{text}");

    let (status, _) = get(&s, "/audit", Some(&s.supervisor().await)).await;
    assert_eq!(status, 403, "a supervisor may not read it");
    let (status, _) = get(&s, "/audit", Some(&s.shopper().await)).await;
    assert_eq!(status, 403);
    let (status, body) = get(&s, "/audit", None).await;
    assert_error(status, &body, 401, "unauthorized", None);

    let (_, kiosks) = get(&s, "/audit?action=kiosk_registered", Some(&admin)).await;
    assert_eq!(actions(&kiosks), ["kiosk_registered"]);
    let (_, by_admin) = get(&s, "/audit?actor=admin", Some(&admin)).await;
    assert_eq!(actions(&by_admin), ["rating_settings_changed"]);
    let (status, body) = get(&s, "/audit?action=password_read", Some(&admin)).await;
    assert_error(status, &body, 400, "bad_query", Some("action"));
}

#[tokio::test]
async fn the_log_pages_newest_first_and_its_csv_opens_as_text() {
    let s = TestServer::start().await;
    let storage = &s.server.state.storage;
    for name in ["=HYPERLINK(\"http://example.com\",\"prize\")", "@SUM(1+1)", "plain"] {
        let user = NewUser {
            username: name.into(),
            display_name: "Someone".into(),
            role: UserRole::Shopper,
            password_hash: "not a real hash".into(),
            entity_ids: vec![],
            centre_ids: vec![],
            created_by: None,
        };
        storage.create_user(&user).await.expect("account");
    }
    let admin = s.sign_in("admin", "admin-demo").await;
    let (_, everything) = get(&s, "/audit?limit=500", Some(&admin)).await;
    let total = everything["items"].as_array().map_or(0, Vec::len);
    assert!(total >= 5, "{everything}");
    let mut seen = Vec::new();
    let mut path = "/audit?limit=2".to_owned();
    loop {
        let (status, page) = get(&s, &path, Some(&admin)).await;
        assert_eq!(status, 200, "{page}");
        seen.extend(page["items"].as_array().into_iter().flatten().map(|e| e["id"].as_i64().unwrap_or(0)));
        match page["next_cursor"].as_i64() {
            Some(next) => path = format!("/audit?limit=2&before={next}"),
            None => break,
        }
    }
    let mut sorted = seen.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    sorted.dedup();
    assert_eq!(seen, sorted, "newest first, each once");
    assert_eq!(seen.len(), total);

    let res = s.http.get(s.url("/audit.csv")).bearer_auth(&admin).send().await.expect("csv");
    assert_eq!(res.status(), 200);
    let bytes = res.bytes().await.expect("body");
    let mut reader = csv::Reader::from_reader(&bytes[..]);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    assert_eq!(rows.len(), total);
    let subjects: Vec<&str> = rows.iter().filter_map(|r| r.get(4)).collect();
    assert!(subjects.contains(&"'=HYPERLINK(\"http://example.com\",\"prize\")"), "{subjects:?}");
    assert!(subjects.contains(&"'@SUM(1+1)") && subjects.contains(&"plain"), "{subjects:?}");
    for r in &rows {
        for cell in r.iter() {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{cell:?} would run");
        }
    }
}

#[tokio::test]
async fn the_database_refuses_to_change_or_delete_an_entry() {
    let s = TestServer::start().await;
    let refusals: Vec<String> = if on_postgres() {
        let base = std::env::var("MS_TEST_POSTGRES").expect("the PostgreSQL server");
        let name = s.database().rsplit('/').next().and_then(|n| n.split('?').next()).expect("database name");
        let (client, connection) =
            tokio_postgres::connect(&format!("{base}/{name}"), tokio_postgres::NoTls).await.expect("PostgreSQL");
        tokio::spawn(connection);
        let mut out = Vec::new();
        for sql in ["UPDATE audit_log SET subject = 'nothing happened'", "DELETE FROM audit_log"] {
            let e = client.batch_execute(sql).await.expect_err("refused");
            out.push(e.as_db_error().map_or_else(|| e.to_string(), |d| d.message().to_owned()));
        }
        let left: i64 = client.query_one("SELECT COUNT(*) FROM audit_log", &[]).await.expect("count").get(0);
        assert!(left > 0);
        out
    } else {
        let c = rusqlite::Connection::open(s.database()).expect("the server's file");
        let mut out = Vec::new();
        for sql in ["UPDATE audit_log SET subject = 'nothing happened'", "DELETE FROM audit_log"] {
            out.push(c.execute(sql, []).expect_err("refused").to_string());
        }
        let left: i64 = c.query_row("SELECT COUNT(*) FROM audit_log", [], |r| r.get(0)).expect("count");
        assert!(left > 0);
        out
    };
    for refusal in refusals {
        assert!(refusal.contains("the audit log is append-only"), "{refusal}");
    }
}
