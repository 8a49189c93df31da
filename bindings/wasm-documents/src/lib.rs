//! # screening-wasm-documents
//!
//! The WebAssembly face of `screening-documents` for the `screening/documents`
//! entry of the npm package: the vote-count record, the list for approval and
//! the branch's resolution, made from case files and an optional document
//! context.
//!
//! Built twice by `bindings/wasm/scripts/build.mjs`: without the `docx` feature
//! (HTML and Markdown, a small module loaded with `init()`), and with it (the
//! `.docx` writer, a larger module loaded only when a `.docx` is asked for).
//!
//! The exports are private to the package; the JavaScript wrapper
//! (`bindings/wasm/js/documents.js`) is the public, typed surface. The protocol
//! is that of `screening-wasm`: a fallible export answers `false` / `undefined`
//! and leaves the error report (JSON: `error`, the stable code; `message`,
//! `{vi, en}`; `path` for a value at fault; `at` and `state` for a refused
//! event) for [`last_error`].
//!
//! This crate converts and maps errors; every decision is the core's, every
//! word of a document the documents crate's.

use std::cell::RefCell;

use screening_core::{Bilingual, Case, ErrorReport, Lang, ReplayError};
use screening_documents::{Context, DocumentError, Format, Kind};
use serde_json::{Map, Value, json};
use wasm_bindgen::prelude::wasm_bindgen;

thread_local! {
    /// The error report of the last failed export, as JSON.
    static LAST_ERROR: RefCell<String> = const { RefCell::new(String::new()) };
    /// The cases of the document being made, added one by one by [`add_case`].
    static CASES: RefCell<Vec<Case>> = const { RefCell::new(Vec::new()) };
}

/// Records the error report `value` for [`last_error`].
fn fail(value: Value) {
    LAST_ERROR.with(|e| *e.borrow_mut() = value.to_string());
}

/// The error report of the last export that answered `false` or `undefined`.
#[wasm_bindgen]
pub fn last_error() -> String {
    LAST_ERROR.with(|e| std::mem::take(&mut *e.borrow_mut()))
}

/// `{error, message: {vi, en}}`, and `path` when given.
fn report(code: &str, message: &Bilingual, path: Option<&str>) -> Value {
    let mut map = Map::new();
    map.insert("error".to_owned(), Value::String(code.to_owned()));
    map.insert(
        "message".to_owned(),
        serde_json::to_value(message).unwrap_or_default(),
    );
    if let Some(path) = path.filter(|p| !p.is_empty()) {
        map.insert("path".to_owned(), Value::String(path.to_owned()));
    }
    Value::Object(map)
}

/// The error report of a case file's error: the core's (with `at`, `state` for a
/// refused event), plus the path of the field at fault for `malformed`.
fn case_error(e: &ReplayError) -> Value {
    let mut value = serde_json::to_value(ErrorReport::from(e)).unwrap_or_default();
    let path = match e {
        ReplayError::Format(f) => f.malformed().map(|m| m.path.clone()),
        ReplayError::Refused(_) => None,
    };
    if let (Some(path), Value::Object(map)) = (path.filter(|p| !p.is_empty()), &mut value) {
        map.insert("path".to_owned(), Value::String(path));
    }
    value
}

/// The error report of a document error, with its stable code.
fn document_error(e: &DocumentError) -> Value {
    match e {
        DocumentError::Case(replay) => case_error(replay),
        DocumentError::Context(c) => report(
            e.code(),
            &Bilingual::with(|lang| e.message(lang)),
            Some(&c.path),
        ),
        _ => report(e.code(), &Bilingual::with(|lang| e.message(lang)), None),
    }
}

/// Forgets the cases added for the last document.
#[wasm_bindgen]
pub fn clear_cases() {
    CASES.with(|c| c.borrow_mut().clear());
}

/// Reads and replays a case file (JSON text) and adds it to the cases of the
/// next document; `false` (and the core's error report) if it is refused.
#[wasm_bindgen]
pub fn add_case(text: &str) -> bool {
    match Case::from_json(text) {
        Ok(case) => {
            CASES.with(|c| c.borrow_mut().push(case));
            true
        }
        Err(e) => {
            fail(case_error(&e));
            false
        }
    }
}

/// Makes the document `kind` (`vote-record`, `list`, `resolution`) of the cases
/// added, at event `event` (default: the case's last ballot, or for a
/// resolution its last mentor assignment or screening ballot), with the
/// document context `context` (JSON text), in `format` (`html`, `md`, `docx`):
/// the document, or with `explain` its explanation sheet, as bytes (UTF-8 text
/// for HTML and Markdown). The cases are cleared either way.
#[wasm_bindgen]
pub fn make(
    kind: &str,
    event: Option<u32>,
    context: Option<String>,
    format: &str,
    explain: bool,
) -> Option<Vec<u8>> {
    let cases = CASES.with(|c| std::mem::take(&mut *c.borrow_mut()));
    let made = (|| {
        let kind =
            Kind::from_code(kind).ok_or_else(|| bad_argument("kind", &quoted(kind), "kind"))?;
        let format = Format::from_code(format)
            .ok_or_else(|| bad_argument("options.format", &quoted(format), "format"))?;
        let context = match context.as_deref() {
            None => Context::default(),
            Some(text) => Context::from_json(text).map_err(|e| document_error(&e.into()))?,
        };
        let event = event.map(|i| i as usize);
        let paper = screening_documents::make(kind, &cases, event, &context)
            .map_err(|e| document_error(&e))?;
        if explain {
            screening_documents::render_explanation(&paper.explanation, format)
        } else {
            screening_documents::render(&paper.document, format)
        }
        .map_err(|e| document_error(&e))
    })();
    made.map_err(fail).ok()
}

/// A text as JSON writes it, for a message.
fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

/// `malformed` for an argument of the wrong type or value, naming it by `path`;
/// `shown` is the value as the message shows it. `expected`: `json` (JSON text
/// or an object), `object`, `count`, `boolean`, `format`, `kind`, `known` (an
/// unknown field; `shown` lists the fields).
fn bad_argument(path: &str, shown: &str, expected: &str) -> Value {
    let message = Bilingual::with(|lang| match (lang, expected) {
        (Lang::Vi, "object") => format!("{path}: {shown} không phải là một đối tượng"),
        (Lang::En, "object") => format!("{path}: {shown} is not an object"),
        (Lang::Vi, "count") => {
            format!("{path}: {shown} không phải là số nguyên từ 0 đến 4294967295")
        }
        (Lang::En, "count") => format!("{path}: {shown} is not a count from 0 to 4294967295"),
        (Lang::Vi, "boolean") => format!("{path}: {shown} không phải là true hay false"),
        (Lang::En, "boolean") => format!("{path}: {shown} is not true or false"),
        (Lang::Vi, "format") => {
            format!("{path}: {shown} không phải là định dạng văn bản “html”, “md” hay “docx”")
        }
        (Lang::En, "format") => {
            format!("{path}: {shown} is not a format, \"html\", \"md\" or \"docx\"")
        }
        (Lang::Vi, "kind") => format!(
            "{path}: {shown} không phải là loại văn bản “vote-record”, “list” hay “resolution”"
        ),
        (Lang::En, "kind") => format!(
            "{path}: {shown} is not a document, \"vote-record\", \"list\" or \"resolution\""
        ),
        (Lang::Vi, "known") => {
            format!("{path}: trường này không có trong tham số; các trường là {shown}")
        }
        (Lang::En, "known") => format!("{path}: unknown field; the fields are {shown}"),
        (Lang::Vi, _) => {
            format!("{path}: {shown} không phải là văn bản JSON hay một đối tượng")
        }
        (Lang::En, _) => format!("{path}: {shown} is not JSON text or an object"),
    });
    report("malformed", &message, Some(path))
}

/// Records `malformed` for an argument of the wrong type, for the wrapper,
/// which checks JavaScript types and lets this crate word the error (see
/// `bad_argument` for `expected`).
#[wasm_bindgen]
pub fn argument_error(path: &str, shown: &str, expected: &str) {
    fail(bad_argument(path, shown, expected));
}

/// The message of the `internal` error the wrapper reports when the module
/// traps (it should never happen: the documents crate does not panic).
#[wasm_bindgen]
pub fn internal_message() -> String {
    json!({
        "vi": "Lỗi nội bộ của thư viện khi lập văn bản; không có gì bị thay đổi, hãy thử lại",
        "en": "internal error in the library while making a document; nothing was changed, try again",
    })
    .to_string()
}

/// Whether this module writes `.docx` (the build with the `docx` feature).
#[wasm_bindgen]
pub fn has_docx() -> bool {
    cfg!(feature = "docx")
}

/// For the tests only: traps, as a panic would, so that they can check that
/// the wrapper recovers. Not part of the package's API.
#[wasm_bindgen]
#[allow(clippy::panic)]
pub fn trap_for_tests() {
    panic!("trap_for_tests");
}
