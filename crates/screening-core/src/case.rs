//! The case: one member's path through the procedure, as the facts that happened.
//!
//! The state is never stored in the file; it is what replaying the events gives.
//! [`Case::apply`] checks an event against the transition table and the rules,
//! and either records it or refuses it, leaving the case exactly as it was.

use crate::authority::{Body, Branch, Member, MemberStatus};
use crate::ballot::{BallotDecision, Outcome};
use crate::code::ErrorCode;
use crate::decide::decide;
use crate::error::Refusal;
use crate::event::{Event, EventType};
use crate::file::{CaseFile, FileRef, FormatError};
use crate::lang::{Bilingual, Lang};
use crate::period::{Date, screening_from};
use crate::rule::RuleId;
use crate::state::{State, StateName};
use crate::table;

/// What applying one event decided: the new state, the rules, the numbers.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Record {
    /// The event's 0-based index in the case.
    pub index: usize,
    /// The event's type.
    pub event: EventType,
    /// Its date.
    pub date: Date,
    /// Who recorded it.
    pub by: Body,
    /// The state before it.
    pub before: StateName,
    /// The state after it.
    pub after: StateName,
    /// The cycle after it.
    pub cycle: u32,
    /// The rule IDs applied.
    pub rules: &'static [RuleId],
    /// The ballot decision, for `listing_voted` and `screening_voted`.
    pub ballot: Option<BallotDecision>,
    /// The earliest screening date, when the event starts a monitoring cycle (D2).
    pub screening_from: Option<Date>,
}

impl Record {
    /// For a screening meeting that decided continued education, the earliest date of
    /// the next screening: 12 months counted from the meeting, whatever the date of
    /// the superior's later approval. `None` for every other event.
    ///
    /// Rules S3.4, I3, D2.
    pub fn rescreening_from(&self) -> Option<Date> {
        match &self.ballot {
            Some(b) if b.outcome == Outcome::ContinueEducation => Some(screening_from(self.date)),
            _ => None,
        }
    }
}

/// One member's case: the facts recorded so far and the state they lead to.
///
/// ```
/// use screening_core::*;
/// let member = Member { id: Id::new("DV-0042").unwrap(), status: MemberStatus::Official };
/// let branch = Branch::new(Id::new("CB-07").unwrap(), BranchKind::Grassroots, true);
/// let mut case = Case::new(member, branch);
/// let date = "2025-01-10".parse().unwrap();
///
/// // Only the committee may flag (A1): the branch's attempt is refused, nothing changes.
/// let wrong = Event::new(date, Body::Branch, Action::Flagged { criteria: vec![Criterion::Degradation] });
/// assert_eq!(case.apply(wrong).unwrap_err().code(), ErrorCode::WrongBody);
/// assert_eq!(case.version(), 0);
///
/// let flagged = Event::new(date, Body::BranchCommittee, Action::Flagged { criteria: vec![Criterion::Degradation] });
/// case.apply(flagged).unwrap();
/// assert_eq!(case.state().name(), StateName::Flagged);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Case {
    member: Member,
    branch: Branch,
    events: Vec<Event>,
    state: State,
    history: Vec<Record>,
}

/// A refused event and what is given back: the case exactly as it was before it
/// (`C` is [`Case`], or a typed case of [`crate::typed`]), why, and the events not
/// applied, so that nothing is lost.
///
/// [`Case::replay`] gives one for the first event of a file the rules refuse; a
/// typed method gives one for its own event.
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
#[error("event {at} refused ({}): {refusal}", refusal.code())]
pub struct Refused<C = Case> {
    /// The refused event's 0-based index.
    pub at: usize,
    /// Why.
    pub refusal: Refusal,
    /// The case with the events before `at` applied, exactly as it was.
    pub case: C,
    /// The events from `at` on, not applied.
    pub unapplied: Vec<Event>,
}

impl AsRef<Case> for Case {
    fn as_ref(&self) -> &Case {
        self
    }
}

impl<C: AsRef<Case>> Refused<C> {
    /// The state the case stays in.
    pub fn state(&self) -> StateName {
        self.case.as_ref().state.name()
    }

    /// The detailed message in `lang`: the refused event's number (counted
    /// from 1, as a person counts) and date, then why, with the bodies named as the
    /// branch names them.
    ///
    /// ```
    /// let text = r#"{"format": "screening-case/1",
    ///   "member": {"id": "DV-0042", "status": "official"},
    ///   "branch": {"id": "CB-07", "kind": "grassroots", "has_committee": false},
    ///   "events": [{"type": "flagged", "date": "2024-03-04", "by": "branch_committee",
    ///               "criteria": ["degradation"]}]}"#;
    /// let e = screening_core::Case::from_json(text).unwrap_err();
    /// assert!(e.message(screening_core::Lang::Vi).starts_with(
    ///     "Sự kiện số 1 (ghi nhận ngày 04/3/2024) không được ghi nhận: Sự kiện “Rà soát, phát hiện, dự kiến danh sách” chỉ do Bí thư chi bộ ghi nhận"));
    /// ```
    pub fn message(&self, lang: Lang) -> String {
        let n = self.at.saturating_add(1);
        let date = self.unapplied.first().map(|e| e.date.in_lang(lang));
        let why = self.refusal.message_for(self.case.as_ref().branch(), lang);
        match (lang, date) {
            (Lang::Vi, Some(d)) => {
                format!("Sự kiện số {n} (ghi nhận ngày {d}) không được ghi nhận: {why}")
            }
            (Lang::Vi, None) => format!("Sự kiện số {n} không được ghi nhận: {why}"),
            (Lang::En, Some(d)) => format!("Event {n} (dated {d}) refused: {why}"),
            (Lang::En, None) => format!("Event {n} refused: {why}"),
        }
    }

    /// The detailed message in both languages.
    pub fn messages(&self) -> Bilingual {
        Bilingual::with(|lang| self.message(lang))
    }
}

/// A case file that cannot be replayed: unreadable, or with a refused event.
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
pub enum ReplayError {
    /// The file cannot be read (`malformed`, `unsupported_format`).
    #[error(transparent)]
    Format(#[from] FormatError),
    /// An event is refused.
    #[error(transparent)]
    Refused(Box<Refused>),
}

impl ReplayError {
    /// The stable code.
    pub fn code(&self) -> ErrorCode {
        match self {
            ReplayError::Format(e) => e.code(),
            ReplayError::Refused(r) => r.refusal.code(),
        }
    }

    /// The detailed message in `lang` (see [`Refused::message`]).
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ReplayError::Format(e) => e.message(lang),
            ReplayError::Refused(r) => r.message(lang),
        }
    }

    /// The detailed message in both languages.
    pub fn messages(&self) -> Bilingual {
        Bilingual::with(|lang| self.message(lang))
    }
}

impl Case {
    /// A new case with no events (state `new`).
    pub fn new(member: Member, branch: Branch) -> Case {
        Case {
            member,
            branch,
            events: Vec::new(),
            state: State::New,
            history: Vec::new(),
        }
    }

    /// Replays a case file, stopping at the first refused event.
    pub fn replay(file: CaseFile) -> Result<Case, Box<Refused>> {
        let mut case = Case::new(file.member, file.branch);
        case.events.reserve_exact(file.events.len());
        case.history.reserve_exact(file.events.len());
        let mut events = file.events.into_iter();
        while let Some(event) = events.next() {
            if let Err((refusal, event)) = case.record(event) {
                let at = case.events.len();
                let mut unapplied = vec![event];
                unapplied.extend(events);
                return Err(Box::new(Refused {
                    at,
                    refusal,
                    case,
                    unapplied,
                }));
            }
        }
        Ok(case)
    }

    /// Reads and replays a case file's JSON text.
    pub fn from_json(text: &str) -> Result<Case, ReplayError> {
        let file = CaseFile::from_json(text)?;
        Case::replay(file).map_err(ReplayError::Refused)
    }

    /// Applies one event: records it and returns what it decided, or refuses it
    /// and leaves the case exactly as it was.
    ///
    /// Rules: all of them, through the transition table (A1, A2), D1, D2 and each
    /// event's own; see [`crate::table`].
    pub fn apply(&mut self, event: Event) -> Result<&Record, Refusal> {
        self.record(event).map_err(|(refusal, _)| refusal)?;
        // `record` has just pushed a record, so the history is not empty.
        #[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
        Ok(&self.history[self.history.len() - 1])
    }

    /// Applies `event`, or gives it back with the refusal.
    fn record(&mut self, event: Event) -> Result<(), (Refusal, Event)> {
        let decided = match decide(
            &self.member,
            &self.branch,
            &self.state,
            self.events.last().map(|e| e.date),
            &event,
        ) {
            Ok(decided) => decided,
            Err(refusal) => return Err((refusal, event)),
        };
        let record = Record {
            index: self.events.len(),
            event: event.event_type(),
            date: event.date,
            by: event.by,
            before: self.state.name(),
            after: decided.state.name(),
            cycle: decided.state.cycle(),
            rules: decided.rules,
            ballot: decided.ballot,
            screening_from: if decided.new_cycle {
                decided.state.screening_from()
            } else {
                None
            },
        };
        self.state = decided.state;
        self.events.push(event);
        self.history.push(record);
        Ok(())
    }

    /// Applies one event only if the case is still at `expected_version`
    /// (the number of events applied when the caller read it); otherwise refuses
    /// with `stale_case`, so that two writers cannot lose an event.
    pub fn apply_at(&mut self, expected_version: usize, event: Event) -> Result<&Record, Refusal> {
        if expected_version != self.version() {
            return Err(Refusal::StaleCase {
                expected: expected_version,
                actual: self.version(),
            });
        }
        self.apply(event)
    }

    /// Whether `event` would be accepted now, without applying it.
    pub fn check(&self, event: &Event) -> Result<StateName, Refusal> {
        decide(
            &self.member,
            &self.branch,
            &self.state,
            self.events.last().map(|e| e.date),
            event,
        )
        .map(|d| d.state.name())
    }

    /// The events that may be recorded now, each with the bodies that may record
    /// it and, for `screening_voted`, its earliest date.
    ///
    /// Read from the transition table: `case_closed` in every open state but
    /// `new`; nothing in a closed state.
    pub fn next(&self) -> Vec<NextEvent> {
        table::allowed_in(self.state.name())
            .map(|row| NextEvent {
                event: row.event,
                by: row.bodies(&self.branch),
                from: match row.event {
                    EventType::ScreeningVoted => self.state.screening_from(),
                    _ => None,
                },
            })
            .collect()
    }

    /// The current state.
    pub const fn state(&self) -> &State {
        &self.state
    }

    /// The member.
    pub const fn member(&self) -> &Member {
        &self.member
    }

    /// The branch.
    pub const fn branch(&self) -> &Branch {
        &self.branch
    }

    /// The events applied, in order.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// What each event decided, in order.
    pub fn history(&self) -> &[Record] {
        &self.history
    }

    /// The number of events applied: the version a writer checks with [`Case::apply_at`].
    pub fn version(&self) -> usize {
        self.events.len()
    }

    /// Sets the member's status as the case stands (a member may become official
    /// during the case); I6 reads it when `removal_decided` is applied.
    pub fn set_member_status(&mut self, status: MemberStatus) {
        self.member.status = status;
    }

    /// The case file of this case.
    pub fn to_file(&self) -> CaseFile {
        CaseFile {
            member: self.member.clone(),
            branch: self.branch.clone(),
            events: self.events.clone(),
        }
    }

    /// The case file as JSON.
    pub fn to_json(&self) -> String {
        self.file_ref().to_json()
    }

    /// The case file as indented JSON.
    pub fn to_json_pretty(&self) -> String {
        self.file_ref().to_json_pretty()
    }

    fn file_ref(&self) -> FileRef<'_> {
        FileRef {
            member: &self.member,
            branch: &self.branch,
            events: &self.events,
        }
    }
}

/// An event that may be recorded now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub struct NextEvent {
    /// The event's type.
    #[serde(rename = "type")]
    pub event: EventType,
    /// The bodies that may record it (A1).
    pub by: &'static [Body],
    /// For `screening_voted`: the earliest date (D2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<Date>,
}
