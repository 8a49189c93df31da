//! Ballots in bulk: the batch functions' length checks, `exempt_attending`, and
//! the outcome codes, which read as the single decisions do.

use screening_core::batch::{
    ElectorateColumns, decide_listing_batch, decide_screening_batch, listing_code,
};
use screening_core::*;

#[test]
fn batches_refuse_mismatched_lengths_and_read_exempt_attending() {
    let mut out = [0u8; 2];
    // With exempt_attending: E = 4 − 2 + 1 = 3; 2 yes meet T1, 1 does not.
    let columns = ElectorateColumns {
        official: &[4, 4],
        exempt: &[2, 2],
        exempt_attending: Some(&[1, 1]),
        excluded: None,
    };
    decide_listing_batch(columns, &[2, 1], &mut out).unwrap();
    let c = Counts::new(4, 2).attending(1);
    assert_eq!(out, [listing_code(c, 2), listing_code(c, 1)]);
    assert_eq!(out[0], screening_core::batch::outcome_code(Outcome::Listed));
    assert_eq!(
        out[1],
        screening_core::batch::outcome_code(Outcome::NotListed)
    );
    let short = ElectorateColumns {
        official: &[4],
        exempt: &[2, 2],
        ..ElectorateColumns::default()
    };
    let e = decide_listing_batch(short, &[2, 1], &mut out).unwrap_err();
    assert_eq!(e.lengths, [("official", 1), ("exempt", 2), ("yes", 2)]);
    let columns = ElectorateColumns {
        official: &[4, 4],
        exempt: &[0, 0],
        ..ElectorateColumns::default()
    };
    let e = decide_screening_batch(columns, &[1], &[1, 1], &mut out).unwrap_err();
    assert_eq!(e.lengths[2], ("progress_yes", 1));
    assert_eq!(e.lengths.len(), 4);
}

/// The batch codes index `OUTCOME_CODES` with the outcome's or the error's own
/// code (S1.3, S3.2–S3.4, E4, I2), so a batch reads as the single decisions do.
#[test]
fn batch_codes_name_the_outcome_or_the_error() {
    use screening_core::batch::{OUTCOME_CODES, error_code, outcome_code, screening_code};
    for o in Outcome::ALL {
        assert_eq!(OUTCOME_CODES[usize::from(outcome_code(*o))], o.code());
    }
    for e in [
        ErrorCode::InvalidElectorate,
        ErrorCode::InvalidTally,
        ErrorCode::ConflictingBallots,
    ] {
        assert_eq!(OUTCOME_CODES[usize::from(error_code(e))], e.code());
    }
    // The named codes are their JSON codes' indices.
    use screening_core::batch::code;
    for (c, name) in [
        (code::NOT_LISTED, "not_listed"),
        (code::LISTED, "listed"),
        (code::CONTINUE_EDUCATION, "continue_education"),
        (code::PROGRESS_RECOGNIZED, "progress_recognized"),
        (code::REMOVAL_PROPOSED, "removal_proposed"),
        (code::INVALID_ELECTORATE, "invalid_electorate"),
        (code::INVALID_TALLY, "invalid_tally"),
        (code::CONFLICTING_BALLOTS, "conflicting_ballots"),
    ] {
        assert_eq!(OUTCOME_CODES[usize::from(c)], name);
    }
    let name = |code: u8| OUTCOME_CODES[usize::from(code)];
    // E = 3: 2 yes meet T1 and T2.
    assert_eq!(
        name(listing_code(Counts::new(3, 0).attending(0), 2)),
        "listed"
    );
    assert_eq!(
        name(listing_code(Counts::new(3, 0).attending(0), 1)),
        "not_listed"
    );
    assert_eq!(
        name(listing_code(Counts::new(1, 2).attending(0), 0)),
        "invalid_electorate"
    );
    assert_eq!(
        name(listing_code(Counts::new(3, 0).attending(0), 4)),
        "invalid_tally"
    );
    assert_eq!(
        name(screening_code(Counts::new(3, 0).attending(0), 2, 0)),
        "progress_recognized"
    );
    assert_eq!(
        name(screening_code(Counts::new(3, 0).attending(0), 1, 2)),
        "removal_proposed"
    );
    assert_eq!(
        name(screening_code(Counts::new(3, 0).attending(0), 1, 1)),
        "continue_education"
    );
    assert_eq!(
        name(screening_code(Counts::new(3, 0).attending(0), 2, 2)),
        "conflicting_ballots"
    );
    assert_eq!(
        name(screening_code(Counts::new(0, 0).attending(0), 0, 0)),
        "invalid_electorate"
    );
    assert_eq!(
        name(screening_code(Counts::new(3, 0).attending(0), 0, 4)),
        "invalid_tally"
    );
    let mut out = [0u8; 3];
    decide_screening_batch(
        ElectorateColumns {
            official: &[3, 3, 3],
            exempt: &[0, 0, 0],
            ..ElectorateColumns::default()
        },
        &[2, 1, 1],
        &[0, 2, 1],
        &mut out,
    )
    .unwrap();
    assert_eq!(
        out.map(name),
        [
            "progress_recognized",
            "removal_proposed",
            "continue_education"
        ]
    );
    // E4 in the batch's branch-free form: exempt > official is invalid even when
    // `official − exempt + exempt_attending` happens to be 0 (0 − 1 + 1), and when
    // exempt_attending > exempt.
    decide_screening_batch(
        ElectorateColumns {
            official: &[0, 3, 1],
            exempt: &[1, 1, 1],
            exempt_attending: Some(&[1, 2, 0]),
            excluded: None,
        },
        &[0, 0, 0],
        &[0, 0, 0],
        &mut out,
    )
    .unwrap();
    assert_eq!(out.map(name), ["invalid_electorate"; 3]);
}
