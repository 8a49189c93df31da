//! Helpers shared by the workspace's integration tests: where the shared
//! conformance vectors are, and small builders for cases.

use std::path::{Path, PathBuf};

/// The project README's Rust examples, run as doctests so they cannot rot.
#[doc = include_str!("../README.md")]
#[allow(dead_code)]
mod readme {}

use screening_core::{
    Action, Body, Branch, BranchKind, Case, Counts, Criterion, Date, Event, Id, Member,
    MemberStatus, Mentor, MentorRole,
};

/// The folder of the shared conformance vectors: `$SCREENING_VECTORS`, or
/// `../shared/vectors` beside the project root. They are read there, never copied.
pub fn vectors_dir() -> PathBuf {
    match std::env::var_os("SCREENING_VECTORS") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/vectors"),
    }
}

/// Every `*.json` file of the vectors folder, sorted.
pub fn vector_files() -> Vec<PathBuf> {
    let dir = vectors_dir();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read the vectors at {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

/// A date from `YYYY-MM-DD`.
pub fn date(s: &str) -> Date {
    s.parse().unwrap_or_else(|e| panic!("{e}"))
}

/// A member.
pub fn member(id: &str, status: MemberStatus) -> Member {
    Member {
        id: Id::new(id).unwrap_or_else(|e| panic!("{e}")),
        status,
    }
}

/// A branch.
pub fn branch(kind: BranchKind, has_committee: bool) -> Branch {
    Branch::new(
        Id::new("CB-07").unwrap_or_else(|e| panic!("{e}")),
        kind,
        has_committee,
    )
}

/// A new case of an official member.
pub fn new_case(kind: BranchKind, has_committee: bool) -> Case {
    Case::new(
        member("DV-0042", MemberStatus::Official),
        branch(kind, has_committee),
    )
}

/// An event without a note.
pub fn event(day: &str, by: Body, action: Action) -> Event {
    Event::new(date(day), by, action)
}

/// A `flagged` event with one criterion.
pub fn flagged(day: &str, by: Body) -> Event {
    event(
        day,
        by,
        Action::Flagged {
            criteria: vec![Criterion::Degradation],
        },
    )
}

/// A `screening_voted` event by the branch.
pub fn screening(day: &str, electorate: Counts, progress_yes: u32, removal_yes: u32) -> Event {
    event(
        day,
        Body::Branch,
        Action::ScreeningVoted {
            electorate,
            progress_yes,
            removal_yes,
            progress_ballots: None,
            removal_ballots: None,
        },
    )
}

/// A case of an official member of a grassroots branch with a committee, under
/// monitoring from 2024-03-01 (screening from 2025-03-02).
pub fn monitored() -> Case {
    let mut c = new_case(BranchKind::Grassroots, true);
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

/// The project root (the folder of the workspace's Cargo.toml).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap_or_else(|| panic!("no parent of {}", env!("CARGO_MANIFEST_DIR")))
        .to_path_buf()
}

/// One closed vocabulary of the core as a table: its Rust name, its title (Vietnamese,
/// English), and each value's code, labels and the source text's words.
pub struct VocabularyTable {
    /// The Rust name (`EventType`).
    pub name: &'static str,
    /// The title in Vietnamese and English.
    pub title: (&'static str, &'static str),
    /// Each value: code, Vietnamese label, English label, source words.
    pub rows: Vec<(
        &'static str,
        &'static str,
        &'static str,
        Option<&'static str>,
    )>,
}

fn table<V: screening_core::Vocabulary>() -> VocabularyTable {
    VocabularyTable {
        name: V::NAME,
        title: V::TITLE,
        rows: V::all()
            .iter()
            .map(|v| {
                (
                    v.code(),
                    v.label(screening_core::Lang::Vi),
                    v.label(screening_core::Lang::En),
                    v.source(),
                )
            })
            .collect(),
    }
}

/// Every closed vocabulary the core defines with `vocabulary!`, in the glossary's
/// order: the one list the glossary and the Vietnamese-text check both read.
pub fn vocabularies() -> Vec<VocabularyTable> {
    use screening_core::ballot::{ApprovalList, BallotKind, Question};
    use screening_core::{
        Body, BranchKind, CloseReason, Criterion, ErrorCode, EventType, MemberStatus, MentorRole,
        Outcome, RemovalOutcome, RuleId, StateName,
    };
    vec![
        table::<Body>(),
        table::<BranchKind>(),
        table::<MemberStatus>(),
        table::<StateName>(),
        table::<EventType>(),
        table::<Criterion>(),
        table::<MentorRole>(),
        table::<RemovalOutcome>(),
        table::<CloseReason>(),
        table::<BallotKind>(),
        table::<Question>(),
        table::<Outcome>(),
        table::<ApprovalList>(),
        table::<ErrorCode>(),
        table::<RuleId>(),
    ]
}
