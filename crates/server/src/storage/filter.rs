//! The inbox's filters as SQL, for either backend: the clauses of a WHERE
//! and their arguments, spelled in the backend's dialect.

use super::{CursorKey, EvaluationFilter, ReviewScope, SortField};
use chrono::{DateTime, NaiveDate, Utc};
use ms_core::proof::VisitFlag;
use ms_core::EvaluationId;

/// How a backend spells what differs between the two.
pub(crate) struct Dialect {
    /// The placeholder of the n-th argument (from 1).
    pub placeholder: fn(usize) -> String,
    pub truth: &'static str,
    pub falsity: &'static str,
}

/// An argument of a filter clause.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Arg {
    Text(String),
    Real(f64),
    /// The start of a UTC day.
    Day(NaiveDate),
    /// A stored time (a cursor's key).
    Time(DateTime<Utc>),
    Id(EvaluationId),
    Integer(i64),
    /// A calendar day, kept as a date (planning's windows).
    Date(NaiveDate),
    /// A record's UUID (planning's waves and assignments).
    Uuid(uuid::Uuid),
    MaybeText(Option<String>),
    MaybeInteger(Option<i64>),
    MaybeUuid(Option<uuid::Uuid>),
}

/// The column a sort orders by; the id breaks ties.
pub(crate) fn sort_key(field: SortField) -> &'static str {
    match field {
        SortField::Received => "e.received_at",
        SortField::Visit => "e.visit_at",
        // Unscored evaluations sort below every score.
        SortField::Score => "COALESCE(e.score_percent, -1.0)",
    }
}

/// Adds the clause that starts a page right after the cursor's row (when
/// the filter has one) and answers the ORDER BY of the filter's sort: the
/// keyset paging both backends run, so that page 1,000 costs what page 1
/// does and rows arriving meanwhile never make one appear twice or go missing.
pub(crate) fn keyset(
    f: &EvaluationFilter,
    dialect: &Dialect,
    clauses: &mut Vec<String>,
    args: &mut Vec<Arg>,
) -> String {
    let key = sort_key(f.sort);
    let (cmp, dir) = if f.ascending { (">", "ASC") } else { ("<", "DESC") };
    if let Some(after) = &f.after {
        args.push(match &after.key {
            CursorKey::Time(t) => Arg::Time(*t),
            CursorKey::Score(s) => Arg::Real(*s),
        });
        args.push(Arg::Id(after.id));
        let (k, i) = ((dialect.placeholder)(args.len() - 1), (dialect.placeholder)(args.len()));
        clauses.push(format!("({key}, e.id) {cmp} ({k}, {i})"));
    }
    format!("{key} {dir}, e.id {dir}")
}

struct Clauses<'d> {
    dialect: &'d Dialect,
    clauses: Vec<String>,
    args: Vec<Arg>,
}

impl Clauses<'_> {
    /// Adds an argument and names its placeholder.
    fn bind(&mut self, v: Arg) -> String {
        self.args.push(v);
        (self.dialect.placeholder)(self.args.len())
    }

    /// Keeps the evaluations of the centres of these entities.
    fn entities(&mut self, ids: &[String]) {
        let marks: Vec<String> = ids.iter().map(|id| self.bind(Arg::Text(id.clone()))).collect();
        self.clauses.push(format!("e.centre_id IN (SELECT id FROM centres WHERE entity_id IN ({}))", marks.join(", ")));
    }

    fn compare(&mut self, column: &str, op: &str, v: Arg) {
        let mark = self.bind(v);
        self.clauses.push(format!("{column} {op} {mark}"));
    }
}

/// The WHERE clauses of the filters (without the cursor) and their arguments.
pub(crate) fn filters(f: &EvaluationFilter, dialect: &Dialect) -> (Vec<String>, Vec<Arg>) {
    let (t, no) = (dialect.truth, dialect.falsity);
    let mut w = Clauses { dialect, clauses: vec![format!("e.is_latest = {t}")], args: Vec::new() };
    match &f.scope {
        ReviewScope::All => {}
        ReviewScope::Entities(ids) if ids.is_empty() => w.clauses.push(no.to_owned()),
        ReviewScope::Entities(ids) => w.entities(ids),
    }
    match f.manager_centres.as_deref() {
        None => {}
        Some([]) => w.clauses.push(no.to_owned()),
        Some(ids) => {
            let marks: Vec<String> = ids.iter().map(|id| w.bind(Arg::Text(id.clone()))).collect();
            w.clauses.push(format!("e.centre_id IN ({})", marks.join(", ")));
            // `ms_core::review::manager_may_read`, in SQL.
            w.compare("e.status", "=", Arg::Text(ms_core::review::MANAGER_READS.as_str().to_owned()));
        }
    }
    if let Some(entity) = &f.entity_id {
        w.entities(std::slice::from_ref(entity));
    }
    if let Some(s) = f.status {
        w.compare("e.status", "=", Arg::Text(s.as_str().to_owned()));
    }
    if let Some(centre) = &f.centre_id {
        w.compare("e.centre_id", "=", Arg::Text(centre.clone()));
    }
    if let Some(role) = f.role {
        w.compare("e.role", "=", Arg::Text(role.as_str().to_owned()));
    }
    // Visit dates are whole UTC days; `to` includes its day.
    if let Some(from) = f.from {
        w.compare("e.visit_at", ">=", Arg::Day(from));
    }
    if let Some(next) = f.to.and_then(|to| to.succ_opt()) {
        w.compare("e.visit_at", "<", Arg::Day(next));
    }
    if let Some(min) = f.min_score {
        w.compare("e.score_percent", ">=", Arg::Real(min));
    }
    if let Some(max) = f.max_score {
        w.compare("e.score_percent", "<=", Arg::Real(max));
    }
    match f.has_photos {
        Some(true) => w.clauses.push("e.photo_count > 0".to_owned()),
        Some(false) => w.clauses.push("e.photo_count = 0".to_owned()),
        None => {}
    }
    // Spelled as the flags' partial indexes are, so that they serve these clauses.
    match f.outside_geofence {
        Some(true) => w.clauses.push(format!("e.inside_geofence = {no}")),
        Some(false) => w.clauses.push(format!("e.inside_geofence = {t}")),
        None => {}
    }
    match f.flag {
        Some(VisitFlag::OutsideGeofence) => w.clauses.push(format!("e.inside_geofence = {no}")),
        Some(VisitFlag::NoLocation) => w.clauses.push("e.inside_geofence IS NULL AND e.role = 'shopper'".to_owned()),
        Some(VisitFlag::DuplicatePhotos) => w.clauses.push(format!("e.duplicate_photos = {t}")),
        Some(VisitFlag::ClockSkew) => {
            w.clauses.push(format!("abs(e.clock_offset_s) > {}", ms_core::proof::MAX_CLOCK_SKEW.num_seconds()))
        }
        None => {}
    }
    if let Some(employee) = f.employee.as_deref().and_then(ms_core::stats::normalise_employee) {
        let escaped = employee.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
        let mark = w.bind(Arg::Text(format!("%{escaped}%")));
        w.clauses.push(format!("e.employee LIKE {mark} ESCAPE '\\'"));
    }
    (w.clauses, w.args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ms_core::ReviewStatus;

    fn numbered(n: usize) -> String {
        format!("${n}")
    }

    #[test]
    fn clauses_and_arguments_line_up_in_either_dialect() {
        let mut f = EvaluationFilter::everything(ReviewScope::Entities(vec!["e1".into(), "e2".into()]), 10);
        f.from = Some(NaiveDate::from_ymd_opt(2026, 1, 31).expect("day"));
        f.to = f.from;
        f.employee = Some("  Desk_4 ".into());
        f.flag = Some(VisitFlag::DuplicatePhotos);
        let pg = Dialect { placeholder: numbered, truth: "true", falsity: "false" };
        let (clauses, args) = filters(&f, &pg);
        assert_eq!(clauses[0], "e.is_latest = true");
        assert!(clauses[1].ends_with("IN ($1, $2))"), "{}", clauses[1]);
        assert_eq!(clauses[2], "e.visit_at >= $3");
        assert_eq!(clauses[3], "e.visit_at < $4");
        assert_eq!(args[3], Arg::Day(NaiveDate::from_ymd_opt(2026, 2, 1).expect("day")));
        assert_eq!(clauses[4], "e.duplicate_photos = true");
        assert_eq!(args[4], Arg::Text("%desk\\_4%".into()));
        assert_eq!(clauses.len(), 6);
    }

    #[test]
    fn a_managers_reading_keeps_their_centres_approved_evaluations_only() {
        let pg = Dialect { placeholder: numbered, truth: "true", falsity: "false" };
        let mut f = EvaluationFilter::everything(ReviewScope::All, 10);
        f.manager_centres = Some(vec!["c1".into(), "c2".into()]);
        f.status = Some(ReviewStatus::Received);
        let (clauses, args) = filters(&f, &pg);
        assert_eq!(clauses[1], "e.centre_id IN ($1, $2)");
        assert_eq!(clauses[2], "e.status = $3");
        assert_eq!(args[2], Arg::Text("approved".into()));
        // Asking for another status as well finds nothing: both must hold.
        assert_eq!(clauses[3], "e.status = $4");
        f.manager_centres = Some(Vec::new());
        assert_eq!(filters(&f, &pg).0[1], "false");
    }
}
