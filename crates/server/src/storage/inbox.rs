//! The reviewers' inbox: its filters and sort, and the keyset cursor that
//! pages it (the same for both backends; `filter` spells it in SQL).

use super::ReviewScope;
use chrono::{DateTime, Utc};
/// What the inbox sorts by: the wire's own type, which the query names.
pub use ms_core::wire::SortField;
use ms_core::wire::{EvaluationPage, EvaluationSummary};
use ms_core::{ReviewStatus, Role};

#[derive(Debug, Clone)]
pub struct EvaluationFilter {
    /// Whose evaluations the reader may see.
    pub scope: ReviewScope,
    /// A centre's manager reading: only the approved evaluations of these
    /// centres (none when empty), whatever else the filter says.
    pub manager_centres: Option<Vec<String>>,
    pub status: Option<ReviewStatus>,
    pub entity_id: Option<String>,
    pub centre_id: Option<String>,
    pub role: Option<Role>,
    /// Visit dates (UTC), both days included.
    pub from: Option<chrono::NaiveDate>,
    pub to: Option<chrono::NaiveDate>,
    pub min_score: Option<f64>,
    pub max_score: Option<f64>,
    pub has_photos: Option<bool>,
    /// Checked in outside the centre's geofence (true) or inside it (false).
    pub outside_geofence: Option<bool>,
    /// Part of the employee's name or desk, in any case.
    pub employee: Option<String>,
    /// Only evaluations carrying this proof-of-visit flag.
    pub flag: Option<ms_core::proof::VisitFlag>,
    pub sort: SortField,
    pub ascending: bool,
    pub limit: u32,
    /// The page after this row.
    pub after: Option<PageCursor>,
}

impl EvaluationFilter {
    /// Every evaluation within the scope, newest received first, a page of `limit`.
    pub fn everything(scope: ReviewScope, limit: u32) -> Self {
        Self {
            scope,
            manager_centres: None,
            status: None,
            entity_id: None,
            centre_id: None,
            role: None,
            from: None,
            to: None,
            min_score: None,
            max_score: None,
            has_photos: None,
            outside_geofence: None,
            employee: None,
            flag: None,
            sort: SortField::default(),
            ascending: false,
            limit,
            after: None,
        }
    }
}

/// Where the next page starts: right after a row, in one sort order. Opaque
/// to clients (hex of a small JSON document).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PageCursor {
    pub sort: SortField,
    pub ascending: bool,
    /// The row's value of the sort column.
    pub key: CursorKey,
    pub id: ms_core::EvaluationId,
}

/// A sort column's value: a time (received, visit) or a score.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum CursorKey {
    Time(DateTime<Utc>),
    Score(f64),
}

impl PageCursor {
    /// Where the page after this row starts, in the filter's order.
    pub fn after(row: &EvaluationSummary, sort: SortField, ascending: bool) -> Self {
        let key = match sort {
            SortField::Received => CursorKey::Time(row.received_at),
            SortField::Visit => CursorKey::Time(row.visit_at),
            // As `filter::sort_key` orders them: unscored below every score.
            SortField::Score => CursorKey::Score(row.score_percent.unwrap_or(-1.0)),
        };
        Self { sort, ascending, key, id: row.id }
    }

    pub fn encode(&self) -> String {
        hex::encode(serde_json::to_vec(self).unwrap_or_default())
    }

    /// None for anything this server did not give, or a key that does not fit its sort.
    pub fn decode(text: &str) -> Option<Self> {
        let cursor: Self = serde_json::from_slice(&hex::decode(text).ok()?).ok()?;
        let fits = matches!(
            (cursor.sort, &cursor.key),
            (SortField::Received | SortField::Visit, CursorKey::Time(_)) | (SortField::Score, CursorKey::Score(_))
        );
        fits.then_some(cursor)
    }
}

/// A page of the inbox from up to `limit + 1` rows read in the filter's
/// order: the extra row, when there is one, says that a next page exists.
pub(crate) fn page(mut rows: Vec<EvaluationSummary>, total: u64, filter: &EvaluationFilter) -> EvaluationPage {
    let limit = filter.limit as usize;
    let next_cursor = if rows.len() > limit {
        rows.truncate(limit);
        rows.last().map(|last| PageCursor::after(last, filter.sort, filter.ascending).encode())
    } else {
        None
    };
    EvaluationPage { items: rows, total, next_cursor }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_reads_back_as_written_and_refuses_a_key_of_another_sort() {
        let id = ms_core::EvaluationId(uuid::Uuid::new_v4());
        let at = DateTime::parse_from_rfc3339("2026-03-04T05:06:07.123456Z").expect("time").with_timezone(&Utc);
        let by_time = PageCursor { sort: SortField::Visit, ascending: true, key: CursorKey::Time(at), id };
        assert_eq!(PageCursor::decode(&by_time.encode()), Some(by_time.clone()));
        let by_score = PageCursor { sort: SortField::Score, ascending: false, key: CursorKey::Score(-1.0), id };
        assert_eq!(PageCursor::decode(&by_score.encode()), Some(by_score));
        let mismatched = PageCursor { sort: SortField::Score, ..by_time };
        assert_eq!(PageCursor::decode(&mismatched.encode()), None);
        assert_eq!(PageCursor::decode("zz"), None);
    }
}
