//! Arbitrary bytes as a case file: reading never panics; a file that reads
//! replays (or stops at a refused event) and reports; writing a read file and
//! reading it back gives the same file; replay agrees with applying event by event.
#![no_main]

use libfuzzer_sys::fuzz_target;
use screening_core::{Case, CaseFile, ReplayError, replay};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // The report API never panics, whatever the text.
    let report = replay(text);
    let file = match CaseFile::from_json(text) {
        Ok(file) => file,
        Err(e) => {
            // Unreadable: the report says the same code.
            assert_eq!(report.as_ref().err().map(ReplayError::code), Some(e.code()));
            return;
        }
    };
    // Round trip: the written file reads back equal, and writes the same text.
    let json = file.to_json();
    let again = CaseFile::from_json(&json).expect("to_json of a read file reads back");
    assert_eq!(again, file);
    assert_eq!(again.to_json(), json);
    let pretty = CaseFile::from_json(&file.to_json_pretty()).expect("pretty reads back");
    assert_eq!(pretty, file);

    match Case::replay(file.clone()) {
        Ok(case) => {
            assert_eq!(case.to_file(), file);
            assert_eq!(case.version(), file.events.len());
            let report = report.expect("replay accepted the file");
            assert_eq!(report.state, case.state().name());
            assert_eq!(report.version, case.version());
            let _ = report.to_json();
            // Writing the case and reading it back replays to the same case.
            assert_eq!(Case::from_json(&case.to_json()).expect("replays"), case);
        }
        Err(refused) => {
            // Stopped at the first refused event: the events before it are
            // applied, the rest kept, nothing lost.
            assert_eq!(refused.case.version(), refused.at);
            assert_eq!(refused.at + refused.unapplied.len(), file.events.len());
            assert_eq!(refused.case.events(), &file.events[..refused.at]);
            assert_eq!(refused.unapplied, file.events[refused.at..]);
            let code = report.as_ref().err().map(ReplayError::code);
            assert_eq!(code, Some(refused.refusal.code()));
            // Applying the events one by one refuses the same one the same way.
            let mut case = Case::new(file.member.clone(), file.branch.clone());
            for (i, e) in file.events.iter().enumerate() {
                match case.apply(e.clone()) {
                    Ok(_) => assert!(i < refused.at),
                    Err(r) => {
                        assert_eq!(i, refused.at);
                        assert_eq!(r, refused.refusal);
                        break;
                    }
                }
            }
            assert_eq!(case, refused.case);
        }
    }
});
