//! # screening-wasm
//!
//! The WebAssembly face of `screening-core` for the `screening` npm package.
//!
//! Every export takes JSON text and returns JSON text: `{"ok": VALUE}` or an
//! error report `{"error": CODE, "at"?, "state"?, "message": {"vi", "en"},
//! "report"?}` (the core's [`ErrorReport`]). The JavaScript wrapper
//! (`js/screening.js`) parses it, throws `ScreeningError` for errors, and is the
//! public, typed surface; these exports are not.
//!
//! This crate converts and maps errors; every decision is the core's.

use screening_core::ballot::{BallotKind, Outcome, Question};
use screening_core::{Bilingual, Report};
use screening_core::{
    Body, BranchKind, Case, CaseFile, CloseReason, Counts, Criterion, ErrorCode, ErrorReport,
    Event, EventType, FormatError, Lang, MemberStatus, MentorRole, Refusal, RemovalOutcome, RuleId,
    StateName, Step, Threshold,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use wasm_bindgen::prelude::wasm_bindgen;

/// What an export answers: a value, or the core's error report.
#[derive(Serialize)]
#[serde(untagged)]
enum Answer<T: Serialize> {
    Ok { ok: T },
    Err(Box<ErrorReport>),
}

fn answer<T: Serialize>(result: Result<T, ErrorReport>) -> String {
    let a = match result {
        Ok(ok) => Answer::Ok { ok },
        Err(e) => Answer::Err(Box::new(e)),
    };
    serde_json::to_string(&a).unwrap_or_default()
}

/// An error report with only a code and its messages.
fn report_of(error: ErrorCode, message: Bilingual) -> ErrorReport {
    ErrorReport {
        error,
        at: None,
        state: None,
        message,
        report: None,
    }
}

fn format_error(e: &FormatError) -> ErrorReport {
    report_of(e.code(), e.messages())
}

/// A refused event of a case that stays at `case`.
fn refused(refusal: &Refusal, case: &Case) -> ErrorReport {
    ErrorReport {
        error: refusal.code(),
        at: Some(case.version()),
        state: Some(case.state().name()),
        message: refusal.messages(),
        report: None,
    }
}

/// Input of the JavaScript API that is not what it takes (`malformed`): the
/// binding's own words, for input that is not a case file.
fn bad_input(detail: impl std::fmt::Display) -> ErrorReport {
    report_of(
        ErrorCode::Malformed,
        Bilingual::with(|lang| match lang {
            Lang::Vi => format!("Dữ liệu không đúng định dạng: {detail}"),
            Lang::En => format!("malformed input: {detail}"),
        }),
    )
}

/// Ballot input that is not whole numbers from 0 to 4294967295 (`malformed`).
fn bad_ballot_input(detail: impl std::fmt::Display) -> ErrorReport {
    report_of(
        ErrorCode::Malformed,
        Bilingual::with(|lang| match lang {
            Lang::Vi => format!("Số liệu biểu quyết không đúng định dạng: {detail}"),
            Lang::En => format!("malformed ballot input: {detail}"),
        }),
    )
}

/// Reads a JSON object of whole-number fields named `fields` (camelCase, as the
/// JavaScript API writes them); `optional` ones default to 0.
fn read_counts<const N: usize>(
    text: &str,
    fields: [&str; N],
    optional: &[&str],
) -> Result<[u32; N], ErrorReport> {
    let map: Map<String, Value> = serde_json::from_str(text)
        .map_err(|e| bad_ballot_input(format_args!("expected an object of counts ({e})")))?;
    if let Some(stray) = map.keys().find(|k| !fields.contains(&k.as_str())) {
        return Err(bad_ballot_input(format_args!(
            "unknown field `{stray}`, expected {}",
            fields.map(|f| format!("`{f}`")).join(", ")
        )));
    }
    let mut out = [0u32; N];
    for (slot, field) in out.iter_mut().zip(fields) {
        match map.get(field) {
            None if optional.contains(&field) => {}
            None => return Err(bad_ballot_input(format_args!("missing field `{field}`"))),
            Some(v) => {
                *slot = read::<u32>(v.clone()).map_err(|e| {
                    bad_ballot_input(format_args!(
                        "`{field}` must be a whole number from 0 to 4294967295: {e}"
                    ))
                })?;
            }
        }
    }
    Ok(out)
}

fn read<T: DeserializeOwned>(v: Value) -> Result<T, serde_json::Error> {
    serde_json::from_value(v)
}

/// Decides a listing ballot (S1.3, E1, E2, E4, T1).
///
/// `args`: `{"official", "exempt", "exemptAttending"?, "yes"}`.
#[wasm_bindgen]
pub fn decide_listing(args: &str) -> String {
    answer(
        read_counts(
            args,
            ["official", "exempt", "exemptAttending", "yes"],
            &["exemptAttending"],
        )
        .and_then(|[official, exempt, attending, yes]| {
            screening_core::decide_listing(Counts::new(official, exempt).attending(attending), yes)
                .map_err(|e| report_of(e.code(), e.messages()))
        }),
    )
}

/// Decides the two screening ballots (S3.1–S3.4, I1, I2, E1, E2, E4, T1, T2).
///
/// `args`: `{"official", "exempt", "exemptAttending"?, "progressYes", "removalYes"}`.
#[wasm_bindgen]
pub fn decide_screening(args: &str) -> String {
    answer(
        read_counts(
            args,
            [
                "official",
                "exempt",
                "exemptAttending",
                "progressYes",
                "removalYes",
            ],
            &["exemptAttending"],
        )
        .and_then(|[official, exempt, attending, progress, removal]| {
            screening_core::decide_screening(
                Counts::new(official, exempt).attending(attending),
                progress,
                removal,
            )
            .map_err(|e| report_of(e.code(), e.messages()))
        }),
    )
}

/// Reads and replays a case file and reports it (the core's `replay`).
#[wasm_bindgen]
pub fn replay(text: &str) -> String {
    answer(screening_core::replay(text).map_err(|e| ErrorReport::from(&e)))
}

/// A case as the JavaScript `Case` keeps it: its file and its report.
#[derive(Serialize)]
struct Opened {
    file: CaseFile,
    report: Report,
}

impl Opened {
    fn of(case: &Case) -> Opened {
        Opened {
            file: case.to_file(),
            report: case.report(),
        }
    }
}

fn open_case(text: &str) -> Result<Case, ErrorReport> {
    Case::from_json(text).map_err(|e| ErrorReport::from(&e))
}

/// Reads and replays a case file: `{"file", "report"}`.
#[wasm_bindgen]
pub fn case_open(text: &str) -> String {
    answer(open_case(text).map(|c| Opened::of(&c)))
}

/// A new case with no events: `{"file", "report"}`. `args`: `{"member", "branch"}`.
#[wasm_bindgen]
pub fn case_new(args: &str) -> String {
    answer(
        screening_core::file::read_header(args)
            .map_err(|e| format_error(&e))
            .map(|(member, branch)| Opened::of(&Case::new(member, branch))),
    )
}

/// Applies one event to the case of `file` (checked at `expected_version`, JSON
/// `null` for no check): the case's new `{"file", "report"}`, or the refusal,
/// with `at` the event's would-be index and `state` the state the case stays in.
#[wasm_bindgen]
pub fn case_apply(file: &str, event: &str, expected_version: &str) -> String {
    answer(apply(file, event, expected_version))
}

fn apply(file: &str, event: &str, expected_version: &str) -> Result<Opened, ErrorReport> {
    let mut case = open_case(file)?;
    let expected = serde_json::from_str::<Value>(expected_version)
        .and_then(read::<Option<u32>>)
        .map_err(|e| {
            bad_input(format_args!(
                "the expected version must be a whole number from 0 to 4294967295: {e}"
            ))
        })?;
    let event = Event::from_json(event).map_err(|e| format_error(&e))?;
    let applied = match expected {
        Some(v) => case.apply_at(v as usize, event).map(|_| ()),
        None => case.apply(event).map(|_| ()),
    };
    match applied {
        Ok(()) => Ok(Opened::of(&case)),
        Err(refusal) => Err(refused(&refusal, &case)),
    }
}

/// `malformed`, for input the wrapper cannot turn into JSON (a cycle, a BigInt,
/// `undefined`) or of the wrong type.
#[wasm_bindgen]
pub fn malformed_input(detail: &str) -> String {
    answer::<()>(Err(bad_input(detail)))
}

/// Entries serialized as a JSON object in the order given (the vocabulary's
/// order, that of the specification), not sorted.
struct Ordered<V>(Vec<(String, V)>);

impl<V: Serialize> Serialize for Ordered<V> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

/// The labels of every code of the vocabulary, `{"vi", "en"}` each, from the
/// core's vocabularies (never re-typed in JavaScript).
#[derive(Serialize)]
struct Labels {
    states: Ordered<Bilingual>,
    steps: Ordered<Bilingual>,
    events: Ordered<Bilingual>,
    bodies: Ordered<Bilingual>,
    branch_kinds: Ordered<Bilingual>,
    member_statuses: Ordered<Bilingual>,
    criteria: Ordered<Bilingual>,
    mentor_roles: Ordered<Bilingual>,
    removal_outcomes: Ordered<Bilingual>,
    close_reasons: Ordered<Bilingual>,
    outcomes: Ordered<Bilingual>,
    ballots: Ordered<Bilingual>,
    questions: Ordered<Bilingual>,
    thresholds: Ordered<Bilingual>,
    rules: Ordered<Bilingual>,
    errors: Ordered<Bilingual>,
}

fn table<T: Copy>(
    all: &[T],
    code: impl Fn(T) -> String,
    label: impl Fn(T, Lang) -> &'static str,
) -> Ordered<Bilingual> {
    Ordered(
        all.iter()
            .map(|&v| (code(v), Bilingual::with(|lang| label(v, lang).to_owned())))
            .collect(),
    )
}

macro_rules! vocab {
    ($t:ty) => {
        table(<$t>::ALL, |v| v.code().to_owned(), <$t>::label)
    };
}

/// Every label, by vocabulary and code, in the specification's order.
#[wasm_bindgen]
pub fn labels() -> String {
    let labels = Labels {
        states: vocab!(StateName),
        steps: table(&Step::ALL, |s| s.number().to_string(), Step::label),
        events: vocab!(EventType),
        bodies: vocab!(Body),
        branch_kinds: vocab!(BranchKind),
        member_statuses: vocab!(MemberStatus),
        criteria: vocab!(Criterion),
        mentor_roles: vocab!(MentorRole),
        removal_outcomes: vocab!(RemovalOutcome),
        close_reasons: vocab!(CloseReason),
        outcomes: vocab!(Outcome),
        ballots: vocab!(BallotKind),
        questions: vocab!(Question),
        thresholds: table(
            &[Threshold::TwoThirds, Threshold::Half],
            |t| t.rule().code().to_owned(),
            Threshold::label,
        ),
        rules: vocab!(RuleId),
        errors: vocab!(ErrorCode),
    };
    answer::<Labels>(Ok(labels))
}

/// The payload fields of each event type (besides `type`, `date`, `by`, `note`),
/// in the order of the event types.
#[wasm_bindgen]
pub fn payload_fields() -> String {
    let fields = Ordered(
        EventType::ALL
            .iter()
            .map(|t| (t.code().to_owned(), t.payload_fields().collect::<Vec<_>>()))
            .collect(),
    );
    answer(Ok(fields))
}

/// The message of the `internal` error the wrapper reports when the module
/// traps (it should never happen: the core does not panic). Not a rule: the
/// binding's own words.
#[wasm_bindgen]
pub fn internal_message() -> String {
    let b = Bilingual::with(|lang| {
        match lang {
            Lang::Vi => "Lỗi nội bộ của thư viện; không có gì bị thay đổi, hãy thử lại",
            Lang::En => "internal error in the library; nothing was changed, try again",
        }
        .to_owned()
    });
    serde_json::to_string(&b).unwrap_or_default()
}

/// For the tests only: traps, as a panic would, so that they can check that
/// the wrapper recovers. Not part of the package's API.
#[wasm_bindgen]
#[allow(clippy::panic)]
pub fn trap_for_tests() {
    panic!("trap_for_tests");
}
