//! The map from the rules of `../shared/spec/RULES.md` to the code and the tests,
//! kept in `docs/rules.md` and checked here so that it cannot drift:
//!
//! 1. every rule ID of RULES.md (its bold `**E1**` markers) is a [`RuleId`], and
//!    every `RuleId` is in RULES.md;
//! 2. every rule ID is named, as a word, in the `///` doc comment of at least one
//!    item of `crates/screening-core/src` (outside its test modules): the code
//!    that implements it;
//! 3. every rule ID is named by at least one test: a test function's name
//!    (`s3_4_…` for S3.4), a comment or doc comment of a test (files under `tests/`,
//!    and the `#[cfg(test)]` modules of `crates/*/src`), or the `rules` field of
//!    a shared conformance vector;
//! 4. the generated part of `docs/rules.md` is exactly what 2 and 3 find, and every
//!    path the document names exists.
//!
//! `SCREENING_BLESS=1 cargo test -p screening-tests --test rules_map` rewrites the
//! generated part of docs/rules.md.

mod snapshot;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use screening_core::{Lang, RuleId};

const DOC: &str = "docs/rules.md";
const BEGIN: &str = "<!-- BEGIN GENERATED: tests/rules_map.rs -->";
const END: &str = "<!-- END GENERATED -->";

/// The rule IDs of RULES.md, in order: the bold markers that look like an ID.
fn spec_rule_ids() -> Vec<String> {
    let path = snapshot::root().join("../shared/spec/RULES.md");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut ids: Vec<String> = Vec::new();
    for (i, part) in text.split("**").enumerate() {
        if i % 2 == 1 && looks_like_rule_id(part) && !ids.iter().any(|id| id == part) {
            ids.push(part.to_owned());
        }
    }
    ids
}

/// `E1`, `S3.4`: a capital letter, digits, optionally a dot and digits.
fn looks_like_rule_id(s: &str) -> bool {
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest: String = chars.collect();
    let (major, minor) = match rest.split_once('.') {
        Some((a, b)) => (a, Some(b)),
        None => (rest.as_str(), None),
    };
    let digits = |t: &str| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit());
    first.is_ascii_uppercase() && digits(major) && minor.is_none_or(digits)
}

/// Whether `text` names `id` as a word: not inside a longer identifier, and not
/// the start of a longer ID (`S3` in `S3.4`).
fn names(text: &str, id: &str) -> bool {
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    text.match_indices(id).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = &text[at + id.len()..];
        let mut next = after.chars();
        let (n1, n2) = (next.next(), next.next());
        let longer_id = n1 == Some('.') && n2.is_some_and(|c| c.is_ascii_digit());
        !(before.is_some_and(word) || n1.is_some_and(word) || longer_id)
    })
}

/// Whether a test function's name names `id`: `s3_4` for S3.4, between underscores.
fn fn_names(name: &str, id: &str) -> bool {
    let key = id.to_ascii_lowercase().replace('.', "_");
    name.match_indices(&key).any(|(at, _)| {
        (at == 0 || name[..at].ends_with('_'))
            && matches!(name[at + key.len()..].chars().next(), None | Some('_'))
    })
}

/// A documented item of a Rust file: its qualified name, its doc text, whether it
/// is in a test module, and (for a function) its own name.
struct Item {
    name: String,
    doc: String,
    in_tests: bool,
    fn_name: Option<String>,
}

/// The identifier at the start of `s`.
fn ident(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

/// What an item line declares.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A function: a test where tests are; its body holds its comments.
    Fn,
    /// An enum, struct, impl, trait or module: its members are `Container::member`.
    Container,
    /// A type alias, constant, static or macro.
    Other,
    /// A field, a variant, or a statement.
    Member,
}

/// The name an item line declares, and what it is.
fn declared(line: &str) -> (String, Kind) {
    let mut s = line.trim();
    for prefix in ["pub(crate) ", "pub(super) ", "pub "] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest;
        }
    }
    for prefix in ["const fn ", "async fn ", "unsafe fn ", "fn "] {
        if let Some(rest) = s.strip_prefix(prefix) {
            return (ident(rest).to_owned(), Kind::Fn);
        }
    }
    for kw in ["struct ", "enum ", "trait ", "mod ", "union "] {
        if let Some(rest) = s.strip_prefix(kw) {
            return (ident(rest).to_owned(), Kind::Container);
        }
    }
    for kw in ["type ", "const ", "static "] {
        if let Some(rest) = s.strip_prefix(kw) {
            return (ident(rest).to_owned(), Kind::Other);
        }
    }
    if let Some(rest) = s.strip_prefix("macro_rules! ") {
        return (format!("{}!", ident(rest)), Kind::Other);
    }
    if s.starts_with("impl") {
        // `impl<'de> Deserialize<'de> for Event {` → `Event`.
        let head = s.split('{').next().unwrap_or(s);
        let target = head.rsplit(" for ").next().unwrap_or(head);
        let target = target.trim_start_matches("impl").trim();
        let target = target
            .strip_prefix('<')
            .map_or(target, |t| t.split_once("> ").map_or(t, |(_, rest)| rest));
        let name = ident(target.rsplit("::").next().unwrap_or(target));
        return (name.to_owned(), Kind::Container);
    }
    (ident(s).to_owned(), Kind::Member)
}

/// How many more `[` than `]` a line opens, its trailing `//` comment left out:
/// an attribute (`#[…]`) may span lines.
fn brackets(line: &str) -> i64 {
    let code = line.split(" //").next().unwrap_or(line);
    code.chars()
        .map(|c| match c {
            '[' => 1,
            ']' => -1,
            _ => 0,
        })
        .sum()
}

/// The documented items of a Rust file (`///` blocks and the item after each), and
/// in its test part the test functions with their comments (`//`, `///` and `//!`
/// lines, inside or before the function). The test part is what follows the first
/// `#[cfg(test)]`, or the whole of a `tests_only` file.
fn items(text: &str, tests_only: bool) -> Vec<Item> {
    let mut out = Vec::new();
    let mut doc = String::new();
    let mut in_tests = tests_only;
    let mut attribute_depth: i64 = 0;
    let mut containers: Vec<(usize, String, Kind)> = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if trimmed.is_empty() {
            continue;
        }
        if attribute_depth > 0 {
            attribute_depth += brackets(trimmed);
            continue;
        }
        if let Some(d) = trimmed.strip_prefix("//!") {
            if in_tests {
                out.push(Item {
                    name: "(module)".to_owned(),
                    doc: d.to_owned(),
                    in_tests,
                    fn_name: None,
                });
            }
            continue;
        }
        if let Some(d) = trimmed.strip_prefix("///") {
            doc.push_str(d);
            doc.push('\n');
            continue;
        }
        if let Some(d) = trimmed.strip_prefix("//") {
            if in_tests {
                doc.push_str(d);
                doc.push('\n');
            }
            continue;
        }
        if trimmed.starts_with("#[") || trimmed.starts_with("#![") {
            if trimmed.starts_with("#[cfg(test)]") {
                in_tests = true;
            }
            attribute_depth = brackets(trimmed);
            continue;
        }
        while containers.last().is_some_and(|(i, _, _)| *i >= indent) {
            containers.pop();
        }
        let (name, kind) = declared(trimmed);
        let parent = containers.last().map(|(_, c, k)| (c.clone(), *k));
        let item = match (&parent, kind) {
            // A statement or a nested item in a function: the function's comment.
            (Some((f, Kind::Fn)), _) => Some((f.clone(), None)),
            (Some((c, _)), _) if !name.is_empty() => Some((
                format!("{c}::{name}"),
                (kind == Kind::Fn).then(|| name.clone()),
            )),
            (None, Kind::Member) => None,
            (None, _) if !name.is_empty() => {
                Some((name.clone(), (kind == Kind::Fn).then(|| name.clone())))
            }
            _ => None,
        };
        if let Some((qualified, fn_name)) = item {
            let is_test_fn = in_tests && fn_name.is_some();
            if !doc.is_empty() || is_test_fn {
                out.push(Item {
                    name: qualified,
                    doc: std::mem::take(&mut doc),
                    in_tests,
                    fn_name,
                });
            }
        }
        doc.clear();
        if matches!(kind, Kind::Fn | Kind::Container) && !name.is_empty() {
            let qualified = match &parent {
                Some((c, Kind::Container)) => format!("{c}::{name}"),
                Some((f, Kind::Fn)) => f.clone(),
                _ => name,
            };
            containers.push((indent, qualified, kind));
        }
    }
    out
}

/// Every `*.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn relative(path: &Path) -> String {
    let root = snapshot::root();
    path.strip_prefix(&root)
        .unwrap_or(path)
        .display()
        .to_string()
}

/// For one rule: the items naming it, by file, in file order.
type ByFile = BTreeMap<String, Vec<String>>;

/// What names each rule: code items, tests, and vectors.
#[derive(Default)]
struct Map {
    code: BTreeMap<String, ByFile>,
    tests: BTreeMap<String, ByFile>,
    vectors: BTreeMap<String, BTreeMap<String, usize>>,
}

fn push(map: &mut BTreeMap<String, ByFile>, id: &str, file: &str, item: &str) {
    let list = map
        .entry(id.to_owned())
        .or_default()
        .entry(file.to_owned())
        .or_default();
    if !list.iter().any(|i| i == item) {
        list.push(item.to_owned());
    }
}

fn scan(ids: &[String]) -> Map {
    let root = snapshot::root();
    let mut map = Map::default();
    // The core's code and the test modules of every crate.
    let mut sources: Vec<(PathBuf, bool)> = Vec::new();
    for krate in ["crates/screening-core/src", "crates/screening-cli/src"] {
        for f in rust_files(&root.join(krate)) {
            sources.push((f, false));
        }
    }
    // The integration tests (this file excepted: it names every rule).
    for f in rust_files(&root.join("tests")) {
        if f.file_name().is_some_and(|n| n != "rules_map.rs") {
            sources.push((f, true));
        }
    }
    for (path, tests_only) in sources {
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let file = relative(&path);
        let core = file.starts_with("crates/screening-core/");
        for item in items(&text, tests_only) {
            for id in ids {
                let by_name = item.fn_name.as_deref().is_some_and(|n| fn_names(n, id));
                let by_doc = names(&item.doc, id);
                if item.in_tests && (by_name || by_doc) {
                    push(&mut map.tests, id, &file, &item.name);
                } else if !item.in_tests && core && by_doc {
                    push(&mut map.code, id, &file, &item.name);
                }
            }
        }
    }
    // The shared conformance vectors' `rules` fields.
    for path in screening_tests::vector_files() {
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let json: serde_json::Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = format!(
            "../shared/vectors/{}",
            path.file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default()
        );
        let vectors = json["vectors"].as_array().cloned().unwrap_or_default();
        for v in vectors {
            for r in v["rules"].as_array().into_iter().flatten() {
                if let Some(id) = r.as_str().filter(|id| ids.iter().any(|i| i == id)) {
                    *map.vectors
                        .entry(id.to_owned())
                        .or_default()
                        .entry(name.clone())
                        .or_default() += 1;
                }
            }
        }
    }
    map
}

fn rule_label(id: &str) -> &'static str {
    RuleId::from_code(id).map_or("(not a RuleId)", |r| r.label(Lang::En))
}

/// The generated part of docs/rules.md.
fn generate(ids: &[String], map: &Map) -> String {
    let mut s = String::new();
    let list = |s: &mut String, by_file: Option<&ByFile>| match by_file {
        Some(by_file) if !by_file.is_empty() => {
            for (file, items) in by_file {
                let items: Vec<String> = items.iter().map(|i| format!("`{i}`")).collect();
                let _ = writeln!(s, "  - `{file}`: {}", items.join(", "));
            }
        }
        _ => {
            let _ = writeln!(s, "  - **none**");
        }
    };
    for id in ids {
        let _ = writeln!(s, "### {id}: {}", rule_label(id));
        let _ = writeln!(s);
        let _ = writeln!(s, "- Code (doc comments naming {id}):");
        list(&mut s, map.code.get(id));
        let _ = writeln!(s, "- Tests:");
        let tests = map.tests.get(id);
        let vectors = map.vectors.get(id);
        if tests.is_none_or(BTreeMap::is_empty) && vectors.is_none_or(BTreeMap::is_empty) {
            let _ = writeln!(s, "  - **none**");
        } else {
            if tests.is_some() {
                list(&mut s, tests);
            }
            for (file, n) in vectors.into_iter().flatten() {
                let _ = writeln!(s, "  - `{file}`: {n} vector(s)");
            }
        }
        let _ = writeln!(s);
    }
    s
}

#[test]
fn every_rule_of_the_spec_is_a_rule_id() {
    let ids = spec_rule_ids();
    assert!(
        ids.len() >= 30,
        "too few rule IDs read from RULES.md: {ids:?}"
    );
    let missing: Vec<&String> = ids
        .iter()
        .filter(|id| RuleId::from_code(id).is_none())
        .collect();
    let extra: Vec<&str> = RuleId::ALL
        .iter()
        .map(|r| r.code())
        .filter(|code| !ids.iter().any(|id| id == code))
        .collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "in RULES.md but not RuleId: {missing:?}; in RuleId but not RULES.md: {extra:?}"
    );
}

#[test]
fn every_rule_is_named_by_code_and_by_a_test() {
    let ids = spec_rule_ids();
    let map = scan(&ids);
    let no_code: Vec<&String> = ids
        .iter()
        .filter(|id| !map.code.contains_key(*id))
        .collect();
    let no_test: Vec<&String> = ids
        .iter()
        .filter(|id| !map.tests.contains_key(*id) && !map.vectors.contains_key(*id))
        .collect();
    assert!(
        no_code.is_empty() && no_test.is_empty(),
        "rules with no implementing code (no `///` doc comment in crates/screening-core/src names them): {no_code:?}; \
         rules with no test (no test name, test comment or vector `rules` field names them): {no_test:?}"
    );
}

#[test]
fn rules_md_is_generated_and_names_existing_files() {
    let ids = spec_rule_ids();
    let map = scan(&ids);
    snapshot::assert_block(DOC, Some(BEGIN), Some(END), &generate(&ids, &map));
    let text = std::fs::read_to_string(snapshot::root().join(DOC))
        .unwrap_or_else(|e| panic!("{DOC}: {e}"));
    for id in &ids {
        assert!(
            text.contains(&format!("### {id}: ")),
            "{DOC} has no section for {id}"
        );
    }
    // Every path in backticks that looks like a file of the project exists.
    let missing: Vec<&str> = text
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|t| {
            t.contains('/')
                && !t.contains(' ')
                && [".rs", ".md", ".json", ".toml", ".txt"]
                    .iter()
                    .any(|x| t.ends_with(x))
        })
        .filter(|t| !snapshot::root().join(t).exists())
        .collect();
    assert!(
        missing.is_empty(),
        "{DOC} names files that do not exist: {missing:?}"
    );
}

#[test]
fn the_scanner_reads_words_and_names() {
    assert!(names("Rules S3.4, I1.", "S3.4"));
    assert!(names("(E1–E4)", "E1"));
    assert!(!names("S3.4", "S3"));
    assert!(!names("S3.41", "S3.4"));
    assert!(!names("XE1", "E1"));
    assert!(fn_names("t1_s1_3_more_yes", "S1.3"));
    assert!(fn_names("e2_exempt", "E2"));
    assert!(!fn_names("s3_41_x", "S3.4"));
    assert!(!fn_names("be2_x", "E2"));
    assert!(looks_like_rule_id("S3.4") && looks_like_rule_id("E1"));
    assert!(!looks_like_rule_id("superior") && !looks_like_rule_id("S3."));
    let (name, kind) = declared("impl<'de> serde::Deserialize<'de> for Event {");
    assert!(name == "Event" && kind == Kind::Container);
    let (name, kind) = declared("pub const fn is_met(self, yes: u32) -> bool {");
    assert!(name == "is_met" && kind == Kind::Fn);
}
