//! Who may see what of the evaluations: supervisors see the centres of their
//! own entities only, admins see every one, shoppers and anonymous callers none.

mod common;

use common::*;
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

async fn get(s: &TestServer, path: &str, token: Option<&str>) -> (u16, Value) {
    let mut req = s.http.get(s.url(path));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let res = req.send().await.expect("request");
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
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
