//! `docs/glossary.md`: every code of every closed vocabulary with its Vietnamese and
//! English label and, where there is one, the words of the circular or of Guidance
//! 02 it stands for, generated from the one `vocabulary!` definition. The committed
//! file must equal the generated one (`SCREENING_BLESS=1` rewrites it).

mod snapshot;

use screening_tests::{VocabularyTable, vocabularies};

fn section(t: &VocabularyTable, out: &mut String) {
    let (vi, en) = t.title;
    out.push_str(&format!("\n## {vi} — {en}\n\n`{}`\n\n", t.name));
    out.push_str("| code | Tiếng Việt | English | source text |\n|---|---|---|---|\n");
    for (code, vi, en, source) in &t.rows {
        let source = source.map(|s| format!("“{s}”")).unwrap_or_default();
        out.push_str(&format!("| `{code}` | {vi} | {en} | {source} |\n"));
    }
}

fn glossary() -> String {
    let mut s = String::from(
        "# Glossary\n\nEvery code of the case format and of the library's answers, with the Vietnamese the\nlibrary writes (the circular's and Guidance 02's words), the English, and, where there\nis one, the source text it stands for. Generated from the `vocabulary!` definitions\nin `crates/screening-core` and checked by `tests/glossary.rs`: do not edit by hand\n(`SCREENING_BLESS=1 cargo test -p screening-tests --test glossary` rewrites it).\n",
    );
    for t in vocabularies() {
        section(&t, &mut s);
    }
    s
}

#[test]
fn docs_glossary_md_is_generated_from_the_vocabulary() {
    snapshot::assert_block("docs/glossary.md", None, None, &glossary());
}

#[test]
fn every_vietnamese_label_is_free_of_codes_and_english() {
    let g = glossary();
    for line in g.lines().filter(|l| l.starts_with("| `")) {
        let vi = line.split(" | ").nth(1).unwrap_or_default();
        assert!(!vi.contains('_'), "a code in Vietnamese: {line}");
        assert!(
            !vi.contains("BTV") && !vi.contains("ĐUK"),
            "an abbreviation: {line}"
        );
    }
}
