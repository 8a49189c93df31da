//! docs/errors.md lists every error code of `ErrorCode::ALL` with its
//! Vietnamese and English messages, and nothing else.

use screening_core::{ErrorCode, Lang};

fn doc() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/errors.md");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The table rows: `| `code` | when | vi | en |`, split into cells.
fn rows(doc: &str) -> Vec<Vec<String>> {
    doc.lines()
        .filter(|l| l.starts_with("| `"))
        .map(|l| {
            l.trim_matches('|')
                .split(" | ")
                .map(|c| c.trim().to_owned())
                .collect()
        })
        .collect()
}

#[test]
fn docs_errors_md_lists_every_code_with_its_messages() {
    let doc = doc();
    let rows = rows(&doc);
    let codes: Vec<String> = rows
        .iter()
        .map(|r| r[0].trim_matches('`').to_owned())
        .collect();
    let all: Vec<String> = ErrorCode::ALL.iter().map(|c| c.code().to_owned()).collect();
    assert_eq!(codes, all, "the table's codes, in ErrorCode::ALL's order");
    for (row, code) in rows.iter().zip(ErrorCode::ALL) {
        assert_eq!(row.len(), 4, "{row:?}");
        assert!(!row[1].is_empty(), "{code}: when?");
        assert_eq!(row[2], code.label(Lang::Vi), "{code}: Vietnamese message");
        assert_eq!(row[3], code.label(Lang::En), "{code}: English message");
    }
}

#[test]
fn docs_errors_md_documents_stale_case() {
    let doc = doc();
    assert!(ErrorCode::ALL.contains(&ErrorCode::StaleCase));
    assert!(doc.contains("| `stale_case` |"));
    assert!(doc.contains("apply_at"));
}
