//! Errors, each with a stable code (CASE-FORMAT.md, "Errors: stable codes") and a
//! message in Vietnamese and English.

use crate::authority::Body;
use crate::ballot::BallotError;
use crate::event::{EventType, RemovalOutcome};
use crate::lang::{Bilingual, Lang, vocabulary};
use crate::period::Date;
use crate::state::StateName;

vocabulary! {
    /// The stable error codes. The label is the code's general message.
    pub enum ErrorCode {
        /// Not JSON, wrong types, unknown or missing fields, unknown values, impossible dates.
        Malformed = "malformed", vi: "Hồ sơ không đúng định dạng", en: "The case file is malformed";
        /// `format` is not `screening-case/1`.
        UnsupportedFormat = "unsupported_format", vi: "Phiên bản định dạng hồ sơ không được hỗ trợ", en: "Unsupported case format";
        /// The event is not allowed in the current state.
        WrongState = "wrong_state", vi: "Bước này không được thực hiện ở trạng thái hiện tại", en: "The event is not allowed in the current state";
        /// A1: not the body with authority.
        WrongBody = "wrong_body", vi: "Không đúng cơ quan có thẩm quyền", en: "Not the body with authority for this event";
        /// D1: dated before the previous event.
        DateOrder = "date_order", vi: "Ngày sớm hơn bước trước", en: "Dated before the previous event";
        /// D2: `screening_voted` before the 12 months have passed.
        TooEarly = "too_early", vi: "Chưa đủ 12 tháng theo dõi, giúp đỡ", en: "Before the 12 months have passed";
        /// E4: invalid electorate.
        InvalidElectorate = "invalid_electorate", vi: "Số đảng viên biểu quyết không hợp lệ", en: "Invalid electorate";
        /// E4: a yes count above the electorate.
        InvalidTally = "invalid_tally", vi: "Số phiếu đồng ý vượt quá số đảng viên biểu quyết", en: "More yes votes than the electorate";
        /// I2: both screening ballots pass.
        ConflictingBallots = "conflicting_ballots", vi: "Hai lần bỏ phiếu cùng đạt; chi bộ phải bỏ phiếu lại", en: "Both ballots pass; the branch must vote again";
        /// The mentor is the member, or a committee member where there is no committee.
        InvalidMentor = "invalid_mentor", vi: "Phân công người theo dõi, giúp đỡ không hợp lệ", en: "Invalid mentor";
        /// I6: striking off or expulsion not allowed.
        InvalidOutcome = "invalid_outcome", vi: "Hình thức quyết định không hợp lệ", en: "Decision not allowed";
        /// `flagged` with no criterion.
        MissingCriteria = "missing_criteria", vi: "Chưa nêu tiêu chí rà soát", en: "No criterion named";
        /// The case has changed since the caller read it (a concurrent write).
        StaleCase = "stale_case", vi: "Hồ sơ đã thay đổi kể từ khi đọc", en: "The case has changed since it was read";
    }
}

impl ErrorCode {
    /// The general message in both languages.
    pub fn messages(self) -> Bilingual {
        Bilingual::with(|lang| self.label(lang).to_owned())
    }
}

/// Why a mentor is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MentorProblem {
    /// The mentor is the member under review (S2.2).
    IsTheMember,
    /// A committee member in a branch without a committee (S2.2).
    NoCommittee,
}

/// Why a removal decision is refused (I6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OutcomeProblem {
    /// Striking off or expulsion without confirmed violations.
    ViolationsNotConfirmed,
    /// Expulsion of a probationary member (Charter, Art. 35).
    ProbationaryMember,
}

/// An event the rules refuse. The case stays exactly as it was.
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
pub enum Refusal {
    /// The event is not allowed in the state.
    #[error("`{event}` is not allowed in state `{state}`")]
    WrongState {
        /// The event.
        event: EventType,
        /// The state the case is in.
        state: StateName,
    },
    /// A1: the event recorded by a body without authority.
    #[error(
        "`{event}` may be recorded only by {}, not by `{by}` (A1)",
        codes(allowed)
    )]
    WrongBody {
        /// The event.
        event: EventType,
        /// Who recorded it.
        by: Body,
        /// Who may.
        allowed: &'static [Body],
    },
    /// D1: dated before the previous event.
    #[error("dated {date}, before the previous event of {previous} (D1)")]
    DateOrder {
        /// The event's date.
        date: Date,
        /// The previous event's date.
        previous: Date,
    },
    /// D2: screening before `screening_from`.
    #[error(
        "screening on {date} is too early: the 12 months end on the day before {screening_from} (D2)"
    )]
    TooEarly {
        /// The meeting's date.
        date: Date,
        /// The earliest date allowed.
        screening_from: Date,
    },
    /// S1.1: no criterion.
    #[error("`flagged` must name at least one criterion (S1.1)")]
    MissingCriteria,
    /// S2.2: the mentor is refused.
    #[error("invalid mentor `{mentor}`: {}", match problem {
        MentorProblem::IsTheMember => "the mentor cannot be the member under review (S2.2)",
        MentorProblem::NoCommittee => "a branch without a committee has no committee member to assign (S2.2)",
    })]
    InvalidMentor {
        /// The mentor's id.
        mentor: String,
        /// Why.
        problem: MentorProblem,
    },
    /// E4, I2: the ballot is refused.
    #[error(transparent)]
    Ballot(#[from] BallotError),
    /// I6: the decision is not allowed.
    #[error("`{outcome}` is not allowed: {}", match problem {
        OutcomeProblem::ViolationsNotConfirmed => "the Inspection Committee did not confirm violations (I6)",
        OutcomeProblem::ProbationaryMember => "a probationary member cannot be expelled (I6; Charter, Art. 35)",
    })]
    InvalidOutcome {
        /// The decision.
        outcome: RemovalOutcome,
        /// Why.
        problem: OutcomeProblem,
    },
    /// The case's version is not the one the caller expected.
    #[error("the case is at version {actual}, not {expected}: it changed since it was read")]
    StaleCase {
        /// The version the caller read.
        expected: usize,
        /// The version the case is at.
        actual: usize,
    },
}

fn codes(bodies: &[Body]) -> String {
    bodies
        .iter()
        .map(|b| format!("`{b}`"))
        .collect::<Vec<_>>()
        .join(" or ")
}

impl Refusal {
    /// The stable code.
    pub const fn code(&self) -> ErrorCode {
        match self {
            Refusal::WrongState { .. } => ErrorCode::WrongState,
            Refusal::WrongBody { .. } => ErrorCode::WrongBody,
            Refusal::DateOrder { .. } => ErrorCode::DateOrder,
            Refusal::TooEarly { .. } => ErrorCode::TooEarly,
            Refusal::MissingCriteria => ErrorCode::MissingCriteria,
            Refusal::InvalidMentor { .. } => ErrorCode::InvalidMentor,
            Refusal::Ballot(e) => e.code(),
            Refusal::InvalidOutcome { .. } => ErrorCode::InvalidOutcome,
            Refusal::StaleCase { .. } => ErrorCode::StaleCase,
        }
    }

    /// The detailed message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.to_string(),
            Lang::Vi => self.message_vi(),
        }
    }

    /// The detailed message in both languages.
    pub fn messages(&self) -> Bilingual {
        Bilingual::with(|lang| self.message(lang))
    }

    fn message_vi(&self) -> String {
        let vi = Lang::Vi;
        match self {
            Refusal::WrongState { event, state } => format!(
                "Không thể ghi nhận \"{}\" khi hồ sơ đang ở trạng thái \"{}\"",
                event.label(vi),
                state.label(vi)
            ),
            Refusal::WrongBody { event, by, allowed } => format!(
                "\"{}\" chỉ do {} ghi nhận, không phải {} (A1)",
                event.label(vi),
                allowed
                    .iter()
                    .map(|b| b.label(vi))
                    .collect::<Vec<_>>()
                    .join(" hoặc "),
                by.label(vi)
            ),
            Refusal::DateOrder { date, previous } => {
                format!("Ngày {date} sớm hơn ngày của bước trước ({previous}) (D1)")
            }
            Refusal::TooEarly {
                date,
                screening_from,
            } => format!(
                "Họp sàng lọc ngày {date} là quá sớm: chỉ được họp sau 12 tháng, từ ngày {screening_from} (D2)"
            ),
            Refusal::MissingCriteria => "Phải nêu ít nhất một tiêu chí rà soát (S1.1)".to_owned(),
            Refusal::InvalidMentor { mentor, problem } => match problem {
                MentorProblem::IsTheMember => format!(
                    "Không thể phân công chính đảng viên {mentor} tự theo dõi, giúp đỡ mình (S2.2)"
                ),
                MentorProblem::NoCommittee => format!(
                    "Chi bộ không có chi ủy nên không thể phân công chi ủy viên ({mentor}) (S2.2)"
                ),
            },
            Refusal::Ballot(e) => e.message(vi),
            Refusal::InvalidOutcome { outcome, problem } => match problem {
                OutcomeProblem::ViolationsNotConfirmed => format!(
                    "Không thể quyết định \"{}\": Ủy ban Kiểm tra chưa kết luận có vi phạm (I6)",
                    outcome.label(vi)
                ),
                OutcomeProblem::ProbationaryMember => {
                    "Không thể khai trừ đảng viên dự bị (I6; Điều lệ Đảng, Điều 35)".to_owned()
                }
            },
            Refusal::StaleCase { expected, actual } => format!(
                "Hồ sơ đã có {actual} bước, không phải {expected} như khi đọc: đã có người ghi nhận trước"
            ),
        }
    }
}

impl BallotError {
    /// The stable code.
    pub const fn code(&self) -> ErrorCode {
        match self {
            BallotError::InvalidElectorate { .. } => ErrorCode::InvalidElectorate,
            BallotError::InvalidTally { .. } => ErrorCode::InvalidTally,
            BallotError::ConflictingBallots { .. } => ErrorCode::ConflictingBallots,
        }
    }

    /// The detailed message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (_, Lang::En) => self.to_string(),
            (BallotError::InvalidElectorate { counts }, Lang::Vi) => format!(
                "Số liệu không hợp lệ (E4): {} đảng viên chính thức, {} được miễn, {} được miễn có mặt biểu quyết; cần số được miễn không quá số chính thức, số có mặt không quá số được miễn và ít nhất một người biểu quyết",
                counts.official, counts.exempt, counts.exempt_attending
            ),
            (
                BallotError::InvalidTally {
                    question,
                    yes,
                    size,
                },
                Lang::Vi,
            ) => format!(
                "Số phiếu đồng ý {} ({yes}) vượt quá số đảng viên biểu quyết ({size}) (E4)",
                question.label(Lang::Vi)
            ),
            (
                BallotError::ConflictingBallots {
                    progress_yes,
                    removal_yes,
                    size,
                },
                Lang::Vi,
            ) => format!(
                "Phiếu công nhận tiến bộ ({progress_yes}/{size}) đạt từ một nửa và phiếu đề nghị đưa ra khỏi Đảng ({removal_yes}/{size}) đạt từ hai phần ba: chi bộ phải bỏ phiếu lại (I2)"
            ),
        }
    }

    /// The detailed message in both languages.
    pub fn messages(&self) -> Bilingual {
        Bilingual::with(|lang| self.message(lang))
    }
}

/// A case file that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
pub enum FormatError {
    /// Not JSON, wrong types, unknown or missing fields, unknown values, impossible dates.
    #[error("malformed case file: {detail}")]
    Malformed {
        /// What is wrong, and where.
        detail: String,
    },
    /// `format` is not `screening-case/1`.
    #[error("unsupported format {found}: this library reads \"screening-case/1\"")]
    UnsupportedFormat {
        /// The `format` value found, as JSON.
        found: String,
    },
}

impl FormatError {
    /// The stable code.
    pub const fn code(&self) -> ErrorCode {
        match self {
            FormatError::Malformed { .. } => ErrorCode::Malformed,
            FormatError::UnsupportedFormat { .. } => ErrorCode::UnsupportedFormat,
        }
    }

    /// The detailed message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (_, Lang::En) => self.to_string(),
            (FormatError::Malformed { detail }, Lang::Vi) => {
                format!("Hồ sơ không đúng định dạng: {detail}")
            }
            (FormatError::UnsupportedFormat { found }, Lang::Vi) => {
                format!("Định dạng {found} không được hỗ trợ: thư viện đọc \"screening-case/1\"")
            }
        }
    }

    /// The detailed message in both languages.
    pub fn messages(&self) -> Bilingual {
        Bilingual::with(|lang| self.message(lang))
    }

    pub(crate) fn malformed(detail: impl std::fmt::Display) -> FormatError {
        FormatError::Malformed {
            detail: detail.to_string(),
        }
    }
}
