//! `screening._native`: the Rust core as a Python extension module.
//!
//! This module only converts and maps errors; every decision is the core's.
//! Results are the frozen classes of `values`, built from the core's Rust
//! values (no JSON text on the way out); case files and events come in as
//! UTF-8 JSON bytes, read by the core's strict reader. The Python package
//! (`screening/__init__.py`) is the public API and re-exports what is public.
//!
//! Errors: every failure is raised as the exception that
//! `screening._errors._make` builds (`errors`). A Rust panic (the core does
//! not panic) is caught and raised with the code `internal`, so it can never
//! unwind into the interpreter.

mod args;
mod batch;
mod documents;
mod errors;
mod values;

use std::sync::Arc;

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString, PyTuple};
use screening_core::{
    Bilingual, Case, Counts, ErrorCode, Event, FORMAT, FormatError, MemberStatus, ReplayError,
    RuleId, decide_listing as core_listing, decide_screening as core_screening,
};

use crate::args::{Given, count, count_or_zero};
use crate::errors::{
    argument_error, ballot_error, format_error, guard, refusal_error, replay_error,
};
use crate::values::{Decision, Entry, Report};

/// The text of a case file or event: UTF-8, else `malformed`.
fn utf8(data: &[u8]) -> Result<&str, FormatError> {
    screening_core::file::text(data)
}

/// Files above this size are replayed with the GIL released (below it, releasing
/// and taking it back costs more than it frees).
const DETACH_BYTES: usize = 64 * 1024;

/// Replays a case file's text, with the GIL released for a large one.
fn replay_text(py: Python<'_>, text: &str) -> PyResult<Report> {
    let result = if text.len() >= DETACH_BYTES {
        py.detach(|| Case::from_json(text))
    } else {
        Case::from_json(text)
    };
    match result {
        Ok(case) => Ok(Report::of(Arc::new(case))),
        Err(e) => Err(replay_error(py, e)),
    }
}

/// Reads and replays a case file and returns its report: `data` is its JSON
/// text, a `str` (its UTF-8 form, one copy made in Rust) or UTF-8 `bytes` (read in place).
#[pyfunction]
fn replay(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<Report> {
    guard(py, || {
        if let Ok(s) = data.cast::<PyString>() {
            return match s.to_cow() {
                Ok(text) => replay_text(py, &text),
                // A lone surrogate has no UTF-8 form: the core reports the bytes.
                Err(_) => {
                    let bytes = s.call_method1("encode", ("utf-8", "surrogatepass"))?;
                    replay_bytes(py, bytes.extract()?)
                }
            };
        }
        let bytes: &[u8] = data.extract()?;
        replay_bytes(py, bytes)
    })
}

fn replay_bytes(py: Python<'_>, bytes: &[u8]) -> PyResult<Report> {
    match utf8(bytes) {
        Ok(text) => replay_text(py, text),
        Err(e) => Err(format_error(py, &e)),
    }
}

/// Decides the listing ballot of Step 1 (rules S1.3, E1, E2, E4, E5, T1).
///
/// official: the branch's official members, the exempted among them (E1).
/// exempt: official members exempted from party work and activities (E1).
/// yes: yes votes to list the member for education and help.
/// exempt_attending: exempted members who attend and vote, so still count (E2).
/// excluded: official members left out of the base under E5 (not among the exempt).
///
/// Every count is an int from 0 to 4294967295 (a bool is refused).
/// Returns a :class:`Decision`: ``outcome`` is ``"listed"`` when
/// 3 × yes ≥ 2 × E, else ``"not_listed"``; ``d.explain("vi")`` says why.
/// Raises :class:`InvalidBallot` (``invalid_electorate``, ``invalid_tally``)
/// for counts the rules refuse and :class:`InvalidArgument` (``malformed``)
/// for a value that is not a count, naming the argument.
#[pyfunction]
#[pyo3(
    signature = (official, exempt, yes, exempt_attending = Given(None), *, excluded = Given(None)),
    text_signature = "(official, exempt, yes, exempt_attending=0, *, excluded=0)"
)]
fn decide_listing(
    py: Python<'_>,
    official: &Bound<'_, PyAny>,
    exempt: &Bound<'_, PyAny>,
    yes: &Bound<'_, PyAny>,
    exempt_attending: Given<'_>,
    excluded: Given<'_>,
) -> PyResult<Decision> {
    guard(py, || {
        let counts = Counts::new(
            count(py, "official", official)?,
            count(py, "exempt", exempt)?,
        )
        .attending(count_or_zero(py, "exempt_attending", &exempt_attending)?)
        .excluding(count_or_zero(py, "excluded", &excluded)?);
        let yes = count(py, "yes", yes)?;
        core_listing(counts, yes)
            .map(Decision::of)
            .map_err(|e| ballot_error(py, &e))
    })
}

/// Decides the two screening ballots of Step 3 (rules S3.1–S3.4, I1, I2,
/// E1, E2, E4, E5, T1, T2): progress first, then removal.
///
/// official: the branch's official members, the exempted among them (E1).
/// exempt: official members exempted from party work and activities (E1).
/// progress_yes: yes votes to recognise the member's progress (T2, one half).
/// removal_yes: yes votes to propose removal from the Party (T1, two thirds).
/// exempt_attending: exempted members who attend and vote, so still count (E2).
/// excluded: official members left out of the base under E5 (not among the exempt).
///
/// Every count is an int from 0 to 4294967295 (a bool is refused).
/// Returns a :class:`Decision` whose ``outcome`` is ``"progress_recognized"``,
/// ``"removal_proposed"`` or ``"continue_education"``. Raises
/// :class:`InvalidBallot` (``invalid_electorate``, ``invalid_tally``,
/// ``conflicting_ballots``) and :class:`InvalidArgument` (``malformed``).
#[pyfunction]
#[pyo3(
    signature = (official, exempt, progress_yes, removal_yes, exempt_attending = Given(None), *, excluded = Given(None)),
    text_signature = "(official, exempt, progress_yes, removal_yes, exempt_attending=0, *, excluded=0)"
)]
fn decide_screening(
    py: Python<'_>,
    official: &Bound<'_, PyAny>,
    exempt: &Bound<'_, PyAny>,
    progress_yes: &Bound<'_, PyAny>,
    removal_yes: &Bound<'_, PyAny>,
    exempt_attending: Given<'_>,
    excluded: Given<'_>,
) -> PyResult<Decision> {
    guard(py, || {
        let counts = Counts::new(
            count(py, "official", official)?,
            count(py, "exempt", exempt)?,
        )
        .attending(count_or_zero(py, "exempt_attending", &exempt_attending)?)
        .excluding(count_or_zero(py, "excluded", &excluded)?);
        let progress = count(py, "progress_yes", progress_yes)?;
        let removal = count(py, "removal_yes", removal_yes)?;
        core_screening(counts, progress, removal)
            .map(Decision::of)
            .map_err(|e| ballot_error(py, &e))
    })
}

/// Raises the `MalformedCase` the core gives for a value at `path` nested too
/// deeply (or circular) to be turned into JSON by the Python layer.
#[pyfunction]
fn raise_too_deep(py: Python<'_>, path: String) -> PyResult<()> {
    Err(format_error(
        py,
        &FormatError::Malformed(Box::new(screening_core::Malformed {
            path,
            problem: screening_core::Problem::NotJson {
                syntax: screening_core::Syntax::TooDeep,
                line: 1,
                column: 1,
            },
        })),
    ))
}

/// Raises the `InvalidArgument` for `path` (the messages without the path).
#[pyfunction]
fn raise_argument(py: Python<'_>, path: &str, vi: String, en: String) -> PyResult<()> {
    Err(argument_error(py, path, vi, en))
}

/// Panics inside the guard: the test that a panic never reaches the interpreter.
#[pyfunction]
fn _panic(py: Python<'_>) -> PyResult<()> {
    guard(py, || panic!("deliberate panic (test hook)"))
}

/// Every rule ID with its title: `{"E1": {"vi": ..., "en": ...}, ...}`.
#[pyfunction]
fn rules(py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
    let d = PyDict::new(py);
    for r in RuleId::ALL {
        let title = PyDict::new(py);
        title.set_item("vi", r.label(screening_core::Lang::Vi))?;
        title.set_item("en", r.label(screening_core::Lang::En))?;
        d.set_item(r.code(), title)?;
    }
    Ok(d)
}

/// Every error code with its general message.
#[pyfunction]
fn error_codes(py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
    let d = PyDict::new(py);
    for c in ErrorCode::ALL {
        let Bilingual { vi, en } = c.messages();
        let m = PyDict::new(py);
        m.set_item("vi", vi)?;
        m.set_item("en", en)?;
        d.set_item(c.code(), m)?;
    }
    Ok(d)
}

/// The codes of every closed vocabulary, by name: what the `Literal` types of
/// the stubs must list (a test compares them).
#[pyfunction]
fn vocabularies(py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
    use screening_core::{
        BallotKind, Body, BranchKind, CloseReason, Criterion, EventType, MentorRole, Outcome,
        Question, RemovalOutcome, StateName,
    };
    let d = PyDict::new(py);
    macro_rules! add {
        ($($name:literal => $ty:ty),* $(,)?) => {$(
            d.set_item($name, PyTuple::new(py, <$ty>::ALL.iter().map(|v| v.code()))?)?;
        )*};
    }
    add!(
        "Outcome" => Outcome,
        "BallotKind" => BallotKind,
        "Question" => Question,
        "StateName" => StateName,
        "EventType" => EventType,
        "Body" => Body,
        "BranchKind" => BranchKind,
        "MemberStatus" => MemberStatus,
        "MentorRole" => MentorRole,
        "Criterion" => Criterion,
        "RemovalOutcome" => RemovalOutcome,
        "CloseReason" => CloseReason,
        "ErrorCode" => ErrorCode,
        "RuleId" => RuleId,
    );
    Ok(d)
}

/// Rebuilds a pickled `Report` by replaying its case file.
#[pyfunction]
fn _report(py: Python<'_>, json: &str) -> PyResult<Report> {
    replay_text(py, json)
}

/// Rebuilds a pickled `Entry` by replaying its case file.
#[pyfunction]
fn _entry(py: Python<'_>, json: &str, index: usize) -> PyResult<Entry> {
    let case = Case::from_json(json).map_err(|e| replay_error(py, e))?;
    if index >= case.history().len() {
        return Err(argument_error(
            py,
            "index",
            format!("không có sự kiện thứ {index}"),
            format!("no event at {index}"),
        ));
    }
    Ok(Entry::of(Arc::new(case), index))
}

/// A case being built or replayed: the core's [`Case`], shared with the
/// reports and entries taken from it (copied on write when they are kept).
#[pyclass(module = "screening._native", name = "NativeCase")]
#[derive(Clone)]
struct NativeCase {
    case: Arc<Case>,
}

fn read_event(py: Python<'_>, event: &[u8]) -> PyResult<Event> {
    utf8(event)
        .and_then(Event::from_json)
        .map_err(|e| format_error(py, &e))
}

#[pymethods]
impl NativeCase {
    /// A new case (state `new`) from the member's and the branch's JSON objects.
    #[staticmethod]
    fn new(py: Python<'_>, member: &[u8], branch: &[u8]) -> PyResult<NativeCase> {
        guard(py, || {
            let read = || -> Result<Case, FormatError> {
                let member = screening_core::file::read_member_json(utf8(member)?)?;
                let branch = screening_core::file::read_branch_json(utf8(branch)?)?;
                Ok(Case::new(member, branch))
            };
            read()
                .map(|case| NativeCase {
                    case: Arc::new(case),
                })
                .map_err(|e| format_error(py, &e))
        })
    }

    /// Reads and replays a case file (UTF-8 JSON bytes).
    #[staticmethod]
    fn from_json(py: Python<'_>, data: &[u8]) -> PyResult<NativeCase> {
        guard(py, || {
            let result = py.detach(|| {
                utf8(data)
                    .map_err(ReplayError::from)
                    .and_then(Case::from_json)
            });
            result
                .map(|case| NativeCase {
                    case: Arc::new(case),
                })
                .map_err(|e| replay_error(py, e))
        })
    }

    /// Applies one event (a JSON object); returns its history entry.
    /// With `expected_version`, refuses with `stale_case` unless the case is at it.
    #[pyo3(signature = (event, expected_version = None))]
    fn apply(
        &mut self,
        py: Python<'_>,
        event: &[u8],
        expected_version: Option<usize>,
    ) -> PyResult<Entry> {
        guard(py, || {
            let event = read_event(py, event)?;
            // Copies the case only if a report or an entry still shares it.
            let case = Arc::make_mut(&mut self.case);
            let applied = match expected_version {
                Some(v) => case.apply_at(v, event),
                None => case.apply(event),
            };
            if let Err(refusal) = applied {
                return Err(refusal_error(py, &self.case, &refusal));
            }
            // A copy of the new entry: keeping it must not make the next
            // `apply` copy the whole case.
            let index = self.case.version().saturating_sub(1);
            Entry::copied(&self.case, index).ok_or_else(|| {
                errors::Raised::of(screening_core::ErrorReport::internal(
                    "no event was recorded",
                ))
                .into_err(py)
            })
        })
    }

    /// The state `event` would lead to, without applying it.
    fn check(&self, py: Python<'_>, event: &[u8]) -> PyResult<&'static str> {
        guard(py, || {
            let event = read_event(py, event)?;
            self.case
                .check(&event)
                .map(|s| s.code())
                .map_err(|refusal| refusal_error(py, &self.case, &refusal))
        })
    }

    /// Sets the member's status as the case stands (`official`, `probationary`).
    fn set_member_status(&mut self, py: Python<'_>, status: &str) -> PyResult<()> {
        guard(py, || match MemberStatus::from_code(status) {
            Some(s) => {
                Arc::make_mut(&mut self.case).set_member_status(s);
                Ok(())
            }
            None => Err(argument_error(
                py,
                "status",
                format!("{status:?} không phải là \"official\" hoặc \"probationary\""),
                format!("{status:?} is not \"official\" or \"probationary\""),
            )),
        })
    }

    /// The state's name.
    #[getter]
    fn state(&self) -> &'static str {
        self.case.state().name().code()
    }

    /// The number of events applied.
    #[getter]
    fn version(&self) -> usize {
        self.case.version()
    }

    /// The member.
    #[getter]
    fn member(&self) -> values::Member {
        values::Member(self.case.member().clone())
    }

    /// The branch.
    #[getter]
    fn branch(&self) -> values::Branch {
        values::Branch(self.case.branch().clone())
    }

    /// The history, as entries (copies: keeping them does not make the next
    /// `apply` copy the case).
    #[getter]
    fn history<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let entries: Vec<Entry> = (0..self.case.version())
            .filter_map(|i| Entry::copied(&self.case, i))
            .collect();
        PyTuple::new(py, entries)
    }

    /// The events that may be recorded now.
    fn next<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.case.next().iter().map(values::NextEvent::from))
    }

    /// The report (a snapshot sharing the case).
    fn report(&self) -> Report {
        Report::of(Arc::clone(&self.case))
    }

    /// The case file, as JSON.
    #[pyo3(signature = (pretty = false))]
    fn to_json(&self, pretty: bool) -> String {
        if pretty {
            self.case.to_json_pretty()
        } else {
            self.case.to_json()
        }
    }

    /// An independent copy.
    fn copy(&self) -> NativeCase {
        self.clone()
    }

    /// Whether the two cases are equal (member, branch, events).
    fn same(&self, other: &NativeCase) -> bool {
        *self.case == *other.case
    }
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("FORMAT", FORMAT)?;
    m.add(
        "OUTCOMES",
        PyTuple::new(m.py(), screening_core::batch::OUTCOME_CODES)?,
    )?;
    m.add_class::<NativeCase>()?;
    m.add_class::<values::Electorate>()?;
    m.add_class::<values::Vote>()?;
    m.add_class::<values::TellersCount>()?;
    m.add_class::<Decision>()?;
    m.add_class::<values::Member>()?;
    m.add_class::<values::Branch>()?;
    m.add_class::<values::Mentor>()?;
    m.add_class::<values::NextEvent>()?;
    m.add_class::<Report>()?;
    m.add_class::<Entry>()?;
    m.add_function(wrap_pyfunction!(replay, m)?)?;
    m.add_function(wrap_pyfunction!(decide_listing, m)?)?;
    m.add_function(wrap_pyfunction!(decide_screening, m)?)?;
    m.add_function(wrap_pyfunction!(batch::decide_listing_batch, m)?)?;
    m.add_function(wrap_pyfunction!(batch::decide_screening_batch, m)?)?;
    m.add_function(wrap_pyfunction!(raise_too_deep, m)?)?;
    m.add_function(wrap_pyfunction!(raise_argument, m)?)?;
    m.add_function(wrap_pyfunction!(_panic, m)?)?;
    m.add_function(wrap_pyfunction!(rules, m)?)?;
    m.add_function(wrap_pyfunction!(error_codes, m)?)?;
    m.add_function(wrap_pyfunction!(vocabularies, m)?)?;
    m.add_function(wrap_pyfunction!(values::_electorate, m)?)?;
    m.add_function(wrap_pyfunction!(values::_vote, m)?)?;
    m.add_function(wrap_pyfunction!(values::_tellers_count, m)?)?;
    m.add_function(wrap_pyfunction!(values::_decision, m)?)?;
    m.add_function(wrap_pyfunction!(values::_restore, m)?)?;
    m.add_function(wrap_pyfunction!(values::_next_event, m)?)?;
    m.add_function(wrap_pyfunction!(_report, m)?)?;
    m.add_function(wrap_pyfunction!(_entry, m)?)?;
    m.add_function(wrap_pyfunction!(values::_owned_entry, m)?)?;
    documents::register(m)?;
    Ok(())
}
