//! Centre performance through the API, on a real server with a SQLite file:
//! the figures of a hand-made fixture equal the values worked out by hand
//! below; who sees which centres; the rating configuration.

use crate::common::*;
use chrono::{Duration, Utc};
use ms_core::{Answer, AnswerValue, Evaluation, Face};
use serde_json::{json, Value};

fn close(v: &Value, want: f64) -> bool {
    v.as_f64().is_some_and(|x| (x - want).abs() < 1e-6)
}

fn answer(ev: &mut Evaluation, item: &str, value: AnswerValue) {
    ev.answers.insert(item.to_owned(), Answer { value: Some(value), ..Answer::default() });
}

fn citizen(centre: &str, face: Face, reasons: &[&str], journey: &[(&str, AnswerValue)]) -> Evaluation {
    let mut ev = happy_citizen(centre);
    answer(&mut ev, "face", AnswerValue::Face(face));
    if !reasons.is_empty() {
        answer(&mut ev, "reasons", AnswerValue::Choices(reasons.iter().map(|r| (*r).to_owned()).collect()));
    }
    for (item, value) in journey {
        answer(&mut ev, item, value.clone());
    }
    ev
}

/// A shopper's visit answering every item well but for `changes`.
fn shopper(centre: &str, changes: &[(&str, AnswerValue)], employee: Option<&str>) -> Evaluation {
    let mut ev = complete_shopper(centre);
    for (item, value) in changes {
        answer(&mut ev, item, value.clone());
    }
    ev.employee = employee.map(str::to_owned);
    ev
}

async fn send(s: &TestServer, ev: &Evaluation, token: Option<&str>) {
    let (status, body) = put_json(s, &format!("/evaluations/{}", ev.id), &json!(ev), token).await;
    assert_eq!(status, 201, "{body}");
}

async fn decide(s: &TestServer, ev: &Evaluation, token: &str, to: &str, comment: Option<&str>) {
    let (status, body) =
        post(s, &format!("/evaluations/{}/review", ev.id), &json!({"to": to, "comment": comment}), Some(token)).await;
    assert_eq!(status, 200, "{body}");
}

/// At cd-al-barsha: five citizen ratings, three approved audits (one of them
/// returned once and approved as revision 2), one audit never approved. At
/// cd-deira: two happy citizens (too few to rate). At rv-al-quoz: audits
/// only, one 3 and one 10 days ago.
async fn fixture(s: &TestServer) {
    let shopper_token = s.shopper().await;
    let admin = s.sign_in("admin", "admin-demo").await;
    let a = "cd-al-barsha";
    // Citizens: rating stage (weight 2) is the face; journey stage (weight 1)
    // the yes/no questions answered, N/A left out.
    send(s, &citizen(a, Face::Happy, &[], &[]), None).await; // 100
    send(s, &citizen(a, Face::Happy, &[], &[]), None).await; // 100
    let journey = [
        ("found-easily", AnswerValue::Yes),
        ("wait-reasonable", AnswerValue::No),
        ("staff-helpful", AnswerValue::NotApplicable),
    ];
    send(s, &citizen(a, Face::Unhappy, &["waiting-time", "fees"], &journey), None).await; // (0·2 + 50)/3
    send(s, &citizen(a, Face::Neutral, &["waiting-time"], &[]), None).await; // 50
    send(s, &citizen(a, Face::Happy, &[], &[("one-visit", AnswerValue::No)]), None).await; // (100·2 + 0)/3

    // Audits. Stage weights: before 1, access 1, reception 1, waiting 1.5,
    // service 2, exit 1, overall 1 (8.5 in all).
    // S1: reception = greeted (w2) 0, queue N/A, priority (w2) 1 → 50 %; 800/8.5.
    let s1 = shopper(
        a,
        &[("greeted-guided", AnswerValue::No), ("queue-ticket", AnswerValue::NotApplicable)],
        Some("  Desk 4 "),
    );
    send(s, &s1, Some(&shopper_token)).await;
    decide(s, &s1, &admin, "approved", None).await;
    // S3: revision 1 perfect, returned; revision 2 with thanked = no
    // (exit: 3 of 4 → 75 %) approved: 825/8.5, counted once.
    let mut s3 = shopper(a, &[], None);
    send(s, &s3, Some(&shopper_token)).await;
    decide(s, &s3, &admin, "returned", Some("the exit is missing")).await;
    s3.revision = 2;
    answer(&mut s3, "thanked", AnswerValue::No);
    send(s, &s3, Some(&shopper_token)).await;
    decide(s, &s3, &admin, "approved", None).await;
    // S4: service = 14 of 15 (name badge, weight 1, no) → 93.33 %; (850 − 2·6.667)/8.5.
    let s4 = shopper(a, &[("name-badge", AnswerValue::No)], Some("desk   4"));
    send(s, &s4, Some(&shopper_token)).await;
    decide(s, &s4, &admin, "approved", None).await;
    // Never approved: must not count.
    let unapproved = shopper(a, &[("greeted-guided", AnswerValue::No)], Some("desk 4"));
    send(s, &unapproved, Some(&shopper_token)).await;
    let issues = shopper(a, &[("easy-to-find", AnswerValue::No)], None);
    send(s, &issues, Some(&shopper_token)).await;
    decide(s, &issues, &admin, "has_issues", None).await;

    send(s, &citizen("cd-deira", Face::Happy, &[], &[]), None).await;
    send(s, &citizen("cd-deira", Face::Happy, &[], &[]), None).await;

    for (days, changes) in [(3, vec![]), (10, vec![("thanked", AnswerValue::No)])] {
        let mut ev = shopper("rv-al-quoz", &changes, None);
        let start = Utc::now() - Duration::days(days);
        ev.visit_started_at = Some(start);
        ev.visit_ended_at = Some(start + Duration::minutes(40));
        send(s, &ev, Some(&shopper_token)).await;
        decide(s, &ev, &admin, "approved", None).await;
    }
}

const S1: f64 = 800.0 / 8.5;
const S3: f64 = 825.0 / 8.5;
const S4: f64 = (850.0 - 2.0 * (100.0 - 1400.0 / 15.0)) / 8.5;

#[tokio::test]
async fn a_centres_figures_are_those_worked_out_by_hand() {
    let s = TestServer::start().await;
    fixture(&s).await;
    let sup = s.supervisor().await;
    let (status, r) = get(&s, "/centres/cd-al-barsha/stats", Some(&sup)).await;
    assert_eq!(status, 200, "{r}");
    assert_eq!((r["centre_id"].as_str(), r["entity_id"].as_str()), (Some("cd-al-barsha"), Some("civil-documents")));

    let customer = (100.0 + 100.0 + 50.0 / 3.0 + 50.0 + 200.0 / 3.0) / 5.0;
    let audit = (S1 + S3 + S4) / 3.0;
    let rating = &r["rating"];
    assert!(close(&rating["customer"]["percent"], customer), "{rating}");
    assert_eq!(rating["customer"]["count"], 5);
    assert!(close(&rating["audit"]["percent"], audit), "{rating}");
    assert_eq!(rating["audit"]["count"], 3, "the unapproved audits and revision 1 do not count");
    let combined = 0.65 * customer + 0.35 * audit; // 78.12…: 5 stars
    assert!(close(&rating["percent"], combined), "{rating}");
    assert_eq!((rating["stars"].as_u64(), rating["too_few"].as_bool()), (Some(5), Some(false)));

    let stage = |id: &str| r["stages"].as_array().expect("stages").iter().find(|s| s["stage_id"] == id).cloned();
    let rating_stage = stage("rating").expect("rating stage");
    assert!(close(&rating_stage["percent"], (100.0 + 100.0 + 0.0 + 50.0 + 100.0) / 5.0));
    assert_eq!(rating_stage["count"], 5);
    let journey = stage("journey").expect("journey stage");
    assert!(close(&journey["percent"], 25.0), "(50 + 0)/2: {journey}");
    assert_eq!(journey["count"], 2);
    let reception = stage("reception").expect("reception");
    assert!(close(&reception["percent"], (50.0 + 100.0 + 100.0) / 3.0), "{reception}");
    let exit = stage("exit").expect("exit");
    assert!(close(&exit["percent"], (100.0 + 75.0 + 100.0) / 3.0), "{exit}");
    assert!(stage("about").is_none(), "an unweighted stage is never scored");

    let h = &r["happiness"];
    assert_eq!((h["happy"].as_u64(), h["neutral"].as_u64(), h["unhappy"].as_u64()), (Some(3), Some(1), Some(1)));
    assert_eq!(h["total"], 5);
    assert_eq!(h["reasons"], json!([{"reason": "waiting-time", "count": 2}, {"reason": "fees", "count": 1}]));

    // Ranked items need three answers: the citizens' journey questions have one
    // or two, the audits' items three, the face five (mean 70).
    let ids = |list: &str| -> Vec<String> {
        r[list].as_array().expect("items").iter().map(|i| i["item_id"].as_str().unwrap_or("").to_owned()).collect()
    };
    assert_eq!(ids("weakest_items"), ["greeted-guided", "name-badge", "thanked", "face", "accessibility"]);
    let weakest = r["weakest_items"].as_array().expect("weakest");
    assert!(close(&weakest[0]["percent"], 200.0 / 3.0) && weakest[0]["count"] == 3);
    assert!(close(&weakest[3]["percent"], 70.0) && weakest[3]["count"] == 5);
    let strongest = ids("strongest_items");
    assert_eq!(strongest.len(), 5);
    assert_eq!(strongest[0], "website-accurate");
    assert!(r["strongest_items"].as_array().expect("strongest").iter().all(|i| close(&i["percent"], 100.0)));
    assert!(!strongest.iter().any(|i| ids("weakest_items").contains(i)));
    assert!(!ids("weakest_items").contains(&"wait-reasonable".to_owned()), "one answer is too few to rank");

    // "  Desk 4 " and "desk   4" are one desk; the unapproved visit's "desk 4" is not counted.
    assert_eq!(r["employees"].as_array().map(Vec::len), Some(1), "{}", r["employees"]);
    assert_eq!(r["employees"][0]["employee"], "desk 4");
    assert_eq!(r["employees"][0]["count"], 2);
    assert!(close(&r["employees"][0]["percent"], (S1 + S4) / 2.0));
    // The inbox finds the desk the same way, however it was written.
    let (_, found) = get(&s, "/evaluations?employee=DESK%20%204&limit=500", Some(&sup)).await;
    assert_eq!(found["total"], 3, "\"  Desk 4 \", \"desk   4\" and the unapproved \"desk 4\"");

    // Everything was visited today: one trend point holds it all.
    let trend = r["trend"].as_array().expect("trend");
    assert_eq!(r["granularity"], "month", "a year by default, by month");
    assert!((12..=13).contains(&trend.len()), "{}", trend.len());
    let last = trend.last().expect("a point");
    assert_eq!(last["count"], 8);
    assert!(close(&last["percent"], combined) && close(&last["customer"], customer) && close(&last["audit"], audit));
    assert!(trend[..trend.len() - 1].iter().all(|p| p["count"] == 0 && p["percent"].is_null()));
}

#[tokio::test]
async fn one_index_alone_too_few_to_rate_and_the_period_boundary() {
    let s = TestServer::start().await;
    fixture(&s).await;
    let admin = s.sign_in("admin", "admin-demo").await;
    let (_, deira) = get(&s, "/centres/cd-deira/stats", Some(&admin)).await;
    let rating = &deira["rating"];
    assert!(close(&rating["percent"], 100.0) && rating["customer"]["count"] == 2 && rating["audit"]["count"] == 0);
    assert_eq!((rating["stars"].clone(), rating["too_few"].as_bool()), (Value::Null, Some(true)), "{rating}");

    let day = |days: i64| (Utc::now() - Duration::days(days)).format("%Y-%m-%d").to_string();
    let quoz = |from: String| {
        let (s, admin) = (&s, &admin);
        async move {
            let (status, r) =
                get(s, &format!("/centres/rv-al-quoz/stats?from={from}&granularity=week"), Some(admin)).await;
            assert_eq!(status, 200, "{r}");
            r
        }
    };
    // The audit 10 days ago is in from its own day on, out from the day after.
    let both = quoz(day(10)).await;
    assert_eq!(both["rating"]["audit"]["count"], 2);
    assert!(close(&both["rating"]["percent"], (850.0 + 825.0) / 8.5 / 2.0), "audits alone: {}", both["rating"]);
    assert_eq!(both["rating"]["stars"], 7);
    assert_eq!(both["rating"]["customer"]["count"], 0);
    assert!(both["rating"]["customer"]["percent"].is_null());
    assert_eq!(both["happiness"]["total"], 0);
    let one = quoz(day(9)).await;
    assert_eq!(one["rating"]["audit"]["count"], 1);
    assert!(close(&one["rating"]["percent"], 100.0));
    let weeks: u64 = one["trend"].as_array().expect("trend").iter().map(|p| p["count"].as_u64().unwrap_or(0)).sum();
    assert_eq!(weeks, 1);
    assert_eq!(one["granularity"], "week");

    let (status, body) =
        get(&s, &format!("/centres/rv-al-quoz/stats?from={}&to={}", day(1), day(3)), Some(&admin)).await;
    assert_error(status, &body, 422, "invalid_value", Some("from"));
    let (status, body) = get(&s, "/centres/rv-al-quoz/stats?from=2020-13-01", Some(&admin)).await;
    assert_error(status, &body, 400, "bad_query", Some("from"));
    let (status, body) = get(&s, "/centres/rv-al-quoz/stats?from=2015-01-01&to=2025-01-01", Some(&admin)).await;
    assert_error(status, &body, 422, "invalid_value", Some("to"));
}

#[tokio::test]
async fn the_league_ranks_the_centres_each_reader_sees() {
    let s = TestServer::start().await;
    fixture(&s).await;
    let sup = s.supervisor().await;
    let (status, league) = get(&s, "/stats/league", Some(&sup)).await;
    assert_eq!(status, 200, "{league}");
    let rows = league["rows"].as_array().expect("rows");
    let order: Vec<&str> = rows.iter().map(|r| r["centre_id"].as_str().unwrap_or("")).collect();
    assert_eq!(order, ["cd-deira", "cd-al-barsha", "cd-al-ain", "cd-al-khalidiyah"], "civil documents only");
    let ranks: Vec<Value> = rows.iter().map(|r| r["rank"].clone()).collect();
    assert_eq!(ranks, [json!(1), json!(2), Value::Null, Value::Null]);
    assert!(rows.iter().all(|r| r["entity_id"] == "civil-documents"));

    let admin = s.sign_in("admin", "admin-demo").await;
    let (_, all) = get(&s, "/stats/league", Some(&admin)).await;
    assert_eq!(all["rows"].as_array().map(Vec::len), Some(12));
    let (_, roads) = get(&s, "/stats/league?entity_id=roads-vehicles", Some(&admin)).await;
    assert_eq!(roads["rows"][0]["centre_id"], "rv-al-quoz");
    assert_eq!(roads["rows"].as_array().map(Vec::len), Some(4));

    // The overview adds up every centre the reader sees.
    let (_, overview) = get(&s, "/stats/overview", Some(&sup)).await;
    assert_eq!(overview["rating"]["customer"]["count"], 7);
    assert_eq!(overview["rating"]["audit"]["count"], 3);
    let (_, overall) = get(&s, "/stats/overview", Some(&admin)).await;
    assert_eq!(overall["rating"]["audit"]["count"], 5);
}

#[tokio::test]
async fn only_reviewers_see_figures_and_only_of_their_entities() {
    let s = TestServer::start().await;
    fixture(&s).await;
    let roads = s.sign_in("supervisor-roads", "supervisor-roads-demo").await;
    let shopper = s.shopper().await;
    for path in
        ["/centres/cd-al-barsha/stats", "/stats/league", "/stats/overview", "/alerts", "/exports/evaluations.csv"]
    {
        let res = s.http.get(s.url(path)).send().await.expect("request");
        assert_eq!(res.status(), 401, "anonymous {path}");
        let res = s.http.get(s.url(path)).bearer_auth(&shopper).send().await.expect("request");
        assert_eq!(res.status(), 403, "shopper {path}");
    }
    let (status, body) = get(&s, "/centres/cd-al-barsha/stats", Some(&roads)).await;
    assert_error(status, &body, 404, "not_found", None);
    let (status, body) = get(&s, "/centres/no-such-centre/stats", Some(&roads)).await;
    assert_error(status, &body, 404, "not_found", None);
    let (status, body) = get(&s, "/stats/overview?entity_id=civil-documents", Some(&roads)).await;
    assert_error(status, &body, 404, "not_found", None);
    let (status, body) = get(&s, "/stats/league?entity_id=civil-documents", Some(&roads)).await;
    assert_error(status, &body, 404, "not_found", None);
    let (_, league) = get(&s, "/stats/league", Some(&roads)).await;
    assert!(league["rows"].as_array().expect("rows").iter().all(|r| r["entity_id"] == "roads-vehicles"));
}

#[tokio::test]
async fn an_admin_sets_the_rating_configuration_and_every_figure_follows() {
    let s = TestServer::start().await;
    fixture(&s).await;
    let (admin, sup) = (s.sign_in("admin", "admin-demo").await, s.supervisor().await);
    let (status, config) = get(&s, "/settings/rating", Some(&sup)).await;
    assert_eq!(status, 200);
    assert!(close(&config["customer_weight"], 0.65));
    assert_eq!((config["min_customer_count"].as_u64(), config["min_audit_count"].as_u64()), (Some(5), Some(1)));

    let mut changed = config.clone();
    changed["customer_weight"] = json!(0.5);
    changed["min_customer_count"] = json!(2);
    let put = |token: String, body: Value| {
        let s = &s;
        async move {
            let res = s.http.put(s.url("/settings/rating")).bearer_auth(token).json(&body).send().await.expect("put");
            let status = res.status().as_u16();
            (status, res.json::<Value>().await.unwrap_or(Value::Null))
        }
    };
    let (status, body) = put(sup.clone(), changed.clone()).await;
    assert_error(status, &body, 403, "forbidden", None);
    let (status, body) = put(admin.clone(), changed.clone()).await;
    assert_eq!(status, 200, "{body}");

    let (_, r) = get(&s, "/centres/cd-al-barsha/stats", Some(&sup)).await;
    let customer = r["rating"]["customer"]["percent"].as_f64().expect("customer");
    let audit = r["rating"]["audit"]["percent"].as_f64().expect("audit");
    assert!(close(&r["rating"]["percent"], 0.5 * customer + 0.5 * audit));
    let (_, deira) = get(&s, "/centres/cd-deira/stats", Some(&sup)).await;
    assert_eq!((deira["rating"]["stars"].as_u64(), deira["rating"]["too_few"].as_bool()), (Some(7), Some(false)));

    for (field, value, named) in [
        ("customer_weight", json!(1.5), "customer_weight"),
        ("bands", json!([{"min_percent": 50, "stars": 4}, {"min_percent": 80, "stars": 6}]), "bands"),
        ("bands", json!([{"min_percent": 95, "stars": 9}]), "bands"),
        ("min_audit_count", json!(0), "min_audit_count"),
    ] {
        let mut bad = changed.clone();
        bad[field] = value;
        let (status, body) = put(admin.clone(), bad).await;
        assert_error(status, &body, 422, "invalid_value", Some(named));
    }
    let (_, kept) = get(&s, "/settings/rating", Some(&sup)).await;
    assert!(close(&kept["customer_weight"], 0.5), "a refused change keeps the stored one: {kept}");
}
