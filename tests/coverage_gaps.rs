//! What the vectors, the property tests and the model check leave unexercised:
//! every refusal's messages in both languages, the error report of a refused
//! replay, the batch functions' length checks, the vocabularies' readers and
//! the serde entry points. Each test checks what the code says, not just that it runs.

use screening_core::batch::{
    ElectorateColumns, decide_listing_batch, decide_screening_batch, listing_code,
};
use screening_core::*;
use screening_tests::{date, event, new_case};

fn official() -> Member {
    Member {
        id: Id::new("DV-0042").unwrap(),
        status: MemberStatus::Official,
    }
}

fn branch(kind: BranchKind, has_committee: bool) -> Branch {
    Branch::new(Id::new("CB-07").unwrap(), kind, has_committee)
}

fn flagged(day: &str, by: Body) -> Event {
    event(
        day,
        by,
        Action::Flagged {
            criteria: vec![Criterion::Degradation],
        },
    )
}

/// A case of a grassroots branch with a committee, under monitoring from
/// 2024-03-01 (screening from 2025-03-02).
fn monitored() -> Case {
    let mut c = Case::new(official(), branch(BranchKind::Grassroots, true));
    let bloc = Body::BlocStandingCommittee;
    let steps = [
        flagged("2024-01-10", Body::BranchCommittee),
        event(
            "2024-01-11",
            Body::BranchCommittee,
            Action::DirectionRequested,
        ),
        event("2024-01-12", bloc, Action::DirectionGiven { proceed: true }),
        event(
            "2024-01-13",
            Body::Branch,
            Action::ListingVoted {
                electorate: Counts::new(3, 0),
                yes: 2,
                ballots: None,
            },
        ),
        event(
            "2024-01-14",
            bloc,
            Action::ListingReviewed { approved: true },
        ),
        event("2024-01-15", Body::BranchCommittee, Action::MemberNotified),
        event("2024-01-16", Body::Member, Action::SelfCriticismSubmitted),
        event(
            "2024-03-01",
            Body::Branch,
            Action::MentorAssigned {
                mentor: Mentor {
                    id: Id::new("DV-0007").unwrap(),
                    role: MentorRole::Member,
                },
            },
        ),
    ];
    for e in steps {
        c.apply(e).unwrap();
    }
    assert_eq!(c.state().screening_from(), Some(date("2025-03-02")));
    c
}

fn screening(day: &str, electorate: Counts, p: u32, r: u32) -> Event {
    event(
        day,
        Body::Branch,
        Action::ScreeningVoted {
            electorate,
            progress_yes: p,
            removal_yes: r,
            progress_ballots: None,
            removal_ballots: None,
        },
    )
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
    // Every code an event can get (all but the two file-reading codes).
    assert_eq!(codes.len(), ErrorCode::ALL.len() - 2);
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

#[test]
fn case_files_read_and_write_through_every_entry_point() {
    let c = monitored();
    // Pretty and compact JSON read back to the same file and case.
    let file = c.to_file();
    assert_eq!(CaseFile::from_json(&file.to_json_pretty()).unwrap(), file);
    assert_eq!(Case::from_json(&c.to_json_pretty()).unwrap(), c);
    assert!(c.to_json_pretty().contains("\n  \"member\""));
    let wrong_format = CaseFile::from_json(
        &file
            .to_json()
            .replace("screening-case/1", "screening-case/2"),
    );
    assert!(
        wrong_format
            .unwrap_err()
            .to_string()
            .contains("screening-case/2")
    );
    // Events that are not a list, an event that is not an object, a date that is not a string.
    let not_a_list = CaseFile::from_json(
        r#"{"format":"screening-case/1","member":{"id":"a","status":"official"},"branch":{"id":"b","kind":"grassroots","has_committee":true},"events":{}}"#,
    );
    assert_eq!(
        not_a_list.unwrap_err().to_string(),
        "malformed case file: events: expected an array, found an object"
    );
    let not_an_object = CaseFile::from_json(
        r#"{"format":"screening-case/1","member":{"id":"a","status":"official"},"branch":{"id":"b","kind":"grassroots","has_committee":true},"events":[1]}"#,
    );
    assert_eq!(
        not_an_object.unwrap_err().to_string(),
        "malformed case file: events[0]: expected an object, found a number"
    );
    let duplicate_format =
        CaseFile::from_json(r#"{"format":"screening-case/1","format":"screening-case/1"}"#);
    assert!(
        matches!(&duplicate_format, Err(FormatError::Malformed(m)) if m.to_string().contains("the key “format” is written twice")),
        "{duplicate_format:?}"
    );
    // One event on its own.
    let e = &c.events()[7];
    assert_eq!(Event::from_json(&e.to_json()).unwrap(), *e);
    let bad_date =
        Event::from_json(r#"{"type":"member_notified","date":20250101,"by":"branch_committee"}"#);
    assert_eq!(
        bad_date.unwrap_err().to_string(),
        "malformed case file: event.date: expected a string, found a number"
    );
    let bad_code = Event::from_json(r#"{"type":7,"date":"2025-01-01","by":"branch_committee"}"#);
    assert_eq!(
        bad_code.unwrap_err().to_string(),
        "malformed case file: event.type: expected a string, found a number"
    );
    // The payload fields of each type (CASE-FORMAT.md, "Events"): required,
    // refused twice or on another type, and named in each error.
    let spec: [(EventType, &[&str]); 16] = [
        (EventType::Flagged, &["criteria"]),
        (EventType::DirectionRequested, &[]),
        (EventType::DirectionGiven, &["proceed"]),
        (EventType::ListingVoted, &["electorate", "yes", "ballots"]),
        (EventType::ListingReviewed, &["approved"]),
        (EventType::MemberNotified, &[]),
        (EventType::SelfCriticismSubmitted, &[]),
        (EventType::MentorAssigned, &["mentor"]),
        (EventType::MentorReassigned, &["mentor"]),
        (
            EventType::ScreeningVoted,
            &[
                "electorate",
                "progress_yes",
                "removal_yes",
                "progress_ballots",
                "removal_ballots",
            ],
        ),
        (EventType::DecisionReviewed, &["approved"]),
        (EventType::RemovalResolved, &["forward"]),
        (EventType::VerificationOrdered, &[]),
        (EventType::VerificationConcluded, &["violations_confirmed"]),
        (EventType::RemovalDecided, &["outcome"]),
        (EventType::CaseClosed, &["reason"]),
    ];
    let value = |field: &str| match field {
        "criteria" => r#"["other"]"#,
        "electorate" => r#"{"official":1,"exempt":0}"#,
        "mentor" => r#"{"id":"DV-1","role":"member"}"#,
        "outcome" => r#""struck_off""#,
        "reason" => r#""other""#,
        "ballots" | "progress_ballots" | "removal_ballots" => {
            r#"{"issued":1,"returned":1,"invalid":0}"#
        }
        "yes" | "progress_yes" | "removal_yes" => "1",
        _ => "true",
    };
    let head = |ty: EventType| format!(r#""type":"{ty}","date":"2025-01-01","by":"branch""#);
    for (ty, fields) in spec {
        assert_eq!(ty.payload_fields().collect::<Vec<_>>(), fields, "{ty}");
        let all: Vec<String> = fields
            .iter()
            .map(|f| format!(r#""{f}":{}"#, value(f)))
            .collect();
        let full = format!("{{{},{}}}", head(ty), all.join(",")).replace(",}", "}");
        assert!(Event::from_json(&full).is_ok(), "{full}");
        for (i, field) in fields.iter().enumerate() {
            let twice = format!(
                r#"{{{},"{field}":{v},"{field}":{v}}}"#,
                head(ty),
                v = value(field)
            );
            let err = Event::from_json(&twice).unwrap_err().to_string();
            assert!(
                err.contains(&format!("the key “{field}” is written twice")),
                "{twice}: {err}"
            );
            if field.ends_with("ballots") {
                continue; // the tellers' counts are optional (E6)
            }
            let mut missing = all.clone();
            missing.remove(i);
            let text = format!("{{{},{}}}", head(ty), missing.join(",")).replace(",}", "}");
            let err = Event::from_json(&text).unwrap_err().to_string();
            assert!(
                err.contains(&format!("the required field “{field}” is missing")),
                "{text}: {err}"
            );
        }
        let stray = if fields.contains(&"reason") {
            "forward"
        } else {
            "reason"
        };
        let text = format!(r#"{{{},"{stray}":{}}}"#, head(ty), value(stray));
        let err = Event::from_json(&text).unwrap_err().to_string();
        assert!(
            err.contains(&format!(
                "the field “{stray}” does not belong to a “{ty}” event"
            )),
            "{text}: {err}"
        );
    }
    // The report's JSON.
    let report = c.report();
    let json: serde_json::Value = serde_json::from_str(&report.to_json()).unwrap();
    assert_eq!(json["state"], "under_monitoring");
    assert_eq!(json["screening_from"], "2025-03-02");
    assert_eq!(json["history"][3]["ballot"]["outcome"], "listed");
    assert!(
        json["history"][3]["ballot"]["explanation"]["vi"]
            .as_str()
            .unwrap()
            .contains("2/3")
    );
}

#[test]
fn vocabularies_read_their_codes_and_refuse_others() {
    for lang in Lang::ALL {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
        assert_eq!(lang.to_string(), lang.code());
    }
    assert_eq!(Lang::from_code("fr"), None);
    let err = "nobody".parse::<Body>().unwrap_err();
    assert_eq!(err.what, "Body");
    assert_eq!(err.code, "nobody");
    assert_eq!(err.expected.len(), Body::ALL.len());
    assert!(err.to_string().contains("unknown Body `nobody`"));
    for body in Body::ALL {
        assert_eq!(body.code().parse::<Body>(), Ok(*body));
    }
}

#[test]
fn a1_every_authority_names_its_bodies() {
    let under = branch(BranchKind::UnderGrassrootsCommittee, true);
    let grassroots = branch(BranchKind::Grassroots, false);
    for body in Body::ALL {
        let only = Authority::Only(*body);
        assert_eq!(only.bodies(&under), &[*body]);
        assert_eq!(only.bodies(&grassroots), &[*body]);
        assert!(only.allows(*body, &under));
        for lang in Lang::ALL {
            assert_eq!(only.describe(lang), body.label(lang));
        }
    }
    assert_eq!(
        Authority::SuperiorOrBloc.bodies(&under),
        &[Body::GrassrootsCommittee, Body::BlocStandingCommittee]
    );
    assert_eq!(
        Authority::Committee.bodies(&grassroots),
        &[Body::BranchSecretary]
    );
    for (a, vi, en) in [
        (
            Authority::Committee,
            "Chi ủy (bí thư chi bộ nơi không có chi ủy)",
            "the committee (the secretary where there is none)",
        ),
        (
            Authority::Superior,
            "Cấp ủy cấp trên trực tiếp",
            "the immediate superior committee",
        ),
        (
            Authority::SuperiorOrBloc,
            "Cấp ủy cấp trên trực tiếp hoặc Ban Thường vụ Đảng ủy Khối",
            "the immediate superior committee or the Standing Committee of the Bloc Party Committee",
        ),
    ] {
        assert_eq!(a.describe(Lang::Vi), vi);
        assert_eq!(a.describe(Lang::En), en);
    }
}

#[test]
fn batches_refuse_mismatched_lengths_and_read_exempt_attending() {
    let mut out = [0u8; 2];
    // With exempt_attending: E = 4 − 2 + 1 = 3; 2 yes meet T1, 1 does not.
    let columns = ElectorateColumns {
        official: &[4, 4],
        exempt: &[2, 2],
        exempt_attending: Some(&[1, 1]),
        excluded: None,
    };
    decide_listing_batch(columns, &[2, 1], &mut out).unwrap();
    let c = Counts::new(4, 2).attending(1);
    assert_eq!(out, [listing_code(c, 2), listing_code(c, 1)]);
    assert_eq!(out[0], screening_core::batch::outcome_code(Outcome::Listed));
    assert_eq!(
        out[1],
        screening_core::batch::outcome_code(Outcome::NotListed)
    );
    let short = ElectorateColumns {
        official: &[4],
        exempt: &[2, 2],
        ..ElectorateColumns::default()
    };
    let e = decide_listing_batch(short, &[2, 1], &mut out).unwrap_err();
    assert_eq!(e.lengths, [("official", 1), ("exempt", 2), ("yes", 2)]);
    let columns = ElectorateColumns {
        official: &[4, 4],
        exempt: &[0, 0],
        ..ElectorateColumns::default()
    };
    let e = decide_screening_batch(columns, &[1], &[1, 1], &mut out).unwrap_err();
    assert_eq!(e.lengths[2], ("progress_yes", 1));
    assert_eq!(e.lengths.len(), 4);
}

mod typed_api {
    use screening_core::typed::{ListingVote, Screening, Typed, states};
    use screening_core::*;
    use screening_tests::date;

    fn start(kind: BranchKind) -> Typed<states::AwaitingDirection> {
        let member = super::official();
        Typed::new(member, super::branch(kind, true))
            .flag(date("2024-01-10"), vec![Criterion::Other])
            .unwrap()
            .request_direction(date("2024-01-11"))
            .unwrap()
    }

    fn monitored(kind: BranchKind) -> Typed<states::UnderMonitoring> {
        let ListingVote::Listed(c) = start(kind)
            .proceed(date("2024-01-12"))
            .unwrap()
            .vote_listing(date("2024-01-13"), Counts::new(3, 0), 2)
            .unwrap()
        else {
            panic!("2 of 3 meets T1");
        };
        let c = c
            .approve(date("2024-01-14"))
            .unwrap()
            .notify(date("2024-01-15"))
            .unwrap()
            .submit_self_criticism(date("2024-01-16"))
            .unwrap()
            .assign_mentor(date("2024-03-01"), mentor("DV-0007"))
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

    fn name<S>(c: &Typed<S>) -> StateName {
        c.case().state().name()
    }

    const E3: Counts = Counts::new(3, 0);

    /// S1.2–S1.4: each "no" of step 1 ends the case `not_listed`.
    #[test]
    fn s1_typed_each_no_ends_the_case() {
        let stopped = start(BranchKind::Grassroots)
            .stop(date("2024-01-12"))
            .unwrap();
        assert_eq!(stopped.state().name(), StateName::NotListed);
        let voting = start(BranchKind::Grassroots)
            .proceed(date("2024-01-12"))
            .unwrap();
        let ListingVote::NotListed(c) = voting.vote_listing(date("2024-01-13"), E3, 1).unwrap()
        else {
            panic!("1 of 3 is below T1");
        };
        assert_eq!(c.state().name(), StateName::NotListed);
        let voting = start(BranchKind::Grassroots)
            .proceed(date("2024-01-12"))
            .unwrap();
        let ListingVote::Listed(review) = voting.vote_listing(date("2024-01-13"), E3, 3).unwrap()
        else {
            panic!("3 of 3 meets T1");
        };
        let refused = review.refuse(date("2024-01-14")).unwrap();
        assert_eq!(refused.state().name(), StateName::NotListed);
    }

    /// S3.2, S3.4, I3, I4, S2.2: reviews of step 3 and a new mentor.
    #[test]
    fn s3_typed_reviews_approve_and_refuse() {
        let c = monitored(BranchKind::Grassroots)
            .reassign_mentor(date("2024-06-01"), mentor("DV-0008"))
            .unwrap();
        assert_eq!(c.case().state().mentor().unwrap().id.as_str(), "DV-0008");
        // Too early (D2): the typed case comes back unchanged.
        let rejected = c.vote_screening(date("2025-03-01"), E3, 0, 0).unwrap_err();
        assert_eq!(rejected.refusal.code(), ErrorCode::TooEarly);
        let c = rejected.case;
        assert_eq!(c.case().version(), 9);
        let Screening::Progress(p) = c.vote_screening(date("2025-03-02"), E3, 2, 0).unwrap() else {
            panic!("2 of 3 meets T2");
        };
        let c = p.refuse(date("2025-03-03")).unwrap();
        assert_eq!(name(&c), StateName::UnderMonitoring);
        assert_eq!(
            c.screening_from(),
            Some(date("2025-03-02")),
            "I4: same cycle"
        );
        let Screening::Continue(k) = c.vote_screening(date("2025-03-04"), E3, 1, 1).unwrap() else {
            panic!("neither passes");
        };
        let c = k.refuse(date("2025-03-05")).unwrap();
        assert_eq!(c.case().state().cycle(), 1);
        let Screening::Continue(k) = c.vote_screening(date("2025-03-06"), E3, 0, 0).unwrap() else {
            panic!("neither passes");
        };
        let c = k.approve(date("2025-04-01")).unwrap();
        assert_eq!(c.case().state().cycle(), 2);
        assert_eq!(
            c.screening_from(),
            Some(date("2026-03-07")),
            "I3: from the meeting"
        );
        let Screening::Progress(p) = c.vote_screening(date("2026-03-07"), E3, 3, 0).unwrap() else {
            panic!("3 of 3 meets T2");
        };
        let done = p.approve(date("2026-03-08")).unwrap();
        assert_eq!(done.state().name(), StateName::ProgressRecognized);
    }

    /// S3.3, I5, A2, S4.1–S4.3: removal under a grassroots committee and in a grassroots branch.
    #[test]
    fn s3_3_s4_typed_removal_paths() {
        let c = monitored(BranchKind::UnderGrassrootsCommittee);
        let Screening::ToGrassrootsCommittee(g) =
            c.vote_screening(date("2025-03-02"), E3, 0, 2).unwrap()
        else {
            panic!("2 of 3 meets T1 under a grassroots committee");
        };
        let c = g.keep_educating(date("2025-03-10")).unwrap();
        assert_eq!(c.case().state().cycle(), 2);
        assert_eq!(
            c.screening_from(),
            Some(date("2026-03-11")),
            "I5: from the resolution"
        );
        let Screening::ToGrassrootsCommittee(g) =
            c.vote_screening(date("2026-03-11"), E3, 0, 3).unwrap()
        else {
            panic!("removal proposed");
        };
        let v = g
            .forward(date("2026-03-12"))
            .unwrap()
            .order_verification(date("2026-03-13"))
            .unwrap()
            .conclude(date("2026-03-14"), true)
            .unwrap();
        let struck = v
            .remove(date("2026-03-15"), RemovalOutcome::StruckOff)
            .unwrap();
        assert_eq!(struck.state().name(), StateName::StruckOff);

        let c = monitored(BranchKind::Grassroots);
        let Screening::ToBloc(b) = c.vote_screening(date("2025-03-02"), E3, 0, 2).unwrap() else {
            panic!("a grassroots branch reports to the BTV ĐUK directly");
        };
        let d = b
            .order_verification(date("2025-03-03"))
            .unwrap()
            .conclude(date("2025-03-04"), false)
            .unwrap();
        // I6: no striking off without confirmed violations; the case comes back.
        let rejected = d
            .remove(date("2025-03-05"), RemovalOutcome::Expelled)
            .unwrap_err();
        assert_eq!(rejected.refusal.code(), ErrorCode::InvalidOutcome);
        let c = rejected
            .case
            .continue_education(date("2025-03-05"))
            .unwrap();
        assert_eq!(c.case().state().cycle(), 2);
        assert_eq!(
            c.screening_from(),
            Some(date("2026-03-06")),
            "S4.3: from the decision"
        );
        let closed = c
            .close(date("2025-04-01"), CloseReason::Transferred)
            .unwrap();
        assert_eq!(closed.state().name(), StateName::Closed);
        let untyped = monitored(BranchKind::Grassroots).into_case();
        assert_eq!(untyped.state().name(), StateName::UnderMonitoring);
    }
}

/// E2: `exempt_attending` is kept, and written only when not zero (as in
/// CASE-FORMAT.md's example, where it is optional).
#[test]
fn e2_counts_keep_exempt_attending_and_write_it_when_not_zero() {
    let c = Counts::new(4, 2).attending(1);
    assert_eq!((c.official, c.exempt, c.exempt_attending), (4, 2, 1));
    assert_eq!(Electorate::from_counts(c).unwrap().size(), 3);
    let vote = |electorate| {
        event(
            "2025-02-03",
            Body::Branch,
            Action::ListingVoted {
                electorate,
                yes: 2,
                ballots: None,
            },
        )
        .to_json()
    };
    assert!(vote(c).contains(r#""exempt_attending":1"#));
    assert!(!vote(Counts::new(4, 2)).contains("exempt_attending"));
}

/// The batch codes index `OUTCOME_CODES` with the outcome's or the error's own
/// code (S1.3, S3.2–S3.4, E4, I2), so a batch reads as the single decisions do.
#[test]
fn batch_codes_name_the_outcome_or_the_error() {
    use screening_core::batch::{OUTCOME_CODES, error_code, outcome_code, screening_code};
    for o in Outcome::ALL {
        assert_eq!(OUTCOME_CODES[usize::from(outcome_code(*o))], o.code());
    }
    for e in [
        ErrorCode::InvalidElectorate,
        ErrorCode::InvalidTally,
        ErrorCode::ConflictingBallots,
    ] {
        assert_eq!(OUTCOME_CODES[usize::from(error_code(e))], e.code());
    }
    let name = |code: u8| OUTCOME_CODES[usize::from(code)];
    // E = 3: 2 yes meet T1 and T2.
    assert_eq!(
        name(listing_code(Counts::new(3, 0).attending(0), 2)),
        "listed"
    );
    assert_eq!(
        name(listing_code(Counts::new(3, 0).attending(0), 1)),
        "not_listed"
    );
    assert_eq!(
        name(listing_code(Counts::new(1, 2).attending(0), 0)),
        "invalid_electorate"
    );
    assert_eq!(
        name(listing_code(Counts::new(3, 0).attending(0), 4)),
        "invalid_tally"
    );
    assert_eq!(
        name(screening_code(Counts::new(3, 0).attending(0), 2, 0)),
        "progress_recognized"
    );
    assert_eq!(
        name(screening_code(Counts::new(3, 0).attending(0), 1, 2)),
        "removal_proposed"
    );
    assert_eq!(
        name(screening_code(Counts::new(3, 0).attending(0), 1, 1)),
        "continue_education"
    );
    assert_eq!(
        name(screening_code(Counts::new(3, 0).attending(0), 2, 2)),
        "conflicting_ballots"
    );
    assert_eq!(
        name(screening_code(Counts::new(0, 0).attending(0), 0, 0)),
        "invalid_electorate"
    );
    assert_eq!(
        name(screening_code(Counts::new(3, 0).attending(0), 0, 4)),
        "invalid_tally"
    );
    let mut out = [0u8; 3];
    decide_screening_batch(
        ElectorateColumns {
            official: &[3, 3, 3],
            exempt: &[0, 0, 0],
            ..ElectorateColumns::default()
        },
        &[2, 1, 1],
        &[0, 2, 1],
        &mut out,
    )
    .unwrap();
    assert_eq!(
        out.map(name),
        [
            "progress_recognized",
            "removal_proposed",
            "continue_education"
        ]
    );
    // E4 in the batch's branch-free form: exempt > official is invalid even when
    // `official − exempt + exempt_attending` happens to be 0 (0 − 1 + 1), and when
    // exempt_attending > exempt.
    decide_screening_batch(
        ElectorateColumns {
            official: &[0, 3, 1],
            exempt: &[1, 1, 1],
            exempt_attending: Some(&[1, 2, 0]),
            excluded: None,
        },
        &[0, 0, 0],
        &[0, 0, 0],
        &mut out,
    )
    .unwrap();
    assert_eq!(out.map(name), ["invalid_electorate"; 3]);
}

/// Dates are exactly `YYYY-MM-DD` (CASE-FORMAT.md): both separators are checked.
#[test]
fn dates_need_both_separators() {
    assert_eq!("2025-01-31".parse::<Date>().unwrap(), date("2025-01-31"));
    for bad in [
        "2025-01x31",
        "2025x01-31",
        "2025x01x31",
        "2025-1-31",
        "2025-01-31 ",
        "2025-02-30",
    ] {
        assert!(bad.parse::<Date>().is_err(), "{bad}");
    }
}

/// The report reads the same compact and indented.
#[test]
fn report_json_pretty_is_the_same_report() {
    let c = monitored();
    let r = c.report();
    let compact: serde_json::Value = serde_json::from_str(&r.to_json()).unwrap();
    let pretty: serde_json::Value = serde_json::from_str(&r.to_json_pretty()).unwrap();
    assert_eq!(compact, pretty);
    assert_eq!(pretty["version"], 8);
    assert!(
        r.to_json_pretty()
            .contains("\n  \"state\": \"under_monitoring\"")
    );
}
