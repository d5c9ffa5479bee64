//! Group commit: evaluations arriving at once are stored by one writer thread
//! in one transaction, each in a savepoint of its own, and every request is
//! answered only after that transaction committed. A refused or failing
//! evaluation rolls back its savepoint alone. Reads and other writes go
//! through the storage's shared connection: WAL lets it read while this one
//! writes, and SQLite lets one of them write at a time, so a write there waits
//! for this transaction to commit (which takes the lock when it begins), and
//! this one for that write.

use super::evaluations;
use crate::storage::{InsertOutcome, NewEvaluation, StorageError};
use rusqlite::{Connection, TransactionBehavior};
use tokio::sync::{mpsc, oneshot};

/// Evaluations committed together at most.
const MAX_BATCH: usize = 256;
/// Evaluations waiting for the writer at most; more wait to be queued.
const QUEUE: usize = 4096;

type Reply = oneshot::Sender<Result<InsertOutcome, StorageError>>;

enum Job {
    Insert(Box<NewEvaluation>, Reply),
    /// Commit what came before, then stop; answered once stopped.
    Stop(oneshot::Sender<()>),
}

pub struct GroupWriter {
    jobs: mpsc::Sender<Job>,
}

impl GroupWriter {
    /// Starts the writer thread on a connection of its own.
    pub fn start(conn: Connection) -> Result<Self, StorageError> {
        let (jobs, rx) = mpsc::channel(QUEUE);
        std::thread::Builder::new()
            .name("sqlite-writer".into())
            .spawn(move || run(conn, rx))
            .map_err(|e| StorageError::Database { what: "the writer thread".into(), cause: Some(Box::new(e)) })?;
        Ok(Self { jobs })
    }

    /// Stores one evaluation with whatever else arrives at the same time.
    pub async fn insert(&self, new: NewEvaluation) -> Result<InsertOutcome, StorageError> {
        let (reply, answer) = oneshot::channel();
        self.jobs
            .send(Job::Insert(Box::new(new), reply))
            .await
            .map_err(|_| StorageError::database("the writer has stopped"))?;
        answer.await.map_err(|_| StorageError::database("the writer stopped before answering"))?
    }

    /// Commits every evaluation queued before this call, then stops the
    /// thread (and closes its connection); later inserts are refused.
    pub async fn stop(&self) {
        let (done, stopped) = oneshot::channel();
        if self.jobs.send(Job::Stop(done)).await.is_ok() {
            let _ = stopped.await;
        }
    }
}

fn run(mut conn: Connection, mut rx: mpsc::Receiver<Job>) {
    let mut stopping = None;
    while let Some(first) = rx.blocking_recv() {
        let mut batch = Vec::new();
        let mut next = Some(first);
        while let Some(job) = next.take() {
            match job {
                Job::Insert(new, reply) => batch.push((*new, reply)),
                Job::Stop(done) => {
                    stopping = Some(done);
                    break;
                }
            }
            if batch.len() < MAX_BATCH {
                next = rx.try_recv().ok();
            }
        }
        let news: Vec<&NewEvaluation> = batch.iter().map(|(n, _)| n).collect();
        let outcomes = if news.is_empty() { Vec::new() } else { commit(&mut conn, &news) };
        for ((_, reply), outcome) in batch.into_iter().zip(outcomes) {
            // The request may have gone away meanwhile; what was stored stays stored.
            let _ = reply.send(outcome);
        }
        if let Some(done) = stopping.take() {
            rx.close();
            drop(conn);
            let _ = done.send(());
            return;
        }
    }
}

/// One transaction for the batch, a savepoint per evaluation.
fn commit(conn: &mut Connection, news: &[&NewEvaluation]) -> Vec<Result<InsertOutcome, StorageError>> {
    let all_failed = |e: &rusqlite::Error| {
        news.iter()
            .map(|_| Err(StorageError::Database { what: format!("the batch's commit: {e}"), cause: None }))
            .collect()
    };
    let mut tx = match conn.transaction_with_behavior(TransactionBehavior::Immediate) {
        Ok(tx) => tx,
        Err(e) => return all_failed(&e),
    };
    let mut outcomes = Vec::with_capacity(news.len());
    for new in news {
        let outcome = match tx.savepoint() {
            Ok(mut sp) => match evaluations::insert_in(&sp, new) {
                Ok(o) => sp.commit().map(|()| o).map_err(StorageError::from),
                Err(e) => {
                    let _ = sp.rollback();
                    Err(e)
                }
            },
            Err(e) => Err(e.into()),
        };
        outcomes.push(outcome);
    }
    match tx.commit() {
        Ok(()) => outcomes,
        Err(e) => all_failed(&e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::sqlite::{catalogue, schema};
    use ms_core::builtin::citizen_quick_rating;
    use ms_core::{Evaluation, EvaluationId, Role};

    fn new(id: EvaluationId, centre: &str, comment: &str) -> NewEvaluation {
        let t = citizen_quick_rating();
        let evaluation = Evaluation {
            id,
            revision: 1,
            template: t.reference(),
            centre_id: centre.into(),
            service_id: None,
            role: Role::Citizen,
            locale: "en".into(),
            visit_started_at: None,
            visit_ended_at: None,
            check_in: None,
            answers: Default::default(),
            comment: Some(comment.into()),
            employee: None,
            counter: None,
            photos: vec![],
            device_id: "d".into(),
            app_version: "t".into(),
            assignment_id: None,
        };
        let canonical_json = evaluation.canonical_json();
        NewEvaluation {
            body_sha256: format!("{:x}", canonical_json.len() + comment.len()),
            canonical_json,
            evaluation,
            score_percent: None,
            stage_scores: vec![],
            facts: vec![],
            clock_offset_s: None,
            received_at: chrono::Utc::now(),
            submitted_by: None,
            submitter: None,
        }
    }

    #[test]
    fn one_batch_decides_copies_conflicts_and_refusals_each_on_its_own() {
        let mut conn = Connection::open_in_memory().expect("db");
        schema::migrate(&mut conn).expect("schema");
        catalogue::upsert(&mut conn, &crate::demo::catalogue().expect("demo"), None).expect("catalogue");
        let id = EvaluationId::new();
        let (first, copy, other, nowhere) = (
            new(id, "cd-deira", "a"),
            new(id, "cd-deira", "a"),
            new(id, "cd-deira", "bb"),
            new(EvaluationId::new(), "nowhere", "a"),
        );
        let outcomes = commit(&mut conn, &[&first, &copy, &other, &nowhere]);
        let kinds: Vec<&str> = outcomes
            .iter()
            .map(|o| match o {
                Ok(InsertOutcome::Created(_)) => "created",
                Ok(InsertOutcome::Identical(_)) => "identical",
                Ok(InsertOutcome::Conflict) => "conflict",
                Ok(InsertOutcome::UnknownCentre) => "unknown centre",
                _ => "other",
            })
            .collect();
        assert_eq!(kinds, ["created", "identical", "conflict", "unknown centre"]);
        let stored: i64 = conn.query_row("SELECT COUNT(*) FROM evaluations", [], |r| r.get(0)).expect("count");
        assert_eq!(stored, 1);
    }

    #[tokio::test]
    async fn stopping_commits_what_was_queued_first_and_refuses_what_comes_after() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("s.sqlite3");
        let mut conn = Connection::open(&path).expect("db");
        schema::migrate(&mut conn).expect("schema");
        catalogue::upsert(&mut conn, &crate::demo::catalogue().expect("demo"), None).expect("catalogue");
        let writer = GroupWriter::start(Connection::open(&path).expect("writer's connection")).expect("writer");
        let mut answers = Vec::new();
        for i in 0..20 {
            let (reply, answer) = oneshot::channel();
            let job = Job::Insert(Box::new(new(EvaluationId::new(), "cd-deira", &i.to_string())), reply);
            writer.jobs.send(job).await.expect("queued");
            answers.push(answer);
        }
        writer.stop().await;
        for answer in answers {
            assert!(matches!(answer.await.expect("answered"), Ok(InsertOutcome::Created(_))));
        }
        let late = writer.insert(new(EvaluationId::new(), "cd-deira", "late")).await;
        assert!(matches!(late, Err(StorageError::Database { .. })), "{late:?}");
        let stored: i64 = conn.query_row("SELECT COUNT(*) FROM evaluations", [], |r| r.get(0)).expect("count");
        assert_eq!(stored, 20);
    }
}
