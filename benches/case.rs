//! One case: `apply` of one event, replay of a typical 12-event case from Rust
//! values and from JSON, and `next`.
//!
//! `cargo bench -p screening-benches --bench case`

use std::hint::black_box;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use screening_core::{Case, CaseFile};

/// The example case (16 events), cut to its first 12: flagged, listed, a mentor,
/// two screenings (continued education, then removal proposed) and a reassigned
/// mentor — the case stands awaiting the grassroots committee's resolution.
fn typical() -> CaseFile {
    let text = include_str!("../examples/case-DV-0042.json");
    let mut file = CaseFile::from_json(text).expect("the example case reads");
    file.events.truncate(12);
    file
}

fn case(c: &mut Criterion) {
    let file = typical();
    let json = file.to_json();
    let case = Case::replay(file.clone()).expect("the typical case replays");
    let mut before_last = file.clone();
    let last = before_last.events.pop().expect("12 events");
    let before_last = Case::replay(before_last).expect("11 events replay");

    let mut g = c.benchmark_group("case");
    g.bench_function("apply (the 12th event, a screening ballot)", |b| {
        b.iter_batched(
            || (before_last.clone(), last.clone()),
            |(mut case, event)| {
                let after = case.apply(black_box(event)).map(|r| r.after);
                (case, after)
            },
            BatchSize::SmallInput,
        )
    });
    g.bench_function("replay 12 events from Rust values", |b| {
        b.iter_batched(
            || file.clone(),
            |f| Case::replay(black_box(f)),
            BatchSize::SmallInput,
        )
    });
    g.bench_function("replay 12 events from JSON", |b| {
        b.iter(|| Case::from_json(black_box(&json)))
    });
    g.bench_function("replay 12 events from JSON to the JSON report", |b| {
        b.iter(|| screening_core::replay(black_box(&json)).map(|r| r.to_json()))
    });
    g.bench_function("next", |b| b.iter(|| black_box(&case).next()));
    g.finish();
}

criterion_group!(benches, case);
criterion_main!(benches);
