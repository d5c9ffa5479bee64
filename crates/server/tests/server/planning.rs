//! Programme planning through the API on a real server: waves planned,
//! published and filled; each rule refusing a claim and a direct assignment,
//! and an override with its reason in the log; expiry; the link between an
//! evaluation and its assignment, its refusals, and the review it follows
//! with the shopper's grade; the scopes of every role.

use crate::common::*;
use chrono::{Duration, NaiveDate, Utc};
use serde_json::{json, Value};
use std::collections::{HashMap, HashSet};

fn today() -> NaiveDate {
    Utc::now().date_naive()
}

fn day(offset: i64) -> String {
    (today() + Duration::days(offset)).to_string()
}

/// A plan of `visits` (centre, count) from `from` to `to` days from today, with `rules`.
fn plan(name: &str, from: i64, to: i64, visits: &[(&str, u32)], rules: Value) -> Value {
    let visits: Vec<Value> = visits
        .iter()
        .map(|(centre, count)| json!({"centre_id": centre, "count": count, "scenario": format!("Ask at {centre} how to renew an identity card.")}))
        .collect();
    json!({"name": name, "from": day(from), "to": day(to), "template_id": "shopper-customer-journey",
           "rules": rules, "visits": visits})
}

/// Creates and publishes a wave as `token`; answers its id and its assignments.
async fn published(s: &TestServer, token: &str, plan: &Value) -> (String, Vec<Value>) {
    let (status, wave) = post(s, "/waves", plan, Some(token)).await;
    assert_eq!(status, 201, "{wave}");
    assert_eq!(wave["summary"]["status"], "draft");
    let id = wave["summary"]["id"].as_str().expect("wave id").to_owned();
    let (status, wave) = post(s, &format!("/waves/{id}/publish"), &json!({}), Some(token)).await;
    assert_eq!(status, 200, "{wave}");
    assert_eq!(wave["summary"]["status"], "published");
    let (status, page) = get(s, &format!("/assignments?wave_id={id}&limit=1000"), Some(token)).await;
    assert_eq!(status, 200, "{page}");
    (id, page["items"].as_array().expect("items").clone())
}

async fn sign(s: &TestServer, who: &str) -> String {
    s.sign_in(who, &format!("{who}-demo")).await
}

#[tokio::test]
async fn a_supervisor_plans_publishes_and_fills_a_wave_and_its_coverage_follows() {
    let s = TestServer::start().await;
    let sup = s.supervisor().await;
    // The demo's wave is there from the start, with open and assigned visits.
    let (status, list) = get(&s, "/waves", Some(&sup)).await;
    assert_eq!(status, 200);
    let demo = &list["items"][0];
    assert_eq!(demo["status"], "published");
    assert!(demo["coverage"]["assigned"].as_u64() >= Some(2) && demo["coverage"]["open"].as_u64() >= Some(1), "{demo}");

    // A field of the plan that is wrong is named.
    let (status, body) = post(&s, "/waves", &plan("Bad", 0, 30, &[("cd-al-barsha", 0)], json!({})), Some(&sup)).await;
    assert_error(status, &body, 422, "invalid_wave", Some("visits[0].count"));
    let mut no_template = plan("Bad", 0, 30, &[("cd-al-barsha", 1)], json!({}));
    no_template["template_id"] = json!("citizen-quick-rating");
    let (status, body) = post(&s, "/waves", &no_template, Some(&sup)).await;
    assert_error(status, &body, 422, "unknown_template", Some("template_id"));

    let p = plan("H1", 0, 60, &[("cd-al-barsha", 3), ("cd-deira", 2)], json!({}));
    let (id, assignments) = published(&s, &sup, &p).await;
    assert_eq!(assignments.len(), 5);
    assert!(assignments.iter().all(|a| a["status"] == "open" && a["template_id"] == "shopper-customer-journey"));
    // A published wave's plan does not change any more.
    let (status, body) = s_patch(&s, &id, &json!({"plan": p}), &sup).await;
    assert_error(status, &body, 409, "illegal_wave_move", None);

    let (status, report) = post(&s, &format!("/waves/{id}/fill"), &json!({}), Some(&sup)).await;
    assert_eq!(status, 200, "{report}");
    let assigned = report["assigned"].as_array().expect("assigned");
    let unfilled = report["unfilled"].as_array().expect("unfilled");
    assert_eq!(assigned.len() + unfilled.len(), 5, "{report}");
    // The lockout: nobody visits one centre twice within the wave; and the
    // demo shopper already holds a visit of cd-al-barsha in the demo wave.
    let mut seen = HashSet::new();
    for a in assigned {
        assert!(seen.insert((a["shopper"].clone(), a["centre_id"].clone())), "{report}");
        assert!(!(a["shopper"] == "shopper" && a["centre_id"] == "cd-al-barsha"), "{report}");
    }
    for u in unfilled {
        assert!(!u["refused"].as_array().expect("refused").is_empty(), "{u}");
    }
    assert_eq!(report["coverage"]["assigned"].as_u64(), Some(assigned.len() as u64));
    // Running it again fills only what is still open: nothing new.
    let (_, again) = post(&s, &format!("/waves/{id}/fill"), &json!({}), Some(&sup)).await;
    assert_eq!(again["assigned"].as_array().map(Vec::len), Some(0), "{again}");

    let (status, wave) = get(&s, &format!("/waves/{id}"), Some(&sup)).await;
    assert_eq!(status, 200);
    let centres: HashMap<String, Value> = wave["centres"]
        .as_array()
        .expect("centres")
        .iter()
        .map(|c| (c["centre_id"].as_str().unwrap_or_default().to_owned(), c.clone()))
        .collect();
    assert_eq!(centres["cd-al-barsha"]["planned"], 3);
    assert_eq!(centres["cd-deira"]["planned"], 2);

    // Paged by due date, every assignment once.
    let (_, first) = get(&s, &format!("/assignments?wave_id={id}&limit=2"), Some(&sup)).await;
    let cursor = first["next_cursor"].as_str().expect("a next page");
    let (_, rest) = get(&s, &format!("/assignments?wave_id={id}&limit=10&cursor={cursor}"), Some(&sup)).await;
    let ids: HashSet<&str> = first["items"]
        .as_array()
        .into_iter()
        .chain(rest["items"].as_array())
        .flatten()
        .filter_map(|a| a["id"].as_str())
        .collect();
    assert_eq!(ids.len(), 5);
    let (status, body) = get(&s, "/assignments?cursor=nonsense", Some(&sup)).await;
    assert_error(status, &body, 422, "bad_query", Some("cursor"));

    // The CSV has a line per assignment.
    let res = s
        .http
        .get(s.url(&format!("/exports/assignments.csv?wave_id={id}")))
        .bearer_auth(&sup)
        .send()
        .await
        .expect("csv");
    assert_eq!(res.status(), 200);
    let text = res.text().await.expect("text");
    assert_eq!(text.lines().count(), 6, "{text}");
    assert!(text.starts_with("id,wave,centre_id"));

    // Publishing is in the audit log.
    let admin = sign(&s, "admin").await;
    let (_, audit) = get(&s, "/audit?action=wave_published", Some(&admin)).await;
    assert!(audit["items"].as_array().is_some_and(|i| i.len() >= 2), "{audit}");
}

async fn s_patch(s: &TestServer, id: &str, body: &Value, token: &str) -> (u16, Value) {
    let res = s.http.patch(s.url(&format!("/waves/{id}"))).bearer_auth(token).json(body).send().await.expect("patch");
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

fn id(a: &Value) -> &str {
    a["id"].as_str().expect("id")
}

#[tokio::test]
async fn each_rule_refuses_a_claim_and_a_direct_assignment_and_an_override_needs_a_reason() {
    let s = TestServer::start().await;
    let sup = s.supervisor().await;
    let three = sign(&s, "shopper-3").await;

    // Lockout: two visits of one centre, a month apart.
    let (_, a) = published(&s, &sup, &plan("Lockout", 1, 60, &[("cd-al-ain", 2)], json!({}))).await;
    let (status, claimed) = post(&s, &format!("/assignments/{}/claim", id(&a[0])), &json!({}), Some(&three)).await;
    assert_eq!(status, 200, "{claimed}");
    assert_eq!(claimed["status"], "assigned");
    assert_eq!(claimed["shopper"], "shopper-3");
    let (status, body) = post(&s, &format!("/assignments/{}/claim", id(&a[1])), &json!({}), Some(&three)).await;
    assert_error(status, &body, 409, "lockout", None);
    assert!(body["error"]["message"].as_str().is_some_and(|m| m.contains("lockout ends on")), "{body}");
    let path = format!("/assignments/{}/assign", id(&a[1]));
    let (status, body) = post(&s, &path, &json!({"shopper": "shopper-3"}), Some(&sup)).await;
    assert_error(status, &body, 409, "lockout", None);
    let (status, given) = post(
        &s,
        &path,
        &json!({"shopper": "shopper-3", "override_reason": "Only Arabic speaker available"}),
        Some(&sup),
    )
    .await;
    assert_eq!(status, 200, "{given}");
    let (_, detail) = get(&s, &format!("/assignments/{}", id(&a[1])), Some(&sup)).await;
    let last = detail["log"].as_array().and_then(|l| l.last()).cloned().expect("a log entry");
    assert_eq!(last["by"], "supervisor");
    assert_eq!(last["to"], "assigned");
    assert_eq!(last["reason"], "Only Arabic speaker available");
    assert_eq!(last["overridden"], json!(["lockout"]));
    let (status, body) = post(&s, &path, &json!({"shopper": "nobody"}), Some(&sup)).await;
    assert_error(status, &body, 422, "unknown_shopper", Some("shopper"));
    let (status, body) = post(&s, &path, &json!({"shopper": "shopper-2"}), Some(&sup)).await;
    assert_error(status, &body, 409, "illegal_assignment_move", None);

    // The other rules, each in a wave of its own; the second claim is refused.
    let cases = [
        ("held_cap", json!({"max_held": 2, "lockout_days": 0}), vec![("cd-deira", 1), ("cd-al-khalidiyah", 1)]),
        ("wave_cap", json!({"max_per_shopper": 1, "lockout_days": 0}), vec![("cd-deira", 1), ("cd-al-khalidiyah", 1)]),
        ("spacing", json!({"spacing_days": 30, "lockout_days": 0}), vec![("cd-deira", 1), ("cd-al-khalidiyah", 1)]),
        ("grade", json!({"min_grade": 5}), vec![("cd-deira", 1), ("cd-al-khalidiyah", 1)]),
    ];
    for (n, (rule, rules, visits)) in cases.into_iter().enumerate() {
        let shopper = sign(&s, ["shopper-2", "shopper-4", "shopper-2", "shopper-4"][n]).await;
        // A one-day wave: every visit on the same day, far from the others.
        let from = 100 + 50 * n as i64;
        let (_, a) = published(&s, &sup, &plan(rule, from, from, &visits, rules)).await;
        if rule != "grade" {
            let (status, body) =
                post(&s, &format!("/assignments/{}/claim", id(&a[0])), &json!({}), Some(&shopper)).await;
            assert_eq!(status, 200, "{rule}: {body}");
        }
        let target = if rule == "grade" { &a[0] } else { &a[1] };
        let (status, body) = post(&s, &format!("/assignments/{}/claim", id(target)), &json!({}), Some(&shopper)).await;
        // The held cap of two counts the shopper's demo visit too.
        assert_error(status, &body, 409, rule, None);
        let name = ["shopper-2", "shopper-4", "shopper-2", "shopper-4"][n];
        let (status, body) =
            post(&s, &format!("/assignments/{}/assign", id(target)), &json!({"shopper": name}), Some(&sup)).await;
        assert_error(status, &body, 409, rule, None);
    }

    // The daily cap: three visits on one day, the most allowed being two.
    let (_, a) = published(
        &s,
        &sup,
        &plan(
            "Daily",
            400,
            400,
            &[("cd-deira", 1), ("cd-al-khalidiyah", 1), ("cd-al-ain", 1)],
            json!({"max_per_shopper_per_day": 2}),
        ),
    )
    .await;
    let one = sign(&s, "shopper-4").await;
    for a in &a[..2] {
        let (status, body) = post(&s, &format!("/assignments/{}/claim", id(a)), &json!({}), Some(&one)).await;
        assert_eq!(status, 200, "{body}");
    }
    let (status, body) = post(&s, &format!("/assignments/{}/claim", id(&a[2])), &json!({}), Some(&one)).await;
    assert_error(status, &body, 409, "daily_cap", None);

    // The shopper's list says which open visits they may claim, and why not.
    let (status, mine) = get(&s, "/my/assignments", Some(&one)).await;
    assert_eq!(status, 200, "{mine}");
    let refused = mine["available"]
        .as_array()
        .expect("available")
        .iter()
        .find(|v| v["assignment"]["id"] == a[2]["id"])
        .cloned()
        .expect("the third visit is listed");
    assert_eq!(refused["claimable"], false);
    assert_eq!(refused["refusal"]["code"], "daily_cap");
    assert!(mine["mine"].as_array().is_some_and(|m| m.iter().any(|v| v["id"] == a[0]["id"])));

    // Release gives it back; cancelling needs a reason.
    let (status, released) = post(&s, &format!("/assignments/{}/release", id(&a[0])), &json!({}), Some(&one)).await;
    assert_eq!((status, released["status"].as_str()), (200, Some("open")), "{released}");
    let (status, body) =
        post(&s, &format!("/assignments/{}/cancel", id(&a[0])), &json!({"reason": " "}), Some(&sup)).await;
    assert_error(status, &body, 422, "reason_required", Some("reason"));
}

#[tokio::test]
async fn an_overdue_assignment_expires_with_its_log_and_opens_again_while_its_wave_runs() {
    let s = TestServer::start().await;
    let sup = s.supervisor().await;
    // A wave that ended: its visits expire and stay expired.
    let (_, ended) = published(&s, &sup, &plan("Ended", -20, -10, &[("cd-al-ain", 1)], json!({}))).await;
    let (_, a) = get(&s, &format!("/assignments/{}", id(&ended[0])), Some(&sup)).await;
    assert_eq!(a["status"], "expired", "{a}");
    let log = a["log"].as_array().expect("log");
    assert_eq!(log.len(), 1);
    assert_eq!(
        (log[0]["from"].as_str(), log[0]["to"].as_str(), &log[0]["by"]),
        (Some("open"), Some("expired"), &Value::Null)
    );

    // A wave still running: the overdue visit opens again from today.
    let (_, running) = published(&s, &sup, &plan("Running", -20, 30, &[("cd-al-khalidiyah", 3)], json!({}))).await;
    let mut moved = Vec::new();
    for x in &running {
        let (_, a) = get(&s, &format!("/assignments/{}", id(x)), Some(&sup)).await;
        let moves: Vec<(String, String)> = a["log"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|e| Some((e["from"].as_str()?.to_owned(), e["to"].as_str()?.to_owned())))
            .collect();
        if !moves.is_empty() {
            moved.push((a, moves));
        }
    }
    assert_eq!(moved.len(), 1, "only the first window was overdue: {moved:?}");
    let (a, moves) = &moved[0];
    let want: Vec<(String, String)> =
        [("open", "expired"), ("expired", "open")].iter().map(|(f, t)| ((*f).into(), (*t).into())).collect();
    assert_eq!(moves, &want, "{a}");
    assert_eq!(a["status"], "open");
    assert!(a["earliest"].as_str().is_some_and(|e| e >= today().to_string().as_str()), "{a}");
}

/// The shopper's evaluation of `centre`, made for `assignment`.
fn visit_for(centre: &str, assignment: &str) -> ms_core::Evaluation {
    let mut ev = complete_shopper(centre);
    ev.assignment_id = Some(assignment.parse().expect("assignment id"));
    ev
}

async fn send(s: &TestServer, ev: &ms_core::Evaluation, token: &str) -> (u16, Value) {
    put_json(s, &format!("/evaluations/{}", ev.id), &serde_json::to_value(ev).expect("json"), Some(token)).await
}

#[tokio::test]
async fn an_evaluation_made_for_an_assignment_is_linked_follows_its_review_and_grades_its_shopper() {
    let s = TestServer::start().await;
    let sup = s.supervisor().await;
    let two = sign(&s, "shopper-2").await;
    let (_, a) = published(&s, &sup, &plan("Linked", 0, 40, &[("cd-al-ain", 1)], json!({}))).await;
    let aid = id(&a[0]).to_owned();
    post(&s, &format!("/assignments/{aid}/claim"), &json!({}), Some(&two)).await;
    let (status, started) = post(&s, &format!("/assignments/{aid}/start"), &json!({}), Some(&two)).await;
    assert_eq!((status, started["status"].as_str()), (200, Some("in_progress")), "{started}");

    let ev = visit_for("cd-al-ain", &aid);
    let (status, receipt) = send(&s, &ev, &two).await;
    assert_eq!(status, 201, "{receipt}");
    assert_eq!(receipt["assignment"]["linked"], true, "{receipt}");
    // The same body again (a retried upload) answers the same.
    let (status, again) = send(&s, &ev, &two).await;
    assert_eq!((status, &again["assignment"]["linked"]), (200, &json!(true)), "{again}");
    let (_, linked) = get(&s, &format!("/assignments/{aid}"), Some(&sup)).await;
    assert_eq!(linked["status"], "submitted");
    assert_eq!(linked["evaluation_id"], ev.id.to_string());

    // A grade is 1 to 10, with an approval only.
    let review = format!("/evaluations/{}/review", ev.id);
    let (status, body) = post(&s, &review, &json!({"to": "approved", "grade": 11}), Some(&sup)).await;
    assert_error(status, &body, 422, "invalid_grade", Some("grade"));
    let (status, body) = post(&s, &review, &json!({"to": "has_issues", "grade": 6}), Some(&sup)).await;
    assert_error(status, &body, 422, "not_approved", Some("grade"));
    let (status, body) = post(&s, &review, &json!({"to": "approved", "grade": 8}), Some(&sup)).await;
    assert_eq!(status, 200, "{body}");
    let (_, approved) = get(&s, &format!("/assignments/{aid}"), Some(&sup)).await;
    assert_eq!(approved["status"], "approved");
    let (status, shoppers) = get(&s, "/shoppers", Some(&sup)).await;
    assert_eq!(status, 200);
    let standing = shoppers
        .as_array()
        .expect("shoppers")
        .iter()
        .find(|x| x["username"] == "shopper-2")
        .cloned()
        .expect("shopper-2");
    assert_eq!((standing["grade"].as_f64(), standing["graded"].as_u64()), (Some(8.0), Some(1)), "{standing}");
    assert_eq!(standing["visits"], 1);
    assert!(standing["lockouts"].as_array().is_some_and(|l| l.iter().any(|x| x["centre_id"] == "cd-al-ain")));

    // A citizen's rating is never graded.
    let citizen = happy_citizen("cd-al-ain");
    put_json(&s, &format!("/evaluations/{}", citizen.id), &serde_json::to_value(&citizen).expect("json"), None).await;
    let (status, body) =
        post(&s, &format!("/evaluations/{}/review", citizen.id), &json!({"to": "approved", "grade": 5}), Some(&sup))
            .await;
    assert_error(status, &body, 422, "invalid_grade", Some("grade"));
}

#[tokio::test]
async fn a_visit_for_another_shoppers_or_a_cancelled_assignment_is_kept_without_the_link() {
    let s = TestServer::start().await;
    let sup = s.supervisor().await;
    // Neither holds a visit of the demo's wave, which would lock them out of its centres.
    let (two, three) = (sign(&s, "shopper-4").await, sign(&s, "shopper-3").await);
    let (_, a) = published(&s, &sup, &plan("Refusals", 0, 40, &[("cd-al-ain", 1), ("cd-deira", 1)], json!({}))).await;
    let (theirs, cancelled) = (id(&a[0]).to_owned(), id(&a[1]).to_owned());
    let centre = |x: &Value| x["centre_id"].as_str().expect("centre").to_owned();
    let (their_centre, cancelled_centre) = (centre(&a[0]), centre(&a[1]));
    let (status, body) = post(&s, &format!("/assignments/{theirs}/claim"), &json!({}), Some(&two)).await;
    assert_eq!(status, 200, "{body}");

    // Made at another centre than the assignment's.
    let (status, receipt) = send(&s, &visit_for(&cancelled_centre, &theirs), &two).await;
    assert_eq!(status, 201);
    assert_eq!(receipt["assignment"]["linked"], false, "{receipt}");
    assert!(receipt["assignment"]["refusal"]["message"].as_str().is_some_and(|m| m.contains("centre")), "{receipt}");

    let ev = visit_for(&their_centre, &theirs);
    let (status, receipt) = send(&s, &ev, &three).await;
    assert_eq!(status, 201, "{receipt}");
    assert_eq!(receipt["assignment"]["linked"], false);
    assert!(receipt["assignment"]["refusal"]["message"].as_str().is_some_and(|m| m.contains("kept")), "{receipt}");
    let (status, _) = get(&s, &format!("/evaluations/{}", ev.id), Some(&sup)).await;
    assert_eq!(status, 200, "the evaluation is stored");
    let (_, still) = get(&s, &format!("/assignments/{theirs}"), Some(&sup)).await;
    assert_eq!(still["status"], "assigned");

    let (status, body) = post(
        &s,
        &format!("/assignments/{cancelled}/cancel"),
        &json!({"reason": "The centre is closed for works"}),
        Some(&sup),
    )
    .await;
    assert_eq!((status, body["status"].as_str()), (200, Some("cancelled")), "{body}");
    let ev = visit_for(&cancelled_centre, &cancelled);
    let (status, receipt) = send(&s, &ev, &three).await;
    assert_eq!(status, 201);
    assert_eq!(receipt["assignment"]["linked"], false);
    assert!(receipt["assignment"]["refusal"]["message"].as_str().is_some_and(|m| m.contains("cancelled")), "{receipt}");
    // A visit without an assignment works as before.
    let (status, receipt) = send(&s, &complete_shopper("cd-deira"), &three).await;
    assert_eq!(status, 201);
    assert!(receipt.get("assignment").is_none(), "{receipt}");
}

#[tokio::test]
async fn every_role_sees_and_moves_only_what_is_its_own() {
    let s = TestServer::start().await;
    let sup = s.supervisor().await;
    let roads = sign(&s, "supervisor-roads").await;
    let (shopper, two) = (s.shopper().await, sign(&s, "shopper-2").await);
    let (wave, a) = published(&s, &sup, &plan("Scoped", 0, 40, &[("cd-al-ain", 2)], json!({}))).await;

    // Another entity's supervisor: 404 everywhere, and not in their list.
    let (status, _) = get(&s, &format!("/waves/{wave}"), Some(&roads)).await;
    assert_eq!(status, 404);
    let (_, list) = get(&s, "/waves", Some(&roads)).await;
    assert!(list["items"].as_array().is_some_and(|w| w.iter().all(|w| w["id"] != wave.as_str())), "{list}");
    let (status, _) = get(&s, &format!("/assignments/{}", id(&a[0])), Some(&roads)).await;
    assert_eq!(status, 404);
    let (status, body) =
        post(&s, &format!("/assignments/{}/assign", id(&a[0])), &json!({"shopper": "shopper-2"}), Some(&roads)).await;
    assert_error(status, &body, 404, "not_found", None);
    let (_, page) = get(&s, &format!("/assignments?wave_id={wave}"), Some(&roads)).await;
    assert_eq!(page["items"].as_array().map(Vec::len), Some(0));
    let (status, body) = post(&s, &format!("/waves/{wave}/fill"), &json!({}), Some(&roads)).await;
    assert_error(status, &body, 404, "not_found", None);
    // Nor may they plan at the centres of another entity.
    let (status, body) =
        post(&s, "/waves", &plan("Not mine", 0, 9, &[("cd-al-ain", 1)], json!({})), Some(&roads)).await;
    assert_error(status, &body, 422, "unknown_centre", Some("visits[0].centre_id"));
    // An admin sees every wave.
    let admin = sign(&s, "admin").await;
    let (status, _) = get(&s, &format!("/waves/{wave}"), Some(&admin)).await;
    assert_eq!(status, 200);

    // Shoppers: no waves; open visits and their own, not another's.
    let (status, body) = get(&s, "/waves", Some(&shopper)).await;
    assert_error(status, &body, 403, "forbidden", None);
    let (status, _) = get(&s, &format!("/assignments/{}", id(&a[0])), Some(&shopper)).await;
    assert_eq!(status, 200, "an open visit");
    post(&s, &format!("/assignments/{}/claim", id(&a[0])), &json!({}), Some(&two)).await;
    let (status, _) = get(&s, &format!("/assignments/{}", id(&a[0])), Some(&shopper)).await;
    assert_eq!(status, 404, "another shopper's visit");
    let (status, body) = post(&s, &format!("/assignments/{}/release", id(&a[0])), &json!({}), Some(&shopper)).await;
    assert_error(status, &body, 404, "not_found", None);
    let (status, body) =
        post(&s, &format!("/assignments/{}/assign", id(&a[1])), &json!({"shopper": "shopper"}), Some(&shopper)).await;
    assert_error(status, &body, 403, "forbidden", None);
    let (status, body) = post(&s, &format!("/assignments/{}/claim", id(&a[1])), &json!({}), Some(&sup)).await;
    assert_error(status, &body, 403, "forbidden", None);
    let (status, body) = get(&s, "/my/assignments", Some(&sup)).await;
    assert_error(status, &body, 403, "forbidden", None);
    let (status, body) = get(&s, "/shoppers", Some(&shopper)).await;
    assert_error(status, &body, 403, "forbidden", None);
    // Nobody signed in: 401.
    for path in ["/waves", "/assignments", "/my/assignments", "/shoppers"] {
        let (status, body) = get(&s, path, None).await;
        assert_error(status, &body, 401, "unauthorized", None);
    }
}

#[tokio::test]
async fn two_instances_filling_one_wave_at_once_assign_each_assignment_once() {
    if !on_postgres() {
        return;
    }
    let a = TestServer::start().await;
    let config = ms_server::ServeConfig {
        database: a.database().to_owned(),
        photos: a.dir.path().join("photos"),
        web_dir: None,
        demo: true,
        ..ms_server::ServeConfig::default()
    };
    let server = ms_server::RunningServer::start(&config, "127.0.0.1:0".parse().expect("addr")).await.expect("b");
    let b = TestServer::attach(server, a.database());
    let admin_a = sign(&a, "admin").await;
    let admin_b = sign(&b, "admin").await;
    let centres =
        ["cd-al-barsha", "cd-deira", "cd-al-khalidiyah", "cd-al-ain", "ms-al-majaz", "ms-ajman", "rv-al-quoz"];
    let visits: Vec<(&str, u32)> = centres.iter().map(|c| (*c, 2)).collect();
    let (wave, all) = published(&a, &admin_a, &plan("Twice", 0, 80, &visits, json!({"max_held": 20}))).await;
    let path = format!("/waves/{wave}/fill");
    let body = json!({});
    let ((sa, ra), (sb, rb)) =
        tokio::join!(post(&a, &path, &body, Some(&admin_a)), post(&b, &path, &body, Some(&admin_b)));
    assert_eq!((sa, sb), (200, 200), "{ra} {rb}");
    let given: Vec<&str> = ra["assigned"]
        .as_array()
        .into_iter()
        .chain(rb["assigned"].as_array())
        .flatten()
        .filter_map(|x| x["assignment_id"].as_str())
        .collect();
    let distinct: HashSet<&&str> = given.iter().collect();
    assert_eq!(distinct.len(), given.len(), "an assignment given twice: {ra} {rb}");
    assert!(!given.is_empty());
    for x in &all {
        let (_, detail) = get(&a, &format!("/assignments/{}", id(x)), Some(&admin_a)).await;
        let gifts = detail["log"].as_array().into_iter().flatten().filter(|e| e["to"] == "assigned").count();
        assert!(gifts <= 1, "{detail}");
        assert_eq!(gifts == 1, given.contains(&id(x)), "{detail}");
    }
}
