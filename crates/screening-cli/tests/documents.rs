//! `screening diagram` and `screening document`: what they print and how they fail.

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
    assert_eq!(stdout(&o), screening_documents::diagram::mermaid());
    let o = screening(&["diagram", "--format", "dot"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), screening_documents::diagram::dot());
    let o = screening(&["diagram", "--format", "svg"]);
    assert_eq!(o.status.code(), Some(2));
}

fn out_file(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    dir.join(name)
}

#[test]
fn document_vote_record_is_the_committed_record() {
    let o = screening(&[
        "document",
        "vote-record",
        "examples/case-DV-0042.json",
        "--event",
        "11",
        "--context",
        "examples/context-DV-0042.json",
        "--format",
        "md",
        "--out",
        "-",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let committed =
        std::fs::read_to_string(root().join("docs/examples/vote-record-DV-0042-event-11.md"))
            .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(stdout(&o), committed);
}

#[test]
fn document_writes_docx_html_and_the_explanation_to_a_file() {
    for (kind, event, format) in [
        ("vote-record", "3", "docx"),
        ("list", "8", "docx"),
        ("resolution", "7", "docx"),
        ("resolution", "11", "html"),
    ] {
        let out = out_file(&format!("{kind}-{event}.{format}"));
        let o = screening(&[
            "document",
            kind,
            "examples/case-DV-0042.json",
            "--event",
            event,
            "--context",
            "examples/context-DV-0042.json",
            "--format",
            format,
            "--out",
            &out.display().to_string(),
        ]);
        assert_eq!(o.status.code(), Some(0), "{kind} {event}: {}", stderr(&o));
        let bytes = std::fs::read(&out).unwrap_or_else(|e| panic!("{e}"));
        match format {
            "docx" => assert!(bytes.starts_with(b"PK"), "{kind} {event}: not a zip"),
            _ => assert!(
                String::from_utf8_lossy(&bytes).contains("<!DOCTYPE html>"),
                "{kind} {event}"
            ),
        }
    }
    let o = screening(&[
        "document",
        "vote-record",
        "examples/case-DV-0042.json",
        "--format",
        "md",
        "--out",
        "-",
        "--explain",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("(S3.1, D2, S3.3"), "{}", stdout(&o));
}

#[test]
fn document_refuses_what_it_is_not_for_with_a_code() {
    for (kind, event, code) in [
        ("vote-record", "4", "[not_a_ballot]"),
        ("vote-record", "16", "[no_such_event]"),
        ("list", "11", "[not_on_a_list]"),
        ("resolution", "3", "[not_a_resolution]"),
    ] {
        let o = screening(&[
            "document",
            kind,
            "examples/case-DV-0042.json",
            "--event",
            event,
            "--format",
            "md",
            "--out",
            "-",
        ]);
        assert_eq!(o.status.code(), Some(2), "{kind} {event}");
        assert!(stdout(&o).is_empty(), "{kind} {event}");
        assert!(stderr(&o).contains(code), "{kind} {event}: {}", stderr(&o));
    }
    let o = screening(&[
        "document",
        "vote-record",
        "examples/case-DV-0042.json",
        "--format",
        "md",
    ]);
    assert_eq!(o.status.code(), Some(2), "no --out");
    let o = screening(&[
        "document",
        "vote-record",
        "examples/case-DV-0042.json",
        "--context",
        "examples/case-DV-0042.json",
        "--format",
        "md",
        "--out",
        "-",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("[malformed_context]"), "{}", stderr(&o));
    assert!(stderr(&o).contains(": format:"), "{}", stderr(&o));
}
