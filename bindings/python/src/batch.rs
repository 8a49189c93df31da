//! The batch functions: C-contiguous `uint32` numpy columns read in place,
//! decided by the core without the GIL (on every core when the input is
//! large), one `uint8` outcome code per row returned as a numpy array.

use std::num::NonZeroUsize;

use numpy::{PyArray1, PyReadonlyArray1};
use pyo3::prelude::*;
use screening_core::batch;

use crate::errors::{argument_error, guard};

/// Below this many rows one thread decides them all (a thread costs more).
const PARALLEL_ROWS: usize = 1 << 17;

/// A column as a `&[u32]` read in place (no copy): the array must be C-contiguous.
fn column<'a>(
    py: Python<'_>,
    name: &str,
    array: &'a PyReadonlyArray1<'_, u32>,
) -> PyResult<&'a [u32]> {
    array.as_slice().map_err(|e| {
        argument_error(
            py,
            name,
            format!("mảng không liên tục trong bộ nhớ ({e})"),
            format!("not a contiguous array ({e})"),
        )
    })
}

/// The electorate's columns, read in place, with the number of rows: every column
/// (and `more`, the ballot's own) of one length, else an error naming `function`'s
/// columns with their lengths (the core's check).
fn electorate<'a>(
    py: Python<'_>,
    function: &str,
    official: &'a PyReadonlyArray1<'_, u32>,
    exempt: &'a PyReadonlyArray1<'_, u32>,
    exempt_attending: Option<&'a PyReadonlyArray1<'_, u32>>,
    excluded: Option<&'a PyReadonlyArray1<'_, u32>>,
    more: &[(&'static str, &[u32])],
) -> PyResult<(batch::ElectorateColumns<'a>, usize)> {
    let optional =
        |name, c: Option<&'a PyReadonlyArray1<'_, u32>>| c.map(|c| column(py, name, c)).transpose();
    let columns = batch::ElectorateColumns {
        official: column(py, "official", official)?,
        exempt: column(py, "exempt", exempt)?,
        exempt_attending: optional("exempt_attending", exempt_attending)?,
        excluded: optional("excluded", excluded)?,
    };
    let n = columns.rows(more).map_err(|e| {
        argument_error(
            py,
            function,
            e.message(screening_core::Lang::Vi),
            e.message(screening_core::Lang::En),
        )
    })?;
    Ok((columns, n))
}

/// The number of threads for `rows` rows.
fn threads(rows: usize) -> usize {
    if rows < PARALLEL_ROWS {
        return 1;
    }
    let cores = std::thread::available_parallelism().map_or(1, NonZeroUsize::get);
    cores.min(rows / (PARALLEL_ROWS / 2)).max(1)
}

/// Decides `n` rows with `decide(start, end, out)` on each chunk of the output,
/// on several threads when `n` is large.
fn decide_rows(n: usize, decide: impl Fn(usize, usize, &mut [u8]) + Sync) -> Vec<u8> {
    let mut out = vec![0_u8; n];
    let t = threads(n);
    if t <= 1 {
        decide(0, n, &mut out);
        return out;
    }
    let chunk = n.div_ceil(t);
    std::thread::scope(|s| {
        for (i, part) in out.chunks_mut(chunk).enumerate() {
            let decide = &decide;
            s.spawn(move || {
                let start = i.saturating_mul(chunk);
                decide(start, start.saturating_add(part.len()), part);
            });
        }
    });
    out
}

/// Decides many listing ballots: one outcome code (an index of `OUTCOMES`) per
/// row. Columns are C-contiguous `uint32` numpy arrays, read in place.
#[pyfunction]
#[pyo3(signature = (official, exempt, exempt_attending, excluded, yes))]
pub fn decide_listing_batch<'py>(
    py: Python<'py>,
    official: PyReadonlyArray1<'py, u32>,
    exempt: PyReadonlyArray1<'py, u32>,
    exempt_attending: Option<PyReadonlyArray1<'py, u32>>,
    excluded: Option<PyReadonlyArray1<'py, u32>>,
    yes: PyReadonlyArray1<'py, u32>,
) -> PyResult<Bound<'py, PyArray1<u8>>> {
    guard(py, || {
        let yes = column(py, "yes", &yes)?;
        let (columns, n) = electorate(
            py,
            "decide_listing_batch",
            &official,
            &exempt,
            exempt_attending.as_ref(),
            excluded.as_ref(),
            &[("yes", yes)],
        )?;
        let codes = py.detach(|| {
            decide_rows(n, |start, end, out| {
                // The lengths are checked: every slice has `end - start` rows.
                let yes = yes.get(start..end).unwrap_or_default();
                let _ = batch::decide_listing_batch(columns.slice(start, end), yes, out);
            })
        });
        Ok(PyArray1::from_vec(py, codes))
    })
}

/// Decides many pairs of screening ballots: one outcome code (an index of
/// `OUTCOMES`) per row. Columns as for `decide_listing_batch`.
#[pyfunction]
#[pyo3(signature = (official, exempt, exempt_attending, excluded, progress_yes, removal_yes))]
pub fn decide_screening_batch<'py>(
    py: Python<'py>,
    official: PyReadonlyArray1<'py, u32>,
    exempt: PyReadonlyArray1<'py, u32>,
    exempt_attending: Option<PyReadonlyArray1<'py, u32>>,
    excluded: Option<PyReadonlyArray1<'py, u32>>,
    progress_yes: PyReadonlyArray1<'py, u32>,
    removal_yes: PyReadonlyArray1<'py, u32>,
) -> PyResult<Bound<'py, PyArray1<u8>>> {
    guard(py, || {
        let progress = column(py, "progress_yes", &progress_yes)?;
        let removal = column(py, "removal_yes", &removal_yes)?;
        let (columns, n) = electorate(
            py,
            "decide_screening_batch",
            &official,
            &exempt,
            exempt_attending.as_ref(),
            excluded.as_ref(),
            &[("progress_yes", progress), ("removal_yes", removal)],
        )?;
        let codes = py.detach(|| {
            decide_rows(n, |start, end, out| {
                let progress = progress.get(start..end).unwrap_or_default();
                let removal = removal.get(start..end).unwrap_or_default();
                let _ = batch::decide_screening_batch(
                    columns.slice(start, end),
                    progress,
                    removal,
                    out,
                );
            })
        });
        Ok(PyArray1::from_vec(py, codes))
    })
}
