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

/// Refuses columns of different lengths, naming `function`'s columns.
fn same_length(
    py: Python<'_>,
    function: &str,
    columns: &[(&str, Option<&[u32]>)],
) -> PyResult<usize> {
    let n = columns
        .first()
        .and_then(|(_, c)| c.map(<[u32]>::len))
        .unwrap_or(0);
    if columns.iter().all(|(_, c)| c.is_none_or(|c| c.len() == n)) {
        return Ok(n);
    }
    let lengths: Vec<String> = columns
        .iter()
        .filter_map(|(name, c)| c.map(|c| format!("{name} {}", c.len())))
        .collect();
    let lengths = lengths.join(", ");
    Err(argument_error(
        py,
        function,
        format!("các cột phải dài bằng nhau: {lengths}"),
        format!("the columns must have the same length: {lengths}"),
    ))
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

/// `column[start..end]`, or `None` for an absent column.
fn part(column: Option<&[u32]>, start: usize, end: usize) -> Option<&[u32]> {
    column.and_then(|c| c.get(start..end))
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
        let official = column(py, "official", &official)?;
        let exempt = column(py, "exempt", &exempt)?;
        let attending = exempt_attending
            .as_ref()
            .map(|a| column(py, "exempt_attending", a))
            .transpose()?;
        let excluded = excluded
            .as_ref()
            .map(|a| column(py, "excluded", a))
            .transpose()?;
        let yes = column(py, "yes", &yes)?;
        let n = same_length(
            py,
            "decide_listing_batch",
            &[
                ("official", Some(official)),
                ("exempt", Some(exempt)),
                ("exempt_attending", attending),
                ("excluded", excluded),
                ("yes", Some(yes)),
            ],
        )?;
        let codes = py.detach(|| {
            decide_rows(n, |start, end, out| {
                let r = start..end;
                // Same lengths were checked: every slice has `end - start` rows.
                let columns = batch::ElectorateColumns {
                    official: official.get(r.clone()).unwrap_or_default(),
                    exempt: exempt.get(r.clone()).unwrap_or_default(),
                    exempt_attending: part(attending, start, end),
                    excluded: part(excluded, start, end),
                };
                let _ = batch::decide_listing_batch(columns, yes.get(r).unwrap_or_default(), out);
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
        let official = column(py, "official", &official)?;
        let exempt = column(py, "exempt", &exempt)?;
        let attending = exempt_attending
            .as_ref()
            .map(|a| column(py, "exempt_attending", a))
            .transpose()?;
        let excluded = excluded
            .as_ref()
            .map(|a| column(py, "excluded", a))
            .transpose()?;
        let progress = column(py, "progress_yes", &progress_yes)?;
        let removal = column(py, "removal_yes", &removal_yes)?;
        let n = same_length(
            py,
            "decide_screening_batch",
            &[
                ("official", Some(official)),
                ("exempt", Some(exempt)),
                ("exempt_attending", attending),
                ("excluded", excluded),
                ("progress_yes", Some(progress)),
                ("removal_yes", Some(removal)),
            ],
        )?;
        let codes = py.detach(|| {
            decide_rows(n, |start, end, out| {
                let r = start..end;
                let columns = batch::ElectorateColumns {
                    official: official.get(r.clone()).unwrap_or_default(),
                    exempt: exempt.get(r.clone()).unwrap_or_default(),
                    exempt_attending: part(attending, start, end),
                    excluded: part(excluded, start, end),
                };
                let _ = batch::decide_screening_batch(
                    columns,
                    progress.get(r.clone()).unwrap_or_default(),
                    removal.get(r).unwrap_or_default(),
                    out,
                );
            })
        });
        Ok(PyArray1::from_vec(py, codes))
    })
}
