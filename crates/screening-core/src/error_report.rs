//! The machine form of every error the library gives ([`ErrorReport`]): what the
//! bindings return or raise and the CLI prints with `--json`, built here once.

use crate::case::{Case, Refused, ReplayError};
use crate::code::ErrorCode;
use crate::error::Refusal;
use crate::file::FormatError;
use crate::lang::{Bilingual, Lang};
use crate::report::Report;
use crate::state::StateName;
use crate::tally::BallotError;

/// An error as a machine reads it: the stable code, the messages in both
/// languages, and for a refused event its index, the state the case stays in and
/// the report of the case as it stands (nothing was changed).
///
/// ```
/// use screening_core::{Case, ErrorCode, ErrorReport};
/// let text = r#"{"format": "screening-case/1",
///   "member": {"id": "DV-0042", "status": "official"},
///   "branch": {"id": "CB-07", "kind": "grassroots", "has_committee": true},
///   "events": [{"type": "direction_requested", "date": "2025-01-10", "by": "branch_committee"}]}"#;
/// let report = ErrorReport::from(&Case::from_json(text).unwrap_err());
/// assert_eq!((report.error, report.at), (ErrorCode::WrongState, Some(0)));
/// assert_eq!(report.report.unwrap().version, 0);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ErrorReport {
    /// The stable code.
    pub error: ErrorCode,
    /// The refused event's index (absent when no event was refused).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<usize>,
    /// The state the case stays in (absent when no event was refused).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<StateName>,
    /// The message in both languages.
    pub message: Bilingual,
    /// The case as it stands, the refused event not applied.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report: Option<Box<Report>>,
}

impl ErrorReport {
    /// An error with only a code and its messages.
    fn of(error: ErrorCode, message: Bilingual) -> ErrorReport {
        ErrorReport {
            error,
            at: None,
            state: None,
            message,
            report: None,
        }
    }

    /// `refusal` of the next event of `case`, which stays as it is: the code, the
    /// index the event would have had, the state, the messages (the bodies named
    /// as the branch names them) and the case's report.
    pub fn refused(case: &Case, refusal: &Refusal) -> ErrorReport {
        ErrorReport {
            error: refusal.code(),
            at: Some(case.version()),
            state: Some(case.state().name()),
            message: refusal.messages_for(case.branch()),
            report: Some(Box::new(case.report())),
        }
    }

    /// A ballot the rules refuse (`invalid_electorate`, `invalid_tally`,
    /// `conflicting_ballots`): no case, so only the code and the messages.
    pub fn ballot(error: &BallotError) -> ErrorReport {
        ErrorReport::of(error.code(), error.messages())
    }

    /// A case file, event or other input that cannot be read (`malformed`,
    /// `unsupported_format`).
    pub fn format(error: &FormatError) -> ErrorReport {
        ErrorReport::of(error.code(), error.messages())
    }

    /// A bug in the library, caught at a binding's boundary (`internal`): nothing
    /// was changed. `detail` says what failed, as the binding caught it.
    pub fn internal(detail: &str) -> ErrorReport {
        let message = Bilingual::with(|lang| match (lang, detail.is_empty()) {
            (Lang::Vi, true) => "Lỗi nội bộ của thư viện; không có gì bị thay đổi".to_owned(),
            (Lang::Vi, false) => {
                format!("Lỗi nội bộ của thư viện; không có gì bị thay đổi: {detail}")
            }
            (Lang::En, true) => "internal error in the library; nothing was changed".to_owned(),
            (Lang::En, false) => {
                format!("internal error in the library; nothing was changed: {detail}")
            }
        });
        ErrorReport::of(ErrorCode::Internal, message)
    }

    /// The report as JSON (the shape the bindings return).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

impl From<&Refused> for ErrorReport {
    /// A replay stopped at a refused event: its index and the message that names
    /// it, the state the case stays in, and the report of the events before it.
    fn from(r: &Refused) -> ErrorReport {
        ErrorReport {
            error: r.refusal.code(),
            at: Some(r.at),
            state: Some(r.state()),
            message: r.messages(),
            report: Some(Box::new(r.case.report())),
        }
    }
}

impl From<&ReplayError> for ErrorReport {
    fn from(e: &ReplayError) -> ErrorReport {
        match e {
            ReplayError::Format(f) => ErrorReport::format(f),
            ReplayError::Refused(r) => ErrorReport::from(&**r),
        }
    }
}

impl From<&BallotError> for ErrorReport {
    fn from(e: &BallotError) -> ErrorReport {
        ErrorReport::ballot(e)
    }
}

impl From<&FormatError> for ErrorReport {
    fn from(e: &FormatError) -> ErrorReport {
        ErrorReport::format(e)
    }
}
