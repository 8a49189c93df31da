//! Two writers, one case: exactly one conflicting write wins, the other is
//! refused with `stale_case`, and the stored log replays to the winner's state
//! with nothing lost.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Barrier};

use screening_core::{
    Action, Body, Branch, BranchKind, Case, Criterion, Date, ErrorCode, Event, Id, Member,
    MemberStatus, StateName,
};
use screening_example_sqlite::{Store, StoreError};

/// A fresh database file in the system's temporary folder, removed on drop.
struct TempDb(PathBuf);

impl TempDb {
    fn new(name: &str) -> TempDb {
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        TempDb(std::env::temp_dir().join(format!(
            "screening-{name}-{}-{nanos}-{n}.sqlite",
            std::process::id()
        )))
    }
}

impl Drop for TempDb {
    fn drop(&mut self) {
        for suffix in ["", "-journal", "-wal", "-shm"] {
            let mut p = self.0.clone().into_os_string();
            p.push(suffix);
            let _ = std::fs::remove_file(p);
        }
    }
}

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

fn member() -> Member {
    Member {
        id: Id::new("DV-0042").unwrap(),
        status: MemberStatus::Official,
    }
}

fn branch() -> Branch {
    Branch::new(
        Id::new("CB-07").unwrap(),
        BranchKind::UnderGrassrootsCommittee,
        true,
    )
}

fn direction(proceed: bool) -> Event {
    Event::new(
        date("2025-01-20"),
        Body::GrassrootsCommittee,
        Action::DirectionGiven { proceed },
    )
}

/// Creates case `id` awaiting direction (flagged, direction requested).
fn awaiting_direction(store: &Store, id: &str) {
    store.create_case(id, &member(), &branch()).unwrap();
    let mut case = store.load(id).unwrap();
    store
        .append(
            &mut case,
            id,
            Event::new(
                date("2025-01-10"),
                Body::BranchCommittee,
                Action::Flagged {
                    criteria: vec![Criterion::Degradation],
                },
            ),
        )
        .unwrap();
    store
        .append(
            &mut case,
            id,
            Event::new(
                date("2025-01-12"),
                Body::BranchCommittee,
                Action::DirectionRequested,
            ),
        )
        .unwrap();
    assert_eq!(case.state().name(), StateName::AwaitingDirection);
}

fn expected_after(proceed: bool) -> StateName {
    if proceed {
        StateName::AwaitingListingVote
    } else {
        StateName::NotListed
    }
}

fn is_stale(r: &Result<screening_core::Record, StoreError>) -> bool {
    matches!(r, Err(e) if e.code() == Some(ErrorCode::StaleCase))
}

#[test]
fn two_connections_conflicting_directions_exactly_one_wins() {
    let db = TempDb::new("two-connections");
    let a = Store::open(&db.0).unwrap();
    let b = Store::open(&db.0).unwrap();
    awaiting_direction(&a, "c1");

    // Both read version 2.
    let mut seen_a = a.load("c1").unwrap();
    let mut seen_b = b.load("c1").unwrap();
    assert_eq!((seen_a.version(), seen_b.version()), (2, 2));
    let before_b = seen_b.clone();

    let ra = a.append(&mut seen_a, "c1", direction(true));
    let rb = b.append(&mut seen_b, "c1", direction(false));
    assert_eq!(ra.as_ref().unwrap().after, StateName::AwaitingListingVote);
    match &rb {
        Err(StoreError::Refused(r)) => {
            assert_eq!(r.code(), ErrorCode::StaleCase);
            assert_eq!(
                *r,
                screening_core::Refusal::StaleCase {
                    expected: 2,
                    actual: 3
                }
            );
        }
        other => panic!("expected stale_case, got {other:?}"),
    }
    // The loser's in-memory case is as it was.
    assert_eq!(seen_b, before_b);

    // The stored log is the winner's, with nothing lost.
    for store in [&a, &b] {
        let stored = store.load("c1").unwrap();
        assert_eq!(stored.state().name(), StateName::AwaitingListingVote);
        assert_eq!(stored.version(), 3);
        assert_eq!(stored, seen_a);
        assert_eq!(stored.events().last(), Some(&direction(true)));
    }

    // The loser reloads: its proceed=false is now refused by the rules, not lost silently.
    let mut reloaded = b.load("c1").unwrap();
    let again = b.append(&mut reloaded, "c1", direction(false));
    assert!(matches!(again, Err(ref e) if e.code() == Some(ErrorCode::WrongState)));
}

#[test]
fn a_writer_that_kept_only_the_version_is_refused_with_stale_case() {
    let db = TempDb::new("version-only");
    let a = Store::open(&db.0).unwrap();
    let b = Store::open(&db.0).unwrap();
    awaiting_direction(&a, "c2");
    let version = b.load("c2").unwrap().version();
    a.append_at("c2", version, direction(false)).unwrap();
    let r = b.append_at("c2", version, direction(true));
    assert!(is_stale(&r), "{r:?}");
    let stored = b.load("c2").unwrap();
    assert_eq!(stored.state().name(), StateName::NotListed);
    assert_eq!(stored.version(), 3);
}

#[test]
fn a_refused_event_writes_nothing() {
    let db = TempDb::new("refused");
    let a = Store::open(&db.0).unwrap();
    awaiting_direction(&a, "c3");
    let mut case = a.load("c3").unwrap();
    let before = case.clone();
    // The branch has no authority to give direction (A1).
    let wrong = Event::new(
        date("2025-01-20"),
        Body::Branch,
        Action::DirectionGiven { proceed: true },
    );
    let r = a.append(&mut case, "c3", wrong);
    assert!(matches!(r, Err(ref e) if e.code() == Some(ErrorCode::WrongBody)));
    assert_eq!(case, before);
    assert_eq!(a.load("c3").unwrap(), before);
    assert_eq!(a.file("c3").unwrap(), before.to_file());
}

#[test]
fn threads_racing_on_one_case_exactly_one_wins_every_round() {
    const ROUNDS: usize = 40;
    let db = TempDb::new("threads");
    let setup = Store::open(&db.0).unwrap();
    for round in 0..ROUNDS {
        awaiting_direction(&setup, &format!("r{round}"));
    }
    drop(setup);

    let path = Arc::new(db.0.clone());
    let barrier = Arc::new(Barrier::new(2));
    let writers: Vec<_> = [true, false]
        .into_iter()
        .map(|proceed| {
            let path = Arc::clone(&path);
            let barrier = Arc::clone(&barrier);
            std::thread::spawn(move || {
                let store = Store::open(path.as_path()).unwrap();
                let mut results = Vec::new();
                for round in 0..ROUNDS {
                    let id = format!("r{round}");
                    // Both threads read the case, then both write. Nothing here
                    // panics, so that neither thread can leave the other at a barrier.
                    let seen = store.load(&id);
                    barrier.wait();
                    let r = match seen {
                        Ok(mut seen) => store
                            .append(&mut seen, &id, direction(proceed))
                            .map(|rec| rec.after)
                            .map_err(|e| e.to_string()),
                        Err(e) => Err(format!("load: {e}")),
                    };
                    results.push(r);
                    barrier.wait();
                }
                results
            })
        })
        .collect();
    let results: Vec<Vec<Result<StateName, String>>> =
        writers.into_iter().map(|h| h.join().unwrap()).collect();

    let check = Store::open(&db.0).unwrap();
    for (round, (r_true, r_false)) in results[0].iter().zip(&results[1]).enumerate() {
        for (proceed, r) in [(true, r_true), (false, r_false)] {
            match r {
                Ok(after) => assert_eq!(*after, expected_after(proceed)),
                Err(e) => assert!(e.contains("(stale_case)"), "round {round}: {e}"),
            }
        }
        let won_true = r_true.is_ok();
        assert!(
            won_true ^ r_false.is_ok(),
            "round {round}: exactly one must win"
        );
        let stored: Case = check.load(&format!("r{round}")).unwrap();
        assert_eq!(
            stored.version(),
            3,
            "round {round}: nothing lost, nothing doubled"
        );
        assert_eq!(stored.state().name(), expected_after(won_true));
        assert_eq!(stored.events().last(), Some(&direction(won_true)));
    }
    assert_eq!(results[0].len(), ROUNDS);
    assert_eq!(results[1].len(), ROUNDS);
}
