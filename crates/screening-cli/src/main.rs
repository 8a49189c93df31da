//! `screening`: the command line of the screening library.
//!
//! Exit codes: 0 done; 1 the rules refused something (an event, a ballot) or a
//! conformance vector failed; 2 the input could not be read (bad arguments, an
//! unreadable or malformed file).

mod decide;
mod diagram;
mod document;
mod output;
mod replay;
mod vectors;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use screening_core::Lang;

/// Exit code: the rules refused something, or a vector failed.
pub const REFUSED: u8 = 1;
/// Exit code: the input could not be read.
pub const UNREADABLE: u8 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "screening",
    version,
    about = "The rules of Guidance 02-HD/BTCTW: review, educate, screen and remove party members who no longer qualify",
    long_about = "Rà soát, phát hiện, giáo dục, giúp đỡ, sàng lọc, đưa đảng viên không còn đủ tư cách ra khỏi Đảng (Hướng dẫn 02-HD/BTCTW).\n\nExit codes: 0 done; 1 refused by the rules or a failed vector; 2 unreadable input."
)]
struct Cli {
    /// Language of the output: Vietnamese (default) or English.
    #[arg(long, global = true, value_enum, default_value_t = LangArg::Vi)]
    lang: LangArg,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum LangArg {
    /// Tiếng Việt.
    Vi,
    /// English.
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Vi => Lang::Vi,
            LangArg::En => Lang::En,
        }
    }
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Replay a case file: state, step, cycle, screening date, history, next actions.
    Replay {
        /// The case file (JSON, format screening-case/1); `-` reads standard input.
        file: PathBuf,
        /// Print the machine report (JSON) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Decide a ballot and explain it.
    Decide {
        #[command(subcommand)]
        ballot: decide::Ballot,
    },
    /// Run conformance vector files against the library; prints `N passed, M failed`.
    Vectors {
        /// Vector files (`{"about", "vectors": [...]}`).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Print the state diagram, generated from the transition table.
    Diagram {
        /// Mermaid (for Markdown) or Graphviz DOT.
        #[arg(long, value_enum, default_value_t = diagram::Format::Mermaid)]
        format: diagram::Format,
    },
    /// Write a document to sign (vote-count record, list for approval, resolution) as .docx, HTML or Markdown.
    Document(document::DocumentArgs),
    /// Generate realistic synthetic cases (seeded), one case file per line (JSON Lines).
    Generate {
        /// How many cases.
        #[arg(long)]
        cases: u64,
        /// The seed: the same seed gives the same file.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The output file (standard output when absent or `-`).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Worker threads (default: every core); the file is the same for any number.
        #[arg(long)]
        threads: Option<usize>,
    },
    /// Summarize many cases (JSON Lines): states, steps, screenings due, bodies awaited, refused events.
    Report {
        /// The cases, one case file per line; `-` reads standard input.
        file: PathBuf,
        /// Print the summary as JSON.
        #[arg(long)]
        json: bool,
        /// Worker threads (default: every core); the output is the same for any number.
        #[arg(long)]
        threads: Option<usize>,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return output::usage_error(e),
    };
    let lang = Lang::from(cli.lang);
    let code = match cli.command {
        Command::Replay { file, json } => replay::run(&file, json, lang),
        Command::Decide { ballot } => decide::run(ballot, lang),
        Command::Vectors { files } => vectors::run(&files),
        Command::Diagram { format } => diagram::run(format),
        Command::Document(args) => document::run(args, lang),
        Command::Generate {
            cases,
            seed,
            out,
            threads,
        } => screening_cli::generate::run(cases, seed, out.as_deref(), threads),
        Command::Report {
            file,
            json,
            threads,
        } => screening_cli::report::run(&file, json, threads, lang),
    };
    ExitCode::from(code)
}
