//! Why a document cannot be made: each with a stable code and a message in
//! Vietnamese and English. The case file's own errors keep the core's codes.

use screening_core::{EventType, Lang, Outcome, ReplayError};

use crate::context::ContextError;

/// Why a document cannot be made.
#[derive(Debug, Clone, thiserror::Error)]
pub enum DocumentError {
    /// The case file is unreadable or an event is refused: the core's code
    /// (`malformed`, `wrong_state`, …).
    #[error("{}", .0.message(Lang::En))]
    Case(#[from] ReplayError),
    /// The context file is refused: `malformed_context`, with the path.
    #[error(transparent)]
    Context(#[from] ContextError),
    /// The index is past the events the case has applied: `no_such_event`.
    #[error("there is no event {index}: the case has {events} applied event(s), numbered from 0")]
    NoSuchEvent {
        /// The index asked for.
        index: usize,
        /// The number of events applied.
        events: usize,
    },
    /// The event is not a ballot: `not_a_ballot`.
    #[error(
        "event {index} is `{event}`, not a ballot: a vote-count record or a list is for `listing_voted` or `screening_voted`"
    )]
    NotABallot {
        /// The index asked for.
        index: usize,
        /// Its type.
        event: EventType,
    },
    /// The case has no ballot (when no event is named): `no_ballot`.
    #[error("the case has no ballot (`listing_voted` or `screening_voted`) yet")]
    NoBallot,
    /// The ballot's outcome goes on no list for the superior (not listed; removal
    /// proposed, which goes up by resolution): `not_on_a_list`.
    #[error(
        "event {index}'s ballot ends in `{outcome}`, which puts the member on no list for the superior"
    )]
    NotOnAList {
        /// The ballot's index.
        index: usize,
        /// Its outcome.
        outcome: Outcome,
    },
    /// The event is not one the branch resolves on (`mentor_assigned`,
    /// `mentor_reassigned`, `screening_voted`): `not_a_resolution`.
    #[error(
        "event {index} is `{event}`: the branch's resolutions are for `mentor_assigned`, `mentor_reassigned` and `screening_voted`"
    )]
    NotAResolution {
        /// The index asked for.
        index: usize,
        /// Its type.
        event: EventType,
    },
    /// A list is asked for without a case: `no_cases`.
    #[error("a list needs at least one case")]
    NoCases,
    /// `event` was named for a list of several cases: `event_with_several_cases`.
    #[error(
        "an event index can only be named for one case; a list of several cases takes each case's last ballot"
    )]
    EventWithSeveralCases,
    /// The cases of one list are of different branches: `mixed_branches`.
    #[error(
        "one list is for one branch: case {index} is of branch `{other}`, the first of `{first}`"
    )]
    MixedBranches {
        /// The first case's branch id.
        first: String,
        /// The other branch id.
        other: String,
        /// The 0-based position of the case of the other branch.
        index: usize,
    },
    /// The cases of one list go on different lists: `mixed_lists`.
    #[error(
        "one list is of one kind: case {index}'s ballot ends in `{outcome}`, the first case's in `{first}`"
    )]
    MixedLists {
        /// The first case's outcome.
        first: Outcome,
        /// The other outcome.
        outcome: Outcome,
        /// The 0-based position of that case.
        index: usize,
    },
    /// The context says more members were present than the base counts:
    /// `inconsistent_context`.
    #[error(
        "document context: meeting of event {index}: {present} member(s) present, but the base of the ballot counts {base}"
    )]
    PresentAboveBase {
        /// The event index.
        index: usize,
        /// The context's `present`.
        present: u32,
        /// The base E.
        base: u32,
    },
    /// The DOCX package could not be written: `write_failed`.
    #[cfg(feature = "docx")]
    #[error("the .docx file could not be written: {0}")]
    Write(#[source] std::sync::Arc<docx_rs::DocxError>),
    /// The format is not built in (`.docx` without the `docx` feature):
    /// `format_unavailable`.
    #[error("this build cannot write {}: it was built without the `docx` feature", .format.code())]
    FormatUnavailable {
        /// The format asked for.
        format: crate::Format,
    },
}

impl DocumentError {
    /// The stable code.
    pub fn code(&self) -> &'static str {
        match self {
            DocumentError::Case(e) => e.code().code(),
            DocumentError::Context(_) => "malformed_context",
            DocumentError::NoSuchEvent { .. } => "no_such_event",
            DocumentError::NotABallot { .. } => "not_a_ballot",
            DocumentError::NoBallot => "no_ballot",
            DocumentError::NotOnAList { .. } => "not_on_a_list",
            DocumentError::NotAResolution { .. } => "not_a_resolution",
            DocumentError::NoCases => "no_cases",
            DocumentError::EventWithSeveralCases => "event_with_several_cases",
            DocumentError::MixedBranches { .. } => "mixed_branches",
            DocumentError::MixedLists { .. } => "mixed_lists",
            DocumentError::PresentAboveBase { .. } => "inconsistent_context",
            #[cfg(feature = "docx")]
            DocumentError::Write(_) => "write_failed",
            DocumentError::FormatUnavailable { .. } => "format_unavailable",
        }
    }

    /// Every code this crate adds to the core's, in order.
    pub const CODES: &'static [&'static str] = &[
        "malformed_context",
        "no_such_event",
        "not_a_ballot",
        "no_ballot",
        "not_on_a_list",
        "not_a_resolution",
        "no_cases",
        "event_with_several_cases",
        "mixed_branches",
        "mixed_lists",
        "inconsistent_context",
        "write_failed",
        "format_unavailable",
    ];

    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            DocumentError::Case(e) => e.message(Lang::Vi),
            DocumentError::Context(e) => format!(
                "Tệp bối cảnh văn bản: {}: {}",
                e.path,
                e.problem.message(Lang::Vi)
            ),
            DocumentError::NoSuchEvent { index, events } => format!(
                "Không có sự kiện số {index}: hồ sơ có {events} sự kiện đã ghi nhận, đánh số từ 0"
            ),
            DocumentError::NotABallot { index, event } => format!(
                "Sự kiện số {index} là \"{}\", không phải một lần bỏ phiếu kín: biên bản kiểm phiếu và danh sách chỉ lập cho lần bỏ phiếu kín",
                event.label(Lang::Vi)
            ),
            DocumentError::NoBallot => "Hồ sơ chưa có lần bỏ phiếu kín nào".to_owned(),
            DocumentError::NotOnAList { index, outcome } => format!(
                "Lần bỏ phiếu ở sự kiện số {index} có kết quả \"{}\": không có danh sách nào gửi cấp ủy cấp trên",
                outcome.label(Lang::Vi)
            ),
            DocumentError::NotAResolution { index, event } => format!(
                "Sự kiện số {index} là \"{}\": nghị quyết của chi bộ chỉ lập khi phân công theo dõi, giúp đỡ hoặc sau khi bỏ phiếu sàng lọc",
                event.label(Lang::Vi)
            ),
            DocumentError::NoCases => "Danh sách cần ít nhất một hồ sơ".to_owned(),
            DocumentError::EventWithSeveralCases => "Chỉ nêu số sự kiện khi lập danh sách từ một hồ sơ; danh sách nhiều hồ sơ lấy lần bỏ phiếu gần nhất của từng hồ sơ".to_owned(),
            DocumentError::MixedBranches { first, other, index } => format!(
                "Mỗi danh sách chỉ của một chi bộ: hồ sơ thứ {index} thuộc chi bộ {other}, hồ sơ đầu tiên thuộc chi bộ {first}"
            ),
            DocumentError::MixedLists {
                first,
                outcome,
                index,
            } => format!(
                "Mỗi danh sách chỉ một loại: hồ sơ thứ {index} có kết quả \"{}\", hồ sơ đầu tiên có kết quả \"{}\"",
                outcome.label(Lang::Vi),
                first.label(Lang::Vi)
            ),
            DocumentError::PresentAboveBase {
                index,
                present,
                base,
            } => format!(
                "Tệp bối cảnh văn bản: cuộc họp của sự kiện số {index} ghi {present} đảng viên có mặt, nhiều hơn số đảng viên làm căn cứ tính tỷ lệ ({base})"
            ),
            #[cfg(feature = "docx")]
            DocumentError::Write(e) => format!("Không ghi được tệp .docx: {e}"),
            DocumentError::FormatUnavailable { format } => format!(
                "Bản dựng này không lập được tệp {}: thiếu phần lập tệp .docx",
                format.code()
            ),
        }
    }
}
