//! How an HR system uses the typed API: it loads stored cases from JSON, enters
//! each one into the typed world with one `match` on `Case::into_typed`, records
//! what happened at today's meeting by the body that acted, and stores the case
//! back. A refused step leaves the stored case exactly as it was.
//!
//! ```sh
//! cargo run -p screening-core --example hr_system
//! ```

use std::error::Error;

use screening_core::typed::{AnyTyped, ListingVote, Screening};
use screening_core::{Body, Case, Counts, Date, Id, Lang, Mentor, MentorRole, StateName};

/// The HR system's table of cases: `(case id, case file)`.
const STORED: [(&str, &str); 4] = [
    (
        "HS-1",
        r#"{"format":"screening-case/1",
            "member":{"id":"DV-0101","status":"official"},
            "branch":{"id":"CB-02","kind":"grassroots","has_committee":true},
            "events":[
              {"type":"flagged","date":"2025-01-06","by":"branch_committee","criteria":["degradation"]},
              {"type":"direction_requested","date":"2025-01-08","by":"branch_committee"},
              {"type":"direction_given","date":"2025-01-15","by":"bloc_standing_committee","proceed":true}]}"#,
    ),
    (
        "HS-2",
        r#"{"format":"screening-case/1",
            "member":{"id":"DV-0102","status":"official"},
            "branch":{"id":"CB-03","kind":"under_grassroots_committee","has_committee":false},
            "events":[
              {"type":"flagged","date":"2024-01-08","by":"branch_secretary","criteria":["two_years_not_completed"]},
              {"type":"direction_requested","date":"2024-01-09","by":"branch_secretary"},
              {"type":"direction_given","date":"2024-01-16","by":"grassroots_committee","proceed":true},
              {"type":"listing_voted","date":"2024-02-02","by":"branch","electorate":{"official":9,"exempt":0},"yes":7},
              {"type":"listing_reviewed","date":"2024-02-09","by":"grassroots_committee","approved":true},
              {"type":"member_notified","date":"2024-02-12","by":"branch_secretary"},
              {"type":"self_criticism_submitted","date":"2024-02-20","by":"member"},
              {"type":"mentor_assigned","date":"2024-03-01","by":"branch","mentor":{"id":"DV-0107","role":"member"}}]}"#,
    ),
    (
        "HS-3",
        r#"{"format":"screening-case/1",
            "member":{"id":"DV-0103","status":"official"},
            "branch":{"id":"CB-02","kind":"grassroots","has_committee":true},
            "events":[
              {"type":"flagged","date":"2025-01-06","by":"branch_committee","criteria":["other"]},
              {"type":"direction_requested","date":"2025-01-08","by":"branch_committee"},
              {"type":"direction_given","date":"2025-01-15","by":"bloc_standing_committee","proceed":true},
              {"type":"listing_voted","date":"2025-02-03","by":"branch","electorate":{"official":10,"exempt":1},"yes":7},
              {"type":"listing_reviewed","date":"2025-02-10","by":"bloc_standing_committee","approved":true},
              {"type":"member_notified","date":"2025-02-12","by":"branch_committee"},
              {"type":"self_criticism_submitted","date":"2025-02-21","by":"member"},
              {"type":"mentor_assigned","date":"2025-03-03","by":"branch","mentor":{"id":"DV-0108","role":"committee_member"}}]}"#,
    ),
    (
        "HS-4",
        r#"{"format":"screening-case/1",
            "member":{"id":"DV-0104","status":"official"},
            "branch":{"id":"CB-02","kind":"grassroots","has_committee":true},
            "events":[
              {"type":"flagged","date":"2025-01-06","by":"branch_committee","criteria":["degradation"]},
              {"type":"direction_requested","date":"2025-01-08","by":"branch_committee"},
              {"type":"direction_given","date":"2025-01-15","by":"bloc_standing_committee","proceed":false}]}"#,
    ),
];

/// What happened to one case today.
#[derive(Debug, PartialEq, Eq)]
enum Outcome {
    /// An event was recorded; the case is now in this state.
    Recorded(StateName),
    /// The step was refused with this code; the stored case is unchanged.
    Refused(&'static str),
    /// Nothing to record in this state today.
    Nothing(StateName),
}

/// Today: the date, and the counts of the branch meetings held on it.
struct Meeting {
    today: Date,
    electorate: Counts,
    listing_yes: u32,
    progress_yes: u32,
    removal_yes: u32,
}

/// Records today's step of one case, as the body that acts, and gives back the
/// case to store with what happened.
fn advance(case: Case, m: &Meeting) -> (Case, Outcome) {
    let today = m.today;
    // Each arm gives the case to store and what happened.
    macro_rules! step {
        ($attempt:expr, $into_case:expr) => {
            match $attempt {
                Ok(next) => {
                    let case: Case = $into_case(next);
                    let state = case.state().name();
                    (case, Outcome::Recorded(state))
                }
                Err(refused) => (
                    refused.case.into_case(),
                    Outcome::Refused(refused.refusal.code().code()),
                ),
            }
        };
    }
    match case.into_typed() {
        AnyTyped::AwaitingListingVote(t) => step!(
            t.vote_listing(today, Body::Branch, m.electorate, m.listing_yes),
            |v: ListingVote| v.into_case()
        ),
        AnyTyped::UnderMonitoring(t) => {
            if t.screening_from().is_some_and(|from| today < from) {
                // Not yet (D2): the mentor changes instead.
                let mentor = Mentor {
                    id: Id::new("DV-0110").unwrap_or_else(|e| panic!("{e}")),
                    role: MentorRole::Member,
                };
                step!(t.reassign_mentor(today, Body::Branch, mentor), |t| {
                    Case::from(t)
                })
            } else {
                let vote = t.vote_screening(
                    today,
                    Body::Branch,
                    m.electorate,
                    m.progress_yes,
                    m.removal_yes,
                );
                step!(vote, |s: Screening| s.into_case())
            }
        }
        // The HR system's clerk tries to record the BTV ĐUK's decision itself: refused (A1).
        AnyTyped::AwaitingRemovalDecision(t) => {
            step!(t.strike_off(today, Body::Branch), Case::from)
        }
        other => {
            let state = other.case().state().name();
            (other.into_case(), Outcome::Nothing(state))
        }
    }
}

/// A row of the table after today: the case id, its file, and what happened.
type Row = (String, String, Outcome);

/// Loads every stored case, advances it, and gives back the new table.
fn run(m: &Meeting) -> Result<Vec<Row>, Box<dyn Error>> {
    let mut table = Vec::new();
    for (id, json) in STORED {
        let case = Case::from_json(json)?;
        let (case, outcome) = advance(case, m);
        table.push((id.to_owned(), case.to_json(), outcome));
    }
    Ok(table)
}

fn meeting() -> Result<Meeting, Box<dyn Error>> {
    Ok(Meeting {
        today: "2025-03-10".parse()?,
        electorate: Counts::new(9, 0),
        listing_yes: 6,
        progress_yes: 5,
        removal_yes: 0,
    })
}

fn main() -> Result<(), Box<dyn Error>> {
    let m = meeting()?;
    for (id, json, outcome) in run(&m)? {
        let case = Case::from_json(&json)?;
        let state = case.state().name().label(Lang::Vi);
        println!("{id}: {outcome:?} — {state}");
    }
    Ok(())
}

#[test]
fn each_stored_case_takes_its_own_typed_step() {
    let m = meeting().unwrap();
    let table = run(&m).unwrap();
    let outcomes: Vec<&Outcome> = table.iter().map(|(_, _, o)| o).collect();
    assert_eq!(
        outcomes,
        [
            // 6 of 9 is two thirds (T1).
            &Outcome::Recorded(StateName::AwaitingListingReview),
            // Screened from 2025-03-02 on; 5 of 9 is a half (T2).
            &Outcome::Recorded(StateName::AwaitingProgressReview),
            // Screened from 2026-03-04 only: the mentor is reassigned instead.
            &Outcome::Recorded(StateName::UnderMonitoring),
            // A closed case: nothing to record.
            &Outcome::Nothing(StateName::NotListed),
        ]
    );
    for ((_, before), (_, after, outcome)) in STORED.iter().zip(&table) {
        let (before, after) = (
            Case::from_json(before).unwrap(),
            Case::from_json(after).unwrap(),
        );
        let added = match outcome {
            Outcome::Recorded(_) => 1,
            _ => 0,
        };
        assert_eq!(after.version(), before.version() + added);
        assert_eq!(after.events()[..before.version()], *before.events());
    }
}

#[test]
fn a_refused_step_stores_the_case_unchanged() {
    // HS-3 screened a year later: removal proposed, verified, and the clerk
    // records the decision as the branch.
    let m = Meeting {
        today: "2026-03-04".parse().unwrap(),
        electorate: Counts::new(9, 0),
        listing_yes: 0,
        progress_yes: 0,
        removal_yes: 6,
    };
    let case = Case::from_json(STORED[2].1).unwrap();
    let (case, outcome) = advance(case, &m);
    assert_eq!(outcome, Outcome::Recorded(StateName::ReferredToBloc));
    let AnyTyped::ReferredToBloc(t) = case.into_typed() else {
        panic!("referred to the BTV ĐUK");
    };
    let bloc = Body::BlocStandingCommittee;
    let case = t
        .order_verification(m.today, bloc)
        .unwrap()
        .conclude(m.today, Body::BlocInspectionCommittee, true)
        .unwrap()
        .into_case();
    let stored = case.to_json();
    let (back, outcome) = advance(case, &m);
    assert_eq!(outcome, Outcome::Refused("wrong_body"));
    assert_eq!(back.to_json(), stored);
}
