//! Improvement actions on a real server: made by the approval of a shopper's
//! visit (one per failing item marked for actions, joined by the next visit),
//! made by reviewers, moved by the centre's manager and its reviewers with
//! evidence, scoped for every role, and reminded to a real local webhook
//! (which fails the first time) once per step.

use crate::alerts::start_receiver;
use crate::common::*;
use chrono::{Days, Utc};
use ms_core::{Answer, AnswerValue};
use serde_json::{json, Value};

/// Items of the built-in shopper checklist marked for actions in the test's
/// own version of it; none needs a photo or a comment when it fails.
const MARKED: [&str; 3] = ["seating-comfort", "name-badge", "queue-ticket"];
const VERSION: u32 = 900;

async fn publish_marked(s: &TestServer) {
    let mut t = ms_core::builtin::shopper_customer_journey();
    t.version = VERSION;
    for item in t.stages.iter_mut().flat_map(|st| st.items.iter_mut()) {
        item.action_on_fail = MARKED.contains(&item.id.as_str());
    }
    s.server.state.storage.publish_template(&t, None).await.expect("published");
}

/// A shopper's visit to `centre` failing `failing` (and `thanked`, which is not marked).
fn visit(centre: &str, failing: &[&str]) -> ms_core::Evaluation {
    let mut ev = complete_shopper(centre);
    ev.template.version = VERSION;
    for id in failing.iter().chain(["thanked"].iter()) {
        let value = if *id == "seating-comfort" { AnswerValue::Scale(2) } else { AnswerValue::No };
        ev.answers.insert((*id).to_owned(), Answer { value: Some(value), ..Answer::default() });
    }
    ev
}

/// Sends the visit as the demo shopper and approves it as the supervisor.
async fn approved(s: &TestServer, ev: &ms_core::Evaluation, sup: &str) {
    let shopper = s.shopper().await;
    let (status, body) =
        put_json(s, &format!("/evaluations/{}", ev.id), &serde_json::to_value(ev).expect("json"), Some(&shopper)).await;
    assert_eq!(status, 201, "{body}");
    let (status, body) =
        post(s, &format!("/evaluations/{}/review", ev.id), &json!({"to": "approved"}), Some(sup)).await;
    assert_eq!(status, 200, "{body}");
}

fn items(page: &Value) -> Vec<Value> {
    page["items"].as_array().cloned().unwrap_or_default()
}

fn by_item<'a>(list: &'a [Value], item: &str) -> &'a Value {
    list.iter().find(|a| a["item_id"] == item).unwrap_or_else(|| panic!("no action for {item}: {list:?}"))
}

async fn create_manager(s: &TestServer, admin: &str, username: &str, centres: &[&str]) -> String {
    let body = json!({"username": username, "display_name": "Another Manager", "role": "centre_manager",
        "password": "a long enough password 42", "centres": centres});
    let (status, created) = post(s, "/users", &body, Some(admin)).await;
    assert_eq!(status, 201, "{created}");
    assert_eq!(created["centres"], json!(centres));
    s.sign_in(username, "a long enough password 42").await
}

#[tokio::test]
async fn an_approved_visit_makes_an_action_per_failing_marked_item_and_the_next_one_joins_them() {
    let s = TestServer::start().await;
    publish_marked(&s).await;
    let sup = s.supervisor().await;
    let first = visit("cd-al-barsha", &["seating-comfort", "name-badge"]);
    approved(&s, &first, &sup).await;
    let (status, page) = get(&s, "/actions?centre_id=cd-al-barsha", Some(&sup)).await;
    assert_eq!(status, 200, "{page}");
    let list = items(&page);
    assert_eq!(list.len(), 2, "one per failing marked item, none for 'thanked': {page}");
    for item in ["seating-comfort", "name-badge"] {
        let a = by_item(&list, item);
        assert_eq!(a["status"], "open");
        assert_eq!(a["source"], "automatic");
        assert_eq!(a["priority"], "normal");
        assert_eq!(a["overdue"], false);
        assert_eq!(a["evaluation_ids"], json!([first.id.to_string()]));
        let due = (Utc::now().date_naive() + Days::new(14)).to_string();
        assert_eq!(a["due_date"], due.as_str(), "normal priority: 14 days");
        assert!(a["title"].as_str().is_some_and(|t| !t.is_empty() && t != item), "{a}");
    }

    // The next visit fails one of them again and a third item: one joined, one new.
    let second = visit("cd-al-barsha", &["name-badge", "queue-ticket"]);
    approved(&s, &second, &sup).await;
    let (_, page) = get(&s, "/actions?centre_id=cd-al-barsha", Some(&sup)).await;
    let list = items(&page);
    assert_eq!(list.len(), 3, "{page}");
    let badge = by_item(&list, "name-badge");
    assert_eq!(badge["evaluation_ids"], json!([first.id.to_string(), second.id.to_string()]));
    assert!(badge["log"].as_array().expect("log").iter().any(|l| l["event"] == "evaluation_joined"), "{badge}");
    assert_eq!(by_item(&list, "queue-ticket")["evaluation_ids"], json!([second.id.to_string()]));
    assert_eq!(by_item(&list, "seating-comfort")["evaluation_ids"], json!([first.id.to_string()]));

    // Another centre's visit makes its own actions; a citizen's rating makes none.
    approved(&s, &visit("cd-deira", &["name-badge"]), &sup).await;
    let (_, all) = get(&s, "/actions", Some(&sup)).await;
    assert_eq!(items(&all).len(), 4, "{all}");
    let (_, deira) = get(&s, "/actions?centre_id=cd-deira", Some(&sup)).await;
    assert_eq!(items(&deira).len(), 1);
    let (_, automatic) = get(&s, "/actions?source=automatic&priority=normal", Some(&sup)).await;
    assert_eq!(items(&automatic).len(), 4);
}

#[tokio::test]
async fn managers_do_the_work_with_evidence_and_reviewers_verify_reopen_or_accept() {
    let s = TestServer::start().await;
    publish_marked(&s).await;
    let sup = s.supervisor().await;
    approved(&s, &visit("cd-al-barsha", &["seating-comfort", "name-badge"]), &sup).await;
    let manager = s.sign_in("manager", "manager-demo").await;
    let (status, mine) = get(&s, "/my/actions", Some(&manager)).await;
    assert_eq!(status, 200, "{mine}");
    let list = items(&mine);
    assert_eq!(list.len(), 2, "{mine}");
    let seating = by_item(&list, "seating-comfort")["id"].as_str().expect("id").to_owned();
    let badge = by_item(&list, "name-badge")["id"].as_str().expect("id").to_owned();
    let to = |id: &str| format!("/actions/{id}/status");

    // Refused moves, each with its code.
    let (status, body) = post(&s, &to(&seating), &json!({"to": "verified"}), Some(&manager)).await;
    assert_error(status, &body, 409, "illegal_transition", None);
    assert!(body["error"]["message"].as_str().is_some_and(|m| m.contains("open") && m.contains("verified")), "{body}");
    let (status, body) = post(&s, &to(&seating), &json!({"to": "in_progress"}), Some(&sup)).await;
    assert_error(status, &body, 403, "forbidden", None);
    let (status, body) = post(&s, &to(&seating), &json!({"to": "done"}), Some(&manager)).await;
    assert_error(status, &body, 422, "evidence_required", Some("comment"));
    let (status, body) = post(&s, &to(&seating), &json!({"to": "cant_do", "comment": "  "}), Some(&manager)).await;
    assert_error(status, &body, 422, "comment_required", Some("comment"));
    let missing = "ab".repeat(32);
    let (status, body) =
        post(&s, &to(&seating), &json!({"to": "done", "comment": "New chairs", "photos": [missing]}), Some(&manager))
            .await;
    assert_error(status, &body, 422, "invalid_field", Some("photos"));

    // Started, then done with a comment and an uploaded photo; the same move sent twice is applied once.
    let (status, started) = post(&s, &to(&seating), &json!({"to": "in_progress"}), Some(&manager)).await;
    assert_eq!((status, started["status"].as_str()), (200, Some("in_progress")), "{started}");
    let photo = jpeg(64, 48);
    let sha = sha(&photo);
    assert_eq!(s.put_photo(&sha, photo).await.status(), 201);
    let move_id = uuid::Uuid::new_v4();
    let done = json!({"to": "done", "comment": "Twelve new chairs", "photos": [sha], "move_id": move_id});
    let (status, first) = post(&s, &to(&seating), &done, Some(&manager)).await;
    assert_eq!((status, first["status"].as_str()), (200, Some("done")), "{first}");
    let (status, again) = post(&s, &to(&seating), &done, Some(&manager)).await;
    assert_eq!((status, &again), (200, &first), "a retried move changes nothing");
    assert_eq!(first["evidence"][0]["comment"], "Twelve new chairs");
    assert_eq!(first["evidence"][0]["photos"], json!([sha]));
    assert_eq!(first["evidence"][0]["by"], "manager");

    // The badge: done with words only, then reopened with a reason, declined, accepted.
    let (status, body) =
        post(&s, &to(&badge), &json!({"to": "done", "comment": "Badges ordered"}), Some(&manager)).await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = post(&s, &to(&badge), &json!({"to": "open"}), Some(&sup)).await;
    assert_error(status, &body, 422, "comment_required", Some("comment"));
    let (status, reopened) =
        post(&s, &to(&badge), &json!({"to": "open", "comment": "Still no badges at desk 3"}), Some(&sup)).await;
    assert_eq!((status, reopened["status"].as_str()), (200, Some("open")), "{reopened}");
    let (status, body) =
        post(&s, &to(&badge), &json!({"to": "cant_do", "comment": "Badges are issued by HQ"}), Some(&manager)).await;
    assert_eq!(status, 200, "{body}");
    let (status, closed) = post(&s, &to(&badge), &json!({"to": "closed_unfixed"}), Some(&sup)).await;
    assert_eq!((status, closed["status"].as_str()), (200, Some("closed_unfixed")), "{closed}");
    let moves: Vec<&str> = closed["log"].as_array().expect("log").iter().filter_map(|l| l["to"].as_str()).collect();
    assert_eq!(moves, ["open", "done", "open", "cant_do", "closed_unfixed"]);

    let (status, verified) = post(&s, &to(&seating), &json!({"to": "verified"}), Some(&sup)).await;
    assert_eq!((status, verified["status"].as_str()), (200, Some("verified")), "{verified}");
    assert!(verified["verified_at"].is_string());
    let (status, counts) = get(&s, "/centres/cd-al-barsha/actions", Some(&manager)).await;
    assert_eq!(status, 200, "{counts}");
    assert_eq!(
        (counts["open"].as_u64(), counts["overdue"].as_u64(), counts["verified"].as_u64()),
        (Some(0), Some(0), Some(1))
    );
    assert!(counts["median_days_to_verify"].as_f64().is_some_and(|d| (0.0..0.01).contains(&d)), "{counts}");
    let (status, body) = get(&s, "/centres/cd-al-barsha/actions?from=2026-12-08&to=2026-01-01", Some(&manager)).await;
    assert_error(status, &body, 422, "invalid_value", Some("from"));
    let (status, body) = get(&s, "/centres/cd-deira/actions", Some(&manager)).await;
    assert_error(status, &body, 404, "not_found", None);
    // A photo of an action's evidence is not an orphan.
    let grace = Utc::now() + chrono::Duration::days(30);
    let orphans = s.server.state.storage.orphan_photos(grace, 100).await.expect("orphans");
    assert!(orphans.iter().all(|p| p.as_str() != sha), "evidence photos are kept");

    // The evidence photo opens for its centre's manager and its reviewers, not for another centre's manager.
    let photo = |token: String| {
        let (s, sha) = (&s, sha.clone());
        async move { get(s, &format!("/photos/{sha}"), Some(&token)).await.0 }
    };
    assert_eq!(photo(manager.clone()).await, 200);
    assert_eq!(photo(sup.clone()).await, 200);
    let admin = s.sign_in("admin", "admin-demo").await;
    let deira = create_manager(&s, &admin, "deira-manager", &["cd-deira"]).await;
    assert_eq!(photo(deira).await, 404);
    assert_eq!(photo(s.shopper().await).await, 403);
    let other = jpeg(40, 30);
    let other_sha = crate::common::sha(&other);
    assert_eq!(s.put_photo(&other_sha, other).await.status(), 201);
    let (status, _) = get(&s, &format!("/photos/{other_sha}"), Some(&manager)).await;
    assert_eq!(status, 404, "a photo that is no action's evidence");
}

#[tokio::test]
async fn every_role_sees_only_its_own_centres_actions() {
    let s = TestServer::start().await;
    let sup = s.supervisor().await;
    let roads = s.sign_in("supervisor-roads", "supervisor-roads-demo").await;
    let admin = s.sign_in("admin", "admin-demo").await;
    let manager = s.sign_in("manager", "manager-demo").await;
    let shopper = s.shopper().await;
    let new = |centre: &str| {
        json!({"centre_id": centre, "title": "Repair the queue ticket machine", "description": "",
        "priority": "high", "due_date": null, "evaluation_id": null, "item_id": null})
    };
    let (status, barsha) = post(&s, "/actions", &new("cd-al-barsha"), Some(&sup)).await;
    assert_eq!(status, 201, "{barsha}");
    assert_eq!(barsha["source"], "free_text");
    assert_eq!(barsha["due_date"], (Utc::now().date_naive() + Days::new(7)).to_string().as_str(), "high: 7 days");
    let barsha = barsha["id"].as_str().expect("id").to_owned();
    let (status, deira) = post(&s, "/actions", &new("cd-deira"), Some(&admin)).await;
    assert_eq!(status, 201, "{deira}");
    let deira = deira["id"].as_str().expect("id").to_owned();

    // A manager makes none; a supervisor none at another entity's centre; a shopper nothing at all.
    let (status, body) = post(&s, "/actions", &new("cd-al-barsha"), Some(&manager)).await;
    assert_error(status, &body, 403, "forbidden", None);
    let (status, body) = post(&s, "/actions", &new("cd-al-barsha"), Some(&roads)).await;
    assert_error(status, &body, 404, "not_found", None);
    let (status, body) = get(&s, "/actions", Some(&shopper)).await;
    assert_error(status, &body, 403, "forbidden", None);
    let (status, body) = get(&s, "/actions", None).await;
    assert_error(status, &body, 401, "unauthorized", None);
    let (status, body) = get(&s, "/my/actions", Some(&sup)).await;
    assert_error(status, &body, 403, "forbidden", None);

    let ids = |page: &Value| items(page).iter().map(|a| a["id"].as_str().unwrap_or("").to_owned()).collect::<Vec<_>>();
    let (_, seen) = get(&s, "/actions", Some(&manager)).await;
    assert_eq!(ids(&seen), [barsha.as_str()], "the manager: Al Barsha only");
    let (status, body) = get(&s, &format!("/actions/{deira}"), Some(&manager)).await;
    assert_error(status, &body, 404, "not_found", None);
    let (status, body) =
        post(&s, &format!("/actions/{deira}/status"), &json!({"to": "in_progress"}), Some(&manager)).await;
    assert_error(status, &body, 404, "not_found", None);
    let (_, seen) = get(&s, "/actions", Some(&sup)).await;
    assert_eq!(ids(&seen).len(), 2, "the civil documents supervisor: both centres");
    let (_, seen) = get(&s, "/actions", Some(&roads)).await;
    assert!(ids(&seen).is_empty(), "the roads supervisor: neither");
    let (status, body) = get(&s, &format!("/actions/{barsha}"), Some(&roads)).await;
    assert_error(status, &body, 404, "not_found", None);
    let (status, body) = get(&s, "/centres/cd-deira/actions", Some(&manager)).await;
    assert_error(status, &body, 404, "not_found", None);

    // A second manager of Deira sees Deira's and may be its assignee; Al Barsha's manager may not.
    let deira_manager = create_manager(&s, &admin, "deira-manager", &["cd-deira"]).await;
    let (_, seen) = get(&s, "/my/actions", Some(&deira_manager)).await;
    assert_eq!(ids(&seen), [deira.as_str()]);
    let assigned = json!({"centre_id": "cd-deira", "title": "Fix the lights", "assignee": "deira-manager"});
    let (status, body) = post(&s, "/actions", &assigned, Some(&sup)).await;
    assert_eq!((status, body["assignee"].as_str()), (201, Some("deira-manager")), "{body}");
    let wrong = json!({"centre_id": "cd-deira", "title": "Fix the lights", "assignee": "manager"});
    let (status, body) = post(&s, "/actions", &wrong, Some(&sup)).await;
    assert_error(status, &body, 422, "invalid_field", Some("assignee"));

    // The export keeps the list's filters and neutralises formulas.
    let hostile = json!({"centre_id": "cd-al-barsha", "title": "=HYPERLINK(\"http://example.com\",\"prize\")"});
    assert_eq!(post(&s, "/actions", &hostile, Some(&sup)).await.0, 201);
    let res = s.http.get(s.url("/exports/actions.csv?centre_id=cd-al-barsha")).bearer_auth(&manager).send().await;
    let res = res.expect("csv");
    assert_eq!(res.status(), 200);
    let text = res.text().await.expect("text");
    assert_eq!(text.lines().count(), 3, "a header and Al Barsha's two: {text}");
    assert!(text.contains("'=HYPERLINK"), "{text}");
    assert!(!text.contains(&deira));
}

#[tokio::test]
async fn a_reviewer_makes_an_action_from_a_failing_answer_only() {
    let s = TestServer::start().await;
    publish_marked(&s).await;
    let sup = s.supervisor().await;
    let ev = visit("cd-al-barsha", &[]);
    approved(&s, &ev, &sup).await;
    let from = |item: &str| {
        json!({"centre_id": "cd-al-barsha", "title": "Thank every visitor", "priority": "low",
        "evaluation_id": ev.id.to_string(), "item_id": item})
    };
    let (status, made) = post(&s, "/actions", &from("thanked"), Some(&sup)).await;
    assert_eq!(status, 201, "{made}");
    assert_eq!(made["source"], "answer");
    assert_eq!(made["evaluation_ids"], json!([ev.id.to_string()]));
    assert_eq!(made["due_date"], (Utc::now().date_naive() + Days::new(30)).to_string().as_str(), "low: 30 days");
    let (status, body) = post(&s, "/actions", &from("greeted-guided"), Some(&sup)).await;
    assert_error(status, &body, 422, "invalid_field", Some("item_id"));
    let (status, body) = post(&s, "/actions", &from("no-such-item"), Some(&sup)).await;
    assert_error(status, &body, 422, "invalid_field", Some("item_id"));
    let elsewhere =
        json!({"centre_id": "cd-deira", "title": "x", "evaluation_id": ev.id.to_string(), "item_id": "thanked"});
    let (status, body) = post(&s, "/actions", &elsewhere, Some(&sup)).await;
    assert_error(status, &body, 422, "invalid_field", Some("evaluation_id"));
    let past = json!({"centre_id": "cd-al-barsha", "title": "x", "due_date": "2020-01-01"});
    let (status, body) = post(&s, "/actions", &past, Some(&sup)).await;
    assert_error(status, &body, 422, "invalid_field", Some("due_date"));
    let weakness = json!({"centre_id": "cd-al-barsha", "title": "Shorter waits", "stage_id": "waiting"});
    let (status, made) = post(&s, "/actions", &weakness, Some(&sup)).await;
    assert_eq!((status, made["source"].as_str()), (201, Some("weakness")), "{made}");
}

#[tokio::test]
async fn an_overdue_action_is_sent_to_the_webhook_once_per_step() {
    let (hook, receiver) = start_receiver(1).await;
    let s = TestServer::start_configured(|c| {
        c.alerts.webhook = Some(hook);
        c.alerts.webhook_first_retry = std::time::Duration::from_millis(50);
    })
    .await;
    let sup = s.supervisor().await;
    let today = Utc::now().date_naive();
    let body = json!({"centre_id": "cd-al-barsha", "title": "Repair the ticket machine", "due_date": today});
    let (status, made) = post(&s, "/actions", &body, Some(&sup)).await;
    assert_eq!(status, 201, "{made}");
    let state = &s.server.state;
    let send = |day| ms_server::reminders::send_due(state, day);
    assert_eq!(send(today - Days::new(1)).await, Ok(0), "not due yet");
    assert_eq!(send(today).await, Ok(1), "on the due date");
    assert_eq!(send(today).await, Ok(0), "once");
    assert_eq!(send(today + Days::new(2)).await, Ok(0));
    assert_eq!(send(today + Days::new(3)).await, Ok(1), "three days late");
    assert_eq!(send(today + Days::new(3)).await, Ok(0));
    assert_eq!(send(today + Days::new(7)).await, Ok(1), "seven days late");
    assert_eq!(send(today + Days::new(40)).await, Ok(0), "never an eighth");
    // The receiver failed the first delivery, which was retried: four calls, three reminders.
    let mut waited = 0;
    while receiver.bodies.lock().expect("bodies").len() < 4 && waited < 200 {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        waited += 1;
    }
    let bodies = receiver.bodies.lock().expect("bodies").clone();
    assert_eq!(bodies.len(), 4, "{bodies:?}");
    // Each reminder is sent in the background, so whichever reached the
    // receiver first failed and was sent again: every step at least once,
    // one of them twice.
    let steps: Vec<&str> = bodies.iter().filter_map(|b| b["step"].as_str()).collect();
    let count = |step: &str| steps.iter().filter(|s| **s == step).count();
    let counts: Vec<usize> = ["due_day", "three_days_late", "seven_days_late"].map(count).to_vec();
    assert!(counts.iter().all(|c| *c >= 1) && counts.iter().sum::<usize>() == 4, "{steps:?}");
    assert!(bodies.iter().all(|b| b["event"] == "action_overdue" && b["action"]["id"] == made["id"]));
    let late = |step: &str| bodies.iter().find(|b| b["step"] == step).map(|b| b["days_late"].clone());
    assert_eq!(late("seven_days_late"), Some(json!(7)));
    assert_eq!(late("three_days_late"), Some(json!(3)));
    assert_eq!(bodies[0]["centre_name"].as_str().map(|n| n.contains("Barsha")), Some(true), "{}", bodies[0]);
    // A verified action is quiet.
    let manager = s.sign_in("manager", "manager-demo").await;
    let id = made["id"].as_str().expect("id");
    let done = json!({"to": "done", "comment": "Repaired"});
    assert_eq!(post(&s, &format!("/actions/{id}/status"), &done, Some(&manager)).await.0, 200);
    let (_, overdue) = get(&s, "/actions?overdue=true", Some(&sup)).await;
    assert!(items(&overdue).is_empty(), "due today is not yet overdue: {overdue}");
}

#[tokio::test]
async fn an_admin_sets_the_deadlines_by_priority_and_new_actions_follow_them() {
    let s = TestServer::start().await;
    let admin = s.sign_in("admin", "admin-demo").await;
    let sup = s.supervisor().await;
    let manager = s.sign_in("manager", "manager-demo").await;
    let (status, days) = get(&s, "/settings/action-deadlines", Some(&manager)).await;
    assert_eq!((status, days), (200, json!({"high": 7, "normal": 14, "low": 30})), "the defaults");
    let (status, body) = get(&s, "/settings/action-deadlines", Some(&s.shopper().await)).await;
    assert_error(status, &body, 403, "forbidden", None);

    let wanted = json!({"high": 3, "normal": 10, "low": 20});
    let (status, body) = put_json(&s, "/settings/action-deadlines", &wanted, Some(&sup)).await;
    assert_error(status, &body, 403, "forbidden", None);
    for (bad, field) in [
        (json!({"high": 0, "normal": 10, "low": 20}), "high"),
        (json!({"high": 3, "normal": 30, "low": 20}), "normal"),
        (json!({"high": 3, "normal": 10, "low": 366}), "low"),
    ] {
        let (status, body) = put_json(&s, "/settings/action-deadlines", &bad, Some(&admin)).await;
        assert_error(status, &body, 422, "invalid_value", Some(field));
    }
    let (_, still) = get(&s, "/settings/action-deadlines", Some(&sup)).await;
    assert_eq!(still["high"], 7, "a refused setting changes nothing");
    let (status, body) = put_json(&s, "/settings/action-deadlines", &wanted, Some(&admin)).await;
    assert_eq!((status, &body), (200, &wanted));
    let (_, now) = get(&s, "/settings/action-deadlines", Some(&sup)).await;
    assert_eq!(now, wanted);

    let today = Utc::now().date_naive();
    let new = json!({"centre_id": "cd-al-barsha", "title": "Fix the door", "priority": "high"});
    let (status, made) = post(&s, "/actions", &new, Some(&sup)).await;
    assert_eq!(status, 201, "{made}");
    assert_eq!(made["due_date"], json!(today + Days::new(3)));

    let (_, log) = get(&s, "/audit?action=action_deadlines_changed", Some(&admin)).await;
    let entries = items(&log);
    assert_eq!(entries.len(), 1, "{log}");
    assert_eq!(entries[0]["before"]["high"], 7);
    assert_eq!(entries[0]["after"]["high"], 3);
}

#[tokio::test]
async fn the_demo_seeds_actions_in_every_status_once() {
    let s = TestServer::start_configured(|c| c.demo_actions = true).await;
    let manager = s.sign_in("manager", "manager-demo").await;
    let (status, page) = get(&s, "/my/actions?limit=100", Some(&manager)).await;
    assert_eq!(status, 200, "{page}");
    let list = items(&page);
    assert_eq!(list.len(), 7, "{page}");
    for st in ["open", "in_progress", "done", "verified", "cant_do", "closed_unfixed"] {
        assert!(list.iter().any(|a| a["status"] == st), "no demo action is {st}: {page}");
    }
    assert!(list.iter().any(|a| a["overdue"] == true), "one is overdue: {page}");
    let done = list.iter().find(|a| a["status"] == "done").expect("done");
    assert_eq!(done["evidence"].as_array().map(Vec::len), Some(1), "{done}");
    // Seeding again (a restart on the same database) adds nothing.
    ms_server::demo::seed_actions(s.server.state.storage.as_ref()).await.expect("seeded again");
    let (_, again) = get(&s, "/my/actions?limit=100", Some(&manager)).await;
    assert_eq!(items(&again).len(), 7);
}

#[tokio::test]
async fn a_manager_reads_the_page_of_a_centre_they_run_and_no_other() {
    let s = TestServer::start().await;
    let (status, session) =
        post(&s, "/sessions", &json!({"username": "manager", "password": "manager-demo"}), None).await;
    assert_eq!(status, 201, "{session}");
    assert_eq!(session["centre_ids"], json!(["cd-al-barsha"]), "the session names the centres run");
    let manager = session["token"].as_str().expect("token").to_owned();
    let (status, report) = get(&s, "/centres/cd-al-barsha/stats", Some(&manager)).await;
    assert_eq!(status, 200, "{report}");
    assert_eq!(report["centre_id"], "cd-al-barsha");
    let (status, body) = get(&s, "/centres/cd-deira/stats", Some(&manager)).await;
    assert_eq!(status, 404, "{body}");
    let shopper = s.shopper().await;
    let (status, body) = get(&s, "/centres/cd-al-barsha/stats", Some(&shopper)).await;
    assert_eq!(status, 403, "{body}");
    let (status, _) = get(&s, "/centres/cd-al-barsha/stats", None).await;
    assert_eq!(status, 401);
    // The other figures stay the reviewers'.
    let (status, _) = get(&s, "/stats/overview", Some(&manager)).await;
    assert_eq!(status, 403);
}

#[tokio::test]
async fn the_built_in_checklist_makes_actions_of_what_a_centre_can_fix() {
    let s = TestServer::start().await;
    let sup = s.sign_in("supervisor", "supervisor-demo").await;
    let mut ev = complete_shopper("cd-al-barsha");
    assert_eq!(ev.template.version, 2, "shoppers fill in version 2");
    for id in ["name-badge", "thanked"] {
        ev.answers.insert(id.into(), Answer { value: Some(AnswerValue::No), ..Answer::default() });
    }
    approved(&s, &ev, &sup).await;
    let (status, page) = get(&s, "/actions?centre_id=cd-al-barsha", Some(&sup)).await;
    assert_eq!(status, 200, "{page}");
    let made: Vec<&str> =
        page["items"].as_array().expect("items").iter().filter_map(|a| a["item_id"].as_str()).collect();
    assert_eq!(made, vec!["name-badge"], "a staff member's thanks is not the centre's to fix");
    // A visit made with version 1 is still received and read.
    let mut old = complete_shopper("cd-al-barsha");
    old.template.version = 1;
    let (status, body) = put_json(
        &s,
        &format!("/evaluations/{}", old.id),
        &serde_json::to_value(&old).expect("json"),
        Some(&s.shopper().await),
    )
    .await;
    assert_eq!(status, 201, "{body}");
}
