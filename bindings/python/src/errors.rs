//! Every error becomes the Python exception that `screening._errors._make`
//! builds, so the mapping from stable code to exception class is written once,
//! in Python. A Rust panic (the core does not panic) is caught by [`guard`]
//! and raised the same way, with the code `internal`.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use screening_core::{
    BallotError, Bilingual, Case, ErrorCode, ErrorReport, FormatError, Refusal, ReplayError,
};

use crate::values::Report;

/// `screening._errors._make`, looked up once.
static FACTORY: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// What an exception carries besides its class.
pub struct Raised {
    pub code: &'static str,
    pub message: Bilingual,
    pub at: Option<usize>,
    pub state: Option<&'static str>,
    pub report: Option<Report>,
    pub path: Option<String>,
    /// A bad argument of a function (`InvalidArgument`), not of a case file.
    pub argument: bool,
}

impl Raised {
    /// An error with only a code and its messages.
    pub fn new(code: &'static str, message: Bilingual) -> Raised {
        Raised {
            code,
            message,
            at: None,
            state: None,
            report: None,
            path: None,
            argument: false,
        }
    }

    /// The core's error report; the case's report, a Python value here, is the
    /// caller's to add.
    pub fn of(report: ErrorReport) -> Raised {
        Raised {
            at: report.at,
            state: report.state.map(|s| s.code()),
            ..Raised::new(report.error.code(), report.message)
        }
    }

    /// The exception.
    pub fn into_err(self, py: Python<'_>) -> PyErr {
        let made = FACTORY
            .get_or_try_init(py, || {
                py.import("screening._errors")?
                    .getattr("_make")
                    .map(Bound::unbind)
            })
            .and_then(|factory| {
                factory.bind(py).call1((
                    self.code,
                    self.message.vi,
                    self.message.en,
                    self.at,
                    self.state,
                    self.report,
                    self.path,
                    self.argument,
                ))
            });
        match made {
            Ok(exc) => PyErr::from_value(exc),
            Err(e) => e,
        }
    }
}

/// A case file or an event that cannot be read, with the path of the field at
/// fault (`events[3].electorate.official`) when there is one.
pub fn format_error(py: Python<'_>, e: &FormatError) -> PyErr {
    let path = match e {
        FormatError::Malformed(m) if !m.path.is_empty() => Some(m.path.clone()),
        _ => None,
    };
    Raised {
        path,
        ..Raised::of(ErrorReport::format(e))
    }
    .into_err(py)
}

/// A case file that cannot be read or whose event is refused.
pub fn replay_error(py: Python<'_>, e: ReplayError) -> PyErr {
    match e {
        ReplayError::Format(f) => format_error(py, &f),
        ReplayError::Refused(r) => {
            let raised = Raised::of(ErrorReport::from(&*r));
            Raised {
                report: Some(Report::of(Arc::new(r.case))),
                ..raised
            }
            .into_err(py)
        }
    }
}

/// A refusal of `case`'s next event: its index, the state the case stays in,
/// and the case's report as it stands.
pub fn refusal_error(py: Python<'_>, case: &Arc<Case>, refusal: &Refusal) -> PyErr {
    Raised {
        report: Some(Report::of(Arc::clone(case))),
        ..Raised::of(ErrorReport::refused(case, refusal))
    }
    .into_err(py)
}

/// A ballot the rules refuse (E4, I2).
pub fn ballot_error(py: Python<'_>, e: &BallotError) -> PyErr {
    Raised::of(ErrorReport::ballot(e)).into_err(py)
}

/// A bad argument or field (code `malformed`), naming its place: `path` is the
/// argument's name, a column's row (`official[3]`) or a field path.
pub fn argument_error(py: Python<'_>, path: &str, vi: String, en: String) -> PyErr {
    Raised {
        path: Some(path.to_owned()),
        argument: true,
        ..Raised::new(
            ErrorCode::Malformed.code(),
            Bilingual {
                vi: format!("{path}: {vi}"),
                en: format!("{path}: {en}"),
            },
        )
    }
    .into_err(py)
}

/// Runs `f`, turning a panic into a `ScreeningError` (code `internal`).
pub fn guard<T>(py: Python<'_>, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(result) => result,
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_owned());
            Err(Raised::of(ErrorReport::internal(&what)).into_err(py))
        }
    }
}
