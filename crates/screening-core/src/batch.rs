//! Ballot decisions in bulk: one small integer code per row, no allocation.
//!
//! The codes come from the same functions as [`crate::decide_listing`] and
//! [`crate::decide_screening`], so a batch and a loop of single decisions agree;
//! the screening batch uses a branch-free statement of the same rules, tested
//! equal to them on every small electorate and at the extremes, so that it runs
//! at the speed of reading its columns (docs/performance.md).

use crate::ballot::{BallotError, Outcome, Question, Tally, listing, screening};
use crate::code::ErrorCode;
use crate::electorate::{Counts, size_and_validity};
use crate::lang::Lang;

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
/// Rules S1.3, E1, E2, E4, E5, T1.
pub fn listing_code(counts: Counts, yes: u32) -> u8 {
    code_of(listing(counts, Tally::yes(yes)))
}

/// The batch code of one pair of screening ballots.
///
/// Rules S3.2–S3.4, I1, I2, E1, E2, E4, E5, T1, T2.
pub fn screening_code(counts: Counts, progress_yes: u32, removal_yes: u32) -> u8 {
    code_of(screening(
        counts,
        Tally::yes(progress_yes),
        Tally::yes(removal_yes),
    ))
}

/// The electorate's columns of a batch, one row per ballot (E1, E2, E5):
/// `exempt_attending` and `excluded` may be absent (all zero).
#[derive(Debug, Clone, Copy, Default)]
pub struct ElectorateColumns<'a> {
    /// Official members of the branch.
    pub official: &'a [u32],
    /// The exempted among them.
    pub exempt: &'a [u32],
    /// The exempted who attend and vote (E2); `None` for all zero.
    pub exempt_attending: Option<&'a [u32]>,
    /// The official members out of the base under E5; `None` for all zero.
    pub excluded: Option<&'a [u32]>,
}

/// Columns of different lengths: each column's name and length (`out`, the output,
/// last where it is the one that differs).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message(Lang::En))]
pub struct LengthMismatch {
    /// Each column given, with its length.
    pub lengths: Vec<(&'static str, usize)>,
}

impl LengthMismatch {
    /// The mismatch in `lang`, naming each column with its length.
    pub fn message(&self, lang: Lang) -> String {
        let lengths = self
            .lengths
            .iter()
            .map(|(name, n)| format!("{name} {n}"))
            .collect::<Vec<_>>()
            .join(", ");
        match lang {
            Lang::Vi => format!("các cột phải dài bằng nhau: {lengths}"),
            Lang::En => format!("the columns must have the same length: {lengths}"),
        }
    }
}

impl<'a> ElectorateColumns<'a> {
    /// The number of rows: that of every column given and of `more` (the ballot's
    /// own columns, with their names), or the lengths of all of them.
    pub fn rows(&self, more: &[(&'static str, &[u32])]) -> Result<usize, LengthMismatch> {
        let mut lengths = vec![
            ("official", self.official.len()),
            ("exempt", self.exempt.len()),
        ];
        if let Some(a) = self.exempt_attending {
            lengths.push(("exempt_attending", a.len()));
        }
        if let Some(z) = self.excluded {
            lengths.push(("excluded", z.len()));
        }
        lengths.extend(more.iter().map(|(name, c)| (*name, c.len())));
        let n = self.official.len();
        if lengths.iter().all(|&(_, l)| l == n) {
            Ok(n)
        } else {
            Err(LengthMismatch { lengths })
        }
    }

    /// Rows `start..end` of every column (empty where a column is shorter).
    pub fn slice(&self, start: usize, end: usize) -> ElectorateColumns<'a> {
        let part = |c: &'a [u32]| c.get(start..end).unwrap_or_default();
        ElectorateColumns {
            official: part(self.official),
            exempt: part(self.exempt),
            exempt_attending: self.exempt_attending.map(part),
            excluded: self.excluded.map(part),
        }
    }

    /// Checks that every column given, and `more`, have the length of `out`.
    fn check(&self, more: &[(&'static str, &[u32])], out: usize) -> Result<(), LengthMismatch> {
        let n = self.rows(more)?;
        if n == out {
            Ok(())
        } else {
            Err(LengthMismatch {
                lengths: vec![("rows", n), ("out", out)],
            })
        }
    }

    /// Calls `f` with each row's counts and the row's item of `rest`, in order: one
    /// zip over the columns given, so that the loop stays a plain pass over memory.
    #[inline(always)]
    fn zip_rows<T>(&self, rest: impl Iterator<Item = T>, mut f: impl FnMut(Counts, T)) {
        let row = |o: u32, x: u32, a: u32, z: u32| Counts {
            official: o,
            exempt: x,
            exempt_attending: a,
            excluded: z,
        };
        let base = self.official.iter().zip(self.exempt);
        match (self.exempt_attending, self.excluded) {
            (None, None) => base
                .zip(rest)
                .for_each(|((o, x), t)| f(row(*o, *x, 0, 0), t)),
            (Some(a), None) => base
                .zip(a)
                .zip(rest)
                .for_each(|(((o, x), a), t)| f(row(*o, *x, *a, 0), t)),
            (None, Some(z)) => base
                .zip(z)
                .zip(rest)
                .for_each(|(((o, x), z), t)| f(row(*o, *x, 0, *z), t)),
            (Some(a), Some(z)) => base
                .zip(a)
                .zip(z)
                .zip(rest)
                .for_each(|((((o, x), a), z), t)| f(row(*o, *x, *a, *z), t)),
        }
    }
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
/// Rules S3.2–S3.4, I1, I2, E1, E2, E4, E5, T1, T2.
#[inline(always)]
fn screening_code_flat(counts: Counts, progress_yes: u32, removal_yes: u32) -> u8 {
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
/// Rules S1.3, E1, E2, E4, E5, T1. Every column must have the length of `out`.
pub fn decide_listing_batch(
    electorate: ElectorateColumns<'_>,
    yes: &[u32],
    out: &mut [u8],
) -> Result<(), LengthMismatch> {
    electorate.check(&[("yes", yes)], out.len())?;
    electorate.zip_rows(yes.iter().zip(out.iter_mut()), |counts, (y, slot)| {
        *slot = listing_code(counts, *y);
    });
    Ok(())
}

/// Decides many screenings, writing one code per row into `out`.
///
/// Rules S3.2–S3.4, I1, I2, E1, E2, E4, E5, T1, T2. Every column must have the
/// length of `out`.
pub fn decide_screening_batch(
    electorate: ElectorateColumns<'_>,
    progress_yes: &[u32],
    removal_yes: &[u32],
    out: &mut [u8],
) -> Result<(), LengthMismatch> {
    electorate.check(
        &[("progress_yes", progress_yes), ("removal_yes", removal_yes)],
        out.len(),
    )?;
    let rows = progress_yes.iter().zip(removal_yes).zip(out.iter_mut());
    electorate.zip_rows(rows, |counts, ((p, r), slot)| {
        *slot = screening_code_flat(counts, *p, *r);
    });
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
        for o in 0..=11u32 {
            for x in 0..=o + 1 {
                for a in 0..=x + 1 {
                    for z in 0..=2 {
                        let c = Counts::new(o, x).attending(a).excluding(z);
                        for p in 0..=o + 2 {
                            for r in 0..=o + 2 {
                                assert_eq!(
                                    screening_code_flat(c, p, r),
                                    screening_code(c, p, r),
                                    "{c:?} {p} {r}"
                                );
                                checked += 1;
                            }
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
                    for z in [0, 1, m / 2, m] {
                        let c = Counts::new(o, x).attending(a).excluding(z);
                        for p in extremes {
                            for r in extremes {
                                assert_eq!(
                                    screening_code_flat(c, p, r),
                                    screening_code(c, p, r),
                                    "{c:?} {p} {r}"
                                );
                            }
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
        let columns = ElectorateColumns {
            official: &official,
            exempt: &exempt,
            ..ElectorateColumns::default()
        };
        let with_zeros = ElectorateColumns {
            exempt_attending: Some(&zeros),
            excluded: Some(&zeros),
            ..columns
        };
        decide_screening_batch(columns, &progress, &removal, &mut a).unwrap();
        decide_screening_batch(with_zeros, &progress, &removal, &mut b).unwrap();
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
        decide_listing_batch(columns, &removal, &mut a).unwrap();
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

    #[test]
    fn e5_the_excluded_column_leaves_the_base() {
        // E = 10 − 1 − 2 = 7: five yes meet two thirds (T1), four do not.
        let columns = ElectorateColumns {
            official: &[10, 10, 4],
            exempt: &[1, 1, 2],
            excluded: Some(&[2, 2, 3]),
            ..ElectorateColumns::default()
        };
        let mut out = [0u8; 3];
        decide_listing_batch(columns, &[5, 4, 0], &mut out).unwrap();
        assert_eq!(
            out,
            [code::LISTED, code::NOT_LISTED, code::INVALID_ELECTORATE]
        );
    }

    #[test]
    fn a_length_mismatch_names_the_columns() {
        let columns = ElectorateColumns {
            official: &[10, 10],
            exempt: &[1],
            ..ElectorateColumns::default()
        };
        let e = decide_screening_batch(columns, &[1, 1], &[1, 1], &mut [0u8; 2]).unwrap_err();
        assert_eq!(
            e.to_string(),
            "the columns must have the same length: official 2, exempt 1, progress_yes 2, removal_yes 2"
        );
        assert_eq!(
            e.message(Lang::Vi),
            "các cột phải dài bằng nhau: official 2, exempt 1, progress_yes 2, removal_yes 2"
        );
    }
}
