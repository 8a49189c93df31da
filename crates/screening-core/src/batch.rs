//! Ballot decisions in bulk: one small integer code per row, no allocation.
//!
//! The codes come from the same functions as [`crate::decide_listing`] and
//! [`crate::decide_screening`], so a batch and a loop of single decisions agree;
//! the screening batch uses a branch-free statement of the same rules, tested
//! equal to them on every small electorate and at the extremes, so that it runs
//! at the speed of reading its columns (docs/performance.md).

use crate::ballot::{BallotError, Outcome, Question, listing, screening};
use crate::electorate::{Counts, size_and_validity};
use crate::error::ErrorCode;

/// The batch codes, by name: the five outcomes, then the three ballot errors (an
/// invalid row is a code of its own, not an error for the batch). Each is its
/// index in [`OUTCOME_CODES`].
pub mod code {
    /// `not_listed` (S1.3).
    pub const NOT_LISTED: u8 = 0;
    /// `listed` (S1.3).
    pub const LISTED: u8 = 1;
    /// `continue_education` (S3.4, I1).
    pub const CONTINUE_EDUCATION: u8 = 2;
    /// `progress_recognized` (S3.2).
    pub const PROGRESS_RECOGNIZED: u8 = 3;
    /// `removal_proposed` (S3.3).
    pub const REMOVAL_PROPOSED: u8 = 4;
    /// `invalid_electorate` (E4).
    pub const INVALID_ELECTORATE: u8 = 5;
    /// `invalid_tally` (E4).
    pub const INVALID_TALLY: u8 = 6;
    /// `conflicting_ballots` (I2).
    pub const CONFLICTING_BALLOTS: u8 = 7;
}

/// The JSON code of each batch result, indexed by its [`code`].
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
        Outcome::NotListed => code::NOT_LISTED,
        Outcome::Listed => code::LISTED,
        Outcome::ContinueEducation => code::CONTINUE_EDUCATION,
        Outcome::ProgressRecognized => code::PROGRESS_RECOGNIZED,
        Outcome::RemovalProposed => code::REMOVAL_PROPOSED,
    }
}

/// The batch code of a ballot error (its index in [`OUTCOME_CODES`]).
pub const fn error_code(error: ErrorCode) -> u8 {
    match error {
        ErrorCode::InvalidElectorate => code::INVALID_ELECTORATE,
        ErrorCode::InvalidTally => code::INVALID_TALLY,
        _ => code::CONFLICTING_BALLOTS,
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

/// `if c { a } else { b }` without a branch.
#[inline(always)]
const fn select(c: bool, a: u8, b: u8) -> u8 {
    let mask = 0u8.wrapping_sub(c as u8);
    (a & mask) | (b & !mask)
}

/// The batch code of one pair of screening ballots, computed without a branch on
/// the data: the same code as [`screening_code`] for every input (tested over every
/// small electorate and the extremes). [`screening_code`] goes through the
/// explained decision's `Result`, whose branches on the outcome mispredict on real
/// columns and make a batch several times slower than reading its input; the
/// listing ballot, with one outcome, needs no such version.
///
/// Rules S3.2–S3.4, I1, I2, E1, E2, E4, T1, T2.
#[inline(always)]
fn screening_code_flat(
    official: u32,
    exempt: u32,
    exempt_attending: u32,
    progress_yes: u32,
    removal_yes: u32,
) -> u8 {
    let counts = Counts::new(official, exempt).attending(exempt_attending);
    let (size, valid) = size_and_validity(counts);
    let (p, r) = (u64::from(progress_yes), u64::from(removal_yes));
    // E4: no more yes votes than voters, progress checked first, then removal.
    let invalid_tally = (p > size) | (r > size);
    // T2: progress at least one half; T1: removal at least two thirds. `size` fits
    // in u32 whenever the counts are valid; otherwise the answer is masked below.
    let e = size as u32;
    let progress = Question::Progress.threshold().is_met(progress_yes, e);
    let removal = Question::Removal.threshold().is_met(removal_yes, e);
    // S3.2, S3.3, else S3.4 and I1; I2: both pass.
    let outcome = select(
        progress,
        code::PROGRESS_RECOGNIZED,
        select(removal, code::REMOVAL_PROPOSED, code::CONTINUE_EDUCATION),
    );
    select(
        !valid,
        code::INVALID_ELECTORATE,
        select(
            invalid_tally,
            code::INVALID_TALLY,
            select(progress & removal, code::CONFLICTING_BALLOTS, outcome),
        ),
    )
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
    let rows = official.iter().zip(exempt).zip(yes).zip(out.iter_mut());
    match exempt_attending {
        Some(attending) => {
            for ((((o, x), y), slot), a) in rows.zip(attending) {
                *slot = listing_code(*o, *x, *a, *y);
            }
        }
        None => {
            for (((o, x), y), slot) in rows {
                *slot = listing_code(*o, *x, 0, *y);
            }
        }
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
    let rows = official
        .iter()
        .zip(exempt)
        .zip(progress_yes.iter().zip(removal_yes))
        .zip(out.iter_mut());
    match exempt_attending {
        Some(attending) => {
            for ((((o, x), (p, r)), slot), a) in rows.zip(attending) {
                *slot = screening_code_flat(*o, *x, *a, *p, *r);
            }
        }
        None => {
            for (((o, x), (p, r)), slot) in rows {
                *slot = screening_code_flat(*o, *x, 0, *p, *r);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The flat screening codes are the codes of the explained decisions, for every small
    /// electorate (valid or not) and every tally up to past it, and at the extremes.
    #[test]
    fn the_batch_codes_are_those_of_the_decisions() {
        let mut checked = 0u64;
        for o in 0..=13u32 {
            for x in 0..=o + 1 {
                for a in 0..=x + 1 {
                    for p in 0..=o + 2 {
                        for r in 0..=o + 2 {
                            assert_eq!(
                                screening_code_flat(o, x, a, p, r),
                                screening_code(o, x, a, p, r),
                                "{o} {x} {a} {p} {r}"
                            );
                            checked += 1;
                        }
                    }
                }
            }
        }
        assert!(checked > 100_000);
        let m = u32::MAX;
        let extremes = [0, 1, 2, m / 3, m / 2, m / 2 + 1, m - 2, m - 1, m];
        for o in extremes {
            for x in extremes {
                for a in extremes {
                    for p in extremes {
                        for r in extremes {
                            assert_eq!(
                                screening_code_flat(o, x, a, p, r),
                                screening_code(o, x, a, p, r),
                                "{o} {x} {a} {p} {r}"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn a_batch_without_attending_is_a_batch_of_zeros() {
        let official = [10, 10, 3, 0, 12];
        let exempt = [1, 1, 4, 0, 1];
        let zeros = [0; 5];
        let progress = [5, 2, 1, 0, 4];
        let removal = [2, 7, 0, 0, 5];
        let mut a = [0u8; 5];
        let mut b = [0u8; 5];
        decide_screening_batch(&official, &exempt, None, &progress, &removal, &mut a).unwrap();
        decide_screening_batch(
            &official,
            &exempt,
            Some(&zeros),
            &progress,
            &removal,
            &mut b,
        )
        .unwrap();
        assert_eq!(a, b);
        use code::*;
        assert_eq!(
            a,
            [
                PROGRESS_RECOGNIZED,
                REMOVAL_PROPOSED,
                INVALID_ELECTORATE,
                INVALID_ELECTORATE,
                CONTINUE_EDUCATION
            ]
        );
        decide_listing_batch(&official, &exempt, None, &removal, &mut a).unwrap();
        assert_eq!(
            a,
            [
                NOT_LISTED,
                LISTED,
                INVALID_ELECTORATE,
                INVALID_ELECTORATE,
                NOT_LISTED
            ]
        );
    }
}
