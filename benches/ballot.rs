//! Ballot decisions: one at a time, and in batches of 10 million rows side by side
//! with a loop that only sums the same input arrays (the memory-bound limit).
//!
//! `cargo bench -p screening-benches --bench ballot`

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use screening_cli::rng::Rng;
use screening_core::batch::{
    ElectorateColumns, decide_listing_batch, decide_screening_batch, screening_code,
};
use screening_core::{Counts, decide_listing, decide_screening};

/// Rows in the batch benches.
pub const ROWS: usize = 10_000_000;

/// Realistic ballot columns: branches of 3–60 official members, a few exempted,
/// some of them attending, yes counts spread over the electorate.
pub struct Columns {
    official: Vec<u32>,
    exempt: Vec<u32>,
    attending: Vec<u32>,
    progress_yes: Vec<u32>,
    removal_yes: Vec<u32>,
}

fn columns(rows: usize) -> Columns {
    let mut rng = Rng::new(2026, 0);
    let mut c = Columns {
        official: Vec::with_capacity(rows),
        exempt: Vec::with_capacity(rows),
        attending: Vec::with_capacity(rows),
        progress_yes: Vec::with_capacity(rows),
        removal_yes: Vec::with_capacity(rows),
    };
    for _ in 0..rows {
        let official = 3 + rng.below(58) as u32;
        let exempt = rng.below(u64::from(official / 8) + 1) as u32;
        let attending = rng.below(u64::from(exempt) + 1) as u32;
        let e = u64::from(official - exempt + attending);
        let progress = rng.below(e + 1);
        let removal = rng.below(e - progress + 1);
        c.official.push(official);
        c.exempt.push(exempt);
        c.attending.push(attending);
        c.progress_yes.push(progress as u32);
        c.removal_yes.push(removal as u32);
    }
    c
}

fn one_ballot(c: &mut Criterion) {
    let mut g = c.benchmark_group("ballot");
    g.bench_function("decide_listing (explained)", |b| {
        b.iter(|| decide_listing(black_box(Counts::new(10, 1).attending(1)), black_box(7)))
    });
    g.bench_function("decide_listing to JSON (what the bindings return)", |b| {
        b.iter(|| {
            decide_listing(black_box(Counts::new(10, 1).attending(1)), black_box(7))
                .map(|d| serde_json::to_string(&d).unwrap_or_default())
        })
    });
    g.bench_function("decide_screening (explained)", |b| {
        b.iter(|| decide_screening(black_box(Counts::new(12, 1)), black_box(4), black_box(5)))
    });
    g.bench_function("screening_code (batch row)", |b| {
        b.iter(|| screening_code(black_box(Counts::new(12, 1)), black_box(4), black_box(5)))
    });
    g.finish();
}

fn batch(c: &mut Criterion) {
    let cols = columns(ROWS);
    let mut out = vec![0u8; ROWS];
    let mut g = c.benchmark_group("batch_10M");
    g.throughput(Throughput::Elements(ROWS as u64));
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(8));
    g.bench_function("sum of the input columns (memory-bound limit)", |b| {
        b.iter(|| {
            let mut sum = 0u64;
            for i in 0..ROWS {
                sum += u64::from(cols.official[i])
                    + u64::from(cols.exempt[i])
                    + u64::from(cols.attending[i])
                    + u64::from(cols.progress_yes[i])
                    + u64::from(cols.removal_yes[i]);
            }
            black_box(sum)
        })
    });
    g.bench_function("decide_screening_batch", |b| {
        b.iter(|| {
            decide_screening_batch(
                ElectorateColumns {
                    official: black_box(&cols.official),
                    exempt: &cols.exempt,
                    exempt_attending: Some(&cols.attending),
                    excluded: None,
                },
                &cols.progress_yes,
                &cols.removal_yes,
                &mut out,
            )
        })
    });
    g.bench_function("decide_listing_batch", |b| {
        b.iter(|| {
            decide_listing_batch(
                ElectorateColumns {
                    official: black_box(&cols.official),
                    exempt: &cols.exempt,
                    exempt_attending: Some(&cols.attending),
                    excluded: None,
                },
                &cols.progress_yes,
                &mut out,
            )
        })
    });
    g.finish();
}

criterion_group!(benches, one_ballot, batch);
criterion_main!(benches);
