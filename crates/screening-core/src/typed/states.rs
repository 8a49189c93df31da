//! The states, as types: one per [`StateName`].

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
