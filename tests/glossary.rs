//! `docs/glossary.md`: every code of every closed vocabulary with its Vietnamese and
//! English label and, where there is one, the words of the circular or of Guidance
//! 02 it stands for, generated from the one `vocabulary!` definition. The committed
//! file must equal the generated one (`SCREENING_BLESS=1` rewrites it).

mod snapshot;

use screening_core::ballot::{ApprovalList, BallotKind, Question};
use screening_core::{
    Body, BranchKind, CloseReason, Criterion, ErrorCode, EventType, MemberStatus, MentorRole,
    Outcome, RemovalOutcome, RuleId, StateName, Vocabulary,
};

fn section<V: Vocabulary>(out: &mut String) {
    let (vi, en) = V::TITLE;
    out.push_str(&format!("\n## {vi} — {en}\n\n`{}`\n\n", V::NAME));
    out.push_str("| code | Tiếng Việt | English | source text |\n|---|---|---|---|\n");
    for v in V::all() {
        let source = v.source().map(|s| format!("“{s}”")).unwrap_or_default();
        out.push_str(&format!(
            "| `{}` | {} | {} | {source} |\n",
            v.code(),
            v.label(screening_core::Lang::Vi),
            v.label(screening_core::Lang::En)
        ));
    }
}

fn glossary() -> String {
    let mut s = String::from(
        "# Glossary\n\nEvery code of the case format and of the library's answers, with the Vietnamese the\nlibrary writes (the circular's and Guidance 02's words), the English, and, where there\nis one, the source text it stands for. Generated from the `vocabulary!` definitions\nin `crates/screening-core` and checked by `tests/glossary.rs`: do not edit by hand\n(`SCREENING_BLESS=1 cargo test -p screening-tests --test glossary` rewrites it).\n",
    );
    section::<Body>(&mut s);
    section::<BranchKind>(&mut s);
    section::<MemberStatus>(&mut s);
    section::<StateName>(&mut s);
    section::<EventType>(&mut s);
    section::<Criterion>(&mut s);
    section::<MentorRole>(&mut s);
    section::<RemovalOutcome>(&mut s);
    section::<CloseReason>(&mut s);
    section::<BallotKind>(&mut s);
    section::<Question>(&mut s);
    section::<Outcome>(&mut s);
    section::<ApprovalList>(&mut s);
    section::<ErrorCode>(&mut s);
    section::<RuleId>(&mut s);
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
