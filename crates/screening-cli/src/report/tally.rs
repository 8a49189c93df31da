//! The tally: what the summary counts, line by line and case by case, and how two
//! summaries of consecutive parts of a file add up.

use std::collections::BTreeMap;

use screening_core::{
    BallotKind, Bilingual, Body, Case, ErrorCode, EventType, Lang, Outcome, ReplayError, StateName,
    Step,
};

/// Entries kept in each detailed list (the counts are always complete).
pub const CAP: usize = 1000;

const STATES: usize = StateName::ALL.len();
const BODIES: usize = Body::ALL.len();

/// A case with a refused event: where it is in the file and why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RefusedLine {
    /// The 1-based line number.
    pub line: u64,
    /// The member's id.
    pub member: String,
    /// The branch's id.
    pub branch: String,
    /// The refused event's 0-based index.
    pub index: usize,
    /// Its type.
    #[serde(rename = "type")]
    pub event: EventType,
    /// The stable code.
    pub code: ErrorCode,
    /// The state the case stays in.
    pub state: StateName,
    /// Why, in both languages.
    #[serde(skip)]
    pub message: Bilingual,
}

/// A line that is not a readable case file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct MalformedLine {
    /// The 1-based line number.
    pub line: u64,
    /// `malformed` or `unsupported_format`.
    pub code: ErrorCode,
    /// Why, in both languages.
    #[serde(skip)]
    pub message: Bilingual,
}

/// The cases awaiting one body, and the events it may record in them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Awaiting {
    /// Cases in which the body may record an event now (`case_closed` and
    /// `mentor_reassigned` aside).
    pub cases: u64,
    /// The events it may record, with the number of cases for each.
    pub events: BTreeMap<EventType, u64>,
}

/// The summary of many cases, or of a chunk of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Lines read, blank ones included.
    pub lines: u64,
    /// Blank lines (skipped).
    pub blank: u64,
    /// Cases replayed: read, with or without a refused event.
    pub cases: u64,
    /// Events applied, over every case.
    pub events: u64,
    /// Cases per state, indexed like [`StateName::ALL`] (a case with a refused
    /// event counts in the state it stays in).
    pub states: [u64; STATES],
    /// Cases under monitoring by the month of their `screening_from` (D2).
    pub due: BTreeMap<(i32, u32), u64>,
    /// Open cases awaiting each body (from `Case::next`, `case_closed` and
    /// `mentor_reassigned` aside: they may happen at any time).
    pub awaiting: BTreeMap<Body, Awaiting>,
    /// Ballot decisions in the cases' histories.
    pub ballots: BTreeMap<(BallotKind, Outcome), u64>,
    /// Cases with a refused event.
    pub refused: u64,
    /// Those by code.
    pub refused_by_code: BTreeMap<ErrorCode, u64>,
    /// The first [`CAP`] of them, in file order.
    pub refused_list: Vec<RefusedLine>,
    /// Lines that are not readable case files.
    pub malformed: u64,
    /// Those by code.
    pub malformed_by_code: BTreeMap<ErrorCode, u64>,
    /// The first [`CAP`] of them, in file order.
    pub malformed_list: Vec<MalformedLine>,
}

impl Default for Summary {
    fn default() -> Summary {
        Summary {
            lines: 0,
            blank: 0,
            cases: 0,
            events: 0,
            states: [0; STATES],
            due: BTreeMap::new(),
            awaiting: BTreeMap::new(),
            ballots: BTreeMap::new(),
            refused: 0,
            refused_by_code: BTreeMap::new(),
            refused_list: Vec::new(),
            malformed: 0,
            malformed_by_code: BTreeMap::new(),
            malformed_list: Vec::new(),
        }
    }
}

impl Summary {
    /// Adds line `line` (1-based) of the file.
    pub fn add_line(&mut self, line: u64, bytes: &[u8]) {
        self.lines += 1;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            self.blank += 1;
            return;
        }
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => {
                let detail = e.to_string();
                return self.add_malformed(line, ErrorCode::Malformed, || {
                    Bilingual::with(|lang| match lang {
                        Lang::Vi => format!("Dòng không phải văn bản UTF-8: {detail}"),
                        Lang::En => format!("The line is not UTF-8 text: {detail}"),
                    })
                });
            }
        };
        match Case::from_json(text) {
            Ok(case) => self.add_case(&case),
            Err(ReplayError::Format(e)) => self.add_malformed(line, e.code(), || e.messages()),
            Err(ReplayError::Refused(r)) => {
                self.add_case(&r.case);
                self.refused += 1;
                let code = r.refusal.code();
                *self.refused_by_code.entry(code).or_default() += 1;
                if self.refused_list.len() < CAP {
                    let event = r
                        .unapplied
                        .first()
                        .map_or(EventType::CaseClosed, |e| e.event_type());
                    self.refused_list.push(RefusedLine {
                        line,
                        member: r.case.member().id.to_string(),
                        branch: r.case.branch().id.to_string(),
                        index: r.at,
                        event,
                        code,
                        state: r.state(),
                        message: r.refusal.messages(),
                    });
                }
            }
        }
    }

    fn add_malformed(&mut self, line: u64, code: ErrorCode, message: impl FnOnce() -> Bilingual) {
        self.malformed += 1;
        *self.malformed_by_code.entry(code).or_default() += 1;
        if self.malformed_list.len() < CAP {
            self.malformed_list.push(MalformedLine {
                line,
                code,
                message: message(),
            });
        }
    }

    /// Adds a replayed case as it stands.
    pub fn add_case(&mut self, case: &Case) {
        self.cases += 1;
        self.events += case.version() as u64;
        let state = case.state();
        self.states[state.name() as usize] += 1;
        if let Some(from) = state.screening_from() {
            *self.due.entry((from.year(), from.month())).or_default() += 1;
        }
        if !state.is_closed() {
            let mut seen = [false; BODIES];
            for next in case.next() {
                // Closing a case and changing its mentor may happen at any time:
                // nobody is awaited for them.
                if !next.event.is_awaited() {
                    continue;
                }
                for body in next.by {
                    let wait = self.awaiting.entry(*body).or_default();
                    *wait.events.entry(next.event).or_default() += 1;
                    if !std::mem::replace(&mut seen[*body as usize], true) {
                        wait.cases += 1;
                    }
                }
            }
        }
        for record in case.history() {
            if let Some(b) = &record.ballot {
                *self.ballots.entry((b.ballot, b.outcome)).or_default() += 1;
            }
        }
    }

    /// Adds the summary of the lines that follow this one's.
    pub fn merge(&mut self, other: Summary) {
        self.lines += other.lines;
        self.blank += other.blank;
        self.cases += other.cases;
        self.events += other.events;
        for (a, b) in self.states.iter_mut().zip(other.states) {
            *a += b;
        }
        add_counts(&mut self.due, other.due);
        for (body, wait) in other.awaiting {
            let mine = self.awaiting.entry(body).or_default();
            mine.cases += wait.cases;
            add_counts(&mut mine.events, wait.events);
        }
        add_counts(&mut self.ballots, other.ballots);
        self.refused += other.refused;
        add_counts(&mut self.refused_by_code, other.refused_by_code);
        let room = CAP.saturating_sub(self.refused_list.len());
        self.refused_list
            .extend(other.refused_list.into_iter().take(room));
        self.malformed += other.malformed;
        add_counts(&mut self.malformed_by_code, other.malformed_by_code);
        let room = CAP.saturating_sub(self.malformed_list.len());
        self.malformed_list
            .extend(other.malformed_list.into_iter().take(room));
    }

    /// Cases per state, in the order of the specification, with their count.
    pub fn states(&self) -> impl Iterator<Item = (StateName, u64)> + '_ {
        StateName::ALL
            .iter()
            .map(|s| (*s, self.states[*s as usize]))
    }

    /// Open cases per step (1–4).
    pub fn step(&self, step: Step) -> u64 {
        self.states()
            .filter(|(s, _)| s.step() == Some(step))
            .map(|(_, n)| n)
            .sum()
    }

    /// Closed cases.
    pub fn closed(&self) -> u64 {
        self.states()
            .filter(|(s, _)| s.is_closed())
            .map(|(_, n)| n)
            .sum()
    }
}

fn add_counts<K: Ord>(into: &mut BTreeMap<K, u64>, from: BTreeMap<K, u64>) {
    for (k, n) in from {
        *into.entry(k).or_default() += n;
    }
}
