//! Structured events applied one by one: no panic; a refused event leaves the
//! case equal to before; `next()` is consistent with what is accepted (an event
//! type outside `next()` is `wrong_state`, a body outside its bodies `wrong_body`,
//! anything accepted was listed); `check` agrees with `apply`; the state reached
//! is one of the table row's `to`; the log replays to the same case.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use screening_core::table::TABLE;
use screening_core::{
    Action, Body, Branch, BranchKind, Case, CloseReason, Counts, Criterion, Date, ErrorCode, Event,
    EventType, Id, Member, MemberStatus, Mentor, MentorRole, RemovalOutcome, TellersCount,
};

#[derive(Arbitrary, Debug)]
struct Input {
    grassroots: bool,
    has_committee: bool,
    probationary: bool,
    events: Vec<Ev>,
}

/// A small description of one event.
#[derive(Arbitrary, Debug)]
struct Ev {
    /// Below 192: one of the event types `next()` lists; else an index (mod 16).
    ty: u8,
    /// Below 192: a body `next()` lists for the type; else an index (mod 7).
    body: u8,
    /// -3..=-1: that many days before the previous event; else 0..=39 days after it.
    days: i8,
    /// While under monitoring, 1..=3: the day before, of, after `screening_from`.
    around_screening: u8,
    /// Counts and choices of the payload.
    n: [u8; 5],
    /// E5's excluded members; and, when `tellers` is set, the tellers' counts (E6).
    excluded: u8,
    tellers: Option<[u8; 3]>,
    flag: bool,
    note: bool,
}

fn count(x: u8) -> u32 {
    match x {
        255 => u32::MAX,
        254 => u32::MAX - 1,
        x => u32::from(x % 12),
    }
}

fn build(ev: &Ev, case: &Case, first: Date) -> Option<Event> {
    let next = case.next();
    let listed = (ev.ty < 192 && !next.is_empty()).then(|| next[usize::from(ev.ty) % next.len()]);
    let ty = match listed {
        Some(n) => n.event,
        None => EventType::ALL[usize::from(ev.ty) % EventType::ALL.len()],
    };
    let by = match listed {
        Some(n) if ev.body < 192 && !n.by.is_empty() => n.by[usize::from(ev.body) % n.by.len()],
        _ => Body::ALL[usize::from(ev.body) % Body::ALL.len()],
    };
    let prev = case.events().last().map_or(first, |e| e.date);
    let days = match ev.days {
        -3..=-1 => i64::from(ev.days),
        d => i64::from(d).abs() % 40,
    };
    let date = match (ev.around_screening % 4, case.state().screening_from()) {
        (k @ 1..=3, Some(from)) => from.add_days(i64::from(k) - 2)?,
        _ => prev.add_days(days)?,
    };
    let [a, b, c, d, e] = ev.n;
    let counts = Counts::new(count(a), count(b))
        .attending(count(c))
        .excluding(count(ev.excluded) % 3);
    let ballots = ev
        .tellers
        .map(|[i, r, x]| TellersCount::new(count(i), count(r), count(x) % 3));
    let mentor = Mentor {
        id: Id::new(if ev.flag { "DV-0042" } else { "DV-0099" }).ok()?,
        role: MentorRole::ALL[usize::from(a) % 2],
    };
    let action = match ty {
        EventType::Flagged => Action::Flagged {
            criteria: Criterion::ALL
                .iter()
                .cycle()
                .skip(usize::from(b))
                .take(usize::from(a) % 7)
                .copied()
                .collect(),
        },
        EventType::DirectionRequested => Action::DirectionRequested,
        EventType::DirectionGiven => Action::DirectionGiven { proceed: ev.flag },
        EventType::ListingVoted => Action::ListingVoted {
            electorate: counts,
            yes: count(d),
            ballots,
        },
        EventType::ListingReviewed => Action::ListingReviewed { approved: ev.flag },
        EventType::MemberNotified => Action::MemberNotified,
        EventType::SelfCriticismSubmitted => Action::SelfCriticismSubmitted,
        EventType::MentorAssigned => Action::MentorAssigned { mentor },
        EventType::MentorReassigned => Action::MentorReassigned { mentor },
        EventType::ScreeningVoted => Action::ScreeningVoted {
            electorate: counts,
            progress_yes: count(d),
            removal_yes: count(e),
            progress_ballots: ballots.filter(|_| ev.flag),
            removal_ballots: ballots.filter(|_| !ev.flag),
        },
        EventType::DecisionReviewed => Action::DecisionReviewed { approved: ev.flag },
        EventType::RemovalResolved => Action::RemovalResolved { forward: ev.flag },
        EventType::VerificationOrdered => Action::VerificationOrdered,
        EventType::VerificationConcluded => Action::VerificationConcluded {
            violations_confirmed: ev.flag,
        },
        EventType::RemovalDecided => Action::RemovalDecided {
            outcome: RemovalOutcome::ALL[usize::from(a) % 3],
        },
        EventType::CaseClosed => Action::CaseClosed {
            reason: CloseReason::ALL[usize::from(a) % 3],
        },
    };
    let event = Event::new(date, by, action);
    Some(if ev.note {
        event.with_note("ghi chú")
    } else {
        event
    })
}

fuzz_target!(|input: Input| {
    let member = Member {
        id: Id::new("DV-0042").expect("id"),
        status: if input.probationary {
            MemberStatus::Probationary
        } else {
            MemberStatus::Official
        },
    };
    let kind = if input.grassroots {
        BranchKind::Grassroots
    } else {
        BranchKind::UnderGrassrootsCommittee
    };
    let branch = Branch::new(Id::new("CB-07").expect("id"), kind, input.has_committee);
    let first = Date::from_ymd(2024, 2, 28).expect("date");
    let mut case = Case::new(member, branch);
    for ev in input.events.iter().take(64) {
        let Some(event) = build(ev, &case, first) else {
            continue;
        };
        let before = case.clone();
        let next = case.next();
        let listed = next.iter().find(|n| n.event == event.event_type());
        let checked = case.check(&event);

        // A stale version is refused and changes nothing.
        let mut stale = case.clone();
        let r = stale.apply_at(case.version() + 1, event.clone()).cloned();
        assert_eq!(r.map_err(|e| e.code()), Err(ErrorCode::StaleCase));
        assert_eq!(stale, before);

        match case.apply(event.clone()).cloned() {
            Err(refusal) => {
                assert_eq!(case, before, "a refused event changed the case");
                assert_eq!(checked, Err(refusal.clone()));
                let code = refusal.code();
                match listed {
                    None => assert_eq!(code, ErrorCode::WrongState),
                    Some(n) if !n.by.contains(&event.by) => assert_eq!(code, ErrorCode::WrongBody),
                    Some(_) => assert!(!matches!(
                        code,
                        ErrorCode::WrongState | ErrorCode::WrongBody
                    )),
                }
                if before.state().is_closed() {
                    assert_eq!(code, ErrorCode::WrongState);
                }
            }
            Ok(record) => {
                let n = listed.expect("an accepted event type is in next()");
                assert!(
                    n.by.contains(&event.by),
                    "accepted from a body next() does not list"
                );
                if let Some(from) = n.from {
                    assert!(event.date >= from, "screening before screening_from");
                }
                let row = &TABLE[event.event_type() as usize];
                assert!(row.from.contains(&record.before));
                assert!(row.to.contains(&record.after));
                assert_eq!(record.after, case.state().name());
                assert_eq!(checked, Ok(record.after));
                assert_eq!(case.version(), before.version() + 1);
                if record.after == screening_core::StateName::Expelled {
                    assert_eq!(case.member().status, MemberStatus::Official);
                }
            }
        }
        // `next()` is empty exactly in closed states.
        assert_eq!(case.next().is_empty(), case.state().is_closed());
    }
    let again = Case::replay(case.to_file()).expect("the applied log replays");
    assert_eq!(again, case);
});
