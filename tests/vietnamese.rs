//! Every Vietnamese text the library writes for the example cases and the shared
//! vectors — explanations, refusals, malformed-file messages, states, what may come
//! next and by whom, and every label — is Vietnamese as a party officer writes it:
//! no ISO date (prose writes `04/3/2024`), no English word, and "Bước" only for the
//! four steps, never for an event.

use screening_core::{Case, Lang, ReplayError, Report};
use screening_tests::vector_files;

/// English words that never belong in Vietnamese text (ASCII words, lower case).
const STOP: &[&str] = &[
    "the",
    "of",
    "and",
    "or",
    "is",
    "are",
    "not",
    "to",
    "by",
    "with",
    "from",
    "for",
    "in",
    "on",
    "at",
    "be",
    "was",
    "has",
    "have",
    "this",
    "that",
    "event",
    "events",
    "field",
    "expected",
    "found",
    "missing",
    "unknown",
    "invalid",
    "refused",
    "must",
    "may",
    "cannot",
    "only",
    "member",
    "branch",
    "committee",
    "ballot",
    "ballots",
    "case",
    "state",
    "step",
    "yes",
    "no",
    "vote",
    "votes",
    "date",
    "dated",
    "line",
    "column",
    "error",
    "malformed",
    "before",
    "after",
    "listed",
    "approved",
    "mentor",
    "none",
    "null",
    "true",
    "false",
    "string",
    "number",
    "object",
    "array",
    "eof",
    "while",
    "parsing",
    "variant",
    "superior",
    "bloc",
];

/// The text with what the user wrote taken out: quoted values ("…", “…”) and
/// field paths (`events[3].electorate.official:`), which name the file's own keys.
fn prose(text: &str) -> String {
    let mut out = String::new();
    let mut quote: Option<char> = None;
    for c in text.chars() {
        match (quote, c) {
            (None, '"') => quote = Some('"'),
            (None, '“') => quote = Some('”'),
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, c) => out.push(c),
        }
    }
    out.split_whitespace()
        .filter(|t| {
            let path_like = t.contains('[')
                || t.contains('_')
                || (t.contains('.') && t.is_ascii() && t.len() > 1 && !t.ends_with('.'));
            let key = t.ends_with(':')
                && t.trim_end_matches(':').chars().all(|c| {
                    c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '[' || c == ']'
                });
            !(path_like || key)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn iso_date(text: &str) -> Option<&str> {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(9)).find_map(|i| {
        let w = &b[i..i + 10];
        let digits = |r: std::ops::Range<usize>| w[r].iter().all(u8::is_ascii_digit);
        (digits(0..4) && w[4] == b'-' && digits(5..7) && w[7] == b'-' && digits(8..10))
            .then(|| &text[i..i + 10])
    })
}

fn check(text: &str, origin: &str) {
    assert!(
        iso_date(text).is_none(),
        "{origin}: an ISO date in Vietnamese: {text}"
    );
    for word in prose(text).split(|c: char| !c.is_alphanumeric()) {
        let w = word.to_lowercase();
        assert!(
            !(w.is_ascii() && STOP.contains(&w.as_str())),
            "{origin}: the English word “{word}” in Vietnamese: {text}"
        );
    }
    let mut rest = text;
    while let Some(i) = rest.find("Bước ") {
        rest = &rest[i + "Bước ".len()..];
        let n: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if let Ok(n) = n.parse::<u32>() {
            assert!(
                (1..=4).contains(&n),
                "{origin}: “Bước {n}” is not a step: {text}"
            );
            assert!(
                !rest[n.to_string().len()..].trim_start().starts_with("bị"),
                "{origin}: an event called a step: {text}"
            );
        }
    }
}

fn report_texts(r: &Report, out: &mut Vec<String>) {
    for e in &r.history {
        out.push(e.explain(Lang::Vi));
    }
    out.push(r.state.describe(&r.branch, Lang::Vi));
    for n in &r.next {
        out.push(n.event.label(Lang::Vi).to_owned());
        for b in n.by {
            out.push(r.branch.name_of(*b, Lang::Vi).to_owned());
        }
    }
}

/// The Vietnamese texts of one case file's replay.
fn texts_of(file: &str) -> Vec<String> {
    let mut out = Vec::new();
    match Case::from_json(file) {
        Ok(case) => report_texts(&case.report(), &mut out),
        Err(e) => {
            out.push(e.message(Lang::Vi));
            if let ReplayError::Refused(r) = &e {
                report_texts(&r.case.report(), &mut out);
            }
        }
    }
    out
}

/// The decision of a tally vector, or its refusal, in Vietnamese.
fn tally_text(t: &serde_json::Value) -> String {
    let n = |v: &serde_json::Value| v.as_u64().and_then(|n| u32::try_from(n).ok()).unwrap_or(0);
    let e = &t["electorate"];
    let counts = screening_core::Counts::new(n(&e["official"]), n(&e["exempt"]))
        .attending(n(&e["exempt_attending"]))
        .excluding(n(&e["excluded"]));
    let decision = if t["ballot"] == "listing" {
        screening_core::decide_listing(counts, n(&t["yes"]))
    } else {
        screening_core::decide_screening(counts, n(&t["progress_yes"]), n(&t["removal_yes"]))
    };
    match decision {
        Ok(d) => d.explain(Lang::Vi),
        Err(e) => e.message(Lang::Vi),
    }
}

#[test]
fn vietnamese_texts_have_no_iso_date_no_english_and_no_event_called_a_step() {
    let mut checked = 0usize;
    let example =
        std::fs::read_to_string(screening_tests::root().join("examples/case-DV-0042.json"))
            .unwrap_or_else(|e| panic!("{e}"));
    for t in texts_of(&example) {
        check(&t, "examples/case-DV-0042.json");
        checked += 1;
    }
    for path in vector_files() {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
        let file: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
        for v in file["vectors"].as_array().into_iter().flatten() {
            let id = v["id"].as_str().unwrap_or("?");
            if v["tally"].is_object() {
                check(&tally_text(&v["tally"]), id);
                checked += 1;
                continue;
            }
            let case = match (&v["case"], &v["raw"]) {
                (serde_json::Value::Object(_), _) => v["case"].to_string(),
                (_, serde_json::Value::String(raw)) => raw.clone(),
                _ => continue,
            };
            for t in texts_of(&case) {
                check(&t, id);
                checked += 1;
            }
        }
    }
    let mut all = Vec::new();
    for t in screening_tests::vocabularies() {
        all.push(t.title.0.to_owned());
        all.extend(t.rows.iter().map(|(_, vi, _, _)| (*vi).to_owned()));
    }
    for t in &all {
        check(t, "labels");
    }
    checked += all.len();
    assert!(checked > 9_000, "only {checked} texts checked");
}

#[test]
fn the_checks_catch_what_they_are_for() {
    let caught = |t: &str| std::panic::catch_unwind(|| check(t, "probe")).is_err();
    assert!(caught("Họp ngày 2024-03-04"));
    assert!(caught("Bước 3 bị từ chối"));
    assert!(caught("Bước 12: hồ sơ"));
    assert!(caught("Chi ủy refused the event"));
    assert!(!caught(
        "Bước 3: Sàng lọc đảng viên; ngày 04/3/2024; “refused”"
    ));
    assert!(!caught(
        "Hồ sơ không đúng định dạng: events[3].electorate.official: phải là một số"
    ));
}
