//! The transition table: the one place that says which event is allowed in
//! which state, who records it, and where it may lead (CASE-FORMAT.md, "Events").
//!
//! `Case::apply` checks state and authority against it, `next` is read from it,
//! and the diagrams are generated from it. Where an event leads for a given
//! payload is decided in `case.rs`; a test checks that it is always one of `to`.

use crate::authority::{Authority, Body, Branch};
use crate::event::EventType;
use crate::rule::RuleId;
use crate::state::StateName;

/// One row of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Transition {
    /// The event.
    pub event: EventType,
    /// Who records it (A1).
    pub by: Authority,
    /// The states in which it is allowed.
    pub from: &'static [StateName],
    /// The states it may lead to.
    pub to: &'static [StateName],
    /// The rules that govern it.
    pub rules: &'static [RuleId],
}

use StateName as S;

/// Every open state but `new`, where `case_closed` is allowed (I7).
const OPEN_BUT_NEW: &[StateName] = &[
    S::Flagged,
    S::AwaitingDirection,
    S::AwaitingListingVote,
    S::AwaitingListingReview,
    S::Listed,
    S::AwaitingSelfCriticism,
    S::AwaitingMentor,
    S::UnderMonitoring,
    S::AwaitingProgressReview,
    S::AwaitingContinuationReview,
    S::AwaitingGrassrootsResolution,
    S::ReferredToBloc,
    S::UnderVerification,
    S::AwaitingRemovalDecision,
];

/// The table, one row per [`EventType`], in the same order.
pub const TABLE: [Transition; 16] = [
    Transition {
        event: EventType::Flagged,
        by: Authority::Committee,
        from: &[S::New],
        to: &[S::Flagged],
        rules: &[RuleId::S1_1, RuleId::A1],
    },
    Transition {
        event: EventType::DirectionRequested,
        by: Authority::Committee,
        from: &[S::Flagged],
        to: &[S::AwaitingDirection],
        rules: &[RuleId::S1_2, RuleId::A1],
    },
    Transition {
        event: EventType::DirectionGiven,
        by: Authority::Superior,
        from: &[S::AwaitingDirection],
        to: &[S::AwaitingListingVote, S::NotListed],
        rules: &[RuleId::S1_2, RuleId::A1],
    },
    Transition {
        event: EventType::ListingVoted,
        by: Authority::Only(Body::Branch),
        from: &[S::AwaitingListingVote],
        to: &[S::AwaitingListingReview, S::NotListed],
        rules: &[
            RuleId::S1_3,
            RuleId::E1,
            RuleId::E2,
            RuleId::E4,
            RuleId::T1,
            RuleId::A1,
        ],
    },
    Transition {
        event: EventType::ListingReviewed,
        by: Authority::Superior,
        from: &[S::AwaitingListingReview],
        to: &[S::Listed, S::NotListed],
        rules: &[RuleId::S1_4, RuleId::A1],
    },
    Transition {
        event: EventType::MemberNotified,
        by: Authority::Committee,
        from: &[S::Listed],
        to: &[S::AwaitingSelfCriticism],
        rules: &[RuleId::S2_1, RuleId::A1],
    },
    Transition {
        event: EventType::SelfCriticismSubmitted,
        by: Authority::Only(Body::Member),
        from: &[S::AwaitingSelfCriticism],
        to: &[S::AwaitingMentor],
        rules: &[RuleId::S2_1, RuleId::A1],
    },
    Transition {
        event: EventType::MentorAssigned,
        by: Authority::Only(Body::Branch),
        from: &[S::AwaitingMentor],
        to: &[S::UnderMonitoring],
        rules: &[RuleId::S2_2, RuleId::S2_3, RuleId::D2, RuleId::A1],
    },
    Transition {
        event: EventType::MentorReassigned,
        by: Authority::Only(Body::Branch),
        from: &[S::UnderMonitoring],
        to: &[S::UnderMonitoring],
        rules: &[RuleId::S2_2, RuleId::A1],
    },
    Transition {
        event: EventType::ScreeningVoted,
        by: Authority::Only(Body::Branch),
        from: &[S::UnderMonitoring],
        to: &[
            S::AwaitingProgressReview,
            S::AwaitingContinuationReview,
            S::AwaitingGrassrootsResolution,
            S::ReferredToBloc,
        ],
        rules: &[
            RuleId::S3_1,
            RuleId::D2,
            RuleId::S3_2,
            RuleId::S3_3,
            RuleId::S3_4,
            RuleId::I1,
            RuleId::I2,
            RuleId::E1,
            RuleId::E2,
            RuleId::E4,
            RuleId::T1,
            RuleId::T2,
            RuleId::A1,
        ],
    },
    Transition {
        event: EventType::DecisionReviewed,
        by: Authority::Superior,
        from: &[S::AwaitingProgressReview, S::AwaitingContinuationReview],
        to: &[S::ProgressRecognized, S::UnderMonitoring],
        rules: &[
            RuleId::S3_2,
            RuleId::S3_4,
            RuleId::I3,
            RuleId::I4,
            RuleId::D2,
            RuleId::A1,
        ],
    },
    Transition {
        event: EventType::RemovalResolved,
        by: Authority::Only(Body::GrassrootsCommittee),
        from: &[S::AwaitingGrassrootsResolution],
        to: &[S::ReferredToBloc, S::UnderMonitoring],
        rules: &[
            RuleId::S3_3,
            RuleId::I5,
            RuleId::I3,
            RuleId::D2,
            RuleId::A1,
            RuleId::A2,
        ],
    },
    Transition {
        event: EventType::VerificationOrdered,
        by: Authority::Only(Body::BlocStandingCommittee),
        from: &[S::ReferredToBloc],
        to: &[S::UnderVerification],
        rules: &[RuleId::S4_1, RuleId::A1],
    },
    Transition {
        event: EventType::VerificationConcluded,
        by: Authority::Only(Body::BlocInspectionCommittee),
        from: &[S::UnderVerification],
        to: &[S::AwaitingRemovalDecision],
        rules: &[RuleId::S4_1, RuleId::A1],
    },
    Transition {
        event: EventType::RemovalDecided,
        by: Authority::Only(Body::BlocStandingCommittee),
        from: &[S::AwaitingRemovalDecision],
        to: &[S::StruckOff, S::Expelled, S::UnderMonitoring],
        rules: &[
            RuleId::S4_2,
            RuleId::S4_3,
            RuleId::I6,
            RuleId::I3,
            RuleId::D2,
            RuleId::A1,
        ],
    },
    Transition {
        event: EventType::CaseClosed,
        by: Authority::SuperiorOrBloc,
        from: OPEN_BUT_NEW,
        to: &[S::Closed],
        rules: &[RuleId::I7, RuleId::A1],
    },
];

impl EventType {
    /// Whether someone is awaited to record this event when it is allowed: every
    /// event moves the case on but `case_closed` (administrative closure, possible
    /// in every open state, I7) and `mentor_reassigned` (possible throughout
    /// monitoring, S2.2), which nobody is waiting for. "What is due" lists only the
    /// awaited events of [`crate::Case::next`].
    ///
    /// Rules I7, S2.2.
    pub const fn is_awaited(self) -> bool {
        !matches!(self, EventType::CaseClosed | EventType::MentorReassigned)
    }

    /// This event's row of the transition table.
    pub fn transition(self) -> &'static Transition {
        // TABLE has one row per EventType in declaration order (tested below).
        #[allow(clippy::indexing_slicing)]
        &TABLE[self as usize]
    }
}

impl Transition {
    /// Whether the event is allowed in `state` (the `wrong_state` check).
    pub fn allowed_in(&self, state: StateName) -> bool {
        self.from.contains(&state)
    }

    /// The bodies that may record it in `branch` (A1).
    pub const fn bodies(&self, branch: &Branch) -> &'static [Body] {
        self.by.bodies(branch)
    }
}

/// The rows allowed in `state`, in table order.
pub fn allowed_in(state: StateName) -> impl Iterator<Item = &'static Transition> {
    TABLE.iter().filter(move |t| t.allowed_in(state))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_row_per_event_type_in_order() {
        assert_eq!(TABLE.len(), EventType::ALL.len());
        for (row, ty) in TABLE.iter().zip(EventType::ALL) {
            assert_eq!(row.event, *ty);
            assert_eq!(ty.transition().event, *ty);
        }
    }

    #[test]
    fn closed_states_allow_nothing_and_open_states_something() {
        for &s in StateName::ALL {
            assert_eq!(allowed_in(s).next().is_none(), s.is_closed(), "{s}");
        }
    }
}
