//! The state diagram ("sơ đồ trạng thái"), generated from the transition table.
//!
//! Both renderings, [`mermaid`] and [`dot`], are read from [`screening_core::table::TABLE`]
//! and nothing else, so the diagram cannot disagree with what [`screening_core::Case::apply`]
//! allows:
//!
//! - one node per [`StateName`]: the open states grouped by step (1–4), `new` and
//!   the closed states outside the groups;
//! - one edge per pair of states a row links, labelled `event / body`, where the
//!   body is the row's authority (A1): a body's code such as `branch`, or
//!   `committee` / `superior` for the bodies that depend on the branch;
//! - a row allowed in every open state but `new` (`case_closed`, I7) is drawn once,
//!   from a single node standing for all of them, instead of fourteen edges;
//! - a row with several source and several target states (`decision_reviewed`) goes
//!   through a junction node named after the event, because the table says where the
//!   event may lead, not from which source to which target.
//!
//! The diagram shows every edge the table allows in some branch: A2's
//! `removal_resolved` is reachable only in a branch under a grassroots committee,
//! since only there does `screening_voted` lead to `awaiting_grassroots_resolution`.

use std::fmt::Write as _;

use screening_core::table::{TABLE, Transition};
use screening_core::{Authority, Lang, StateName, Step};

/// The node standing for every open state but `new` (the source of `case_closed`).
const ANY_OPEN: &str = "any_open_state";

/// How the diagram names who records an event (A1): a body's code, or the
/// branch-dependent authority as the specification names it.
pub const fn authority_code(by: Authority) -> &'static str {
    match by {
        Authority::Committee => "committee",
        Authority::Superior => "superior",
        Authority::SuperiorOrBloc => "superior or bloc_standing_committee",
        Authority::Only(body) => body.code(),
    }
}

/// An edge's label: `event / body` (A1).
fn label(row: &Transition) -> String {
    format!("{} / {}", row.event, authority_code(row.by))
}

/// Whether a row is allowed in exactly the open states but `new`.
fn from_any_open(row: &Transition) -> bool {
    let open: Vec<&StateName> = StateName::ALL
        .iter()
        .filter(|s| s.step().is_some())
        .collect();
    open.len() == row.from.len() && open.iter().all(|s| row.from.contains(s))
}

/// One edge to draw: from, to, label (`None` for the edges out of a junction).
struct Edge {
    from: String,
    to: String,
    label: Option<String>,
}

/// A junction node for a row with several sources and several targets.
struct Junction {
    id: String,
    label: String,
}

/// The edges and junctions of the table, in table order.
fn edges() -> (Vec<Edge>, Vec<Junction>) {
    let mut edges = Vec::new();
    let mut junctions = Vec::new();
    for row in &TABLE {
        let text = label(row);
        if from_any_open(row) {
            for to in row.to {
                edges.push(Edge {
                    from: ANY_OPEN.to_owned(),
                    to: to.code().to_owned(),
                    label: Some(text.clone()),
                });
            }
        } else if row.from.len() > 1 && row.to.len() > 1 {
            let id = format!("{}_junction", row.event);
            for from in row.from {
                edges.push(Edge {
                    from: from.code().to_owned(),
                    to: id.clone(),
                    label: None,
                });
            }
            for to in row.to {
                edges.push(Edge {
                    from: id.clone(),
                    to: to.code().to_owned(),
                    label: None,
                });
            }
            junctions.push(Junction { id, label: text });
        } else {
            for from in row.from {
                for to in row.to {
                    edges.push(Edge {
                        from: from.code().to_owned(),
                        to: to.code().to_owned(),
                        label: Some(text.clone()),
                    });
                }
            }
        }
    }
    (edges, junctions)
}

/// The states of a step, in the order of the specification.
fn states_of(step: Step) -> impl Iterator<Item = StateName> {
    StateName::ALL
        .iter()
        .copied()
        .filter(move |s| s.step() == Some(step))
}

/// The states outside the steps: `new`, then the closed states.
fn outside_steps() -> impl Iterator<Item = StateName> {
    StateName::ALL
        .iter()
        .copied()
        .filter(|s| s.step().is_none())
}

/// A step's title: "Bước 1 · Rà soát, phát hiện (Review and detect)".
fn step_title(step: Step) -> String {
    format!(
        "Bước {} · {} ({})",
        step.number(),
        step.label(Lang::Vi),
        step.label(Lang::En)
    )
}

/// The state diagram as a Mermaid flowchart (`flowchart TD`), without the code fence.
///
/// Generated from [`screening_core::table::TABLE`]: every state of [`StateName::ALL`] and
/// every event of [`screening_core::EventType::ALL`] appears; edges are labelled
/// `event / body` (A1); `case_closed` (I7) is drawn once from the node
/// `any_open_state`; `removal_resolved` (A2) leaves the one state that only a
/// branch under a grassroots committee reaches.
///
/// ```
/// let m = screening_documents::diagram::mermaid();
/// assert!(m.starts_with("flowchart TD\n"));
/// assert!(m.contains(r#"awaiting_listing_vote -->|"listing_voted / branch"| awaiting_listing_review"#));
/// ```
pub fn mermaid() -> String {
    let mut s = String::from("flowchart TD\n");
    for state in outside_steps() {
        let id = state.code();
        let _ = match state {
            StateName::New => writeln!(s, "    {id}([\"{id}\"])"),
            _ => writeln!(s, "    {id}((\"{id}\"))"),
        };
    }
    for step in Step::ALL {
        let _ = writeln!(
            s,
            "    subgraph step{} [\"{}\"]",
            step.number(),
            step_title(step)
        );
        for state in states_of(step) {
            let _ = writeln!(s, "        {}", state.code());
        }
        let _ = writeln!(s, "    end");
    }
    let _ = writeln!(s, "    {ANY_OPEN}[/\"any open state but new\"/]");
    let (edges, junctions) = edges();
    for j in &junctions {
        let _ = writeln!(s, "    {}{{{{\"{}\"}}}}", j.id, j.label);
    }
    for e in &edges {
        let _ = match &e.label {
            Some(text) => writeln!(s, "    {} -->|\"{text}\"| {}", e.from, e.to),
            None => writeln!(s, "    {} --> {}", e.from, e.to),
        };
    }
    let closed: Vec<&str> = StateName::ALL
        .iter()
        .filter(|s| s.is_closed())
        .map(|s| s.code())
        .collect();
    let _ = writeln!(s, "    classDef terminal fill:#eee,stroke:#666");
    let _ = writeln!(s, "    classDef anyopen stroke-dasharray:4 3");
    let _ = writeln!(s, "    class {} terminal", closed.join(","));
    let _ = writeln!(s, "    class {ANY_OPEN} anyopen");
    s
}

/// The state diagram in Graphviz DOT (`dot -Tsvg`).
///
/// The same graph as [`mermaid`], generated from [`screening_core::table::TABLE`]: the
/// steps as clusters, edges labelled `event / body` (A1), `case_closed` (I7) drawn
/// once, `removal_resolved` (A2) out of `awaiting_grassroots_resolution` only.
///
/// ```
/// let d = screening_documents::diagram::dot();
/// assert!(d.starts_with("digraph screening {"));
/// assert!(d.contains(r#"any_open_state -> closed [label="case_closed / superior or bloc_standing_committee"];"#));
/// ```
pub fn dot() -> String {
    let mut s = String::from("digraph screening {\n");
    s.push_str("    rankdir=TB;\n");
    s.push_str("    node [shape=box, style=rounded, fontname=\"sans-serif\"];\n");
    s.push_str("    edge [fontname=\"sans-serif\", fontsize=10];\n");
    for state in outside_steps() {
        let shape = match state {
            StateName::New => "circle",
            _ => "doublecircle",
        };
        let _ = writeln!(s, "    {} [shape={shape}];", state.code());
    }
    for step in Step::ALL {
        let _ = writeln!(s, "    subgraph cluster_step{} {{", step.number());
        let _ = writeln!(s, "        label=\"{}\";", step_title(step));
        for state in states_of(step) {
            let _ = writeln!(s, "        {};", state.code());
        }
        let _ = writeln!(s, "    }}");
    }
    let _ = writeln!(
        s,
        "    {ANY_OPEN} [label=\"any open state but new\", shape=note, style=dashed];"
    );
    let (edges, junctions) = edges();
    for j in &junctions {
        let _ = writeln!(s, "    {} [label=\"{}\", shape=hexagon];", j.id, j.label);
    }
    for e in &edges {
        let _ = match &e.label {
            Some(text) => writeln!(s, "    {} -> {} [label=\"{text}\"];", e.from, e.to),
            None => writeln!(s, "    {} -> {};", e.from, e.to),
        };
    }
    s.push_str("}\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use screening_core::EventType;

    /// The words of a text: runs of `[a-z0-9_]`.
    fn words(text: &str) -> Vec<&str> {
        text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|w| !w.is_empty())
            .collect()
    }

    #[test]
    fn every_state_and_event_is_drawn_in_both_renderings() {
        for text in [mermaid(), dot()] {
            let w = words(&text);
            for s in StateName::ALL {
                assert!(w.contains(&s.code()), "state {s} missing");
            }
            for e in EventType::ALL {
                assert!(w.contains(&e.code()), "event {e} missing");
            }
        }
    }

    #[test]
    fn case_closed_is_drawn_once() {
        assert_eq!(mermaid().matches("case_closed").count(), 1);
        assert_eq!(dot().matches("case_closed").count(), 1);
    }

    #[test]
    fn removal_resolved_leaves_only_the_grassroots_resolution() {
        let m = mermaid();
        let lines: Vec<&str> = m
            .lines()
            .filter(|l| l.contains("removal_resolved"))
            .collect();
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines.iter().all(|l| {
            l.trim_start()
                .starts_with("awaiting_grassroots_resolution -->")
        }));
    }

    #[test]
    fn the_decision_review_goes_through_a_junction() {
        let m = mermaid();
        assert!(m.contains("awaiting_continuation_review --> decision_reviewed_junction"));
        assert!(!m.contains("awaiting_continuation_review -->|\"decision_reviewed"));
    }
}
