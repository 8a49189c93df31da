//! `screening._native`: the Rust core as a Python extension module.
//!
//! This module only converts and maps errors; every decision is the core's.
//! Values cross the boundary as the core's serde JSON (UTF-8 bytes in, `str`
//! out); the Python package (`screening/__init__.py`) turns that JSON into
//! dicts and is the public API.
//!
//! Errors: every failure the core reports is raised as the Python exception
//! that `screening._errors._from_native` builds from the core's
//! [`ErrorReport`] JSON, so the mapping from stable code to exception class is
//! written once, in Python. A Rust panic (the core does not panic) is caught
//! here and raised the same way, with the code `internal`, so it can never
//! unwind into the interpreter.

use std::panic::{AssertUnwindSafe, catch_unwind};

use numpy::{PyArray1, PyReadonlyArray1};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyTuple;
use screening_core::batch::{self, LengthMismatch};
use screening_core::{
    Bilingual, Case, Counts, ErrorCode, ErrorReport, Event, FORMAT, FormatError, Refusal,
    ReplayError, RuleId, decide_listing, decide_screening,
};
use serde_json::json;

mod documents;

/// The Python function that turns an error payload (JSON) into an exception.
const ERROR_FACTORY: (&str, &str) = ("screening._errors", "_from_native");

/// The exception for an error payload: the core's [`ErrorReport`] JSON, or the
/// same shape with the code `internal` for a caught panic.
fn exception(py: Python<'_>, payload: &str) -> PyErr {
    let (module, name) = ERROR_FACTORY;
    match py
        .import(module)
        .and_then(|m| m.getattr(name))
        .and_then(|f| f.call1((payload,)))
    {
        Ok(exc) => PyErr::from_value(exc),
        Err(e) => e,
    }
}

fn report_error(py: Python<'_>, report: &ErrorReport) -> PyErr {
    exception(py, &serde_json::to_string(report).unwrap_or_default())
}

fn format_error(py: Python<'_>, e: FormatError) -> PyErr {
    report_error(py, &ErrorReport::from(&ReplayError::Format(e)))
}

/// A refusal of `case`'s next event: the code, its index, the state the case
/// stays in, the messages and the case's report as it stands.
fn refusal_error(py: Python<'_>, case: &Case, refusal: &Refusal) -> PyErr {
    report_error(
        py,
        &ErrorReport {
            error: refusal.code(),
            at: Some(case.version()),
            state: Some(case.state().name()),
            message: refusal.messages(),
            report: Some(Box::new(case.report())),
        },
    )
}

fn ballot_error(py: Python<'_>, code: ErrorCode, message: Bilingual) -> PyErr {
    report_error(
        py,
        &ErrorReport {
            error: code,
            at: None,
            state: None,
            message,
            report: None,
        },
    )
}

/// Runs `f`, turning a panic into a `ScreeningError` (code `internal`).
fn guard<T>(py: Python<'_>, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(result) => result,
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_owned());
            let payload = json!({
                "error": "internal",
                "message": {
                    "vi": format!("Lỗi nội bộ của thư viện: {what}"),
                    "en": format!("internal error in the library: {what}"),
                },
            });
            Err(exception(py, &payload.to_string()))
        }
    }
}

/// The text of a case file or event: UTF-8, else `malformed`.
fn utf8(data: &[u8]) -> Result<&str, FormatError> {
    screening_core::file::text(data)
}

/// Reads and replays a case file (UTF-8 JSON bytes) and returns its report as JSON.
#[pyfunction]
fn replay(py: Python<'_>, data: &[u8]) -> PyResult<String> {
    guard(py, || {
        let result = py.detach(|| {
            utf8(data)
                .map_err(ReplayError::from)
                .and_then(screening_core::replay)
                .map(|report| report.to_json())
        });
        result.map_err(|e| report_error(py, &ErrorReport::from(&e)))
    })
}

/// Decides a listing ballot and returns the explained decision as JSON.
#[pyfunction]
#[pyo3(signature = (official, exempt, yes, exempt_attending = 0))]
fn decide_listing_json(
    py: Python<'_>,
    official: u32,
    exempt: u32,
    yes: u32,
    exempt_attending: u32,
) -> PyResult<String> {
    guard(py, || {
        let counts = Counts::new(official, exempt).attending(exempt_attending);
        decide_listing(counts, yes)
            .map(|d| serde_json::to_string(&d).unwrap_or_default())
            .map_err(|e| ballot_error(py, e.code(), e.messages()))
    })
}

/// Decides a pair of screening ballots and returns the explained decision as JSON.
#[pyfunction]
#[pyo3(signature = (official, exempt, progress_yes, removal_yes, exempt_attending = 0))]
fn decide_screening_json(
    py: Python<'_>,
    official: u32,
    exempt: u32,
    progress_yes: u32,
    removal_yes: u32,
    exempt_attending: u32,
) -> PyResult<String> {
    guard(py, || {
        let counts = Counts::new(official, exempt).attending(exempt_attending);
        decide_screening(counts, progress_yes, removal_yes)
            .map(|d| serde_json::to_string(&d).unwrap_or_default())
            .map_err(|e| ballot_error(py, e.code(), e.messages()))
    })
}

/// A column as a `&[u32]` read in place (no copy): the array must be C-contiguous.
fn column<'a>(name: &str, array: &'a PyReadonlyArray1<'_, u32>) -> PyResult<&'a [u32]> {
    array
        .as_slice()
        .map_err(|e| PyValueError::new_err(format!("{name}: {e}")))
}

/// The codes as a numpy `uint8` array that owns `codes` (no copy).
fn batch_result<'py>(
    py: Python<'py>,
    result: Result<Vec<u8>, LengthMismatch>,
) -> PyResult<Bound<'py, PyArray1<u8>>> {
    match result {
        Ok(codes) => Ok(PyArray1::from_vec(py, codes)),
        Err(e) => Err(PyValueError::new_err(e.to_string())),
    }
}

/// The electorate's columns (official, exempt, exempt attending; E1, E2), read in place.
type ElectorateColumns<'a> = (&'a [u32], &'a [u32], Option<&'a [u32]>);

/// The electorate's columns, read in place.
fn electorate_columns<'a, 'py>(
    official: &'a PyReadonlyArray1<'py, u32>,
    exempt: &'a PyReadonlyArray1<'py, u32>,
    exempt_attending: Option<&'a PyReadonlyArray1<'py, u32>>,
) -> PyResult<ElectorateColumns<'a>> {
    Ok((
        column("official", official)?,
        column("exempt", exempt)?,
        exempt_attending
            .map(|a| column("exempt_attending", a))
            .transpose()?,
    ))
}

/// Decides many listing ballots, without holding the GIL: one outcome code
/// (an index of `OUTCOMES`) per row. Columns are C-contiguous `uint32` numpy
/// arrays, read in place.
#[pyfunction]
#[pyo3(signature = (official, exempt, exempt_attending, yes))]
fn decide_listing_batch<'py>(
    py: Python<'py>,
    official: PyReadonlyArray1<'py, u32>,
    exempt: PyReadonlyArray1<'py, u32>,
    exempt_attending: Option<PyReadonlyArray1<'py, u32>>,
    yes: PyReadonlyArray1<'py, u32>,
) -> PyResult<Bound<'py, PyArray1<u8>>> {
    guard(py, || {
        let (official, exempt, attending) =
            electorate_columns(&official, &exempt, exempt_attending.as_ref())?;
        let yes = column("yes", &yes)?;
        let result = py.detach(|| {
            let mut out = vec![0_u8; official.len()];
            let columns = batch::ElectorateColumns {
                official,
                exempt,
                exempt_attending: attending,
                excluded: None,
            };
            batch::decide_listing_batch(columns, yes, &mut out)?;
            Ok(out)
        });
        batch_result(py, result)
    })
}

/// Decides many pairs of screening ballots, without holding the GIL: one
/// outcome code (an index of `OUTCOMES`) per row. Columns as for
/// `decide_listing_batch`.
#[pyfunction]
#[pyo3(signature = (official, exempt, exempt_attending, progress_yes, removal_yes))]
fn decide_screening_batch<'py>(
    py: Python<'py>,
    official: PyReadonlyArray1<'py, u32>,
    exempt: PyReadonlyArray1<'py, u32>,
    exempt_attending: Option<PyReadonlyArray1<'py, u32>>,
    progress_yes: PyReadonlyArray1<'py, u32>,
    removal_yes: PyReadonlyArray1<'py, u32>,
) -> PyResult<Bound<'py, PyArray1<u8>>> {
    guard(py, || {
        let (official, exempt, attending) =
            electorate_columns(&official, &exempt, exempt_attending.as_ref())?;
        let progress = column("progress_yes", &progress_yes)?;
        let removal = column("removal_yes", &removal_yes)?;
        let result = py.detach(|| {
            let mut out = vec![0_u8; official.len()];
            let columns = batch::ElectorateColumns {
                official,
                exempt,
                exempt_attending: attending,
                excluded: None,
            };
            batch::decide_screening_batch(columns, progress, removal, &mut out)?;
            Ok(out)
        });
        batch_result(py, result)
    })
}

/// Raises the `MalformedCase` the core gives for `detail` (for input the
/// Python layer cannot even turn into JSON, e.g. nested too deeply).
#[pyfunction]
fn raise_malformed(py: Python<'_>, detail: String) -> PyResult<()> {
    // Only a value nested too deeply (or circular) cannot be turned into JSON.
    let _ = detail;
    Err(format_error(
        py,
        FormatError::Malformed(Box::new(screening_core::Malformed {
            path: String::new(),
            problem: screening_core::Problem::NotJson {
                syntax: screening_core::Syntax::TooDeep,
                line: 1,
                column: 1,
            },
        })),
    ))
}

/// Panics inside the guard: the test that a panic never reaches the interpreter.
#[pyfunction]
fn _panic(py: Python<'_>) -> PyResult<()> {
    guard(py, || panic!("deliberate panic (test hook)"))
}

/// Every rule ID with its title: `{"E1": {"vi": ..., "en": ...}, ...}`, as JSON.
#[pyfunction]
fn rules_json() -> String {
    let rules: serde_json::Map<String, serde_json::Value> = RuleId::ALL
        .iter()
        .map(|r| {
            let title = Bilingual::with(|lang| r.label(lang).to_owned());
            (r.code().to_owned(), json!(title))
        })
        .collect();
    serde_json::Value::Object(rules).to_string()
}

/// Every error code with its general message, as JSON.
#[pyfunction]
fn error_codes_json() -> String {
    let codes: serde_json::Map<String, serde_json::Value> = ErrorCode::ALL
        .iter()
        .map(|c| (c.code().to_owned(), json!(c.messages())))
        .collect();
    serde_json::Value::Object(codes).to_string()
}

/// A case being built or replayed: the core's [`Case`].
#[pyclass(module = "screening._native", name = "NativeCase")]
#[derive(Clone)]
struct NativeCase {
    case: Case,
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
                .map(|case| NativeCase { case })
                .map_err(|e| format_error(py, e))
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
                .map(|case| NativeCase { case })
                .map_err(|e| report_error(py, &ErrorReport::from(&e)))
        })
    }

    /// Applies one event (a JSON object); returns its history entry as JSON.
    /// With `expected_version`, refuses with `stale_case` unless the case is at it.
    #[pyo3(signature = (event, expected_version = None))]
    fn apply(
        &mut self,
        py: Python<'_>,
        event: &[u8],
        expected_version: Option<usize>,
    ) -> PyResult<String> {
        guard(py, || {
            let event = utf8(event)
                .and_then(Event::from_json)
                .map_err(|e| format_error(py, e))?;
            let applied = match expected_version {
                Some(v) => self.case.apply_at(v, event),
                None => self.case.apply(event),
            };
            if let Err(refusal) = applied {
                return Err(refusal_error(py, &self.case, &refusal));
            }
            let entry = self.case.report().history.pop();
            Ok(serde_json::to_string(&entry).unwrap_or_default())
        })
    }

    /// The state `event` would lead to, without applying it.
    fn check(&self, py: Python<'_>, event: &[u8]) -> PyResult<&'static str> {
        guard(py, || {
            let event = utf8(event)
                .and_then(Event::from_json)
                .map_err(|e| format_error(py, e))?;
            self.case
                .check(&event)
                .map(|s| s.code())
                .map_err(|refusal| refusal_error(py, &self.case, &refusal))
        })
    }

    /// Sets the member's status as the case stands (`official`, `probationary`).
    fn set_member_status(&mut self, py: Python<'_>, status: &str) -> PyResult<()> {
        guard(py, || {
            match screening_core::file::read_member_status(status) {
                Ok(s) => {
                    self.case.set_member_status(s);
                    Ok(())
                }
                Err(e) => Err(format_error(py, e)),
            }
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

    /// The events that may be recorded now, as JSON.
    fn next(&self) -> String {
        serde_json::to_string(&self.case.next()).unwrap_or_default()
    }

    /// The report, as JSON.
    fn report(&self) -> String {
        self.case.report().to_json()
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
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("FORMAT", FORMAT)?;
    m.add("OUTCOMES", PyTuple::new(py, batch::OUTCOME_CODES)?)?;
    m.add_class::<NativeCase>()?;
    m.add_function(wrap_pyfunction!(replay, m)?)?;
    m.add_function(wrap_pyfunction!(decide_listing_json, m)?)?;
    m.add_function(wrap_pyfunction!(decide_screening_json, m)?)?;
    m.add_function(wrap_pyfunction!(decide_listing_batch, m)?)?;
    m.add_function(wrap_pyfunction!(decide_screening_batch, m)?)?;
    m.add_function(wrap_pyfunction!(raise_malformed, m)?)?;
    m.add_function(wrap_pyfunction!(_panic, m)?)?;
    m.add_function(wrap_pyfunction!(rules_json, m)?)?;
    m.add_function(wrap_pyfunction!(error_codes_json, m)?)?;
    documents::register(m)?;
    Ok(())
}
