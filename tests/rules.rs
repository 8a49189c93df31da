//! The rules as properties: one per rule where it fits, named after its ID.
//!
//! Each property reads like the rule it checks; together with the shared
//! conformance vectors they are the specification.

use proptest::prelude::*;
use screening_core::*;
use screening_tests::{date, event, new_case};

// ---------------------------------------------------------------- strategies

/// Valid counts: exempt ≤ official, exempt_attending ≤ exempt, E ≥ 1.
fn valid_counts() -> impl Strategy<Value = Counts> {
    (1u32..=u32::MAX)
        .prop_flat_map(|official| (Just(official), 0..=official))
        .prop_flat_map(|(official, exempt)| (Just(official), Just(exempt), 0..=exempt))
        .prop_filter_map("E ≥ 1", |(o, x, a)| {
            let c = Counts::new(o, x).attending(a);
            Electorate::from_counts(c).ok().map(|_| c)
        })
}

/// Small valid counts, where edge cases are dense.
fn small_counts() -> impl Strategy<Value = Counts> {
    (1u32..=40)
        .prop_flat_map(|o| (Just(o), 0..=o))
        .prop_flat_map(|(o, x)| (Just(o), Just(x), 0..=x))
        .prop_filter_map("E ≥ 1", |(o, x, a)| {
            let c = Counts::new(o, x).attending(a);
            Electorate::from_counts(c).ok().map(|_| c)
        })
}

fn any_counts() -> impl Strategy<Value = Counts> {
    prop_oneof![
        valid_counts(),
        small_counts(),
        (any::<u32>(), any::<u32>(), any::<u32>())
            .prop_map(|(o, x, a)| Counts::new(o, x).attending(a)),
        (0u32..6, 0u32..6, 0u32..6).prop_map(|(o, x, a)| Counts::new(o, x).attending(a)),
    ]
}

fn size(c: Counts) -> u32 {
    Electorate::from_counts(c).map(|e| e.size()).unwrap_or(0)
}

// ---------------------------------------------------------------- E: who counts

proptest! {
    /// E1, E2: E = official − exempt + exempt_attending; absent members are not subtracted.
    #[test]
    fn e1_e2_electorate_is_official_less_absent_exempt(c in valid_counts()) {
        let e = Electorate::from_counts(c).unwrap();
        let expected = u64::from(c.official) - u64::from(c.exempt) + u64::from(c.exempt_attending);
        prop_assert_eq!(u64::from(e.size()), expected);
        prop_assert!(e.size() <= c.official);
    }

    /// E2: an exempted member who attends and votes is counted: `exempt_attending` never lowers E.
    #[test]
    fn e2_exempt_attending_never_lowers_e(c in valid_counts(), more in 0u32..=3) {
        let attending = c.exempt_attending.saturating_add(more).min(c.exempt);
        let with_more = Counts { exempt_attending: attending, ..c };
        prop_assert!(size(with_more) >= size(c));
        prop_assert_eq!(u64::from(size(with_more)) - u64::from(size(c)), u64::from(attending - c.exempt_attending));
    }

    /// E3: probationary members have no vote: adding them to the roll changes nothing.
    #[test]
    fn e3_probationary_members_are_not_counted(official in 1usize..30, exempt_att in 0usize..5, exempt_abs in 0usize..5, probationary in 0usize..30) {
        let roll = |p: usize| {
            std::iter::repeat_n(RollEntry::Official, official)
                .chain(std::iter::repeat_n(RollEntry::ExemptAttending, exempt_att))
                .chain(std::iter::repeat_n(RollEntry::ExemptAbsent, exempt_abs))
                .chain(std::iter::repeat_n(RollEntry::Probationary, p))
                .collect::<Vec<_>>()
        };
        let without = Electorate::from_roll(roll(0)).unwrap();
        let with = Electorate::from_roll(roll(probationary)).unwrap();
        prop_assert_eq!(without, with);
        prop_assert_eq!(with.size() as usize, official + exempt_att);
        prop_assert_eq!(with.counts().official as usize, official + exempt_att + exempt_abs);
    }

    /// E4: counts are invalid exactly when exempt > official, attending > exempt, or E = 0;
    /// a yes count above E is invalid.
    #[test]
    fn e4_invalid_electorate_and_tally(c in any_counts(), yes in any::<u32>()) {
        let valid = c.exempt <= c.official
            && c.exempt_attending <= c.exempt
            && u64::from(c.official) - u64::from(c.exempt) + u64::from(c.exempt_attending) >= 1;
        let listing = decide_listing(c, yes);
        if !valid {
            prop_assert_eq!(listing.unwrap_err().code(), ErrorCode::InvalidElectorate);
        } else if yes > size(c) {
            prop_assert_eq!(listing.unwrap_err().code(), ErrorCode::InvalidTally);
        } else {
            prop_assert!(listing.is_ok());
        }
    }
}

proptest! {
    /// E5: members suspended, prosecuted, indicted, in custody or attached elsewhere
    /// leave the base: E = official − exempt + exempt_attending − excluded, valid only
    /// while exempt + excluded ≤ official and E ≥ 1.
    #[test]
    fn e5_excluded_members_leave_the_base(c in small_counts(), z in 0u32..45) {
        let expected = i64::from(c.official) - i64::from(c.exempt) + i64::from(c.exempt_attending)
            - i64::from(z);
        match Electorate::from_counts(c.excluding(z)) {
            Ok(e) => {
                prop_assert!(c.exempt + z <= c.official);
                prop_assert_eq!(i64::from(e.size()), expected);
                prop_assert_eq!(e.size() + z, size(c));
            }
            Err(err) => {
                prop_assert_eq!(err.code(), ErrorCode::InvalidElectorate);
                prop_assert!(c.exempt + z > c.official || expected < 1);
            }
        }
    }

    /// E5 on the roll: an excluded member is an official member of the branch but
    /// not in the base, like an absent exempted one.
    #[test]
    fn e5_the_roll_counts_excluded_members_out(official in 1usize..30, excluded in 0usize..5, exempt_abs in 0usize..5) {
        let roll: Vec<_> = std::iter::repeat_n(RollEntry::Official, official)
            .chain(std::iter::repeat_n(RollEntry::Excluded, excluded))
            .chain(std::iter::repeat_n(RollEntry::ExemptAbsent, exempt_abs))
            .collect();
        let e = Electorate::from_roll(roll).unwrap();
        prop_assert_eq!(e.size() as usize, official);
        prop_assert_eq!(e.counts().official as usize, official + excluded + exempt_abs);
        prop_assert_eq!(e.counts().excluded as usize, excluded);
    }

    /// E6: a tellers' count is accepted exactly when it adds up (issued ≤ E,
    /// returned ≤ issued, invalid ≤ returned, yes ≤ returned − invalid), and it never
    /// changes the outcome: the thresholds stay over E, so invalid and missing
    /// ballots count as "no".
    #[test]
    fn e6_the_tellers_count_must_add_up(c in small_counts(), yes in 0u32..45, issued in 0u32..45, returned in 0u32..45, invalid in 0u32..45) {
        let e = size(c);
        let adds_up = yes <= e && issued <= e && returned <= issued && invalid <= returned
            && yes <= returned - invalid;
        let ballots = TellersCount::new(issued, returned, invalid);
        let counted = decide_listing_tally(c, Tally::yes(yes).counted(ballots));
        match decide_listing(c, yes) {
            Ok(plain) if adds_up => {
                let counted = counted.unwrap();
                prop_assert_eq!(counted.outcome, plain.outcome);
                prop_assert_eq!(counted.votes[0].ballots, Some(ballots));
            }
            _ => prop_assert_eq!(counted.unwrap_err().code(), ErrorCode::InvalidTally),
        }
    }

    /// E6 on the screening ballots: each count is checked on its own; a count on one
    /// ballot says nothing of the other.
    #[test]
    fn e6_each_screening_ballot_is_counted_on_its_own(c in small_counts(), p in 0u32..45, r in 0u32..45, issued in 0u32..45, returned in 0u32..45) {
        let e = size(c);
        let b = TellersCount::new(issued, returned, 0);
        let fits = |yes: u32| yes <= e && issued <= e && returned <= issued && yes <= returned;
        let plain = decide_screening(c, p, r);
        let progress_counted = decide_screening_tally(c, Tally::yes(p).counted(b), Tally::yes(r));
        let removal_counted = decide_screening_tally(c, Tally::yes(p), Tally::yes(r).counted(b));
        match &plain {
            Err(err) if err.code() != ErrorCode::ConflictingBallots => {
                prop_assert_eq!(progress_counted.unwrap_err().code(), err.code());
                prop_assert_eq!(removal_counted.unwrap_err().code(), err.code());
            }
            _ => {
                for (counted, yes) in [(progress_counted, p), (removal_counted, r)] {
                    if fits(yes) {
                        prop_assert_eq!(counted.map(|d| d.outcome).map_err(|e| e.code()), plain.clone().map(|d| d.outcome).map_err(|e| e.code()));
                    } else {
                        prop_assert_eq!(counted.unwrap_err().code(), ErrorCode::InvalidTally);
                    }
                }
            }
        }
    }
}

// ---------------------------------------------------------------- T: thresholds

proptest! {
    /// T1: "hai phần ba trở lên" agrees with exact rational comparison yes/E ≥ 2/3, for every u32.
    #[test]
    fn t1_agrees_with_exact_rational_comparison(yes in any::<u32>(), e in 1u32..=u32::MAX) {
        let exact = u128::from(yes) * 3 >= u128::from(e) * 2;
        prop_assert_eq!(Threshold::TwoThirds.is_met(yes, e), exact);
        let least = Threshold::TwoThirds.smallest_passing(e);
        prop_assert!(Threshold::TwoThirds.is_met(least, e));
        prop_assert!(least == 0 || !Threshold::TwoThirds.is_met(least - 1, e));
    }

    /// T2: "từ một nửa trở lên" agrees with exact rational comparison yes/E ≥ 1/2, for every u32.
    #[test]
    fn t2_agrees_with_exact_rational_comparison(yes in any::<u32>(), e in 1u32..=u32::MAX) {
        let exact = u128::from(yes) * 2 >= u128::from(e);
        prop_assert_eq!(Threshold::Half.is_met(yes, e), exact);
        let least = Threshold::Half.smallest_passing(e);
        prop_assert!(Threshold::Half.is_met(least, e));
        prop_assert!(least == 0 || !Threshold::Half.is_met(least - 1, e));
    }

    /// T1, S1.3: more yes votes never turn a listing pass into a fail.
    #[test]
    fn t1_s1_3_more_yes_never_turns_a_pass_into_a_fail(c in valid_counts(), a in any::<u32>(), b in any::<u32>()) {
        let e = size(c);
        let (lo, hi) = (a.min(b) % (e.saturating_add(1)).max(1), a.max(b) % (e.saturating_add(1)).max(1));
        let (lo, hi) = (lo.min(hi), lo.max(hi));
        let lo_d = decide_listing(c, lo).unwrap();
        let hi_d = decide_listing(c, hi).unwrap();
        if lo_d.outcome == Outcome::Listed {
            prop_assert_eq!(hi_d.outcome, Outcome::Listed);
        }
    }

    /// T2, S3.2: more progress votes never turn a met progress ballot into an unmet one (and T1 for removal).
    #[test]
    fn t1_t2_screening_votes_are_monotone(c in small_counts(), p in any::<u32>(), r in any::<u32>(), dp in 0u32..5, dr in 0u32..5) {
        let e = size(c);
        let (p, r) = (p % (e + 1), r % (e + 1));
        let votes = |p: u32, r: u32| {
            let el = Electorate::from_counts(c).unwrap();
            (Threshold::Half.is_met(p, el.size()), Threshold::TwoThirds.is_met(r, el.size()))
        };
        let (p_met, r_met) = votes(p, r);
        let (p2, r2) = (p.saturating_add(dp).min(e), r.saturating_add(dr).min(e));
        let (p2_met, r2_met) = votes(p2, r2);
        prop_assert!(!p_met || p2_met);
        prop_assert!(!r_met || r2_met);
    }

    /// S3.2–S3.4, I1, I2: the screening outcome is a partition: exactly one outcome, or
    /// `conflicting_ballots` exactly when both ballots pass.
    #[test]
    fn s3_i1_i2_screening_outcome_is_a_partition(c in prop_oneof![valid_counts(), small_counts()], p in any::<u32>(), r in any::<u32>()) {
        let e = size(c);
        let (p, r) = (p % (e.saturating_add(1)).max(1), r % (e.saturating_add(1)).max(1));
        let progress = Threshold::Half.is_met(p, e);
        let removal = Threshold::TwoThirds.is_met(r, e);
        match decide_screening(c, p, r) {
            Ok(d) => {
                prop_assert!(!(progress && removal));
                let expected = if progress {
                    Outcome::ProgressRecognized
                } else if removal {
                    Outcome::RemovalProposed
                } else {
                    Outcome::ContinueEducation
                };
                prop_assert_eq!(d.outcome, expected);
                prop_assert_eq!(d.votes[0].met, progress);
                prop_assert_eq!(d.votes[1].met, removal);
                prop_assert_eq!(d.electorate.size(), e);
            }
            Err(err) => {
                prop_assert!(progress && removal);
                prop_assert_eq!(err.code(), ErrorCode::ConflictingBallots);
            }
        }
    }

    /// The batch functions give the same answers as the single decisions (S1.3, S3, E4, I2).
    #[test]
    fn batch_agrees_with_single_decisions(c in any_counts(), y in 0u32..50, p in 0u32..50, r in 0u32..50) {
        let single = match decide_listing(c, y) {
            Ok(d) => batch::outcome_code(d.outcome),
            Err(e) => batch::error_code(e.code()),
        };
        prop_assert_eq!(batch::listing_code(c, y), single);
        let single = match decide_screening(c, p, r) {
            Ok(d) => batch::outcome_code(d.outcome),
            Err(e) => batch::error_code(e.code()),
        };
        prop_assert_eq!(batch::screening_code(c, p, r), single);
    }
}

// ---------------------------------------------------------------- D: dates

fn any_date() -> impl Strategy<Value = Date> {
    (1900i32..=9997, 1u32..=12, 1u32..=31)
        .prop_filter_map("a calendar date", |(y, m, d)| Date::from_ymd(y, m, d))
}

fn days_in_month(y: i32, m: u32) -> u32 {
    (28..=31)
        .rev()
        .find(|&d| Date::from_ymd(y, m, d).is_some())
        .unwrap_or(28)
}

proptest! {
    /// D2: the 12-month period ends on the same-numbered day a year later, or that month's
    /// last day; screening is from the day after.
    #[test]
    fn d2_period_ends_on_the_same_numbered_day_or_the_months_last(d in any_date()) {
        let end = period_end(d, 12);
        prop_assert_eq!(end.year(), d.year() + 1);
        prop_assert_eq!(end.month(), d.month());
        let last = if d.year() < 9997 { days_in_month(d.year() + 1, d.month()) } else { 31 };
        prop_assert_eq!(end.day(), d.day().min(last));
        let from = screening_from(d);
        prop_assert_eq!(from, end.succ());
        prop_assert!(from > end);
    }

    /// D2, S3.1: screening the day before `screening_from` is `too_early`; on it, accepted.
    #[test]
    fn d2_s3_1_screening_is_never_early(assigned in (2000i32..=2090, 1u32..=12, 1u32..=31).prop_filter_map("date", |(y, m, d)| Date::from_ymd(y, m, d))) {
        let mut case = under_monitoring(assigned);
        let from = screening_from(assigned);
        let day_before = period_end(assigned, 12);
        let ballot = |d: Date| Event::new(d, Body::Branch, Action::ScreeningVoted { progress_ballots: None, removal_ballots: None, electorate: Counts::new(9, 0), progress_yes: 5, removal_yes: 0 });
        let before = case.clone();
        prop_assert_eq!(case.apply(ballot(day_before)).unwrap_err().code(), ErrorCode::TooEarly);
        prop_assert_eq!(&case, &before);
        prop_assert!(case.apply(ballot(from)).is_ok());
    }

    /// D1: an event dated before the previous one is refused with `date_order`; equal dates are fine.
    #[test]
    fn d1_events_in_date_order(back in 1u64..2000) {
        let mut case = new_case(BranchKind::Grassroots, true);
        case.apply(event("2025-06-01", Body::BranchCommittee, Action::Flagged { criteria: vec![Criterion::Other] })).unwrap();
        let earlier = date("2025-06-01").add_days(-(back as i64)).unwrap();
        let before = case.to_json();
        let refused = case.apply(Event::new(earlier, Body::BranchCommittee, Action::DirectionRequested)).unwrap_err();
        prop_assert_eq!(refused.code(), ErrorCode::DateOrder);
        prop_assert_eq!(case.to_json(), before);
        prop_assert!(case.apply(event("2025-06-01", Body::BranchCommittee, Action::DirectionRequested)).is_ok());
    }
}

// ---------------------------------------------------------------- the case

/// Committee, superior and grassroots bodies of a branch.
fn committee(kind: BranchKind, has_committee: bool) -> Body {
    screening_tests::branch(kind, has_committee).committee()
}
fn superior(kind: BranchKind) -> Body {
    screening_tests::branch(kind, true).superior()
}

/// S1–S2: a case of an official member, listed and awaiting a mentor, every event
/// dated `day` and recorded by the body with authority in the branch.
fn awaiting_mentor(kind: BranchKind, has_committee: bool, day: Date) -> Case {
    let mut case = new_case(kind, has_committee);
    let (c, sup) = (committee(kind, has_committee), superior(kind));
    let listing = Action::ListingVoted {
        ballots: None,
        electorate: Counts::new(9, 0),
        yes: 6,
    };
    for (by, action) in [
        (
            c,
            Action::Flagged {
                criteria: vec![Criterion::Degradation],
            },
        ),
        (c, Action::DirectionRequested),
        (sup, Action::DirectionGiven { proceed: true }),
        (Body::Branch, listing),
        (sup, Action::ListingReviewed { approved: true }),
        (c, Action::MemberNotified),
        (Body::Member, Action::SelfCriticismSubmitted),
    ] {
        case.apply(Event::new(day, by, action)).unwrap();
    }
    case
}

/// S1–S2: a case of an official member in a grassroots branch with a committee,
/// under monitoring from a mentor assigned on `assigned`.
fn under_monitoring(assigned: Date) -> Case {
    let mut case = awaiting_mentor(
        BranchKind::Grassroots,
        true,
        assigned.add_days(-30).unwrap(),
    );
    let mentor = Mentor {
        id: Id::new("DV-0007").unwrap(),
        role: MentorRole::Member,
    };
    case.apply(Event::new(
        assigned,
        Body::Branch,
        Action::MentorAssigned { mentor },
    ))
    .unwrap();
    case
}

/// A random event, built from choices: mostly one of those allowed now, by one of
/// its bodies, sometimes anything by anyone; dates mostly forward.
#[derive(Debug, Clone)]
struct Choice {
    pick: u8,
    wild: u8,
    body: u8,
    days: i16,
    bits: u8,
    a: u8,
    b: u8,
    c: u8,
}

fn choice() -> impl Strategy<Value = Choice> {
    (
        any::<u8>(),
        any::<u8>(),
        any::<u8>(),
        -3i16..420,
        any::<u8>(),
        0u8..12,
        0u8..12,
        0u8..12,
    )
        .prop_map(|(pick, wild, body, days, bits, a, b, c)| Choice {
            pick,
            wild,
            body,
            days,
            bits,
            a,
            b,
            c,
        })
}

fn pick<T: Copy>(items: &[T], i: u8) -> T {
    items[usize::from(i) % items.len()]
}

fn action_for(ty: EventType, ch: &Choice, member: &Id) -> Action {
    let bit = |n: u8| ch.bits & (1 << n) != 0;
    let counts = Counts::new(u32::from(ch.a), u32::from(ch.b) % (u32::from(ch.a) + 1))
        .attending(u32::from(ch.c) % 3);
    let e = Electorate::from_counts(counts).map_or(u32::from(ch.c), |e| e.size());
    let mentor = Mentor {
        id: if bit(3) && bit(4) {
            member.clone()
        } else {
            Id::new("DV-0007").unwrap()
        },
        role: if bit(5) {
            MentorRole::CommitteeMember
        } else {
            MentorRole::Member
        },
    };
    match ty {
        EventType::Flagged => Action::Flagged {
            criteria: if bit(0) && bit(1) {
                vec![]
            } else {
                vec![pick(Criterion::ALL, ch.a)]
            },
        },
        EventType::DirectionRequested => Action::DirectionRequested,
        EventType::DirectionGiven => Action::DirectionGiven {
            proceed: !(bit(0) && bit(1)),
        },
        EventType::ListingVoted => Action::ListingVoted {
            ballots: None,
            electorate: counts,
            yes: if bit(6) || bit(7) { e } else { u32::from(ch.c) },
        },
        EventType::ListingReviewed => Action::ListingReviewed {
            approved: !(bit(0) && bit(1)),
        },
        EventType::MemberNotified => Action::MemberNotified,
        EventType::SelfCriticismSubmitted => Action::SelfCriticismSubmitted,
        EventType::MentorAssigned => Action::MentorAssigned { mentor },
        EventType::MentorReassigned => Action::MentorReassigned { mentor },
        EventType::ScreeningVoted => {
            let (progress_yes, removal_yes) = match ch.bits >> 6 {
                0 => (u32::from(ch.c), u32::from(ch.b)),
                1 => (e, 0),
                2 => (0, e),
                _ => (0, 0),
            };
            Action::ScreeningVoted {
                progress_ballots: None,
                removal_ballots: None,
                electorate: counts,
                progress_yes,
                removal_yes,
            }
        }
        EventType::DecisionReviewed => Action::DecisionReviewed { approved: bit(0) },
        EventType::RemovalResolved => Action::RemovalResolved { forward: bit(0) },
        EventType::VerificationOrdered => Action::VerificationOrdered,
        EventType::VerificationConcluded => Action::VerificationConcluded {
            violations_confirmed: bit(0) || bit(1),
        },
        EventType::RemovalDecided => Action::RemovalDecided {
            outcome: pick(RemovalOutcome::ALL, ch.a),
        },
        EventType::CaseClosed => Action::CaseClosed {
            reason: pick(CloseReason::ALL, ch.a),
        },
    }
}

/// Builds the next event of a random walk through the case.
fn next_event(case: &Case, ch: &Choice, last: Date) -> Event {
    let next = case.next();
    let (ty, by) = if next.is_empty() || ch.wild < 24 {
        (pick(EventType::ALL, ch.pick), pick(Body::ALL, ch.body))
    } else {
        // case_closed only rarely, so that walks go deep.
        let open: Vec<_> = next
            .iter()
            .filter(|n| n.event != EventType::CaseClosed || ch.wild > 250)
            .collect();
        let n = if open.is_empty() {
            &next[0]
        } else {
            open[usize::from(ch.pick) % open.len()]
        };
        let by = if ch.body < 16 {
            pick(Body::ALL, ch.body)
        } else {
            pick(n.by, ch.body)
        };
        (n.event, by)
    };
    let mut date = last.add_days(i64::from(ch.days)).unwrap_or(last);
    if ty == EventType::ScreeningVoted && ch.bits & 0x80 != 0 {
        if let Some(from) = case.state().screening_from() {
            date = from.max(last);
        }
    }
    Event::new(date, by, action_for(ty, ch, &case.member().id))
}

fn any_branch() -> impl Strategy<Value = (BranchKind, bool, MemberStatus)> {
    (
        prop_oneof![
            Just(BranchKind::Grassroots),
            Just(BranchKind::UnderGrassrootsCommittee)
        ],
        any::<bool>(),
        prop_oneof![
            Just(MemberStatus::Official),
            Just(MemberStatus::Probationary)
        ],
    )
}

/// Walks a case through random events; returns the case and every refusal seen,
/// checking on the way that a refused event leaves the case byte-identical.
fn walk(
    branch: (BranchKind, bool, MemberStatus),
    choices: &[Choice],
) -> Result<Case, TestCaseError> {
    let (kind, has_committee, status) = branch;
    let mut case = Case::new(
        screening_tests::member("DV-0042", status),
        screening_tests::branch(kind, has_committee),
    );
    let mut last = date("2024-01-15");
    for ch in choices {
        let event = next_event(&case, ch, last);
        let before_json = case.to_json();
        let before = case.clone();
        let accepted_check = case.check(&event).is_ok();
        match case.apply(event.clone()) {
            Ok(_) => {
                prop_assert!(accepted_check);
                last = event.date;
            }
            Err(refusal) => {
                prop_assert!(!accepted_check);
                prop_assert_eq!(&case, &before, "refused {:?} changed the case", refusal);
                prop_assert_eq!(case.to_json(), before_json);
            }
        }
    }
    Ok(case)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// S4.2, I6: no sequence reaches `struck_off` or `expelled` without a listing ballot
    /// meeting T1, the list's approval, a mentor, a screening ballot on or after
    /// `screening_from` with removal meeting T1, verification ordered and concluded with
    /// violations confirmed, and the BTV ĐUK's decision; `expelled` never for a probationary member.
    #[test]
    fn s4_2_i6_removal_only_after_the_whole_procedure(branch in any_branch(), choices in prop::collection::vec(choice(), 0..40)) {
        let case = walk(branch, &choices)?;
        let name = case.state().name();
        if name == StateName::StruckOff || name == StateName::Expelled {
            let h = case.history();
            let ev = case.events();
            let has = |ty: EventType| h.iter().any(|r| r.event == ty);
            prop_assert!(h.iter().any(|r| r.event == EventType::ListingVoted
                && r.ballot.as_ref().is_some_and(|b| b.outcome == Outcome::Listed && b.votes[0].met)));
            let approved = Action::ListingReviewed { approved: true };
            prop_assert!(ev.iter().any(|e| e.action == approved));
            prop_assert!(has(EventType::MentorAssigned));
            let screening = h.iter().rev().find(|r| r.event == EventType::ScreeningVoted).expect("a screening ballot");
            let ballot = screening.ballot.as_ref().expect("its decision");
            prop_assert_eq!(ballot.outcome, Outcome::RemovalProposed);
            prop_assert!(ballot.votes[1].met);
            let from = h[..screening.index].iter().rev().find_map(|r| r.screening_from).expect("a cycle start");
            prop_assert!(screening.date >= from);
            prop_assert!(has(EventType::VerificationOrdered));
            let confirmed = Action::VerificationConcluded { violations_confirmed: true };
            prop_assert!(ev.iter().any(|e| e.action == confirmed));
            prop_assert_eq!(h.last().map(|r| (r.event, r.by)), Some((EventType::RemovalDecided, Body::BlocStandingCommittee)));
            if name == StateName::Expelled {
                prop_assert_eq!(case.member().status, MemberStatus::Official);
            }
        }
    }

    /// Serde round trip is identity on generated cases (notes kept), and replaying
    /// the file gives the case its events built one by one: the same state and history.
    #[test]
    fn case_file_round_trip_and_replay_equals_applying_one_by_one(branch in any_branch(), choices in prop::collection::vec(choice(), 0..30), note in "\\PC{0,12}") {
        let walked = walk(branch, &choices)?;
        let mut file = walked.to_file();
        if let Some(e) = file.events.first_mut() {
            e.note = Some(note);
        }
        let text = file.to_json();
        let parsed = CaseFile::from_json(&text).unwrap();
        prop_assert_eq!(&parsed, &file);
        prop_assert_eq!(parsed.to_json(), text.clone());
        let replayed = Case::replay(parsed).unwrap();
        prop_assert_eq!(replayed.state(), walked.state());
        prop_assert_eq!(replayed.history(), walked.history());
        prop_assert_eq!(replayed.to_file(), file);
        prop_assert_eq!(Case::from_json(&replayed.to_json()).unwrap(), replayed);
    }

    /// A1: in a state that allows an event, any body but those with authority is refused
    /// with `wrong_body`, and the case is unchanged.
    #[test]
    fn a1_only_the_body_with_authority(branch in any_branch(), choices in prop::collection::vec(choice(), 0..25), ch in choice()) {
        let case = walk(branch, &choices)?;
        for n in case.next() {
            for &by in Body::ALL {
                let mut probe = case.clone();
                let last = case.events().last().map_or(date("2024-01-15"), |e| e.date);
                let event = Event::new(last, by, action_for(n.event, &ch, &case.member().id));
                let result = probe.apply(event);
                if !n.by.contains(&by) {
                    prop_assert_eq!(result.unwrap_err().code(), ErrorCode::WrongBody);
                    prop_assert_eq!(&probe, &case);
                }
            }
        }
    }

    /// Closed states accept nothing (`wrong_state`); `case_closed` is allowed in every
    /// open state but `new` (I7) and decides nothing about the member.
    #[test]
    fn i7_closed_states_accept_nothing(branch in any_branch(), choices in prop::collection::vec(choice(), 0..30), ch in choice()) {
        let case = walk(branch, &choices)?;
        let name = case.state().name();
        let has_close = case.next().iter().any(|n| n.event == EventType::CaseClosed);
        prop_assert_eq!(has_close, !name.is_closed() && name != StateName::New);
        if name.is_closed() {
            prop_assert!(case.next().is_empty());
            for &ty in EventType::ALL {
                let mut probe = case.clone();
                let e = Event::new(date("9997-12-31"), Body::BlocStandingCommittee, action_for(ty, &ch, &case.member().id));
                prop_assert_eq!(probe.apply(e).unwrap_err().code(), ErrorCode::WrongState);
                prop_assert_eq!(&probe, &case);
            }
        }
    }
}

/// S1.2, S1.3, S1.4: a superior that does not let the branch proceed, a listing ballot
/// below T1, and a refused list each end the case as `not_listed`.
#[test]
fn s1_2_s1_3_s1_4_each_no_ends_the_case() {
    let (kind, committee) = (BranchKind::UnderGrassrootsCommittee, Body::BranchCommittee);
    let sup = superior(kind);
    let start = |n: usize| {
        let mut case = new_case(kind, true);
        let steps = [
            (
                committee,
                Action::Flagged {
                    criteria: vec![Criterion::TwoYearsNotCompleted],
                },
            ),
            (committee, Action::DirectionRequested),
            (sup, Action::DirectionGiven { proceed: true }),
            (
                Body::Branch,
                Action::ListingVoted {
                    ballots: None,
                    electorate: Counts::new(10, 1),
                    yes: 6,
                },
            ),
        ];
        for (by, a) in steps.into_iter().take(n) {
            case.apply(event("2025-01-10", by, a)).unwrap();
        }
        case
    };
    let mut c = start(2);
    c.apply(event(
        "2025-01-11",
        sup,
        Action::DirectionGiven { proceed: false },
    ))
    .unwrap();
    assert_eq!(c.state().name(), StateName::NotListed);
    let mut c = start(3);
    let r = c
        .apply(event(
            "2025-01-11",
            Body::Branch,
            Action::ListingVoted {
                ballots: None,
                electorate: Counts::new(10, 1),
                yes: 5,
            },
        ))
        .unwrap();
    assert_eq!(r.after, StateName::NotListed);
    assert_eq!(r.ballot.as_ref().unwrap().votes[0].required, 6);
    let mut c = start(4);
    c.apply(event(
        "2025-01-11",
        sup,
        Action::ListingReviewed { approved: false },
    ))
    .unwrap();
    assert_eq!(c.state().name(), StateName::NotListed);
    assert!(c.next().is_empty());
}

/// S1.1: a case opens with `flagged`, which names at least one criterion.
#[test]
fn s1_1_a_case_opens_with_a_flag_naming_a_criterion() {
    let mut case = new_case(BranchKind::Grassroots, false);
    let by = committee(BranchKind::Grassroots, false);
    assert_eq!(by, Body::BranchSecretary);
    let refused = case
        .apply(event("2025-01-10", by, Action::DirectionRequested))
        .unwrap_err();
    assert_eq!(refused.code(), ErrorCode::WrongState);
    let refused = case
        .apply(event(
            "2025-01-10",
            by,
            Action::Flagged { criteria: vec![] },
        ))
        .unwrap_err();
    assert_eq!(refused.code(), ErrorCode::MissingCriteria);
    case.apply(event(
        "2025-01-10",
        by,
        Action::Flagged {
            criteria: vec![Criterion::Other, Criterion::Other],
        },
    ))
    .unwrap();
    assert_eq!(case.state().name(), StateName::Flagged);
}

/// S2.2: the mentor is never the member, and a committee member only where there is a committee.
#[test]
fn s2_2_the_mentor_is_one_other_member() {
    let mut case = under_monitoring(date("2025-03-01"));
    let me = Mentor {
        id: Id::new("DV-0042").unwrap(),
        role: MentorRole::Member,
    };
    let refused = case
        .apply(event(
            "2025-04-01",
            Body::Branch,
            Action::MentorReassigned { mentor: me },
        ))
        .unwrap_err();
    assert_eq!(refused.code(), ErrorCode::InvalidMentor);
    let mut case = awaiting_mentor(BranchKind::Grassroots, false, date("2025-01-10"));
    let committee_member = Mentor {
        id: Id::new("DV-0007").unwrap(),
        role: MentorRole::CommitteeMember,
    };
    let refused = case
        .apply(event(
            "2025-03-01",
            Body::Branch,
            Action::MentorAssigned {
                mentor: committee_member,
            },
        ))
        .unwrap_err();
    assert_eq!(refused.code(), ErrorCode::InvalidMentor);
}

/// S2.3, S3.4, I3, I4: continued education starts a new cycle counted from the screening
/// meeting; a refused Step 3 decision sends the case back to the same cycle and date.
#[test]
fn s3_4_i3_i4_cycles_count_from_the_right_date() {
    let mut case = under_monitoring(date("2025-03-01"));
    assert_eq!(case.state().screening_from(), Some(date("2026-03-02")));
    let vote = |p, r| Action::ScreeningVoted {
        progress_ballots: None,
        removal_ballots: None,
        electorate: Counts::new(9, 0),
        progress_yes: p,
        removal_yes: r,
    };
    case.apply(event("2026-03-10", Body::Branch, vote(4, 5)))
        .unwrap();
    assert_eq!(case.state().name(), StateName::AwaitingContinuationReview);
    let sup = Body::BlocStandingCommittee;
    case.apply(event(
        "2026-03-20",
        sup,
        Action::DecisionReviewed { approved: false },
    ))
    .unwrap();
    assert_eq!(
        (case.state().cycle(), case.state().screening_from()),
        (1, Some(date("2026-03-02")))
    );
    case.apply(event("2026-03-25", Body::Branch, vote(4, 5)))
        .unwrap();
    case.apply(event(
        "2026-04-20",
        sup,
        Action::DecisionReviewed { approved: true },
    ))
    .unwrap();
    // I3: from the meeting of 2026-03-25, not the approval of 2026-04-20.
    assert_eq!(
        (case.state().cycle(), case.state().screening_from()),
        (2, Some(date("2027-03-26")))
    );
    // The meeting's record says so before the approval: only a continued-education
    // ballot sets a rescreening date, counted from the meeting.
    let rescreening: Vec<_> = case
        .history()
        .iter()
        .map(|r| r.rescreening_from())
        .collect();
    let n = rescreening.len();
    assert_eq!(
        rescreening[n - 4..],
        [
            Some(date("2027-03-11")),
            None,
            Some(date("2027-03-26")),
            None
        ]
    );
    assert!(rescreening[..n - 4].iter().all(Option::is_none));
    let mut progress = under_monitoring(date("2025-03-01"));
    let record = progress
        .apply(event("2026-03-10", Body::Branch, vote(5, 0)))
        .unwrap();
    assert_eq!(
        record.rescreening_from(),
        None,
        "a progress ballot sets none"
    );
}

/// S3.3, I5, A2: a removal proposal goes through the grassroots committee under one,
/// straight to the BTV ĐUK otherwise; not forwarded, it starts a new cycle from the resolution.
#[test]
fn s3_3_i5_a2_removal_proposals_by_branch_kind() {
    let mut case = under_monitoring(date("2025-03-01"));
    let vote = Action::ScreeningVoted {
        progress_ballots: None,
        removal_ballots: None,
        electorate: Counts::new(9, 0),
        progress_yes: 1,
        removal_yes: 6,
    };
    case.apply(event("2026-03-02", Body::Branch, vote.clone()))
        .unwrap();
    assert_eq!(case.state().name(), StateName::ReferredToBloc);
    let refused = case
        .apply(event(
            "2026-03-03",
            Body::GrassrootsCommittee,
            Action::RemovalResolved { forward: true },
        ))
        .unwrap_err();
    assert_eq!(refused.code(), ErrorCode::WrongState);

    let mut case = awaiting_mentor(
        BranchKind::UnderGrassrootsCommittee,
        true,
        date("2025-03-01"),
    );
    let mentor = Mentor {
        id: Id::new("DV-1").unwrap(),
        role: MentorRole::CommitteeMember,
    };
    let g = Body::GrassrootsCommittee;
    case.apply(event(
        "2025-03-01",
        Body::Branch,
        Action::MentorAssigned { mentor },
    ))
    .unwrap();
    case.apply(event("2026-03-02", Body::Branch, vote)).unwrap();
    assert_eq!(case.state().name(), StateName::AwaitingGrassrootsResolution);
    case.apply(event(
        "2026-04-10",
        g,
        Action::RemovalResolved { forward: false },
    ))
    .unwrap();
    assert_eq!(
        (case.state().cycle(), case.state().screening_from()),
        (2, Some(date("2027-04-11")))
    );
}

/// I2: both ballots passing is refused; nothing is recorded and the branch votes again.
#[test]
fn i2_both_ballots_passing_is_refused() {
    let mut case = under_monitoring(date("2025-03-01"));
    let before = case.to_json();
    let both = Action::ScreeningVoted {
        progress_ballots: None,
        removal_ballots: None,
        electorate: Counts::new(9, 0),
        progress_yes: 5,
        removal_yes: 6,
    };
    let refused = case
        .apply(event("2026-03-02", Body::Branch, both))
        .unwrap_err();
    assert_eq!(refused.code(), ErrorCode::ConflictingBallots);
    assert_eq!(case.to_json(), before);
}

/// The error precedence of CASE-FORMAT.md: an event breaking several rules reports the first.
#[test]
fn error_precedence_follows_the_case_format() {
    let mut case = under_monitoring(date("2025-03-01"));
    let bad = |by, day: &str| {
        event(
            day,
            by,
            Action::ScreeningVoted {
                progress_ballots: None,
                removal_ballots: None,
                electorate: Counts::new(1, 2),
                progress_yes: 9,
                removal_yes: 9,
            },
        )
    };
    // wrong_body before date_order before too_early before invalid_electorate.
    assert_eq!(
        case.apply(bad(Body::Member, "2020-01-01"))
            .unwrap_err()
            .code(),
        ErrorCode::WrongBody
    );
    assert_eq!(
        case.apply(bad(Body::Branch, "2020-01-01"))
            .unwrap_err()
            .code(),
        ErrorCode::DateOrder
    );
    assert_eq!(
        case.apply(bad(Body::Branch, "2025-06-01"))
            .unwrap_err()
            .code(),
        ErrorCode::TooEarly
    );
    assert_eq!(
        case.apply(bad(Body::Branch, "2026-06-01"))
            .unwrap_err()
            .code(),
        ErrorCode::InvalidElectorate
    );
    // wrong_state before everything.
    let e = event(
        "2020-01-01",
        Body::Member,
        Action::Flagged { criteria: vec![] },
    );
    assert_eq!(case.apply(e).unwrap_err().code(), ErrorCode::WrongState);
}

/// Concurrent writers: applying at a version that is no longer current is `stale_case`.
#[test]
fn stale_case_when_the_version_moved_on() {
    let mut case = under_monitoring(date("2025-03-01"));
    let v = case.version();
    let m = Mentor {
        id: Id::new("DV-0009").unwrap(),
        role: MentorRole::Member,
    };
    case.apply_at(
        v,
        event(
            "2025-05-01",
            Body::Branch,
            Action::MentorReassigned { mentor: m.clone() },
        ),
    )
    .unwrap();
    let before = case.clone();
    let refused = case
        .apply_at(
            v,
            event(
                "2025-05-02",
                Body::Branch,
                Action::MentorReassigned { mentor: m },
            ),
        )
        .unwrap_err();
    assert_eq!(refused.code(), ErrorCode::StaleCase);
    assert_eq!(case, before);
}

/// The random walks above do reach the removal states (so S4.2/I6's property is not vacuous):
/// over a fixed-seed sample, count the walks that end struck off, expelled, or in each step.
#[test]
fn s4_2_random_walks_reach_every_end() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]),
    );
    let strategy = (any_branch(), prop::collection::vec(choice(), 20..40));
    let mut seen = std::collections::BTreeMap::new();
    for _ in 0..3000 {
        let (branch, choices) = strategy.new_tree(&mut runner).unwrap().current();
        let case = walk(branch, &choices).unwrap();
        *seen.entry(case.state().name()).or_insert(0u32) += 1;
    }
    println!("walks ending in each state: {seen:?}");
    for end in [
        StateName::StruckOff,
        StateName::Expelled,
        StateName::ProgressRecognized,
        StateName::NotListed,
    ] {
        assert!(
            seen.get(&end).copied().unwrap_or(0) > 0,
            "no walk reached {end}: {seen:?}"
        );
    }
}

/// The typed happy path records the same events, by the bodies with authority (A1),
/// as the untyped API, and ends where the table says (S1–S4).
#[test]
fn a1_typed_happy_path_matches_the_state_machine() {
    use screening_core::typed::{ListingVote, Screening, Typed};
    for kind in [BranchKind::Grassroots, BranchKind::UnderGrassrootsCommittee] {
        let case = Typed::new(
            screening_tests::member("DV-0042", MemberStatus::Official),
            screening_tests::branch(kind, false),
        )
        .flag(
            date("2025-01-10"),
            committee(kind, false),
            vec![Criterion::Degradation],
        )
        .unwrap()
        .request_direction(date("2025-01-12"), committee(kind, false))
        .unwrap()
        .proceed(date("2025-01-20"), superior(kind))
        .unwrap();
        let ListingVote::Listed(case) = case
            .vote_listing(date("2025-02-03"), Body::Branch, Counts::new(10, 1), 6)
            .unwrap()
        else {
            panic!("6 of 9 meets T1");
        };
        let mentor = Mentor {
            id: Id::new("DV-0007").unwrap(),
            role: MentorRole::Member,
        };
        let case = case
            .approve(date("2025-02-10"), superior(kind))
            .unwrap()
            .notify(date("2025-02-14"), committee(kind, false))
            .unwrap()
            .submit_self_criticism(date("2025-02-24"), Body::Member)
            .unwrap()
            .assign_mentor(date("2025-03-01"), Body::Branch, mentor)
            .unwrap();
        let rejected = case
            .vote_screening(date("2026-03-01"), Body::Branch, Counts::new(10, 1), 0, 6)
            .unwrap_err();
        assert_eq!(rejected.refusal.code(), ErrorCode::TooEarly);
        let referred = match rejected
            .case
            .vote_screening(date("2026-03-02"), Body::Branch, Counts::new(10, 1), 0, 6)
            .unwrap()
        {
            Screening::ToBloc(c) => {
                assert_eq!(kind, BranchKind::Grassroots);
                c
            }
            Screening::ToGrassrootsCommittee(c) => {
                assert_eq!(kind, BranchKind::UnderGrassrootsCommittee);
                c.forward(date("2026-03-10"), Body::GrassrootsCommittee)
                    .unwrap()
            }
            other => panic!("removal meets T1, got {other:?}"),
        };
        let done = referred
            .order_verification(date("2026-03-20"), Body::BlocStandingCommittee)
            .unwrap()
            .conclude(date("2026-04-20"), Body::BlocInspectionCommittee, true)
            .unwrap()
            .strike_off(date("2026-05-04"), Body::BlocStandingCommittee)
            .unwrap();
        let done = done.into_case();
        assert_eq!(done.state().name(), StateName::StruckOff);
        assert!(done.events().iter().all(|e| {
            e.event_type()
                .transition()
                .bodies(done.branch())
                .contains(&e.by)
        }));
        assert_eq!(Case::replay(done.to_file()).unwrap(), done);
    }
}

/// S2.1: once the list is approved the committee tells the member, and only the member
/// writes the self-criticism; in that order.
#[test]
fn s2_1_the_committee_notifies_then_the_member_writes_the_self_criticism() {
    let kind = BranchKind::UnderGrassrootsCommittee;
    let mut case = awaiting_mentor(kind, false, date("2025-01-10"));
    let events = case.to_file().events;
    let (notified, criticism) = (&events[5], &events[6]);
    assert_eq!(
        (notified.event_type(), notified.by),
        (EventType::MemberNotified, Body::BranchSecretary)
    );
    assert_eq!(
        (criticism.event_type(), criticism.by),
        (EventType::SelfCriticismSubmitted, Body::Member)
    );
    // Replayed up to the approval, the self-criticism cannot come before the notification,
    // and nobody but the member may submit it.
    case = Case::replay(CaseFile {
        events: events[..5].to_vec(),
        ..case.to_file()
    })
    .unwrap();
    assert_eq!(case.state().name(), StateName::Listed);
    let early = event("2025-01-11", Body::Member, Action::SelfCriticismSubmitted);
    assert_eq!(case.apply(early).unwrap_err().code(), ErrorCode::WrongState);
    case.apply(event(
        "2025-01-11",
        Body::BranchSecretary,
        Action::MemberNotified,
    ))
    .unwrap();
    for by in [
        Body::BranchSecretary,
        Body::Branch,
        Body::GrassrootsCommittee,
    ] {
        let e = event("2025-01-12", by, Action::SelfCriticismSubmitted);
        assert_eq!(case.apply(e).unwrap_err().code(), ErrorCode::WrongBody);
    }
    case.apply(event(
        "2025-01-12",
        Body::Member,
        Action::SelfCriticismSubmitted,
    ))
    .unwrap();
    assert_eq!(case.state().name(), StateName::AwaitingMentor);
}

/// E6 at its edges, over every small count: a tellers' count adds up exactly when
/// `issued ≤ E`, `returned ≤ issued`, `invalid ≤ returned` and `yes ≤ returned −
/// invalid` (equality allowed everywhere: every voter may get a ballot, every ballot
/// may come back, all may be invalid), and the problem named is the first that fails.
#[test]
fn e6_tellers_count_edges_over_every_small_count() {
    for e in 0u32..4 {
        for (issued, returned, invalid, yes) in (0u32..5).flat_map(|i| {
            (0u32..5).flat_map(move |r| {
                (0u32..5).flat_map(move |v| (0u32..5).map(move |y| (i, r, v, y)))
            })
        }) {
            let b = TellersCount::new(issued, returned, invalid);
            let spec = issued <= e
                && returned <= issued
                && invalid <= returned
                && yes + invalid <= returned;
            assert_eq!(b.adds_up(yes, e), spec, "{b:?} yes {yes} E {e}");
            let problem = TallyProblem::of(Tally::yes(yes).counted(b), e);
            let want = if yes > e {
                Some(TallyProblem::YesAboveElectorate)
            } else if issued > e {
                Some(TallyProblem::IssuedAboveElectorate)
            } else if returned > issued {
                Some(TallyProblem::ReturnedAboveIssued)
            } else if invalid > returned {
                Some(TallyProblem::InvalidAboveReturned)
            } else if yes + invalid > returned {
                Some(TallyProblem::YesAboveValid)
            } else {
                None
            };
            assert_eq!(problem, want, "{b:?} yes {yes} E {e}");
            assert_eq!(problem.is_none(), spec, "{b:?} yes {yes} E {e}");
        }
    }
}
