//! Conformance vectors (`shared/vectors/README.md`): language-neutral cases with
//! the answer expected, run here through the Rust API.
//!
//! This is also for users: a party-management team can write vector files from
//! its own cases and check the library against them (`screening vectors FILE`).

use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::{Value, json};

use crate::ballot::{BallotKind, decide_listing, decide_screening};
use crate::case::{Case, ReplayError};
use crate::electorate::Counts;

/// A vector file: `{"about": "...", "vectors": [...]}`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct VectorFile<'a> {
    #[allow(dead_code)]
    #[serde(default)]
    about: Option<String>,
    #[serde(borrow)]
    vectors: Vec<&'a RawValue>,
}

/// One vector: a tally, a case or a raw file, with what it expects.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Vector<'a> {
    id: String,
    #[allow(dead_code)]
    #[serde(default)]
    rules: Vec<String>,
    #[allow(dead_code)]
    #[serde(default)]
    about: Option<String>,
    #[serde(default)]
    tally: Option<Tally>,
    #[serde(default, borrow)]
    case: Option<&'a RawValue>,
    #[serde(default)]
    raw: Option<String>,
    expect: Value,
}

/// A ballot to decide.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Tally {
    ballot: BallotKind,
    electorate: Counts,
    #[serde(default)]
    yes: Option<u32>,
    #[serde(default)]
    progress_yes: Option<u32>,
    #[serde(default)]
    removal_yes: Option<u32>,
}

/// A vector whose answer differs from what it expects.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// The vector's id.
    pub id: String,
    /// What the vector expects.
    pub expected: Value,
    /// What the library gave.
    pub got: Value,
}

/// The result of running a vector file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Outcome {
    /// How many vectors passed.
    pub passed: usize,
    /// The vectors that failed.
    pub failures: Vec<Failure>,
}

impl Outcome {
    /// Adds another file's results.
    pub fn merge(&mut self, other: Outcome) {
        self.passed = self.passed.saturating_add(other.passed);
        self.failures.extend(other.failures);
    }

    /// The closing line: `N passed, M failed`.
    pub fn summary(&self) -> String {
        format!("{} passed, {} failed", self.passed, self.failures.len())
    }
}

/// A vector file that cannot be read.
#[derive(Debug, thiserror::Error)]
#[error("not a vector file: {0}")]
pub struct VectorFileError(String);

/// Runs every vector of a file's text.
pub fn run(text: &str) -> Result<Outcome, VectorFileError> {
    let file: VectorFile<'_> =
        serde_json::from_str(text).map_err(|e| VectorFileError(e.to_string()))?;
    let mut outcome = Outcome::default();
    for (i, raw) in file.vectors.iter().enumerate() {
        let result = serde_json::from_str::<Vector<'_>>(raw.get())
            .map_err(|e| Failure {
                id: format!("#{i}"),
                expected: json!("a vector"),
                got: json!(format!("not a vector: {e}")),
            })
            .and_then(|v| {
                let got = answer(&v);
                if got == v.expect {
                    Ok(())
                } else {
                    Err(Failure {
                        id: v.id,
                        expected: v.expect,
                        got,
                    })
                }
            });
        match result {
            Ok(()) => outcome.passed = outcome.passed.saturating_add(1),
            Err(f) => outcome.failures.push(f),
        }
    }
    Ok(outcome)
}

/// The library's answer to a vector, in the vector's terms.
fn answer(v: &Vector<'_>) -> Value {
    match (&v.tally, v.case, &v.raw) {
        (Some(t), None, None) => tally(t),
        (None, Some(case), None) => replay(case.get()),
        (None, None, Some(raw)) => replay(raw),
        _ => json!({"vector_error": "a vector has exactly one of tally, case, raw"}),
    }
}

fn tally(t: &Tally) -> Value {
    let decision = match (t.ballot, t.yes, t.progress_yes, t.removal_yes) {
        (BallotKind::Listing, Some(yes), None, None) => decide_listing(t.electorate, yes),
        (BallotKind::Screening, None, Some(p), Some(r)) => decide_screening(t.electorate, p, r),
        _ => {
            return json!({"vector_error": "a listing tally has `yes`; a screening tally `progress_yes` and `removal_yes`"});
        }
    };
    match decision {
        Ok(d) => json!({"outcome": d.outcome}),
        Err(e) => json!({"error": e.code()}),
    }
}

fn replay(text: &str) -> Value {
    match Case::from_json(text) {
        Ok(case) => {
            let mut next: Vec<&str> = case.next().iter().map(|n| n.event.code()).collect();
            next.sort_unstable();
            let mut v = json!({
                "state": case.state().name(),
                "cycle": case.state().cycle(),
                "next": next,
            });
            if let (Some(from), Some(map)) = (case.state().screening_from(), v.as_object_mut()) {
                map.insert("screening_from".into(), json!(from));
            }
            v
        }
        Err(ReplayError::Format(e)) => json!({"error": e.code()}),
        Err(ReplayError::Refused(r)) => {
            json!({"error": r.refusal.code(), "at": r.at, "state": r.state()})
        }
    }
}
