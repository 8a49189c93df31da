//! Reading the arguments of the public functions: counts are whole numbers
//! from 0 to 4294967295 (`int`, or an exact integer type such as numpy's),
//! never a `bool`; anything else is an error naming the argument.

use pyo3::prelude::*;
use pyo3::types::{PyBool, PyInt};

use crate::errors::argument_error;

/// `obj` as a count, else an error naming `name`.
#[inline]
pub fn count(py: Python<'_>, name: &str, obj: &Bound<'_, PyAny>) -> PyResult<u32> {
    if !obj.is_instance_of::<PyBool>()
        && let Ok(v) = obj.extract::<u32>()
    {
        return Ok(v);
    }
    Err(not_a_count(py, name, obj))
}

/// An optional argument: absent, or the object given (`None` included, so
/// that an explicit `None` is refused rather than read as the default).
pub struct Given<'py>(pub Option<Bound<'py, PyAny>>);

impl<'a, 'py> FromPyObject<'a, 'py> for Given<'py> {
    type Error = PyErr;

    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> Result<Self, Self::Error> {
        Ok(Given(Some(obj.to_owned())))
    }
}

/// An optional count (0 when absent).
#[inline]
pub fn count_or_zero(py: Python<'_>, name: &str, obj: &Given<'_>) -> PyResult<u32> {
    obj.0.as_ref().map_or(Ok(0), |o| count(py, name, o))
}

/// The error for a value that is not a count.
#[cold]
pub fn not_a_count(py: Python<'_>, name: &str, obj: &Bound<'_, PyAny>) -> PyErr {
    let shown = shown(obj);
    let range = "from 0 to 4294967295";
    if obj.is_instance_of::<PyBool>() {
        return argument_error(
            py,
            name,
            format!("{shown} là giá trị đúng/sai, không phải số nguyên từ 0 đến 4294967295"),
            format!("{shown} is a bool, not a count {range}"),
        );
    }
    let is_int = obj.is_instance_of::<PyInt>() || obj.hasattr("__index__").unwrap_or(false);
    let kind = if is_int {
        String::new()
    } else {
        let t = obj
            .get_type()
            .name()
            .map(|n| n.to_string())
            .unwrap_or_else(|_| "?".to_owned());
        format!(" ({t})")
    };
    argument_error(
        py,
        name,
        format!("{shown}{kind} không phải là số nguyên từ 0 đến 4294967295"),
        format!("{shown}{kind} is not a count {range}"),
    )
}

/// `repr(obj)`, shortened to 60 characters.
fn shown(obj: &Bound<'_, PyAny>) -> String {
    let r = obj
        .repr()
        .map(|r| r.to_string())
        .unwrap_or_else(|_| "?".to_owned());
    if obj.is_instance_of::<PyInt>() && r.len() > 24 {
        let digits = r.trim_start_matches('-').len();
        let head: String = r.chars().take(12).collect();
        return format!("{head}… (an int of {digits} digits)");
    }
    if r.chars().count() > 60 {
        let head: String = r.chars().take(28).collect();
        let tail: String = r
            .chars()
            .rev()
            .take(28)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        format!("{head}…{tail}")
    } else {
        r
    }
}
