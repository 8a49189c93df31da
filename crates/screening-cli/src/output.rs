//! Reading input and writing messages.

use std::io::Read as _;
use std::path::Path;
use std::process::ExitCode;

use screening_core::{ErrorCode, Lang};

use crate::UNREADABLE;

/// A file that cannot be read as text.
pub enum ReadError {
    /// The file cannot be opened or read: what, and why.
    Io {
        /// The file (or standard input).
        what: String,
        /// The operating system's error.
        error: std::io::Error,
    },
    /// The bytes are not UTF-8, so not JSON: `malformed` (the core says where).
    NotText(screening_core::FormatError),
}

impl ReadError {
    /// Prints the error and gives the exit code (2: unreadable input).
    pub fn report(&self, lang: Lang) -> u8 {
        match self {
            ReadError::Io { what, error } => {
                let why = match (error.kind(), lang) {
                    (std::io::ErrorKind::NotFound, Lang::Vi) => "không có tệp này".to_owned(),
                    (std::io::ErrorKind::PermissionDenied, Lang::Vi) => {
                        "không có quyền đọc".to_owned()
                    }
                    (_, Lang::Vi) => "lỗi hệ điều hành khi đọc".to_owned(),
                    (_, Lang::En) => error.to_string(),
                };
                let message = match lang {
                    Lang::Vi if what == "-" => format!("không đọc được đầu vào chuẩn: {why}"),
                    Lang::En if what == "-" => format!("cannot read standard input: {why}"),
                    Lang::Vi => format!("không đọc được {what}: {why}"),
                    Lang::En => format!("cannot read {what}: {why}"),
                };
                io_error(&message, lang)
            }
            ReadError::NotText(e) => {
                error(e.code(), &e.message(lang), lang);
                UNREADABLE
            }
        }
    }
}

/// Reads a file, or standard input for `-`.
pub fn read(path: &Path) -> Result<String, ReadError> {
    let what = path.display().to_string();
    let bytes = if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|error| ReadError::Io {
                what: what.clone(),
                error,
            })?;
        bytes
    } else {
        std::fs::read(path).map_err(|error| ReadError::Io {
            what: what.clone(),
            error,
        })?
    };
    screening_core::file::text(&bytes)
        .map(str::to_owned)
        .map_err(ReadError::NotText)
}

/// Prints an error with its stable code to standard error.
pub fn error(code: ErrorCode, message: &str, lang: Lang) {
    tagged(code.code(), message, lang);
}

/// `lỗi [tag]: message` (`error [tag]: …` in English) on standard error.
fn tagged(tag: &str, message: &str, lang: Lang) {
    let word = match lang {
        Lang::Vi => "lỗi",
        Lang::En => "error",
    };
    eprintln!("{word} [{tag}]: {message}");
}

/// A file that cannot be read at all (the CLI's own code `io`).
pub fn io_error(message: &str, lang: Lang) -> u8 {
    tagged("io", message, lang);
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
