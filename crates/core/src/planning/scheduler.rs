//! Filling a wave: its open assignments given to eligible shoppers so that
//! every rule holds and the load is spread evenly.

use super::assignment::{Action, Actor, Assignment, AssignmentStatus, Change, MoveRefusal};
use super::ids::{AccountId, AssignmentId};
use super::rules::{Book, Clearance, ClearanceKind, Rule, Shopper, WaveState};
use super::wave::WaveStatus;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// What filling a wave did.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Fill {
    /// The assignments given, in the order they were given.
    pub assigned: Vec<Filled>,
    /// The open assignments no shopper could take, and why.
    pub unfilled: Vec<Unfilled>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Filled {
    pub assignment_id: AssignmentId,
    pub shopper: AccountId,
}

/// An open assignment no eligible shopper was found for: how many shoppers
/// each rule refused (a shopper refused by two rules counts under both).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Unfilled {
    pub assignment_id: AssignmentId,
    pub refused: Vec<RuleCount>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RuleCount {
    pub rule: Rule,
    pub shoppers: u32,
}

/// Gives each open assignment of a published wave to an eligible shopper.
///
/// Assignments are taken by the date of their planned visit (the first day
/// of their window, as every rule counts it), then by id; each goes to the
/// eligible shopper holding the fewest of the wave's assignments, the lowest
/// id first among equals, so the result depends only on the inputs. Every
/// assignment given counts at once for the rules of the next ones. Only open
/// assignments are filled, so running it again fills only what is still open.
///
/// Each shopper's visits are indexed by centre, entity and day once, so each
/// rule is a lookup or a range query: the work grows with assignments ×
/// shoppers, not with their history.
pub fn fill(wave: &WaveState, shoppers: &[Shopper]) -> Result<Fill, MoveRefusal> {
    if wave.status != WaveStatus::Published {
        return Err(MoveRefusal::WaveNotPublished(wave.status));
    }
    let mut shoppers: Vec<&Shopper> = shoppers.iter().collect();
    shoppers.sort_by_key(|s| s.id);
    shoppers.dedup_by_key(|s| s.id);
    let mut books = Book::all(wave, |_| true);
    let mut queue: BTreeSet<(u32, AccountId)> = BTreeSet::new();
    let mut by_id: HashMap<AccountId, &Shopper> = HashMap::new();
    for s in &shoppers {
        queue.insert((books.get(&s.id).map_or(0, Book::taken), s.id));
        by_id.insert(s.id, s);
    }
    let empty = Book::default();
    let mut open: Vec<&Assignment> = wave.assignments.iter().filter(|a| a.status == AssignmentStatus::Open).collect();
    open.sort_by_key(|a| (a.planned_date(), a.window.due(), a.id));
    let mut result = Fill::default();
    for a in open {
        let chosen = queue
            .iter()
            .find(|(_, id)| {
                let book = books.get(id).unwrap_or(&empty);
                by_id.get(id).is_some_and(|s| book.refusals(wave.rules, s, a, false).is_empty())
            })
            .copied();
        match chosen {
            Some((load, id)) => {
                queue.remove(&(load, id));
                queue.insert((load + 1, id));
                books.entry(id).or_default().take(a);
                result.assigned.push(Filled { assignment_id: a.id, shopper: id });
            }
            None => {
                let mut counts: BTreeMap<Rule, u32> = BTreeMap::new();
                for s in &shoppers {
                    for r in books.get(&s.id).unwrap_or(&empty).refusals(wave.rules, s, a, true) {
                        *counts.entry(r.rule()).or_default() += 1;
                    }
                }
                let refused = counts.into_iter().map(|(rule, shoppers)| RuleCount { rule, shoppers }).collect();
                result.unfilled.push(Unfilled { assignment_id: a.id, refused });
            }
        }
    }
    Ok(result)
}

impl Fill {
    /// The changes and log entries that store what the scheduler gave, `by`
    /// whoever ran it, at `at`. Storage applies each only if its assignment
    /// is still open, so that two runs at once never give one twice.
    pub fn changes(
        &self,
        assignments: &[Assignment],
        by: Actor,
        at: DateTime<Utc>,
    ) -> Result<Vec<Change>, MoveRefusal> {
        let by_id: HashMap<AssignmentId, &Assignment> = assignments.iter().map(|a| (a.id, a)).collect();
        self.assigned
            .iter()
            .filter_map(|f| by_id.get(&f.assignment_id).map(|a| (f, a)))
            .map(|(f, a)| {
                let clearance = Clearance {
                    assignment_id: f.assignment_id,
                    shopper: f.shopper,
                    kind: ClearanceKind::Give,
                    overridden: Vec::new(),
                    reason: None,
                };
                a.apply(Action::Give(clearance), by, at)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::planning::assignment::tests::{assignment, at, date};
    use crate::planning::assignment::Window;
    use crate::planning::rules::{Visit, VisitKind};
    use crate::planning::wave::WaveRules;

    fn open(n: u128, centre: &str, day: &str) -> Assignment {
        Assignment {
            id: AssignmentId(uuid::Uuid::from_u128(n)),
            centre_id: centre.into(),
            entity_id: format!("entity-of-{centre}"),
            window: Window::new(date(day), date("2027-12-31")).expect("window"),
            ..assignment(AssignmentStatus::Open, None)
        }
    }

    fn shoppers(ids: &[i64]) -> Vec<Shopper> {
        ids.iter().map(|&id| Shopper { id: AccountId(id), grade: Some(8.0), active: true }).collect()
    }

    fn run(rules: &WaveRules, assignments: &[Assignment], visits: &[Visit], who: &[Shopper]) -> Fill {
        let wave = WaveState { status: WaveStatus::Published, rules, assignments, visits };
        fill(&wave, who).expect("filled")
    }

    #[test]
    fn the_load_is_spread_evenly_lowest_id_first() {
        let rules = WaveRules { lockout_days: 0, ..WaveRules::default() };
        let assignments: Vec<_> = (1..=6).map(|n| open(n, &format!("c{n}"), "2027-03-01")).collect();
        let result = run(&rules, &assignments, &[], &shoppers(&[3, 1, 2]));
        let who: Vec<i64> = result.assigned.iter().map(|f| f.shopper.0).collect();
        assert_eq!(who, [1, 2, 3, 1, 2, 3]);
        assert!(result.unfilled.is_empty());
    }

    #[test]
    fn what_a_shopper_already_holds_in_the_wave_counts_as_load() {
        let rules = WaveRules { lockout_days: 0, ..WaveRules::default() };
        let mut assignments = vec![Assignment {
            id: AssignmentId(uuid::Uuid::from_u128(50)),
            ..assignment(AssignmentStatus::Submitted, Some(1))
        }];
        assignments.extend((1..=2).map(|n| open(n, &format!("c{n}"), "2027-03-01")));
        let result = run(&rules, &assignments, &[], &shoppers(&[1, 2]));
        let who: Vec<i64> = result.assigned.iter().map(|f| f.shopper.0).collect();
        assert_eq!(who, [2, 1]);
    }

    #[test]
    fn assignments_made_earlier_in_the_run_count_for_the_rules() {
        // One centre, two visits a week apart: the lockout keeps one shopper to one.
        let rules = WaveRules::default();
        let assignments = [open(1, "c1", "2027-03-01"), open(2, "c1", "2027-03-08"), open(3, "c1", "2027-03-15")];
        let result = run(&rules, &assignments, &[], &shoppers(&[1, 2]));
        assert_eq!(result.assigned.len(), 2);
        assert_ne!(result.assigned[0].shopper, result.assigned[1].shopper);
        assert_eq!(
            result.unfilled,
            [Unfilled {
                assignment_id: assignments[2].id,
                refused: vec![RuleCount { rule: Rule::Lockout, shoppers: 2 }]
            }]
        );
    }

    #[test]
    fn an_unfilled_assignment_counts_the_shoppers_each_rule_refused() {
        let rules = WaveRules { min_grade: Some(9.0), ..WaveRules::default() };
        let mut who = shoppers(&[1, 2, 3]);
        who[0].grade = Some(9.5);
        who[2].active = false;
        let visits = [Visit {
            shopper: AccountId(1),
            centre_id: "c1".into(),
            entity_id: "entity-of-c1".into(),
            date: date("2027-02-01"),
            kind: VisitKind::Made,
            assignment_id: None,
        }];
        let result = run(&rules, &[open(1, "c1", "2027-03-01")], &visits, &who);
        assert!(result.assigned.is_empty());
        let refused: Vec<_> = result.unfilled[0].refused.iter().map(|c| (c.rule, c.shoppers)).collect();
        assert_eq!(refused, [(Rule::Inactive, 1), (Rule::Grade, 2), (Rule::Lockout, 1)]);
    }

    #[test]
    fn running_again_fills_only_what_is_still_open_and_no_shoppers_means_nothing_filled() {
        let rules = WaveRules { lockout_days: 0, ..WaveRules::default() };
        let assignments: Vec<_> = (1..=3).map(|n| open(n, &format!("c{n}"), "2027-03-01")).collect();
        let first = run(&rules, &assignments, &[], &shoppers(&[1]));
        let changes = first.changes(&assignments, Actor::Supervisor(AccountId(9)), at()).expect("changes");
        assert_eq!(changes.len(), 3);
        assert!(changes.iter().all(
            |c| c.entry.by == Actor::Supervisor(AccountId(9)) && c.assignment.status == AssignmentStatus::Assigned
        ));
        let after: Vec<_> = changes.into_iter().map(|c| c.assignment).collect();
        let second = run(&rules, &after, &[], &shoppers(&[1, 2]));
        assert_eq!(second, Fill::default());
        let nobody = run(&rules, &assignments, &[], &[]);
        assert!(nobody.assigned.is_empty() && nobody.unfilled.len() == 3 && nobody.unfilled[0].refused.is_empty());
    }

    #[test]
    fn only_a_published_wave_is_filled() {
        let rules = WaveRules::default();
        let wave = WaveState { status: WaveStatus::Closed, rules: &rules, assignments: &[], visits: &[] };
        assert_eq!(fill(&wave, &[]), Err(MoveRefusal::WaveNotPublished(WaveStatus::Closed)));
    }

    #[test]
    fn a_large_wave_fills_most_of_its_assignments() {
        // 2,000 assignments, 200 shoppers, 200 past visits each over a year.
        let rules = WaveRules { max_held: 10, ..WaveRules::default() };
        let start = date("2027-01-01");
        let assignments: Vec<_> = (0..2000u128)
            .map(|n| {
                let day = start + chrono::Duration::days((n % 180) as i64);
                Assignment {
                    id: AssignmentId(uuid::Uuid::from_u128(n + 1)),
                    centre_id: format!("c{}", n % 150),
                    entity_id: format!("e{}", n % 12),
                    window: Window::new(day, day + chrono::Duration::days(10)).expect("window"),
                    ..assignment(AssignmentStatus::Open, None)
                }
            })
            .collect();
        let who = shoppers(&(1..=200).collect::<Vec<_>>());
        let visits: Vec<_> = (0..200 * 200)
            .map(|n: i64| Visit {
                shopper: AccountId(n % 200 + 1),
                centre_id: format!("c{}", n % 151),
                entity_id: format!("e{}", n % 12),
                date: start - chrono::Duration::days(n % 365),
                kind: VisitKind::Made,
                assignment_id: None,
            })
            .collect();
        // How fast it is, `benches/scheduler.rs` measures.
        let result = run(&rules, &assignments, &visits, &who);
        assert_eq!(result.assigned.len() + result.unfilled.len(), 2000);
        assert!(result.assigned.len() > 1500, "{}", result.assigned.len());
    }
}
