//! What replay reports (CASE-FORMAT.md, "What replay reports").

use std::sync::Arc;

use crate::authority::{Body, Branch, Member};
use crate::ballot::BallotDecision;
use crate::case::{Case, NextEvent, Record, ReplayError};
use crate::error::ErrorCode;
use crate::event::{Action, Event, EventType, Mentor};
use crate::lang::{Bilingual, Lang};
use crate::period::Date;
use crate::rule::RuleId;
use crate::state::{StateName, Step};

/// The report of a case: where it stands, what may happen next, and every
/// decision with its rules and numbers.
///
/// Its JSON is the shape the Python and JavaScript bindings return.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Report {
    /// The member.
    pub member: Member,
    /// The branch.
    pub branch: Branch,
    /// The state.
    pub state: StateName,
    /// The step, 1–4, while open (`null` for `new` and closed states).
    pub step: Option<Step>,
    /// The monitoring cycle (0 before any mentor).
    pub cycle: u32,
    /// The earliest screening date, while `under_monitoring` (else `null`).
    pub screening_from: Option<Date>,
    /// The current mentor, while in a monitoring cycle.
    pub mentor: Option<Mentor>,
    /// The number of events applied.
    pub version: usize,
    /// The events that may be recorded now.
    pub next: Vec<NextEvent>,
    /// What each event decided.
    pub history: Vec<Entry>,
}

/// One event of the history: what it decided, with its rules and numbers. Its
/// explanation in words is written when asked for ([`Entry::explain`]); the JSON
/// form carries it as `explanation: {"vi", "en"}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The 0-based index.
    pub index: usize,
    /// The event's type.
    pub event: EventType,
    /// Its date.
    pub date: Date,
    /// Who recorded it.
    pub by: Body,
    /// The state after it.
    pub state: StateName,
    /// The cycle after it.
    pub cycle: u32,
    /// The rule IDs applied.
    pub rules: &'static [RuleId],
    /// The ballot decision, for ballots.
    pub ballot: Option<BallotDecision>,
    /// The earliest screening date of a cycle the event starts.
    pub screening_from: Option<Date>,
    /// The event's note, as written.
    pub note: Option<String>,
    /// The event's payload, for the explanation.
    pub action: Action,
    /// The branch, whose names the explanation uses.
    pub branch: Arc<Branch>,
}

impl Entry {
    /// What the event decided, in words, in `lang`: the event, who recorded it and
    /// when, its payload, the state it led to, a ballot's numbers, a new cycle's
    /// screening date, and the rules.
    pub fn explain(&self, lang: Lang) -> String {
        self.record().explain(&self.action, &self.branch, lang)
    }

    /// The explanation in both languages.
    pub fn explanation(&self) -> Bilingual {
        Bilingual::with(|lang| self.explain(lang))
    }

    fn record(&self) -> Record {
        Record {
            index: self.index,
            event: self.event,
            date: self.date,
            by: self.by,
            before: self.state,
            after: self.state,
            cycle: self.cycle,
            rules: self.rules,
            ballot: self.ballot.clone(),
            screening_from: self.screening_from,
        }
    }
}

impl serde::Serialize for Entry {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("index", &self.index)?;
        m.serialize_entry("type", &self.event)?;
        m.serialize_entry("date", &self.date)?;
        m.serialize_entry("by", &self.by)?;
        m.serialize_entry("state", &self.state)?;
        m.serialize_entry("cycle", &self.cycle)?;
        m.serialize_entry("rules", self.rules)?;
        if let Some(b) = &self.ballot {
            m.serialize_entry("ballot", b)?;
        }
        if let Some(d) = &self.screening_from {
            m.serialize_entry("screening_from", d)?;
        }
        if let Some(n) = &self.note {
            m.serialize_entry("note", n)?;
        }
        m.serialize_entry("explanation", &self.explanation())?;
        m.end()
    }
}

impl Case {
    /// The report of this case (no explanation text is written until asked for).
    pub fn report(&self) -> Report {
        let branch = Arc::new(self.branch().clone());
        Report {
            member: self.member().clone(),
            branch: self.branch().clone(),
            state: self.state().name(),
            step: self.state().step(),
            cycle: self.state().cycle(),
            screening_from: self.state().screening_from(),
            mentor: self.state().mentor().cloned(),
            version: self.version(),
            next: self.next(),
            history: self
                .history()
                .iter()
                .zip(self.events())
                .map(|(r, e)| Entry::of(r, e, &branch))
                .collect(),
        }
    }
}

impl Report {
    /// The report as JSON (the shape the bindings return).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The report as indented JSON.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

impl Entry {
    fn of(record: &Record, event: &Event, branch: &Arc<Branch>) -> Entry {
        Entry {
            index: record.index,
            event: record.event,
            date: record.date,
            by: record.by,
            state: record.after,
            cycle: record.cycle,
            rules: record.rules,
            ballot: record.ballot.clone(),
            screening_from: record.screening_from,
            note: event.note.clone(),
            action: event.action.clone(),
            branch: Arc::clone(branch),
        }
    }
}

/// A refused replay as the machine report gives it: the code, the index, the
/// state the case stays in, the messages, and the report of the case as it stands.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ErrorReport {
    /// The stable code.
    pub error: ErrorCode,
    /// The refused event's index (absent for a file that cannot be read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<usize>,
    /// The state the case stays in (absent for a file that cannot be read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<StateName>,
    /// The message in both languages.
    pub message: Bilingual,
    /// The case as it stands before the refused event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report: Option<Box<Report>>,
}

impl From<&ReplayError> for ErrorReport {
    fn from(e: &ReplayError) -> ErrorReport {
        match e {
            ReplayError::Format(f) => ErrorReport {
                error: f.code(),
                at: None,
                state: None,
                message: f.messages(),
                report: None,
            },
            ReplayError::Refused(r) => ErrorReport {
                error: r.refusal.code(),
                at: Some(r.at),
                state: Some(r.state()),
                message: e.messages(),
                report: Some(Box::new(r.case.report())),
            },
        }
    }
}

/// Reads and replays a case file's JSON text and reports it.
///
/// ```
/// let text = r#"{"format": "screening-case/1",
///   "member": {"id": "DV-0042", "status": "official"},
///   "branch": {"id": "CB-07", "kind": "grassroots", "has_committee": false},
///   "events": [{"type": "flagged", "date": "2025-01-10", "by": "branch_secretary",
///               "criteria": ["degradation"]}]}"#;
/// let report = screening_core::replay(text).unwrap();
/// assert_eq!(report.state.code(), "flagged");
/// assert_eq!(report.next.len(), 2); // direction_requested, case_closed
/// ```
pub fn replay(text: &str) -> Result<Report, ReplayError> {
    Case::from_json(text).map(|c| c.report())
}
