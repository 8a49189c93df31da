//! Typed transitions (typestate): a [`Case`](crate::Case) whose state is known at
//! compile time.
//!
//! `Typed<Flagged>` has `request_direction` and no `vote_screening`. A stored case
//! enters the typed world with one `match` on
//! [`Case::into_typed`](crate::Case::into_typed), and leaves it with
//! [`Typed::into_case`]. Every method takes the date and the body that acts (`by`),
//! checked against the transition table (A1) like any event, through the one
//! [`Case::check`](crate::Case::check) and [`Case::apply`](crate::Case::apply).
//! Outcomes that branch (a ballot, a review) come back as enums of typed cases.
//!
//! A refusal gives the typed case back exactly as it was, with the reason
//! ([`Refused`](crate::Refused)): each method first checks the event and finds the
//! typed state it leads to, and only then applies it;
//! [`Case::apply`](crate::Case::apply) itself changes nothing when it refuses.
//!
//! ```
//! use screening_core::typed::{AnyTyped, ListingVote, Typed};
//! use screening_core::*;
//! let d = |s: &str| s.parse::<Date>().unwrap();
//! let member = Member { id: Id::new("DV-0042").unwrap(), status: MemberStatus::Official };
//! let branch = Branch::new(Id::new("CB-07").unwrap(), BranchKind::Grassroots, true);
//! let (committee, superior) = (Body::BranchCommittee, Body::BlocStandingCommittee);
//!
//! let case = Typed::new(member, branch)
//!     .flag(d("2025-01-10"), committee, vec![Criterion::TwoYearsNotCompleted]).unwrap()
//!     .request_direction(d("2025-01-12"), committee).unwrap()
//!     .proceed(d("2025-01-20"), superior).unwrap();
//! let ListingVote::Listed(case) = case.vote_listing(d("2025-02-03"), Body::Branch, Counts::new(10, 1), 6).unwrap() else {
//!     panic!("6 of 9 is two thirds (T1)");
//! };
//! // Only the superior approves the list (A1): the branch is refused, nothing changes.
//! let refused = case.approve(d("2025-02-10"), Body::Branch).unwrap_err();
//! assert_eq!(refused.refusal.code(), ErrorCode::WrongBody);
//! let case = refused.case.approve(d("2025-02-10"), superior).unwrap()
//!     .notify(d("2025-02-14"), committee).unwrap()
//!     .submit_self_criticism(d("2025-02-24"), Body::Member).unwrap();
//! let mentor = Mentor { id: Id::new("DV-0007").unwrap(), role: MentorRole::Member };
//! let case = case.assign_mentor(d("2025-03-01"), Body::Branch, mentor).unwrap();
//! assert_eq!(case.screening_from(), Some(d("2026-03-02")));
//!
//! // Too early (D2): refused, and the typed case comes back unchanged.
//! let refused = case.vote_screening(d("2026-03-01"), Body::Branch, Counts::new(10, 1), 5, 0).unwrap_err();
//! assert_eq!(refused.refusal.code(), ErrorCode::TooEarly);
//! assert_eq!(refused.case.case().version(), 8);
//!
//! // A stored case enters the typed world with one match.
//! let stored = Case::from_json(&refused.case.case().to_json()).unwrap();
//! let AnyTyped::UnderMonitoring(case) = stored.into_typed() else { panic!("under monitoring") };
//! assert_eq!(case.screening_from(), Some(d("2026-03-02")));
//! ```

pub mod states;

mod any;
mod steps;
mod typestate;

pub use any::AnyTyped;
pub use steps::{ListingVote, Screening};
pub use typestate::{Attempt, Typed};
