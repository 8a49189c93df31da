//! `screening diagram --format mermaid|dot`: the state diagram, generated from
//! the transition table (`screening_documents::diagram`).

use clap::ValueEnum;
use screening_documents::diagram;

/// The diagram's format.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    /// A Mermaid flowchart (Markdown renders it in a ```mermaid block).
    Mermaid,
    /// Graphviz DOT (`dot -Tsvg`).
    Dot,
}

pub fn run(format: Format) -> u8 {
    match format {
        Format::Mermaid => print!("{}", diagram::mermaid()),
        Format::Dot => print!("{}", diagram::dot()),
    }
    0
}
