//! The report of a case as data, for the wrapper: the content of the core's
//! `Report` and `Entry` without the explanations (asked for only when read,
//! `entry.explain(lang)`).
//!
//! Numbers cross as numbers: the report is written as a flat list of `u32`
//! into [`WIRE`], a buffer of the module's memory that the wrapper reads in
//! place, with the closed vocabularies as their positions in `ALL` (the
//! wrapper reads the codes once, `codes()`) and dates as `yyyymmdd`. The few
//! strings (the member, the branch, the mentor, the notes) come back as one
//! small JSON text, `[member, branch, mentor, [note…]]`. The wrapper reads both
//! in the order they were written (`js/screening.js`, `readReport`); the
//! layout is this file's, read top to bottom:
//!
//! - report: state, step (0: none), cycle, screening_from (0: none),
//!   version, next count, each next, history count, each entry;
//! - next: type, body count, bodies, from (0: none);
//! - entry: index, type, date, by, state, cycle, rule count, rules,
//!   screening_from (0: none), has note, has ballot, the ballot;
//! - ballot: ballot, outcome, rule count, rules, official, exempt,
//!   exempt_attending, excluded, size, vote count, each vote;
//! - vote: question, yes, threshold, required, met, has tellers' count,
//!   issued, returned, invalid (the last three only with one).

use std::cell::RefCell;

use screening_core::{BallotDecision, Case, Date, Event, Lang, NextEvent, Record, RuleId};
use serde::Serialize;
use wasm_bindgen::prelude::wasm_bindgen;

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

thread_local! {
    /// The numbers of the last report or entry written.
    static WIRE: RefCell<Vec<u32>> = const { RefCell::new(Vec::new()) };
}

/// Where the numbers of the last answer are in the module's memory (a byte offset).
#[wasm_bindgen]
pub fn wire_ptr() -> u32 {
    WIRE.with(|w| w.borrow().as_ptr() as usize as u32)
}

/// How many numbers the last answer has.
#[wasm_bindgen]
pub fn wire_len() -> u32 {
    WIRE.with(|w| u32::try_from(w.borrow().len()).unwrap_or(0))
}

/// A date as `yyyymmdd` (0: none; the format's years are 1900–9998).
fn day(d: Option<Date>) -> u32 {
    d.map_or(0, |d| {
        u32::try_from(d.year()).unwrap_or(0) * 10_000 + d.month() * 100 + d.day()
    })
}

fn count_of(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Writes the numbers of one answer; the strings gather in `notes`.
struct Writer<'a> {
    nums: Vec<u32>,
    notes: Vec<&'a str>,
}

impl<'a> Writer<'a> {
    fn new() -> Writer<'a> {
        Writer {
            nums: Vec::with_capacity(256),
            notes: Vec::new(),
        }
    }

    fn rules(&mut self, rules: &[RuleId]) {
        self.nums.push(count_of(rules.len()));
        self.nums.extend(rules.iter().map(|&r| r as u32));
    }

    fn next(&mut self, n: &NextEvent) {
        self.nums.push(n.event as u32);
        self.nums.push(count_of(n.by.len()));
        self.nums.extend(n.by.iter().map(|&b| b as u32));
        self.nums.push(day(n.from));
    }

    fn entry(&mut self, r: &Record, e: &'a Event) {
        let w = &mut self.nums;
        w.extend([
            count_of(r.index),
            r.event as u32,
            day(Some(r.date)),
            r.by as u32,
            r.after as u32,
            r.cycle,
        ]);
        self.rules(r.rules);
        self.nums.push(day(r.screening_from));
        self.nums.push(u32::from(e.note.is_some()));
        if let Some(note) = &e.note {
            self.notes.push(note);
        }
        self.nums.push(u32::from(r.ballot.is_some()));
        if let Some(b) = &r.ballot {
            self.ballot(b);
        }
    }

    fn ballot(&mut self, d: &BallotDecision) {
        self.nums.extend([d.ballot as u32, d.outcome as u32]);
        self.rules(d.rules);
        let c = d.electorate.counts();
        self.nums.extend([
            c.official,
            c.exempt,
            c.exempt_attending,
            c.excluded,
            d.electorate.size(),
            count_of(d.votes.len()),
        ]);
        for v in &d.votes {
            self.nums.extend([
                v.question as u32,
                v.yes,
                threshold_index(v.threshold),
                v.required,
                u32::from(v.met),
                u32::from(v.ballots.is_some()),
            ]);
            if let Some(t) = v.ballots {
                self.nums.extend([t.issued, t.returned, t.invalid]);
            }
        }
    }

    /// Keeps the numbers for the wrapper and answers the strings.
    fn finish<T: Serialize>(self, head: T) -> String {
        let Writer { nums, notes } = self;
        WIRE.with(|w| *w.borrow_mut() = nums);
        ascii_json(&(head, notes))
    }
}

/// A case's report without explanations: the numbers in [`WIRE`], and
/// `[[member, branch, mentor], [note…]]` as JSON.
pub(crate) fn report(case: &Case) -> String {
    let mut w = Writer::new();
    let state = case.state();
    w.nums.extend([
        state.name() as u32,
        state.step().map_or(0, |s| u32::from(s.number())),
        state.cycle(),
        day(state.screening_from()),
        count_of(case.version()),
    ]);
    let next = case.next();
    w.nums.push(count_of(next.len()));
    for n in &next {
        w.next(n);
    }
    w.nums.push(count_of(case.history().len()));
    for (r, e) in case.history().iter().zip(case.events()) {
        w.entry(r, e);
    }
    w.finish((case.member(), case.branch(), state.mentor()))
}

/// The last entry of `case`: its numbers in [`WIRE`], and `[null, [note]]` as
/// JSON (an empty [`WIRE`] for a case with no events).
pub(crate) fn last_entry(case: &Case) -> String {
    let mut w = Writer::new();
    if let (Some(r), Some(e)) = (case.history().last(), case.events().last()) {
        w.entry(r, e);
    }
    w.finish(())
}

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
