//! Many evaluations arriving at once are committed together: each is stored
//! exactly once however many copies arrive in the same batch, a refused one
//! changes nothing for the others, and every 201 is for a stored evaluation.

use crate::common::*;
use futures_util::future::join_all;
use serde_json::json;

#[tokio::test]
async fn a_burst_of_copies_and_conflicts_stores_each_evaluation_once() {
    let s = TestServer::start().await;
    let shopper = s.shopper().await;
    let visits: Vec<_> = (0..40).map(|_| complete_shopper("cd-deira")).collect();
    // Every visit twice, and for every fourth a different body under the same id.
    let mut bodies = Vec::new();
    for (i, v) in visits.iter().enumerate() {
        bodies.push((v.id, json!(v)));
        bodies.push((v.id, json!(v)));
        if i % 4 == 0 {
            let mut other = v.clone();
            other.employee = Some("someone else".into());
            bodies.push((v.id, json!(other)));
        }
    }
    let paths: Vec<String> = bodies.iter().map(|(id, _)| format!("/evaluations/{id}")).collect();
    let sends = bodies.iter().zip(&paths).map(|((_, body), path)| put_json(&s, path, body, Some(&shopper)));
    let answers = join_all(sends).await;
    let count = |code: u16| answers.iter().filter(|(status, _)| *status == code).count();
    assert_eq!(count(201), 40, "{:?}", answers.iter().map(|a| a.0).collect::<Vec<_>>());
    assert_eq!(count(200) + count(409), bodies.len() - 40);
    assert!(answers.iter().all(|(status, _)| [200, 201, 409].contains(status)));
    assert_eq!(s.evaluation_count().await, 40);
    // Each stored body is one of the two sent for it, whole.
    let admin = s.sign_in("admin", "admin-demo").await;
    for v in &visits {
        let (status, d) = get(&s, &format!("/evaluations/{}", v.id), Some(&admin)).await;
        assert_eq!(status, 200);
        assert_eq!(d["evaluation"]["answers"], json!(v.answers));
    }
}
