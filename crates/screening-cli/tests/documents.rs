//! `screening diagram` and `screening minutes`: what they print and how they fail.

use std::path::PathBuf;
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn screening(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_screening"))
        .args(args)
        .current_dir(root())
        .output()
        .unwrap_or_else(|e| panic!("cannot run screening: {e}"))
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn diagram_prints_the_generated_diagrams() {
    let o = screening(&["diagram"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), screening_core::diagram::mermaid());
    let o = screening(&["diagram", "--format", "dot"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), screening_core::diagram::dot());
    let o = screening(&["diagram", "--format", "svg"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn minutes_of_a_ballot_is_the_committed_record() {
    let o = screening(&["minutes", "examples/case-DV-0042.json", "--event", "11"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let committed =
        std::fs::read_to_string(root().join("docs/examples/minutes-DV-0042-event-11.md"))
            .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(stdout(&o), committed);
}

#[test]
fn minutes_refuses_what_is_not_a_ballot_with_a_code() {
    for (event, code) in [("4", "[not_a_ballot]"), ("16", "[no_such_event]")] {
        let o = screening(&["minutes", "examples/case-DV-0042.json", "--event", event]);
        assert_eq!(o.status.code(), Some(2), "event {event}");
        assert!(stdout(&o).is_empty(), "event {event}");
        assert!(stderr(&o).contains(code), "event {event}: {}", stderr(&o));
    }
    let o = screening(&["minutes", "examples/case-DV-0042.json"]);
    assert_eq!(o.status.code(), Some(2), "neither --event nor --list");
}

#[test]
fn minutes_list_of_closed_cases_is_empty() {
    let o = screening(&["minutes", "--list", "examples/case-DV-0042.json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("1 hồ sơ, 0 đề nghị phê duyệt"),
        "{}",
        stdout(&o)
    );
    let o = screening(&["minutes", "--list", "no-such-file.jsonl"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stdout(&o).is_empty());
}
