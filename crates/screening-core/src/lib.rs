//! # screening-core
//!
//! The rules by which Vietnamese party branches review, educate, screen and remove
//! members who no longer qualify ("rà soát, phát hiện, giáo dục, giúp đỡ, sàng lọc,
//! đưa đảng viên không còn đủ tư cách ra khỏi Đảng"), per Guidance 02-HD/BTCTW of
//! 12 April 2021 as a provincial Bloc Party Committee's circular applies it.
//!
//! The crate is pure: no I/O, no clock (dates are arguments), no `unsafe`, no
//! panic on any input. It decides everything the bindings and the CLI show; they
//! only convert.
//!
//! ## The procedure in one paragraph
//!
//! A member's **case** is the list of facts that happened (events), in order; its
//! state is what replaying them gives, never stored. In **Step 1** the branch's
//! committee flags the member against the criteria, asks the superior for
//! direction, and the branch votes by secret ballot on listing them (two thirds of
//! the official members, less the exempted, T1); the superior approves the list.
//! In **Step 2** the member writes a self-criticism and the branch assigns one
//! mentor for 12 months. In **Step 3**, after those 12 months (D2), the branch
//! votes twice: progress (one half or more, T2) closes the case once the superior
//! approves; removal (two thirds, T1) goes up to the Bloc Standing Committee;
//! neither starts another 12 months. In **Step 4** the Bloc's Inspection Committee
//! verifies and the Standing Committee strikes the member off, expels them, or
//! sends them back to another cycle. Each event may be recorded only by its body
//! (A1), in date order (D1).
//!
//! ## Where things are
//!
//! | module | what it owns |
//! |---|---|
//! | [`table`] | **the** transition table: which event is allowed in which state, by whom, leading where |
//! | [`case`] | [`Case`]: applying an event (decided by the private `decide`, checks in the specified order), replay, [`Refused`] |
//! | [`file`](mod@file) | the case file: read strictly (errors with the path of the field at fault), written back |
//! | [`ballot`], [`tally`], [`electorate`], [`threshold`] | the two ballots, what each recorded and why it is refused, who counts (E1–E5), the tellers' count (E6), T1 and T2 in exact integers |
//! | [`period`] | dates and the 12-month period of the Civil Code (D2) |
//! | [`state`], [`event`], [`authority`] | the vocabulary: states, events and payloads, bodies |
//! | [`report`] | what replay reports, with every decision explained in Vietnamese and English |
//! | [`code`], [`error`], [`error_report`] | the stable error codes; why an event is refused; the machine form of every error |
//! | [`typed`] | the same procedure as typed transitions (typestate) over [`Case::check`] and [`Case::apply`]; [`Case::into_typed`] |
//! | [`batch`], [`conformance`] | ballots in bulk; the shared conformance vectors |
//!
//! ## Rule IDs
//!
//! Every rule has an ID in `shared/spec/RULES.md`: E1–E6 (who counts), T1–T2
//! (thresholds), S1.1–S4.3 (the steps), A1–A2 (authority), D1–D2 (dates), I1–I7
//! (the library's reading where the text is silent). The convention:
//!
//! - every public rule function names its IDs in its doc comment ("Rules S1.3, E1,
//!   E2, E4, T1: …"), and so does every row of the transition table ([`table::TABLE`]);
//! - every decision the library returns carries them ([`RuleId`] in
//!   [`BallotDecision::rules`], [`Record::rules`], the `rules` of each history entry),
//!   with the numbers behind it, so a reader can go from an answer to the rule;
//! - tests name the IDs they cover (`fn s3_4_…`), and `docs/rules.md`, generated
//!   and checked by the test suite, maps each ID to its code and its tests.
//!
//! ## A worked example: one ballot
//!
//! A branch of 10 official members, one of them exempted and absent, votes on
//! listing a member: E = 9, two thirds is 6 (T1).
//!
//! ```
//! use screening_core::{decide_listing, Counts, Lang, Outcome, RuleId};
//!
//! let d = decide_listing(Counts::new(10, 1), 6).unwrap();
//! assert_eq!(d.outcome, Outcome::Listed);
//! assert_eq!(d.electorate.size(), 9);
//! assert!(d.rules.contains(&RuleId::T1));
//! assert_eq!(
//!     d.votes[0].explain(Lang::Vi, 9),
//!     "6/9 đồng ý, đạt từ hai phần ba trở lên (cần ít nhất 6)"
//! );
//! assert!(d.explain(Lang::Vi).starts_with(
//!     "Số đảng viên làm căn cứ tính tỷ lệ: 9 (10 đảng viên chính thức; trừ 1 đảng viên được miễn công tác và sinh hoạt đảng không có mặt (E1))."
//! ));
//! ```
//!
//! ## A worked example: a case, event by event
//!
//! A case is built event by event ([`Case::apply`]) or replayed from its file
//! ([`replay`], [`Case::from_json`]). A refused event leaves the case exactly as it
//! was and says why, with a stable [`ErrorCode`].
//!
//! ```
//! use screening_core::*;
//!
//! let d = |s: &str| s.parse::<Date>().unwrap();
//! let member = Member { id: Id::new("DV-0042").unwrap(), status: MemberStatus::Official };
//! let branch = Branch::new(Id::new("CB-07").unwrap(), BranchKind::UnderGrassrootsCommittee, true);
//! let mut case = Case::new(member, branch);
//!
//! let flag = Action::Flagged { criteria: vec![Criterion::TwoYearsNotCompleted] };
//! case.apply(Event::new(d("2025-01-10"), Body::BranchCommittee, flag)).unwrap();
//! case.apply(Event::new(d("2025-01-12"), Body::BranchCommittee, Action::DirectionRequested))
//!     .unwrap();
//!
//! // Only the superior (here the grassroots committee) gives direction (A1).
//! let wrong = Event::new(d("2025-01-20"), Body::Branch, Action::DirectionGiven { proceed: true });
//! assert_eq!(case.apply(wrong).unwrap_err().code(), ErrorCode::WrongBody);
//! assert_eq!(case.state().name(), StateName::AwaitingDirection); // unchanged
//!
//! let given = Event::new(
//!     d("2025-01-20"),
//!     Body::GrassrootsCommittee,
//!     Action::DirectionGiven { proceed: true },
//! );
//! case.apply(given).unwrap();
//!
//! // 6 of E = 9 is two thirds (T1): listed, pending the superior's approval (S1.4).
//! let vote = Action::ListingVoted { electorate: Counts::new(10, 1), yes: 6, ballots: None };
//! let record = case.apply(Event::new(d("2025-02-03"), Body::Branch, vote)).unwrap();
//! assert_eq!(record.after, StateName::AwaitingListingReview);
//! assert!(record.rules.contains(&RuleId::S1_3));
//!
//! let report = case.report();
//! assert_eq!(report.step.map(Step::number), Some(1));
//! assert!(report.history[3].explain(Lang::Vi).contains("đạt từ hai phần ba trở lên"));
//! ```
//!
//! The runnable `examples/walkthrough.rs` takes a case through all four steps.
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented
    )
)]
#![warn(missing_docs)]

pub mod authority;
pub mod ballot;
pub mod batch;
pub mod case;
pub mod code;
pub mod conformance;
mod decide;
pub mod electorate;
pub mod error;
pub mod error_report;
pub mod event;
mod explain;
pub mod file;
mod json;
pub mod lang;
pub mod period;
pub mod report;
pub mod rule;
pub mod state;
pub mod table;
pub mod tally;
pub mod threshold;
pub mod typed;

pub use authority::{
    Authority, Body, Branch, BranchKind, Id, Member, MemberStatus, Name, Names, TextProblem,
};
pub use ballot::{
    ApprovalList, BallotDecision, BallotError, BallotKind, Outcome, Question, Tally, TallyProblem,
    Vote, decide_listing, decide_listing_tally, decide_screening, decide_screening_tally,
};
pub use case::{Case, NextEvent, Record, Refused, ReplayError};
pub use code::ErrorCode;
pub use electorate::{Counts, Electorate, InvalidElectorate, RollEntry, TellersCount};
pub use error::{MentorProblem, OutcomeProblem, Refusal};
pub use error_report::ErrorReport;
pub use event::{
    Action, CloseReason, Criterion, Event, EventType, Mentor, MentorRole, RemovalOutcome,
};
pub use file::{CaseFile, Expected, FORMAT, FormatError, Malformed, Problem};
pub use json::{JsonKind, Syntax};
pub use lang::{Bilingual, Lang, Vocabulary};
pub use period::{Date, period_end, screening_from};
pub use report::{Entry, Report, replay};
pub use rule::RuleId;
pub use state::{Monitoring, State, StateName, Step};
pub use threshold::Threshold;
