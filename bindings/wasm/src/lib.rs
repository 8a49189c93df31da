//! # screening-wasm
//!
//! The WebAssembly face of `screening-core` for the `screening` npm package.
//!
//! The exports are private to the package; the JavaScript wrapper
//! (`js/screening.js`) is the public, typed surface. They follow one protocol:
//!
//! - answers that are data come back as compact JSON text without explanations
//!   (the wrapper builds objects from it and asks for texts only when read), or,
//!   for the single ballot decisions, as whole numbers in a small buffer of the
//!   module's memory (`decide`), which costs no text at all;
//! - a fallible export answers `false` / `undefined` on failure and leaves the
//!   error report (the core's [`ErrorReport`] as JSON, with `path`, the
//!   argument or field at fault, for `malformed`) for [`last_error`];
//! - a case opened by [`WasmCase`] lives in the module: applying an event costs
//!   that event only.
//!
//! This crate converts and maps errors; every decision is the core's.

use std::cell::RefCell;

use screening_core::{Bilingual, ErrorCode, ErrorReport, FormatError, Lang};
use wasm_bindgen::prelude::wasm_bindgen;

mod case;
mod decide;
mod lean;
mod vocab;

pub use case::WasmCase;

thread_local! {
    /// The error report of the last failed export, as JSON.
    static LAST_ERROR: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Why a call failed: the core's error report, and for `malformed` the path of
/// the argument or field at fault (`ballot.official`, `events[3].electorate.official`).
pub(crate) struct Failure {
    report: ErrorReport,
    path: Option<String>,
}

impl From<ErrorReport> for Failure {
    fn from(report: ErrorReport) -> Failure {
        Failure { report, path: None }
    }
}

/// Records `failure` for [`last_error`]: the error report's JSON, plus `path`.
fn fail(failure: &Failure) {
    let mut value = serde_json::to_value(&failure.report).unwrap_or_default();
    if let (Some(path), serde_json::Value::Object(map)) = (&failure.path, &mut value) {
        map.insert("path".to_owned(), serde_json::Value::String(path.clone()));
    }
    LAST_ERROR.with(|e| *e.borrow_mut() = value.to_string());
}

/// Records the error of `result`, if any, and turns it into an `Option`.
fn ok_or_fail<T>(result: Result<T, Failure>) -> Option<T> {
    result.map_err(|e| fail(&e)).ok()
}

/// The error report of the last export that answered `false` or `undefined`.
#[wasm_bindgen]
pub fn last_error() -> String {
    LAST_ERROR.with(|e| std::mem::take(&mut *e.borrow_mut()))
}

/// An error report with only a code and its messages.
fn report_of(error: ErrorCode, message: Bilingual) -> ErrorReport {
    ErrorReport {
        error,
        at: None,
        state: None,
        message,
        report: None,
    }
}

/// A case file's error, with the path of the field at fault.
fn format_error(e: &FormatError) -> Failure {
    Failure {
        report: ErrorReport::format(e),
        path: e
            .malformed()
            .map(|m| m.path.clone())
            .filter(|p| !p.is_empty()),
    }
}

/// How a JavaScript value shows in a message: integers without a fraction,
/// `NaN` and `Infinity` as JavaScript writes them.
fn shown(v: f64) -> String {
    if v.is_nan() {
        "NaN".to_owned()
    } else if v.is_infinite() {
        if v > 0.0 { "Infinity" } else { "-Infinity" }.to_owned()
    } else if v.abs() >= 1e21 || (v != 0.0 && v.abs() < 1e-6) {
        // JavaScript's exponent form: 1e+300, 1e-7.
        let e = format!("{v:e}");
        match e.split_once('e') {
            Some((m, x)) if !x.starts_with('-') => format!("{m}e+{x}"),
            _ => e,
        }
    } else if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v}")
    }
}

/// What an argument of the JavaScript API should have been.
#[derive(Clone, Copy)]
enum Expected {
    /// A whole number from 0 to 4294967295.
    Count,
    /// An object (the argument's fields are named in the message).
    Object,
    /// JSON text or an object.
    JsonOrObject,
    /// "vi" or "en".
    Language,
    /// A field that is not one of `shown` (the accepted names).
    Known,
    /// A field that must be given.
    Present,
    /// A `YYYY-MM-DD` date of the case file.
    Date,
}

/// `malformed`, naming the argument or field `path`, in both languages.
fn bad_argument(path: &str, shown: &str, expected: Expected) -> Failure {
    let report = report_of(
        ErrorCode::Malformed,
        Bilingual::with(|lang| match (lang, expected) {
            (Lang::Vi, Expected::Date) => format!(
                "{path}: {shown} {}",
                screening_core::Problem::NotADate.message(Lang::Vi)
            ),
            (Lang::En, Expected::Date) => format!(
                "{path}: {shown} is {}",
                screening_core::Problem::NotADate.message(Lang::En)
            ),
            (Lang::Vi, Expected::Count) => {
                format!("{path}: {shown} không phải là số nguyên từ 0 đến 4294967295")
            }
            (Lang::En, Expected::Count) => {
                format!("{path}: {shown} is not a count from 0 to 4294967295")
            }
            (Lang::Vi, Expected::Object) => format!("{path}: {shown} không phải là một đối tượng"),
            (Lang::En, Expected::Object) => format!("{path}: {shown} is not an object"),
            (Lang::Vi, Expected::JsonOrObject) => {
                format!("{path}: {shown} không phải là văn bản JSON hay một đối tượng")
            }
            (Lang::En, Expected::JsonOrObject) => {
                format!("{path}: {shown} is not JSON text or an object")
            }
            (Lang::Vi, Expected::Language) => {
                format!(
                    "{path}: {shown} không phải là mã ngôn ngữ “vi” (tiếng Việt) hay “en” (tiếng Anh)"
                )
            }
            (Lang::En, Expected::Language) => {
                format!("{path}: {shown} is not a language, \"vi\" or \"en\"")
            }
            (Lang::Vi, Expected::Known) => {
                format!("{path}: trường này không có trong tham số; các trường là {shown}")
            }
            (Lang::En, Expected::Known) => {
                format!("{path}: unknown field; the fields are {shown}")
            }
            (Lang::Vi, Expected::Present) => format!("{path}: thiếu trường bắt buộc"),
            (Lang::En, Expected::Present) => format!("{path}: missing, and it is required"),
        }),
    );
    Failure {
        report,
        path: Some(path.to_owned()),
    }
}

/// Records `malformed` for an argument of the wrong type, for the wrapper,
/// which checks JavaScript types (a conversion) and lets this crate word the
/// error. `expected`: `count`, `object`, `json`, `lang`, `known`, `present`.
#[wasm_bindgen]
pub fn argument_error(path: &str, shown: &str, expected: &str) {
    let expected = match expected {
        "count" => Expected::Count,
        "object" => Expected::Object,
        "lang" => Expected::Language,
        "known" => Expected::Known,
        "present" => Expected::Present,
        "date" => Expected::Date,
        _ => Expected::JsonOrObject,
    };
    fail(&bad_argument(path, shown, expected));
}

/// A JavaScript number as a count (`u32`), or `malformed` naming `path`.
fn count(path: &str, v: f64) -> Result<u32, Failure> {
    if v.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&v) {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        Ok(v as u32)
    } else {
        Err(bad_argument(path, &shown(v), Expected::Count))
    }
}

/// A language code, or `malformed` naming `path`.
fn language(path: &str, code: &str) -> Result<Lang, Failure> {
    match code {
        "vi" => Ok(Lang::Vi),
        "en" => Ok(Lang::En),
        _ => Err(bad_argument(
            path,
            &serde_json::to_string(code).unwrap_or_default(),
            Expected::Language,
        )),
    }
}

/// The message of the `internal` error the wrapper reports when the module
/// traps (it should never happen: the core does not panic). Not a rule: the
/// binding's own words.
#[wasm_bindgen]
pub fn internal_message() -> String {
    serde_json::to_string(&ErrorReport::internal("").message).unwrap_or_default()
}

/// For the tests only: traps, as a panic would, so that they can check that
/// the wrapper recovers. Not part of the package's API.
#[wasm_bindgen]
#[allow(clippy::panic)]
pub fn trap_for_tests() {
    panic!("trap_for_tests");
}
