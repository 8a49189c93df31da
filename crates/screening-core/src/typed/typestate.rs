//! The typed case ([`Typed`]) and the one way its methods record an event: checked
//! first, typed next, applied last, so that a refusal gives the case back as it was.

use std::marker::PhantomData;

use super::states::{Closed, Marker, Open};
use crate::authority::Body;
use crate::case::{Case, Refused};
use crate::error::Refusal;
use crate::event::{Action, CloseReason, Event};
use crate::period::Date;
use crate::state::StateName;

/// A case whose state is the type `S`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Typed<S: Marker> {
    pub(super) case: Case,
    state: PhantomData<S>,
}

/// What a typed method gives: the case in its next typed state, or a [`Refused`]
/// holding the same typed case, unchanged, with the refusal.
pub type Attempt<S, T> = Result<T, Box<Refused<Typed<S>>>>;

/// Builds the typed successor from the case the event was applied to.
type Make<T> = fn(Case) -> T;

impl<S: Marker> Typed<S> {
    pub(super) fn wrap(case: Case) -> Typed<S> {
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
    pub(super) fn record<T>(
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
pub(super) fn only<T: Marker>(got: StateName) -> Option<Make<Typed<T>>> {
    (got == T::NAME).then_some(Typed::wrap)
}

impl<S: Open> Typed<S> {
    /// I7: the superior (or the BTV ĐUK) closes the case administratively.
    pub fn close(self, date: Date, by: Body, reason: CloseReason) -> Attempt<S, Typed<Closed>> {
        self.record(date, by, Action::CaseClosed { reason }, only)
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
