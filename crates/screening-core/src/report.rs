//! What replay reports (CASE-FORMAT.md, "What replay reports").

use std::sync::Arc;

use crate::authority::{Branch, Member};
use crate::case::{Case, NextEvent, Record, ReplayError};
use crate::event::{Action, Event, Mentor};
use crate::lang::{Bilingual, Lang};
use crate::period::Date;
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

/// One event of the history: the [`Record`] of what it decided, with the event's
/// note, explained in words when asked for ([`Entry::explain`]). The JSON form
/// carries the record's fields (`state` for the state after the event), the note
/// and `explanation: {"vi", "en"}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// What the event decided.
    pub record: Record,
    /// The event's note, as written.
    pub note: Option<String>,
    /// The event's payload, for the explanation.
    action: Action,
    /// The branch, whose names the explanation uses.
    branch: Arc<Branch>,
}

impl Entry {
    /// The entry of `event`, which `record` decided, in a case of `branch`.
    pub fn of(record: &Record, event: &Event, branch: &Arc<Branch>) -> Entry {
        Entry {
            record: record.clone(),
            note: event.note.clone(),
            action: event.action.clone(),
            branch: Arc::clone(branch),
        }
    }

    /// What the event decided, in words, in `lang`: the event, who recorded it and
    /// when, its payload, the state it led to, a ballot's numbers, a new cycle's
    /// screening date, and the rules.
    pub fn explain(&self, lang: Lang) -> String {
        self.record.explain(&self.action, &self.branch, lang)
    }

    /// The explanation in both languages.
    pub fn explanation(&self) -> Bilingual {
        Bilingual::with(|lang| self.explain(lang))
    }
}

impl serde::Serialize for Entry {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let r = &self.record;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("index", &r.index)?;
        m.serialize_entry("type", &r.event)?;
        m.serialize_entry("date", &r.date)?;
        m.serialize_entry("by", &r.by)?;
        m.serialize_entry("state", &r.after)?;
        m.serialize_entry("cycle", &r.cycle)?;
        m.serialize_entry("rules", r.rules)?;
        if let Some(b) = &r.ballot {
            m.serialize_entry("ballot", b)?;
        }
        if let Some(d) = &r.screening_from {
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
