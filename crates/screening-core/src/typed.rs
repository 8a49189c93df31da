//! Typed transitions for the happy path (typestate).
//!
//! [`Typed<S>`] is a [`Case`] whose state is known at compile time, so that
//! `Typed<Flagged>` has `request_direction` and no `vote_screening`. Each method
//! records the event as the body with authority for the branch (A1), through the
//! one [`Case::apply`] and its transition table; a refusal gives the typed case
//! back unchanged, with the reason ([`Rejected`]). Outcomes that branch (a ballot,
//! a review) come back as enums of typed cases; the ends come back as a plain [`Case`].
//!
//! ```
//! use screening_core::typed::{ListingVote, Typed};
//! use screening_core::*;
//! let d = |s: &str| s.parse::<Date>().unwrap();
//! let member = Member { id: Id::new("DV-0042").unwrap(), status: MemberStatus::Official };
//! let branch = Branch::new(Id::new("CB-07").unwrap(), BranchKind::Grassroots, true);
//!
//! let case = Typed::new(member, branch)
//!     .flag(d("2025-01-10"), vec![Criterion::TwoYearsNotCompleted]).unwrap()
//!     .request_direction(d("2025-01-12")).unwrap()
//!     .proceed(d("2025-01-20")).unwrap();
//! let ListingVote::Listed(case) = case.vote_listing(d("2025-02-03"), Counts::new(10, 1), 6).unwrap() else {
//!     panic!("6 of 9 is two thirds (T1)");
//! };
//! let case = case.approve(d("2025-02-10")).unwrap()
//!     .notify(d("2025-02-14")).unwrap()
//!     .submit_self_criticism(d("2025-02-24")).unwrap();
//! let mentor = Mentor { id: Id::new("DV-0007").unwrap(), role: MentorRole::Member };
//! let case = case.assign_mentor(d("2025-03-01"), mentor).unwrap();
//! assert_eq!(case.screening_from(), Some(d("2026-03-02")));
//!
//! // Too early (D2): refused, and the typed case comes back unchanged.
//! let rejected = case.vote_screening(d("2026-03-01"), Counts::new(10, 1), 5, 0).unwrap_err();
//! assert_eq!(rejected.refusal.code(), ErrorCode::TooEarly);
//! let case = rejected.case;
//! assert_eq!(case.case().version(), 8);
//! ```

// The closures that sort a recorded case into its typed successor hand the
// (moved) case back on a mismatch; boxing it would buy nothing.
#![allow(clippy::result_large_err)]

use std::marker::PhantomData;

use crate::authority::{Branch, Member};
use crate::case::Case;
use crate::electorate::Counts;
use crate::error::Refusal;
use crate::event::{Action, CloseReason, Criterion, Event, Mentor, RemovalOutcome};
use crate::period::Date;
use crate::state::StateName;

/// The states of the happy path, as types.
pub mod states {
    /// `new`.
    #[derive(Debug)]
    pub struct New;
    /// `flagged`.
    #[derive(Debug)]
    pub struct Flagged;
    /// `awaiting_direction`.
    #[derive(Debug)]
    pub struct AwaitingDirection;
    /// `awaiting_listing_vote`.
    #[derive(Debug)]
    pub struct AwaitingListingVote;
    /// `awaiting_listing_review`.
    #[derive(Debug)]
    pub struct AwaitingListingReview;
    /// `listed`.
    #[derive(Debug)]
    pub struct Listed;
    /// `awaiting_self_criticism`.
    #[derive(Debug)]
    pub struct AwaitingSelfCriticism;
    /// `awaiting_mentor`.
    #[derive(Debug)]
    pub struct AwaitingMentor;
    /// `under_monitoring`.
    #[derive(Debug)]
    pub struct UnderMonitoring;
    /// `awaiting_progress_review`.
    #[derive(Debug)]
    pub struct AwaitingProgressReview;
    /// `awaiting_continuation_review`.
    #[derive(Debug)]
    pub struct AwaitingContinuationReview;
    /// `awaiting_grassroots_resolution`.
    #[derive(Debug)]
    pub struct AwaitingGrassrootsResolution;
    /// `referred_to_bloc`.
    #[derive(Debug)]
    pub struct ReferredToBloc;
    /// `under_verification`.
    #[derive(Debug)]
    pub struct UnderVerification;
    /// `awaiting_removal_decision`.
    #[derive(Debug)]
    pub struct AwaitingRemovalDecision;
}
use states::*;

/// A case whose state is the type `S`.
#[derive(Debug)]
pub struct Typed<S> {
    case: Case,
    state: PhantomData<S>,
}

/// A refused event: the typed case, unchanged, and why.
#[derive(Debug)]
pub struct Rejected<S> {
    /// The case, exactly as it was.
    pub case: Typed<S>,
    /// Why the event was refused.
    pub refusal: Refusal,
}

/// What a typed step gives: the next typed case, or the same one back.
pub type Step<S, T> = Result<T, Box<Rejected<S>>>;

impl<S> Typed<S> {
    fn wrap(case: Case) -> Typed<S> {
        Typed {
            case,
            state: PhantomData,
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

    /// Records `action` on `date` as the body with authority (A1), if it leads to a
    /// state `accept` takes; otherwise gives the case back unchanged.
    fn record<T>(
        self,
        date: Date,
        action: Action,
        accept: impl FnOnce(StateName, Case) -> Result<T, Case>,
    ) -> Step<S, T> {
        let ty = action.event_type();
        let Some(&by) = ty.transition().bodies(self.case.branch()).first() else {
            return Err(self.reject(Refusal::WrongState {
                event: ty,
                state: StateName::New,
            }));
        };
        let event = Event::new(date, by, action);
        let state = self.case.state().name();
        match self.case.check(&event) {
            Err(refusal) => Err(self.reject(refusal)),
            Ok(next) => {
                let mut case = self.case;
                if let Err(refusal) = case.apply(event) {
                    return Err(Typed::wrap(case).reject(refusal));
                }
                accept(next, case).map_err(|case| {
                    // Not reachable: `check` said where the event leads and `accept`
                    // covers the table's targets. Report it rather than panic.
                    Typed::wrap(case).reject(Refusal::WrongState { event: ty, state })
                })
            }
        }
    }

    fn reject(self, refusal: Refusal) -> Box<Rejected<S>> {
        Box::new(Rejected {
            case: self,
            refusal,
        })
    }

    /// Closes the case administratively (I7), as the superior.
    pub fn close(self, date: Date, reason: CloseReason) -> Step<S, Case> {
        self.record(date, Action::CaseClosed { reason }, |_, c| Ok(c))
    }
}

/// Accepts exactly one state.
fn only<T>(want: StateName) -> impl FnOnce(StateName, Case) -> Result<Typed<T>, Case> {
    move |got, case| {
        if got == want {
            Ok(Typed::wrap(case))
        } else {
            Err(case)
        }
    }
}

/// Accepts a closed state.
fn closed(got: StateName, case: Case) -> Result<Case, Case> {
    if got.is_closed() { Ok(case) } else { Err(case) }
}

impl Typed<New> {
    /// A new case (state `new`).
    pub fn new(member: Member, branch: Branch) -> Typed<New> {
        Typed::wrap(Case::new(member, branch))
    }

    /// S1.1: the committee flags the member against at least one criterion.
    pub fn flag(self, date: Date, criteria: Vec<Criterion>) -> Step<New, Typed<Flagged>> {
        self.record(date, Action::Flagged { criteria }, only(StateName::Flagged))
    }
}

impl Typed<Flagged> {
    /// S1.2: the committee asks the superior for direction.
    pub fn request_direction(self, date: Date) -> Step<Flagged, Typed<AwaitingDirection>> {
        self.record(
            date,
            Action::DirectionRequested,
            only(StateName::AwaitingDirection),
        )
    }
}

impl Typed<AwaitingDirection> {
    /// S1.2: the superior lets the branch proceed.
    pub fn proceed(self, date: Date) -> Step<AwaitingDirection, Typed<AwaitingListingVote>> {
        self.record(
            date,
            Action::DirectionGiven { proceed: true },
            only(StateName::AwaitingListingVote),
        )
    }

    /// S1.2: the superior does not: the case ends `not_listed`.
    pub fn stop(self, date: Date) -> Step<AwaitingDirection, Case> {
        self.record(date, Action::DirectionGiven { proceed: false }, closed)
    }
}

/// The listing ballot's two ways (S1.3).
#[derive(Debug)]
pub enum ListingVote {
    /// T1 met: awaiting the superior's approval.
    Listed(Typed<AwaitingListingReview>),
    /// T1 not met: the case ends `not_listed`.
    NotListed(Case),
}

impl Typed<AwaitingListingVote> {
    /// S1.3, E1, E2, E4, T1: the branch's secret ballot.
    pub fn vote_listing(
        self,
        date: Date,
        electorate: Counts,
        yes: u32,
    ) -> Step<AwaitingListingVote, ListingVote> {
        self.record(
            date,
            Action::ListingVoted {
                electorate,
                yes,
                ballots: None,
            },
            |got, case| match got {
                StateName::AwaitingListingReview => Ok(ListingVote::Listed(Typed::wrap(case))),
                StateName::NotListed => Ok(ListingVote::NotListed(case)),
                _ => Err(case),
            },
        )
    }
}

impl Typed<AwaitingListingReview> {
    /// S1.4: the superior approves the list.
    pub fn approve(self, date: Date) -> Step<AwaitingListingReview, Typed<Listed>> {
        self.record(
            date,
            Action::ListingReviewed { approved: true },
            only(StateName::Listed),
        )
    }

    /// S1.4: the superior refuses it: the case ends `not_listed`.
    pub fn refuse(self, date: Date) -> Step<AwaitingListingReview, Case> {
        self.record(date, Action::ListingReviewed { approved: false }, closed)
    }
}

impl Typed<Listed> {
    /// S2.1: the committee tells the member and talks the violations over.
    pub fn notify(self, date: Date) -> Step<Listed, Typed<AwaitingSelfCriticism>> {
        self.record(
            date,
            Action::MemberNotified,
            only(StateName::AwaitingSelfCriticism),
        )
    }
}

impl Typed<AwaitingSelfCriticism> {
    /// S2.1: the member's self-criticism with a commitment.
    pub fn submit_self_criticism(
        self,
        date: Date,
    ) -> Step<AwaitingSelfCriticism, Typed<AwaitingMentor>> {
        self.record(
            date,
            Action::SelfCriticismSubmitted,
            only(StateName::AwaitingMentor),
        )
    }
}

impl Typed<AwaitingMentor> {
    /// S2.2, S2.3, D2: the branch assigns one mentor; cycle 1 begins.
    pub fn assign_mentor(
        self,
        date: Date,
        mentor: Mentor,
    ) -> Step<AwaitingMentor, Typed<UnderMonitoring>> {
        self.record(
            date,
            Action::MentorAssigned { mentor },
            only(StateName::UnderMonitoring),
        )
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

impl Typed<UnderMonitoring> {
    /// D2: the earliest date of the screening meeting (always `Some` in this state).
    pub fn screening_from(&self) -> Option<Date> {
        self.case.state().screening_from()
    }

    /// S2.2: the branch assigns another mentor.
    pub fn reassign_mentor(
        self,
        date: Date,
        mentor: Mentor,
    ) -> Step<UnderMonitoring, Typed<UnderMonitoring>> {
        self.record(
            date,
            Action::MentorReassigned { mentor },
            only(StateName::UnderMonitoring),
        )
    }

    /// S3.1–S3.4, D2, I1, I2: the screening meeting's two ballots.
    pub fn vote_screening(
        self,
        date: Date,
        electorate: Counts,
        progress_yes: u32,
        removal_yes: u32,
    ) -> Step<UnderMonitoring, Screening> {
        let action = Action::ScreeningVoted {
            electorate,
            progress_yes,
            removal_yes,
            progress_ballots: None,
            removal_ballots: None,
        };
        self.record(date, action, |got, case| match got {
            StateName::AwaitingProgressReview => Ok(Screening::Progress(Typed::wrap(case))),
            StateName::AwaitingContinuationReview => Ok(Screening::Continue(Typed::wrap(case))),
            StateName::AwaitingGrassrootsResolution => {
                Ok(Screening::ToGrassrootsCommittee(Typed::wrap(case)))
            }
            StateName::ReferredToBloc => Ok(Screening::ToBloc(Typed::wrap(case))),
            _ => Err(case),
        })
    }
}

impl Typed<AwaitingProgressReview> {
    /// S3.2: the superior approves: `progress_recognized`, the case is closed.
    pub fn approve(self, date: Date) -> Step<AwaitingProgressReview, Case> {
        self.record(date, Action::DecisionReviewed { approved: true }, closed)
    }

    /// I4: the superior refuses: back to monitoring in the same cycle, to screen again.
    pub fn refuse(self, date: Date) -> Step<AwaitingProgressReview, Typed<UnderMonitoring>> {
        self.record(
            date,
            Action::DecisionReviewed { approved: false },
            only(StateName::UnderMonitoring),
        )
    }
}

impl Typed<AwaitingContinuationReview> {
    /// S3.4, I3: the superior approves: a new cycle, counted from the screening meeting.
    pub fn approve(self, date: Date) -> Step<AwaitingContinuationReview, Typed<UnderMonitoring>> {
        self.record(
            date,
            Action::DecisionReviewed { approved: true },
            only(StateName::UnderMonitoring),
        )
    }

    /// I4: the superior refuses: back to monitoring in the same cycle, to screen again.
    pub fn refuse(self, date: Date) -> Step<AwaitingContinuationReview, Typed<UnderMonitoring>> {
        self.record(
            date,
            Action::DecisionReviewed { approved: false },
            only(StateName::UnderMonitoring),
        )
    }
}

impl Typed<AwaitingGrassrootsResolution> {
    /// S3.3: the grassroots committee forwards the proposal to the BTV ĐUK.
    pub fn forward(self, date: Date) -> Step<AwaitingGrassrootsResolution, Typed<ReferredToBloc>> {
        self.record(
            date,
            Action::RemovalResolved { forward: true },
            only(StateName::ReferredToBloc),
        )
    }

    /// I5, I3: it does not: a new cycle, counted from its resolution.
    pub fn keep_educating(
        self,
        date: Date,
    ) -> Step<AwaitingGrassrootsResolution, Typed<UnderMonitoring>> {
        self.record(
            date,
            Action::RemovalResolved { forward: false },
            only(StateName::UnderMonitoring),
        )
    }
}

impl Typed<ReferredToBloc> {
    /// S4.1: the BTV ĐUK orders its Inspection Committee to verify.
    pub fn order_verification(self, date: Date) -> Step<ReferredToBloc, Typed<UnderVerification>> {
        self.record(
            date,
            Action::VerificationOrdered,
            only(StateName::UnderVerification),
        )
    }
}

impl Typed<UnderVerification> {
    /// S4.1: the Inspection Committee concludes.
    pub fn conclude(
        self,
        date: Date,
        violations_confirmed: bool,
    ) -> Step<UnderVerification, Typed<AwaitingRemovalDecision>> {
        self.record(
            date,
            Action::VerificationConcluded {
                violations_confirmed,
            },
            only(StateName::AwaitingRemovalDecision),
        )
    }
}

impl Typed<AwaitingRemovalDecision> {
    /// S4.2, I6: the BTV ĐUK strikes the name off (`struck_off`) or expels (`expelled`).
    pub fn remove(
        self,
        date: Date,
        outcome: RemovalOutcome,
    ) -> Step<AwaitingRemovalDecision, Case> {
        self.record(date, Action::RemovalDecided { outcome }, closed)
    }

    /// S4.3, I3: not grave enough: a new cycle, counted from the decision.
    pub fn continue_education(
        self,
        date: Date,
    ) -> Step<AwaitingRemovalDecision, Typed<UnderMonitoring>> {
        self.record(
            date,
            Action::RemovalDecided {
                outcome: RemovalOutcome::ContinueEducation,
            },
            only(StateName::UnderMonitoring),
        )
    }
}
