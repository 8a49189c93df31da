//! # screening-documents
//!
//! The papers a party branch prints and signs, made from what `screening-core`
//! decided, laid out as Party documents are (the organisation header, the place
//! and date, the title, the body, the signatures), as `.docx`, HTML (for the
//! browser's print dialog) and Markdown (for review):
//!
//! - the vote-count record of a secret ballot ("biên bản kiểm phiếu",
//!   [`vote_record`]): the listing ballot, or the progress and removal ballots;
//! - the list sent up for approval ("danh sách", [`list`]): the members listed
//!   in Step 1, put on continued education, or whose progress is recognised;
//! - the branch's resolutions ("nghị quyết", [`resolution`]): assigning the
//!   mentor, and deciding after the screening ballots.
//!
//! And the state diagram ([`diagram`]), generated from the core's transition
//! table.
//!
//! Presentation stands above the rules: this crate reads only the core's public
//! API and decides nothing. Every figure is the core's (the base E, the yes
//! counts, the thresholds met or not); the facts the case file does not hold
//! (names, posts, the meeting's time and place, the tellers) come from an optional
//! [`context::Context`] and print as a dotted blank where missing, never a guess.
//! The signed text holds no rule ID, no English and no JSON code: those go in the
//! explanation sheet that comes with each document ([`Paper::explanation`]).
//!
//! ```
//! use screening_core::Case;
//! use screening_documents::{Format, context::Context, render, vote_record};
//! let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/case-DV-0042.json")).unwrap();
//! let case = Case::from_json(&text).unwrap();
//! let paper = vote_record(&case, Some(11), &Context::default()).unwrap();
//! let md = String::from_utf8(render(&paper.document, Format::Markdown).unwrap()).unwrap();
//! assert!(md.contains("## BIÊN BẢN KIỂM PHIẾU"));
//! # #[cfg(feature = "docx")] {
//! let docx = render(&paper.document, Format::Docx).unwrap();
//! assert!(docx.starts_with(b"PK"));
//! # }
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod context;
pub mod diagram;
#[cfg(feature = "docx")]
pub mod docx;
pub mod error;
pub mod html;
mod list;
pub mod markdown;
pub mod model;
mod resolution;
mod vote_record;
mod words;

pub use context::Context;
pub use error::DocumentError;
pub use list::list;
pub use model::{Document, Explanation, Paper};
pub use resolution::resolution;
pub use vote_record::vote_record;
pub use words::{date_in_words, percent};

/// The documents this crate makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// The vote-count record of a ballot.
    VoteRecord,
    /// The list sent up for approval.
    List,
    /// A resolution of the branch.
    Resolution,
}

impl Kind {
    /// The command-line name: `vote-record`, `list`, `resolution`.
    pub const fn code(self) -> &'static str {
        match self {
            Kind::VoteRecord => "vote-record",
            Kind::List => "list",
            Kind::Resolution => "resolution",
        }
    }

    /// The kind named `code`.
    pub fn from_code(code: &str) -> Option<Kind> {
        [Kind::VoteRecord, Kind::List, Kind::Resolution]
            .into_iter()
            .find(|k| k.code() == code)
    }
}

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Office Open XML (`.docx`).
    Docx,
    /// One self-contained HTML page, A4, for printing.
    Html,
    /// Markdown, for review.
    Markdown,
}

impl Format {
    /// The command-line name: `docx`, `html`, `md`.
    pub const fn code(self) -> &'static str {
        match self {
            Format::Docx => "docx",
            Format::Html => "html",
            Format::Markdown => "md",
        }
    }

    /// The format named `code`.
    pub fn from_code(code: &str) -> Option<Format> {
        [Format::Docx, Format::Html, Format::Markdown]
            .into_iter()
            .find(|f| f.code() == code)
    }
}

/// Makes the document of `kind` from `cases` (one case, or for a list several of
/// one branch), at event `index`; without one, the case's last ballot (for a
/// resolution, its last mentor assignment or screening ballot).
pub fn make(
    kind: Kind,
    cases: &[screening_core::Case],
    index: Option<usize>,
    context: &Context,
) -> Result<Paper, DocumentError> {
    match kind {
        Kind::List => list(cases, index, context),
        Kind::VoteRecord | Kind::Resolution => {
            let [case] = cases else {
                return Err(if cases.is_empty() {
                    DocumentError::NoCases
                } else {
                    DocumentError::EventWithSeveralCases
                });
            };
            match kind {
                Kind::Resolution => {
                    let index = match index {
                        Some(i) => i,
                        None => case
                            .events()
                            .iter()
                            .rposition(|e| {
                                matches!(
                                    e.action,
                                    screening_core::Action::MentorAssigned { .. }
                                        | screening_core::Action::MentorReassigned { .. }
                                        | screening_core::Action::ScreeningVoted { .. }
                                )
                            })
                            .ok_or(DocumentError::NoBallot)?,
                    };
                    resolution(case, index, context)
                }
                _ => vote_record(case, index, context),
            }
        }
    }
}

/// A document in `format`: UTF-8 text for HTML and Markdown, a zip package for
/// DOCX (`format_unavailable` when the crate is built without its `docx` feature).
pub fn render(document: &Document, format: Format) -> Result<Vec<u8>, DocumentError> {
    Ok(match format {
        #[cfg(feature = "docx")]
        Format::Docx => return docx::document(document),
        #[cfg(not(feature = "docx"))]
        Format::Docx => return Err(DocumentError::FormatUnavailable { format }),
        Format::Html => html::document(document).into_bytes(),
        Format::Markdown => markdown::document(document).into_bytes(),
    })
}

/// An explanation sheet in `format`.
pub fn render_explanation(
    explanation: &Explanation,
    format: Format,
) -> Result<Vec<u8>, DocumentError> {
    Ok(match format {
        #[cfg(feature = "docx")]
        Format::Docx => return docx::explanation(explanation),
        #[cfg(not(feature = "docx"))]
        Format::Docx => return Err(DocumentError::FormatUnavailable { format }),
        Format::Html => html::explanation(explanation).into_bytes(),
        Format::Markdown => markdown::explanation(explanation).into_bytes(),
    })
}
