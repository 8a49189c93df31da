//! Markdown, for review (a diff shows what changed in a document).

use std::fmt::Write as _;

use crate::model::{Block, Document, Explanation, Inline, PARTY};

/// Escapes what Markdown would read as markup.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '|' | '[' | ']' | '<' | '>' | '#' | '`'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `s` between `marker`s, with its outer spaces outside them (Markdown does not
/// read "** x**" as bold).
fn wrap(marker: &str, s: &str) -> String {
    let inner = s.trim();
    if inner.is_empty() {
        return s.to_owned();
    }
    let start = s.len() - s.trim_start().len();
    let end = s.trim_end().len();
    format!(
        "{}{marker}{}{marker}{}",
        &s[..start],
        escape(inner),
        &s[end..]
    )
}

/// Runs as Markdown: neighbouring runs of one kind are joined first, so that
/// emphasis is never nested or split.
fn runs(r: &[Inline]) -> String {
    let mut groups: Vec<(u8, String)> = Vec::new();
    for i in r {
        let kind = match i {
            Inline::Text(_) | Inline::Blank => 0,
            Inline::Strong(_) => 1,
            Inline::Emphasis(_) => 2,
        };
        match groups.last_mut() {
            Some((k, text)) if *k == kind => text.push_str(i.plain()),
            _ => groups.push((kind, i.plain().to_owned())),
        }
    }
    groups
        .iter()
        .map(|(kind, s)| match kind {
            1 => wrap("**", s),
            2 => wrap("*", s),
            _ => escape(s),
        })
        .collect()
}

/// A cell: line breaks become `<br>`.
fn cell(r: &[Inline]) -> String {
    runs(r).replace('\n', "<br>")
}

/// The document as Markdown.
pub fn document(doc: &Document) -> String {
    let mut s = String::new();
    let h = &doc.header;
    let _ = writeln!(
        s,
        "| {} | **{PARTY}** |",
        runs(std::slice::from_ref(&h.above))
    );
    let _ = writeln!(s, "|:---:|:---:|");
    let _ = writeln!(
        s,
        "| **{}** | {} |",
        runs(std::slice::from_ref(&h.branch)),
        runs(&doc.place_date)
    );
    let _ = writeln!(s, "| \\* | |");
    if let Some(n) = &h.number {
        let _ = writeln!(s, "| {} | |", escape(n));
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "## {}", escape(&doc.title));
    if let Some(sub) = &doc.subtitle {
        let _ = writeln!(s);
        let _ = writeln!(s, "**{}**", escape(sub));
    }
    for block in &doc.body {
        let _ = writeln!(s);
        match block {
            Block::Heading(t) => {
                let _ = writeln!(s, "### {}", escape(t));
            }
            Block::Paragraph(_, r) => {
                let _ = writeln!(s, "{}", runs(r));
            }
            Block::Table(t) => {
                let _ = writeln!(
                    s,
                    "| {} |",
                    t.head
                        .iter()
                        .map(|h| escape(h))
                        .collect::<Vec<_>>()
                        .join(" | ")
                );
                let _ = writeln!(s, "|{}", "---|".repeat(t.head.len()));
                for row in &t.rows {
                    let _ = writeln!(
                        s,
                        "| {} |",
                        row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(" | ")
                    );
                }
            }
        }
    }
    let _ = writeln!(s);
    // Recipients left, signatures right, as one table.
    let mut columns: Vec<Vec<String>> = Vec::new();
    if !doc.recipients.is_empty() {
        columns.push(doc.recipients.iter().map(|r| escape(r)).collect());
    }
    let pad = doc.signatures.iter().any(|s| s.on_behalf.is_some());
    for sig in &doc.signatures {
        let mut col = Vec::new();
        match &sig.on_behalf {
            Some(b) => col.push(format!("**{}**", escape(b))),
            None if pad => col.push(String::new()),
            None => {}
        }
        col.push(format!("**{}**", escape(&sig.title)));
        col.push(String::new());
        col.push(String::new());
        for n in &sig.names {
            col.push(format!("**{}**", runs(std::slice::from_ref(n))));
        }
        columns.push(col);
    }
    let height = columns.iter().map(Vec::len).max().unwrap_or(0);
    if !columns.is_empty() {
        let _ = writeln!(
            s,
            "| {} |",
            columns
                .iter()
                .map(|c| c.first().cloned().unwrap_or_default())
                .collect::<Vec<_>>()
                .join(" | ")
        );
        let _ = writeln!(s, "|{}", ":---:|".repeat(columns.len()));
        for row in 1..height {
            let _ = writeln!(
                s,
                "| {} |",
                columns
                    .iter()
                    .map(|c| c.get(row).cloned().unwrap_or_default())
                    .collect::<Vec<_>>()
                    .join(" | ")
            );
        }
    }
    s
}

/// The explanation sheet as Markdown.
pub fn explanation(e: &Explanation) -> String {
    let mut s = format!("## {}\n\n", escape(&e.title));
    for line in &e.lines {
        let _ = writeln!(s, "- {}", escape(line));
    }
    s
}
