//! The report of a case as data, for the wrapper: the content of the core's
//! `Report` and `Entry` without the explanations (asked for only when read,
//! `entry.explain(lang)`), written compactly.
//!
//! Compact means positional JSON arrays, and the closed vocabularies as their
//! positions in `ALL` (the wrapper reads the codes once, `codes()`): reading
//! it costs JavaScript a fraction of reading the keyed objects. The wrapper
//! turns it back into the keyed shape (`js/screening.js`, `reportOf`); the
//! member, the branch, the mentor and the electorate stay the core's own JSON
//! objects.
//!
//! - report: `[member, branch, state, step, cycle, screening_from, mentor,
//!   version, next, history]`
//! - next: `[type, [body…], from]`
//! - entry: `[index, type, date, by, state, cycle, [rule…], ballot,
//!   screening_from, note]`
//! - ballot: `[ballot, outcome, [rule…], electorate, [[question, yes,
//!   threshold, required, met, ballots]…]]` (`ballots`: the tellers' count,
//!   the core's object, or `null`)

use screening_core::event::Mentor;
use screening_core::{
    BallotDecision, Body, Branch, Case, Date, Electorate, Event, Lang, Member, NextEvent, Record,
    RuleId, Step, TellersCount,
};

use serde::Serialize;

use crate::decide::threshold_index;

/// JSON with every character outside ASCII escaped (`\u1ebf`): JavaScript
/// decodes ASCII text and parses one-byte strings faster than text with
/// Vietnamese letters in it (the notes).
pub(crate) fn ascii_json<T: Serialize>(value: &T) -> String {
    let mut out = Vec::with_capacity(1024);
    let mut ser = serde_json::Serializer::with_formatter(&mut out, Ascii);
    if value.serialize(&mut ser).is_err() {
        return String::new();
    }
    String::from_utf8(out).unwrap_or_default()
}

/// A compact JSON formatter that escapes what is not ASCII.
struct Ascii;

impl serde_json::ser::Formatter for Ascii {
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        let mut rest = fragment;
        while let Some(at) = rest.find(|c: char| !c.is_ascii()) {
            let (ascii, tail) = rest.split_at(at);
            writer.write_all(ascii.as_bytes())?;
            let mut chars = tail.chars();
            if let Some(c) = chars.next() {
                let mut units = [0u16; 2];
                for &mut unit in c.encode_utf16(&mut units) {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    let nibble = |shift: u16| {
                        HEX.get(usize::from((unit >> shift) & 0xf))
                            .copied()
                            .unwrap_or(b'0')
                    };
                    writer.write_all(&[
                        b'\\',
                        b'u',
                        nibble(12),
                        nibble(8),
                        nibble(4),
                        nibble(0),
                    ])?;
                }
            }
            rest = chars.as_str();
        }
        writer.write_all(rest.as_bytes())
    }
}

/// A date as `YYYY-MM-DD`, written without the formatting machinery (the
/// format's years are 1900–9998).
struct Day(Date);

impl Serialize for Day {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let d = self.0;
        let (y, m, day) = (u32::try_from(d.year()).unwrap_or(0), d.month(), d.day());
        let digit = |n: u32| b'0' + u8::try_from(n % 10).unwrap_or(0);
        let bytes = [
            digit(y / 1000),
            digit(y / 100),
            digit(y / 10),
            digit(y),
            b'-',
            digit(m / 10),
            digit(m),
            b'-',
            digit(day / 10),
            digit(day),
        ];
        s.serialize_str(std::str::from_utf8(&bytes).unwrap_or_default())
    }
}

/// Rule IDs as their positions.
struct Rules(&'static [RuleId]);

impl Serialize for Rules {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|&r| r as u32))
    }
}

/// Bodies as their positions.
struct Bodies(&'static [Body]);

impl Serialize for Bodies {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|&b| b as u32))
    }
}

/// A case's report without explanations.
#[derive(Serialize)]
pub(crate) struct LeanReport<'a>(
    &'a Member,
    &'a Branch,
    u32,
    Option<Step>,
    u32,
    Option<Day>,
    Option<&'a Mentor>,
    usize,
    Vec<LeanNext>,
    Vec<LeanEntry<'a>>,
);

impl<'a> LeanReport<'a> {
    pub(crate) fn of(case: &'a Case) -> LeanReport<'a> {
        let state = case.state();
        LeanReport(
            case.member(),
            case.branch(),
            state.name() as u32,
            state.step(),
            state.cycle(),
            state.screening_from().map(Day),
            state.mentor(),
            case.version(),
            case.next().into_iter().map(LeanNext::of).collect(),
            case.history()
                .iter()
                .zip(case.events())
                .map(|(r, e)| LeanEntry::of(r, e))
                .collect(),
        )
    }

    pub(crate) fn json(case: &Case) -> String {
        ascii_json(&LeanReport::of(case))
    }
}

/// An event that may be recorded now.
#[derive(Serialize)]
pub(crate) struct LeanNext(u32, Bodies, Option<Day>);

impl LeanNext {
    fn of(n: NextEvent) -> LeanNext {
        LeanNext(n.event as u32, Bodies(n.by), n.from.map(Day))
    }
}

/// One history entry without its explanation.
#[derive(Serialize)]
pub(crate) struct LeanEntry<'a>(
    usize,
    u32,
    Day,
    u32,
    u32,
    u32,
    Rules,
    Option<LeanBallot<'a>>,
    Option<Day>,
    Option<&'a str>,
);

impl<'a> LeanEntry<'a> {
    pub(crate) fn of(record: &'a Record, event: &'a Event) -> LeanEntry<'a> {
        LeanEntry(
            record.index,
            record.event as u32,
            Day(record.date),
            record.by as u32,
            record.after as u32,
            record.cycle,
            Rules(record.rules),
            record.ballot.as_ref().map(LeanBallot::of),
            record.screening_from.map(Day),
            event.note.as_deref(),
        )
    }

    /// The last entry of `case` as JSON (`null` for a case with no events).
    pub(crate) fn last_json(case: &Case) -> String {
        let entry = case
            .history()
            .last()
            .zip(case.events().last())
            .map(|(r, e)| LeanEntry::of(r, e));
        ascii_json(&entry)
    }
}

/// A ballot decision without its explanation.
#[derive(Serialize)]
pub(crate) struct LeanBallot<'a>(u32, u32, Rules, &'a Electorate, Vec<LeanVote>);

impl<'a> LeanBallot<'a> {
    fn of(d: &'a BallotDecision) -> LeanBallot<'a> {
        LeanBallot(
            d.ballot as u32,
            d.outcome as u32,
            Rules(d.rules),
            &d.electorate,
            d.votes
                .iter()
                .map(|v| {
                    LeanVote(
                        v.question as u32,
                        v.yes,
                        threshold_index(v.threshold),
                        v.required,
                        u32::from(v.met),
                        v.ballots,
                    )
                })
                .collect(),
        )
    }
}

/// One question's count.
#[derive(Serialize)]
pub(crate) struct LeanVote(u32, u32, u32, u32, u32, Option<TellersCount>);

/// The explanation of every entry of `case` in `lang`, as a JSON array.
pub(crate) fn explanations(case: &Case, lang: Lang) -> String {
    let texts: Vec<String> = case
        .history()
        .iter()
        .zip(case.events())
        .map(|(r, e)| r.explain(&e.action, case.branch(), lang))
        .collect();
    serde_json::to_string(&texts).unwrap_or_default()
}
