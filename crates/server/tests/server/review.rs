//! Who may see what of the evaluations: supervisors see the centres of their
//! own entities only, admins see every one, shoppers and anonymous callers none.

use crate::common::*;
use serde_json::{json, Value};

/// Two evaluations in different entities: a citizen rating at a civil
/// documents centre, a shopper visit at a roads and vehicles centre.
async fn two_entities(s: &TestServer) -> (String, String) {
    let civil = happy_citizen("cd-al-barsha");
    let (status, _) = put_json(s, &format!("/evaluations/{}", civil.id), &json!(civil), None).await;
    assert_eq!(status, 201);
    let roads = complete_shopper("rv-al-quoz");
    let shopper = s.shopper().await;
    let (status, body) = put_json(s, &format!("/evaluations/{}", roads.id), &json!(roads), Some(&shopper)).await;
    assert_eq!(status, 201, "{body}");
    (civil.id.to_string(), roads.id.to_string())
}

fn ids(page: &Value) -> Vec<String> {
    let mut ids: Vec<String> =
        page["items"].as_array().expect("items").iter().map(|i| i["id"].as_str().expect("id").to_owned()).collect();
    ids.sort();
    ids
}

#[tokio::test]
async fn each_role_sees_the_evaluations_of_its_own_scope() {
    let s = TestServer::start().await;
    let (civil, roads) = two_entities(&s).await;
    let supervisor = s.supervisor().await;
    let roads_supervisor = s.sign_in("supervisor-roads", "supervisor-roads-demo").await;
    let admin = s.sign_in("admin", "admin-demo").await;
    let shopper = s.shopper().await;

    let mut both = vec![civil.clone(), roads.clone()];
    both.sort();
    for (who, token, list, sees) in [
        ("the civil documents supervisor", &supervisor, vec![civil.clone()], [true, false]),
        ("the roads supervisor", &roads_supervisor, vec![roads.clone()], [false, true]),
        ("the admin", &admin, both.clone(), [true, true]),
    ] {
        let (status, page) = get(&s, "/evaluations", Some(token)).await;
        assert_eq!(status, 200, "{who}: {page}");
        assert_eq!(ids(&page), list, "{who}");
        assert_eq!(page["total"], list.len() as u64, "{who}");
        for (id, visible) in [(&civil, sees[0]), (&roads, sees[1])] {
            let (status, body) = get(&s, &format!("/evaluations/{id}"), Some(token)).await;
            if visible {
                assert_eq!(status, 200, "{who} opens {id}: {body}");
                assert_eq!(body["summary"]["id"], id.as_str());
            } else {
                // Another entity's evaluation is not even said to exist.
                assert_error(status, &body, 404, "not_found", None);
            }
        }
    }
    let (status, body) = get(&s, "/evaluations", Some(&shopper)).await;
    assert_error(status, &body, 403, "forbidden", None);
    let (status, body) = get(&s, &format!("/evaluations/{civil}"), Some(&shopper)).await;
    assert_error(status, &body, 403, "forbidden", None);
    let (status, body) = get(&s, "/evaluations", None).await;
    assert_error(status, &body, 401, "unauthorized", None);
    let (status, body) = get(&s, &format!("/evaluations/{civil}"), None).await;
    assert_error(status, &body, 401, "unauthorized", None);
}

#[tokio::test]
async fn the_list_names_each_evaluations_entity_and_filters_by_it() {
    let s = TestServer::start().await;
    let (civil, roads) = two_entities(&s).await;
    let admin = s.sign_in("admin", "admin-demo").await;
    let (_, page) = get(&s, "/evaluations?entity_id=roads-vehicles", Some(&admin)).await;
    assert_eq!(ids(&page), vec![roads.clone()]);
    assert_eq!(page["items"][0]["entity_id"], "roads-vehicles");
    let (_, page) = get(&s, "/evaluations?entity_id=civil-documents", Some(&admin)).await;
    assert_eq!(ids(&page), vec![civil]);
    // A supervisor asking for another entity gets nothing of it.
    let supervisor = s.supervisor().await;
    let (status, page) = get(&s, "/evaluations?entity_id=roads-vehicles", Some(&supervisor)).await;
    assert_eq!((status, page["total"].as_u64()), (200, Some(0)), "{page}");
}

#[tokio::test]
async fn sign_in_tells_a_supervisor_which_entities_they_review() {
    let s = TestServer::start().await;
    let res = s
        .http
        .post(s.url("/sessions"))
        .json(&json!({"username": "supervisor-roads", "password": "supervisor-roads-demo"}))
        .send()
        .await
        .expect("sign in");
    let session: Value = res.json().await.expect("session");
    assert_eq!(session["role"], "supervisor");
    assert_eq!(session["entity_ids"], json!(["roads-vehicles"]));
    let res = s
        .http
        .post(s.url("/sessions"))
        .json(&json!({"username": "admin", "password": "admin-demo"}))
        .send()
        .await
        .expect("sign in");
    let session: Value = res.json().await.expect("session");
    assert_eq!(session["role"], "admin");
    assert!(session.get("entity_ids").is_none(), "an admin sees every entity: {session}");
}

#[tokio::test]
async fn staff_of_any_kind_cannot_submit_shopper_visits() {
    let s = TestServer::start().await;
    let admin = s.sign_in("admin", "admin-demo").await;
    let visit = complete_shopper("cd-al-barsha");
    let (status, body) = put_json(&s, &format!("/evaluations/{}", visit.id), &json!(visit), Some(&admin)).await;
    assert_error(status, &body, 403, "forbidden", None);
    assert_eq!(s.evaluation_count().await, 0);
}

async fn status_of(s: &TestServer, id: &str) -> String {
    let admin = s.sign_in("admin", "admin-demo").await;
    let (_, body) = get(s, &format!("/evaluations/{id}"), Some(&admin)).await;
    body["summary"]["status"].as_str().expect("status").to_owned()
}

async fn decide(s: &TestServer, id: &str, token: &str, to: &str, comment: Option<&str>) -> (u16, Value) {
    let mut body = json!({ "to": to });
    if let Some(c) = comment {
        body["comment"] = json!(c);
    }
    post(s, &format!("/evaluations/{id}/review"), &body, Some(token)).await
}

#[tokio::test]
async fn decisions_follow_the_allowed_moves_and_returns_and_rejections_say_why() {
    let s = TestServer::start().await;
    let (civil, _) = two_entities(&s).await;
    let sup = s.supervisor().await;
    let (status, body) = decide(&s, &civil, &sup, "approved", None).await;
    assert_eq!((status, body["status"].as_str()), (200, Some("approved")), "{body}");
    // An approved evaluation may only be reopened as having issues.
    let (status, body) = decide(&s, &civil, &sup, "rejected", Some("no")).await;
    assert_error(status, &body, 409, "illegal_transition", Some("to"));
    assert!(body["error"]["message"].as_str().is_some_and(|m| m.contains("approved") && m.contains("rejected")));
    let (status, _) = decide(&s, &civil, &sup, "has_issues", None).await;
    assert_eq!(status, 200);
    let (status, body) = decide(&s, &civil, &sup, "rejected", Some("   ")).await;
    assert_error(status, &body, 422, "comment_required", Some("comment"));
    let visit = complete_shopper("cd-deira");
    let (status, _) =
        put_json(&s, &format!("/evaluations/{}", visit.id), &json!(visit), Some(&s.shopper().await)).await;
    assert_eq!(status, 201);
    let (status, body) = decide(&s, &visit.id.to_string(), &sup, "returned", None).await;
    assert_error(status, &body, 422, "comment_required", Some("comment"));
    assert_eq!(status_of(&s, &civil).await, "has_issues", "refusals changed nothing");
    let (status, body) = decide(&s, &civil, &sup, "rejected", Some("The photo shows another centre")).await;
    assert_eq!((status, body["status"].as_str()), (200, Some("rejected")), "{body}");
    let (status, body) = decide(&s, &civil, &sup, "received", None).await;
    assert_error(status, &body, 409, "illegal_transition", Some("to"));
    let (status, body) = decide(&s, &civil, &sup, "approved", Some(&"x".repeat(2001))).await;
    assert_error(status, &body, 422, "too_long", Some("comment"));
    // A citizen can't send a new revision, so a rating is never returned.
    let rating = happy_citizen("cd-deira");
    let (status, _) = put_json(&s, &format!("/evaluations/{}", rating.id), &json!(rating), None).await;
    assert_eq!(status, 201);
    let (status, body) = decide(&s, &rating.id.to_string(), &sup, "returned", Some("please redo")).await;
    assert_error(status, &body, 409, "illegal_transition", Some("to"));
    assert_eq!(status_of(&s, &rating.id.to_string()).await, "received");
}

#[tokio::test]
async fn only_reviewers_of_the_evaluations_entity_may_decide_or_comment() {
    let s = TestServer::start().await;
    let (civil, roads) = two_entities(&s).await;
    let shopper = s.shopper().await;
    let roads_sup = s.sign_in("supervisor-roads", "supervisor-roads-demo").await;
    let admin = s.sign_in("admin", "admin-demo").await;
    let approve = json!({"to": "approved"});
    let comment = json!({"comment": "seen"});
    for (path, body) in
        [(format!("/evaluations/{civil}/review"), &approve), (format!("/evaluations/{civil}/comments"), &comment)]
    {
        let (status, b) = post(&s, &path, body, None).await;
        assert_error(status, &b, 401, "unauthorized", None);
        let (status, b) = post(&s, &path, body, Some(&shopper)).await;
        assert_error(status, &b, 403, "forbidden", None);
        let (status, b) = post(&s, &path, body, Some(&roads_sup)).await;
        assert_error(status, &b, 404, "not_found", None);
    }
    assert_eq!(status_of(&s, &civil).await, "received");
    let (_, detail) = get(&s, &format!("/evaluations/{civil}"), Some(&admin)).await;
    assert_eq!(detail["activity"].as_array().map(Vec::len), Some(1), "only its receipt: {detail}");
    // The roads supervisor decides on their own entity's visit; the admin on anything.
    let (status, _) = decide(&s, &roads, &roads_sup, "approved", None).await;
    assert_eq!(status, 200);
    let (status, _) = decide(&s, &civil, &admin, "has_issues", None).await;
    assert_eq!(status, 200);
    let res = s.http.post(s.url(&format!("/evaluations/{civil}/comments"))).bearer_auth(&admin).json(&comment).send();
    assert_eq!(res.await.expect("comment").status().as_u16(), 204);
    let (status, b) = post(&s, &format!("/evaluations/{civil}/comments"), &json!({"comment": " "}), Some(&admin)).await;
    assert_error(status, &b, 422, "invalid_value", Some("comment"));
}

#[tokio::test]
async fn bulk_approval_moves_what_it_may_and_says_why_not_for_the_rest() {
    let s = TestServer::start().await;
    let (civil, roads) = two_entities(&s).await;
    let sup = s.supervisor().await;
    let second = happy_citizen("cd-deira");
    let (status, _) = put_json(&s, &format!("/evaluations/{}", second.id), &json!(second), None).await;
    assert_eq!(status, 201);
    let second = second.id.to_string();
    let (status, _) = decide(&s, &second, &sup, "rejected", Some("a duplicate")).await;
    assert_eq!(status, 200);
    let unknown = ms_core::EvaluationId::new().to_string();
    let ids = json!({"ids": [civil, second, roads, unknown, civil]});
    let (status, result) = post(&s, "/evaluations/review", &ids, Some(&sup)).await;
    assert_eq!(status, 200, "{result}");
    assert_eq!(result["approved"], json!([civil]));
    let refused: Vec<(String, String)> = result["not_moved"]
        .as_array()
        .expect("not moved")
        .iter()
        .map(|n| (n["id"].as_str().unwrap_or_default().to_owned(), n["code"].as_str().unwrap_or_default().to_owned()))
        .collect();
    assert_eq!(
        refused,
        vec![
            (second.clone(), "illegal_transition".to_owned()),
            (roads.clone(), "not_found".to_owned()),
            (unknown, "not_found".to_owned())
        ]
    );
    assert_eq!(status_of(&s, &civil).await, "approved");
    assert_eq!(status_of(&s, &second).await, "rejected");
    assert_eq!(status_of(&s, &roads).await, "received");
    let (status, body) = post(&s, "/evaluations/review", &json!({"ids": []}), Some(&sup)).await;
    assert_error(status, &body, 422, "invalid_value", Some("ids"));
    let (status, body) = post(&s, "/evaluations/review", &ids, Some(&s.shopper().await)).await;
    assert_error(status, &body, 403, "forbidden", None);
}

#[tokio::test]
async fn a_returned_visit_reaches_its_shopper_with_the_comment_and_comes_back_as_revision_two() {
    let s = TestServer::start().await;
    let shopper = s.shopper().await;
    let sup = s.supervisor().await;
    let mut visit = complete_shopper("cd-al-barsha");
    let id = visit.id.to_string();
    let (status, _) = put_json(&s, &format!("/evaluations/{id}"), &json!(visit), Some(&shopper)).await;
    assert_eq!(status, 201);
    let why = "The waiting time looks too short; check the timer";
    let (status, _) = decide(&s, &id, &sup, "returned", Some(why)).await;
    assert_eq!(status, 200);

    let (status, mine) = get(&s, "/my/evaluations", Some(&shopper)).await;
    assert_eq!(status, 200, "{mine}");
    assert_eq!(mine[0]["summary"]["id"], id.as_str());
    assert_eq!(mine[0]["summary"]["status"], "returned");
    assert_eq!(mine[0]["latest_comment"], why);
    let (status, body) = get(&s, "/my/evaluations", Some(&sup)).await;
    assert_error(status, &body, 403, "forbidden", None);
    let (status, body) = get(&s, "/my/evaluations", None).await;
    assert_error(status, &body, 401, "unauthorized", None);

    visit.revision = 2;
    visit.comment = Some("Timer checked: 14 minutes".into());
    let (status, body) = put_json(&s, &format!("/evaluations/{id}"), &json!(visit), Some(&shopper)).await;
    assert_eq!(status, 201, "{body}");
    let (_, detail) = get(&s, &format!("/evaluations/{id}"), Some(&sup)).await;
    assert_eq!(detail["revisions"], json!([1, 2]));
    assert_eq!(detail["summary"]["status"], "received");
    let steps: Vec<(u64, Option<&str>, Option<&str>)> = detail["activity"]
        .as_array()
        .expect("activity")
        .iter()
        .map(|a| (a["revision"].as_u64().unwrap_or(0), a["to"].as_str(), a["by"].as_str()))
        .collect();
    assert_eq!(
        steps,
        vec![
            (1, Some("received"), Some("shopper")),
            (1, Some("returned"), Some("supervisor")),
            (2, Some("received"), Some("shopper"))
        ]
    );
    assert_eq!(detail["activity"][1]["comment"], why);
    assert_eq!(detail["activity"][1]["from"], "received");
    let (_, first) = get(&s, &format!("/evaluations/{id}?revision=1"), Some(&sup)).await;
    assert_eq!(first["summary"]["status"], "returned");
    let (status, _) = decide(&s, &id, &sup, "approved", None).await;
    assert_eq!(status, 200);
    let (_, mine) = get(&s, "/my/evaluations", Some(&shopper)).await;
    assert_eq!(mine[0]["summary"]["status"], "approved");
    assert_eq!(mine[0]["summary"]["revision"], 2);
}

/// Stores a shopper visit with the given time, employee, photos and check-in side.
async fn visit_at(
    s: &TestServer,
    token: &str,
    centre: &str,
    started: &str,
    employee: &str,
    photo: Option<&str>,
    inside: bool,
) -> String {
    let mut v = complete_shopper(centre);
    let at: chrono::DateTime<chrono::Utc> = started.parse().expect("time");
    v.visit_started_at = Some(at);
    v.visit_ended_at = Some(at + chrono::Duration::minutes(30));
    v.employee = Some(employee.to_owned());
    if let Some(p) = photo {
        v.photos = vec![ms_core::PhotoId::parse(p).expect("photo id")];
    }
    // At the centre, or some 5 km north of it.
    let catalogue: Value = s.http.get(s.url("/catalogue")).send().await.expect("catalogue").json().await.expect("json");
    let c = catalogue["centres"].as_array().and_then(|cs| cs.iter().find(|x| x["id"] == centre)).expect("centre");
    let (clat, clon) = (c["latitude"].as_f64().expect("latitude"), c["longitude"].as_f64().expect("longitude"));
    v.check_in = Some(ms_core::CheckIn {
        at: at - chrono::Duration::minutes(5),
        latitude: Some(if inside { clat } else { clat + 0.05 }),
        longitude: Some(clon),
        accuracy_m: Some(10.0),
        inside_geofence: None,
    });
    let (status, body) = put_json(s, &format!("/evaluations/{}", v.id), &json!(v), Some(token)).await;
    assert_eq!(status, 201, "{body}");
    v.id.to_string()
}

#[tokio::test]
async fn filters_combine_and_each_returns_exactly_the_rows_listed_by_hand() {
    let s = TestServer::start().await;
    let shopper = s.shopper().await;
    let admin = s.sign_in("admin", "admin-demo").await;
    let photo = jpeg(64, 48);
    let photo_id = sha(&photo);
    assert_eq!(s.put_photo(&photo_id, photo).await.status(), 201);
    let a = visit_at(&s, &shopper, "cd-al-barsha", "2026-03-02T09:00:00Z", "Desk 4", Some(&photo_id), true).await;
    let b = visit_at(&s, &shopper, "cd-deira", "2026-03-05T10:00:00Z", "Amal Khan", None, false).await;
    let c = visit_at(&s, &shopper, "rv-al-quoz", "2026-04-01T08:30:00Z", "desk 7", None, true).await;
    let (status, _) = decide(&s, &b, &admin, "approved", None).await;
    assert_eq!(status, 200);
    let rating = happy_citizen("cd-al-barsha");
    let (status, _) = put_json(&s, &format!("/evaluations/{}", rating.id), &json!(rating), None).await;
    assert_eq!(status, 201);
    let r = rating.id.to_string();

    let cases: Vec<(&str, Vec<&String>)> = vec![
        ("", vec![&a, &b, &c, &r]),
        ("role=shopper", vec![&a, &b, &c]),
        ("role=citizen", vec![&r]),
        ("status=approved", vec![&b]),
        ("status=received&role=shopper", vec![&a, &c]),
        ("entity_id=civil-documents", vec![&a, &b, &r]),
        ("entity_id=civil-documents&role=shopper", vec![&a, &b]),
        ("centre_id=cd-deira", vec![&b]),
        ("from=2026-03-01&to=2026-03-31", vec![&a, &b]),
        ("from=2026-03-05&to=2026-03-05", vec![&b]),
        ("to=2026-03-04", vec![&a]),
        ("has_photos=true", vec![&a]),
        ("has_photos=false&role=shopper", vec![&b, &c]),
        ("outside_geofence=true", vec![&b]),
        ("outside_geofence=false", vec![&a, &c]),
        ("employee=DESK", vec![&a, &c]),
        ("employee=amal", vec![&b]),
        ("employee=desk&entity_id=roads-vehicles", vec![&c]),
        ("min_score=100&role=shopper", vec![&a, &b, &c]),
        ("max_score=50", vec![]),
        ("employee=%25", vec![]),
    ];
    for (query, want) in cases {
        let (status, page) = get(&s, &format!("/evaluations?{query}"), Some(&admin)).await;
        assert_eq!(status, 200, "{query}: {page}");
        let mut want: Vec<String> = want.into_iter().cloned().collect();
        want.sort();
        assert_eq!(ids(&page), want, "{query}");
        assert_eq!(page["total"], want.len() as u64, "{query}");
    }
    // The inbox row carries what a reviewer scans for.
    let (_, detail) = get(&s, &format!("/evaluations/{b}"), Some(&admin)).await;
    let metres = detail["check_in_distance_m"].as_f64().expect("a located check-in has a distance");
    assert!((5_000.0..6_000.0).contains(&metres), "0.05° north is some 5.6 km: {metres}");
    let (_, detail) = get(&s, &format!("/evaluations/{r}"), Some(&admin)).await;
    assert!(detail.get("check_in_distance_m").is_none(), "a rating without a check-in has none");
    let (_, page) = get(&s, "/evaluations?centre_id=cd-al-barsha&role=shopper", Some(&admin)).await;
    let row = &page["items"][0];
    assert_eq!((row["photo_count"].as_u64(), row["inside_geofence"].as_bool()), (Some(1), Some(true)), "{row}");
    assert_eq!(row["visit_at"], "2026-03-02T09:00:00Z");
    // Sorted by visit, oldest first; by score, highest first.
    let (_, page) = get(&s, "/evaluations?role=shopper&sort=visit&order=asc", Some(&admin)).await;
    let order: Vec<&str> = page["items"].as_array().expect("items").iter().filter_map(|i| i["id"].as_str()).collect();
    assert_eq!(order, vec![a.as_str(), b.as_str(), c.as_str()]);
}

#[tokio::test]
async fn paging_by_cursor_shows_every_row_once_while_new_ones_arrive() {
    let s = TestServer::start().await;
    let admin = s.sign_in("admin", "admin-demo").await;
    let mut stored = Vec::new();
    for _ in 0..23 {
        let r = happy_citizen("cd-al-barsha");
        let (status, _) = put_json(&s, &format!("/evaluations/{}", r.id), &json!(r), None).await;
        assert_eq!(status, 201);
        stored.push(r.id.to_string());
    }
    for (sort, order) in [("received", "desc"), ("received", "asc"), ("visit", "desc"), ("score", "asc")] {
        let mut seen: Vec<String> = Vec::new();
        let mut cursor: Option<String> = None;
        let mut pages = 0;
        loop {
            let mut q = format!("/evaluations?limit=5&sort={sort}&order={order}");
            if let Some(c) = &cursor {
                q.push_str(&format!("&cursor={c}"));
            }
            let (status, page) = get(&s, &q, Some(&admin)).await;
            assert_eq!(status, 200, "{page}");
            seen.extend(
                page["items"].as_array().expect("items").iter().map(|i| i["id"].as_str().unwrap_or("").to_owned()),
            );
            pages += 1;
            // A new rating arrives between pages: it sorts before the cursor
            // (newest first) or after everything seen; it never shifts a page.
            let late = happy_citizen("cd-deira");
            let (status, _) = put_json(&s, &format!("/evaluations/{}", late.id), &json!(late), None).await;
            assert_eq!(status, 201);
            match page["next_cursor"].as_str() {
                Some(c) => cursor = Some(c.to_owned()),
                None => break,
            }
            assert!(pages < 40, "paging does not end");
        }
        let unique: std::collections::BTreeSet<&String> = seen.iter().collect();
        assert_eq!(unique.len(), seen.len(), "{sort} {order}: a row appeared twice");
        for id in &stored {
            assert!(seen.contains(id), "{sort} {order}: {id} was missed");
        }
    }
    // A cursor belongs to its own sort and order.
    let (_, page) = get(&s, "/evaluations?limit=5", Some(&admin)).await;
    let c = page["next_cursor"].as_str().expect("a next page");
    let (status, body) = get(&s, &format!("/evaluations?limit=5&sort=score&cursor={c}"), Some(&admin)).await;
    assert_error(status, &body, 422, "invalid_value", Some("cursor"));
    let (status, body) = get(&s, "/evaluations?cursor=00ff", Some(&admin)).await;
    assert_error(status, &body, 422, "invalid_value", Some("cursor"));
}

#[tokio::test]
async fn seeded_evaluations_spread_over_roles_statuses_and_entities() {
    let s = TestServer::start().await;
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_mystery-shopper-server"))
        .args(["seed", "--evaluations", "300", "--database", s.database()])
        .output()
        .expect("seed runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let admin = s.sign_in("admin", "admin-demo").await;
    let (_, page) = get(&s, "/evaluations?limit=500", Some(&admin)).await;
    assert_eq!(page["total"], 300);
    let items = page["items"].as_array().expect("items");
    let distinct = |key: &str| -> std::collections::BTreeSet<String> {
        items.iter().filter_map(|i| i[key].as_str().map(str::to_owned)).collect()
    };
    assert_eq!(distinct("role").len(), 2);
    assert_eq!(distinct("status").len(), 5);
    assert_eq!(distinct("entity_id").len(), 3);
    // Citizens are never returned; every seeded body opens as a detail.
    assert!(!items.iter().any(|i| i["role"] == "citizen" && i["status"] == "returned"));
    let id = items[0]["id"].as_str().expect("id");
    let (status, detail) = get(&s, &format!("/evaluations/{id}"), Some(&admin)).await;
    assert_eq!(status, 200, "{detail}");
}
