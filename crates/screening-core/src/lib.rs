//! # screening-core
//!
//! The rules by which Vietnamese party branches review, educate, screen and remove
//! members who no longer qualify ("rà soát, phát hiện, giáo dục, giúp đỡ, sàng lọc,
//! đưa đảng viên không còn đủ tư cách ra khỏi Đảng"), per Guidance 02-HD/BTCTW of
//! 12 April 2021 as a provincial Bloc Party Committee's circular applies it.
//!
//! The crate is pure: no I/O, no clock (dates are arguments), no `unsafe`, no
//! panic on any input. It decides everything the bindings and the CLI show.
//!
//! ## Rule IDs
//!
//! Every rule has an ID in `shared/spec/RULES.md` (E1, T1, S3.4, I2, …). Every
//! public rule function names its IDs in its doc comment, and every decision it
//! returns carries them ([`RuleId`]) with the numbers behind it.
//!
//! ## A worked example
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
//!     d.votes[0].explain(Lang::Vi, 9, 1),
//!     "6/9 đảng viên chính thức (trừ 1 đảng viên được miễn công tác và sinh hoạt đảng) đồng ý; đạt từ hai phần ba trở lên (cần 6)"
//! );
//! ```
//!
//! A whole case is replayed from its file ([`replay`], [`Case::from_json`]) or
//! built event by event ([`Case::apply`]); a refused event leaves the case exactly
//! as it was and says why, with a stable [`ErrorCode`].
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
pub mod conformance;
pub mod electorate;
pub mod error;
pub mod event;
mod explain;
pub mod lang;
pub mod period;
pub mod report;
pub mod rule;
pub mod state;
pub mod table;
pub mod threshold;
pub mod typed;

pub use authority::{Authority, Body, Branch, BranchKind, Id, Member, MemberStatus};
pub use ballot::{
    BallotDecision, BallotError, BallotKind, Outcome, Question, Vote, decide_listing,
    decide_screening,
};
pub use case::{Case, CaseFile, FORMAT, NextEvent, Record, Refused, ReplayError};
pub use electorate::{Counts, Electorate, RollEntry};
pub use error::{ErrorCode, FormatError, MentorProblem, OutcomeProblem, Refusal};
pub use event::{
    Action, CloseReason, Criterion, Event, EventType, Mentor, MentorRole, RemovalOutcome,
};
pub use lang::{Bilingual, Lang};
pub use period::{Date, period_end, screening_from};
pub use report::{Entry, ErrorReport, Report, replay};
pub use rule::RuleId;
pub use state::{Monitoring, State, StateName, Step};
pub use threshold::Threshold;
