//! Typed transitions (typestate): a [`Case`] whose state is known at compile time.
//!
//! `Typed<Flagged>` has `request_direction` and no `vote_screening`. A stored case
//! enters the typed world with one `match` on [`Case::into_typed`], and leaves it with
//! [`Typed::into_case`]. Every method takes the date and the body that acts (`by`),
//! checked against the transition table (A1) like any event, through the one
//! [`Case::check`] and [`Case::apply`]. Outcomes that branch (a ballot, a review)
//! come back as enums of typed cases.
//!
//! A refusal gives the typed case back exactly as it was, with the reason
//! ([`Refused`]): each method first checks the event and finds the typed state it
//! leads to, and only then applies it; [`Case::apply`] itself changes nothing when
//! it refuses.
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

use std::marker::PhantomData;

use crate::authority::{Body, Branch, Member};
use crate::case::{Case, Refused};
use crate::electorate::Counts;
use crate::error::Refusal;
use crate::event::{Action, CloseReason, Criterion, Event, Mentor, RemovalOutcome};
use crate::period::Date;
use crate::state::StateName;

/// The states, as types: one per [`StateName`].
pub mod states {
    use crate::state::StateName;

    mod sealed {
        pub trait Sealed {}
    }

    /// A state as a type; implemented only by the types of this module.
    pub trait Marker: sealed::Sealed {
        /// The state's name.
        const NAME: StateName;
    }

    /// An open state other than `new`, where the case may be closed
    /// administratively (I7).
    pub trait Open: Marker {}

    macro_rules! markers {
        ($($(#[$open:ident])? $ty:ident = $name:ident;)*) => {$(
            #[doc = concat!("The state `", stringify!($name), "`.")]
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
            pub struct $ty;
            impl sealed::Sealed for $ty {}
            impl Marker for $ty {
                const NAME: StateName = StateName::$ty;
            }
            $(impl $open for $ty {})?
        )*};
    }

    markers! {
        New = new;
        #[Open] Flagged = flagged;
        #[Open] AwaitingDirection = awaiting_direction;
        #[Open] AwaitingListingVote = awaiting_listing_vote;
        #[Open] AwaitingListingReview = awaiting_listing_review;
        #[Open] Listed = listed;
        #[Open] AwaitingSelfCriticism = awaiting_self_criticism;
        #[Open] AwaitingMentor = awaiting_mentor;
        #[Open] UnderMonitoring = under_monitoring;
        #[Open] AwaitingProgressReview = awaiting_progress_review;
        #[Open] AwaitingContinuationReview = awaiting_continuation_review;
        #[Open] AwaitingGrassrootsResolution = awaiting_grassroots_resolution;
        #[Open] ReferredToBloc = referred_to_bloc;
        #[Open] UnderVerification = under_verification;
        #[Open] AwaitingRemovalDecision = awaiting_removal_decision;
        NotListed = not_listed;
        ProgressRecognized = progress_recognized;
        StruckOff = struck_off;
        Expelled = expelled;
        Closed = closed;
    }
}
use states::*;

/// A case whose state is the type `S`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Typed<S: Marker> {
    case: Case,
    state: PhantomData<S>,
}

/// What a typed method gives: the case in its next typed state, or a [`Refused`]
/// holding the same typed case, unchanged, with the refusal.
pub type Attempt<S, T> = Result<T, Box<Refused<Typed<S>>>>;

/// Builds the typed successor from the case the event was applied to.
type Make<T> = fn(Case) -> T;

impl<S: Marker> Typed<S> {
    fn wrap(case: Case) -> Typed<S> {
        Typed {
            case,
            state: PhantomData,
        }
    }

    /// The case, typed as `S` if it is in that state; otherwise given back.
    // The Ok variant is as large as the Err: boxing the case would only allocate.
    #[allow(clippy::result_large_err)]
    pub fn from_case(case: Case) -> Result<Typed<S>, Case> {
        if case.state().name() == S::NAME {
            Ok(Typed::wrap(case))
        } else {
            Err(case)
        }
    }

    /// The case.
    pub fn case(&self) -> &Case {
        &self.case
    }

    /// The case, untyped.
    pub fn into_case(self) -> Case {
        self.case
    }

    /// Records `action` on `date` by `by`, if the rules accept it and it leads to a
    /// state `accept` has a typed successor for. Both are known before anything is
    /// applied, so a refusal gives the case back as it was.
    fn record<T>(
        self,
        date: Date,
        by: Body,
        action: Action,
        accept: impl FnOnce(StateName) -> Option<Make<T>>,
    ) -> Attempt<S, T> {
        let event = Event::new(date, by, action);
        let make = match self.case.check(&event).map(accept) {
            Ok(Some(make)) => make,
            Ok(None) => {
                // The rules accept the event but the method has no typed state for
                // where it leads: refused as not allowed here, before anything changes.
                let refusal = Refusal::WrongState {
                    event: event.event_type(),
                    state: S::NAME,
                };
                return Err(self.refused(refusal, event));
            }
            Err(refusal) => return Err(self.refused(refusal, event)),
        };
        let mut case = self.case;
        match case.apply(event.clone()) {
            Ok(_) => Ok(make(case)),
            // `apply` refuses without changing the case.
            Err(refusal) => Err(Typed::wrap(case).refused(refusal, event)),
        }
    }

    fn refused(self, refusal: Refusal, event: Event) -> Box<Refused<Typed<S>>> {
        Box::new(Refused {
            at: self.case.version(),
            refusal,
            case: self,
            unapplied: vec![event],
        })
    }
}

/// The typed successor `T`, if the event leads to `T`'s state.
fn only<T: Marker>(got: StateName) -> Option<Make<Typed<T>>> {
    (got == T::NAME).then_some(Typed::wrap)
}

impl<S: Open> Typed<S> {
    /// I7: the superior (or the BTV ĐUK) closes the case administratively.
    pub fn close(self, date: Date, by: Body, reason: CloseReason) -> Attempt<S, Typed<Closed>> {
        self.record(date, by, Action::CaseClosed { reason }, only)
    }
}

impl Typed<New> {
    /// A new case (state `new`).
    pub fn new(member: Member, branch: Branch) -> Typed<New> {
        Typed::wrap(Case::new(member, branch))
    }

    /// S1.1: the committee flags the member against at least one criterion.
    pub fn flag(
        self,
        date: Date,
        by: Body,
        criteria: Vec<Criterion>,
    ) -> Attempt<New, Typed<Flagged>> {
        self.record(date, by, Action::Flagged { criteria }, only)
    }
}

impl Typed<Flagged> {
    /// S1.2: the committee asks the superior for direction.
    pub fn request_direction(
        self,
        date: Date,
        by: Body,
    ) -> Attempt<Flagged, Typed<AwaitingDirection>> {
        self.record(date, by, Action::DirectionRequested, only)
    }
}

impl Typed<AwaitingDirection> {
    /// S1.2: the superior lets the branch proceed.
    pub fn proceed(
        self,
        date: Date,
        by: Body,
    ) -> Attempt<AwaitingDirection, Typed<AwaitingListingVote>> {
        self.record(date, by, Action::DirectionGiven { proceed: true }, only)
    }

    /// S1.2: the superior does not: the case ends `not_listed`.
    pub fn stop(self, date: Date, by: Body) -> Attempt<AwaitingDirection, Typed<NotListed>> {
        self.record(date, by, Action::DirectionGiven { proceed: false }, only)
    }
}

/// The listing ballot's two ways (S1.3).
#[derive(Debug)]
pub enum ListingVote {
    /// T1 met: awaiting the superior's approval.
    Listed(Typed<AwaitingListingReview>),
    /// T1 not met: the case ends `not_listed`.
    NotListed(Typed<NotListed>),
}

impl ListingVote {
    /// The case, untyped.
    pub fn into_case(self) -> Case {
        match self {
            ListingVote::Listed(t) => t.case,
            ListingVote::NotListed(t) => t.case,
        }
    }
}

impl Typed<AwaitingListingVote> {
    /// S1.3, E1, E2, E4, T1: the branch's secret ballot.
    pub fn vote_listing(
        self,
        date: Date,
        by: Body,
        electorate: Counts,
        yes: u32,
    ) -> Attempt<AwaitingListingVote, ListingVote> {
        let action = Action::ListingVoted {
            electorate,
            yes,
            ballots: None,
        };
        self.record(date, by, action, |got| match got {
            StateName::AwaitingListingReview => Some(|c| ListingVote::Listed(Typed::wrap(c))),
            StateName::NotListed => Some(|c| ListingVote::NotListed(Typed::wrap(c))),
            _ => None,
        })
    }
}

impl Typed<AwaitingListingReview> {
    /// S1.4: the superior approves the list.
    pub fn approve(self, date: Date, by: Body) -> Attempt<AwaitingListingReview, Typed<Listed>> {
        self.record(date, by, Action::ListingReviewed { approved: true }, only)
    }

    /// S1.4: the superior refuses it: the case ends `not_listed`.
    pub fn refuse(self, date: Date, by: Body) -> Attempt<AwaitingListingReview, Typed<NotListed>> {
        self.record(date, by, Action::ListingReviewed { approved: false }, only)
    }
}

impl Typed<Listed> {
    /// S2.1: the committee tells the member and talks the violations over.
    pub fn notify(self, date: Date, by: Body) -> Attempt<Listed, Typed<AwaitingSelfCriticism>> {
        self.record(date, by, Action::MemberNotified, only)
    }
}

impl Typed<AwaitingSelfCriticism> {
    /// S2.1: the member's self-criticism with a commitment.
    pub fn submit_self_criticism(
        self,
        date: Date,
        by: Body,
    ) -> Attempt<AwaitingSelfCriticism, Typed<AwaitingMentor>> {
        self.record(date, by, Action::SelfCriticismSubmitted, only)
    }
}

impl Typed<AwaitingMentor> {
    /// S2.2, S2.3, D2: the branch assigns one mentor; cycle 1 begins.
    pub fn assign_mentor(
        self,
        date: Date,
        by: Body,
        mentor: Mentor,
    ) -> Attempt<AwaitingMentor, Typed<UnderMonitoring>> {
        self.record(date, by, Action::MentorAssigned { mentor }, only)
    }
}

/// The screening ballots' outcomes (S3.2–S3.4).
#[derive(Debug)]
pub enum Screening {
    /// S3.2: progress recognised, awaiting the superior.
    Progress(Typed<AwaitingProgressReview>),
    /// S3.4: continued education, awaiting the superior.
    Continue(Typed<AwaitingContinuationReview>),
    /// S3.3: removal proposed to the grassroots committee.
    ToGrassrootsCommittee(Typed<AwaitingGrassrootsResolution>),
    /// S3.3: removal proposed straight to the BTV ĐUK (a grassroots branch).
    ToBloc(Typed<ReferredToBloc>),
}

impl Screening {
    /// The case, untyped.
    pub fn into_case(self) -> Case {
        match self {
            Screening::Progress(t) => t.case,
            Screening::Continue(t) => t.case,
            Screening::ToGrassrootsCommittee(t) => t.case,
            Screening::ToBloc(t) => t.case,
        }
    }
}

impl Typed<UnderMonitoring> {
    /// D2: the earliest date of the screening meeting (`Some` in this state).
    pub fn screening_from(&self) -> Option<Date> {
        self.case.state().screening_from()
    }

    /// S2.2: the branch assigns another mentor.
    pub fn reassign_mentor(
        self,
        date: Date,
        by: Body,
        mentor: Mentor,
    ) -> Attempt<UnderMonitoring, Typed<UnderMonitoring>> {
        self.record(date, by, Action::MentorReassigned { mentor }, only)
    }

    /// S3.1–S3.4, D2, I1, I2: the screening meeting's two ballots.
    pub fn vote_screening(
        self,
        date: Date,
        by: Body,
        electorate: Counts,
        progress_yes: u32,
        removal_yes: u32,
    ) -> Attempt<UnderMonitoring, Screening> {
        let action = Action::ScreeningVoted {
            electorate,
            progress_yes,
            removal_yes,
            progress_ballots: None,
            removal_ballots: None,
        };
        self.record(date, by, action, |got| match got {
            StateName::AwaitingProgressReview => Some(|c| Screening::Progress(Typed::wrap(c))),
            StateName::AwaitingContinuationReview => Some(|c| Screening::Continue(Typed::wrap(c))),
            StateName::AwaitingGrassrootsResolution => {
                Some(|c| Screening::ToGrassrootsCommittee(Typed::wrap(c)))
            }
            StateName::ReferredToBloc => Some(|c| Screening::ToBloc(Typed::wrap(c))),
            _ => None,
        })
    }
}

impl Typed<AwaitingProgressReview> {
    /// S3.2: the superior approves: `progress_recognized`, the case is closed.
    pub fn approve(
        self,
        date: Date,
        by: Body,
    ) -> Attempt<AwaitingProgressReview, Typed<ProgressRecognized>> {
        self.record(date, by, Action::DecisionReviewed { approved: true }, only)
    }

    /// I4: the superior refuses: back to monitoring in the same cycle, to screen again.
    pub fn refuse(
        self,
        date: Date,
        by: Body,
    ) -> Attempt<AwaitingProgressReview, Typed<UnderMonitoring>> {
        self.record(date, by, Action::DecisionReviewed { approved: false }, only)
    }
}

impl Typed<AwaitingContinuationReview> {
    /// S3.4, I3: the superior approves: a new cycle, counted from the screening meeting.
    pub fn approve(
        self,
        date: Date,
        by: Body,
    ) -> Attempt<AwaitingContinuationReview, Typed<UnderMonitoring>> {
        self.record(date, by, Action::DecisionReviewed { approved: true }, only)
    }

    /// I4: the superior refuses: back to monitoring in the same cycle, to screen again.
    pub fn refuse(
        self,
        date: Date,
        by: Body,
    ) -> Attempt<AwaitingContinuationReview, Typed<UnderMonitoring>> {
        self.record(date, by, Action::DecisionReviewed { approved: false }, only)
    }
}

impl Typed<AwaitingGrassrootsResolution> {
    /// S3.3, A2: the grassroots committee forwards the proposal to the BTV ĐUK.
    pub fn forward(
        self,
        date: Date,
        by: Body,
    ) -> Attempt<AwaitingGrassrootsResolution, Typed<ReferredToBloc>> {
        self.record(date, by, Action::RemovalResolved { forward: true }, only)
    }

    /// I5, I3: it does not: a new cycle, counted from its resolution.
    pub fn keep_educating(
        self,
        date: Date,
        by: Body,
    ) -> Attempt<AwaitingGrassrootsResolution, Typed<UnderMonitoring>> {
        self.record(date, by, Action::RemovalResolved { forward: false }, only)
    }
}

impl Typed<ReferredToBloc> {
    /// S4.1: the BTV ĐUK orders its Inspection Committee to verify.
    pub fn order_verification(
        self,
        date: Date,
        by: Body,
    ) -> Attempt<ReferredToBloc, Typed<UnderVerification>> {
        self.record(date, by, Action::VerificationOrdered, only)
    }
}

impl Typed<UnderVerification> {
    /// S4.1: the Inspection Committee concludes.
    pub fn conclude(
        self,
        date: Date,
        by: Body,
        violations_confirmed: bool,
    ) -> Attempt<UnderVerification, Typed<AwaitingRemovalDecision>> {
        let action = Action::VerificationConcluded {
            violations_confirmed,
        };
        self.record(date, by, action, only)
    }
}

impl Typed<AwaitingRemovalDecision> {
    fn decide<T: Marker>(
        self,
        date: Date,
        by: Body,
        outcome: RemovalOutcome,
    ) -> Attempt<AwaitingRemovalDecision, Typed<T>> {
        self.record(date, by, Action::RemovalDecided { outcome }, only)
    }

    /// S4.2, I6: the BTV ĐUK strikes the member's name off (`struck_off`); only
    /// when the violations are confirmed.
    pub fn strike_off(
        self,
        date: Date,
        by: Body,
    ) -> Attempt<AwaitingRemovalDecision, Typed<StruckOff>> {
        self.decide(date, by, RemovalOutcome::StruckOff)
    }

    /// S4.2, I6: the BTV ĐUK expels the member (`expelled`); only when the
    /// violations are confirmed, and never a probationary member.
    pub fn expel(self, date: Date, by: Body) -> Attempt<AwaitingRemovalDecision, Typed<Expelled>> {
        self.decide(date, by, RemovalOutcome::Expelled)
    }

    /// S4.3, I3: not grave enough: a new cycle, counted from the decision.
    pub fn continue_education(
        self,
        date: Date,
        by: Body,
    ) -> Attempt<AwaitingRemovalDecision, Typed<UnderMonitoring>> {
        self.decide(date, by, RemovalOutcome::ContinueEducation)
    }
}

/// A case typed by its current state: one variant per state.
#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum AnyTyped {
    New(Typed<New>),
    Flagged(Typed<Flagged>),
    AwaitingDirection(Typed<AwaitingDirection>),
    AwaitingListingVote(Typed<AwaitingListingVote>),
    AwaitingListingReview(Typed<AwaitingListingReview>),
    Listed(Typed<Listed>),
    AwaitingSelfCriticism(Typed<AwaitingSelfCriticism>),
    AwaitingMentor(Typed<AwaitingMentor>),
    UnderMonitoring(Typed<UnderMonitoring>),
    AwaitingProgressReview(Typed<AwaitingProgressReview>),
    AwaitingContinuationReview(Typed<AwaitingContinuationReview>),
    AwaitingGrassrootsResolution(Typed<AwaitingGrassrootsResolution>),
    ReferredToBloc(Typed<ReferredToBloc>),
    UnderVerification(Typed<UnderVerification>),
    AwaitingRemovalDecision(Typed<AwaitingRemovalDecision>),
    NotListed(Typed<NotListed>),
    ProgressRecognized(Typed<ProgressRecognized>),
    StruckOff(Typed<StruckOff>),
    Expelled(Typed<Expelled>),
    Closed(Typed<Closed>),
}

macro_rules! any_typed {
    ($($v:ident),* $(,)?) => {
        impl Case {
            /// The case, typed by its current state, so that a stored case enters the
            /// typed API with one `match`.
            pub fn into_typed(self) -> AnyTyped {
                match self.state().name() {
                    $(StateName::$v => AnyTyped::$v(Typed::wrap(self)),)*
                }
            }
        }

        impl AnyTyped {
            /// The case, untyped.
            pub fn into_case(self) -> Case {
                match self {
                    $(AnyTyped::$v(t) => t.case,)*
                }
            }

            /// The case.
            pub fn case(&self) -> &Case {
                match self {
                    $(AnyTyped::$v(t) => &t.case,)*
                }
            }
        }
    };
}

any_typed!(
    New,
    Flagged,
    AwaitingDirection,
    AwaitingListingVote,
    AwaitingListingReview,
    Listed,
    AwaitingSelfCriticism,
    AwaitingMentor,
    UnderMonitoring,
    AwaitingProgressReview,
    AwaitingContinuationReview,
    AwaitingGrassrootsResolution,
    ReferredToBloc,
    UnderVerification,
    AwaitingRemovalDecision,
    NotListed,
    ProgressRecognized,
    StruckOff,
    Expelled,
    Closed,
);

impl From<Case> for AnyTyped {
    fn from(case: Case) -> AnyTyped {
        case.into_typed()
    }
}

impl<S: Marker> AsRef<Case> for Typed<S> {
    fn as_ref(&self) -> &Case {
        &self.case
    }
}

impl<S: Marker> From<Typed<S>> for Case {
    fn from(typed: Typed<S>) -> Case {
        typed.case
    }
}
