//! `screening vectors FILE...`: run conformance vector files against the library.

use std::path::PathBuf;

use screening_core::conformance;

use crate::{REFUSED, UNREADABLE, output};

pub fn run(files: &[PathBuf]) -> u8 {
    let mut total = conformance::Outcome::default();
    let mut unreadable = false;
    for path in files {
        let text = match output::read(path) {
            Ok(text) => text,
            Err(e) => {
                e.report(screening_core::Lang::En);
                unreadable = true;
                continue;
            }
        };
        match conformance::run(&text) {
            Ok(outcome) => {
                for f in &outcome.failures {
                    println!("FAIL {} ({})", f.id, path.display());
                    println!("  expected: {}", f.expected);
                    println!("  got:      {}", f.got);
                }
                total.merge(outcome);
            }
            Err(e) => {
                eprintln!("error [malformed]: {}: {e}", path.display());
                unreadable = true;
            }
        }
    }
    println!("{}", total.summary());
    if unreadable {
        UNREADABLE
    } else if total.failures.is_empty() {
        0
    } else {
        REFUSED
    }
}
