//! Ballot decisions in bulk: one small integer code per row, no allocation.
//!
//! The codes come from the same functions as [`crate::decide_listing`] and
//! [`crate::decide_screening`], so a batch and a loop of single decisions agree.

use crate::ballot::{BallotError, Outcome, listing, screening};
use crate::electorate::Counts;
use crate::error::ErrorCode;

/// The code of each batch result, by index: the five outcomes, then the three
/// ballot errors (an invalid row is a code of its own, not an error for the batch).
pub const OUTCOME_CODES: [&str; 8] = [
    "not_listed",
    "listed",
    "continue_education",
    "progress_recognized",
    "removal_proposed",
    "invalid_electorate",
    "invalid_tally",
    "conflicting_ballots",
];

/// The batch code of an outcome (its index in [`OUTCOME_CODES`]).
pub const fn outcome_code(outcome: Outcome) -> u8 {
    match outcome {
        Outcome::NotListed => 0,
        Outcome::Listed => 1,
        Outcome::ContinueEducation => 2,
        Outcome::ProgressRecognized => 3,
        Outcome::RemovalProposed => 4,
    }
}

/// The batch code of a ballot error (its index in [`OUTCOME_CODES`]).
pub const fn error_code(error: ErrorCode) -> u8 {
    match error {
        ErrorCode::InvalidElectorate => 5,
        ErrorCode::InvalidTally => 6,
        _ => 7,
    }
}

fn code_of<T>(result: Result<(T, Outcome), BallotError>) -> u8 {
    match result {
        Ok((_, o)) => outcome_code(o),
        Err(e) => error_code(e.code()),
    }
}

/// The batch code of one listing ballot.
///
/// Rules S1.3, E1, E2, E4, T1.
pub fn listing_code(official: u32, exempt: u32, exempt_attending: u32, yes: u32) -> u8 {
    code_of(listing(
        Counts::new(official, exempt).attending(exempt_attending),
        yes,
    ))
}

/// The batch code of one pair of screening ballots.
///
/// Rules S3.2–S3.4, I1, I2, E1, E2, E4, T1, T2.
pub fn screening_code(
    official: u32,
    exempt: u32,
    exempt_attending: u32,
    progress_yes: u32,
    removal_yes: u32,
) -> u8 {
    code_of(screening(
        Counts::new(official, exempt).attending(exempt_attending),
        progress_yes,
        removal_yes,
    ))
}

/// Columns of different lengths.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error(
    "the columns must have the same length: {lengths:?} (official, exempt, exempt_attending, yes…, out)"
)]
pub struct LengthMismatch {
    /// The lengths given.
    pub lengths: [usize; 6],
}

fn attending_at(attending: Option<&[u32]>, i: usize) -> u32 {
    attending.and_then(|a| a.get(i)).copied().unwrap_or(0)
}

/// Decides many listing ballots, writing one code per row into `out`.
///
/// Rules S1.3, E1, E2, E4, T1. `exempt_attending` may be `None` (all zero).
pub fn decide_listing_batch(
    official: &[u32],
    exempt: &[u32],
    exempt_attending: Option<&[u32]>,
    yes: &[u32],
    out: &mut [u8],
) -> Result<(), LengthMismatch> {
    let n = out.len();
    let a = exempt_attending.map_or(n, <[u32]>::len);
    if [official.len(), exempt.len(), a, yes.len()]
        .iter()
        .any(|&l| l != n)
    {
        return Err(LengthMismatch {
            lengths: [official.len(), exempt.len(), a, yes.len(), 0, n],
        });
    }
    for (i, ((o, (x, y)), slot)) in official
        .iter()
        .zip(exempt.iter().zip(yes))
        .zip(out.iter_mut())
        .enumerate()
    {
        *slot = listing_code(*o, *x, attending_at(exempt_attending, i), *y);
    }
    Ok(())
}

/// Decides many screenings, writing one code per row into `out`.
///
/// Rules S3.2–S3.4, I1, I2, E1, E2, E4, T1, T2. `exempt_attending` may be `None`.
pub fn decide_screening_batch(
    official: &[u32],
    exempt: &[u32],
    exempt_attending: Option<&[u32]>,
    progress_yes: &[u32],
    removal_yes: &[u32],
    out: &mut [u8],
) -> Result<(), LengthMismatch> {
    let n = out.len();
    let a = exempt_attending.map_or(n, <[u32]>::len);
    let lengths = [
        official.len(),
        exempt.len(),
        a,
        progress_yes.len(),
        removal_yes.len(),
        n,
    ];
    if lengths.iter().any(|&l| l != n) {
        return Err(LengthMismatch { lengths });
    }
    for (i, ((o, x), ((p, r), slot))) in official
        .iter()
        .zip(exempt)
        .zip(progress_yes.iter().zip(removal_yes).zip(out.iter_mut()))
        .enumerate()
    {
        *slot = screening_code(*o, *x, attending_at(exempt_attending, i), *p, *r);
    }
    Ok(())
}
