//! `screening document vote-record|list|resolution CASE.json [--event N]
//! [--context FILE] --format docx|html|md --out FILE [--explain]`: the papers a
//! branch signs, made by `screening_documents`.

use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use screening_core::{Case, Lang, ReplayError};
use screening_documents::{Context, DocumentError, Format, Kind};

use crate::{REFUSED, UNREADABLE, output};

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum KindArg {
    /// The vote-count record of a secret ballot (biên bản kiểm phiếu).
    VoteRecord,
    /// The list sent up for approval (danh sách), one branch per list.
    List,
    /// The branch's resolution (nghị quyết): mentor assigned, or after the screening ballots.
    Resolution,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    /// Office Open XML, for offices to edit and print.
    Docx,
    /// One self-contained HTML page, A4, for the browser's print dialog.
    Html,
    /// Markdown, for review.
    Md,
}

#[derive(Debug, Args)]
pub struct DocumentArgs {
    /// Which document.
    #[arg(value_enum)]
    kind: KindArg,
    /// The case file; for a list, case files and JSON Lines files (`*.jsonl`, one
    /// case per line) of one branch. `-` reads standard input.
    #[arg(required = true, value_name = "CASE")]
    files: Vec<PathBuf>,
    /// The 0-based index of the event (a ballot; for a resolution, a mentor's
    /// assignment or a screening ballot). Default: the case's last such event.
    #[arg(long, value_name = "N")]
    event: Option<usize>,
    /// The document context (JSON, `screening-context/1`): names, posts, the
    /// meeting, the tellers. Without it every such fact is a blank to fill by hand.
    #[arg(long, value_name = "FILE")]
    context: Option<PathBuf>,
    /// The output format.
    #[arg(long, value_enum)]
    format: FormatArg,
    /// Where to write it; `-` writes standard output.
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// Write the explanation sheet (each figure's rule IDs and numbers) instead of
    /// the document to sign.
    #[arg(long)]
    explain: bool,
}

/// A document error with its stable code, as `output::error` writes them.
fn error(e: &DocumentError, lang: Lang) -> u8 {
    let word = match lang {
        Lang::Vi => "lỗi",
        Lang::En => "error",
    };
    eprintln!("{word} [{}]: {}", e.code(), e.message(lang));
    match e {
        DocumentError::Case(ReplayError::Refused(_)) => REFUSED,
        _ => UNREADABLE,
    }
}

/// The cases of a file: the whole file, or one per non-empty line of a `.jsonl` file.
fn cases_of(path: &Path, lang: Lang, cases: &mut Vec<Case>) -> Result<(), u8> {
    let text = output::read(path).map_err(|e| e.report(lang))?;
    let jsonl = path.extension().is_some_and(|x| x == "jsonl");
    let parts: Vec<&str> = if jsonl {
        text.lines().filter(|l| !l.trim().is_empty()).collect()
    } else {
        vec![text.as_str()]
    };
    for part in parts {
        match Case::from_json(part) {
            Ok(case) => cases.push(case),
            Err(e) => {
                eprint!("{}: ", path.display());
                return Err(error(&DocumentError::Case(e), lang));
            }
        }
    }
    Ok(())
}

pub fn run(args: DocumentArgs, lang: Lang) -> u8 {
    let mut cases = Vec::new();
    for path in &args.files {
        if let Err(code) = cases_of(path, lang, &mut cases) {
            return code;
        }
    }
    let context = match &args.context {
        None => Context::default(),
        Some(path) => match output::read(path) {
            Err(e) => return e.report(lang),
            Ok(text) => match Context::from_json(&text) {
                Ok(c) => c,
                Err(e) => return error(&DocumentError::Context(e), lang),
            },
        },
    };
    let kind = match args.kind {
        KindArg::VoteRecord => Kind::VoteRecord,
        KindArg::List => Kind::List,
        KindArg::Resolution => Kind::Resolution,
    };
    let format = match args.format {
        FormatArg::Docx => Format::Docx,
        FormatArg::Html => Format::Html,
        FormatArg::Md => Format::Markdown,
    };
    let paper = match screening_documents::make(kind, &cases, args.event, &context) {
        Ok(p) => p,
        Err(e) => return error(&e, lang),
    };
    let bytes = if args.explain {
        screening_documents::render_explanation(&paper.explanation, format)
    } else {
        screening_documents::render(&paper.document, format)
    };
    let bytes = match bytes {
        Ok(b) => b,
        Err(e) => return error(&e, lang),
    };
    let written = if args.out == Path::new("-") {
        use std::io::Write as _;
        std::io::stdout().write_all(&bytes)
    } else {
        std::fs::write(&args.out, &bytes)
    };
    match written {
        Ok(()) => 0,
        Err(e) => {
            let what = args.out.display();
            let message = match lang {
                Lang::Vi => match e.kind() {
                    std::io::ErrorKind::NotFound => {
                        format!("không ghi được {what}: không có thư mục này")
                    }
                    std::io::ErrorKind::PermissionDenied => {
                        format!("không ghi được {what}: không có quyền ghi")
                    }
                    _ => format!("không ghi được {what}: lỗi hệ điều hành khi ghi"),
                },
                Lang::En => format!("cannot write {what}: {e}"),
            };
            output::io_error(&message, lang)
        }
    }
}
