//! HTML for the browser's print dialog: one self-contained page (no script, no
//! external file), A4 with the margins of Party documents, Times New Roman.

use std::fmt::Write as _;

use crate::model::{Align, Block, Document, Explanation, Inline, PARTY};

/// The style sheet: A4 (landscape for a wide list), margins 20 mm top and bottom,
/// 30 mm left, 15 mm right.
const STYLE: &str = "\
@page { size: A4 PAGE; margin: 20mm 15mm 20mm 30mm; }
body { font-family: 'Times New Roman', Times, serif; font-size: 14pt; line-height: 1.35; margin: 0 auto; max-width: WIDTH; color: #000; background: #fff; }
table.head, table.sign { width: 100%; border-collapse: collapse; margin-bottom: 12pt; }
table.head td, table.sign td { text-align: center; vertical-align: top; padding: 0 4pt; }
table.head td.party { font-weight: bold; text-decoration: underline; }
.placedate { font-style: italic; }
h1 { font-size: 14pt; text-align: center; margin: 12pt 0 0; }
p.subtitle { text-align: center; font-weight: bold; margin: 0 0 12pt; }
h2 { font-size: 14pt; margin: 10pt 0 4pt; }
p { margin: 0 0 6pt; }
p.body { text-align: justify; text-indent: 1cm; }
p.center { text-align: center; }
table.grid { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; font-size: 13pt; }
table.grid th, table.grid td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
table.grid th { font-weight: bold; text-align: center; }
table.sign td.to { text-align: left; font-size: 12pt; }
td .space { height: 60pt; }
@media print { body { max-width: none; } }
";

/// Escapes text for HTML.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str("<br>"),
            c => out.push(c),
        }
    }
    out
}

fn runs(r: &[Inline]) -> String {
    r.iter()
        .map(|i| match i {
            Inline::Text(s) => escape(s),
            Inline::Strong(s) => format!("<b>{}</b>", escape(s)),
            Inline::Emphasis(s) => format!("<i>{}</i>", escape(s)),
            Inline::Blank => format!("<span class=\"blank\">{}</span>", i.plain()),
        })
        .collect()
}

fn page(title: &str, landscape: bool, body: &str) -> String {
    let style = STYLE
        .replace("PAGE", if landscape { "landscape" } else { "portrait" })
        .replace("WIDTH", if landscape { "252mm" } else { "165mm" });
    format!(
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\n{style}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        escape(title)
    )
}

/// The document as one HTML page.
pub fn document(doc: &Document) -> String {
    let mut s = String::new();
    let h = &doc.header;
    let _ = writeln!(s, "<table class=\"head\">");
    let _ = writeln!(
        s,
        "<tr><td>{}</td><td class=\"party\">{PARTY}</td></tr>",
        runs(std::slice::from_ref(&h.above))
    );
    let _ = writeln!(
        s,
        "<tr><td><b>{}</b><br>*{}</td><td class=\"placedate\">{}</td></tr>",
        runs(std::slice::from_ref(&h.branch)),
        h.number
            .as_ref()
            .map(|n| format!("<br>{}", escape(n)))
            .unwrap_or_default(),
        runs(&doc.place_date)
    );
    let _ = writeln!(s, "</table>");
    let _ = writeln!(s, "<h1>{}</h1>", escape(&doc.title));
    if let Some(sub) = &doc.subtitle {
        let _ = writeln!(s, "<p class=\"subtitle\">{}</p>", escape(sub));
    }
    for block in &doc.body {
        match block {
            Block::Heading(t) => {
                let _ = writeln!(s, "<h2>{}</h2>", escape(t));
            }
            Block::Paragraph(align, r) => {
                let class = match align {
                    Align::Body => "body",
                    Align::Center => "center",
                    Align::Left => "left",
                };
                let _ = writeln!(s, "<p class=\"{class}\">{}</p>", runs(r));
            }
            Block::Table(t) => {
                let _ = writeln!(s, "<table class=\"grid\">");
                let _ = write!(s, "<colgroup>");
                for w in &t.widths {
                    let _ = write!(s, "<col style=\"width:{w}%\">");
                }
                let _ = writeln!(s, "</colgroup>");
                if t.head.iter().any(|h| !h.is_empty()) {
                    let _ = write!(s, "<thead><tr>");
                    for h in &t.head {
                        let _ = write!(s, "<th>{}</th>", escape(h));
                    }
                    let _ = writeln!(s, "</tr></thead>");
                }
                let _ = writeln!(s, "<tbody>");
                for row in &t.rows {
                    let _ = write!(s, "<tr>");
                    for c in row {
                        let _ = write!(s, "<td>{}</td>", runs(c));
                    }
                    let _ = writeln!(s, "</tr>");
                }
                let _ = writeln!(s, "</tbody></table>");
            }
        }
    }
    let _ = writeln!(s, "<table class=\"sign\"><tr>");
    if !doc.recipients.is_empty() {
        let _ = writeln!(
            s,
            "<td class=\"to\">{}</td>",
            doc.recipients
                .iter()
                .enumerate()
                .map(|(i, r)| if i == 0 {
                    format!("<b><i>{}</i></b>", escape(r))
                } else {
                    escape(r)
                })
                .collect::<Vec<_>>()
                .join("<br>")
        );
    }
    let pad = doc.signatures.iter().any(|s| s.on_behalf.is_some());
    for sig in &doc.signatures {
        let mut cell = String::new();
        match &sig.on_behalf {
            Some(b) => {
                let _ = write!(cell, "<b>{}</b><br>", escape(b));
            }
            None if pad => cell.push_str("<br>"),
            None => {}
        }
        let _ = write!(
            cell,
            "<b>{}</b><div class=\"space\"></div>",
            escape(&sig.title)
        );
        cell.push_str(
            &sig.names
                .iter()
                .map(|n| format!("<b>{}</b>", runs(std::slice::from_ref(n))))
                .collect::<Vec<_>>()
                .join("<div class=\"space\"></div>"),
        );
        let _ = writeln!(s, "<td>{cell}</td>");
    }
    let _ = writeln!(s, "</tr></table>");
    page(&doc.title, doc.landscape, &s)
}

/// The explanation sheet as one HTML page.
pub fn explanation(e: &Explanation) -> String {
    let mut s = format!("<h1>{}</h1>\n<ul>\n", escape(&e.title));
    for line in &e.lines {
        let _ = writeln!(s, "<li>{}</li>", escape(line));
    }
    s.push_str("</ul>\n");
    page(&e.title, false, &s)
}
