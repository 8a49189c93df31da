//! The typed API: every typed method records its event by the body that acts (A1),
//! a stored case enters the typed world through `Case::into_typed`, and a refusal
//! always gives back the case exactly as it was.

use proptest::prelude::*;
use screening_core::typed::states::{self, Marker};
use screening_core::typed::{AnyTyped, Attempt, ListingVote, Screening, Typed};
use screening_core::*;
use screening_tests::{branch, date, member};

const E3: Counts = Counts::new(3, 0);
const COMMITTEE: Body = Body::BranchCommittee;
const BLOC: Body = Body::BlocStandingCommittee;

fn start(kind: BranchKind) -> Typed<states::AwaitingDirection> {
    Typed::new(
        member("DV-0042", MemberStatus::Official),
        branch(kind, true),
    )
    .flag(date("2024-01-10"), COMMITTEE, vec![Criterion::Other])
    .unwrap()
    .request_direction(date("2024-01-11"), COMMITTEE)
    .unwrap()
}

fn superior(kind: BranchKind) -> Body {
    match kind {
        BranchKind::Grassroots => BLOC,
        BranchKind::UnderGrassrootsCommittee => Body::GrassrootsCommittee,
    }
}

fn monitored(kind: BranchKind) -> Typed<states::UnderMonitoring> {
    let up = superior(kind);
    let ListingVote::Listed(c) = start(kind)
        .proceed(date("2024-01-12"), up)
        .unwrap()
        .vote_listing(date("2024-01-13"), Body::Branch, E3, 2)
        .unwrap()
    else {
        panic!("2 of 3 meets T1");
    };
    let c = c
        .approve(date("2024-01-14"), up)
        .unwrap()
        .notify(date("2024-01-15"), COMMITTEE)
        .unwrap()
        .submit_self_criticism(date("2024-01-16"), Body::Member)
        .unwrap()
        .assign_mentor(date("2024-03-01"), Body::Branch, mentor("DV-0007"))
        .unwrap();
    assert_eq!(c.screening_from(), Some(date("2025-03-02")));
    c
}

fn mentor(id: &str) -> Mentor {
    Mentor {
        id: Id::new(id).unwrap(),
        role: MentorRole::CommitteeMember,
    }
}

fn name<S: Marker>(c: &Typed<S>) -> StateName {
    c.case().state().name()
}

/// S1.2–S1.4: each "no" of step 1 ends the case `not_listed`.
#[test]
fn s1_typed_each_no_ends_the_case() {
    let up = BLOC;
    let stopped = start(BranchKind::Grassroots)
        .stop(date("2024-01-12"), up)
        .unwrap();
    assert_eq!(name(&stopped), StateName::NotListed);
    let voting = start(BranchKind::Grassroots)
        .proceed(date("2024-01-12"), up)
        .unwrap();
    let ListingVote::NotListed(c) = voting
        .vote_listing(date("2024-01-13"), Body::Branch, E3, 1)
        .unwrap()
    else {
        panic!("1 of 3 is below T1");
    };
    assert_eq!(name(&c), StateName::NotListed);
    let voting = start(BranchKind::Grassroots)
        .proceed(date("2024-01-12"), up)
        .unwrap();
    let ListingVote::Listed(review) = voting
        .vote_listing(date("2024-01-13"), Body::Branch, E3, 3)
        .unwrap()
    else {
        panic!("3 of 3 meets T1");
    };
    let refused = review.refuse(date("2024-01-14"), up).unwrap();
    assert_eq!(name(&refused), StateName::NotListed);
}

/// S3.2, S3.4, I3, I4, S2.2: reviews of step 3 and a new mentor.
#[test]
fn s3_typed_reviews_approve_and_refuse() {
    let up = BLOC;
    let c = monitored(BranchKind::Grassroots)
        .reassign_mentor(date("2024-06-01"), Body::Branch, mentor("DV-0008"))
        .unwrap();
    assert_eq!(c.case().state().mentor().unwrap().id.as_str(), "DV-0008");
    // Too early (D2): the typed case comes back unchanged.
    let refused = c
        .vote_screening(date("2025-03-01"), Body::Branch, E3, 0, 0)
        .unwrap_err();
    assert_eq!(refused.refusal.code(), ErrorCode::TooEarly);
    let c = refused.case;
    assert_eq!(c.case().version(), 9);
    let vote = |c: Typed<states::UnderMonitoring>, day, p, r| {
        c.vote_screening(date(day), Body::Branch, E3, p, r).unwrap()
    };
    let Screening::Progress(p) = vote(c, "2025-03-02", 2, 0) else {
        panic!("2 of 3 meets T2");
    };
    let c = p.refuse(date("2025-03-03"), up).unwrap();
    assert_eq!(name(&c), StateName::UnderMonitoring);
    assert_eq!(
        c.screening_from(),
        Some(date("2025-03-02")),
        "I4: same cycle"
    );
    let Screening::Continue(k) = vote(c, "2025-03-04", 1, 1) else {
        panic!("neither passes");
    };
    let c = k.refuse(date("2025-03-05"), up).unwrap();
    assert_eq!(c.case().state().cycle(), 1);
    let Screening::Continue(k) = vote(c, "2025-03-06", 0, 0) else {
        panic!("neither passes");
    };
    let c = k.approve(date("2025-04-01"), up).unwrap();
    assert_eq!(c.case().state().cycle(), 2);
    assert_eq!(
        c.screening_from(),
        Some(date("2026-03-07")),
        "I3: from the meeting"
    );
    let Screening::Progress(p) = vote(c, "2026-03-07", 3, 0) else {
        panic!("3 of 3 meets T2");
    };
    let done = p.approve(date("2026-03-08"), up).unwrap();
    assert_eq!(name(&done), StateName::ProgressRecognized);
}

/// S3.3, I5, A2, S4.1–S4.3, I6, I7: removal under a grassroots committee and in a
/// grassroots branch, and an administrative closure.
#[test]
fn s3_3_s4_typed_removal_paths() {
    let grassroots = Body::GrassrootsCommittee;
    let c = monitored(BranchKind::UnderGrassrootsCommittee);
    let Screening::ToGrassrootsCommittee(g) = c
        .vote_screening(date("2025-03-02"), Body::Branch, E3, 0, 2)
        .unwrap()
    else {
        panic!("2 of 3 meets T1 under a grassroots committee");
    };
    let c = g.keep_educating(date("2025-03-10"), grassroots).unwrap();
    assert_eq!(c.case().state().cycle(), 2);
    assert_eq!(
        c.screening_from(),
        Some(date("2026-03-11")),
        "I5: from the resolution"
    );
    let Screening::ToGrassrootsCommittee(g) = c
        .vote_screening(date("2026-03-11"), Body::Branch, E3, 0, 3)
        .unwrap()
    else {
        panic!("removal proposed");
    };
    let v = g
        .forward(date("2026-03-12"), grassroots)
        .unwrap()
        .order_verification(date("2026-03-13"), BLOC)
        .unwrap()
        .conclude(date("2026-03-14"), Body::BlocInspectionCommittee, true)
        .unwrap();
    // A2: the grassroots committee forwards, but only the BTV ĐUK decides.
    let refused = v.strike_off(date("2026-03-15"), grassroots).unwrap_err();
    assert_eq!(refused.refusal.code(), ErrorCode::WrongBody);
    let struck = refused.case.strike_off(date("2026-03-15"), BLOC).unwrap();
    assert_eq!(name(&struck), StateName::StruckOff);

    let c = monitored(BranchKind::Grassroots);
    let Screening::ToBloc(b) = c
        .vote_screening(date("2025-03-02"), Body::Branch, E3, 0, 2)
        .unwrap()
    else {
        panic!("a grassroots branch reports to the BTV ĐUK directly");
    };
    let d = b
        .order_verification(date("2025-03-03"), BLOC)
        .unwrap()
        .conclude(date("2025-03-04"), Body::BlocInspectionCommittee, false)
        .unwrap();
    // I6: no expulsion without confirmed violations; the case comes back.
    let refused = d.expel(date("2025-03-05"), BLOC).unwrap_err();
    assert_eq!(refused.refusal.code(), ErrorCode::InvalidOutcome);
    let c = refused
        .case
        .continue_education(date("2025-03-05"), BLOC)
        .unwrap();
    assert_eq!(c.case().state().cycle(), 2);
    assert_eq!(
        c.screening_from(),
        Some(date("2026-03-06")),
        "S4.3: from the decision"
    );
    let closed = c
        .close(date("2025-04-01"), BLOC, CloseReason::Transferred)
        .unwrap();
    assert_eq!(name(&closed), StateName::Closed);
    let untyped = monitored(BranchKind::Grassroots).into_case();
    assert_eq!(untyped.state().name(), StateName::UnderMonitoring);
}

/// I7: under a grassroots committee, both the superior and the BTV ĐUK may close a
/// case; nobody else may.
#[test]
fn i7_typed_close_takes_either_of_its_two_bodies() {
    let kind = BranchKind::UnderGrassrootsCommittee;
    for by in [Body::GrassrootsCommittee, BLOC] {
        let closed = start(kind)
            .close(date("2024-02-01"), by, CloseReason::Deceased)
            .unwrap();
        assert_eq!(closed.case().events()[2].by, by);
    }
    let refused = start(kind)
        .close(date("2024-02-01"), Body::Branch, CloseReason::Deceased)
        .unwrap_err();
    assert_eq!(refused.refusal.code(), ErrorCode::WrongBody);
    // A typed refusal is a `Refused` like a replay's: the index the event would
    // have had, the event given back, the state the case stays in.
    assert_eq!(refused.at, 2);
    assert_eq!(refused.unapplied.len(), 1);
    assert_eq!(refused.unapplied[0].event_type(), EventType::CaseClosed);
    assert_eq!(refused.state(), StateName::AwaitingDirection);
}

/// A removal decision that continues education used to be recorded and then
/// refused, handing back a changed case still typed as awaiting the decision.
/// Every removal decision now leads to the state its method names, and a refused
/// one leaves the case at its version, awaiting the decision.
#[test]
fn s4_removal_decisions_never_hand_back_a_changed_case() {
    let next = awaiting_decision(true)
        .continue_education(date("2025-03-05"), BLOC)
        .unwrap();
    assert_eq!(
        (next.case().version(), name(&next)),
        (12, StateName::UnderMonitoring)
    );
    type Decision = Typed<states::AwaitingRemovalDecision>;
    type Check = fn(Decision) -> Option<Decision>;
    let checks: [(&str, bool, Check); 6] = [
        ("continue_education by the branch", true, |c| {
            let r = c.continue_education(date("2025-03-05"), Body::Branch);
            r.err().map(|r| r.case)
        }),
        ("continue_education before the conclusion", true, |c| {
            let r = c.continue_education(date("2025-03-03"), BLOC);
            r.err().map(|r| r.case)
        }),
        ("strike_off by the inspection committee", true, |c| {
            let r = c.strike_off(date("2025-03-05"), Body::BlocInspectionCommittee);
            r.err().map(|r| r.case)
        }),
        ("expel before the conclusion", true, |c| {
            c.expel(date("2025-03-01"), BLOC).err().map(|r| r.case)
        }),
        ("strike_off of unconfirmed violations", false, |c| {
            c.strike_off(date("2025-03-05"), BLOC).err().map(|r| r.case)
        }),
        ("expel of unconfirmed violations", false, |c| {
            c.expel(date("2025-03-05"), BLOC).err().map(|r| r.case)
        }),
    ];
    for (what, confirmed, check) in checks {
        let before = awaiting_decision(confirmed);
        assert_eq!(before.case().version(), 11);
        let back = check(before.clone()).unwrap_or_else(|| panic!("{what}: refused"));
        assert_eq!(back, before, "{what}");
        assert_eq!(back.case().to_json(), before.case().to_json(), "{what}");
        assert_eq!(name(&back), StateName::AwaitingRemovalDecision, "{what}");
    }
}

/// A grassroots branch's case awaiting the BTV ĐUK's decision, at version 11.
fn awaiting_decision(confirmed: bool) -> Typed<states::AwaitingRemovalDecision> {
    let c = monitored(BranchKind::Grassroots);
    let Screening::ToBloc(b) = c
        .vote_screening(date("2025-03-02"), Body::Branch, E3, 0, 2)
        .unwrap()
    else {
        panic!("removal proposed");
    };
    b.order_verification(date("2025-03-03"), BLOC)
        .unwrap()
        .conclude(date("2025-03-04"), Body::BlocInspectionCommittee, confirmed)
        .unwrap()
}

/// A stored case enters the typed world in the variant of its state, and leaves it
/// unchanged; `Typed::from_case` takes only a case in its state.
#[test]
fn stored_cases_enter_the_typed_api_by_their_state() {
    let c = monitored(BranchKind::Grassroots).into_case();
    let stored = Case::from_json(&c.to_json()).unwrap();
    let typed = stored.clone().into_typed();
    assert_eq!(typed.case(), &stored);
    let AnyTyped::UnderMonitoring(t) = typed else {
        panic!("under monitoring");
    };
    assert_eq!(t.into_case(), stored);
    assert!(Typed::<states::UnderMonitoring>::from_case(stored.clone()).is_ok());
    let back = Typed::<states::Listed>::from_case(stored.clone()).unwrap_err();
    assert_eq!(back, stored);
    let new = new_case(BranchKind::Grassroots);
    assert!(matches!(new.clone().into_typed(), AnyTyped::New(_)));
    assert_eq!(AnyTyped::from(new.clone()).into_case(), new);
}

fn new_case(kind: BranchKind) -> Case {
    screening_tests::new_case(kind, true)
}

/// The payload of an event of type `ty`, chosen by `p`, for the walks below.
fn payload(ty: EventType, p: u8) -> Action {
    let mentor = |id: &str| Mentor {
        id: Id::new(id).unwrap(),
        role: MentorRole::Member,
    };
    match ty {
        EventType::Flagged => Action::Flagged {
            criteria: vec![Criterion::Other],
        },
        EventType::DirectionRequested => Action::DirectionRequested,
        EventType::DirectionGiven => Action::DirectionGiven {
            proceed: p % 4 != 0,
        },
        EventType::ListingVoted => Action::ListingVoted {
            electorate: E3,
            yes: [2, 3, 1][usize::from(p % 3)],
            ballots: None,
        },
        EventType::ListingReviewed => Action::ListingReviewed {
            approved: p % 4 != 0,
        },
        EventType::MemberNotified => Action::MemberNotified,
        EventType::SelfCriticismSubmitted => Action::SelfCriticismSubmitted,
        EventType::MentorAssigned => Action::MentorAssigned {
            mentor: mentor("DV-0007"),
        },
        EventType::MentorReassigned => Action::MentorReassigned {
            mentor: mentor("DV-0008"),
        },
        EventType::ScreeningVoted => {
            let (progress_yes, removal_yes) = [(2, 0), (0, 2), (1, 1), (0, 0)][usize::from(p % 4)];
            Action::ScreeningVoted {
                electorate: E3,
                progress_yes,
                removal_yes,
                progress_ballots: None,
                removal_ballots: None,
            }
        }
        EventType::DecisionReviewed => Action::DecisionReviewed {
            approved: p % 2 == 0,
        },
        EventType::RemovalResolved => Action::RemovalResolved {
            forward: p % 2 == 0,
        },
        EventType::VerificationOrdered => Action::VerificationOrdered,
        EventType::VerificationConcluded => Action::VerificationConcluded {
            violations_confirmed: p % 3 != 0,
        },
        EventType::RemovalDecided => Action::RemovalDecided {
            outcome: RemovalOutcome::ALL[usize::from(p) % RemovalOutcome::ALL.len()],
        },
        EventType::CaseClosed => Action::CaseClosed {
            reason: CloseReason::Other,
        },
    }
}

/// A case reached by a walk: each step records one of the events `Case::next`
/// allows (closing only now and then), by one of its bodies, on a later date.
fn walk(
    kind: BranchKind,
    has_committee: bool,
    status: MemberStatus,
    steps: &[(u8, u8, u8)],
) -> Case {
    let mut case = Case::new(member("DV-0042", status), branch(kind, has_committee));
    let mut day = date("2024-01-01");
    for &(pick, p, gap) in steps {
        let next: Vec<NextEvent> = case
            .next()
            .into_iter()
            .filter(|n| n.event != EventType::CaseClosed || pick % 32 == 0)
            .collect();
        let Some(n) = next.get(usize::from(pick) % next.len().max(1)) else {
            break;
        };
        let by = n.by[usize::from(p) % n.by.len()];
        day = day.add_days(i64::from(gap % 20)).unwrap();
        if let Some(from) = n.from.filter(|f| *f > day && gap % 8 != 0) {
            day = from;
        }
        let _ = case.apply(Event::new(day, by, payload(n.event, p)));
    }
    case
}

/// The inputs of one typed method call.
#[derive(Debug, Clone)]
struct Input {
    pick: usize,
    days: i64,
    by: Body,
    counts: (u32, u32, u32),
    yes: (u32, u32),
    flag: bool,
    mentor: (bool, bool),
    reason: CloseReason,
    no_criteria: bool,
}

fn input() -> impl Strategy<Value = Input> {
    (
        any::<usize>(),
        -3i64..400,
        prop::sample::select(Body::ALL.to_vec()),
        (0u32..5, 0u32..3, 0u32..3),
        (0u32..6, 0u32..6),
        any::<bool>(),
        (any::<bool>(), any::<bool>()),
        prop::sample::select(CloseReason::ALL.to_vec()),
        any::<bool>(),
    )
        .prop_map(
            |(pick, days, by, counts, yes, flag, mentor, reason, no_criteria)| Input {
                pick,
                days,
                by,
                counts,
                yes,
                flag,
                mentor,
                reason,
                no_criteria,
            },
        )
}

/// What one typed call gave: the case after it, or the case given back.
enum Called {
    Accepted(Case),
    Refused(Case),
}

/// The untyped case of a typed method's result; on success, checks that the type
/// names the state the case is in.
fn called<S: Marker, T: Marker>(r: Attempt<S, Typed<T>>) -> Called {
    match r {
        Ok(t) => {
            assert_eq!(t.case().state().name(), T::NAME);
            Called::Accepted(t.into_case())
        }
        Err(refused) => Called::Refused(refused.case.into_case()),
    }
}

/// Calls the typed method `i.pick` chooses among those of the case's state.
fn call(typed: AnyTyped, i: &Input) -> (&'static str, Called) {
    let last = typed
        .case()
        .events()
        .last()
        .map_or(date("2024-01-01"), |e| e.date);
    let d = last.add_days(i.days).unwrap();
    let by = i.by;
    let counts = Counts::new(i.counts.0, i.counts.1).attending(i.counts.2);
    let mentor = Mentor {
        id: Id::new(if i.mentor.0 { "DV-0042" } else { "DV-0009" }).unwrap(),
        role: if i.mentor.1 {
            MentorRole::CommitteeMember
        } else {
            MentorRole::Member
        },
    };
    let criteria = if i.no_criteria {
        vec![]
    } else {
        vec![Criterion::Degradation]
    };
    macro_rules! pick {
        ($t:ident; $($name:literal => $call:expr),+ $(,)?) => {{
            let calls: Vec<(&'static str, Box<dyn FnOnce(_) -> Called>)> =
                vec![$(($name, Box::new($call))),+];
            let n = calls.len();
            let (name, f) = calls.into_iter().nth(i.pick % n).unwrap();
            (name, f($t))
        }};
    }
    let close = i.reason;
    match typed {
        AnyTyped::New(t) => {
            pick!(t; "flag" => |t: Typed<states::New>| called(t.flag(d, by, criteria)))
        }
        AnyTyped::Flagged(t) => pick!(t;
            "request_direction" => |t: Typed<states::Flagged>| called(t.request_direction(d, by)),
            "close" => |t: Typed<states::Flagged>| called(t.close(d, by, close))),
        AnyTyped::AwaitingDirection(t) => pick!(t;
            "proceed" => |t: Typed<states::AwaitingDirection>| called(t.proceed(d, by)),
            "stop" => |t: Typed<states::AwaitingDirection>| called(t.stop(d, by)),
            "close" => |t: Typed<states::AwaitingDirection>| called(t.close(d, by, close))),
        AnyTyped::AwaitingListingVote(t) => pick!(t;
            "vote_listing" => |t: Typed<states::AwaitingListingVote>| {
                t.vote_listing(d, by, counts, i.yes.0)
                    .map_or_else(|r| Called::Refused(r.case.into_case()), |v| Called::Accepted(v.into_case()))
            },
            "close" => |t: Typed<states::AwaitingListingVote>| called(t.close(d, by, close))),
        AnyTyped::AwaitingListingReview(t) => pick!(t;
            "approve" => |t: Typed<states::AwaitingListingReview>| called(t.approve(d, by)),
            "refuse" => |t: Typed<states::AwaitingListingReview>| called(t.refuse(d, by)),
            "close" => |t: Typed<states::AwaitingListingReview>| called(t.close(d, by, close))),
        AnyTyped::Listed(t) => pick!(t;
            "notify" => |t: Typed<states::Listed>| called(t.notify(d, by)),
            "close" => |t: Typed<states::Listed>| called(t.close(d, by, close))),
        AnyTyped::AwaitingSelfCriticism(t) => pick!(t;
            "submit_self_criticism" => |t: Typed<states::AwaitingSelfCriticism>| called(t.submit_self_criticism(d, by)),
            "close" => |t: Typed<states::AwaitingSelfCriticism>| called(t.close(d, by, close))),
        AnyTyped::AwaitingMentor(t) => pick!(t;
            "assign_mentor" => |t: Typed<states::AwaitingMentor>| called(t.assign_mentor(d, by, mentor)),
            "close" => |t: Typed<states::AwaitingMentor>| called(t.close(d, by, close))),
        AnyTyped::UnderMonitoring(t) => pick!(t;
            "reassign_mentor" => |t: Typed<states::UnderMonitoring>| called(t.reassign_mentor(d, by, mentor)),
            "vote_screening" => |t: Typed<states::UnderMonitoring>| {
                t.vote_screening(d, by, counts, i.yes.0, i.yes.1)
                    .map_or_else(|r| Called::Refused(r.case.into_case()), |v| Called::Accepted(v.into_case()))
            },
            "close" => |t: Typed<states::UnderMonitoring>| called(t.close(d, by, close))),
        AnyTyped::AwaitingProgressReview(t) => pick!(t;
            "approve" => |t: Typed<states::AwaitingProgressReview>| called(t.approve(d, by)),
            "refuse" => |t: Typed<states::AwaitingProgressReview>| called(t.refuse(d, by)),
            "close" => |t: Typed<states::AwaitingProgressReview>| called(t.close(d, by, close))),
        AnyTyped::AwaitingContinuationReview(t) => pick!(t;
            "approve" => |t: Typed<states::AwaitingContinuationReview>| called(t.approve(d, by)),
            "refuse" => |t: Typed<states::AwaitingContinuationReview>| called(t.refuse(d, by)),
            "close" => |t: Typed<states::AwaitingContinuationReview>| called(t.close(d, by, close))),
        AnyTyped::AwaitingGrassrootsResolution(t) => pick!(t;
            "forward" => |t: Typed<states::AwaitingGrassrootsResolution>| called(t.forward(d, by)),
            "keep_educating" => |t: Typed<states::AwaitingGrassrootsResolution>| called(t.keep_educating(d, by)),
            "close" => |t: Typed<states::AwaitingGrassrootsResolution>| called(t.close(d, by, close))),
        AnyTyped::ReferredToBloc(t) => pick!(t;
            "order_verification" => |t: Typed<states::ReferredToBloc>| called(t.order_verification(d, by)),
            "close" => |t: Typed<states::ReferredToBloc>| called(t.close(d, by, close))),
        AnyTyped::UnderVerification(t) => pick!(t;
            "conclude" => |t: Typed<states::UnderVerification>| called(t.conclude(d, by, i.flag)),
            "close" => |t: Typed<states::UnderVerification>| called(t.close(d, by, close))),
        AnyTyped::AwaitingRemovalDecision(t) => pick!(t;
            "strike_off" => |t: Typed<states::AwaitingRemovalDecision>| called(t.strike_off(d, by)),
            "expel" => |t: Typed<states::AwaitingRemovalDecision>| called(t.expel(d, by)),
            "continue_education" => |t: Typed<states::AwaitingRemovalDecision>| called(t.continue_education(d, by)),
            "close" => |t: Typed<states::AwaitingRemovalDecision>| called(t.close(d, by, close))),
        // Closed states have no methods.
        AnyTyped::NotListed(t) => ("none", Called::Refused(t.into_case())),
        AnyTyped::ProgressRecognized(t) => ("none", Called::Refused(t.into_case())),
        AnyTyped::StruckOff(t) => ("none", Called::Refused(t.into_case())),
        AnyTyped::Expelled(t) => ("none", Called::Refused(t.into_case())),
        AnyTyped::Closed(t) => ("none", Called::Refused(t.into_case())),
    }
}

fn walks() -> impl Strategy<Value = Case> {
    (
        prop::sample::select(vec![
            BranchKind::Grassroots,
            BranchKind::UnderGrassrootsCommittee,
        ]),
        any::<bool>(),
        prop::sample::select(vec![MemberStatus::Official, MemberStatus::Probationary]),
        prop::collection::vec(any::<(u8, u8, u8)>(), 0..24),
    )
        .prop_map(|(kind, committee, status, steps)| walk(kind, committee, status, &steps))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    /// For every typed method and every input: a refusal carries the case exactly as
    /// it was passed in (the same JSON, version, state and history), and a success
    /// records one event and is typed as the state the case is in.
    #[test]
    fn a_refused_typed_call_gives_back_the_case_byte_for_byte(case in walks(), i in input()) {
        let (json, version) = (case.to_json(), case.version());
        let (method, result) = call(case.clone().into_typed(), &i);
        match result {
            Called::Refused(back) => {
                prop_assert_eq!(back.to_json(), json, "{}", method);
                prop_assert_eq!(back.version(), version, "{}", method);
                prop_assert_eq!(&back, &case, "{}", method);
                if method != "none" {
                    let untyped = back.clone().into_typed();
                    prop_assert_eq!(untyped.case(), &case);
                }
            }
            Called::Accepted(after) => {
                prop_assert_eq!(after.version(), version + 1, "{}", method);
                prop_assert_eq!(&after.events()[..version], case.events(), "{}", method);
                let mut untyped = case.clone();
                untyped.apply(after.events()[version].clone()).unwrap();
                prop_assert_eq!(&untyped, &after, "{}", method);
            }
        }
    }
}

/// The walks reach every state, and every typed method of every state is both
/// refused and accepted there, so that the property above checks each of them.
#[test]
fn the_walks_call_every_typed_method_both_ways() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let mut states = std::collections::BTreeSet::new();
    let mut calls = std::collections::BTreeMap::<(StateName, &str), (u32, u32)>::new();
    for _ in 0..20_000 {
        let case = walks().new_tree(&mut runner).unwrap().current();
        let i = input().new_tree(&mut runner).unwrap().current();
        let state = case.state().name();
        states.insert(state);
        let (method, result) = call(case.into_typed(), &i);
        let counts = calls.entry((state, method)).or_default();
        match result {
            Called::Accepted(_) => counts.0 += 1,
            Called::Refused(_) => counts.1 += 1,
        }
    }
    let missing: Vec<_> = StateName::ALL
        .iter()
        .filter(|s| !states.contains(s))
        .collect();
    assert!(missing.is_empty(), "never reached: {missing:?}");
    for ((state, method), (ok, refused)) in &calls {
        if *method == "none" {
            assert_eq!(*ok, 0);
            continue;
        }
        assert!(
            *ok > 0 && *refused > 0,
            "{state} {method}: {ok} accepted, {refused} refused"
        );
    }
    // 14 open states but `new` have `close`; 1 + 14 + the others' own methods.
    assert_eq!(
        calls.keys().filter(|(_, m)| *m != "none").count(),
        1 + 14 + 22
    );
}

/// E6: a typed ballot takes the tellers' count with the yes votes; one that does not
/// add up is refused and the case comes back, one that does is recorded with it.
#[test]
fn e6_typed_ballots_carry_the_tellers_count() {
    let voting = start(BranchKind::Grassroots)
        .proceed(date("2024-01-12"), BLOC)
        .unwrap();
    // 3 yes but only 2 valid ballots (3 returned, 1 invalid).
    let wrong = Tally::yes(3).counted(TellersCount::new(3, 3, 1));
    let refused = voting
        .vote_listing(date("2024-01-13"), Body::Branch, E3, wrong)
        .unwrap_err();
    assert_eq!(refused.refusal.code(), ErrorCode::InvalidTally);
    assert_eq!(refused.case.case().version(), 3);
    let counted = TellersCount::new(3, 3, 0);
    let ListingVote::Listed(listed) = refused
        .case
        .vote_listing(
            date("2024-01-13"),
            Body::Branch,
            E3,
            Tally::yes(2).counted(counted),
        )
        .unwrap()
    else {
        panic!("2 of 3 meets T1");
    };
    let Action::ListingVoted { yes, ballots, .. } = &listed.case().events()[3].action else {
        panic!("a listing ballot");
    };
    assert_eq!((*yes, *ballots), (2, Some(counted)));
}
