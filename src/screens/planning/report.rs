//! What "fill the wave" did, in words: the visits it gave to each shopper,
//! and for the visits it left open, why, rule by rule. Visits left open at
//! one centre for the same reasons are said once, with how many they are.

use super::{centre_name, date_text};
use crate::i18n::I18n;
use chrono::NaiveDate;
use dioxus::prelude::*;
use ms_core::planning::api::{FillReport, FilledLine, RuleTally, ShopperStanding, UnfilledLine};
use ms_core::planning::Rule;
use ms_core::Catalogue;

/// Visits at one centre left open for the same reasons.
#[derive(Debug, Clone, PartialEq)]
pub struct UnfilledGroup {
    pub centre_id: String,
    pub visits: usize,
    /// The first day of the earliest of them.
    pub earliest: NaiveDate,
    pub no_shopper: bool,
    /// The rules that refused, in the order of [`Rule::ALL`], with how many shoppers each refused.
    pub refused: Vec<RuleTally>,
}

/// The report's open visits, grouped by centre and reasons, in the order they first appear.
pub fn group_unfilled(lines: &[UnfilledLine]) -> Vec<UnfilledGroup> {
    let mut groups: Vec<UnfilledGroup> = Vec::new();
    for line in lines {
        let mut refused: Vec<RuleTally> = line.refused.iter().copied().filter(|t| t.shoppers > 0).collect();
        refused.sort_by_key(|t| Rule::ALL.iter().position(|r| *r == t.rule));
        let same = groups
            .iter_mut()
            .find(|g| g.centre_id == line.centre_id && g.no_shopper == line.no_shopper && g.refused == refused);
        match same {
            Some(g) => {
                g.visits += 1;
                g.earliest = g.earliest.min(line.earliest);
            }
            None => groups.push(UnfilledGroup {
                centre_id: line.centre_id.clone(),
                visits: 1,
                earliest: line.earliest,
                no_shopper: line.no_shopper,
                refused,
            }),
        }
    }
    groups
}

/// How many visits each shopper was given at each centre, by shopper then centre.
pub fn group_assigned(lines: &[FilledLine]) -> Vec<(String, String, usize)> {
    let mut out: Vec<(String, String, usize)> = Vec::new();
    for line in lines {
        match out.iter_mut().find(|(s, c, _)| *s == line.shopper && *c == line.centre_id) {
            Some((_, _, n)) => *n += 1,
            None => out.push((line.shopper.clone(), line.centre_id.clone(), 1)),
        }
    }
    out.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    out
}

/// One rule's refusals in words: what it means and how many shoppers it turned away.
pub fn refusal_text(i18n: I18n, tally: RuleTally) -> String {
    let id = format!("planning-refused-{}", tally.rule.as_str().replace('_', "-"));
    i18n.count(&id, tally.shoppers as usize)
}

/// A shopper's name as the shoppers' list gives it, or their username.
pub fn shopper_name(shoppers: &[ShopperStanding], username: &str) -> String {
    shoppers
        .iter()
        .find(|s| s.username == username)
        .map(|s| s.display_name.clone())
        .unwrap_or_else(|| username.to_owned())
}

#[component]
pub fn FillReportView(report: FillReport, catalogue: Catalogue, shoppers: Vec<ShopperStanding>, i18n: I18n) -> Element {
    let f = i18n.formats();
    let assigned = group_assigned(&report.assigned);
    let unfilled = group_unfilled(&report.unfilled);
    let n = |v: usize| f.integer(v as i64, 1);
    rsx! {
        section { class: "fill-report card", role: "region", "aria-labelledby": "fill-report-title", "data-fill-report": "true",
            h2 { id: "fill-report-title", "{i18n.t(\"planning-report\")}" }
            p { class: "ok", role: "status", "data-assigned": "{report.assigned.len()}",
                {i18n.count("planning-report-assigned", report.assigned.len())}
                " · "
                {i18n.count("planning-report-unfilled", report.unfilled.len())}
            }
            if !assigned.is_empty() {
                h3 { "{i18n.t(\"planning-report-given\")}" }
                table { class: "planning-table report-table",
                    thead { tr {
                        th { scope: "col", "{i18n.t(\"planning-col-shopper\")}" }
                        th { scope: "col", "{i18n.t(\"planning-col-centre\")}" }
                        th { scope: "col", "{i18n.t(\"planning-col-visits\")}" }
                    } }
                    tbody {
                        for (shopper, centre, count) in assigned {
                            tr { key: "{shopper}-{centre}", "data-shopper": "{shopper}",
                                td { "data-label": "{i18n.t(\"planning-col-shopper\")}", bdi { {shopper_name(&shoppers, &shopper)} } }
                                td { "data-label": "{i18n.t(\"planning-col-centre\")}", bdi { {centre_name(&catalogue, i18n, &centre)} } }
                                td { "data-label": "{i18n.t(\"planning-col-visits\")}", "{n(count)}" }
                            }
                        }
                    }
                }
            }
            if unfilled.is_empty() {
                p { class: "ok", "{i18n.t(\"planning-report-all-filled\")}" }
            } else {
                h3 { "{i18n.t(\"planning-report-open\")}" }
                table { class: "planning-table report-table unfilled",
                    thead { tr {
                        th { scope: "col", "{i18n.t(\"planning-col-centre\")}" }
                        th { scope: "col", "{i18n.t(\"planning-col-visits\")}" }
                        th { scope: "col", "{i18n.t(\"planning-col-from\")}" }
                        th { scope: "col", "{i18n.t(\"planning-col-why\")}" }
                    } }
                    tbody {
                        for (i, g) in unfilled.into_iter().enumerate() {
                            tr { key: "{i}", class: "gap", "data-unfilled-centre": "{g.centre_id}",
                                td { "data-label": "{i18n.t(\"planning-col-centre\")}", bdi { {centre_name(&catalogue, i18n, &g.centre_id)} } }
                                td { "data-label": "{i18n.t(\"planning-col-visits\")}", "{n(g.visits)}" }
                                td { "data-label": "{i18n.t(\"planning-col-from\")}", {date_text(i18n, g.earliest)} }
                                td { "data-label": "{i18n.t(\"planning-col-why\")}",
                                    if g.no_shopper {
                                        p { class: "why", "data-rule": "no_shopper", "{i18n.t(\"planning-no-shopper\")}" }
                                    } else if g.refused.is_empty() {
                                        p { class: "why", "{i18n.t(\"planning-refused-nothing\")}" }
                                    } else {
                                        ul { class: "why-list",
                                            for t in g.refused.iter().copied() {
                                                li { key: "{t.rule.as_str()}", "data-rule": t.rule.as_str(), {refusal_text(i18n, t)} }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ms_core::planning::api::Coverage;
    use ms_core::planning::AssignmentId;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    fn open(n: u128, centre: &str, earliest: &str, refused: &[(Rule, u32)]) -> UnfilledLine {
        UnfilledLine {
            assignment_id: AssignmentId(uuid::Uuid::from_u128(n)),
            centre_id: centre.into(),
            earliest: date(earliest),
            no_shopper: false,
            refused: refused.iter().map(|(rule, shoppers)| RuleTally { rule: *rule, shoppers: *shoppers }).collect(),
        }
    }

    fn given(n: u128, centre: &str, shopper: &str) -> FilledLine {
        FilledLine {
            assignment_id: AssignmentId(uuid::Uuid::from_u128(n)),
            centre_id: centre.into(),
            shopper: shopper.into(),
        }
    }

    #[test]
    fn open_visits_at_one_centre_for_the_same_reasons_are_said_once() {
        let lines = [
            open(1, "deira", "2027-02-01", &[(Rule::Lockout, 2), (Rule::DailyCap, 1)]),
            open(2, "barsha", "2027-01-10", &[(Rule::Lockout, 3)]),
            // The same reasons in another order, and an earlier day.
            open(3, "deira", "2027-01-05", &[(Rule::DailyCap, 1), (Rule::Lockout, 2)]),
            open(4, "deira", "2027-03-01", &[(Rule::Lockout, 3)]),
            UnfilledLine { no_shopper: true, refused: vec![], ..open(5, "deira", "2027-03-02", &[]) },
        ];
        let groups = group_unfilled(&lines);
        assert_eq!(groups.len(), 4);
        assert_eq!(
            (groups[0].centre_id.as_str(), groups[0].visits, groups[0].earliest),
            ("deira", 2, date("2027-01-05"))
        );
        assert_eq!(
            groups[0].refused,
            vec![RuleTally { rule: Rule::DailyCap, shoppers: 1 }, RuleTally { rule: Rule::Lockout, shoppers: 2 }],
            "in the order of Rule::ALL"
        );
        assert_eq!((groups[1].centre_id.as_str(), groups[1].visits), ("barsha", 1));
        assert_eq!((groups[2].centre_id.as_str(), groups[2].visits), ("deira", 1), "other figures, another group");
        assert!(groups[3].no_shopper);
        assert_eq!(groups.iter().map(|g| g.visits).sum::<usize>(), lines.len());
    }

    #[test]
    fn given_visits_are_counted_by_shopper_and_centre() {
        let lines = [given(1, "deira", "sam"), given(2, "barsha", "ali"), given(3, "deira", "sam")];
        assert_eq!(group_assigned(&lines), vec![("ali".into(), "barsha".into(), 1), ("sam".into(), "deira".into(), 2)]);
    }

    #[test]
    fn every_rule_that_refused_is_said_in_every_language() {
        let _ = crate::i18n::take_missing();
        for locale in crate::i18n::available() {
            let i18n = I18n::new(locale);
            let texts: Vec<String> = Rule::ALL.map(|rule| refusal_text(i18n, RuleTally { rule, shoppers: 2 })).into();
            let distinct: std::collections::BTreeSet<&String> = texts.iter().collect();
            assert_eq!(distinct.len(), Rule::ALL.len(), "{locale}: {texts:?}");
            assert!(texts.iter().all(|t| t.contains('2') && !t.starts_with("planning-")), "{locale}: {texts:?}");
        }
        assert_eq!(crate::i18n::take_missing(), vec![]);
    }

    #[test]
    fn the_report_says_what_was_given_and_why_the_rest_was_not() {
        let report = FillReport {
            assigned: vec![given(1, "deira", "sam")],
            unfilled: vec![
                open(2, "deira", "2027-02-01", &[(Rule::Lockout, 1)]),
                UnfilledLine { no_shopper: true, refused: vec![], ..open(3, "barsha", "2027-03-02", &[]) },
            ],
            coverage: Coverage::default(),
        };
        let i18n = I18n::new("en");
        let html = dioxus_ssr::render_element(
            rsx! { FillReportView { report, catalogue: Catalogue::default(), shoppers: vec![], i18n } },
        );
        let plain = html.replace(['\u{2068}', '\u{2069}', '\u{2060}'], "");
        assert!(
            plain.contains(
                &refusal_text(i18n, RuleTally { rule: Rule::Lockout, shoppers: 1 })
                    .replace(['\u{2068}', '\u{2069}'], "")
            ),
            "{plain}"
        );
        assert!(plain.contains(&i18n.t("planning-no-shopper")), "{plain}");
        assert!(plain.contains("data-rule=\"lockout\"") && plain.contains("data-shopper=\"sam\""), "{plain}");
        assert!(plain.contains("2027-02-01"), "{plain}");
        assert!(plain.contains("<th scope=\"col\""), "table headers: {plain}");
    }
}
