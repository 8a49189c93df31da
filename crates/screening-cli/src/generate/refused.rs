//! The events a generated case may end with that the core refuses: a wrong body,
//! a date out of order, a screening before the 12 months, or an event of another stage.

use screening_core::{Action, Body, Case, Criterion, Date, Event, EventType, StateName};

use super::next::ballot_roll;
use super::{BranchProfile, Generator, Leaning, days};
use crate::rng::Rng;

impl Generator {
    /// An event the core refuses as the case stands: a wrong body, a date out of
    /// order, a screening before the 12 months, or an event of another stage.
    pub(super) fn bad_event(
        &self,
        rng: &mut Rng,
        case: &Case,
        profile: &BranchProfile,
        leaning: Leaning,
        start: Date,
    ) -> Option<Event> {
        let last = case.events().last().map_or(start, |e| e.date);
        let open = !case.state().is_closed() && case.version() > 0;
        // 0 wrong body, 1 date out of order, 2 too early, 3 wrong state.
        let kind = if case.state().name() == StateName::UnderMonitoring {
            rng.weighted(&[0.25, 0.15, 0.60, 0.0])
        } else {
            rng.weighted(&[0.50, 0.40, 0.0, 0.10])
        };
        let allowed = |rng: &mut Rng| {
            self.choose(rng, case, profile, leaning, start, true)
                .filter(|e| e.event_type() != EventType::CaseClosed)
        };
        if open && kind == 0 {
            // A1: the right event recorded by a body without authority.
            if let Some(mut e) = allowed(rng) {
                let ok = e.event_type().transition().bodies(case.branch());
                let wrong: Vec<Body> = Body::ALL
                    .iter()
                    .copied()
                    .filter(|b| !ok.contains(b))
                    .collect();
                e.by = wrong[rng.below(wrong.len() as u64) as usize];
                e.date = e.date.min(self.as_of).max(last);
                return Some(e);
            }
        }
        if open && kind == 1 {
            // D1: the right event dated before the previous one.
            if let Some(mut e) = allowed(rng) {
                e.date = days(last, -rng.between(1, 30));
                return Some(e);
            }
        }
        if kind == 2 {
            // D2: the screening ballot held before the 12 months are over.
            if let Some(from) = case.state().screening_from() {
                let room = from.naive().signed_duration_since(last.naive()).num_days();
                let left = self
                    .as_of
                    .naive()
                    .signed_duration_since(last.naive())
                    .num_days();
                if room >= 2 {
                    let (electorate, attending) = ballot_roll(rng, profile);
                    let progress_yes = rng.binomial(attending, 0.7);
                    let when = days(last, rng.between(0, (room - 1).min(left)));
                    return Some(Event::new(
                        when,
                        Body::Branch,
                        Action::ScreeningVoted {
                            electorate,
                            progress_yes,
                            removal_yes: 0,
                            progress_ballots: None,
                            removal_ballots: None,
                        },
                    ));
                }
            }
        }
        // An event of another stage: approving a list that is not awaiting approval,
        // or flagging a member already under review.
        let when = days(last, rng.between(1, 20)).min(self.as_of).max(last);
        let superior = case.branch().superior();
        let committee = case.branch().committee();
        Some(match case.state().name() {
            StateName::New => Event::new(when, committee, Action::MemberNotified),
            StateName::AwaitingListingReview => Event::new(
                when,
                committee,
                Action::Flagged {
                    criteria: vec![Criterion::Other],
                },
            ),
            _ => Event::new(when, superior, Action::ListingReviewed { approved: true }),
        })
    }
}
