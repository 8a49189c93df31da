//! Exhaustive model check of the case state machine over small domains.
//!
//! From `new`, breadth-first, every event of a small but complete domain is
//! applied in every reached state, up to [`DEPTH`] events: every event type, every
//! body (all 7) as `by`, every payload variant, dates around the 12-month
//! boundary, both branch kinds, with and without a committee, official and
//! probationary members. States are deduplicated by what decides the next event:
//! (the core's [`State`], the last event's date, the facts of the path that the
//! removal properties read). The member's status and the branch are fixed per run.
//!
//! Every result of [`Case::apply`] is compared with an oracle written here from
//! CASE-FORMAT.md alone (its table of events, its closed states, its error
//! precedence) and RULES.md (E4, T1, T2, I1–I7, D1, D2), independently of the core's
//! transition table; the table is then checked against what was observed.
//!
//! The exploration runs once (it is shared by the tests below, which each check
//! one property of what it found) and prints its counts, with how many times each
//! property was checked: a property whose situation never arose fails.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::OnceLock;

use screening_core::table::TABLE;
use screening_core::{
    Action, Body, Branch, BranchKind, Case, CloseReason, Counts, Criterion, Date, ErrorCode, Event,
    EventType, Id, Member, MemberStatus, Mentor, MentorRole, RemovalOutcome, State, StateName,
};

/// The longest event sequence explored. The shortest path to `struck_off` is 13
/// events (under a grassroots committee); 16 reaches removal in a second cycle.
const DEPTH: usize = 16;

/// The member under review.
const MEMBER: &str = "DV-0042";
/// Another member of the branch (a possible mentor).
const OTHER: &str = "DV-0099";

/// The first event's date: the day before a leap day, so that `mentor_assigned`
/// on 2024-02-28, 2024-02-29 and 2024-03-01 is explored (D2 at a month's end).
fn base_date() -> Date {
    "2024-02-28".parse().expect("date")
}

// ------------------------------------------------------------------ the oracle

/// The states in which an event is allowed: CASE-FORMAT.md, "Events", column
/// "allowed in state", copied here by hand.
fn spec_allowed_in(ty: EventType) -> Vec<StateName> {
    use StateName as S;
    match ty {
        EventType::Flagged => vec![S::New],
        EventType::DirectionRequested => vec![S::Flagged],
        EventType::DirectionGiven => vec![S::AwaitingDirection],
        EventType::ListingVoted => vec![S::AwaitingListingVote],
        EventType::ListingReviewed => vec![S::AwaitingListingReview],
        EventType::MemberNotified => vec![S::Listed],
        EventType::SelfCriticismSubmitted => vec![S::AwaitingSelfCriticism],
        EventType::MentorAssigned => vec![S::AwaitingMentor],
        EventType::MentorReassigned | EventType::ScreeningVoted => vec![S::UnderMonitoring],
        EventType::DecisionReviewed => {
            vec![S::AwaitingProgressReview, S::AwaitingContinuationReview]
        }
        EventType::RemovalResolved => vec![S::AwaitingGrassrootsResolution],
        EventType::VerificationOrdered => vec![S::ReferredToBloc],
        EventType::VerificationConcluded => vec![S::UnderVerification],
        EventType::RemovalDecided => vec![S::AwaitingRemovalDecision],
        // "any open state but `new` (Step 4 included)".
        EventType::CaseClosed => StateName::ALL
            .iter()
            .copied()
            .filter(|s| *s != S::New && !spec_closed(*s))
            .collect(),
    }
}

/// CASE-FORMAT.md: "Closed states, where no event is allowed".
fn spec_closed(s: StateName) -> bool {
    matches!(
        s,
        StateName::NotListed
            | StateName::ProgressRecognized
            | StateName::StruckOff
            | StateName::Expelled
            | StateName::Closed
    )
}

/// The bodies that may record an event (A1): CASE-FORMAT.md, column "by", with
/// "superior" and "committee" as defined above that table.
fn spec_bodies(ty: EventType, branch: &Branch) -> BTreeSet<Body> {
    let committee = if branch.has_committee {
        Body::BranchCommittee
    } else {
        Body::BranchSecretary
    };
    let superior = match branch.kind {
        BranchKind::UnderGrassrootsCommittee => Body::GrassrootsCommittee,
        BranchKind::Grassroots => Body::BlocStandingCommittee,
    };
    let bodies: &[Body] = match ty {
        EventType::Flagged | EventType::DirectionRequested | EventType::MemberNotified => {
            &[committee]
        }
        EventType::DirectionGiven | EventType::ListingReviewed | EventType::DecisionReviewed => {
            &[superior]
        }
        EventType::ListingVoted
        | EventType::MentorAssigned
        | EventType::MentorReassigned
        | EventType::ScreeningVoted => &[Body::Branch],
        EventType::SelfCriticismSubmitted => &[Body::Member],
        EventType::RemovalResolved => &[Body::GrassrootsCommittee],
        EventType::VerificationOrdered | EventType::RemovalDecided => {
            &[Body::BlocStandingCommittee]
        }
        EventType::VerificationConcluded => &[Body::BlocInspectionCommittee],
        EventType::CaseClosed => &[superior, Body::BlocStandingCommittee],
    };
    bodies.iter().copied().collect()
}

/// E1, E2, E4: the electorate, or `None` when the counts are invalid.
fn spec_size(c: Counts) -> Option<u32> {
    if u64::from(c.exempt) + u64::from(c.excluded) > u64::from(c.official)
        || c.exempt_attending > c.exempt
    {
        return None;
    }
    let e = c.official - c.exempt - c.excluded + c.exempt_attending;
    (e >= 1).then_some(e)
}

/// T1: two thirds or more.
fn t1(yes: u32, e: u32) -> bool {
    3 * u64::from(yes) >= 2 * u64::from(e)
}

/// T2: one half or more.
fn t2(yes: u32, e: u32) -> bool {
    2 * u64::from(yes) >= u64::from(e)
}

/// D2, computed here without the core's period code: the same day 12 months
/// later (the month's last day where it has no such day), then the day after.
fn spec_screening_from(start: Date) -> Date {
    let mut day = start.day();
    loop {
        if let Some(end) = Date::from_ymd(start.year() + 1, start.month(), day) {
            return end.succ();
        }
        day -= 1;
    }
}

/// The oracle's state: what replay reports about a state, written from the spec.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Model {
    name: StateName,
    cycle: u32,
    mentor: Option<Mentor>,
    /// The cycle's earliest screening date, while in a monitoring cycle.
    screening_from: Option<Date>,
    /// The screening meeting's date, while awaiting a continuation review (I3).
    meeting: Option<Date>,
    /// The Inspection Committee's conclusion, while awaiting the decision (I6).
    confirmed: Option<bool>,
}

impl Model {
    fn new() -> Model {
        Model {
            name: StateName::New,
            cycle: 0,
            mentor: None,
            screening_from: None,
            meeting: None,
            confirmed: None,
        }
    }

    /// The same cycle, in another state.
    fn go(&self, name: StateName) -> Model {
        let closed = spec_closed(name);
        Model {
            name,
            mentor: if closed { None } else { self.mentor.clone() },
            screening_from: if closed { None } else { self.screening_from },
            meeting: None,
            confirmed: None,
            ..self.clone()
        }
    }

    /// A new monitoring cycle counting 12 months from `start` (S3.4, I5, S4.3; I3).
    fn next_cycle(&self, start: Date) -> Model {
        Model {
            cycle: self.cycle + 1,
            screening_from: Some(spec_screening_from(start)),
            ..self.go(StateName::UnderMonitoring)
        }
    }
}

/// What the spec says applying `ev` does: the next state (and whether it begins
/// a monitoring cycle), or the error code, in CASE-FORMAT.md's precedence:
/// `wrong_state`, `wrong_body`, `date_order`, `too_early`, the payload's own
/// checks, then `conflicting_ballots` and `invalid_outcome`.
///
/// `allowed` and `body_ok` are the `spec_allowed_in` and `spec_bodies` checks of
/// the event, computed once per state by the caller.
fn oracle(
    m: &Model,
    prev: Option<Date>,
    ev: &Event,
    (allowed, body_ok): (bool, bool),
    member: &Member,
    branch: &Branch,
) -> Result<(Model, bool), ErrorCode> {
    use StateName as S;
    if !allowed {
        return Err(ErrorCode::WrongState);
    }
    if !body_ok {
        return Err(ErrorCode::WrongBody);
    }
    if prev.is_some_and(|p| ev.date < p) {
        return Err(ErrorCode::DateOrder);
    }
    let date = ev.date;
    let mentor_ok = |mentor: &Mentor| {
        mentor.id.as_str() != member.id.as_str()
            && (mentor.role == MentorRole::Member || branch.has_committee)
    };
    Ok(match &ev.action {
        Action::Flagged { criteria } if criteria.is_empty() => {
            return Err(ErrorCode::MissingCriteria);
        }
        Action::Flagged { .. } => (m.go(S::Flagged), false),
        Action::DirectionRequested => (m.go(S::AwaitingDirection), false),
        Action::DirectionGiven { proceed } => (
            m.go(if *proceed {
                S::AwaitingListingVote
            } else {
                S::NotListed
            }),
            false,
        ),
        Action::ListingVoted {
            electorate, yes, ..
        } => {
            let e = spec_size(*electorate).ok_or(ErrorCode::InvalidElectorate)?;
            if *yes > e {
                return Err(ErrorCode::InvalidTally);
            }
            (
                m.go(if t1(*yes, e) {
                    S::AwaitingListingReview
                } else {
                    S::NotListed
                }),
                false,
            )
        }
        Action::ListingReviewed { approved } => (
            m.go(if *approved { S::Listed } else { S::NotListed }),
            false,
        ),
        Action::MemberNotified => (m.go(S::AwaitingSelfCriticism), false),
        Action::SelfCriticismSubmitted => (m.go(S::AwaitingMentor), false),
        Action::MentorAssigned { mentor } => {
            if !mentor_ok(mentor) {
                return Err(ErrorCode::InvalidMentor);
            }
            (
                Model {
                    cycle: 1,
                    mentor: Some(mentor.clone()),
                    screening_from: Some(spec_screening_from(date)),
                    ..m.go(S::UnderMonitoring)
                },
                true,
            )
        }
        Action::MentorReassigned { mentor } => {
            if !mentor_ok(mentor) {
                return Err(ErrorCode::InvalidMentor);
            }
            (
                Model {
                    mentor: Some(mentor.clone()),
                    ..m.go(S::UnderMonitoring)
                },
                false,
            )
        }
        Action::ScreeningVoted {
            electorate,
            progress_yes,
            removal_yes,
            ..
        } => {
            let from = m
                .screening_from
                .expect("under monitoring has a screening date");
            if date < from {
                return Err(ErrorCode::TooEarly);
            }
            let e = spec_size(*electorate).ok_or(ErrorCode::InvalidElectorate)?;
            if *progress_yes > e || *removal_yes > e {
                return Err(ErrorCode::InvalidTally);
            }
            let progress = t2(*progress_yes, e);
            let removal = t1(*removal_yes, e);
            let next = match (progress, removal) {
                (true, true) => return Err(ErrorCode::ConflictingBallots),
                (true, false) => m.go(S::AwaitingProgressReview),
                (false, true) => m.go(match branch.kind {
                    BranchKind::UnderGrassrootsCommittee => S::AwaitingGrassrootsResolution,
                    BranchKind::Grassroots => S::ReferredToBloc,
                }),
                (false, false) => Model {
                    meeting: Some(date),
                    ..m.go(S::AwaitingContinuationReview)
                },
            };
            (next, false)
        }
        Action::DecisionReviewed { approved: false } => (m.go(S::UnderMonitoring), false),
        Action::DecisionReviewed { approved: true } => match m.name {
            S::AwaitingProgressReview => (m.go(S::ProgressRecognized), false),
            _ => (m.next_cycle(m.meeting.expect("meeting date")), true),
        },
        Action::RemovalResolved { forward: true } => (m.go(S::ReferredToBloc), false),
        Action::RemovalResolved { forward: false } => (m.next_cycle(date), true),
        Action::VerificationOrdered => (m.go(S::UnderVerification), false),
        Action::VerificationConcluded {
            violations_confirmed,
        } => (
            Model {
                confirmed: Some(*violations_confirmed),
                ..m.go(S::AwaitingRemovalDecision)
            },
            false,
        ),
        Action::RemovalDecided { outcome } => {
            let confirmed = m.confirmed.expect("a conclusion");
            match outcome {
                RemovalOutcome::StruckOff | RemovalOutcome::Expelled if !confirmed => {
                    return Err(ErrorCode::InvalidOutcome);
                }
                RemovalOutcome::Expelled if member.status == MemberStatus::Probationary => {
                    return Err(ErrorCode::InvalidOutcome);
                }
                RemovalOutcome::StruckOff => (m.go(S::StruckOff), false),
                RemovalOutcome::Expelled => (m.go(S::Expelled), false),
                RemovalOutcome::ContinueEducation => (m.next_cycle(date), true),
            }
        }
        Action::CaseClosed { .. } => (m.go(S::Closed), false),
    })
}

/// CASE-FORMAT.md, "What replay reports": the step, 1 to 4 while open, none for
/// `new` and closed states.
fn spec_step(s: StateName) -> Option<u8> {
    use StateName as S;
    match s {
        S::Flagged | S::AwaitingDirection | S::AwaitingListingVote | S::AwaitingListingReview => {
            Some(1)
        }
        S::Listed | S::AwaitingSelfCriticism | S::AwaitingMentor | S::UnderMonitoring => Some(2),
        S::AwaitingProgressReview
        | S::AwaitingContinuationReview
        | S::AwaitingGrassrootsResolution => Some(3),
        S::ReferredToBloc | S::UnderVerification | S::AwaitingRemovalDecision => Some(4),
        _ => None,
    }
}

/// Whether the core's state is the oracle's, field by field.
fn agrees(state: &State, m: &Model) -> bool {
    let meeting = match state {
        State::AwaitingContinuationReview { meeting, .. } => Some(*meeting),
        _ => None,
    };
    let confirmed = match state {
        State::AwaitingRemovalDecision {
            violations_confirmed,
            ..
        } => Some(*violations_confirmed),
        _ => None,
    };
    state.name() == m.name
        && state.step().map(|s| s.number()) == spec_step(m.name)
        && state.name().step() == state.step()
        && state.is_closed() == spec_closed(m.name)
        && state.cycle() == m.cycle
        && state.mentor() == m.mentor.as_ref()
        && state.monitoring().map(|x| x.screening_from) == m.screening_from
        && state.screening_from()
            == m.screening_from
                .filter(|_| m.name == StateName::UnderMonitoring)
        && meeting == m.meeting
        && confirmed == m.confirmed
}

/// Facts of the path that the removal properties need, read from the accepted
/// events alone (never from the core's state).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
struct Path {
    /// A listing ballot meeting T1 (S1.3).
    listing_t1: bool,
    /// `listing_reviewed` approved (S1.4).
    approved: bool,
    /// `mentor_assigned` (S2.2).
    mentor: bool,
    /// In this cycle: a screening ballot on or after `screening_from` whose
    /// removal question met T1 (S3.1, S3.3, D2).
    removal_vote: bool,
    /// In this cycle, after that ballot: `verification_ordered` (S4.1).
    ordered: bool,
    /// The last conclusion confirmed violations (S4.1, I6).
    confirmed: bool,
}

impl Path {
    fn after(mut self, ev: &Event, m: &Model, new_cycle: bool) -> Path {
        match &ev.action {
            Action::ListingVoted {
                electorate, yes, ..
            } => {
                self.listing_t1 |= spec_size(*electorate).is_some_and(|e| t1(*yes, e));
            }
            Action::ListingReviewed { approved: true } => self.approved = true,
            Action::MentorAssigned { .. } => self.mentor = true,
            Action::ScreeningVoted {
                electorate,
                removal_yes,
                ..
            } => {
                let on_time = m.screening_from.is_some_and(|from| ev.date >= from);
                self.removal_vote =
                    on_time && spec_size(*electorate).is_some_and(|e| t1(*removal_yes, e));
                self.ordered = false;
            }
            Action::VerificationOrdered => self.ordered = self.removal_vote,
            Action::VerificationConcluded {
                violations_confirmed,
            } => self.confirmed = *violations_confirmed,
            _ => {}
        }
        if new_cycle {
            self.removal_vote = false;
            self.ordered = false;
            self.confirmed = false;
        }
        self
    }
}

// ------------------------------------------------------------------ the domain

fn mk_counts(official: u32, exempt: u32, exempt_attending: u32) -> Counts {
    // Built field by field, not through the core's constructors: the oracle must
    // not share the code it checks.
    Counts {
        official,
        exempt,
        exempt_attending,
        excluded: 0,
    }
}

/// Electorates of 1 to 4 with exempt and attending variants, and invalid ones (E4).
fn electorates() -> Vec<Counts> {
    vec![
        mk_counts(1, 0, 0),
        mk_counts(2, 0, 0),
        mk_counts(3, 0, 0),
        mk_counts(4, 0, 0),
        mk_counts(2, 1, 0), // E = 1
        mk_counts(2, 2, 1), // E = 1
        mk_counts(3, 1, 0), // E = 2
        mk_counts(4, 1, 0), // E = 3
        mk_counts(4, 2, 1), // E = 3
        mk_counts(4, 1, 1), // E = 4
        mk_counts(0, 0, 0), // E = 0
        mk_counts(1, 1, 0), // E = 0
        mk_counts(1, 2, 0), // exempt > official
        mk_counts(2, 1, 2), // exempt_attending > exempt
    ]
}

/// Yes counts 0..=E+1 (E+1 is `invalid_tally`); for invalid counts, 0..=2.
fn yes_counts(c: Counts) -> std::ops::RangeInclusive<u32> {
    0..=spec_size(c).unwrap_or(1) + 1
}

fn mentors() -> Vec<Mentor> {
    let mut v = Vec::new();
    for id in [MEMBER, OTHER] {
        for role in MentorRole::ALL {
            v.push(Mentor {
                id: Id::new(id).expect("id"),
                role: *role,
            });
        }
    }
    v
}

/// Every payload variant of `ty`. With `full`, every ballot of the domain;
/// otherwise representatives of every ballot outcome and error (valid, each
/// outcome, `invalid_electorate`, `invalid_tally`, `conflicting_ballots`).
fn payloads(ty: EventType, full: bool) -> Vec<Action> {
    let bools = [true, false];
    match ty {
        EventType::Flagged => vec![
            Action::Flagged { criteria: vec![] },
            Action::Flagged {
                criteria: vec![Criterion::Degradation],
            },
            Action::Flagged {
                criteria: vec![Criterion::Other, Criterion::Other],
            },
            Action::Flagged {
                criteria: Criterion::ALL.to_vec(),
            },
        ],
        EventType::DirectionRequested => vec![Action::DirectionRequested],
        EventType::DirectionGiven => bools
            .map(|proceed| Action::DirectionGiven { proceed })
            .to_vec(),
        EventType::ListingVoted => {
            let mut v = Vec::new();
            if full {
                for c in electorates() {
                    for yes in yes_counts(c) {
                        v.push(Action::ListingVoted {
                            electorate: c,
                            yes,
                            ballots: None,
                        });
                    }
                }
            } else {
                for (c, yes) in [
                    (mk_counts(3, 0, 0), 0),
                    (mk_counts(3, 0, 0), 2),
                    (mk_counts(3, 0, 0), 4),
                    (mk_counts(0, 0, 0), 0),
                    (mk_counts(1, 2, 0), 1),
                ] {
                    v.push(Action::ListingVoted {
                        electorate: c,
                        yes,
                        ballots: None,
                    });
                }
            }
            v
        }
        EventType::ListingReviewed => bools
            .map(|approved| Action::ListingReviewed { approved })
            .to_vec(),
        EventType::MemberNotified => vec![Action::MemberNotified],
        EventType::SelfCriticismSubmitted => vec![Action::SelfCriticismSubmitted],
        EventType::MentorAssigned => mentors()
            .into_iter()
            .map(|mentor| Action::MentorAssigned { mentor })
            .collect(),
        EventType::MentorReassigned => mentors()
            .into_iter()
            .map(|mentor| Action::MentorReassigned { mentor })
            .collect(),
        EventType::ScreeningVoted => {
            let mut v = Vec::new();
            let mut push = |c, p, r| {
                v.push(Action::ScreeningVoted {
                    electorate: c,
                    progress_yes: p,
                    removal_yes: r,
                    progress_ballots: None,
                    removal_ballots: None,
                })
            };
            if full {
                for c in electorates() {
                    for p in yes_counts(c) {
                        for r in yes_counts(c) {
                            push(c, p, r);
                        }
                    }
                }
            } else {
                let c = mk_counts(3, 0, 0);
                for (p, r) in [(0, 0), (2, 0), (0, 2), (2, 2), (4, 0), (0, 4)] {
                    push(c, p, r);
                }
                push(mk_counts(1, 1, 0), 0, 0);
                push(mk_counts(2, 1, 2), 1, 1);
            }
            v
        }
        EventType::DecisionReviewed => bools
            .map(|approved| Action::DecisionReviewed { approved })
            .to_vec(),
        EventType::RemovalResolved => bools
            .map(|forward| Action::RemovalResolved { forward })
            .to_vec(),
        EventType::VerificationOrdered => vec![Action::VerificationOrdered],
        EventType::VerificationConcluded => bools
            .map(|violations_confirmed| Action::VerificationConcluded {
                violations_confirmed,
            })
            .to_vec(),
        EventType::RemovalDecided => RemovalOutcome::ALL
            .iter()
            .map(|&outcome| Action::RemovalDecided { outcome })
            .collect(),
        EventType::CaseClosed => CloseReason::ALL
            .iter()
            .map(|&reason| Action::CaseClosed { reason })
            .collect(),
    }
}

/// The dates tried for `ty`: the day before the previous event (D1), the same
/// day, the next day where the date decides something (a screening meeting, the
/// start of a period, a review after the meeting), and around the cycle's
/// `screening_from`: the day before, the day itself and the day after (D2).
fn dates(ty: EventType, m: &Model, prev: Option<Date>) -> Vec<Date> {
    let Some(prev) = prev else {
        return vec![base_date()];
    };
    let mut v = vec![prev.add_days(-1).expect("date"), prev];
    if matches!(
        ty,
        EventType::MentorAssigned
            | EventType::ScreeningVoted
            | EventType::DecisionReviewed
            | EventType::RemovalResolved
            | EventType::RemovalDecided
    ) {
        v.push(prev.succ());
    }
    if m.name == StateName::AwaitingMentor && ty == EventType::MentorAssigned {
        v.push(prev.succ().succ());
    }
    if let Some(from) = m.screening_from {
        v.extend([from.add_days(-1).expect("date"), from, from.succ()]);
    }
    v.sort();
    v.dedup();
    v
}

// ------------------------------------------------------------------ exploration

/// How many payloads of an event type are tried with one body and date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Breadth {
    /// Every payload of the domain.
    Full,
    /// One of each outcome and error.
    Representatives,
    /// The first (an event not allowed in the state is `wrong_state` whatever it holds).
    One,
}

/// One run's setting.
#[derive(Debug, Clone, Copy)]
struct Config {
    kind: BranchKind,
    has_committee: bool,
    status: MemberStatus,
}

fn configs() -> Vec<Config> {
    let mut v = Vec::new();
    for &kind in BranchKind::ALL {
        for has_committee in [true, false] {
            for &status in MemberStatus::ALL {
                v.push(Config {
                    kind,
                    has_committee,
                    status,
                });
            }
        }
    }
    v
}

/// A reached case, with the oracle's view of it.
#[derive(Clone)]
struct Node {
    case: Case,
    model: Model,
    path: Path,
    depth: usize,
}

type Key = (State, Option<Date>, Path);

/// What the exploration found: counts, and the violations of each property
/// (empty when the property holds).
#[derive(Default)]
struct Findings {
    /// Distinct (state, last date, path facts) keys per run, summed.
    states: usize,
    /// Events applied.
    applied: u64,
    /// Of which accepted.
    accepted: u64,
    /// Accepted event sequences of 1 to DEPTH events (walks over the explored graph).
    sequences: u128,
    /// State names reached, per branch kind.
    reached: BTreeMap<StateName, BTreeSet<BranchKind>>,
    /// Error codes produced.
    codes: BTreeSet<ErrorCode>,
    /// The fewest events that reached `struck_off`.
    shortest_struck_off: Option<usize>,
    /// The most events before `struck_off` or `expelled`.
    longest_removal: usize,
    /// The cycles in which `struck_off` or `expelled` was reached.
    removal_cycles: BTreeSet<u32>,
    /// Violations, by property.
    violations: BTreeMap<&'static str, Vec<String>>,
    /// How many times each property was checked.
    checked: BTreeMap<&'static str, u64>,
}

impl Findings {
    /// Counts one check of `property`.
    fn check(&mut self, property: &'static str) {
        *self.checked.entry(property).or_default() += 1;
    }

    fn violate(&mut self, property: &'static str, detail: String) {
        let v = self.violations.entry(property).or_default();
        if v.len() < 20 {
            v.push(detail);
        }
    }

    /// Asserts that `property` was checked at least once and had no violation.
    fn assert_holds(&self, property: &'static str) {
        let checked = self.checked.get(property).copied().unwrap_or(0);
        assert!(checked > 0, "{property}: never checked");
        if let Some(v) = self.violations.get(property) {
            panic!(
                "{property}: {} violation(s), e.g.:\n{}",
                v.len(),
                v.join("\n")
            );
        }
    }
}

// Property names (each checked by the test of the same meaning).
const NO_PANIC: &str = "no event panics";
const REFUSAL_UNCHANGED: &str = "a refused event changes nothing";
const ORACLE_STATE: &str = "accepted events lead where CASE-FORMAT.md says";
const ORACLE_CODE: &str = "refusals carry CASE-FORMAT.md's code and precedence";
const CLOSED: &str = "closed states accept nothing";
const OPEN_HAS_EVENT: &str = "every open state has an allowed event";
const NEXT_EXACT: &str = "next() is exactly what apply accepts";
const REMOVAL_PATH: &str = "struck_off/expelled only after the whole procedure";
const PROBATIONARY: &str = "never expelled when probationary";
const TABLE_TO: &str = "the state reached is one of the table row's `to`";
const RECORD: &str = "each record says what happened";
const STALE: &str = "apply_at with a stale version is refused and changes nothing";
const REPLAY: &str = "replaying a reached case's file gives the same case";

/// Every property, in the order the report prints them.
const PROPERTIES: [&str; 13] = [
    NO_PANIC,
    REFUSAL_UNCHANGED,
    ORACLE_STATE,
    ORACLE_CODE,
    CLOSED,
    OPEN_HAS_EVENT,
    NEXT_EXACT,
    REMOVAL_PATH,
    PROBATIONARY,
    TABLE_TO,
    RECORD,
    STALE,
    REPLAY,
];

fn explore(cfg: Config, f: &mut Findings) {
    let member = Member {
        id: Id::new(MEMBER).expect("id"),
        status: cfg.status,
    };
    let branch = Branch::new(Id::new("CB-07").expect("id"), cfg.kind, cfg.has_committee);
    let root = Node {
        case: Case::new(member.clone(), branch.clone()),
        model: Model::new(),
        path: Path::default(),
        depth: 0,
    };
    let mut nodes = vec![root.clone()];
    let mut index: HashMap<Key, usize> = HashMap::new();
    index.insert((root.case.state().clone(), None, root.path), 0);
    let mut edges: Vec<HashMap<usize, u64>> = vec![HashMap::new()];
    let mut queue = VecDeque::from([0usize]);
    let domain: HashMap<(EventType, Breadth), Vec<Action>> = EventType::ALL
        .iter()
        .flat_map(|&ty| {
            [Breadth::Full, Breadth::Representatives, Breadth::One].map(|b| {
                let mut v = payloads(ty, b == Breadth::Full);
                if b == Breadth::One {
                    v.truncate(1);
                }
                ((ty, b), v)
            })
        })
        .collect();

    while let Some(at) = queue.pop_front() {
        let node = nodes[at].clone();
        let case = &node.case;
        let name = case.state().name();
        f.reached.entry(name).or_default().insert(cfg.kind);
        if node.depth >= DEPTH {
            continue;
        }
        let prev = case.events().last().map(|e| e.date);
        let before_json = case.to_json();
        let mut json_checked: BTreeSet<(EventType, ErrorCode)> = BTreeSet::new();
        let mut accepted: BTreeMap<EventType, BTreeSet<Body>> = BTreeMap::new();
        let mut work = case.clone();

        for &ty in EventType::ALL {
            let allowed = spec_allowed_in(ty).contains(&name);
            let bodies = spec_bodies(ty, &branch);
            let dates = dates(ty, &node.model, prev);
            // The first date that breaks neither D1 nor D2.
            let on_time = dates.iter().copied().find(|&d| {
                prev.is_none_or(|p| d >= p)
                    && (ty != EventType::ScreeningVoted
                        || node.model.screening_from.is_none_or(|from| d >= from))
            });
            for &by in Body::ALL {
                let body_ok = bodies.contains(&by);
                for &date in &dates {
                    // An event not allowed: every body, the same day and the day
                    // before (the other dates only matter once the state allows it).
                    if !allowed && prev.is_some_and(|p| date > p) {
                        continue;
                    }
                    // Every payload with the right body on time; representatives of
                    // every outcome and error otherwise; where the event is not
                    // allowed at all, one payload for each body and date.
                    let breadth = match (allowed, body_ok && Some(date) == on_time) {
                        (true, true) => Breadth::Full,
                        (false, false) => Breadth::One,
                        _ => Breadth::Representatives,
                    };
                    for action in &domain[&(ty, breadth)] {
                        let ev = Event::new(date, by, action.clone());
                        let expected =
                            oracle(&node.model, prev, &ev, (allowed, body_ok), &member, &branch);
                        f.applied += 1;
                        f.check(NO_PANIC);
                        if spec_closed(name) {
                            f.check(CLOSED);
                        }
                        f.check(if expected.is_ok() {
                            ORACLE_STATE
                        } else {
                            ORACLE_CODE
                        });
                        // I6's situation: a probationary member's removal decision
                        // tried as an expulsion.
                        let expelling_probationary = member.status == MemberStatus::Probationary
                            && name == StateName::AwaitingRemovalDecision
                            && matches!(
                                ev.action,
                                Action::RemovalDecided {
                                    outcome: RemovalOutcome::Expelled
                                }
                            );
                        if expelling_probationary {
                            f.check(PROBATIONARY);
                        }
                        let got =
                            catch_unwind(AssertUnwindSafe(|| work.apply(ev.clone()).cloned()));
                        let got = match got {
                            Ok(got) => got,
                            Err(_) => {
                                f.violate(NO_PANIC, format!("{name}: {ev:?}"));
                                work = case.clone();
                                continue;
                            }
                        };
                        match got {
                            Err(refusal) => {
                                let code = refusal.code();
                                f.codes.insert(code);
                                f.check(REFUSAL_UNCHANGED);
                                // Cheap checks every time; the whole case and its
                                // JSON once per state, event type and code.
                                let same = work.version() == case.version()
                                    && work.state() == case.state()
                                    && work.history().len() == case.history().len()
                                    && work.member() == case.member();
                                if !same
                                    || (json_checked.insert((ty, code))
                                        && (work != *case || work.to_json() != before_json))
                                {
                                    f.violate(REFUSAL_UNCHANGED, format!("{name}: {ev:?}"));
                                    work = case.clone();
                                }
                                if spec_closed(name) && code != ErrorCode::WrongState {
                                    f.violate(CLOSED, format!("{name}: {ev:?} gave {code}"));
                                }
                                match expected {
                                    Ok((m, _)) => f.violate(
                                        ORACLE_STATE,
                                        format!(
                                            "{name}: {ev:?} refused with {code}, spec: {}",
                                            m.name
                                        ),
                                    ),
                                    Err(want) if want != code => f.violate(
                                        ORACLE_CODE,
                                        format!("{name}: {ev:?} gave {code}, spec: {want}"),
                                    ),
                                    Err(_) => {}
                                }
                            }
                            Ok(record) => {
                                f.accepted += 1;
                                f.check(TABLE_TO);
                                if expelling_probationary {
                                    f.violate(PROBATIONARY, format!("{name}: accepted {ev:?}"));
                                }
                                accepted.entry(ty).or_default().insert(by);
                                let next = std::mem::replace(&mut work, case.clone());
                                let after = next.state().name();
                                if spec_closed(name) {
                                    f.violate(CLOSED, format!("{name}: accepted {ev:?}"));
                                }
                                let row = &TABLE[ty as usize];
                                if row.event != ty
                                    || !row.from.contains(&name)
                                    || !row.to.contains(&after)
                                    || row.bodies(&branch).iter().copied().collect::<BTreeSet<_>>()
                                        != bodies
                                {
                                    f.violate(TABLE_TO, format!("{name} -{ty}-> {after}"));
                                }
                                let (model, new_cycle) = match expected {
                                    Ok(x) => x,
                                    Err(want) => {
                                        f.violate(
                                            ORACLE_CODE,
                                            format!("{name}: {ev:?} accepted, spec: {want}"),
                                        );
                                        continue;
                                    }
                                };
                                if !agrees(next.state(), &model) {
                                    f.violate(
                                        ORACLE_STATE,
                                        format!(
                                            "{name}: {ev:?} gave {:?}, spec: {model:?}",
                                            next.state()
                                        ),
                                    );
                                    continue;
                                }
                                f.check(RECORD);
                                let want_from = new_cycle.then_some(model.screening_from).flatten();
                                if record.index != case.version()
                                    || record.event != ty
                                    || record.date != date
                                    || record.by != by
                                    || record.before != name
                                    || record.after != after
                                    || record.cycle != model.cycle
                                    || record.screening_from != want_from
                                    || next.version() != case.version() + 1
                                    || next.events().last() != Some(&ev)
                                    || !ballot_explained(&record, &ev)
                                {
                                    f.violate(RECORD, format!("{name}: {ev:?} → {record:?}"));
                                }
                                let path = node.path.after(&ev, &node.model, new_cycle);
                                let depth = node.depth + 1;
                                if matches!(after, StateName::StruckOff | StateName::Expelled) {
                                    check_removal(f, &next, &ev, &path, depth);
                                }
                                // A closed state accepts nothing whatever its date and
                                // path: one node for each (closed state, cycle, reason).
                                let key = if spec_closed(after) {
                                    (next.state().clone(), None, Path::default())
                                } else {
                                    (next.state().clone(), Some(date), path)
                                };
                                let to = match index.get(&key) {
                                    Some(&i) => i,
                                    None => {
                                        let i = nodes.len();
                                        index.insert(key, i);
                                        check_new(f, &next);
                                        f.reached.entry(after).or_default().insert(cfg.kind);
                                        nodes.push(Node {
                                            case: next,
                                            model,
                                            path,
                                            depth,
                                        });
                                        edges.push(HashMap::new());
                                        queue.push_back(i);
                                        i
                                    }
                                };
                                *edges[at].entry(to).or_default() += 1;
                            }
                        }
                    }
                }
            }
        }

        // Every open state has an allowed event; closed states none.
        if !spec_closed(name) {
            f.check(OPEN_HAS_EVENT);
        }
        if !spec_closed(name) && accepted.is_empty() {
            f.violate(OPEN_HAS_EVENT, format!("{name} at {prev:?}"));
        }
        // next() lists exactly the event types accepted, each with exactly the
        // bodies accepted, and `screening_voted` with its earliest date.
        f.check(NEXT_EXACT);
        let listed: BTreeMap<EventType, BTreeSet<Body>> = case
            .next()
            .iter()
            .map(|n| (n.event, n.by.iter().copied().collect()))
            .collect();
        if listed != accepted {
            f.violate(
                NEXT_EXACT,
                format!("{name}: next {listed:?}, accepted {accepted:?}"),
            );
        }
        for n in case.next() {
            let want = (n.event == EventType::ScreeningVoted)
                .then_some(node.model.screening_from)
                .flatten();
            if n.from != want {
                f.violate(
                    NEXT_EXACT,
                    format!("{name}: {n:?}, from should be {want:?}"),
                );
            }
        }
        // A stale version is refused, whatever the event, and changes nothing.
        let mut stale = case.clone();
        let ev = Event::new(
            prev.unwrap_or_else(base_date),
            branch.committee(),
            Action::Flagged {
                criteria: vec![Criterion::Other],
            },
        );
        for expected in [case.version() + 1, case.version().wrapping_sub(1)] {
            f.check(STALE);
            let got = stale.apply_at(expected, ev.clone()).cloned();
            match got {
                Err(r) if r.code() == ErrorCode::StaleCase && stale == *case => {}
                other => f.violate(STALE, format!("{name} at {expected}: {other:?}")),
            }
        }
    }

    f.states += nodes.len();
    // Count the accepted sequences: walks of 1..=DEPTH events from the root.
    let mut layer: HashMap<usize, u128> = HashMap::from([(0, 1)]);
    for _ in 0..DEPTH {
        let mut next: HashMap<usize, u128> = HashMap::new();
        for (&from, &n) in &layer {
            for (&to, &k) in &edges[from] {
                *next.entry(to).or_default() += n * u128::from(k);
            }
        }
        f.sequences += next.values().sum::<u128>();
        layer = next;
    }
}

/// The ballot a record carries: present exactly for ballots, with the
/// electorate (E1, E2), each question's count against its threshold (T1, T2) and
/// the rule IDs of its outcome (S1.3, S3.2, S3.3, S3.4 with I1).
fn ballot_explained(record: &screening_core::Record, ev: &Event) -> bool {
    use screening_core::{Outcome, Question, RuleId as R};
    let Some(b) = &record.ballot else {
        return !matches!(
            ev.action,
            Action::ListingVoted { .. } | Action::ScreeningVoted { .. }
        );
    };
    let vote = |i: usize, question, yes, met| {
        b.votes
            .get(i)
            .is_some_and(|v| v.question == question && v.yes == yes && v.met == met)
    };
    let has = |ids: &[R]| ids.iter().all(|id| b.rules.contains(id));
    match ev.action {
        Action::ListingVoted {
            electorate, yes, ..
        } => {
            let e = spec_size(electorate).unwrap_or(0);
            let met = t1(yes, e);
            b.electorate.size() == e
                && b.votes.len() == 1
                && vote(0, Question::Listing, yes, met)
                && b.outcome
                    == if met {
                        Outcome::Listed
                    } else {
                        Outcome::NotListed
                    }
                && has(&[R::S1_3, R::E1, R::E2, R::T1])
        }
        Action::ScreeningVoted {
            electorate,
            progress_yes,
            removal_yes,
            ..
        } => {
            let e = spec_size(electorate).unwrap_or(0);
            let (p, r) = (t2(progress_yes, e), t1(removal_yes, e));
            let (outcome, ids): (Outcome, &[R]) = match (p, r) {
                (true, _) => (Outcome::ProgressRecognized, &[R::S3_2, R::T2]),
                (false, true) => (Outcome::RemovalProposed, &[R::S3_3, R::T1]),
                (false, false) => (Outcome::ContinueEducation, &[R::S3_4, R::I1]),
            };
            let others: &[R] = match outcome {
                Outcome::ProgressRecognized => &[R::S3_3, R::S3_4, R::I1],
                Outcome::RemovalProposed => &[R::S3_2, R::S3_4, R::I1],
                _ => &[R::S3_2, R::S3_3],
            };
            b.electorate.size() == e
                && b.votes.len() == 2
                && vote(0, Question::Progress, progress_yes, p)
                && vote(1, Question::Removal, removal_yes, r)
                && b.outcome == outcome
                && has(ids)
                && has(&[R::E1, R::E2])
                && !others.iter().any(|id| b.rules.contains(id))
        }
        _ => false,
    }
}

/// Checks a newly reached case: its file replays to the same case.
fn check_new(f: &mut Findings, case: &Case) {
    f.check(REPLAY);
    match Case::from_json(&case.to_json()) {
        Ok(again) if again == *case => {}
        other => f.violate(
            REPLAY,
            format!("{}: {:?}", case.to_json(), other.map(|c| c.state().name())),
        ),
    }
}

/// `struck_off`/`expelled`: only after the whole procedure, and I6.
fn check_removal(f: &mut Findings, case: &Case, ev: &Event, path: &Path, depth: usize) {
    let name = case.state().name();
    f.check(REMOVAL_PATH);
    let by_bloc =
        ev.by == Body::BlocStandingCommittee && matches!(ev.action, Action::RemovalDecided { .. });
    if !(path.listing_t1
        && path.approved
        && path.mentor
        && path.removal_vote
        && path.ordered
        && path.confirmed
        && by_bloc)
    {
        f.violate(
            REMOVAL_PATH,
            format!("{name} after {path:?}: {}", case.to_json()),
        );
    }
    if name == StateName::Expelled && case.member().status != MemberStatus::Official {
        f.violate(PROBATIONARY, case.to_json());
    }
    if name == StateName::StruckOff {
        f.shortest_struck_off = Some(f.shortest_struck_off.map_or(depth, |d| d.min(depth)));
    }
    f.longest_removal = f.longest_removal.max(depth);
    f.removal_cycles.insert(case.state().cycle());
}

fn findings() -> &'static Findings {
    static FINDINGS: OnceLock<Findings> = OnceLock::new();
    FINDINGS.get_or_init(|| {
        let mut f = Findings::default();
        for cfg in configs() {
            explore(cfg, &mut f);
        }
        let report = format!(
            "model check: depth {DEPTH}, {} configurations; {} states (state, last date, path facts); \
             {} events applied ({} accepted, {} refused); {} accepted event sequences of 1..={DEPTH} events; \
             struck_off first at {:?} events; removals up to {} events, in cycles {:?}; error codes seen: {:?}",
            configs().len(),
            f.states,
            f.applied,
            f.accepted,
            f.applied - f.accepted,
            f.sequences,
            f.shortest_struck_off,
            f.longest_removal,
            f.removal_cycles,
            f.codes.iter().map(|c| c.code()).collect::<Vec<_>>(),
        );
        println!("{report}");
        println!("properties, by how many times each was checked:");
        for property in PROPERTIES {
            let checked = f.checked.get(property).copied().unwrap_or(0);
            println!("  {checked:>12}  {property}");
        }
        f
    })
}

// ------------------------------------------------------------------ the tests

#[test]
fn no_event_panics_in_any_reached_state() {
    findings().assert_holds(NO_PANIC);
}

/// CASE-FORMAT.md: "A refused event changes nothing" (the case and its JSON).
#[test]
fn a_refused_event_changes_nothing_a1_d1_d2_e4_i2_i6() {
    findings().assert_holds(REFUSAL_UNCHANGED);
}

/// Every accepted event leads to the state, cycle, mentor and screening date
/// that CASE-FORMAT.md and RULES.md give (S1–S4, T1, T2, I1, I3–I5, D2), and
/// every event the spec accepts is accepted.
#[test]
fn every_event_leads_where_the_spec_says_s1_s4_t1_t2_i1_i3_i4_i5_d2() {
    findings().assert_holds(ORACLE_STATE);
}

/// Where one event breaks several rules, the first of `wrong_state`,
/// `wrong_body`, `date_order`, `too_early`, the payload's checks, then
/// `conflicting_ballots`/`invalid_outcome` is reported (A1, D1, D2, E4, I2, I6).
#[test]
fn refusals_follow_the_error_precedence_a1_d1_d2_e4_i2_i6() {
    findings().assert_holds(ORACLE_CODE);
}

#[test]
fn closed_states_accept_nothing() {
    findings().assert_holds(CLOSED);
}

#[test]
fn every_open_state_has_an_allowed_event() {
    findings().assert_holds(OPEN_HAS_EVENT);
}

/// `next()` lists exactly the event types `apply` accepts for some payload and
/// body, with exactly the bodies accepted (A1), and `screening_voted`'s earliest date (D2).
#[test]
fn next_is_exactly_what_apply_accepts_a1_d2() {
    findings().assert_holds(NEXT_EXACT);
}

/// `struck_off`/`expelled` only after a listing ballot meeting T1 (S1.3), the
/// superior's approval (S1.4), a mentor (S2.2), a screening ballot on or after
/// `screening_from` whose removal question met T1 (S3.3, D2), verification ordered
/// and concluded with violations confirmed (S4.1, I6), and the BTV ĐUK's decision (S4.2).
#[test]
fn removal_only_after_the_whole_procedure_s1_3_s1_4_s2_2_s3_3_d2_s4_1_s4_2_i6() {
    let f = findings();
    f.assert_holds(REMOVAL_PATH);
    assert!(f.shortest_struck_off.is_some(), "struck_off never reached");
    assert!(
        f.removal_cycles.contains(&2),
        "no removal in a second cycle: {:?}",
        f.removal_cycles
    );
}

/// I6: a probationary member is never expelled (Charter, Art. 35).
#[test]
fn a_probationary_member_is_never_expelled_i6() {
    findings().assert_holds(PROBATIONARY);
}

/// The state reached is always one of the table row's `to` states, from one of
/// its `from` states, recorded by one of its bodies.
#[test]
fn the_state_reached_is_in_the_table_row() {
    findings().assert_holds(TABLE_TO);
}

#[test]
fn each_record_says_what_the_event_decided() {
    findings().assert_holds(RECORD);
}

/// `apply_at` with a version other than the case's is refused with
/// `stale_case`, in every reached state, and leaves the case as it was.
#[test]
fn a_stale_version_is_refused_in_every_state() {
    findings().assert_holds(STALE);
}

#[test]
fn every_reached_case_replays_from_its_file() {
    findings().assert_holds(REPLAY);
}

/// Every state of CASE-FORMAT.md is reached (both branch kinds together), and
/// the states of Step 3's removal path by the right kind (A2: only a branch
/// under a grassroots committee awaits a grassroots resolution).
#[test]
fn every_state_is_reached_a2() {
    let f = findings();
    for s in StateName::ALL {
        assert!(f.reached.contains_key(s), "state {s} never reached");
    }
    assert_eq!(
        f.reached[&StateName::AwaitingGrassrootsResolution],
        BTreeSet::from([BranchKind::UnderGrassrootsCommittee])
    );
    for s in StateName::ALL {
        if *s != StateName::AwaitingGrassrootsResolution {
            assert_eq!(f.reached[s].len(), 2, "{s} not reached by both kinds");
        }
    }
}

/// The domain is not vacuous: every code an event can be refused with is
/// produced, and sequences reach past 14 events.
#[test]
fn the_domain_produces_every_event_error_code() {
    let f = findings();
    for code in ErrorCode::ALL {
        let by_event =
            !code.is_format() && !matches!(code, ErrorCode::StaleCase | ErrorCode::Internal);
        assert_eq!(f.codes.contains(code), by_event, "{code}");
    }
    const { assert!(DEPTH >= 14) };
    assert!(f.longest_removal >= 14, "{}", f.longest_removal);
}
