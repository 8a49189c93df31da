//! `screening minutes FILE --event N`: the vote-count record of a ballot
//! ("biên bản kiểm phiếu"); `screening minutes --list FILE...`: the list for the
//! superior ("danh sách đề nghị phê duyệt"). Both are Markdown in Vietnamese,
//! written by `screening_core::minutes`.

use std::path::{Path, PathBuf};

use clap::Args;
use screening_core::minutes::{approval_list, vote_count_record};
use screening_core::{Case, Lang, ReplayError};

use crate::{REFUSED, UNREADABLE, output};

#[derive(Debug, Args)]
pub struct MinutesArgs {
    /// The case file (with --event); with --list, case files and JSON Lines files
    /// (`*.jsonl`, one case per line). `-` reads standard input.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// The 0-based index of the ballot event (`listing_voted` or `screening_voted`).
    #[arg(
        long,
        value_name = "N",
        conflicts_with = "list",
        required_unless_present = "list"
    )]
    event: Option<usize>,
    /// The list of members awaiting the superior's approval (of the list, or of a
    /// Step-3 decision), grouped by superior.
    #[arg(long)]
    list: bool,
}

/// An error with its stable code, as `output::error` writes them.
fn error(code: &str, message: &str, lang: Lang) {
    let word = match lang {
        Lang::Vi => "lỗi",
        Lang::En => "error",
    };
    eprintln!("{word} [{code}]: {message}");
}

pub fn run(args: MinutesArgs, lang: Lang) -> u8 {
    match (args.event, args.files.as_slice()) {
        (Some(index), [file]) => record(file, index, lang),
        (Some(_), _) => {
            error(
                "malformed",
                match lang {
                    Lang::Vi => "--event cần đúng một hồ sơ",
                    Lang::En => "--event takes exactly one case file",
                },
                lang,
            );
            UNREADABLE
        }
        (None, files) => list(files, lang),
    }
}

/// The vote-count record of event `index` of one case file.
fn record(path: &Path, index: usize, lang: Lang) -> u8 {
    let text = match output::read(path) {
        Ok(text) => text,
        Err(e) => return e.report(lang),
    };
    // As `replay` does, a file with a refused event gives what stands before it (the
    // record of a ballot applied before the refusal), then the error, exit 1.
    let (case, refused) = match Case::from_json(&text) {
        Ok(case) => (case, None),
        Err(ReplayError::Refused(r)) if index < r.at => (r.case.clone(), Some(r)),
        Err(e) => {
            // Unreadable, or the event asked for comes at or after the refused one.
            output::error(e.code(), &e.message(lang), lang);
            return match e {
                ReplayError::Format(_) => UNREADABLE,
                ReplayError::Refused(_) => REFUSED,
            };
        }
    };
    let exit = match vote_count_record(&case, index) {
        Ok(text) => {
            print!("{text}");
            0
        }
        Err(e) => {
            error(e.code(), &e.message(lang), lang);
            return UNREADABLE;
        }
    };
    match refused.map(ReplayError::Refused) {
        Some(e) => {
            output::error(e.code(), &e.message(lang), lang);
            REFUSED
        }
        None => exit,
    }
}

/// The cases of a file: the whole file, or one per non-empty line of a `.jsonl` file.
fn cases_of(path: &Path, lang: Lang, cases: &mut Vec<Case>) -> Option<u8> {
    let text = match output::read(path) {
        Ok(text) => text,
        Err(e) => return Some(e.report(lang)),
    };
    let jsonl = path.extension().is_some_and(|x| x == "jsonl");
    let parts: Vec<(String, &str)> = if jsonl {
        text.lines()
            .enumerate()
            .filter(|(_, line)| !line.trim().is_empty())
            .map(|(i, line)| (format!("{}:{}", path.display(), i.saturating_add(1)), line))
            .collect()
    } else {
        vec![(path.display().to_string(), text.as_str())]
    };
    let mut worst = None;
    for (place, part) in parts {
        match Case::from_json(part) {
            Ok(case) => cases.push(case),
            Err(e) => {
                error(
                    e.code().code(),
                    &format!("{place}: {}", e.message(lang)),
                    lang,
                );
                let exit = match e {
                    ReplayError::Format(_) => UNREADABLE,
                    ReplayError::Refused(_) => REFUSED,
                };
                worst = worst.max(Some(exit));
            }
        }
    }
    worst
}

/// The list for the superior; nothing is printed unless every case replays.
fn list(files: &[PathBuf], lang: Lang) -> u8 {
    let mut cases = Vec::new();
    let mut worst = None;
    for path in files {
        worst = worst.max(cases_of(path, lang, &mut cases));
    }
    if let Some(exit) = worst {
        return exit;
    }
    print!("{}", approval_list(&cases));
    0
}
