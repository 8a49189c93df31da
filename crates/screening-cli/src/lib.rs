//! The library half of the `screening` command, for scale: the seeded
//! generator of synthetic cases ([`generate`]) and the report over many cases
//! ([`report`]). The rules are all in `screening-core`; this crate only drives
//! them. The benches (`benches/`) use the generator from here.

pub mod generate;
pub mod progress;
pub mod report;
pub mod rng;

/// The default number of worker threads: every core.
pub fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
}
