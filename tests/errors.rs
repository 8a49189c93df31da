//! Refusals and error reports: every refusal's code and its messages in both
//! languages, the general messages of the codes, and the report of a refused replay.

use screening_core::*;
use screening_tests::{branch, event, flagged, member, monitored, new_case, screening};

fn official() -> Member {
    member("DV-0042", MemberStatus::Official)
}

/// Every kind of refusal, produced by a real event, with its code.
fn refusals() -> Vec<(Refusal, ErrorCode)> {
    let mut v = Vec::new();
    let mut refuse = |case: &mut Case, e: Event, code: ErrorCode| {
        let before = case.clone();
        let r = case.apply(e).unwrap_err();
        assert_eq!(*case, before);
        v.push((r, code));
    };
    let mut c = new_case(BranchKind::UnderGrassrootsCommittee, true);
    refuse(
        &mut c,
        event(
            "2025-01-10",
            Body::BranchCommittee,
            Action::DirectionRequested,
        ),
        ErrorCode::WrongState,
    );
    refuse(
        &mut c,
        flagged("2025-01-10", Body::Branch),
        ErrorCode::WrongBody,
    );
    refuse(
        &mut c,
        event(
            "2025-01-10",
            Body::BranchCommittee,
            Action::Flagged { criteria: vec![] },
        ),
        ErrorCode::MissingCriteria,
    );
    c.apply(flagged("2025-01-10", Body::BranchCommittee))
        .unwrap();
    refuse(
        &mut c,
        event(
            "2025-01-09",
            Body::BranchCommittee,
            Action::DirectionRequested,
        ),
        ErrorCode::DateOrder,
    );
    // A grassroots branch without a committee: its secretary acts, the BTV ĐUK is the superior.
    let mut m = monitored();
    refuse(
        &mut m,
        screening("2025-03-01", Counts::new(3, 0), 0, 0),
        ErrorCode::TooEarly,
    );
    refuse(
        &mut m,
        screening("2025-03-02", Counts::new(1, 2), 0, 0),
        ErrorCode::InvalidElectorate,
    );
    refuse(
        &mut m,
        screening("2025-03-02", Counts::new(3, 0), 4, 0),
        ErrorCode::InvalidTally,
    );
    refuse(
        &mut m,
        screening("2025-03-02", Counts::new(3, 0), 2, 2),
        ErrorCode::ConflictingBallots,
    );
    for (id, role) in [
        ("DV-0042", MentorRole::Member),
        ("DV-0008", MentorRole::CommitteeMember),
    ] {
        let mut nc = Case::new(official(), branch(BranchKind::Grassroots, false));
        // Only the member case of the branch without a committee can show both problems.
        let secretary = Body::BranchSecretary;
        let bloc = Body::BlocStandingCommittee;
        for e in [
            flagged("2024-01-10", secretary),
            event("2024-01-11", secretary, Action::DirectionRequested),
            event("2024-01-12", bloc, Action::DirectionGiven { proceed: true }),
            event(
                "2024-01-13",
                Body::Branch,
                Action::ListingVoted {
                    electorate: Counts::new(3, 0),
                    yes: 3,
                    ballots: None,
                },
            ),
            event(
                "2024-01-14",
                bloc,
                Action::ListingReviewed { approved: true },
            ),
            event("2024-01-15", secretary, Action::MemberNotified),
            event("2024-01-16", Body::Member, Action::SelfCriticismSubmitted),
        ] {
            nc.apply(e).unwrap();
        }
        refuse(
            &mut nc,
            event(
                "2024-03-01",
                Body::Branch,
                Action::MentorAssigned {
                    mentor: Mentor {
                        id: Id::new(id).unwrap(),
                        role,
                    },
                },
            ),
            ErrorCode::InvalidMentor,
        );
    }
    // Step 4 without confirmed violations, and expulsion of a probationary member.
    let bloc = Body::BlocStandingCommittee;
    let mut s4 = monitored();
    s4.apply(screening("2025-03-02", Counts::new(3, 0), 0, 2))
        .unwrap();
    s4.apply(event("2025-03-03", bloc, Action::VerificationOrdered))
        .unwrap();
    let mut not_confirmed = s4.clone();
    not_confirmed
        .apply(event(
            "2025-03-04",
            Body::BlocInspectionCommittee,
            Action::VerificationConcluded {
                violations_confirmed: false,
            },
        ))
        .unwrap();
    refuse(
        &mut not_confirmed,
        event(
            "2025-03-05",
            bloc,
            Action::RemovalDecided {
                outcome: RemovalOutcome::StruckOff,
            },
        ),
        ErrorCode::InvalidOutcome,
    );
    s4.apply(event(
        "2025-03-04",
        Body::BlocInspectionCommittee,
        Action::VerificationConcluded {
            violations_confirmed: true,
        },
    ))
    .unwrap();
    s4.set_member_status(MemberStatus::Probationary);
    assert_eq!(s4.member().status, MemberStatus::Probationary);
    refuse(
        &mut s4,
        event(
            "2025-03-05",
            bloc,
            Action::RemovalDecided {
                outcome: RemovalOutcome::Expelled,
            },
        ),
        ErrorCode::InvalidOutcome,
    );
    let mut stale = monitored();
    let version = stale.version();
    refuse_stale(&mut stale, version, &mut v);
    v
}

fn refuse_stale(c: &mut Case, version: usize, v: &mut Vec<(Refusal, ErrorCode)>) {
    let before = c.clone();
    let r = c
        .apply_at(
            version - 1,
            screening("2025-03-02", Counts::new(3, 0), 0, 0),
        )
        .unwrap_err();
    assert_eq!(*c, before);
    assert_eq!(
        r,
        Refusal::StaleCase {
            expected: version - 1,
            actual: version
        }
    );
    v.push((r, ErrorCode::StaleCase));
}

#[test]
fn every_refusal_has_its_code_and_a_message_in_each_language() {
    let all = refusals();
    let codes: std::collections::BTreeSet<ErrorCode> = all.iter().map(|(_, c)| *c).collect();
    // Every code an event can get: all but the two file-reading codes and `internal`.
    let by_events = ErrorCode::ALL
        .iter()
        .filter(|c| !c.is_format() && **c != ErrorCode::Internal);
    assert_eq!(codes.len(), by_events.count());
    for (r, code) in &all {
        assert_eq!(r.code(), *code);
        let m = r.messages();
        assert_eq!(m.get(Lang::Vi), r.message(Lang::Vi));
        assert_eq!(m.get(Lang::En), r.message(Lang::En));
        assert_eq!(r.message(Lang::En), r.to_string());
        assert_ne!(m.vi, m.en, "{code}: the two languages differ");
        assert!(!m.vi.is_empty() && !m.en.is_empty());
    }
}

#[test]
fn refusal_messages_name_their_rule_and_numbers() {
    let all = refusals();
    let find = |code: ErrorCode| -> Vec<&Refusal> {
        all.iter()
            .filter(|(_, c)| *c == code)
            .map(|(r, _)| r)
            .collect()
    };
    let vi = |r: &Refusal| r.message(Lang::Vi);
    let early = find(ErrorCode::TooEarly)[0];
    assert!(vi(early).contains("ngày 01/3/2025") && vi(early).contains("từ ngày 02/3/2025"));
    assert!(vi(early).ends_with("(D2)"));
    let order = find(ErrorCode::DateOrder)[0];
    assert!(vi(order).contains("ngày 09/01/2025") && vi(order).contains("ngày 10/01/2025"));
    assert!(vi(order).ends_with("(D1)"));
    let body = find(ErrorCode::WrongBody)[0];
    assert_eq!(
        body.message(Lang::En),
        "“Reviewed against the criteria and put on the draft list” may be recorded only by Branch committee, not by Party branch (A1)"
    );
    let closing = Refusal::WrongBody {
        event: EventType::CaseClosed,
        by: Body::Branch,
        allowed: &[Body::GrassrootsCommittee, Body::BlocStandingCommittee],
    };
    assert!(
        closing.message(Lang::En).contains(
            "only by Grassroots party committee or Standing Committee of the Bloc Party Committee, not by Party branch"
        )
    );
    assert!(
        vi(body).contains("Chi ủy") && vi(body).contains("Chi bộ") && vi(body).ends_with("(A1)")
    );
    let state = find(ErrorCode::WrongState)[0];
    assert!(vi(state).contains(StateName::New.label(Lang::Vi)));
    assert!(vi(find(ErrorCode::MissingCriteria)[0]).contains("(S1.1)"));
    let mentors = find(ErrorCode::InvalidMentor);
    assert_eq!(mentors.len(), 2);
    assert!(vi(mentors[0]).contains("DV-0042") && vi(mentors[0]).contains("chính đồng chí"));
    assert!(vi(mentors[1]).contains("DV-0008") && vi(mentors[1]).contains("không có chi ủy"));
    assert!(mentors[1].message(Lang::En).contains("has no committee"));
    let electorate = find(ErrorCode::InvalidElectorate)[0];
    assert!(
        vi(electorate).contains("(E4)")
            && vi(electorate).contains("1 đảng viên chính thức, 2 đảng viên được miễn")
    );
    let tally = find(ErrorCode::InvalidTally)[0];
    assert!(
        vi(tally).contains("(E4)")
            && vi(tally).contains("4 phiếu đồng ý")
            && vi(tally).contains("(3)")
    );
    let conflict = find(ErrorCode::ConflictingBallots)[0];
    assert!(vi(conflict).contains("2/3") && vi(conflict).ends_with("(I2)"));
    let outcomes = find(ErrorCode::InvalidOutcome);
    assert!(vi(outcomes[0]).contains("Ủy ban Kiểm tra") && vi(outcomes[0]).contains("(I6)"));
    assert!(
        vi(outcomes[1]).contains("dự bị") && outcomes[1].message(Lang::En).contains("probationary")
    );
    let stale = find(ErrorCode::StaleCase)[0];
    assert!(vi(stale).contains('8') && vi(stale).contains('7'));
    if let Refusal::Ballot(b) = conflict {
        assert_eq!(b.messages().get(Lang::Vi), vi(conflict));
        assert_eq!(b.message(Lang::En), b.to_string());
    } else {
        panic!("conflicting_ballots is a ballot error");
    }
}

#[test]
fn error_codes_have_general_messages_in_both_languages() {
    for code in ErrorCode::ALL {
        let m = code.messages();
        assert_eq!(m.vi, code.label(Lang::Vi));
        assert_eq!(m.en, code.label(Lang::En));
        assert_eq!(code.to_string(), code.code());
        assert_eq!(code.code().parse::<ErrorCode>(), Ok(*code));
        assert_eq!(
            code.is_format(),
            matches!(code, ErrorCode::Malformed | ErrorCode::UnsupportedFormat)
        );
    }
}

#[test]
fn a_refused_replay_reports_the_index_the_state_and_the_case_before_it() {
    let mut c = new_case(BranchKind::Grassroots, true);
    c.apply(flagged("2025-01-10", Body::BranchCommittee))
        .unwrap();
    let mut file = c.to_file();
    file.events.push(event(
        "2025-01-09",
        Body::BranchCommittee,
        Action::DirectionRequested,
    ));
    file.events.push(event(
        "2025-01-11",
        Body::BranchCommittee,
        Action::DirectionRequested,
    ));
    let text = file.to_json();
    let err = replay(&text).unwrap_err();
    assert_eq!(err.code(), ErrorCode::DateOrder);
    let report = ErrorReport::from(&err);
    assert_eq!(report.error, ErrorCode::DateOrder);
    assert_eq!(report.at, Some(1));
    assert_eq!(report.state, Some(StateName::Flagged));
    let inner = report.report.as_ref().unwrap();
    assert_eq!(inner.version, 1);
    assert_eq!(inner.state, StateName::Flagged);
    assert!(report.message.en.contains("(D1)"));
    let m = err.messages();
    assert!(
        m.vi.starts_with("Sự kiện số 2 (ghi nhận ngày 09/01/2025) không được ghi nhận: "),
        "{}",
        m.vi
    );
    assert!(
        m.en.starts_with("Event 2 (dated 9 January 2025) refused: "),
        "{}",
        m.en
    );
    match &err {
        ReplayError::Refused(r) => {
            assert_eq!(r.at, 1);
            assert_eq!(r.unapplied.len(), 2);
            assert_eq!(r.state(), StateName::Flagged);
        }
        ReplayError::Format(_) => panic!("a readable file"),
    }

    // A file that cannot be read: no index, no state, no report.
    let bad = replay("{\"format\": 2}").unwrap_err();
    assert_eq!(bad.code(), ErrorCode::UnsupportedFormat);
    let report = ErrorReport::from(&bad);
    assert_eq!((report.at, report.state), (None, None));
    assert!(report.report.is_none());
    assert_eq!(report.message, bad.messages());
    assert!(bad.message(Lang::Vi).contains("không được hỗ trợ"));
    let malformed = replay("[]").unwrap_err();
    assert_eq!(malformed.code(), ErrorCode::Malformed);
    assert!(
        malformed
            .message(Lang::Vi)
            .starts_with("Hồ sơ không đúng định dạng")
    );
}

/// The error report of one refused event carries what the report of a refused
/// replay carries: the code, the index the event would have had, the state the case
/// stays in, the messages (the bodies as the branch names them) and the case's report.
#[test]
fn a_refused_event_reports_its_index_state_messages_and_the_case() {
    let case = monitored();
    let early = screening("2025-03-01", Counts::new(3, 0), 2, 0);
    let refusal = case.check(&early).unwrap_err();
    let report = ErrorReport::refused(&case, &refusal);
    assert_eq!(report.error, ErrorCode::TooEarly);
    assert_eq!(report.at, Some(case.version()));
    assert_eq!(report.state, Some(StateName::UnderMonitoring));
    assert_eq!(report.message, refusal.messages_for(case.branch()));
    assert_eq!(report.report.as_deref(), Some(&case.report()));
    // The same fields as the replay of the case's file with the event appended.
    let mut file = case.to_file();
    file.events.push(early);
    let replayed = ErrorReport::from(&Case::from_json(&file.to_json()).unwrap_err());
    assert_eq!(
        (replayed.error, replayed.at, replayed.state, replayed.report),
        (report.error, report.at, report.state, report.report)
    );
    let json: serde_json::Value =
        serde_json::from_str(&ErrorReport::refused(&case, &refusal).to_json()).unwrap();
    let mut keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(keys, ["at", "error", "message", "report", "state"]);
}

/// Ballot, format and internal errors carry only their code and messages.
#[test]
fn ballot_format_and_internal_errors_carry_their_code_and_messages() {
    let ballot = decide_listing(Counts::new(1, 2), 0).unwrap_err();
    let report = ErrorReport::ballot(&ballot);
    assert_eq!(report, ErrorReport::from(&ballot));
    assert_eq!(
        (report.error, report.at, report.state),
        (ErrorCode::InvalidElectorate, None, None)
    );
    assert_eq!(report.message, ballot.messages());
    assert!(report.report.is_none());
    let format = CaseFile::from_json("[]").unwrap_err();
    let report = ErrorReport::format(&format);
    assert_eq!(report, ErrorReport::from(&format));
    assert_eq!(report.error, ErrorCode::Malformed);
    assert_eq!(report.message, format.messages());
    let internal = ErrorReport::internal("index out of bounds");
    assert_eq!(internal.error, ErrorCode::Internal);
    assert_eq!(internal.error.code(), "internal");
    assert!(
        internal
            .message
            .vi
            .starts_with("Lỗi nội bộ của thư viện; không có gì bị thay đổi: ")
    );
    assert!(
        internal
            .message
            .en
            .ends_with("nothing was changed: index out of bounds")
    );
    assert_eq!(
        ErrorReport::internal("").message.en,
        "internal error in the library; nothing was changed"
    );
    assert_eq!(
        internal.to_json(),
        r#"{"error":"internal","message":{"vi":"Lỗi nội bộ của thư viện; không có gì bị thay đổi: index out of bounds","en":"internal error in the library; nothing was changed: index out of bounds"}}"#
    );
}
