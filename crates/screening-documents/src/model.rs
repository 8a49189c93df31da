//! A document as the three writers see it: the Party's layout (header, place and
//! date, title, body, signatures) with text that is already in its final words.
//!
//! The builders ([`crate::vote_record`], [`crate::list`], [`crate::resolution`])
//! fill a [`Document`]; [`crate::markdown`], [`crate::html`] and [`crate::docx`]
//! only lay it out, so the three formats always say the same thing.

/// A dotted blank, printed where a fact is not known, to be filled in by hand.
pub const BLANK: &str = "…………………";

/// A short dotted blank (a number, an hour).
pub const SHORT_BLANK: &str = "……";

/// A run of text in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    /// Plain text.
    Text(String),
    /// Bold text.
    Strong(String),
    /// Italic text.
    Emphasis(String),
    /// A fact not known: a dotted blank to fill in by hand.
    Blank,
}

impl Inline {
    /// The inline as plain text (a blank is [`BLANK`]).
    pub fn plain(&self) -> &str {
        match self {
            Inline::Text(s) | Inline::Strong(s) | Inline::Emphasis(s) => s,
            Inline::Blank => BLANK,
        }
    }
}

/// A paragraph's or a cell's runs.
pub type Text = Vec<Inline>;

/// Plain text in one run.
pub fn text(s: impl Into<String>) -> Text {
    vec![Inline::Text(s.into())]
}

/// A known value, or a blank.
pub fn known(value: Option<String>) -> Inline {
    match value {
        Some(v) => Inline::Text(v),
        None => Inline::Blank,
    }
}

/// The plain text of runs.
pub fn plain(runs: &[Inline]) -> String {
    runs.iter().map(Inline::plain).collect()
}

/// How a paragraph sits on the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Justified body text, first line indented.
    Body,
    /// Centred.
    Center,
    /// Left, not indented (addressees, lists of recipients).
    Left,
}

/// A table: header row and body rows, each cell a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The header cells.
    pub head: Vec<String>,
    /// The rows.
    pub rows: Vec<Vec<Text>>,
    /// Relative column widths (sum 100), one per column.
    pub widths: Vec<u32>,
}

/// A block of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A section heading ("1. Tình hình đảng viên của chi bộ").
    Heading(String),
    /// A paragraph.
    Paragraph(Align, Text),
    /// A table with borders.
    Table(Table),
}

/// One signature: who signs on whose behalf, and the name under the space.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// "T/M BAN KIỂM PHIẾU", "T/M CHI ỦY", "T/M CHI BỘ"; none for one who signs in
    /// their own capacity.
    pub on_behalf: Option<String>,
    /// "TRƯỞNG BAN", "BÍ THƯ", "CÁC ỦY VIÊN".
    pub title: String,
    /// The names under the signature space (a blank where not known).
    pub names: Vec<Inline>,
}

/// The organisation header: the party organisation above the branch, the branch,
/// and the document's number, on the left; the Party's name on the right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// "ĐẢNG BỘ …", upper case.
    pub above: Inline,
    /// "CHI BỘ …", upper case.
    pub branch: Inline,
    /// "Số …-NQ/CB", where the document has a number.
    pub number: Option<String>,
}

/// The Party's name, right of the header.
pub const PARTY: &str = "ĐẢNG CỘNG SẢN VIỆT NAM";

/// A document in the Party's layout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The organisation header.
    pub header: Header,
    /// "…, ngày 18 tháng 3 năm 2025": place, then date.
    pub place_date: Text,
    /// "BIÊN BẢN KIỂM PHIẾU".
    pub title: String,
    /// What it is about, under the title.
    pub subtitle: Option<String>,
    /// The body.
    pub body: Vec<Block>,
    /// Recipients ("Nơi nhận"), left of the signatures.
    pub recipients: Vec<String>,
    /// The signatures, left to right.
    pub signatures: Vec<Signature>,
    /// Whether the page is landscape (a wide list).
    pub landscape: bool,
}

impl Document {
    /// Every word of the document as plain text, in reading order: what is signed.
    pub fn plain_text(&self) -> String {
        let mut out = Vec::new();
        out.push(plain(std::slice::from_ref(&self.header.above)));
        out.push(plain(std::slice::from_ref(&self.header.branch)));
        if let Some(n) = &self.header.number {
            out.push(n.clone());
        }
        out.push(PARTY.to_owned());
        out.push(plain(&self.place_date));
        out.push(self.title.clone());
        if let Some(s) = &self.subtitle {
            out.push(s.clone());
        }
        for block in &self.body {
            match block {
                Block::Heading(h) => out.push(h.clone()),
                Block::Paragraph(_, runs) => out.push(plain(runs)),
                Block::Table(t) => {
                    out.push(t.head.join(" | "));
                    for row in &t.rows {
                        out.push(row.iter().map(|c| plain(c)).collect::<Vec<_>>().join(" | "));
                    }
                }
            }
        }
        out.extend(self.recipients.iter().cloned());
        for s in &self.signatures {
            if let Some(b) = &s.on_behalf {
                out.push(b.clone());
            }
            out.push(s.title.clone());
            out.extend(s.names.iter().map(|n| n.plain().to_owned()));
        }
        out.join("\n")
    }
}

/// An explanation sheet: not signed, for whoever checks the document: each figure
/// with the rule IDs and the numbers behind it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation {
    /// Its title.
    pub title: String,
    /// One line per figure.
    pub lines: Vec<String>,
}

/// A document and its explanation sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paper {
    /// What the branch signs.
    pub document: Document,
    /// Why each figure is what it is.
    pub explanation: Explanation,
}
