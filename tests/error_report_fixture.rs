//! The error a refused event gives, as the core builds it once (`ErrorReport`):
//! `tests/fixtures/refused-event.error.json` is what the core says of
//! `refused-event.case.json`, and the Python and JavaScript tests check that their
//! errors carry the same fields (code, index, state, both messages, the case's report).

mod snapshot;

use screening_core::{Case, ErrorReport};

#[test]
fn the_refused_event_fixture_is_the_cores_error_report() {
    let root = snapshot::root();
    let case = std::fs::read_to_string(root.join("tests/fixtures/refused-event.case.json"))
        .unwrap_or_else(|e| panic!("{e}"));
    let error = Case::from_json(&case).expect_err("the third event is refused");
    let report = ErrorReport::from(&error);
    let json = serde_json::to_string_pretty(&report).unwrap_or_default() + "\n";
    assert!(json.contains("\"error\": \"wrong_body\""), "{json}");
    assert!(
        json.contains("Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh"),
        "{json}"
    );
    snapshot::assert_block("tests/fixtures/refused-event.error.json", None, None, &json);
}
