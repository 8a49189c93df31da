//! Case event logs in SQLite, appended safely by concurrent writers.
//!
//! A case is stored as the facts that happened (CASE-FORMAT.md): one row per
//! case (id, member, branch as JSON) and one row per event (case id, `seq`, the
//! event's JSON), with the primary key `(case_id, seq)`. The state is never
//! stored: [`Store::load`] replays the log.
//!
//! Writes use optimistic concurrency. A writer reads the case (its version is
//! the number of events), decides on an event, and appends it expecting that
//! version: [`Case::apply_at`] checks the event in memory, and the row is
//! inserted with `seq` = that version inside a transaction. If another writer
//! appended first, either the in-memory check or the primary key refuses the
//! second write, which is reported as `stale_case`; nothing is lost, and the
//! writer reloads and decides again.
//!
//! ```
//! use screening_example_sqlite::Store;
//! use screening_core::*;
//!
//! let store = Store::open_in_memory().unwrap();
//! let member = Member { id: Id::new("DV-0042").unwrap(), status: MemberStatus::Official };
//! let branch = Branch::new(Id::new("CB-07").unwrap(), BranchKind::Grassroots, true);
//! store.create_case("case-1", &member, &branch).unwrap();
//!
//! let mut case = store.load("case-1").unwrap();
//! let flagged = Event::new("2025-01-10".parse().unwrap(), Body::BranchCommittee,
//!     Action::Flagged { criteria: vec![Criterion::Degradation] });
//! store.append(&mut case, "case-1", flagged.clone()).unwrap();
//! assert_eq!(store.load("case-1").unwrap().state().name(), StateName::Flagged);
//!
//! // A writer still holding version 0 is refused: the event at seq 0 exists.
//! let mut stale = Case::new(member, branch);
//! let err = store.append(&mut stale, "case-1", flagged).unwrap_err();
//! assert_eq!(err.code(), Some(ErrorCode::StaleCase));
//! ```

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use screening_core::{
    Branch, Case, CaseFile, ErrorCode, Event, FormatError, Member, Record, Refusal, ReplayError,
};

/// The schema: cases and their events, one row per event.
pub const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS cases (
    id     TEXT PRIMARY KEY,
    member TEXT NOT NULL,
    branch TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    case_id TEXT    NOT NULL REFERENCES cases(id),
    seq     INTEGER NOT NULL,
    event   TEXT    NOT NULL,
    PRIMARY KEY (case_id, seq)
);
";

/// Why a store operation failed.
#[derive(Debug)]
pub enum StoreError {
    /// The database failed.
    Sql(rusqlite::Error),
    /// No case has this id.
    NotFound(String),
    /// A stored row cannot be read (`malformed`).
    Format(FormatError),
    /// The stored log does not replay (an event is refused).
    Replay(ReplayError),
    /// The event is refused: by the rules, or `stale_case` when another writer
    /// appended since the case was read.
    Refused(Refusal),
}

impl StoreError {
    /// The library's stable code, where there is one.
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            StoreError::Sql(_) | StoreError::NotFound(_) => None,
            StoreError::Format(e) => Some(e.code()),
            StoreError::Replay(e) => Some(e.code()),
            StoreError::Refused(r) => Some(r.code()),
        }
    }
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Sql(e) => write!(f, "database: {e}"),
            StoreError::NotFound(id) => write!(f, "no case `{id}`"),
            StoreError::Format(e) => write!(f, "{e}"),
            StoreError::Replay(e) => write!(f, "{e}"),
            StoreError::Refused(r) => write!(f, "refused ({}): {r}", r.code()),
        }
    }
}

impl std::error::Error for StoreError {}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> StoreError {
        StoreError::Sql(e)
    }
}

/// A connection to a store of case event logs.
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (and creates if needed) the store in the SQLite file at `path`.
    ///
    /// Several `Store`s, in threads or processes, may open the same file: a
    /// writer waiting for another's transaction waits up to 10 s for the lock.
    pub fn open(path: impl AsRef<Path>) -> Result<Store, StoreError> {
        Store::with(Connection::open(path)?)
    }

    /// A store in memory (for examples).
    pub fn open_in_memory() -> Result<Store, StoreError> {
        Store::with(Connection::open_in_memory()?)
    }

    fn with(conn: Connection) -> Result<Store, StoreError> {
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        conn.execute_batch(SCHEMA)?;
        Ok(Store { conn })
    }

    /// Creates a case with no events.
    pub fn create_case(
        &self,
        id: &str,
        member: &Member,
        branch: &Branch,
    ) -> Result<(), StoreError> {
        let json = |v: &dyn erased::Json| v.json();
        self.conn.execute(
            "INSERT INTO cases (id, member, branch) VALUES (?1, ?2, ?3)",
            params![id, json(member), json(branch)],
        )?;
        Ok(())
    }

    /// Loads a case by replaying its stored log.
    pub fn load(&self, id: &str) -> Result<Case, StoreError> {
        load(&self.conn, id)
    }

    /// The stored log of a case, as a case file.
    pub fn file(&self, id: &str) -> Result<CaseFile, StoreError> {
        file(&self.conn, id)
    }

    /// Appends `event` to the case `id`, which the caller read as `case`.
    ///
    /// The event is checked in memory with [`Case::apply_at`] at the version the
    /// caller read, then inserted with `seq` = that version in one transaction.
    /// If another writer appended since, the primary key `(case_id, seq)`
    /// refuses the row and the append is refused with `stale_case`; `case` is
    /// then left as it was (reload it and decide again). On success `case` has
    /// the event applied, exactly as the stored log now replays.
    pub fn append(&self, case: &mut Case, id: &str, event: Event) -> Result<Record, StoreError> {
        let version = case.version();
        let mut next = case.clone();
        let record = next
            .apply_at(version, event.clone())
            .map_err(StoreError::Refused)?
            .clone();
        let tx = rusqlite::Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        insert(&tx, id, version, &event)?;
        tx.commit()?;
        *case = next;
        Ok(record)
    }

    /// Appends `event` to the case `id` if it is still at `expected_version`:
    /// the log is read and replayed inside the write transaction, then as
    /// [`Store::append`]. For a writer that kept only the version it read.
    pub fn append_at(
        &self,
        id: &str,
        expected_version: usize,
        event: Event,
    ) -> Result<Record, StoreError> {
        let tx = rusqlite::Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        let mut case = load(&tx, id)?;
        let record = case
            .apply_at(expected_version, event.clone())
            .map_err(StoreError::Refused)?
            .clone();
        insert(&tx, id, expected_version, &event)?;
        tx.commit()?;
        Ok(record)
    }
}

mod erased {
    /// Something stored as JSON through the library's serde impls.
    pub trait Json {
        fn json(&self) -> String;
    }
    impl<T: serde::Serialize> Json for T {
        fn json(&self) -> String {
            serde_json::to_string(self).unwrap_or_default()
        }
    }
}

/// Inserts the event at `seq` = `version`; the primary key `(case_id, seq)`
/// refuses it if another writer appended first: `stale_case`.
fn insert(conn: &Connection, id: &str, version: usize, event: &Event) -> Result<(), StoreError> {
    let seq = i64::try_from(version).unwrap_or(i64::MAX);
    match conn.execute(
        "INSERT INTO events (case_id, seq, event) VALUES (?1, ?2, ?3)",
        params![id, seq, event.to_json()],
    ) {
        Ok(_) => Ok(()),
        Err(rusqlite::Error::SqliteFailure(e, _))
            if e.code == rusqlite::ErrorCode::ConstraintViolation =>
        {
            Err(StoreError::Refused(Refusal::StaleCase {
                expected: version,
                actual: count(conn, id)?,
            }))
        }
        Err(e) => Err(e.into()),
    }
}

fn count(conn: &Connection, id: &str) -> Result<usize, StoreError> {
    let n: i64 = conn.query_row(
        "SELECT COUNT(*) FROM events WHERE case_id = ?1",
        params![id],
        |r| r.get(0),
    )?;
    Ok(usize::try_from(n).unwrap_or(0))
}

fn file(conn: &Connection, id: &str) -> Result<CaseFile, StoreError> {
    let row: Option<(String, String)> = conn
        .query_row(
            "SELECT member, branch FROM cases WHERE id = ?1",
            params![id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let (member, branch) = row.ok_or_else(|| StoreError::NotFound(id.to_owned()))?;
    let mut stmt = conn.prepare("SELECT event FROM events WHERE case_id = ?1 ORDER BY seq")?;
    let events = stmt
        .query_map(params![id], |r| r.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    // The rows are put together as a case file and read whole, as any file is.
    let text = format!(
        "{{\"format\":\"screening-case/1\",\"member\":{member},\"branch\":{branch},\"events\":[{}]}}",
        events.join(",")
    );
    CaseFile::from_json(&text).map_err(StoreError::Format)
}

fn load(conn: &Connection, id: &str) -> Result<Case, StoreError> {
    let file = file(conn, id)?;
    Case::replay(file).map_err(|r| StoreError::Replay(ReplayError::Refused(r)))
}
