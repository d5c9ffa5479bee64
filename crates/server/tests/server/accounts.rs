//! Account administration through the API: admins create accounts under the
//! password rules, change them, deactivate one (its token a 401 at once, its
//! sign-in refused, its evaluations kept) and reactivate it, reset a password
//! to a temporary one that must be changed first; everyone changes their own
//! password; every act is in the audit log without a password; only admins
//! administer.

use crate::common::*;
use serde_json::{json, Value};

async fn patch(s: &TestServer, path: &str, body: &Value, token: &str) -> (u16, Value) {
    let res = s.http.patch(s.url(path)).bearer_auth(token).json(body).send().await.expect("patch");
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

async fn try_sign_in(s: &TestServer, username: &str, password: &str) -> (u16, Value) {
    post(s, "/sessions", &json!({"username": username, "password": password}), None).await
}

#[tokio::test]
async fn admins_create_change_deactivate_and_reset_accounts_and_everyone_changes_their_own_password() {
    let s = TestServer::start().await;
    let admin = s.sign_in("admin", "admin-demo").await;
    let sup = s.supervisor().await;

    // The password rules.
    let new = |password: &str| json!({"username": "nadia", "display_name": "Nadia Saleh", "role": "shopper", "password": password});
    for (password, why) in [("short-one", "at least 12"), ("1qaz2wsx3edc", "most common"), ("nadia", "at least 12")] {
        let (status, body) = post(&s, "/users", &new(password), Some(&admin)).await;
        assert_error(status, &body, 422, "weak_password", Some("password"));
        assert!(body["error"]["message"].as_str().is_some_and(|m| m.contains(why)), "{password}: {body}");
    }
    let (status, body) = post(
        &s,
        "/users",
        &json!({"username": "Nadia Saleh", "display_name": "N", "role": "shopper",
        "password": "a long enough password"}),
        Some(&admin),
    )
    .await;
    assert_error(status, &body, 422, "invalid_field", Some("username"));
    let (status, body) = post(
        &s,
        "/users",
        &json!({"username": "sara", "display_name": "Sara", "role": "supervisor",
        "password": "a long enough password"}),
        Some(&admin),
    )
    .await;
    assert_error(status, &body, 422, "invalid_field", Some("entities"));
    let (status, body) = post(&s, "/users", &new("correct horse battery"), Some(&sup)).await;
    assert_error(status, &body, 403, "forbidden", None);

    let (status, created) = post(&s, "/users", &new("correct horse battery"), Some(&admin)).await;
    assert_eq!(status, 201, "{created}");
    assert_eq!((created["username"].as_str(), created["active"].as_bool()), (Some("nadia"), Some(true)));
    assert!(created.get("password").is_none() && created.get("password_hash").is_none());
    let (status, body) = post(&s, "/users", &new("correct horse battery"), Some(&admin)).await;
    assert_error(status, &body, 422, "invalid_field", Some("username"));
    let nadia = s.sign_in("nadia", "correct horse battery").await;

    // A visit of hers, kept whatever becomes of the account.
    let ev = complete_shopper("cd-al-ain");
    let (status, _) =
        put_json(&s, &format!("/evaluations/{}", ev.id), &serde_json::to_value(&ev).expect("json"), Some(&nadia)).await;
    assert_eq!(status, 201);

    // Listing and filtering.
    let (_, shoppers) = get(&s, "/users?role=shopper", Some(&admin)).await;
    assert!(shoppers
        .as_array()
        .is_some_and(|u| u.iter().any(|u| u["username"] == "nadia") && u.iter().all(|u| u["role"] == "shopper")));
    let (status, one) = get(&s, "/users/nadia", Some(&admin)).await;
    assert_eq!((status, one["display_name"].as_str()), (200, Some("Nadia Saleh")));
    let (status, _) = get(&s, "/users/nobody", Some(&admin)).await;
    assert_eq!(status, 404);

    // Made a supervisor of one entity: her sessions end, as what she sees changed.
    let (status, body) = patch(&s, "/users/nadia", &json!({"role": "supervisor"}), &admin).await;
    assert_error(status, &body, 422, "invalid_field", Some("entities"));
    let (status, changed) =
        patch(&s, "/users/nadia", &json!({"role": "supervisor", "entities": ["civil-documents"]}), &admin).await;
    assert_eq!((status, changed["role"].as_str()), (200, Some("supervisor")), "{changed}");
    let (status, _) = get(&s, "/waves", Some(&nadia)).await;
    assert_eq!(status, 401, "signed out by the change");
    let (status, body) = patch(&s, "/users/nadia", &json!({"entities": ["no-such-entity"]}), &admin).await;
    assert_error(status, &body, 422, "invalid_field", Some("entities"));
    let nadia = s.sign_in("nadia", "correct horse battery").await;
    let (status, _) = get(&s, "/waves", Some(&nadia)).await;
    assert_eq!(status, 200);

    // Deactivated: her token is refused at once, she can't sign in, her visit stays.
    let (status, off) = post(&s, "/users/nadia/deactivate", &json!({}), Some(&admin)).await;
    assert_eq!((status, off["active"].as_bool()), (200, Some(false)), "{off}");
    let (status, body) = get(&s, "/waves", Some(&nadia)).await;
    assert_error(status, &body, 401, "unauthorized", None);
    let (status, body) = try_sign_in(&s, "nadia", "correct horse battery").await;
    assert_error(status, &body, 401, "unauthorized", None);
    assert!(body["error"]["message"].as_str().is_some_and(|m| m.contains("deactivated")), "{body}");
    let (status, _) = get(&s, &format!("/evaluations/{}", ev.id), Some(&sup)).await;
    assert_eq!(status, 200, "her evaluation stays");
    let (_, inactive) = get(&s, "/users?active=false", Some(&admin)).await;
    assert_eq!(inactive.as_array().map(Vec::len), Some(1));
    let (status, _) = post(&s, "/users/admin/deactivate", &json!({}), Some(&admin)).await;
    assert_eq!(status, 409, "not one's own account");
    let (status, _) = post(&s, "/users/nadia/reactivate", &json!({}), Some(&admin)).await;
    assert_eq!(status, 200);

    // A reset: a temporary password, changed before anything else.
    let (status, temp) = post(&s, "/users/nadia/reset-password", &json!({}), Some(&admin)).await;
    assert_eq!(status, 200, "{temp}");
    let temporary = temp["password"].as_str().expect("a temporary password").to_owned();
    let (status, _) = try_sign_in(&s, "nadia", "correct horse battery").await;
    assert_eq!(status, 401, "the old password is gone");
    let (status, session) = try_sign_in(&s, "nadia", &temporary).await;
    assert_eq!((status, &session["must_change_password"]), (201, &json!(true)), "{session}");
    let token = session["token"].as_str().expect("token").to_owned();
    let (status, body) = get(&s, "/waves", Some(&token)).await;
    assert_error(status, &body, 403, "password_change_required", None);
    let (status, body) =
        post(&s, "/me/password", &json!({"current": "wrong", "new": "a brand new passphrase"}), Some(&token)).await;
    assert_error(status, &body, 403, "forbidden", Some("current"));
    let (status, body) =
        post(&s, "/me/password", &json!({"current": temporary, "new": "qwerty123456"}), Some(&token)).await;
    assert_error(status, &body, 422, "weak_password", Some("new"));
    let res = s
        .http
        .post(s.url("/me/password"))
        .bearer_auth(&token)
        .json(&json!({"current": temporary, "new": "a brand new passphrase"}))
        .send()
        .await
        .expect("change");
    assert_eq!(res.status(), 204);
    let (status, _) = get(&s, "/waves", Some(&token)).await;
    assert_eq!(status, 200, "free to work once changed");
    let (status, session) = try_sign_in(&s, "nadia", "a brand new passphrase").await;
    assert_eq!(status, 201);
    assert!(session.get("must_change_password").is_none());

    // The audit log has every act, never a password.
    let (_, audit) = get(&s, "/audit?limit=50", Some(&admin)).await;
    let actions: Vec<&str> = audit["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|e| e["subject"] == "nadia")
        .filter_map(|e| e["action"].as_str())
        .collect();
    for a in ["account_created", "account_changed", "account_deactivated", "account_reactivated", "password_reset"] {
        assert!(actions.contains(&a), "{a} in {actions:?}");
    }
    let text = audit.to_string();
    assert!(!text.contains(&temporary) && !text.contains("correct horse") && !text.contains("argon2"), "no secret");
    let created = audit["items"]
        .as_array()
        .and_then(|i| i.iter().find(|e| e["action"] == "account_created" && e["subject"] == "nadia"))
        .cloned()
        .expect("created");
    assert_eq!(created["actor"], "admin");
}

#[tokio::test]
async fn admins_register_a_kiosk_whose_key_is_shown_once_and_revoke_it_so_that_its_key_is_refused() {
    let s = TestServer::start().await;
    let admin = s.sign_in("admin", "admin-demo").await;
    let (status, body) = post(&s, "/kiosks", &json!({"centre_id": "nowhere", "label": "Exit"}), Some(&admin)).await;
    assert_error(status, &body, 422, "invalid_field", Some("centre_id"));
    let (status, registered) =
        post(&s, "/kiosks", &json!({"centre_id": "cd-deira", "label": "North exit"}), Some(&admin)).await;
    assert_eq!(status, 201, "{registered}");
    let key = registered["key"].as_str().expect("the key, once").to_owned();
    let id = registered["kiosk"]["id"].as_i64().expect("id");
    let (_, list) = get(&s, "/kiosks", Some(&admin)).await;
    assert!(list.as_array().is_some_and(|k| k.iter().any(|k| k["id"] == id && k.get("key").is_none())), "{list}");

    let rate = |key: String| {
        let ev = happy_citizen("cd-deira");
        let url = s.url(&format!("/evaluations/{}", ev.id));
        s.http.put(url).header("x-kiosk-key", key).json(&ev).send()
    };
    assert_eq!(rate(key.clone()).await.expect("rate").status(), 201);
    let (status, revoked) = post(&s, &format!("/kiosks/{id}/revoke"), &json!({}), Some(&admin)).await;
    assert_eq!(status, 200);
    assert!(revoked["revoked_at"].is_string(), "{revoked}");
    let res = rate(key).await.expect("rate");
    assert_eq!(res.status(), 401);
    let body: Value = res.json().await.expect("json");
    assert_eq!(body["error"]["code"], "unknown_kiosk");
    let (status, _) = post(&s, "/kiosks/999999/revoke", &json!({}), Some(&admin)).await;
    assert_eq!(status, 404);
    let (status, _) = get(&s, "/kiosks", Some(&s.supervisor().await)).await;
    assert_eq!(status, 403);
    let (_, audit) = get(&s, "/audit?action=kiosk_revoked", Some(&admin)).await;
    assert_eq!(audit["items"][0]["actor"], "admin");
    let (_, audit) = get(&s, "/audit?action=kiosk_registered", Some(&admin)).await;
    assert!(audit["items"].as_array().is_some_and(|i| i.iter().any(|e| e["actor"] == "admin")), "{audit}");
    assert!(!audit.to_string().contains(&registered["key"].as_str().unwrap_or("-").to_owned()));
}
