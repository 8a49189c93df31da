//! Replay, and a case that lives in the module.

use screening_core::{Case, ErrorReport, Event, ReplayError};
use wasm_bindgen::prelude::wasm_bindgen;

use crate::lean::{explanations, last_entry, report};
use crate::{Failure, count, format_error, language, ok_or_fail, report_of};

fn replay_error(e: &ReplayError) -> Failure {
    match e {
        ReplayError::Format(f) => format_error(f),
        ReplayError::Refused(_) => {
            let mut report = ErrorReport::from(e);
            // The wrapper asks for the case as it stands (`replay_before`), as data.
            report.report = None;
            report.into()
        }
    }
}

/// Reads and replays a case file: its report without explanations (JSON), or
/// `undefined` and [`crate::last_error`]. A refused event's error carries
/// `at` and `state`; the wrapper asks for the report before it with
/// [`replay_before`].
#[wasm_bindgen]
pub fn replay(text: &str) -> Option<String> {
    ok_or_fail(
        Case::from_json(text)
            .map(|c| report(&c))
            .map_err(|e| replay_error(&e)),
    )
}

/// The case of a file whether or not an event is refused: the case before the
/// refused event, or `None` for a file that cannot be read.
fn case_of(text: &str) -> Option<Case> {
    match Case::from_json(text) {
        Ok(c) => Some(c),
        Err(ReplayError::Refused(r)) => Some(r.case),
        Err(ReplayError::Format(_)) => None,
    }
}

/// The report (JSON, without explanations) of a file's case before its refused event.
#[wasm_bindgen]
pub fn replay_before(text: &str) -> Option<String> {
    case_of(text).map(|c| report(&c))
}

/// The explanations of a file's history in `lang` (a JSON array), the case
/// before a refused event included.
#[wasm_bindgen]
pub fn replay_explanations(text: &str, lang: &str) -> Option<String> {
    ok_or_fail(language("lang", lang).map(|lang| case_of(text).map(|c| explanations(&c, lang))))
        .flatten()
}

/// A case held by the module: its events are applied one at a time.
#[wasm_bindgen]
pub struct WasmCase {
    case: Case,
}

#[wasm_bindgen]
impl WasmCase {
    /// A new case with no events. `args`: `{"member", "branch"}` (JSON).
    pub fn create(args: &str) -> Option<WasmCase> {
        ok_or_fail(
            screening_core::file::read_header(args)
                .map_err(|e| format_error(&e))
                .map(|(member, branch)| WasmCase {
                    case: Case::new(member, branch),
                }),
        )
    }

    /// Reads and replays a case file.
    pub fn open(text: &str) -> Option<WasmCase> {
        ok_or_fail(
            Case::from_json(text)
                .map(|case| WasmCase { case })
                .map_err(|e| replay_error(&e)),
        )
    }

    /// Applies one event (JSON), checked at `expected` when given: its history
    /// entry without explanation (JSON), or `undefined` and the refusal, with
    /// `at` the event's would-be index and `state` the state the case stays in.
    pub fn apply(&mut self, event: &str, expected: Option<f64>) -> Option<String> {
        let result = (|| {
            let expected = expected.map(|v| count("expectedVersion", v)).transpose()?;
            let event = Event::from_json(event).map_err(|e| format_error(&e))?;
            let applied = match expected {
                Some(v) => self.case.apply_at(v as usize, event).map(|_| ()),
                None => self.case.apply(event).map(|_| ()),
            };
            applied.map_err(|refusal| Failure::from(ErrorReport::refused(&self.case, &refusal)))
        })();
        ok_or_fail(result.map(|()| last_entry(&self.case)))
    }

    /// The report without explanations (JSON).
    pub fn report(&self) -> String {
        report(&self.case)
    }

    /// The events that may be recorded now (JSON).
    pub fn next(&self) -> String {
        serde_json::to_string(&self.case.next()).unwrap_or_default()
    }

    /// The case file (JSON).
    pub fn file(&self) -> String {
        self.case.to_json()
    }

    /// The number of events applied.
    pub fn version(&self) -> u32 {
        u32::try_from(self.case.version()).unwrap_or(u32::MAX)
    }

    /// The current state's code.
    pub fn state(&self) -> String {
        self.case.state().name().code().to_owned()
    }

    /// The explanation of entry `index` in `lang`.
    pub fn explain(&self, index: u32, lang: &str) -> Option<String> {
        let found = (|| {
            let lang = language("lang", lang)?;
            let i = index as usize;
            match (self.case.history().get(i), self.case.events().get(i)) {
                (Some(r), Some(e)) => Ok(r.explain(&e.action, self.case.branch(), lang)),
                _ => Err(Failure::from(report_of(
                    screening_core::ErrorCode::Malformed,
                    screening_core::Bilingual::with(|l| match l {
                        screening_core::Lang::Vi => format!("index: không có mục {index}"),
                        screening_core::Lang::En => format!("index: no entry {index}"),
                    }),
                ))),
            }
        })();
        ok_or_fail(found)
    }
}

/// For the tests only: the core's own JSON of a file's report (explanations
/// included), to compare with what the wrapper builds. Not part of the API.
#[wasm_bindgen]
pub fn report_json_for_tests(text: &str) -> Option<String> {
    Case::from_json(text).ok().map(|c| c.report().to_json())
}
