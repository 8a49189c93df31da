//! What happens next in a generated case: the event chosen among those
//! [`Case::next`] allows, its payload and its delay, drawn with a branch's habits.

use screening_core::{
    Action, Case, CloseReason, Counts, Criterion, Date, Event, EventType, MemberStatus, Mentor,
    MentorRole, NextEvent, RemovalOutcome, State,
};

use super::{BranchProfile, Generator, Leaning, days, id};
use crate::rng::Rng;

const NOTES: [&str; 6] = [
    "Họp chi bộ định kỳ tháng này",
    "Theo báo cáo của cơ quan, đoàn thể nơi đảng viên công tác",
    "Đảng viên có mặt, trình bày ý kiến",
    "Ý kiến góp ý của chi ủy đã được thông báo",
    "Đã trao đổi với cấp ủy nơi cư trú",
    "Biên bản họp kèm theo",
];

impl Generator {
    /// The next event of a case, chosen among those `next()` allows; its date may
    /// pass [`AS_OF`] (the caller then stops the case).
    ///
    /// Which events may come next, and by whom, is the core's answer; the generator
    /// only chooses among them (closing now and then, reassigning a mentor rarely)
    /// and draws each event's payload and delay.
    pub(super) fn choose(
        &self,
        rng: &mut Rng,
        case: &Case,
        profile: &BranchProfile,
        leaning: Leaning,
        start: Date,
        reassigned: bool,
    ) -> Option<Event> {
        let last = case.events().last().map_or(start, |e| e.date);
        let next = case.next();
        let (closing, going_on): (Vec<&NextEvent>, Vec<&NextEvent>) =
            next.iter().partition(|n| n.event == EventType::CaseClosed);
        // Closed more often while under monitoring (the screening has a date).
        let close_chance = if closing.is_empty() {
            0.0
        } else if next.iter().any(|n| n.from.is_some()) {
            0.01
        } else {
            0.005
        };
        if rng.chance(close_chance) {
            let by = closing.first()?.by;
            let reason = match rng.weighted(&[0.55, 0.25, 0.20]) {
                0 => CloseReason::Transferred,
                1 => CloseReason::Deceased,
                _ => CloseReason::Other,
            };
            let body = by[rng.below(by.len() as u64) as usize];
            let when = days(last, rng.between(3, 60));
            return Some(Event::new(when, body, Action::CaseClosed { reason }));
        }
        // Under monitoring both a new mentor and the screening ballot may come: a
        // mentor is reassigned rarely, once, and only well before the screening.
        let chosen = match going_on.as_slice() {
            [] => return None,
            [only] => *only,
            several => {
                let screening = several.iter().find(|n| n.from.is_some())?;
                let from = screening.from?;
                let room = from.naive().signed_duration_since(last.naive()).num_days();
                let reassign = several
                    .iter()
                    .find(|n| n.event == EventType::MentorReassigned);
                match reassign {
                    Some(r) if !reassigned && room > 60 && rng.chance(0.08) => *r,
                    _ => *screening,
                }
            }
        };
        let (gap, action) = self.draw(rng, case, profile, leaning, last, chosen)?;
        let body = chosen.by[rng.below(chosen.by.len() as u64) as usize];
        let when = if chosen.event == EventType::Flagged {
            start
        } else {
            days(last, gap)
        };
        let mut event = Event::new(when, body, action);
        if rng.chance(0.03) {
            event = event.with_note(NOTES[rng.below(NOTES.len() as u64) as usize]);
        }
        Some(event)
    }

    /// The delay after the previous event (in days) and the payload of an event
    /// of type `next.event`, drawn with the branch's habits.
    fn draw(
        &self,
        rng: &mut Rng,
        case: &Case,
        profile: &BranchProfile,
        leaning: Leaning,
        last: Date,
        next: &NextEvent,
    ) -> Option<(i64, Action)> {
        Some(match next.event {
            EventType::Flagged => {
                const ALL: [Criterion; 5] = [
                    Criterion::TwoYearsNotCompleted,
                    Criterion::ExampleOrProhibition,
                    Criterion::Degradation,
                    Criterion::ReoffendedUnderDiscipline,
                    Criterion::Other,
                ];
                let weights = [0.35, 0.25, 0.20, 0.10, 0.10];
                let first = ALL[rng.weighted(&weights)];
                let mut criteria = vec![first];
                if rng.chance(0.2) {
                    let second = ALL[rng.weighted(&weights)];
                    if second != first {
                        criteria.push(second);
                    }
                }
                (0, Action::Flagged { criteria })
            }
            EventType::DirectionRequested => (rng.between(2, 14), Action::DirectionRequested),
            EventType::DirectionGiven => {
                let gap = rng.between(5, 25);
                let proceed = rng.chance(0.93);
                (gap, Action::DirectionGiven { proceed })
            }
            EventType::ListingVoted => {
                let (electorate, attending) = ballot_roll(rng, profile);
                let yes = rng.binomial(attending, leaning.listing_yes);
                let gap = rng.between(7, 35);
                (
                    gap,
                    Action::ListingVoted {
                        electorate,
                        yes,
                        ballots: None,
                    },
                )
            }
            EventType::ListingReviewed => {
                let gap = rng.between(5, 25);
                let approved = rng.chance(0.96);
                (gap, Action::ListingReviewed { approved })
            }
            EventType::MemberNotified => (rng.between(2, 14), Action::MemberNotified),
            EventType::SelfCriticismSubmitted => {
                (rng.between(5, 21), Action::SelfCriticismSubmitted)
            }
            EventType::MentorAssigned => {
                let gap = rng.between(3, 30);
                let mentor = mentor(rng, profile);
                (gap, Action::MentorAssigned { mentor })
            }
            EventType::MentorReassigned => {
                let from = case.state().screening_from()?;
                let room = from.naive().signed_duration_since(last.naive()).num_days();
                let gap = rng.between(30, room - 1);
                let mentor = mentor(rng, profile);
                (gap, Action::MentorReassigned { mentor })
            }
            EventType::ScreeningVoted => {
                let room = next
                    .from?
                    .naive()
                    .signed_duration_since(last.naive())
                    .num_days();
                let (electorate, attending) = ballot_roll(rng, profile);
                // How the branch sees the member this time: most improve.
                let views = match rng.weighted(&[0.75, 0.18, 0.07]) {
                    0 => [0.80, 0.05],
                    1 => [0.35, 0.20],
                    _ => [0.05, 0.85],
                };
                let (mut progress_yes, mut removal_yes) = (0, 0);
                // Each voter backs progress, removal, or neither: the two counts
                // never both pass (½ + ⅔ > 1), so no conflicting ballots.
                for _ in 0..attending {
                    match rng.weighted(&[views[0], views[1], 1.0 - views[0] - views[1]]) {
                        0 => progress_yes += 1,
                        1 => removal_yes += 1,
                        _ => {}
                    }
                }
                let gap = room.max(0) + rng.between(0, 40);
                let action = Action::ScreeningVoted {
                    electorate,
                    progress_yes,
                    removal_yes,
                    progress_ballots: None,
                    removal_ballots: None,
                };
                (gap, action)
            }
            EventType::DecisionReviewed => {
                let gap = rng.between(5, 25);
                // Progress is approved a little more often than continued education.
                let p = match case.state() {
                    State::AwaitingProgressReview(_) => 0.97,
                    _ => 0.95,
                };
                let approved = rng.chance(p);
                (gap, Action::DecisionReviewed { approved })
            }
            EventType::RemovalResolved => {
                let gap = rng.between(7, 30);
                let forward = rng.chance(0.85);
                (gap, Action::RemovalResolved { forward })
            }
            EventType::VerificationOrdered => (rng.between(7, 30), Action::VerificationOrdered),
            EventType::VerificationConcluded => {
                let gap = rng.between(20, 75);
                let violations_confirmed = rng.chance(0.85);
                (
                    gap,
                    Action::VerificationConcluded {
                        violations_confirmed,
                    },
                )
            }
            EventType::RemovalDecided => {
                let confirmed = matches!(
                    case.state(),
                    State::AwaitingRemovalDecision {
                        violations_confirmed: true,
                        ..
                    }
                );
                // Only what the core would accept (I6): removal of confirmed
                // violations, expulsion of official members.
                let outcome = if !confirmed {
                    RemovalOutcome::ContinueEducation
                } else {
                    match rng.weighted(&[0.60, 0.25, 0.15]) {
                        1 if case.member().status == MemberStatus::Official => {
                            RemovalOutcome::Expelled
                        }
                        0 | 1 => RemovalOutcome::StruckOff,
                        _ => RemovalOutcome::ContinueEducation,
                    }
                };
                (rng.between(7, 30), Action::RemovalDecided { outcome })
            }
            EventType::CaseClosed => return None,
        })
    }
}

/// The counts a branch records for a ballot, and how many voters attend.
///
/// Each exempted member attends and votes with probability 0.3 (E2); each other
/// official member attends with probability 0.92; absent members count as "no".
pub(super) fn ballot_roll(rng: &mut Rng, p: &BranchProfile) -> (Counts, u32) {
    let exempt_attending = rng.binomial(p.exempt, 0.3);
    let present = rng.binomial(p.official - p.exempt, 0.92);
    (
        Counts::new(p.official, p.exempt).attending(exempt_attending),
        present + exempt_attending,
    )
}

/// A mentor: a committee member (half the time, where there is a committee) or a member.
fn mentor(rng: &mut Rng, p: &BranchProfile) -> Mentor {
    let role = if p.branch.has_committee && rng.chance(0.5) {
        MentorRole::CommitteeMember
    } else {
        MentorRole::Member
    };
    let k = rng.below(u64::from(p.official)) + 1;
    Mentor {
        id: id(format!("DV-{:06}-{k:02}", p.number + 1)),
        role,
    }
}
