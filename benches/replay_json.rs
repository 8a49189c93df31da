//! The Rust side of the Python comparison (`benches/python_bench.py`): the time
//! of `screening_core::replay` from a case file's JSON text to its `Report`
//! (the Rust value, as the Python binding's `replay` returns a `Report` object),
//! best of five rounds, in nanoseconds per call. It prints one line:
//! `replay_json_ns <ns> events <n> bytes <len>`.
//!
//! `cargo run --release -p screening-benches --bin replay-json -- FILE [--calls N]`

use std::hint::black_box;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: replay-json FILE [--calls N]");
        std::process::exit(2);
    };
    let calls: u32 = args
        .iter()
        .position(|a| a == "--calls")
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(5000);
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("replay-json: cannot read {path}: {e}");
            std::process::exit(2);
        }
    };
    let report = match screening_core::replay(&text) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("replay-json: {path} does not replay: {e}");
            std::process::exit(1);
        }
    };
    let mut best = f64::INFINITY;
    for _ in 0..5 {
        let start = Instant::now();
        for _ in 0..calls {
            let r = screening_core::replay(black_box(&text));
            black_box(&r);
        }
        let per = start.elapsed().as_secs_f64() * 1e9 / f64::from(calls.max(1));
        best = best.min(per);
    }
    println!(
        "replay_json_ns {best:.0} events {} bytes {}",
        report.version,
        text.len()
    );
}
