//! A seeded generator of realistic synthetic cases (issue 6: scale).
//!
//! Not rules: every case is driven through the core — [`Case::next`] says which
//! events may be recorded and by whom, [`Case::apply`] records them — and the
//! generator only chooses among the allowed events with realistic probabilities.
//! The distributions are documented in `docs/performance.md` ("The generator").
//!
//! Deterministic: case `i` of seed `s` depends only on `(s, i)` (a self-written
//! xoshiro256** seeded through splitmix64, no dependency), so `--cases 1000` is the
//! first 1000 lines of `--cases 1000000`, and any number of threads writes the same
//! file.

use std::io::Write;
use std::path::Path;

use screening_core::{
    Action, Body, Branch, BranchKind, Case, CaseFile, CloseReason, Counts, Criterion, Date,
    ErrorCode, Event, EventType, Id, Member, MemberStatus, Mentor, MentorRole, RemovalOutcome,
    StateName,
};

use crate::progress::Progress;

/// xoshiro256** (Blackman & Vigna), seeded with splitmix64.
#[derive(Debug, Clone)]
pub struct Rng {
    s: [u64; 4],
}

/// One step of splitmix64: advances `x` and returns the next output.
pub fn splitmix64(x: &mut u64) -> u64 {
    *x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *x;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Rng {
    /// The generator of stream `stream` of `seed` (independent streams per case).
    pub fn new(seed: u64, stream: u64) -> Rng {
        let mut x = seed ^ stream.wrapping_mul(0xD134_2543_DE82_EF95);
        // Mix the seed and the stream once more so that nearby streams differ at once.
        let mut x2 = splitmix64(&mut x) ^ stream;
        Rng {
            s: [
                splitmix64(&mut x2),
                splitmix64(&mut x2),
                splitmix64(&mut x2),
                splitmix64(&mut x2),
            ],
        }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let result = self.s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = self.s[1] << 17;
        self.s[2] ^= self.s[0];
        self.s[3] ^= self.s[1];
        self.s[1] ^= self.s[2];
        self.s[0] ^= self.s[3];
        self.s[2] ^= t;
        self.s[3] = self.s[3].rotate_left(45);
        result
    }

    /// A uniform number in `0..n` (Lemire's multiply-shift; `n > 0`).
    pub fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }

    /// A uniform integer in `lo..=hi`.
    pub fn between(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64) as i64
    }

    /// A uniform float in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// `true` with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// The number of successes in `n` trials of probability `p`.
    pub fn binomial(&mut self, n: u32, p: f64) -> u32 {
        (0..n).filter(|_| self.chance(p)).count() as u32
    }

    /// An index chosen with the given weights.
    pub fn weighted(&mut self, weights: &[f64]) -> usize {
        let total: f64 = weights.iter().sum();
        let mut x = self.unit() * total;
        for (i, w) in weights.iter().enumerate() {
            if x < *w {
                return i;
            }
            x -= w;
        }
        weights.len() - 1
    }
}

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

const NOTES: [&str; 6] = [
    "Họp chi bộ định kỳ tháng này",
    "Theo báo cáo của cơ quan, đoàn thể nơi đảng viên công tác",
    "Đảng viên có mặt, trình bày ý kiến",
    "Ý kiến góp ý của chi ủy đã được thông báo",
    "Đã trao đổi với cấp ủy nơi cư trú",
    "Biên bản họp kèm theo",
];

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

    /// The next event of a case, chosen among those `next()` allows; its date may
    /// pass [`AS_OF`] (the caller then stops the case).
    fn choose(
        &self,
        rng: &mut Rng,
        case: &Case,
        profile: &BranchProfile,
        leaning: Leaning,
        start: Date,
        reassigned: bool,
    ) -> Option<Event> {
        use StateName as S;
        let last = case.events().last().map_or(start, |e| e.date);
        let state = case.state().name();
        let next = case.next();
        let bodies = |ty: EventType| next.iter().find(|n| n.event == ty).map(|n| n.by);
        let close_chance = match state {
            S::New => 0.0,
            S::UnderMonitoring => 0.01,
            _ => 0.005,
        };
        if rng.chance(close_chance) {
            let by = bodies(EventType::CaseClosed)?;
            let reason = match rng.weighted(&[0.55, 0.25, 0.20]) {
                0 => CloseReason::Transferred,
                1 => CloseReason::Deceased,
                _ => CloseReason::Other,
            };
            let body = by[rng.below(by.len() as u64) as usize];
            let when = days(last, rng.between(3, 60));
            return Some(Event::new(when, body, Action::CaseClosed { reason }));
        }
        let (ty, gap, action) = match state {
            S::New => {
                const ALL: [Criterion; 5] = [
                    Criterion::TwoYearsNotCompleted,
                    Criterion::ExampleOrProhibition,
                    Criterion::Degradation,
                    Criterion::ReoffendedUnderDiscipline,
                    Criterion::Other,
                ];
                let weights = [0.35, 0.25, 0.20, 0.10, 0.10];
                let first = ALL[rng.weighted(&weights)];
                let mut criteria = vec![first];
                if rng.chance(0.2) {
                    let second = ALL[rng.weighted(&weights)];
                    if second != first {
                        criteria.push(second);
                    }
                }
                (EventType::Flagged, 0, Action::Flagged { criteria })
            }
            S::Flagged => (
                EventType::DirectionRequested,
                rng.between(2, 14),
                Action::DirectionRequested,
            ),
            S::AwaitingDirection => (
                EventType::DirectionGiven,
                rng.between(5, 25),
                Action::DirectionGiven {
                    proceed: rng.chance(0.93),
                },
            ),
            S::AwaitingListingVote => {
                let (electorate, attending) = ballot_roll(rng, profile);
                let yes = rng.binomial(attending, leaning.listing_yes);
                (
                    EventType::ListingVoted,
                    rng.between(7, 35),
                    Action::ListingVoted {
                        electorate,
                        yes,
                        ballots: None,
                    },
                )
            }
            S::AwaitingListingReview => (
                EventType::ListingReviewed,
                rng.between(5, 25),
                Action::ListingReviewed {
                    approved: rng.chance(0.96),
                },
            ),
            S::Listed => (
                EventType::MemberNotified,
                rng.between(2, 14),
                Action::MemberNotified,
            ),
            S::AwaitingSelfCriticism => (
                EventType::SelfCriticismSubmitted,
                rng.between(5, 21),
                Action::SelfCriticismSubmitted,
            ),
            S::AwaitingMentor => (
                EventType::MentorAssigned,
                rng.between(3, 30),
                Action::MentorAssigned {
                    mentor: mentor(rng, profile),
                },
            ),
            S::UnderMonitoring => {
                let from = case.state().screening_from()?;
                let room = from.naive().signed_duration_since(last.naive()).num_days();
                if !reassigned && room > 60 && rng.chance(0.08) {
                    (
                        EventType::MentorReassigned,
                        rng.between(30, room - 1),
                        Action::MentorReassigned {
                            mentor: mentor(rng, profile),
                        },
                    )
                } else {
                    let (electorate, attending) = ballot_roll(rng, profile);
                    // How the branch sees the member this time: most improve.
                    let views = match rng.weighted(&[0.75, 0.18, 0.07]) {
                        0 => [0.80, 0.05],
                        1 => [0.35, 0.20],
                        _ => [0.05, 0.85],
                    };
                    let (mut progress_yes, mut removal_yes) = (0, 0);
                    // Each voter backs progress, removal, or neither: the two counts
                    // never both pass (½ + ⅔ > 1), so no conflicting ballots.
                    for _ in 0..attending {
                        match rng.weighted(&[views[0], views[1], 1.0 - views[0] - views[1]]) {
                            0 => progress_yes += 1,
                            1 => removal_yes += 1,
                            _ => {}
                        }
                    }
                    let gap = room.max(0) + rng.between(0, 40);
                    (
                        EventType::ScreeningVoted,
                        gap,
                        Action::ScreeningVoted {
                            electorate,
                            progress_yes,
                            removal_yes,
                            progress_ballots: None,
                            removal_ballots: None,
                        },
                    )
                }
            }
            S::AwaitingProgressReview => (
                EventType::DecisionReviewed,
                rng.between(5, 25),
                Action::DecisionReviewed {
                    approved: rng.chance(0.97),
                },
            ),
            S::AwaitingContinuationReview => (
                EventType::DecisionReviewed,
                rng.between(5, 25),
                Action::DecisionReviewed {
                    approved: rng.chance(0.95),
                },
            ),
            S::AwaitingGrassrootsResolution => (
                EventType::RemovalResolved,
                rng.between(7, 30),
                Action::RemovalResolved {
                    forward: rng.chance(0.85),
                },
            ),
            S::ReferredToBloc => (
                EventType::VerificationOrdered,
                rng.between(7, 30),
                Action::VerificationOrdered,
            ),
            S::UnderVerification => (
                EventType::VerificationConcluded,
                rng.between(20, 75),
                Action::VerificationConcluded {
                    violations_confirmed: rng.chance(0.85),
                },
            ),
            S::AwaitingRemovalDecision => {
                let confirmed = matches!(
                    case.state(),
                    screening_core::State::AwaitingRemovalDecision {
                        violations_confirmed: true,
                        ..
                    }
                );
                let outcome = if !confirmed {
                    RemovalOutcome::ContinueEducation
                } else {
                    match rng.weighted(&[0.60, 0.25, 0.15]) {
                        1 if case.member().status == MemberStatus::Official => {
                            RemovalOutcome::Expelled
                        }
                        0 | 1 => RemovalOutcome::StruckOff,
                        _ => RemovalOutcome::ContinueEducation,
                    }
                };
                (
                    EventType::RemovalDecided,
                    rng.between(7, 30),
                    Action::RemovalDecided { outcome },
                )
            }
            S::NotListed | S::ProgressRecognized | S::StruckOff | S::Expelled | S::Closed => {
                return None;
            }
        };
        let by = bodies(ty)?;
        let body = by[rng.below(by.len() as u64) as usize];
        let when = if ty == EventType::Flagged {
            start
        } else {
            days(last, gap)
        };
        let mut event = Event::new(when, body, action);
        if rng.chance(0.03) {
            event = event.with_note(NOTES[rng.below(NOTES.len() as u64) as usize]);
        }
        Some(event)
    }

    /// An event the core refuses as the case stands: a wrong body, a date out of
    /// order, a screening before the 12 months, or an event of another stage.
    fn bad_event(
        &self,
        rng: &mut Rng,
        case: &Case,
        profile: &BranchProfile,
        leaning: Leaning,
        start: Date,
    ) -> Option<Event> {
        let last = case.events().last().map_or(start, |e| e.date);
        let open = !case.state().is_closed() && case.version() > 0;
        // 0 wrong body, 1 date out of order, 2 too early, 3 wrong state.
        let kind = if case.state().name() == StateName::UnderMonitoring {
            rng.weighted(&[0.25, 0.15, 0.60, 0.0])
        } else {
            rng.weighted(&[0.50, 0.40, 0.0, 0.10])
        };
        let allowed = |rng: &mut Rng| {
            self.choose(rng, case, profile, leaning, start, true)
                .filter(|e| e.event_type() != EventType::CaseClosed)
        };
        if open && kind == 0 {
            // A1: the right event recorded by a body without authority.
            if let Some(mut e) = allowed(rng) {
                let ok = e.event_type().transition().bodies(case.branch());
                let wrong: Vec<Body> = Body::ALL
                    .iter()
                    .copied()
                    .filter(|b| !ok.contains(b))
                    .collect();
                e.by = wrong[rng.below(wrong.len() as u64) as usize];
                e.date = e.date.min(self.as_of).max(last);
                return Some(e);
            }
        }
        if open && kind == 1 {
            // D1: the right event dated before the previous one.
            if let Some(mut e) = allowed(rng) {
                e.date = days(last, -rng.between(1, 30));
                return Some(e);
            }
        }
        if kind == 2 {
            // D2: the screening ballot held before the 12 months are over.
            if let Some(from) = case.state().screening_from() {
                let room = from.naive().signed_duration_since(last.naive()).num_days();
                let left = self
                    .as_of
                    .naive()
                    .signed_duration_since(last.naive())
                    .num_days();
                if room >= 2 {
                    let (electorate, attending) = ballot_roll(rng, profile);
                    let progress_yes = rng.binomial(attending, 0.7);
                    let when = days(last, rng.between(0, (room - 1).min(left)));
                    return Some(Event::new(
                        when,
                        Body::Branch,
                        Action::ScreeningVoted {
                            electorate,
                            progress_yes,
                            removal_yes: 0,
                            progress_ballots: None,
                            removal_ballots: None,
                        },
                    ));
                }
            }
        }
        // An event of another stage: approving a list that is not awaiting approval,
        // or flagging a member already under review.
        let when = days(last, rng.between(1, 20)).min(self.as_of).max(last);
        let superior = case.branch().superior();
        let committee = case.branch().committee();
        Some(match case.state().name() {
            StateName::New => Event::new(when, committee, Action::MemberNotified),
            StateName::AwaitingListingReview => Event::new(
                when,
                committee,
                Action::Flagged {
                    criteria: vec![Criterion::Other],
                },
            ),
            _ => Event::new(when, superior, Action::ListingReviewed { approved: true }),
        })
    }
}

/// The counts a branch records for a ballot, and how many voters attend.
///
/// Each exempted member attends and votes with probability 0.3 (E2); each other
/// official member attends with probability 0.92; absent members count as "no".
fn ballot_roll(rng: &mut Rng, p: &BranchProfile) -> (Counts, u32) {
    let exempt_attending = rng.binomial(p.exempt, 0.3);
    let present = rng.binomial(p.official - p.exempt, 0.92);
    (
        Counts::new(p.official, p.exempt).attending(exempt_attending),
        present + exempt_attending,
    )
}

/// A mentor: a committee member (half the time, where there is a committee) or a member.
fn mentor(rng: &mut Rng, p: &BranchProfile) -> Mentor {
    let role = if p.branch.has_committee && rng.chance(0.5) {
        MentorRole::CommitteeMember
    } else {
        MentorRole::Member
    };
    let k = rng.below(u64::from(p.official)) + 1;
    Mentor {
        id: id(format!("DV-{:06}-{k:02}", p.number + 1)),
        role,
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
