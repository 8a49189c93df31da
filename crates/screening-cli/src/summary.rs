//! `screening report FILE.jsonl`: many cases, one summary a bloc committee can act on.
//!
//! Streams: lines are read with a `BufReader` into chunks of [`CHUNK_LINES`], a
//! reader thread hands the chunks to `--threads` workers through a bounded channel,
//! and the partial summaries are merged in file order, so memory stays flat as the
//! file grows and the output is the same for any number of threads. Counts are
//! always complete; the detailed lists (refused events, malformed lines) keep the
//! first [`CAP`] entries in file order, with the count of the rest.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, sync_channel};

use screening_core::{
    BallotKind, Bilingual, Body, Case, ErrorCode, EventType, Lang, Outcome, ReplayError, StateName,
    Step,
};

use crate::progress::Progress;

/// Lines per work unit.
pub const CHUNK_LINES: usize = 4096;
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
                if matches!(
                    next.event,
                    EventType::CaseClosed | EventType::MentorReassigned
                ) {
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

/// Lines of the file, read together.
struct Chunk {
    first_line: u64,
    data: Vec<u8>,
    ends: Vec<usize>,
}

impl Chunk {
    fn summarize(&self) -> Summary {
        let mut s = Summary::default();
        let mut start = 0;
        for (i, &end) in self.ends.iter().enumerate() {
            let mut line = &self.data[start..end];
            if let Some(l) = line.strip_suffix(b"\n") {
                line = l.strip_suffix(b"\r").unwrap_or(l);
            }
            s.add_line(self.first_line + i as u64, line);
            start = end;
        }
        s
    }
}

/// Summarizes JSON Lines from `input` with `threads` workers.
///
/// The result is the same for any number of threads.
pub fn summarize<R: Read + Send>(
    input: R,
    threads: usize,
    mut progress: Option<(&mut Progress, Option<u64>)>,
) -> std::io::Result<Summary> {
    let threads = threads.max(1);
    let (chunk_tx, chunk_rx) = sync_channel::<(usize, Chunk)>(threads * 2);
    let chunk_rx: Mutex<Receiver<(usize, Chunk)>> = Mutex::new(chunk_rx);
    std::thread::scope(|scope| {
        let (part_tx, part_rx) = sync_channel::<(usize, Summary, u64)>(threads * 2);
        let reader = scope.spawn(move || -> std::io::Result<()> {
            let mut input = BufReader::with_capacity(1 << 20, input);
            let mut line = 1u64;
            let mut seq = 0usize;
            loop {
                let mut chunk = Chunk {
                    first_line: line,
                    data: Vec::with_capacity(1 << 20),
                    ends: Vec::with_capacity(CHUNK_LINES),
                };
                while chunk.ends.len() < CHUNK_LINES {
                    if input.read_until(b'\n', &mut chunk.data)? == 0 {
                        break;
                    }
                    chunk.ends.push(chunk.data.len());
                }
                if chunk.ends.is_empty() {
                    return Ok(());
                }
                line += chunk.ends.len() as u64;
                let last = chunk.ends.len() < CHUNK_LINES;
                if chunk_tx.send((seq, chunk)).is_err() {
                    return Ok(());
                }
                seq += 1;
                if last {
                    return Ok(());
                }
            }
        });
        for _ in 0..threads {
            let part_tx = part_tx.clone();
            let chunk_rx = &chunk_rx;
            scope.spawn(move || {
                loop {
                    let next = match chunk_rx.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => return,
                    };
                    let Ok((seq, chunk)) = next else { return };
                    let bytes = chunk.data.len() as u64;
                    if part_tx.send((seq, chunk.summarize(), bytes)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(part_tx);
        // Merge in file order: keep the parts that arrive early until their turn.
        let mut total = Summary::default();
        let mut pending = BTreeMap::new();
        let mut want = 0usize;
        let mut bytes = 0u64;
        for (seq, part, n) in part_rx {
            pending.insert(seq, (part, n));
            while let Some((part, n)) = pending.remove(&want) {
                total.merge(part);
                bytes += n;
                want += 1;
            }
            if let Some((bar, size)) = progress.as_mut() {
                bar.show(size.map(|s| bytes as f64 / s.max(1) as f64), total.lines);
            }
        }
        match reader.join() {
            Ok(result) => result.map(|()| total),
            Err(_) => Err(std::io::Error::other("the reader thread failed")),
        }
    })
}

/// `screening report FILE.jsonl [--json] [--threads N]`: exit 0 with the summary
/// (refused events and malformed lines are part of it), 2 when the input cannot be
/// read.
pub fn run(path: &Path, json: bool, threads: Option<usize>, lang: Lang) -> u8 {
    let threads = threads.unwrap_or_else(crate::default_threads);
    let mut bar = Progress::on_stderr("lines");
    let result = if path == Path::new("-") {
        summarize(std::io::stdin(), threads, bar.as_mut().map(|b| (b, None)))
    } else {
        match std::fs::File::open(path) {
            Ok(file) => {
                let size = file.metadata().ok().map(|m| m.len());
                summarize(file, threads, bar.as_mut().map(|b| (b, size)))
            }
            Err(e) => Err(e),
        }
    };
    if let Some(b) = bar.as_mut() {
        b.finish();
    }
    match result {
        Ok(summary) => {
            if json {
                print!("{}", to_json(&summary, lang));
            } else {
                print!("{}", render(&summary, lang));
            }
            0
        }
        Err(e) => {
            eprintln!("error [io]: cannot read {}: {e}", path.display());
            2
        }
    }
}

#[derive(serde::Serialize)]
struct JsonOut<'a> {
    format: &'static str,
    lang: &'static str,
    lines: u64,
    blank_lines: u64,
    cases: u64,
    events: u64,
    open: u64,
    closed: u64,
    steps: Vec<JsonStep>,
    states: Vec<JsonState>,
    screenings_due: Vec<JsonMonth>,
    awaiting: Vec<JsonBody>,
    ballots: Vec<JsonBallot>,
    refused: JsonList<JsonRefused<'a>>,
    malformed: JsonList<JsonMalformed<'a>>,
}

#[derive(serde::Serialize)]
struct JsonStep {
    step: Step,
    label: &'static str,
    cases: u64,
}

#[derive(serde::Serialize)]
struct JsonState {
    state: StateName,
    label: &'static str,
    step: Option<Step>,
    closed: bool,
    cases: u64,
}

#[derive(serde::Serialize)]
struct JsonMonth {
    month: String,
    cases: u64,
}

#[derive(serde::Serialize)]
struct JsonBody {
    body: Body,
    label: &'static str,
    cases: u64,
    events: Vec<JsonEvent>,
}

#[derive(serde::Serialize)]
struct JsonEvent {
    #[serde(rename = "type")]
    event: EventType,
    label: &'static str,
    cases: u64,
}

#[derive(serde::Serialize)]
struct JsonBallot {
    ballot: BallotKind,
    outcome: Outcome,
    label: &'static str,
    count: u64,
}

#[derive(serde::Serialize)]
struct JsonCode {
    code: ErrorCode,
    count: u64,
}

#[derive(serde::Serialize)]
struct JsonList<T> {
    count: u64,
    by_code: Vec<JsonCode>,
    shown: usize,
    not_shown: u64,
    list: Vec<T>,
}

impl<T> JsonList<T> {
    /// A capped list: the full count and codes, the lines kept, and how many were not.
    fn of<'a, L>(
        count: u64,
        by_code: &BTreeMap<ErrorCode, u64>,
        lines: &'a [L],
        item: impl Fn(&'a L) -> T,
    ) -> JsonList<T> {
        JsonList {
            count,
            by_code: codes(by_code),
            shown: lines.len(),
            not_shown: count - lines.len() as u64,
            list: lines.iter().map(item).collect(),
        }
    }
}

#[derive(serde::Serialize)]
struct JsonRefused<'a> {
    #[serde(flatten)]
    line: &'a RefusedLine,
    message: &'a str,
}

#[derive(serde::Serialize)]
struct JsonMalformed<'a> {
    #[serde(flatten)]
    line: &'a MalformedLine,
    message: &'a str,
}

fn codes(by: &BTreeMap<ErrorCode, u64>) -> Vec<JsonCode> {
    by.iter()
        .map(|(code, count)| JsonCode {
            code: *code,
            count: *count,
        })
        .collect()
}

/// The summary as JSON for machines (`--json`); labels and messages in `lang`.
pub fn to_json(s: &Summary, lang: Lang) -> String {
    let out = JsonOut {
        format: "screening-report/1",
        lang: lang.code(),
        lines: s.lines,
        blank_lines: s.blank,
        cases: s.cases,
        events: s.events,
        open: s.cases - s.closed(),
        closed: s.closed(),
        steps: Step::ALL
            .iter()
            .map(|step| JsonStep {
                step: *step,
                label: step.label(lang),
                cases: s.step(*step),
            })
            .collect(),
        states: s
            .states()
            .map(|(state, cases)| JsonState {
                state,
                label: state.label(lang),
                step: state.step(),
                closed: state.is_closed(),
                cases,
            })
            .collect(),
        screenings_due: s
            .due
            .iter()
            .map(|((y, m), cases)| JsonMonth {
                month: format!("{y:04}-{m:02}"),
                cases: *cases,
            })
            .collect(),
        awaiting: s
            .awaiting
            .iter()
            .map(|(body, w)| JsonBody {
                body: *body,
                label: body.label(lang),
                cases: w.cases,
                events: w
                    .events
                    .iter()
                    .map(|(e, cases)| JsonEvent {
                        event: *e,
                        label: e.label(lang),
                        cases: *cases,
                    })
                    .collect(),
            })
            .collect(),
        ballots: s
            .ballots
            .iter()
            .map(|((ballot, outcome), count)| JsonBallot {
                ballot: *ballot,
                outcome: *outcome,
                label: outcome.label(lang),
                count: *count,
            })
            .collect(),
        refused: JsonList::of(s.refused, &s.refused_by_code, &s.refused_list, |line| {
            JsonRefused {
                line,
                message: line.message.get(lang),
            }
        }),
        malformed: JsonList::of(
            s.malformed,
            &s.malformed_by_code,
            &s.malformed_list,
            |line| JsonMalformed {
                line,
                message: line.message.get(lang),
            },
        ),
    };
    let mut text = serde_json::to_string_pretty(&out).unwrap_or_default();
    text.push('\n');
    text
}

struct Words {
    title: &'static str,
    lines: &'static str,
    blank: &'static str,
    cases: &'static str,
    events: &'static str,
    open: &'static str,
    closed: &'static str,
    by_step: &'static str,
    step: &'static str,
    by_state: &'static str,
    due: &'static str,
    awaiting: &'static str,
    case_word: &'static str,
    ballots: &'static str,
    refused: &'static str,
    malformed: &'static str,
    line: &'static str,
    event: &'static str,
    more: &'static str,
    none: &'static str,
}

const fn words(lang: Lang) -> Words {
    match lang {
        Lang::Vi => Words {
            title: "Tổng hợp hồ sơ rà soát, sàng lọc đảng viên",
            lines: "Số dòng đã đọc",
            blank: "dòng trống",
            cases: "Số hồ sơ",
            events: "Số bước đã ghi nhận",
            open: "đang giải quyết",
            closed: "đã kết thúc",
            by_step: "Hồ sơ đang giải quyết theo bước",
            step: "Bước",
            by_state: "Hồ sơ theo trạng thái",
            due: "Đến hạn sàng lọc theo tháng (hồ sơ đang được theo dõi, giúp đỡ; sàng lọc từ ngày)",
            awaiting: "Hồ sơ đang chờ từng cơ quan",
            case_word: "hồ sơ",
            ballots: "Kết quả bỏ phiếu đã ghi nhận",
            refused: "Hồ sơ có bước bị từ chối",
            malformed: "Dòng không đọc được",
            line: "dòng",
            event: "bước",
            more: "và còn",
            none: "không có",
        },
        Lang::En => Words {
            title: "Summary of the screening cases",
            lines: "Lines read",
            blank: "blank",
            cases: "Cases",
            events: "Events recorded",
            open: "open",
            closed: "closed",
            by_step: "Open cases by step",
            step: "Step",
            by_state: "Cases by state",
            due: "Screenings due by month (cases under monitoring; screening from)",
            awaiting: "Cases awaiting each body",
            case_word: "cases",
            ballots: "Ballot decisions recorded",
            refused: "Cases with a refused event",
            malformed: "Unreadable lines",
            line: "line",
            event: "event",
            more: "and more:",
            none: "none",
        },
    }
}

/// The summary as text for a person, in `lang`.
pub fn render(s: &Summary, lang: Lang) -> String {
    let w = words(lang);
    let mut t = String::new();
    let closed = s.closed();
    let _ = writeln!(t, "{}", w.title);
    let _ = writeln!(t, "{}: {} ({}: {})", w.lines, s.lines, w.blank, s.blank);
    let _ = writeln!(
        t,
        "{}: {} ({}: {}, {}: {})",
        w.cases,
        s.cases,
        w.open,
        s.cases - closed,
        w.closed,
        closed
    );
    let _ = writeln!(t, "{}: {}", w.events, s.events);
    let _ = writeln!(t, "{}: {}", w.refused, s.refused);
    let _ = writeln!(t, "{}: {}", w.malformed, s.malformed);

    let _ = writeln!(t, "\n{}:", w.by_step);
    for step in Step::ALL {
        let _ = writeln!(
            t,
            "  {} {} — {}: {}",
            w.step,
            step.number(),
            step.label(lang),
            s.step(step)
        );
    }

    let _ = writeln!(t, "\n{}:", w.by_state);
    for (state, n) in s.states() {
        if n > 0 {
            let _ = writeln!(t, "  {:>9}  {} ({state})", n, state.label(lang));
        }
    }

    let _ = writeln!(t, "\n{}:", w.due);
    if s.due.is_empty() {
        let _ = writeln!(t, "  ({})", w.none);
    }
    for ((y, m), n) in &s.due {
        let _ = writeln!(t, "  {y:04}-{m:02}: {n}");
    }

    let _ = writeln!(t, "\n{}:", w.awaiting);
    if s.awaiting.is_empty() {
        let _ = writeln!(t, "  ({})", w.none);
    }
    for (body, wait) in &s.awaiting {
        let _ = writeln!(
            t,
            "  {} ({body}): {} {}",
            body.label(lang),
            wait.cases,
            w.case_word
        );
        for (event, n) in &wait.events {
            let _ = writeln!(t, "    - {} ({event}): {n}", event.label(lang));
        }
    }

    let _ = writeln!(t, "\n{}:", w.ballots);
    for ((ballot, outcome), n) in &s.ballots {
        let _ = writeln!(
            t,
            "  {} — {} ({outcome}): {n}",
            ballot.label(lang),
            outcome.label(lang)
        );
    }

    let _ = writeln!(t, "\n{}: {}", w.refused, s.refused);
    for (code, n) in &s.refused_by_code {
        let _ = writeln!(t, "  [{code}] {}: {n}", code.label(lang));
    }
    for r in &s.refused_list {
        let _ = writeln!(
            t,
            "  {} {}: {} ({}), {} {} ({}) [{}]: {}",
            w.line,
            r.line,
            r.member,
            r.branch,
            w.event,
            r.index,
            r.event,
            r.code,
            r.message.get(lang)
        );
    }
    let rest = s.refused - s.refused_list.len() as u64;
    if rest > 0 {
        let _ = writeln!(t, "  … {} {rest}", w.more);
    }

    let _ = writeln!(t, "\n{}: {}", w.malformed, s.malformed);
    for (code, n) in &s.malformed_by_code {
        let _ = writeln!(t, "  [{code}] {}: {n}", code.label(lang));
    }
    for m in &s.malformed_list {
        let _ = writeln!(
            t,
            "  {} {} [{}]: {}",
            w.line,
            m.line,
            m.code,
            m.message.get(lang)
        );
    }
    let rest = s.malformed - s.malformed_list.len() as u64;
    if rest > 0 {
        let _ = writeln!(t, "  … {} {rest}", w.more);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_capped_in_file_order_and_counts_are_complete() {
        let mut text = String::new();
        for _ in 0..(CAP + 500) {
            text.push_str("not json\n");
        }
        let s = summarize(text.as_bytes(), 3, None).unwrap();
        assert_eq!(s.malformed, (CAP + 500) as u64);
        assert_eq!(s.malformed_list.len(), CAP);
        let lines: Vec<u64> = s.malformed_list.iter().map(|m| m.line).collect();
        assert_eq!(lines, (1..=CAP as u64).collect::<Vec<_>>());
    }

    #[test]
    fn a_last_line_without_newline_and_crlf_lines_are_read() {
        let case = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../examples/case-DV-0042.json"
        ))
        .unwrap();
        let one_line: String =
            serde_json::to_string(&serde_json::from_str::<serde_json::Value>(&case).unwrap())
                .unwrap();
        let text = format!("{one_line}\r\n\n\u{feff}x\n{one_line}");
        let s = summarize(text.as_bytes(), 2, None).unwrap();
        assert_eq!((s.lines, s.blank, s.cases, s.malformed), (4, 1, 2, 1));
        assert_eq!(s.states[StateName::StruckOff as usize], 2);
        assert_eq!(s.malformed_list[0].line, 3);
    }
}
