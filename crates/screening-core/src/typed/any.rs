//! A case typed by whatever state it is in ([`AnyTyped`]), so that a stored case
//! enters the typed API with one `match`.

use super::states::*;
use super::typestate::Typed;
use crate::case::Case;
use crate::state::StateName;

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
