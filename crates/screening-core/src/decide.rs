//! The heart of the state machine: where one event leads from a state, or why
//! the rules refuse it ([`decide`]), in the order CASE-FORMAT.md gives the checks.
//! It changes nothing; [`crate::Case::apply`] records what it decided.

use crate::authority::{Branch, BranchKind, Member, MemberStatus};
use crate::ballot::{BallotDecision, Outcome, Tally, decide_listing_tally, decide_screening_tally};
use crate::error::{MentorProblem, OutcomeProblem, Refusal};
use crate::event::{Action, Event, Mentor, MentorRole, RemovalOutcome};
use crate::period::{Date, screening_from};
use crate::rule::RuleId;
use crate::state::{Monitoring, State};

/// The state an event leads to, with the rules and the ballot behind it.
pub(crate) struct Decided {
    pub(crate) state: State,
    pub(crate) rules: &'static [RuleId],
    pub(crate) ballot: Option<BallotDecision>,
    pub(crate) new_cycle: bool,
}

impl Decided {
    fn to(state: State, rules: &'static [RuleId]) -> Decided {
        Decided {
            state,
            rules,
            ballot: None,
            new_cycle: false,
        }
    }
}

/// A monitoring cycle after `m`, counting 12 months from `start` (I3, D2).
fn next_cycle(m: &Monitoring, start: Date) -> State {
    State::UnderMonitoring(Monitoring {
        cycle: m.cycle.saturating_add(1),
        mentor: m.mentor.clone(),
        screening_from: screening_from(start),
    })
}

/// Checks a mentor (S2.2): never the member; a committee member only where there is a committee.
fn check_mentor(mentor: &Mentor, member: &Member, branch: &Branch) -> Result<(), Refusal> {
    let problem = if mentor.id == member.id {
        Some(MentorProblem::IsTheMember)
    } else if mentor.role == MentorRole::CommitteeMember && !branch.has_committee {
        Some(MentorProblem::NoCommittee)
    } else {
        None
    };
    match problem {
        Some(problem) => Err(Refusal::InvalidMentor {
            mentor: mentor.id.to_string(),
            problem,
        }),
        None => Ok(()),
    }
}

/// Decides one event in a state: the heart of the state machine.
///
/// Rules: the table's (A1, A2 and the allowed states), D1, D2, then each event's
/// own (S1–S4, E, T, I). Checks run in the order of CASE-FORMAT.md: `wrong_state`,
/// `wrong_body`, `date_order`, `too_early`, the payload's own checks, then
/// `conflicting_ballots` and `invalid_outcome`.
pub(crate) fn decide(
    member: &Member,
    branch: &Branch,
    state: &State,
    previous: Option<Date>,
    event: &Event,
) -> Result<Decided, Refusal> {
    use RuleId as R;
    let ty = event.event_type();
    let row = ty.transition();
    let name = state.name();
    let wrong_state = || Refusal::WrongState {
        event: ty,
        state: name,
    };
    if !row.allowed_in(name) {
        return Err(wrong_state());
    }
    if !row.by.allows(event.by, branch) {
        return Err(Refusal::WrongBody {
            event: ty,
            by: event.by,
            allowed: row.bodies(branch),
        });
    }
    let date = event.date;
    if let Some(previous) = previous.filter(|p| date < *p) {
        return Err(Refusal::DateOrder { date, previous });
    }
    let monitoring = || state.monitoring().ok_or_else(wrong_state);
    Ok(match &event.action {
        Action::Flagged { criteria } => {
            if criteria.is_empty() {
                return Err(Refusal::MissingCriteria);
            }
            Decided::to(State::Flagged, &[R::S1_1])
        }
        Action::DirectionRequested => Decided::to(State::AwaitingDirection, &[R::S1_2]),
        Action::DirectionGiven { proceed: true } => {
            Decided::to(State::AwaitingListingVote, &[R::S1_2])
        }
        Action::DirectionGiven { proceed: false } => Decided::to(State::NotListed, &[R::S1_2]),
        Action::ListingVoted {
            electorate,
            yes,
            ballots,
        } => {
            let d = decide_listing_tally(
                *electorate,
                Tally {
                    yes: *yes,
                    ballots: *ballots,
                },
            )?;
            let state = match d.outcome {
                Outcome::Listed => State::AwaitingListingReview,
                _ => State::NotListed,
            };
            Decided {
                state,
                rules: d.rules,
                ballot: Some(d),
                new_cycle: false,
            }
        }
        Action::ListingReviewed { approved: true } => Decided::to(State::Listed, &[R::S1_4]),
        Action::ListingReviewed { approved: false } => Decided::to(State::NotListed, &[R::S1_4]),
        Action::MemberNotified => Decided::to(State::AwaitingSelfCriticism, &[R::S2_1]),
        Action::SelfCriticismSubmitted => Decided::to(State::AwaitingMentor, &[R::S2_1]),
        Action::MentorAssigned { mentor } => {
            check_mentor(mentor, member, branch)?;
            let m = Monitoring {
                cycle: 1,
                mentor: mentor.clone(),
                screening_from: screening_from(date),
            };
            Decided {
                new_cycle: true,
                ..Decided::to(State::UnderMonitoring(m), &[R::S2_2, R::S2_3, R::D2])
            }
        }
        Action::MentorReassigned { mentor } => {
            let m = monitoring()?;
            check_mentor(mentor, member, branch)?;
            let m = Monitoring {
                mentor: mentor.clone(),
                ..m.clone()
            };
            Decided::to(State::UnderMonitoring(m), &[R::S2_2])
        }
        Action::ScreeningVoted {
            electorate,
            progress_yes,
            removal_yes,
            progress_ballots,
            removal_ballots,
        } => {
            let State::UnderMonitoring(m) = state else {
                return Err(wrong_state());
            };
            if date < m.screening_from {
                return Err(Refusal::TooEarly {
                    date,
                    screening_from: m.screening_from,
                });
            }
            let d = decide_screening_tally(
                *electorate,
                Tally {
                    yes: *progress_yes,
                    ballots: *progress_ballots,
                },
                Tally {
                    yes: *removal_yes,
                    ballots: *removal_ballots,
                },
            )?;
            let m = m.clone();
            let (state, rules): (State, &'static [RuleId]) = match (d.outcome, branch.kind) {
                (Outcome::ProgressRecognized, _) => {
                    (State::AwaitingProgressReview(m), &[R::S3_1, R::D2, R::S3_2])
                }
                (Outcome::RemovalProposed, BranchKind::UnderGrassrootsCommittee) => (
                    State::AwaitingGrassrootsResolution(m),
                    &[R::S3_1, R::D2, R::S3_3],
                ),
                (Outcome::RemovalProposed, BranchKind::Grassroots) => {
                    (State::ReferredToBloc(m), &[R::S3_1, R::D2, R::S3_3])
                }
                _ => (
                    State::AwaitingContinuationReview {
                        monitoring: m,
                        meeting: date,
                    },
                    &[R::S3_1, R::D2, R::S3_4, R::I1],
                ),
            };
            Decided {
                state,
                rules,
                ballot: Some(d),
                new_cycle: false,
            }
        }
        Action::DecisionReviewed { approved } => match (state, approved) {
            (State::AwaitingProgressReview(m), true) => {
                Decided::to(State::ProgressRecognized { cycle: m.cycle }, &[R::S3_2])
            }
            (
                State::AwaitingContinuationReview {
                    monitoring,
                    meeting,
                },
                true,
            ) => Decided {
                new_cycle: true,
                ..Decided::to(next_cycle(monitoring, *meeting), &[R::S3_4, R::I3, R::D2])
            },
            (State::AwaitingProgressReview(m), false)
            | (State::AwaitingContinuationReview { monitoring: m, .. }, false) => {
                Decided::to(State::UnderMonitoring(m.clone()), &[R::I4])
            }
            _ => return Err(wrong_state()),
        },
        Action::RemovalResolved { forward: true } => Decided::to(
            State::ReferredToBloc(monitoring()?.clone()),
            &[R::S3_3, R::A2],
        ),
        Action::RemovalResolved { forward: false } => Decided {
            new_cycle: true,
            ..Decided::to(next_cycle(monitoring()?, date), &[R::I5, R::I3, R::D2])
        },
        Action::VerificationOrdered => {
            Decided::to(State::UnderVerification(monitoring()?.clone()), &[R::S4_1])
        }
        Action::VerificationConcluded {
            violations_confirmed,
        } => Decided::to(
            State::AwaitingRemovalDecision {
                monitoring: monitoring()?.clone(),
                violations_confirmed: *violations_confirmed,
            },
            &[R::S4_1],
        ),
        Action::RemovalDecided { outcome } => {
            let State::AwaitingRemovalDecision {
                monitoring: m,
                violations_confirmed,
            } = state
            else {
                return Err(wrong_state());
            };
            let refuse = |problem| {
                Err(Refusal::InvalidOutcome {
                    outcome: *outcome,
                    problem,
                })
            };
            match outcome {
                RemovalOutcome::StruckOff | RemovalOutcome::Expelled if !violations_confirmed => {
                    return refuse(OutcomeProblem::ViolationsNotConfirmed);
                }
                RemovalOutcome::Expelled if member.status == MemberStatus::Probationary => {
                    return refuse(OutcomeProblem::ProbationaryMember);
                }
                RemovalOutcome::StruckOff => {
                    Decided::to(State::StruckOff { cycle: m.cycle }, &[R::S4_2, R::I6])
                }
                RemovalOutcome::Expelled => {
                    Decided::to(State::Expelled { cycle: m.cycle }, &[R::S4_2, R::I6])
                }
                RemovalOutcome::ContinueEducation => Decided {
                    new_cycle: true,
                    ..Decided::to(next_cycle(m, date), &[R::S4_3, R::I3, R::D2])
                },
            }
        }
        Action::CaseClosed { reason } => Decided::to(
            State::Closed {
                cycle: state.cycle(),
                reason: *reason,
            },
            &[R::I7],
        ),
    })
}
