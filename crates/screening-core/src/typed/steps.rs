//! The methods of each typed state: one per event the state allows, each named
//! after what happens and taking the date and the body that acts.

use super::states::*;
use super::typestate::{Attempt, Typed, only};
use crate::authority::{Body, Branch, Member};
use crate::case::Case;
use crate::electorate::Counts;
use crate::event::{Action, Criterion, Mentor, RemovalOutcome};
use crate::period::Date;
use crate::state::StateName;
use crate::tally::Tally;

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
    /// S1.3, E1, E2, E4, E5, E6, T1: the branch's secret ballot: the yes votes, or a
    /// [`Tally`] with the tellers' count.
    pub fn vote_listing(
        self,
        date: Date,
        by: Body,
        electorate: Counts,
        yes: impl Into<Tally>,
    ) -> Attempt<AwaitingListingVote, ListingVote> {
        let yes = yes.into();
        let action = Action::ListingVoted {
            electorate,
            yes: yes.yes,
            ballots: yes.ballots,
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

    /// S3.1–S3.4, D2, I1, I2, E6: the screening meeting's two ballots, progress
    /// first: each the yes votes, or a [`Tally`] with the tellers' count.
    pub fn vote_screening(
        self,
        date: Date,
        by: Body,
        electorate: Counts,
        progress: impl Into<Tally>,
        removal: impl Into<Tally>,
    ) -> Attempt<UnderMonitoring, Screening> {
        let (progress, removal) = (progress.into(), removal.into());
        let action = Action::ScreeningVoted {
            electorate,
            progress_yes: progress.yes,
            removal_yes: removal.yes,
            progress_ballots: progress.ballots,
            removal_ballots: removal.ballots,
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
