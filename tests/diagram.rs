//! The state diagram in docs/state-diagram.md is the one generated from the
//! transition table (`screening_documents::diagram::mermaid`), and it shows every state
//! and every event of the core.

mod snapshot;

use screening_core::{EventType, StateName};
use screening_documents::diagram;

#[test]
fn committed_mermaid_diagram_is_the_generated_one() {
    snapshot::assert_block(
        "docs/state-diagram.md",
        Some("```mermaid"),
        Some("```"),
        &diagram::mermaid(),
    );
}

#[test]
fn the_diagram_shows_every_state_and_every_event() {
    let text = snapshot::block("docs/state-diagram.md", "```mermaid", "```");
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .collect();
    let missing: Vec<&str> = StateName::ALL
        .iter()
        .map(|s| s.code())
        .chain(EventType::ALL.iter().map(|e| e.code()))
        .filter(|code| !words.contains(code))
        .collect();
    assert!(missing.is_empty(), "not in the diagram: {missing:?}");
}
