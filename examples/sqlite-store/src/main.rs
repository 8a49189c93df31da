//! Demo: two writers append conflicting events to the same case in one SQLite
//! file; exactly one wins, the other is refused with `stale_case`, and the
//! stored log replays to the winner's state.
//!
//! Usage: `cargo run -p screening-example-sqlite [DB_PATH]` (default: a new file
//! in the system's temporary folder, removed at the end).

use screening_core::{
    Action, Body, Branch, BranchKind, Criterion, Date, Event, Id, Lang, Member, MemberStatus,
};
use screening_example_sqlite::{Store, StoreError};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (path, temporary) = match std::env::args_os().nth(1) {
        Some(p) => (std::path::PathBuf::from(p), false),
        None => (
            std::env::temp_dir().join(format!("screening-demo-{}.sqlite", std::process::id())),
            true,
        ),
    };
    let result = run(&path);
    if temporary {
        let _ = std::fs::remove_file(&path);
    }
    result
}

fn run(path: &std::path::Path) -> Result<(), Box<dyn std::error::Error>> {
    let date = |s: &str| s.parse::<Date>();
    let member = Member {
        id: Id::new("DV-0042")?,
        status: MemberStatus::Official,
    };
    let branch = Branch::new(
        Id::new("CB-07")?,
        BranchKind::UnderGrassrootsCommittee,
        true,
    );
    let case_id = format!("demo-{}", std::process::id());

    // Two connections to the same file, as two servers would have.
    let a = Store::open(path)?;
    let b = Store::open(path)?;
    a.create_case(&case_id, &member, &branch)?;
    let mut case = a.load(&case_id)?;
    a.append(
        &mut case,
        &case_id,
        Event::new(
            date("2025-01-10")?,
            Body::BranchCommittee,
            Action::Flagged {
                criteria: vec![Criterion::TwoYearsNotCompleted],
            },
        ),
    )?;
    a.append(
        &mut case,
        &case_id,
        Event::new(
            date("2025-01-12")?,
            Body::BranchCommittee,
            Action::DirectionRequested,
        ),
    )?;
    println!(
        "{}: {} event(s), state {}",
        path.display(),
        case.version(),
        case.state().name()
    );

    // Both writers read the case at the same version...
    let mut seen_by_a = a.load(&case_id)?;
    let mut seen_by_b = b.load(&case_id)?;
    let direction = |proceed| {
        date("2025-01-20").map(|d| {
            Event::new(
                d,
                Body::GrassrootsCommittee,
                Action::DirectionGiven { proceed },
            )
        })
    };
    // ...and each records its own direction.
    for (who, store, seen, proceed) in [
        ("A", &a, &mut seen_by_a, true),
        ("B", &b, &mut seen_by_b, false),
    ] {
        match store.append(seen, &case_id, direction(proceed)?) {
            Ok(r) => println!(
                "writer {who} (proceed {proceed}): recorded as event {}, state {}",
                r.index, r.after
            ),
            Err(e @ StoreError::Refused(_)) => println!("writer {who} (proceed {proceed}): {e}"),
            Err(e) => return Err(e.into()),
        }
    }
    let stored = b.load(&case_id)?;
    println!(
        "stored log replays to {} ({}) with {} events",
        stored.state().name(),
        stored.state().name().label(Lang::Vi),
        stored.version()
    );
    Ok(())
}
