//! Checklists authored in a workbook, through the API: a workbook with errors
//! publishes nothing and names each error's sheet, row and column; a good one
//! is published, listed in the history with who published it, downloads as a
//! workbook that reads back into the same checklist, and differs from the
//! next version by what was changed; a device's evaluation of the older
//! version is still accepted.

use crate::common::*;
use ms_core::authoring::{self, Sheet, Workbook};
use ms_core::builtin::shopper_customer_journey;
use serde_json::Value;

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The built-in shopper checklist as a workbook of another id and a version.
fn branch_visit(version: u32) -> Workbook {
    let builtin = shopper_customer_journey();
    let mut wb = authoring::workbook_with(&builtin, |id, l| Some(format!("{id} ({l})")));
    let settings = sheet(&mut wb, "settings");
    let (id, v) = (column(settings, "template_id"), column(settings, "version"));
    settings.rows[1][id] = "branch-visit".into();
    settings.rows[1][v] = version.to_string();
    wb
}

fn sheet<'a>(wb: &'a mut Workbook, name: &str) -> &'a mut Sheet {
    wb.sheets.iter_mut().find(|s| s.name == name).expect("sheet")
}

fn column(s: &Sheet, header: &str) -> usize {
    s.rows[0].iter().position(|h| h == header).expect("column")
}

async fn import(s: &TestServer, wb: &Workbook, publish: bool, token: &str) -> (u16, Value) {
    let bytes = ms_server::workbook::write(wb).expect("xlsx");
    let res = s
        .http
        .post(s.url(&format!("/templates/import?publish={publish}")))
        .bearer_auth(token)
        .header("content-type", XLSX)
        .body(bytes)
        .send()
        .await
        .expect("import");
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

async fn published_versions(s: &TestServer, id: &str) -> Vec<u64> {
    let (_, all) = get(s, "/templates", None).await;
    all.as_array().into_iter().flatten().filter(|t| t["id"] == id).filter_map(|t| t["version"].as_u64()).collect()
}

#[tokio::test]
async fn a_workbook_with_errors_names_each_and_publishes_nothing_and_a_good_one_is_published() {
    let s = TestServer::start().await;
    let admin = s.sign_in("admin", "admin-demo").await;
    let sup = s.supervisor().await;

    // Two errors: an unknown type, and a condition naming an item that does not exist.
    let mut bad = branch_visit(1);
    let survey = sheet(&mut bad, "survey");
    let (ty, relevant) = (column(survey, "type"), column(survey, "relevant"));
    survey.rows[2][ty] = "yes_or_no".into();
    survey.rows[3][relevant] = "${nowhere} = 'no'".into();
    let (status, report) = import(&s, &bad, true, &admin).await;
    assert_eq!(status, 422, "{report}");
    assert_eq!(report["published"], false);
    assert_eq!(report["error"]["code"], "invalid_workbook");
    let errors = report["errors"].as_array().expect("errors");
    assert_eq!(errors.len(), 2, "{report}");
    assert!(errors.iter().any(|e| e["sheet"] == "survey" && e["row"] == 3 && e["column"] == "A"), "{report}");
    assert!(errors.iter().any(|e| e["sheet"] == "survey" && e["row"] == 4 && e["header"] == "relevant"), "{report}");
    assert!(published_versions(&s, "branch-visit").await.is_empty(), "nothing published");

    // Only admins import; what is not a workbook is refused with why.
    let (status, body) = import(&s, &branch_visit(1), false, &sup).await;
    assert_error(status, &body, 403, "forbidden", None);
    let res = s
        .http
        .post(s.url("/templates/import"))
        .bearer_auth(&admin)
        .header("content-type", XLSX)
        .body("type,name\nyes_no,parking\n")
        .send()
        .await
        .expect("import");
    let status = res.status().as_u16();
    assert_error(status, &res.json().await.expect("json"), 422, "invalid_workbook", None);
    let res = s.http.post(s.url("/templates/import")).bearer_auth(&admin).body("{}").send().await.expect("import");
    assert_eq!(res.status(), 415);

    // Checked only, then published.
    let (status, report) = import(&s, &branch_visit(1), false, &admin).await;
    assert_eq!((status, &report["published"]), (200, &Value::Bool(false)), "{report}");
    assert!(published_versions(&s, "branch-visit").await.is_empty());
    let (status, report) = import(&s, &branch_visit(1), true, &admin).await;
    assert_eq!((status, &report["published"]), (200, &Value::Bool(true)), "{report}");
    assert_eq!(published_versions(&s, "branch-visit").await, vec![1]);
    // The same version again is refused: a version must be above the published one.
    let (status, report) = import(&s, &branch_visit(1), true, &admin).await;
    assert_eq!(status, 422, "{report}");

    // The download reads back into the same checklist.
    let res = s
        .http
        .get(s.url("/templates/branch-visit/versions/1.xlsx"))
        .bearer_auth(&admin)
        .send()
        .await
        .expect("download");
    assert_eq!(res.status(), 200);
    let bytes = res.bytes().await.expect("bytes");
    let back = authoring::parse(&ms_server::workbook::read(&bytes).expect("a workbook"), None).template.expect("reads");
    let stored: Value = report_template(&s, "branch-visit", 1).await;
    assert_eq!(serde_json::to_value(&back).expect("json"), stored);
    // The built-in checklist downloads too, with its words from the app's texts.
    let res = s
        .http
        .get(s.url("/templates/shopper-customer-journey/versions/1.xlsx"))
        .bearer_auth(&admin)
        .send()
        .await
        .expect("download");
    assert_eq!(res.status(), 200);
    let built_in =
        authoring::parse(&ms_server::workbook::read(&res.bytes().await.expect("bytes")).expect("xlsx"), None)
            .template
            .expect("reads");
    let first = &built_in.stages[0].items[0];
    let (text, _) = built_in.text(&first.label, "ar").expect("an Arabic label");
    assert!(!text.is_empty() && !text.contains("shopper-"), "{text}");
    let (status, _) = get(&s, "/templates/branch-visit/versions/9.xlsx", Some(&admin)).await;
    assert_eq!(status, 404);

    // Version 2 changes one label in Arabic and one weight.
    let mut next = branch_visit(2);
    let survey = sheet(&mut next, "survey");
    let (ar, weight) = (column(survey, "label::ar"), column(survey, "weight"));
    survey.rows[2][ar].push_str(" (جديد)");
    survey.rows[3][weight] = "3".into();
    let (status, report) = import(&s, &next, true, &admin).await;
    assert_eq!(status, 200, "{report}");
    let (status, versions) = get(&s, "/templates/branch-visit/versions", Some(&admin)).await;
    assert_eq!(status, 200);
    let versions = versions.as_array().expect("versions");
    assert_eq!(versions.len(), 2);
    assert_eq!(versions[1]["published_by"], "admin");
    let (status, diff) = get(&s, "/templates/branch-visit/diff?from=1&to=2", Some(&admin)).await;
    assert_eq!(status, 200, "{diff}");
    let changed = diff["items_changed"].as_array().expect("changed");
    assert_eq!(changed.len(), 2, "{diff}");
    assert!(changed.iter().any(|c| c["changes"]
        .as_array()
        .is_some_and(|ch| ch.iter().any(|x| x["what"] == "label" && x["language"] == "ar"))));
    assert!(changed.iter().any(|c| c["changes"][0]["what"] == "weight"), "{diff}");

    // A device's evaluation of version 1, begun before version 2, is accepted.
    let mut ev = complete_shopper("cd-al-ain");
    ev.template = ms_core::TemplateRef { id: "branch-visit".into(), version: 1 };
    let (status, receipt) = put_json(
        &s,
        &format!("/evaluations/{}", ev.id),
        &serde_json::to_value(&ev).expect("json"),
        Some(&s.shopper().await),
    )
    .await;
    assert_eq!(status, 201, "{receipt}");
}

async fn report_template(s: &TestServer, id: &str, version: u64) -> Value {
    let (_, all) = get(s, "/templates", None).await;
    all.as_array().into_iter().flatten().find(|t| t["id"] == id && t["version"] == version).cloned().expect("published")
}

#[tokio::test]
async fn the_catalogue_downloads_as_a_workbook_and_imports_add_or_update_and_deactivation() {
    let s = TestServer::start().await;
    let admin = s.sign_in("admin", "admin-demo").await;
    let res = s.http.get(s.url("/catalogue.xlsx")).bearer_auth(&admin).send().await.expect("download");
    assert_eq!(res.status(), 200);
    let mut wb = ms_server::workbook::read(&res.bytes().await.expect("bytes")).expect("a workbook");
    let (_, before) = get(&s, "/catalogue", None).await;
    let centres_before = before["centres"].as_array().map(Vec::len).expect("centres");

    // A new centre, a renamed one, one made inactive.
    let centres = sheet(&mut wb, "centres");
    let (id, qr, name, active) =
        (column(centres, "id"), column(centres, "qr_token"), column(centres, "name::en"), column(centres, "active"));
    let mut new_row = centres.rows[1].clone();
    new_row[id] = "cd-new-centre".into();
    new_row[qr] = "cd-new-centre-qr".into();
    new_row[name] = "New Centre".into();
    let renamed = centres.rows[2][id].clone();
    centres.rows[2][name] = "Renamed Centre".into();
    let closed = centres.rows[3][id].clone();
    centres.rows[3][active] = "no".into();
    centres.rows.push(new_row);

    // With an error first: nothing changes.
    let mut bad = wb.clone();
    let c = sheet(&mut bad, "centres");
    let lat = column(c, "latitude");
    c.rows[1][lat] = "north".into();
    let bytes = ms_server::workbook::write(&bad).expect("xlsx");
    let res = s
        .http
        .post(s.url("/catalogue/import?apply=true"))
        .bearer_auth(&admin)
        .header("content-type", XLSX)
        .body(bytes)
        .send()
        .await
        .expect("import");
    assert_eq!(res.status(), 422);
    let report: Value = res.json().await.expect("json");
    assert_eq!(report["errors"][0]["code"], "invalid_number", "{report}");
    assert_eq!(report["errors"][0]["row"], 2);
    let (_, same) = get(&s, "/catalogue", None).await;
    assert_eq!(same, before);

    let res = s
        .http
        .post(s.url("/catalogue/import?apply=true"))
        .bearer_auth(&admin)
        .header("content-type", XLSX)
        .body(ms_server::workbook::write(&wb).expect("xlsx"))
        .send()
        .await
        .expect("import");
    assert_eq!(res.status(), 200);
    let report: Value = res.json().await.expect("json");
    assert_eq!(report["applied"], true, "{report}");
    let (_, after) = get(&s, "/catalogue", None).await;
    let centres = after["centres"].as_array().expect("centres");
    assert_eq!(centres.len(), centres_before + 1, "nothing is deleted");
    let find = |id: &str| centres.iter().find(|c| c["id"] == id).cloned().expect("centre");
    assert_eq!(find("cd-new-centre")["name"]["en"], "New Centre");
    assert_eq!(find(&renamed)["name"]["en"], "Renamed Centre");
    assert_eq!(find(&closed)["active"], false);
    assert!(find(&renamed).get("active").is_none(), "active is left out of the wire");
    // An inactive centre is planned no more.
    let sup = s.supervisor().await;
    let plan = serde_json::json!({"name": "Closed", "from": "2027-01-01", "to": "2027-01-31",
        "template_id": "shopper-customer-journey", "visits": [{"centre_id": closed, "count": 1, "scenario": "Ask."}]});
    let (status, body) = post(&s, "/waves", &plan, Some(&sup)).await;
    assert_eq!(find(&closed)["entity_id"], "civil-documents", "a centre the supervisor plans");
    assert_error(status, &body, 422, "unknown_centre", Some("visits[0].centre_id"));
    let (_, audit) = get(&s, "/audit?action=catalogue_imported", Some(&admin)).await;
    assert_eq!(audit["items"].as_array().map(Vec::len), Some(1), "{audit}");
    assert_eq!(audit["items"][0]["after"]["inactive"][0], closed.as_str());

    // One sheet alone, as CSV: the centres, one renamed again.
    let mut centres = sheet(&mut wb, "centres").clone();
    let name = column(&centres, "name::en");
    centres.rows[2][name] = "Renamed by CSV, \"quoted\"".into();
    let text: String = centres
        .rows
        .iter()
        .map(|r| r.iter().map(|c| format!("\"{}\"", c.replace('"', "\"\""))).collect::<Vec<_>>().join(",") + "\r\n")
        .collect();
    let send = |query: &'static str, body: String| {
        s.http
            .post(s.url(&format!("/catalogue/import{query}")))
            .bearer_auth(&admin)
            .header("content-type", "text/csv; charset=utf-8")
            .body(body)
            .send()
    };
    let res = send("?apply=true", text.clone()).await.expect("import");
    assert_eq!(res.status(), 422, "a CSV names its sheet");
    let res = send("?apply=true&sheet=centres", text).await.expect("import");
    assert_eq!(res.status(), 200);
    let (_, after) = get(&s, "/catalogue", None).await;
    let renamed_again =
        after["centres"].as_array().and_then(|c| c.iter().find(|c| c["id"] == renamed.as_str())).cloned();
    assert_eq!(renamed_again.expect("centre")["name"]["en"], "Renamed by CSV, \"quoted\"");
}

#[test]
fn the_example_workbook_in_the_repository_reads_as_the_built_in_shopper_checklist() {
    let bytes = include_bytes!("../../../../docs/examples/shopper-customer-journey.xlsx");
    let example = authoring::parse(&ms_server::workbook::read(bytes).expect("an .xlsx"), None);
    assert!(example.errors().next().is_none(), "{:?}", example.problems);
    let example = example.template.expect("a checklist");
    let built_in = shopper_customer_journey();
    let fresh = authoring::parse(&ms_server::workbook::of_template(&built_in), None).template.expect("reads");
    assert_eq!(example, fresh, "docs/examples/ is what template-workbook writes today");
    let shape = |t: &ms_core::ChecklistTemplate| -> Vec<(String, String, f64)> {
        t.items().map(|(s, i)| (s.id.clone(), i.id.clone(), i.weight)).collect()
    };
    assert_eq!(shape(&example), shape(&built_in));
}
