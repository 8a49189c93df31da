//! Replay at scale: generates `--cases N` cases (default 5.5 million, the Party's
//! membership) in memory with the same generator and seed as `screening generate`,
//! and times `Case::replay` over them from Rust values — on one thread, then split
//! over `--threads T` threads (each replaying cases it generated itself, so that no
//! thread frees another's memory). Generation is not timed; dropping the replayed
//! cases is.
//!
//! `cargo run --release -p screening-benches --bin replay-scale -- --cases 5500000 --seed 1`

use std::hint::black_box;
use std::sync::Barrier;
use std::time::{Duration, Instant};

use screening_cli::generate::Generator;
use screening_core::{Case, CaseFile};

/// Cases generated and replayed at a time (keeps memory bounded).
const CHUNK: u64 = 1 << 18;

fn arg(name: &str, default: u64) -> u64 {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map_or(default, |v| {
            v.parse()
                .unwrap_or_else(|_| panic!("{name} needs a number, got {v}"))
        })
}

/// Replays every file; returns (cases replayed without refusal, events applied).
fn replay_all(files: Vec<CaseFile>) -> (u64, u64) {
    let mut ok = 0;
    let mut events = 0;
    for f in files {
        match Case::replay(black_box(f)) {
            Ok(case) => {
                ok += 1;
                events += case.version() as u64;
            }
            Err(r) => events += r.case.version() as u64,
        }
    }
    (ok, events)
}

fn main() {
    let cases = arg("--cases", 5_500_000);
    let seed = arg("--seed", 1);
    let threads = arg("--threads", screening_cli::default_threads() as u64).max(1) as usize;
    let generator = Generator::new(seed);
    let mut one = Duration::ZERO;
    let mut many = Duration::ZERO;
    let (mut ok, mut events) = (0, 0);
    let mut lo = 0;
    while lo < cases {
        let hi = (lo + CHUNK).min(cases);
        // One thread: generate the chunk here (not timed), replay it here.
        let files: Vec<CaseFile> = (lo..hi).map(|i| generator.case(i).file).collect();
        let t = Instant::now();
        let (o, e) = replay_all(files);
        one += t.elapsed();
        ok += o;
        events += e;

        // T threads: each generates its share of the chunk (not timed; its own
        // allocations, so that no thread frees another's memory), then all replay
        // at once from a barrier; the time is the barrier to the last to finish.
        let per = (hi - lo).div_ceil(threads as u64);
        let start = Barrier::new(threads + 1);
        let began = std::thread::scope(|s| {
            for t in 0..threads as u64 {
                let (g, start) = (&generator, &start);
                let a = (lo + t * per).min(hi);
                let b = (a + per).min(hi);
                s.spawn(move || {
                    let files: Vec<CaseFile> = (a..b).map(|i| g.case(i).file).collect();
                    start.wait();
                    black_box(replay_all(files))
                });
            }
            start.wait();
            Instant::now()
        });
        // The scope has joined every thread.
        many += began.elapsed();
        lo = hi;
    }
    let per_case = |d: Duration| d.as_nanos() as f64 / cases.max(1) as f64;
    println!(
        "cases: {cases} (seed {seed}), replayed without refusal: {ok}, refused: {}",
        cases - ok
    );
    println!(
        "events applied: {events} ({:.1} per case)",
        events as f64 / cases.max(1) as f64
    );
    println!(
        "replay from Rust values, 1 thread: {:.2} s ({:.0} ns per case)",
        one.as_secs_f64(),
        per_case(one)
    );
    println!(
        "replay from Rust values, {threads} threads: {:.2} s ({:.0} ns per case)",
        many.as_secs_f64(),
        per_case(many)
    );
}
