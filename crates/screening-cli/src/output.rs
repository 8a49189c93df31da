//! Reading input and writing messages.

use std::io::Read as _;
use std::path::Path;
use std::process::ExitCode;

use screening_core::{ErrorCode, Lang};

use crate::UNREADABLE;

/// Reads a file, or standard input for `-`.
pub fn read(path: &Path) -> Result<String, String> {
    if path == Path::new("-") {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        return Ok(text);
    }
    std::fs::read(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))
        .and_then(|bytes| {
            String::from_utf8(bytes).map_err(|_| format!("{} is not UTF-8 text", path.display()))
        })
}

/// Prints an error with its stable code to standard error.
pub fn error(code: ErrorCode, message: &str, lang: Lang) {
    let word = match lang {
        Lang::Vi => "lỗi",
        Lang::En => "error",
    };
    eprintln!("{word} [{code}]: {message}");
}

/// A file that cannot be read at all.
pub fn io_error(message: &str) -> u8 {
    eprintln!("error [io]: {message}");
    UNREADABLE
}

/// Bad arguments: clap's message, with the code `malformed`; help and version as usual.
pub fn usage_error(e: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                ExitCode::from(UNREADABLE)
            } else {
                ExitCode::SUCCESS
            }
        }
        _ => {
            let _ = e.print();
            eprintln!("error [malformed]: bad arguments (see `screening --help`)");
            ExitCode::from(UNREADABLE)
        }
    }
}

/// Prints JSON to standard output.
pub fn json<T: serde::Serialize>(value: &T) {
    match serde_json::to_string_pretty(value) {
        Ok(text) => println!("{text}"),
        Err(e) => eprintln!("error [io]: cannot write JSON: {e}"),
    }
}
