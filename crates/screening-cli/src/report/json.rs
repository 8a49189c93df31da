//! The summary as JSON for machines (`screening report --json`), in the
//! `screening-report/1` shape.

use std::collections::BTreeMap;

use screening_core::{BallotKind, Body, ErrorCode, EventType, Lang, Outcome, StateName, Step};

use super::tally::{MalformedLine, RefusedLine, Summary};

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
