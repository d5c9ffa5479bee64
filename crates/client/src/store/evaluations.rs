//! Evaluations on the device: drafts autosaved one small transaction per change,
//! then completed (validated and frozen) and queued for upload.

use super::photos::photo_info;
use super::{from_millis, from_text, now_millis, to_text, Store};
use crate::error::{Error, Result};
use chrono::{DateTime, Utc};
use ms_core::planning::api::AssignmentLink;
use ms_core::planning::AssignmentId;
use ms_core::{
    engine, Answer, AnswerValue, CheckIn, ChecklistTemplate, Evaluation, EvaluationId, PhotoId, Role, TemplateRef,
};
use rusqlite::{params, Connection, OptionalExtension, ToSql};
use std::collections::BTreeMap;
use std::fmt;

/// Where an evaluation is in its life on the device.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LocalState {
    /// Being filled in; every change is saved at once.
    Draft,
    /// Validated and frozen; on its way into the outbox.
    Completed,
    /// Frozen and waiting in the outbox (or being uploaded).
    Queued,
    /// The server has it.
    Uploaded,
}

impl LocalState {
    pub fn as_str(self) -> &'static str {
        match self {
            LocalState::Draft => "draft",
            LocalState::Completed => "completed",
            LocalState::Queued => "queued",
            LocalState::Uploaded => "uploaded",
        }
    }

    fn parse(s: &str) -> Result<Self> {
        match s {
            "draft" => Ok(LocalState::Draft),
            "completed" => Ok(LocalState::Completed),
            "queued" => Ok(LocalState::Queued),
            "uploaded" => Ok(LocalState::Uploaded),
            other => Err(Error::Corrupt(format!("unknown evaluation state '{other}'"))),
        }
    }

    /// Only drafts can change; anything completed is frozen.
    pub fn is_editable(self) -> bool {
        self == LocalState::Draft
    }
}

impl fmt::Display for LocalState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a new draft starts from.
#[derive(Debug, Clone, PartialEq)]
pub struct NewDraft {
    pub template: TemplateRef,
    pub centre_id: String,
    pub service_id: Option<String>,
    pub role: Role,
    pub locale: String,
    pub device_id: String,
    pub app_version: String,
    /// The planned visit it is made for, if any: its body carries it to the server.
    pub assignment_id: Option<AssignmentId>,
}

/// One line of the device's list of evaluations.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalSummary {
    pub id: EvaluationId,
    pub template: TemplateRef,
    pub centre_id: String,
    pub role: Role,
    pub state: LocalState,
    pub current_stage: Option<String>,
    /// Items with a value or at least one photo.
    pub answered: u32,
    pub revision: u32,
    /// Why a supervisor returned it, while it is being revised.
    pub review_comment: Option<String>,
    /// The planned visit it is made for, if any.
    pub assignment_id: Option<AssignmentId>,
    /// How its last upload was linked to that visit, as the receipt said.
    pub assignment_link: Option<AssignmentLink>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Evaluation-level photos are kept under this item id.
const WHOLE_VISIT: &str = "";

impl Store {
    /// Starts a draft (revision 1) and returns its id.
    pub fn new_draft(&mut self, draft: &NewDraft) -> Result<EvaluationId> {
        let id = EvaluationId::new();
        let now = now_millis();
        self.conn
            .prepare_cached(
                "INSERT INTO evaluations (id, revision, template_id, template_version, centre_id, service_id,
                 role, locale, device_id, app_version, state, created_at, updated_at, assignment_id)
                 VALUES (?1, 1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'draft', ?10, ?10, ?11)",
            )?
            .execute(params![
                id.to_string(),
                draft.template.id,
                draft.template.version,
                draft.centre_id,
                draft.service_id,
                draft.role.as_str(),
                draft.locale,
                draft.device_id,
                draft.app_version,
                now,
                draft.assignment_id.map(|a| a.to_string()),
            ])?;
        Ok(id)
    }

    /// Sets (`Some`) or clears (`None`) the value of one answer.
    pub fn set_answer_value(&mut self, id: EvaluationId, item_id: &str, value: Option<&AnswerValue>) -> Result<()> {
        let json = value.map(serde_json::to_string).transpose().map_err(|e| Error::Corrupt(e.to_string()))?;
        self.edit(id, |conn| {
            conn.prepare_cached(
                "INSERT INTO answers (evaluation_id, item_id, value) VALUES (?1, ?2, ?3)
                 ON CONFLICT (evaluation_id, item_id) DO UPDATE SET value = excluded.value",
            )?
            .execute(params![id.to_string(), item_id, json])?;
            drop_empty_answer(conn, id, item_id)
        })
    }

    /// Sets (`Some`) or clears (`None`) the comment on one answer.
    pub fn set_answer_comment(&mut self, id: EvaluationId, item_id: &str, comment: Option<&str>) -> Result<()> {
        self.edit(id, |conn| {
            conn.prepare_cached(
                "INSERT INTO answers (evaluation_id, item_id, comment) VALUES (?1, ?2, ?3)
                 ON CONFLICT (evaluation_id, item_id) DO UPDATE SET comment = excluded.comment",
            )?
            .execute(params![id.to_string(), item_id, comment])?;
            drop_empty_answer(conn, id, item_id)
        })
    }

    /// Appends a stored photo to one answer (no-op when it is already there).
    pub fn add_answer_photo(&mut self, id: EvaluationId, item_id: &str, photo: &PhotoId) -> Result<()> {
        self.edit(id, |conn| append_photo(conn, id, item_id, photo))
    }

    pub fn remove_answer_photo(&mut self, id: EvaluationId, item_id: &str, photo: &PhotoId) -> Result<()> {
        self.edit(id, |conn| remove_photo(conn, id, item_id, photo))
    }

    /// Removes one answer entirely: value, comment and photos.
    pub fn clear_answer(&mut self, id: EvaluationId, item_id: &str) -> Result<()> {
        self.edit(id, |conn| {
            conn.prepare_cached("DELETE FROM answers WHERE evaluation_id = ?1 AND item_id = ?2")?
                .execute(params![id.to_string(), item_id])?;
            conn.prepare_cached("DELETE FROM evaluation_photos WHERE evaluation_id = ?1 AND item_id = ?2")?
                .execute(params![id.to_string(), item_id])?;
            Ok(())
        })
    }

    pub fn add_evaluation_photo(&mut self, id: EvaluationId, photo: &PhotoId) -> Result<()> {
        self.edit(id, |conn| append_photo(conn, id, WHOLE_VISIT, photo))
    }

    pub fn remove_evaluation_photo(&mut self, id: EvaluationId, photo: &PhotoId) -> Result<()> {
        self.edit(id, |conn| remove_photo(conn, id, WHOLE_VISIT, photo))
    }

    pub fn set_check_in(&mut self, id: EvaluationId, check_in: Option<&CheckIn>) -> Result<()> {
        let json = check_in.map(serde_json::to_string).transpose().map_err(|e| Error::Corrupt(e.to_string()))?;
        self.set_column(id, Column::CheckIn, &json)
    }

    pub fn set_visit_started(&mut self, id: EvaluationId, at: Option<DateTime<Utc>>) -> Result<()> {
        self.set_column(id, Column::VisitStarted, &at.map(to_text))
    }

    pub fn set_visit_ended(&mut self, id: EvaluationId, at: Option<DateTime<Utc>>) -> Result<()> {
        self.set_column(id, Column::VisitEnded, &at.map(to_text))
    }

    /// The overall comment on the visit.
    pub fn set_comment(&mut self, id: EvaluationId, comment: Option<&str>) -> Result<()> {
        self.set_column(id, Column::Comment, &comment)
    }

    /// The employee's name or desk number.
    pub fn set_employee(&mut self, id: EvaluationId, employee: Option<&str>) -> Result<()> {
        self.set_column(id, Column::Employee, &employee)
    }

    /// The counter or touchpoint the rating is made at (`core::counter`).
    pub fn set_counter(&mut self, id: EvaluationId, counter: Option<&str>) -> Result<()> {
        self.set_column(id, Column::Counter, &counter)
    }

    /// The stage the visitor was on, to resume there.
    pub fn set_current_stage(&mut self, id: EvaluationId, stage_id: Option<&str>) -> Result<()> {
        self.set_column(id, Column::CurrentStage, &stage_id)
    }

    pub fn current_stage(&self, id: EvaluationId) -> Result<Option<String>> {
        let mut stmt = self.conn.prepare_cached("SELECT current_stage FROM evaluations WHERE id = ?1")?;
        stmt.query_row([id.to_string()], |row| row.get(0)).optional()?.ok_or(Error::NotFound(id))
    }

    pub fn state(&self, id: EvaluationId) -> Result<LocalState> {
        state_of(&self.conn, id)?.ok_or(Error::NotFound(id))
    }

    /// The evaluation as it stands, exactly as it will be (or was) sent.
    pub fn load(&self, id: EvaluationId) -> Result<Evaluation> {
        load(&self.conn, id)
    }

    /// Share of the visible required items answered, for a progress bar.
    pub fn progress(&self, id: EvaluationId, template: &ChecklistTemplate) -> Result<f64> {
        Ok(engine::progress(template, &self.load(id)?.answers))
    }

    /// Every evaluation on the device, most recently changed first.
    pub fn list(&self) -> Result<Vec<LocalSummary>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.id, e.template_id, e.template_version, e.centre_id, e.role, e.state, e.current_stage,
                    e.created_at, e.updated_at,
                    (SELECT count(*) FROM (
                        SELECT item_id FROM answers WHERE evaluation_id = e.id AND value IS NOT NULL
                        UNION SELECT item_id FROM evaluation_photos WHERE evaluation_id = e.id AND item_id <> '')),
                    e.revision, e.review_comment, e.assignment_id, e.assignment_link
             FROM evaluations e ORDER BY e.updated_at DESC, e.id",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok((
                row.get::<_, String>(0)?,
                TemplateRef { id: row.get(1)?, version: row.get(2)? },
                row.get::<_, String>(3)?,
                row.get::<_, String>(4)?,
                row.get::<_, String>(5)?,
                row.get::<_, Option<String>>(6)?,
                row.get::<_, i64>(7)?,
                row.get::<_, i64>(8)?,
                row.get::<_, u32>(9)?,
                (row.get::<_, u32>(10)?, row.get::<_, Option<String>>(11)?),
                (row.get::<_, Option<String>>(12)?, row.get::<_, Option<String>>(13)?),
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (
                id,
                template,
                centre_id,
                role,
                state,
                current_stage,
                created,
                updated,
                answered,
                (revision, comment),
                (assignment, link),
            ) = row?;
            out.push(LocalSummary {
                id: parse_id(&id)?,
                template,
                centre_id,
                role: parse_role(&role)?,
                state: LocalState::parse(&state)?,
                current_stage,
                answered,
                revision,
                review_comment: comment,
                assignment_id: assignment.as_deref().map(parse_assignment_id).transpose()?,
                assignment_link: link.as_deref().map(parse_link).transpose()?,
                created_at: from_millis(created)?,
                updated_at: from_millis(updated)?,
            });
        }
        Ok(out)
    }

    /// A supervisor returned this evaluation (uploaded as `returned_revision`):
    /// it becomes a draft again as the next revision, with all it had, and the
    /// supervisor's reason kept beside it. False when there is nothing to
    /// reopen (another device's evaluation, or one already reopened).
    pub fn reopen_returned(&mut self, id: EvaluationId, returned_revision: u32, reason: Option<&str>) -> Result<bool> {
        let tx = self.conn.transaction()?;
        let reopened = tx
            .prepare_cached(
                "UPDATE evaluations SET revision = revision + 1, state = 'draft', body = NULL, review_comment = ?3,
                   updated_at = ?4
                 WHERE id = ?1 AND revision = ?2 AND state = 'uploaded'",
            )?
            .execute(params![id.to_string(), returned_revision, reason, now_millis()])?;
        if reopened == 1 {
            tx.prepare_cached("DELETE FROM outbox WHERE evaluation_id = ?1")?.execute([id.to_string()])?;
        }
        tx.commit()?;
        Ok(reopened == 1)
    }

    /// Why a supervisor returned this evaluation, while it is being revised.
    pub fn review_comment(&self, id: EvaluationId) -> Result<Option<String>> {
        let mut stmt = self.conn.prepare_cached("SELECT review_comment FROM evaluations WHERE id = ?1")?;
        stmt.query_row([id.to_string()], |r| r.get(0)).optional()?.ok_or(Error::NotFound(id))
    }

    /// Keeps how the server linked the upload of `id` to its planned visit
    /// (the receipt's `assignment`; None when it said nothing), whatever
    /// state the evaluation is in.
    pub fn set_assignment_link(&mut self, id: EvaluationId, link: Option<&AssignmentLink>) -> Result<()> {
        let json = link.map(serde_json::to_string).transpose().map_err(|e| Error::Corrupt(e.to_string()))?;
        let changed = self
            .conn
            .prepare_cached("UPDATE evaluations SET assignment_link = ?2 WHERE id = ?1")?
            .execute(params![id.to_string(), json])?;
        if changed == 1 {
            Ok(())
        } else {
            Err(Error::NotFound(id))
        }
    }

    /// How the server linked the last upload of `id` to its planned visit, if it said.
    pub fn assignment_link(&self, id: EvaluationId) -> Result<Option<AssignmentLink>> {
        let mut stmt = self.conn.prepare_cached("SELECT assignment_link FROM evaluations WHERE id = ?1")?;
        let json: Option<String> =
            stmt.query_row([id.to_string()], |r| r.get(0)).optional()?.ok_or(Error::NotFound(id))?;
        json.as_deref().map(parse_link).transpose()
    }

    /// Deletes a draft with its answers, and the photo files no other evaluation uses.
    pub fn delete_draft(&mut self, id: EvaluationId) -> Result<()> {
        let tx = self.conn.transaction()?;
        match state_of(&tx, id)? {
            None => return Err(Error::NotFound(id)),
            Some(LocalState::Draft) => {}
            Some(state) => return Err(Error::NotEditable { id, state }),
        }
        let photos = load_photos(&tx, id)?.into_values().flatten().collect::<Vec<_>>();
        tx.prepare_cached("DELETE FROM evaluations WHERE id = ?1")?.execute([id.to_string()])?;
        let gone = Store::forget_unreferenced(&tx, &photos)?;
        tx.commit()?;
        self.remove_photo_files(&gone);
        Ok(())
    }

    /// Checks the draft against its template and, when nothing is missing,
    /// freezes it and queues it for upload. Refuses with the first missing item.
    pub fn complete(&mut self, id: EvaluationId, template: &ChecklistTemplate) -> Result<Evaluation> {
        let tx = self.conn.transaction()?;
        match state_of(&tx, id)? {
            None => return Err(Error::NotFound(id)),
            Some(LocalState::Draft) => {}
            Some(state) => return Err(Error::NotEditable { id, state }),
        }
        let evaluation = load(&tx, id)?;
        if let Some(first) = engine::missing(template, &evaluation.answers).into_iter().next() {
            return Err(Error::Incomplete(first));
        }
        engine::validate(template, &evaluation).map_err(Error::Invalid)?;
        let now = now_millis();
        // The body is fixed here, so every upload attempt sends the same bytes.
        tx.prepare_cached("UPDATE evaluations SET state = 'completed', body = ?2, updated_at = ?3 WHERE id = ?1")?
            .execute(params![id.to_string(), evaluation.canonical_json(), now])?;
        Store::enqueue(&tx, id, now)?;
        tx.commit()?;
        Ok(evaluation)
    }

    /// The frozen JSON body of a completed evaluation: what is uploaded, byte for byte.
    pub fn frozen_body(&self, id: EvaluationId) -> Result<String> {
        let mut stmt = self.conn.prepare_cached("SELECT body FROM evaluations WHERE id = ?1")?;
        let body: Option<Option<String>> = stmt.query_row([id.to_string()], |row| row.get(0)).optional()?;
        match body {
            None => Err(Error::NotFound(id)),
            Some(None) => Err(Error::NotQueued(id)),
            Some(Some(body)) => Ok(body),
        }
    }

    /// Runs one change to a draft in its own transaction, after marking the
    /// draft as changed now; refuses anything that is no longer a draft.
    pub(super) fn edit(&mut self, id: EvaluationId, change: impl FnOnce(&Connection) -> Result<()>) -> Result<()> {
        let tx = self.conn.transaction()?;
        touch_draft(&tx, id)?;
        change(&tx)?;
        tx.commit()?;
        Ok(())
    }

    /// One column of a draft, in a single statement (its own transaction).
    fn set_column(&mut self, id: EvaluationId, column: Column, value: &dyn ToSql) -> Result<()> {
        let sql =
            format!("UPDATE evaluations SET {} = ?2, updated_at = ?3 WHERE id = ?1 AND state = 'draft'", column.name());
        let changed = self.conn.prepare_cached(&sql)?.execute(params![id.to_string(), value, now_millis()])?;
        if changed == 1 {
            Ok(())
        } else {
            Err(not_editable(&self.conn, id))
        }
    }
}

/// The columns a draft's simple setters may write; the names never come from outside.
#[derive(Clone, Copy)]
enum Column {
    CheckIn,
    VisitStarted,
    VisitEnded,
    Comment,
    Employee,
    Counter,
    CurrentStage,
}

impl Column {
    fn name(self) -> &'static str {
        match self {
            Column::CheckIn => "check_in",
            Column::VisitStarted => "visit_started_at",
            Column::VisitEnded => "visit_ended_at",
            Column::Comment => "comment",
            Column::Employee => "employee",
            Column::Counter => "counter",
            Column::CurrentStage => "current_stage",
        }
    }
}

fn touch_draft(conn: &Connection, id: EvaluationId) -> Result<()> {
    let changed = conn
        .prepare_cached("UPDATE evaluations SET updated_at = ?2 WHERE id = ?1 AND state = 'draft'")?
        .execute(params![id.to_string(), now_millis()])?;
    if changed == 1 {
        Ok(())
    } else {
        Err(not_editable(conn, id))
    }
}

/// Why a change to `id` was refused: it is not there, or it is no longer a draft.
fn not_editable(conn: &Connection, id: EvaluationId) -> Error {
    match state_of(conn, id) {
        Ok(None) => Error::NotFound(id),
        Ok(Some(state)) => Error::NotEditable { id, state },
        Err(e) => e,
    }
}

pub(super) fn state_of(conn: &Connection, id: EvaluationId) -> Result<Option<LocalState>> {
    let mut stmt = conn.prepare_cached("SELECT state FROM evaluations WHERE id = ?1")?;
    let state: Option<String> = stmt.query_row([id.to_string()], |row| row.get(0)).optional()?;
    state.map(|s| LocalState::parse(&s)).transpose()
}

pub(super) fn set_state(conn: &Connection, id: EvaluationId, state: LocalState) -> Result<()> {
    conn.prepare_cached("UPDATE evaluations SET state = ?2, updated_at = ?3 WHERE id = ?1")?.execute(params![
        id.to_string(),
        state.as_str(),
        now_millis()
    ])?;
    Ok(())
}

fn drop_empty_answer(conn: &Connection, id: EvaluationId, item_id: &str) -> Result<()> {
    conn.prepare_cached(
        "DELETE FROM answers WHERE evaluation_id = ?1 AND item_id = ?2 AND value IS NULL AND comment IS NULL",
    )?
    .execute(params![id.to_string(), item_id])?;
    Ok(())
}

fn require_photo(conn: &Connection, photo: &PhotoId) -> Result<()> {
    match photo_info(conn, photo)? {
        Some(_) => Ok(()),
        None => Err(Error::PhotoNotFound(photo.clone())),
    }
}

fn append_photo(conn: &Connection, id: EvaluationId, item_id: &str, photo: &PhotoId) -> Result<()> {
    require_photo(conn, photo)?;
    let (present, last): (bool, i64) = conn
        .prepare_cached(
            "SELECT coalesce(max(photo = ?3), 0), coalesce(max(position), 0) FROM evaluation_photos
             WHERE evaluation_id = ?1 AND item_id = ?2",
        )?
        .query_row(params![id.to_string(), item_id, photo.as_str()], |row| Ok((row.get(0)?, row.get(1)?)))?;
    if !present {
        conn.prepare_cached(
            "INSERT INTO evaluation_photos (evaluation_id, item_id, position, photo) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![id.to_string(), item_id, last + 1, photo.as_str()])?;
    }
    Ok(())
}

fn remove_photo(conn: &Connection, id: EvaluationId, item_id: &str, photo: &PhotoId) -> Result<()> {
    conn.prepare_cached("DELETE FROM evaluation_photos WHERE evaluation_id = ?1 AND item_id = ?2 AND photo = ?3")?
        .execute(params![id.to_string(), item_id, photo.as_str()])?;
    Ok(())
}

/// Photos of an evaluation by item id ('' for the visit as a whole), in order.
fn load_photos(conn: &Connection, id: EvaluationId) -> Result<BTreeMap<String, Vec<PhotoId>>> {
    let mut stmt = conn.prepare_cached(
        "SELECT item_id, photo FROM evaluation_photos WHERE evaluation_id = ?1 ORDER BY item_id, position",
    )?;
    let rows = stmt.query_map([id.to_string()], |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)))?;
    let mut out: BTreeMap<String, Vec<PhotoId>> = BTreeMap::new();
    for row in rows {
        let (item, photo) = row?;
        let photo = PhotoId::parse(&photo).map_err(|e| Error::Corrupt(e.to_string()))?;
        out.entry(item).or_default().push(photo);
    }
    Ok(out)
}

pub(super) fn load(conn: &Connection, id: EvaluationId) -> Result<Evaluation> {
    struct Row {
        revision: u32,
        template: TemplateRef,
        centre_id: String,
        service_id: Option<String>,
        role: String,
        locale: String,
        visit_started_at: Option<String>,
        visit_ended_at: Option<String>,
        check_in: Option<String>,
        comment: Option<String>,
        employee: Option<String>,
        device_id: String,
        app_version: String,
        assignment_id: Option<String>,
        counter: Option<String>,
    }
    let mut stmt = conn.prepare_cached(
        "SELECT revision, template_id, template_version, centre_id, service_id, role, locale, visit_started_at,
                visit_ended_at, check_in, comment, employee, device_id, app_version, assignment_id, counter
         FROM evaluations WHERE id = ?1",
    )?;
    let row = stmt
        .query_row([id.to_string()], |r| {
            Ok(Row {
                revision: r.get(0)?,
                template: TemplateRef { id: r.get(1)?, version: r.get(2)? },
                centre_id: r.get(3)?,
                service_id: r.get(4)?,
                role: r.get(5)?,
                locale: r.get(6)?,
                visit_started_at: r.get(7)?,
                visit_ended_at: r.get(8)?,
                check_in: r.get(9)?,
                comment: r.get(10)?,
                employee: r.get(11)?,
                device_id: r.get(12)?,
                app_version: r.get(13)?,
                assignment_id: r.get(14)?,
                counter: r.get(15)?,
            })
        })
        .optional()?
        .ok_or(Error::NotFound(id))?;

    let mut answers: BTreeMap<String, Answer> = BTreeMap::new();
    let mut stmt = conn.prepare_cached("SELECT item_id, value, comment FROM answers WHERE evaluation_id = ?1")?;
    let rows = stmt.query_map([id.to_string()], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?, r.get::<_, Option<String>>(2)?))
    })?;
    for row in rows {
        let (item, value, comment) = row?;
        let value = value
            .map(|v| serde_json::from_str::<AnswerValue>(&v))
            .transpose()
            .map_err(|e| Error::Corrupt(format!("answer '{item}': {e}")))?;
        answers.insert(item, Answer { value, comment, photos: Vec::new() });
    }
    let mut photos = load_photos(conn, id)?;
    let visit_photos = photos.remove(WHOLE_VISIT).unwrap_or_default();
    for (item, list) in photos {
        answers.entry(item).or_default().photos = list;
    }
    let check_in = row
        .check_in
        .map(|c| serde_json::from_str::<CheckIn>(&c))
        .transpose()
        .map_err(|e| Error::Corrupt(format!("check-in: {e}")))?;

    Ok(Evaluation {
        id,
        revision: row.revision,
        template: row.template,
        centre_id: row.centre_id,
        service_id: row.service_id,
        role: parse_role(&row.role)?,
        locale: row.locale,
        visit_started_at: row.visit_started_at.as_deref().map(from_text).transpose()?,
        visit_ended_at: row.visit_ended_at.as_deref().map(from_text).transpose()?,
        check_in,
        answers,
        comment: row.comment,
        employee: row.employee,
        counter: row.counter,
        photos: visit_photos,
        device_id: row.device_id,
        app_version: row.app_version,
        assignment_id: row.assignment_id.as_deref().map(parse_assignment_id).transpose()?,
    })
}

pub(super) fn parse_id(s: &str) -> Result<EvaluationId> {
    s.parse().map_err(|e: ms_core::IdError| Error::Corrupt(e.to_string()))
}

fn parse_assignment_id(s: &str) -> Result<AssignmentId> {
    s.parse().map_err(|e: uuid::Error| Error::Corrupt(format!("'{s}' is not an assignment id: {e}")))
}

fn parse_link(json: &str) -> Result<AssignmentLink> {
    serde_json::from_str(json).map_err(|e| Error::Corrupt(format!("the kept link to a planned visit: {e}")))
}

fn parse_role(s: &str) -> Result<Role> {
    Role::parse(s).ok_or_else(|| Error::Corrupt(format!("unknown role '{s}'")))
}
