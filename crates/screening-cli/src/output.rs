//! Reading input and writing messages.

use std::io::Read as _;
use std::path::Path;
use std::process::ExitCode;

use screening_core::{ErrorCode, Lang};

use crate::UNREADABLE;

/// A file that cannot be read as text.
pub enum ReadError {
    /// The file cannot be opened or read.
    Io(String),
    /// The bytes are not UTF-8, so not JSON: `malformed`.
    NotText(String),
}

impl ReadError {
    /// Prints the error and gives the exit code (2: unreadable input).
    pub fn report(&self, lang: Lang) -> u8 {
        match self {
            ReadError::Io(message) => io_error(message),
            ReadError::NotText(message) => {
                error(ErrorCode::Malformed, message, lang);
                UNREADABLE
            }
        }
    }
}

/// Reads a file, or standard input for `-`.
pub fn read(path: &Path) -> Result<String, ReadError> {
    let bytes = if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| ReadError::Io(format!("cannot read standard input: {e}")))?;
        bytes
    } else {
        std::fs::read(path)
            .map_err(|e| ReadError::Io(format!("cannot read {}: {e}", path.display())))?
    };
    String::from_utf8(bytes).map_err(|e| {
        ReadError::NotText(format!(
            "{} is not UTF-8 text (invalid byte at offset {}), so not JSON",
            path.display(),
            e.utf8_error().valid_up_to()
        ))
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
