//! The report of a case as data: the shape of the core's `Report` and `Entry`
//! without the explanations, which the wrapper asks for only when they are
//! read (`entry.explain(lang)`). Numbers, codes and rule IDs are all here.

use screening_core::event::Mentor;
use screening_core::{
    BallotDecision, Body, Branch, Case, Date, Event, EventType, Lang, Member, NextEvent, Record,
    RuleId, StateName, Step,
};
use serde::Serialize;

/// A case's report without explanations.
#[derive(Serialize)]
pub(crate) struct LeanReport<'a> {
    member: &'a Member,
    branch: &'a Branch,
    state: StateName,
    step: Option<Step>,
    cycle: u32,
    screening_from: Option<Date>,
    mentor: Option<&'a Mentor>,
    version: usize,
    next: Vec<NextEvent>,
    history: Vec<LeanEntry<'a>>,
}

impl<'a> LeanReport<'a> {
    pub(crate) fn of(case: &'a Case) -> LeanReport<'a> {
        let state = case.state();
        LeanReport {
            member: case.member(),
            branch: case.branch(),
            state: state.name(),
            step: state.step(),
            cycle: state.cycle(),
            screening_from: state.screening_from(),
            mentor: state.mentor(),
            version: case.version(),
            next: case.next(),
            history: case
                .history()
                .iter()
                .zip(case.events())
                .map(|(r, e)| LeanEntry::of(r, e))
                .collect(),
        }
    }

    pub(crate) fn json(case: &Case) -> String {
        serde_json::to_string(&LeanReport::of(case)).unwrap_or_default()
    }
}

/// One history entry without its explanation.
#[derive(Serialize)]
pub(crate) struct LeanEntry<'a> {
    index: usize,
    #[serde(rename = "type")]
    event: EventType,
    date: Date,
    by: Body,
    state: StateName,
    cycle: u32,
    rules: &'static [RuleId],
    #[serde(skip_serializing_if = "Option::is_none")]
    ballot: Option<LeanBallot<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    screening_from: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
}

impl<'a> LeanEntry<'a> {
    pub(crate) fn of(record: &'a Record, event: &'a Event) -> LeanEntry<'a> {
        LeanEntry {
            index: record.index,
            event: record.event,
            date: record.date,
            by: record.by,
            state: record.after,
            cycle: record.cycle,
            rules: record.rules,
            ballot: record.ballot.as_ref().map(LeanBallot),
            screening_from: record.screening_from,
            note: event.note.as_deref(),
        }
    }

    /// The last entry of `case` as JSON (`null` for a case with no events).
    pub(crate) fn last_json(case: &Case) -> String {
        let entry = case
            .history()
            .last()
            .zip(case.events().last())
            .map(|(r, e)| LeanEntry::of(r, e));
        serde_json::to_string(&entry).unwrap_or_default()
    }
}

/// A ballot decision without its explanation.
pub(crate) struct LeanBallot<'a>(&'a BallotDecision);

impl Serialize for LeanBallot<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let d = self.0;
        let mut st = s.serialize_struct("BallotDecision", 5)?;
        st.serialize_field("ballot", &d.ballot)?;
        st.serialize_field("outcome", &d.outcome)?;
        st.serialize_field("rules", d.rules)?;
        st.serialize_field("electorate", &d.electorate)?;
        st.serialize_field("votes", &d.votes)?;
        st.end()
    }
}

/// The explanation of every entry of `case` in `lang`, as a JSON array.
pub(crate) fn explanations(case: &Case, lang: Lang) -> String {
    let texts: Vec<String> = case
        .history()
        .iter()
        .zip(case.events())
        .map(|(r, e)| r.explain(e, lang))
        .collect();
    serde_json::to_string(&texts).unwrap_or_default()
}
