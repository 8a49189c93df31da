//! A seeded generator of realistic synthetic cases, for scale.
//!
//! Not rules: every case is driven through the core — [`Case::next`] says which
//! events may be recorded and by whom, [`Case::apply`] records them — and the
//! generator only chooses among the allowed events with realistic probabilities.
//! The distributions are documented in `docs/performance.md` ("The generator").
//!
//! Deterministic: case `i` of seed `s` depends only on `(s, i)` (through
//! [`Rng`]), so `--cases 1000` is the first 1000 lines of `--cases 1000000`, and
//! any number of threads writes the same file.

use std::io::Write;
use std::path::Path;

use screening_core::{
    Branch, BranchKind, Case, CaseFile, Date, ErrorCode, EventType, Id, Member, MemberStatus,
    StateName,
};

mod next;
mod refused;

use crate::progress::Progress;
use crate::rng::Rng;

/// The last date an event may carry: the generated cases stand as of this day.
pub const AS_OF: (i32, u32, u32) = (2026, 6, 30);
/// The first day a case may be flagged (Guidance 02 is of 12 April 2021).
pub const FIRST_FLAG: (i32, u32, u32) = (2021, 5, 1);
/// The last day a case may be flagged.
pub const LAST_FLAG: (i32, u32, u32) = (2026, 6, 15);
/// Cases per branch: consecutive cases `2k` and `2k + 1` share branch `k`.
pub const CASES_PER_BRANCH: u64 = 2;
/// The share of cases that end with one event the core refuses.
pub const REFUSED_SHARE: f64 = 0.02;
/// No case gets more events than this (a case screened again and again).
pub const MAX_EVENTS: usize = 40;

/// A branch as the generator sees it: its file entry and its roll.
#[derive(Debug, Clone)]
pub struct BranchProfile {
    /// The branch of the case file.
    pub branch: Branch,
    /// Official members (3–60).
    pub official: u32,
    /// Official members exempted from party work and activities.
    pub exempt: u32,
    /// The branch's number (for mentor ids).
    pub number: u64,
}

/// One generated case: the file, and the code of its refused last event if it has one.
#[derive(Debug, Clone)]
pub struct Generated {
    /// The case file (events as written, the bad one last if any).
    pub file: CaseFile,
    /// The code the core gives the last event, when the generator made it refused.
    pub refused: Option<ErrorCode>,
}

/// How a case's branch tends to vote, drawn once per case.
#[derive(Debug, Clone, Copy)]
struct Leaning {
    /// The chance that one voter votes to list.
    listing_yes: f64,
}

fn date(ymd: (i32, u32, u32)) -> Date {
    // The constants above are valid calendar dates.
    Date::from_ymd(ymd.0, ymd.1, ymd.2).unwrap_or_else(|| unreachable!("valid constant date"))
}

fn days(d: Date, n: i64) -> Date {
    d.add_days(n).unwrap_or(d)
}

fn id(text: String) -> Id {
    Id::new(text).unwrap_or_else(|_| unreachable!("generated ids are not empty"))
}

/// The generator of seed `seed`.
#[derive(Debug, Clone)]
pub struct Generator {
    seed: u64,
    as_of: Date,
    first_flag: Date,
    flag_span: i64,
}

impl Generator {
    /// The generator of seed `seed`.
    pub fn new(seed: u64) -> Generator {
        let first_flag = date(FIRST_FLAG);
        let flag_span = date(LAST_FLAG)
            .naive()
            .signed_duration_since(first_flag.naive())
            .num_days();
        Generator {
            seed,
            as_of: date(AS_OF),
            first_flag,
            flag_span,
        }
    }

    /// The branch of branch number `number`.
    pub fn branch(&self, number: u64) -> BranchProfile {
        let mut rng = Rng::new(self.seed ^ 0xB4A2_C0DE, number);
        // 3–60 official members, most branches small: 3 + ⌊57·u²⌋ (median ≈ 17).
        let u = rng.unit();
        let official = 3 + (57.0 * u * u) as u32;
        // About 6% of official members exempted (age, health); at least one voter remains.
        let exempt = rng.binomial(official, 0.06).min(official - 1);
        let kind = if rng.chance(0.8) {
            BranchKind::UnderGrassrootsCommittee
        } else {
            BranchKind::Grassroots
        };
        // A branch of 9 or more elects a committee; a few smaller ones too.
        let has_committee = official >= 9 || rng.chance(0.1);
        BranchProfile {
            branch: Branch::new(id(format!("CB-{:06}", number + 1)), kind, has_committee),
            official,
            exempt,
            number,
        }
    }

    /// Case number `index` (0-based): its file and whether its last event is refused.
    pub fn case(&self, index: u64) -> Generated {
        let mut rng = Rng::new(self.seed, index);
        let profile = self.branch(index / CASES_PER_BRANCH);
        let status = if rng.chance(0.06) {
            MemberStatus::Probationary
        } else {
            MemberStatus::Official
        };
        let member = Member {
            id: id(format!("DV-{:07}", index + 1)),
            status,
        };
        let leaning = Leaning {
            listing_yes: if rng.chance(0.9) { 0.95 } else { 0.5 },
        };
        let mut case = Case::new(member, profile.branch.clone());
        let start = days(self.first_flag, rng.between(0, self.flag_span));
        let mut reassigned = false;
        // A case that will end with a refused event stops at an open stage: the bad
        // event stands in for the one that would have come next.
        let bad = rng.chance(REFUSED_SHARE);
        while case.version() < MAX_EVENTS {
            let state = case.state().name();
            if state.is_closed() {
                break;
            }
            // A few cases stall at any stage (a meeting not held, a file not sent on).
            if state != StateName::New && rng.chance(0.02) {
                break;
            }
            let Some(event) = self.choose(&mut rng, &case, &profile, leaning, start, reassigned)
            else {
                break;
            };
            if bad
                && state != StateName::New
                && (event.date > self.as_of
                    || rng.chance(0.12)
                    || case.check(&event).is_ok_and(StateName::is_closed))
            {
                break;
            }
            if event.date > self.as_of {
                break;
            }
            match event.event_type() {
                EventType::MentorReassigned => reassigned = true,
                EventType::ScreeningVoted | EventType::MentorAssigned => reassigned = false,
                _ => {}
            }
            if case.apply(event).is_err() {
                // The generator only chooses allowed events; a refusal here is a bug
                // the tests catch. Stop the case where it stands.
                break;
            }
        }
        let mut file = case.to_file();
        let mut refused = None;
        if bad {
            if let Some(bad) = self.bad_event(&mut rng, &case, &profile, leaning, start) {
                if let Err(r) = case.check(&bad) {
                    refused = Some(r.code());
                    file.events.push(bad);
                }
            }
        }
        Generated { file, refused }
    }
}

/// Cases per work unit of `screening generate`.
const CHUNK: u64 = 4096;

/// Writes cases `0..cases` of `seed` as JSON Lines into `out`, `threads` at a time,
/// in order.
pub fn write_cases<W: Write>(
    out: &mut W,
    cases: u64,
    seed: u64,
    threads: usize,
    mut progress: Option<&mut Progress>,
) -> std::io::Result<()> {
    let generator = Generator::new(seed);
    let threads = threads.max(1) as u64;
    let mut next = 0;
    while next < cases {
        let end = (next + CHUNK * threads).min(cases);
        let texts: Vec<String> = std::thread::scope(|s| {
            let handles: Vec<_> = (next..end)
                .step_by(CHUNK as usize)
                .map(|lo| {
                    let generator = &generator;
                    s.spawn(move || {
                        let mut text = String::new();
                        for i in lo..(lo + CHUNK).min(end) {
                            text.push_str(&generator.case(i).file.to_json());
                            text.push('\n');
                        }
                        text
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_default())
                .collect()
        });
        for t in &texts {
            out.write_all(t.as_bytes())?;
        }
        next = end;
        if let Some(p) = progress.as_deref_mut() {
            p.update(next, Some(cases));
        }
    }
    out.flush()
}

/// `screening generate --cases N --seed S [--out FILE]`: exit 0, or 2 when the
/// output cannot be written.
pub fn run(cases: u64, seed: u64, out: Option<&Path>, threads: Option<usize>) -> u8 {
    let threads = threads.unwrap_or_else(crate::default_threads);
    let mut progress = Progress::on_stderr("cases");
    let result = match out {
        Some(path) if path != Path::new("-") => std::fs::File::create(path).and_then(|f| {
            let mut w = std::io::BufWriter::with_capacity(1 << 20, f);
            write_cases(&mut w, cases, seed, threads, progress.as_mut())
        }),
        _ => {
            let stdout = std::io::stdout();
            let mut w = std::io::BufWriter::with_capacity(1 << 20, stdout.lock());
            write_cases(&mut w, cases, seed, threads, progress.as_mut())
        }
    };
    if let Some(p) = progress.as_mut() {
        p.finish();
    }
    match result {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("error [io]: cannot write the cases: {e}");
            2
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use screening_core::Action;
    use std::collections::BTreeMap;

    #[test]
    fn the_same_seed_gives_the_same_cases_and_another_seed_others() {
        let a = Generator::new(1);
        let b = Generator::new(1);
        let c = Generator::new(2);
        for i in [0, 1, 77, 4095, 4096] {
            assert_eq!(a.case(i).file, b.case(i).file);
        }
        assert_ne!(a.case(5).file, c.case(5).file);
    }

    #[test]
    fn every_case_replays_and_only_the_marked_last_event_is_refused() {
        let g = Generator::new(42);
        let n = 20_000;
        let mut states = BTreeMap::new();
        let mut refused = BTreeMap::new();
        let mut kinds = [0u32; 2];
        let mut committees = [0u32; 2];
        let mut exempt_attending = 0;
        for i in 0..n {
            let generated = g.case(i);
            let file = generated.file;
            kinds[usize::from(file.branch.kind == BranchKind::Grassroots)] += 1;
            committees[usize::from(file.branch.has_committee)] += 1;
            exempt_attending += file
                .events
                .iter()
                .filter(|e| {
                    matches!(
                        e.action,
                        Action::ScreeningVoted { electorate, .. } | Action::ListingVoted { electorate, .. }
                            if electorate.exempt_attending > 0
                    )
                })
                .count();
            for e in &file.events {
                assert!(
                    e.date >= date((2021, 1, 1)) && e.date <= date(AS_OF),
                    "{e:?}"
                );
            }
            let len = file.events.len();
            // JSON round trip: the line is the exact case file.
            let json = file.to_json();
            assert_eq!(CaseFile::from_json(&json).as_ref(), Ok(&file));
            match (Case::replay(file), generated.refused) {
                (Ok(case), None) => {
                    *states.entry(case.state().name()).or_insert(0u32) += 1;
                }
                (Err(r), Some(code)) => {
                    assert_eq!(r.at, len - 1, "only the last event is refused");
                    assert_eq!(r.refusal.code(), code);
                    *refused.entry(code).or_insert(0u32) += 1;
                }
                (got, want) => panic!("case {i}: {got:?} but expected {want:?}"),
            }
        }
        // Every state is reached: cases stand at every stage.
        for s in StateName::ALL {
            if *s != StateName::New {
                assert!(states.get(s).copied().unwrap_or(0) > 0, "{s} never reached");
            }
        }
        let total_refused: u32 = refused.values().sum();
        assert!((200..=600).contains(&total_refused), "{refused:?}");
        for code in [
            ErrorCode::WrongBody,
            ErrorCode::DateOrder,
            ErrorCode::TooEarly,
            ErrorCode::WrongState,
        ] {
            assert!(refused.contains_key(&code), "{code} never generated");
        }
        assert!(kinds[0] > kinds[1] && kinds[1] > 0);
        assert!(committees[0] > 0 && committees[1] > 0);
        assert!(exempt_attending > 0);
        // Most flagged members listed, few removed.
        let removed = states.get(&StateName::StruckOff).copied().unwrap_or(0)
            + states.get(&StateName::Expelled).copied().unwrap_or(0);
        let recognised = states
            .get(&StateName::ProgressRecognized)
            .copied()
            .unwrap_or(0);
        assert!(recognised > 3 * removed, "{states:?}");
    }

    #[test]
    fn generation_with_any_number_of_threads_writes_the_same_bytes() {
        let mut one = Vec::new();
        let mut three = Vec::new();
        write_cases(&mut one, 9000, 5, 1, None).unwrap();
        write_cases(&mut three, 9000, 5, 3, None).unwrap();
        assert_eq!(one, three);
        assert_eq!(one.iter().filter(|b| **b == b'\n').count(), 9000);
    }
}
