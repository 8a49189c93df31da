//! `screening report FILE.jsonl`: many cases, one summary a bloc committee can act on.
//!
//! Streams: the file is read in chunks that `--threads` workers summarize, merged
//! in file order ([`parallel`]), so memory stays flat as the file grows and the
//! output is the same for any number of threads. Counts are
//! always complete; the detailed lists (refused events, malformed lines) keep the
//! first [`CAP`] entries in file order, with the count of the rest.
//!
//! | module | what it does |
//! |---|---|
//! | [`tally`] | what is counted: states, steps, screenings due, who is awaited, ballots, refusals |
//! | [`parallel`] | reading the file in chunks on several threads, merged in file order |
//! | [`json`] | the summary as JSON (`--json`) |
//! | [`text`] | the summary as text, in Vietnamese or English |

use std::path::Path;

use screening_core::Lang;

use crate::progress::Progress;

pub mod json;
pub mod parallel;
pub mod tally;
pub mod text;

pub use json::to_json;
pub use parallel::{CHUNK_LINES, summarize};
pub use tally::{Awaiting, CAP, MalformedLine, RefusedLine, Summary};
pub use text::render;

/// `screening report FILE.jsonl [--json] [--threads N]`: exit 0 with the summary
/// (refused events and malformed lines are part of it), 2 when the input cannot be
/// read.
pub fn run(path: &Path, json: bool, threads: Option<usize>, lang: Lang) -> u8 {
    let threads = threads.unwrap_or_else(crate::default_threads);
    let mut bar = Progress::on_stderr("lines");
    let result = if path == Path::new("-") {
        summarize(std::io::stdin(), threads, bar.as_mut().map(|b| (b, None)))
    } else {
        match std::fs::File::open(path) {
            Ok(file) => {
                let size = file.metadata().ok().map(|m| m.len());
                summarize(file, threads, bar.as_mut().map(|b| (b, size)))
            }
            Err(e) => Err(e),
        }
    };
    if let Some(b) = bar.as_mut() {
        b.finish();
    }
    match result {
        Ok(summary) => {
            if json {
                print!("{}", to_json(&summary, lang));
            } else {
                print!("{}", render(&summary, lang));
            }
            0
        }
        Err(e) => {
            eprintln!("error [io]: cannot read {}: {e}", path.display());
            2
        }
    }
}
