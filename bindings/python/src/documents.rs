//! The papers a branch signs (`screening.documents`), from `screening-documents`:
//! one native function, `_native._document`, that takes the case files (and the
//! document context) as UTF-8 bytes and returns the document as `bytes` (DOCX) or
//! `str` (HTML, Markdown). It only converts; errors are raised through
//! `screening._errors._from_native` with their stable codes.

use std::panic::{AssertUnwindSafe, catch_unwind};

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use screening_core::{Case, ErrorReport, ReplayError};
use screening_documents::{Context, DocumentError, Format, Kind};
use serde_json::json;

/// The exception built by `screening._errors._from_native` from a JSON payload.
fn exception(py: Python<'_>, payload: &str) -> PyErr {
    match py
        .import("screening._errors")
        .and_then(|m| m.getattr("_from_native"))
        .and_then(|f| f.call1((payload,)))
    {
        Ok(exc) => PyErr::from_value(exc),
        Err(e) => e,
    }
}

/// A document error as the exception of its code: the core's error report for
/// the case file's own errors, else `{"error", "message": {"vi", "en"}}`.
fn document_error(py: Python<'_>, e: &DocumentError) -> PyErr {
    let payload = match e {
        DocumentError::Case(replay) => {
            serde_json::to_string(&ErrorReport::from(replay)).unwrap_or_default()
        }
        _ => json!({
            "error": e.code(),
            "message": {
                "vi": e.message(screening_core::Lang::Vi),
                "en": e.message(screening_core::Lang::En),
            },
        })
        .to_string(),
    };
    exception(py, &payload)
}

/// The text of a case file or a context: UTF-8, else the core's `malformed`.
fn text(data: &[u8]) -> Result<&str, DocumentError> {
    screening_core::file::text(data).map_err(|e| DocumentError::Case(ReplayError::Format(e)))
}

/// What `_document` makes, before it becomes a Python value.
enum Made {
    Bytes(Vec<u8>),
    Text(String),
}

fn make(
    kind: Kind,
    cases: &[Vec<u8>],
    event: Option<usize>,
    context: Option<&[u8]>,
    format: Format,
    explain: bool,
) -> Result<Made, DocumentError> {
    let cases = cases
        .iter()
        .map(|c| Case::from_json(text(c)?).map_err(DocumentError::Case))
        .collect::<Result<Vec<_>, _>>()?;
    let context = match context {
        None => Context::default(),
        Some(c) => Context::from_json(text(c)?)?,
    };
    let paper = screening_documents::make(kind, &cases, event, &context)?;
    let bytes = if explain {
        screening_documents::render_explanation(&paper.explanation, format)?
    } else {
        screening_documents::render(&paper.document, format)?
    };
    Ok(match format {
        Format::Docx => Made::Bytes(bytes),
        Format::Html | Format::Markdown => Made::Text(String::from_utf8_lossy(&bytes).into_owned()),
    })
}

/// `_document(kind, cases, event, context, format, explain)`: the document as
/// `bytes` (docx) or `str` (html, md).
#[pyfunction]
#[pyo3(signature = (kind, cases, event = None, context = None, format = "docx", explain = false))]
fn _document(
    py: Python<'_>,
    kind: &str,
    cases: Vec<Vec<u8>>,
    event: Option<usize>,
    context: Option<Vec<u8>>,
    format: &str,
    explain: bool,
) -> PyResult<Py<PyAny>> {
    let kind = Kind::from_code(kind).ok_or_else(|| {
        PyValueError::new_err(format!(
            "unknown document {kind:?}: vote-record, list or resolution"
        ))
    })?;
    let format = Format::from_code(format).ok_or_else(|| {
        PyValueError::new_err(format!("unknown format {format:?}: docx, html or md"))
    })?;
    let made = catch_unwind(AssertUnwindSafe(|| {
        py.detach(|| make(kind, &cases, event, context.as_deref(), format, explain))
    }));
    match made {
        Ok(Ok(Made::Bytes(b))) => Ok(PyBytes::new(py, &b).into_any().unbind()),
        Ok(Ok(Made::Text(s))) => Ok(s.into_pyobject(py)?.into_any().unbind()),
        Ok(Err(e)) => Err(document_error(py, &e)),
        Err(_) => Err(exception(
            py,
            &json!({
                "error": "internal",
                "message": {
                    "vi": "Lỗi nội bộ của thư viện khi lập văn bản",
                    "en": "internal error in the library while making a document",
                },
            })
            .to_string(),
        )),
    }
}

/// Adds `_document` to the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(_document, m)?)
}
