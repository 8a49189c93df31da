//! Committed text that must equal what the code generates (docs, snapshots).
//!
//! A mismatch fails with the first differing line; run the test again with
//! `SCREENING_BLESS=1` to write the generated text into the file, then review the
//! diff like any other change.

use std::path::{Path, PathBuf};

/// The project root (the folder of the workspace's Cargo.toml).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap_or_else(|| panic!("no parent of {}", env!("CARGO_MANIFEST_DIR")))
        .to_path_buf()
}

fn bless() -> bool {
    std::env::var_os("SCREENING_BLESS").is_some_and(|v| v == "1")
}

fn first_difference(committed: &str, generated: &str) -> String {
    let (mut a, mut b) = (committed.lines(), generated.lines());
    for n in 1.. {
        match (a.next(), b.next()) {
            (None, None) => break,
            (x, y) if x == y => {}
            (x, y) => {
                return format!("line {n}:\n  committed: {x:?}\n  generated: {y:?}");
            }
        }
    }
    "only in trailing whitespace".to_owned()
}

/// Checks that the text of `path` (relative to the root) between the line
/// `begin` and the line `end` (both kept) is `generated`; `begin` and `end` may be
/// `None` for the whole file.
pub fn assert_block(path: &str, begin: Option<&str>, end: Option<&str>, generated: &str) {
    let file = root().join(path);
    let text = std::fs::read_to_string(&file).unwrap_or_default();
    let (head, body, tail) = split(&text, begin, end)
        .unwrap_or_else(|| panic!("{path}: no block between {begin:?} and {end:?}"));
    if body == generated {
        return;
    }
    if bless() {
        std::fs::write(&file, format!("{head}{generated}{tail}"))
            .unwrap_or_else(|e| panic!("cannot write {path}: {e}"));
        return;
    }
    panic!(
        "{path} is not what the code generates ({}); run `SCREENING_BLESS=1 cargo test -p screening-tests` to update it",
        first_difference(body, generated)
    );
}

/// The committed block of `path` between the lines `begin` and `end`.
#[allow(dead_code)] // not every test file reads a block
pub fn block(path: &str, begin: &str, end: &str) -> String {
    let text = std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    split(&text, Some(begin), Some(end))
        .map(|(_, body, _)| body.to_owned())
        .unwrap_or_else(|| panic!("{path}: no block between {begin:?} and {end:?}"))
}

/// Splits `text` into what comes before the block (through the `begin` line),
/// the block, and what follows (from the `end` line). A missing whole file is empty.
fn split<'a>(
    text: &'a str,
    begin: Option<&str>,
    end: Option<&str>,
) -> Option<(&'a str, &'a str, &'a str)> {
    let start = match begin {
        None => 0,
        Some(b) => {
            let at = text.find(&format!("{b}\n"))?;
            at + b.len() + 1
        }
    };
    let stop = match end {
        None => text.len(),
        Some(e) => start + text[start..].find(&format!("{e}\n"))?,
    };
    Some((&text[..start], &text[start..stop], &text[stop..]))
}
