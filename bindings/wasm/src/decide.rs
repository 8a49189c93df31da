//! The single ballot decisions, answered as numbers.
//!
//! A decision is written as whole numbers into [`OUT`], a small buffer of the
//! module's memory that the wrapper reads in place (`out_ptr`), so that a call
//! passes no text either way. Codes are indexes into the vocabularies the
//! wrapper reads once from `codes()` (the core's `ALL` arrays).
//!
//! Layout: `[outcome, ballot, official, exempt, exempt_attending, excluded,
//! size, votes, rules, (question, yes, threshold, required, met) × votes,
//! rule × rules]`.

use std::cell::Cell;

use screening_core::ballot::Tally;
use screening_core::{BallotDecision, BallotError, Counts, TellersCount, Threshold};
use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::wasm_bindgen;

use crate::{Failure, count, language, ok_or_fail};

/// The buffer's length: the header, two votes, and room for the rules.
const LEN: usize = 9 + 2 * 5 + 16;

thread_local! {
    static OUT: Cell<[u32; LEN]> = const { Cell::new([0; LEN]) };
}

/// Where [`OUT`] is in the module's memory (a byte offset).
#[wasm_bindgen]
pub fn out_ptr() -> u32 {
    OUT.with(|c| c.as_ptr() as usize as u32)
}

/// The module's memory, for the wrapper to read [`OUT`].
#[wasm_bindgen]
pub fn module_memory() -> JsValue {
    wasm_bindgen::memory()
}

pub(crate) fn threshold_index(t: Threshold) -> u32 {
    match t {
        Threshold::TwoThirds => 0,
        Threshold::Half => 1,
    }
}

/// Writes `d` into [`OUT`], in place. The vocabularies' codes are their
/// variants' positions in `ALL` (the `vocabulary!` enums are declared in that
/// order, without explicit discriminants).
fn write(d: &BallotDecision) {
    OUT.with(|c| {
        let cell: &Cell<[u32]> = c;
        let out = cell.as_slice_of_cells();
        let mut at = 0;
        let mut put = |v: u32| {
            if let Some(slot) = out.get(at) {
                slot.set(v);
            }
            at += 1;
        };
        let counts = d.electorate.counts();
        put(d.outcome as u32);
        put(d.ballot as u32);
        put(counts.official);
        put(counts.exempt);
        put(counts.exempt_attending);
        put(counts.excluded);
        put(d.electorate.size());
        put(d.votes.len() as u32);
        put(d.rules.len() as u32);
        for v in &d.votes {
            put(v.question as u32);
            put(v.yes);
            put(threshold_index(v.threshold));
            put(v.required);
            put(u32::from(v.met));
        }
        for &r in d.rules {
            put(r as u32);
        }
    });
}

fn ballot_error(e: &BallotError) -> Failure {
    screening_core::ErrorReport::ballot(e).into()
}

fn counts(official: f64, exempt: f64, attending: f64, excluded: f64) -> Result<Counts, Failure> {
    Ok(Counts::new(
        count("ballot.official", official)?,
        count("ballot.exempt", exempt)?,
    )
    .attending(count("ballot.exemptAttending", attending)?)
    .excluding(count("ballot.excluded", excluded)?))
}

fn listing(
    official: f64,
    exempt: f64,
    attending: f64,
    excluded: f64,
    yes: f64,
) -> Result<BallotDecision, Failure> {
    listing_tally(official, exempt, attending, excluded, yes, &[])
}

/// A tellers' count given as `[issued, returned, invalid]` (or nothing).
fn tellers(path: &str, given: &[f64]) -> Result<Option<TellersCount>, Failure> {
    match given {
        [issued, returned, invalid] => Ok(Some(TellersCount {
            issued: count(&format!("{path}.issued"), *issued)?,
            returned: count(&format!("{path}.returned"), *returned)?,
            invalid: count(&format!("{path}.invalid"), *invalid)?,
        })),
        _ => Ok(None),
    }
}

fn tally(yes: u32, ballots: Option<TellersCount>) -> Tally {
    match ballots {
        Some(b) => Tally::yes(yes).counted(b),
        None => Tally::yes(yes),
    }
}

fn listing_tally(
    official: f64,
    exempt: f64,
    attending: f64,
    excluded: f64,
    yes: f64,
    ballots: &[f64],
) -> Result<BallotDecision, Failure> {
    let c = counts(official, exempt, attending, excluded)?;
    let yes = count("ballot.yes", yes)?;
    let ballots = tellers("ballot.ballots", ballots)?;
    screening_core::decide_listing_tally(c, tally(yes, ballots)).map_err(|e| ballot_error(&e))
}

fn screening(
    official: f64,
    exempt: f64,
    attending: f64,
    excluded: f64,
    progress: f64,
    removal: f64,
) -> Result<BallotDecision, Failure> {
    screening_tally(
        official,
        exempt,
        attending,
        excluded,
        progress,
        removal,
        &[],
        &[],
    )
}

#[allow(clippy::too_many_arguments)]
fn screening_tally(
    official: f64,
    exempt: f64,
    attending: f64,
    excluded: f64,
    progress: f64,
    removal: f64,
    progress_ballots: &[f64],
    removal_ballots: &[f64],
) -> Result<BallotDecision, Failure> {
    let c = counts(official, exempt, attending, excluded)?;
    let progress = count("ballot.progressYes", progress)?;
    let removal = count("ballot.removalYes", removal)?;
    let pb = tellers("ballot.progressBallots", progress_ballots)?;
    let rb = tellers("ballot.removalBallots", removal_ballots)?;
    screening_core::decide_screening_tally(c, tally(progress, pb), tally(removal, rb))
        .map_err(|e| ballot_error(&e))
}

/// Decides a listing ballot (S1.3, E1, E2, E4, E5, T1) into [`OUT`]; `false` and
/// [`crate::last_error`] for counts that are not whole numbers from 0 to
/// 4294967295 (`malformed`, naming the argument) or that the rules refuse.
#[wasm_bindgen]
pub fn decide_listing(official: f64, exempt: f64, attending: f64, excluded: f64, yes: f64) -> bool {
    ok_or_fail(listing(official, exempt, attending, excluded, yes))
        .map(|d| write(&d))
        .is_some()
}

/// Decides the two screening ballots (S3.1–S3.4, I1, I2, E1, E2, E4, E5, T1, T2)
/// into [`OUT`]; `false` and [`crate::last_error`] as [`decide_listing`].
#[wasm_bindgen]
pub fn decide_screening(
    official: f64,
    exempt: f64,
    attending: f64,
    excluded: f64,
    progress: f64,
    removal: f64,
) -> bool {
    ok_or_fail(screening(
        official, exempt, attending, excluded, progress, removal,
    ))
    .map(|d| write(&d))
    .is_some()
}

/// The listing decision on these counts in words (the core's explanation);
/// `ballots`: the tellers' count `[issued, returned, invalid]`, or empty.
#[wasm_bindgen]
pub fn explain_listing(
    official: f64,
    exempt: f64,
    attending: f64,
    excluded: f64,
    yes: f64,
    ballots: &[f64],
    lang: &str,
) -> Option<String> {
    ok_or_fail(
        listing_tally(official, exempt, attending, excluded, yes, ballots)
            .and_then(|d| Ok(d.explain(language("lang", lang)?))),
    )
}

/// The screening decision on these counts in words (the core's explanation);
/// the tellers' counts as for [`explain_listing`].
#[wasm_bindgen]
#[allow(clippy::too_many_arguments)]
pub fn explain_screening(
    official: f64,
    exempt: f64,
    attending: f64,
    excluded: f64,
    progress: f64,
    removal: f64,
    progress_ballots: &[f64],
    removal_ballots: &[f64],
    lang: &str,
) -> Option<String> {
    ok_or_fail(
        screening_tally(
            official,
            exempt,
            attending,
            excluded,
            progress,
            removal,
            progress_ballots,
            removal_ballots,
        )
        .and_then(|d| Ok(d.explain(language("lang", lang)?))),
    )
}
