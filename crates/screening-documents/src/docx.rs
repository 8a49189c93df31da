//! DOCX (Office Open XML), what offices edit and print, written by `docx-rs`:
//! A4, margins 20 mm top and bottom, 30 mm left, 15 mm right, Times New Roman
//! 14 pt; the header and the signatures as borderless tables.

use std::io::Cursor;
use std::sync::Arc;

use docx_rs::{
    AlignmentType, BreakType, Docx, LineSpacing, PageMargin, PageOrientationType, Paragraph, Run,
    RunFonts, SpecialIndentType, Table as DocxTable, TableCell, TableLayoutType, TableRow,
    VAlignType, WidthType,
};

use crate::error::DocumentError;
use crate::model::{Align, Block, Document, Explanation, Inline, PARTY, Table};

/// A4 in twentieths of a point.
const A4: (u32, u32) = (11_906, 16_838);
/// Millimetres to twentieths of a point.
const fn mm(n: i32) -> i32 {
    n * 1440 * 10 / 254
}
/// Font size in half-points: 14 pt body, 13 pt tables.
const BODY: usize = 28;
const SMALL: usize = 26;

fn fonts() -> RunFonts {
    RunFonts::new()
        .ascii("Times New Roman")
        .hi_ansi("Times New Roman")
        .cs("Times New Roman")
        .east_asia("Times New Roman")
}

/// A run of `s`, with line breaks for `\n`.
fn run(s: &str) -> Run {
    let mut r = Run::new();
    for (i, line) in s.split('\n').enumerate() {
        if i > 0 {
            r = r.add_break(BreakType::TextWrapping);
        }
        r = r.add_text(line);
    }
    r
}

fn runs(p: Paragraph, r: &[Inline], size: usize) -> Paragraph {
    r.iter().fold(p, |p, i| {
        let one = run(i.plain()).size(size);
        p.add_run(match i {
            Inline::Strong(_) => one.bold(),
            Inline::Emphasis(_) => one.italic(),
            Inline::Text(_) | Inline::Blank => one,
        })
    })
}

fn centered(text: &str, bold: bool, size: usize) -> Paragraph {
    let r = run(text).size(size);
    Paragraph::new()
        .align(AlignmentType::Center)
        .add_run(if bold { r.bold() } else { r })
}

fn spacing() -> LineSpacing {
    LineSpacing::new().before(0).after(80)
}

/// A borderless cell of paragraphs.
fn plain_cell(paragraphs: Vec<Paragraph>, width: usize) -> TableCell {
    paragraphs
        .into_iter()
        .fold(TableCell::new(), TableCell::add_paragraph)
        .width(width, WidthType::Dxa)
        .clear_all_border()
        .vertical_align(VAlignType::Top)
}

fn text_width(doc: &Document) -> usize {
    let (w, h) = A4;
    let page = if doc.landscape { h } else { w };
    usize::try_from(i64::from(page) - i64::from(mm(30)) - i64::from(mm(15))).unwrap_or(9_000)
}

fn grid(t: &Table, width: usize) -> DocxTable {
    let cols: Vec<usize> = t
        .widths
        .iter()
        .map(|w| width * usize::try_from(*w).unwrap_or(0) / 100)
        .collect();
    let mut rows = Vec::new();
    if t.head.iter().any(|h| !h.is_empty()) {
        rows.push(TableRow::new(
            t.head
                .iter()
                .zip(&cols)
                .map(|(h, w)| {
                    TableCell::new()
                        .add_paragraph(centered(h, true, SMALL))
                        .width(*w, WidthType::Dxa)
                })
                .collect(),
        ));
    }
    for row in &t.rows {
        rows.push(TableRow::new(
            row.iter()
                .zip(&cols)
                .map(|(c, w)| {
                    TableCell::new()
                        .add_paragraph(runs(Paragraph::new(), c, SMALL))
                        .width(*w, WidthType::Dxa)
                })
                .collect(),
        ));
    }
    DocxTable::new(rows)
        .set_grid(cols)
        .layout(TableLayoutType::Fixed)
        .width(width, WidthType::Dxa)
}

/// The document as a `.docx` file.
pub fn document(doc: &Document) -> Result<Vec<u8>, DocumentError> {
    let width = text_width(doc);
    let half = width / 2;
    let mut d = base(doc.landscape);

    // Header: two borderless columns.
    let h = &doc.header;
    let mut left = vec![
        runs(
            Paragraph::new().align(AlignmentType::Center),
            std::slice::from_ref(&h.above),
            BODY,
        ),
        runs(
            Paragraph::new().align(AlignmentType::Center),
            &[Inline::Strong(h.branch.plain().to_owned())],
            BODY,
        ),
        centered("*", false, BODY),
    ];
    if let Some(n) = &h.number {
        left.push(centered(n, false, BODY));
    }
    let right = vec![
        Paragraph::new()
            .align(AlignmentType::Center)
            .add_run(run(PARTY).size(BODY).bold().underline("single")),
        Paragraph::new(),
        runs(
            Paragraph::new().align(AlignmentType::Center),
            &doc.place_date,
            BODY,
        ),
    ];
    d = d.add_table(
        DocxTable::new(vec![TableRow::new(vec![
            plain_cell(left, half),
            plain_cell(right, width - half),
        ])])
        .set_grid(vec![half, width - half])
        .layout(TableLayoutType::Fixed)
        .clear_all_border(),
    );

    d = d.add_paragraph(Paragraph::new());
    d = d.add_paragraph(centered(&doc.title, true, BODY));
    if let Some(sub) = &doc.subtitle {
        d = d.add_paragraph(centered(sub, true, BODY));
    }
    d = d.add_paragraph(Paragraph::new());
    for block in &doc.body {
        d = match block {
            Block::Heading(t) => d.add_paragraph(
                Paragraph::new()
                    .line_spacing(spacing())
                    .add_run(run(t).size(BODY).bold()),
            ),
            Block::Paragraph(align, r) => {
                let p = Paragraph::new().line_spacing(spacing());
                let p = match align {
                    Align::Body => p.align(AlignmentType::Both).indent(
                        None,
                        Some(SpecialIndentType::FirstLine(mm(10))),
                        None,
                        None,
                    ),
                    Align::Center => p.align(AlignmentType::Center),
                    Align::Left => p.align(AlignmentType::Left),
                };
                d.add_paragraph(runs(p, r, BODY))
            }
            Block::Table(t) => d.add_table(grid(t, width)).add_paragraph(Paragraph::new()),
        };
    }

    // Signatures (and recipients at the left), borderless.
    let mut cells = Vec::new();
    let columns = doc.signatures.len() + usize::from(!doc.recipients.is_empty());
    let col = width / columns.max(1);
    if !doc.recipients.is_empty() {
        let paras = doc
            .recipients
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let x = run(r).size(24);
                Paragraph::new().add_run(if i == 0 { x.bold().italic() } else { x })
            })
            .collect();
        cells.push(plain_cell(paras, col));
    }
    let pad = doc.signatures.iter().any(|s| s.on_behalf.is_some());
    for sig in &doc.signatures {
        let mut paras = Vec::new();
        match &sig.on_behalf {
            Some(b) => paras.push(centered(b, true, BODY)),
            None if pad => paras.push(Paragraph::new()),
            None => {}
        }
        paras.push(centered(&sig.title, true, BODY));
        for (i, n) in sig.names.iter().enumerate() {
            paras.push(Paragraph::new());
            paras.push(Paragraph::new());
            if i == 0 {
                paras.push(Paragraph::new());
            }
            paras.push(runs(
                Paragraph::new().align(AlignmentType::Center),
                &[Inline::Strong(n.plain().to_owned())],
                BODY,
            ));
        }
        cells.push(plain_cell(paras, col));
    }
    if !cells.is_empty() {
        d = d.add_table(
            DocxTable::new(vec![TableRow::new(cells)])
                .set_grid(vec![col; columns])
                .layout(TableLayoutType::Fixed)
                .clear_all_border(),
        );
    }
    pack(d)
}

/// The explanation sheet as a `.docx` file.
pub fn explanation(e: &Explanation) -> Result<Vec<u8>, DocumentError> {
    let mut d = base(false).add_paragraph(centered(&e.title, true, BODY));
    for line in &e.lines {
        d = d.add_paragraph(
            Paragraph::new()
                .line_spacing(spacing())
                .add_run(run(&format!("– {line}")).size(SMALL)),
        );
    }
    pack(d)
}

fn base(landscape: bool) -> Docx {
    let (w, h) = A4;
    let d = Docx::new()
        .default_fonts(fonts())
        .default_size(BODY)
        .page_margin(PageMargin {
            top: mm(20),
            left: mm(30),
            bottom: mm(20),
            right: mm(15),
            header: mm(10),
            footer: mm(10),
            gutter: 0,
        });
    if landscape {
        d.page_size(h, w)
            .page_orient(PageOrientationType::Landscape)
    } else {
        d.page_size(w, h)
    }
}

fn pack(d: Docx) -> Result<Vec<u8>, DocumentError> {
    let mut out = Cursor::new(Vec::new());
    d.build()
        .pack(&mut out)
        .map_err(|e| DocumentError::Write(Arc::new(docx_rs::DocxError::from(e))))?;
    Ok(out.into_inner())
}
