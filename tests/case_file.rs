//! The case file and its JSON: every reading and writing entry point, the
//! payload fields of each event type, counts, dates and the report's JSON.

use screening_core::*;
use screening_tests::{date, event, monitored};

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
