//! Why the rules refuse an event ([`Refusal`]), with its stable code and its
//! messages in Vietnamese and English.

use crate::authority::{Body, Branch};
use crate::ballot::BallotError;
use crate::code::ErrorCode;
use crate::event::{EventType, RemovalOutcome};
use crate::lang::{Bilingual, Lang};
use crate::period::Date;
use crate::state::StateName;

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
///
/// Its messages ([`Refusal::message_for`]) name the bodies as the branch names
/// them (`branch.names`); [`Refusal::message`] uses the circular's names.
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{}", self.render(Lang::En, None))]
pub enum Refusal {
    /// The event is not allowed in the state.
    WrongState {
        /// The event.
        event: EventType,
        /// The state the case is in.
        state: StateName,
    },
    /// A1: the event recorded by a body without authority.
    WrongBody {
        /// The event.
        event: EventType,
        /// Who recorded it.
        by: Body,
        /// Who may.
        allowed: &'static [Body],
    },
    /// D1: dated before the previous event.
    DateOrder {
        /// The event's date.
        date: Date,
        /// The previous event's date.
        previous: Date,
    },
    /// D2: screening before `screening_from`.
    TooEarly {
        /// The meeting's date.
        date: Date,
        /// The earliest date allowed.
        screening_from: Date,
    },
    /// S1.1: no criterion.
    MissingCriteria,
    /// S2.2: the mentor is refused.
    InvalidMentor {
        /// The mentor's id.
        mentor: String,
        /// Why.
        problem: MentorProblem,
    },
    /// E4, E5, E6, I2: the ballot is refused.
    Ballot(#[from] BallotError),
    /// I6: the decision is not allowed.
    InvalidOutcome {
        /// The decision.
        outcome: RemovalOutcome,
        /// Why.
        problem: OutcomeProblem,
    },
    /// The case's version is not the one the caller expected.
    StaleCase {
        /// The version the caller read.
        expected: usize,
        /// The version the case is at.
        actual: usize,
    },
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

    /// The detailed message in `lang`, with the circular's names for the bodies.
    pub fn message(&self, lang: Lang) -> String {
        self.render(lang, None)
    }

    /// The detailed message in `lang`, naming the bodies as `branch` names them.
    pub fn message_for(&self, branch: &Branch, lang: Lang) -> String {
        self.render(lang, Some(branch))
    }

    /// The detailed message in both languages, with the circular's names.
    pub fn messages(&self) -> Bilingual {
        Bilingual::with(|lang| self.message(lang))
    }

    /// The detailed message in both languages, naming the bodies as `branch` names them.
    pub fn messages_for(&self, branch: &Branch) -> Bilingual {
        Bilingual::with(|lang| self.message_for(branch, lang))
    }

    fn render(&self, lang: Lang, branch: Option<&Branch>) -> String {
        let name = |body: Body| match branch {
            Some(b) => b.name_of(body, lang).to_owned(),
            None => body.label(lang).to_owned(),
        };
        let vi = lang == Lang::Vi;
        match self {
            Refusal::WrongState { event, state } => {
                let state = match branch {
                    Some(b) => state.describe(b, lang),
                    None => state.label(lang).to_owned(),
                };
                if vi {
                    format!(
                        "Không thể ghi nhận sự kiện “{}” khi hồ sơ đang ở trạng thái “{state}”",
                        event.label(lang)
                    )
                } else {
                    format!(
                        "“{}” cannot be recorded while the case is “{state}”",
                        event.label(lang)
                    )
                }
            }
            Refusal::WrongBody { event, by, allowed } => {
                let allowed = allowed
                    .iter()
                    .map(|b| name(*b))
                    .collect::<Vec<_>>()
                    .join(if vi { " hoặc " } else { " or " });
                if vi {
                    format!(
                        "Sự kiện “{}” chỉ do {allowed} ghi nhận, không phải {} (A1)",
                        event.label(lang),
                        name(*by)
                    )
                } else {
                    format!(
                        "“{}” may be recorded only by {allowed}, not by {} (A1)",
                        event.label(lang),
                        name(*by)
                    )
                }
            }
            Refusal::DateOrder { date, previous } => {
                let (d, p) = (date.in_lang(lang), previous.in_lang(lang));
                if vi {
                    format!("Sự kiện ghi nhận ngày {d}, sớm hơn sự kiện trước (ngày {p}) (D1)")
                } else {
                    format!("dated {d}, before the previous event of {p} (D1)")
                }
            }
            Refusal::TooEarly {
                date,
                screening_from,
            } => {
                let (d, f) = (date.in_lang(lang), screening_from.in_lang(lang));
                if vi {
                    format!(
                        "Họp sàng lọc ngày {d} là quá sớm: chỉ được họp sau 12 tháng theo dõi, giúp đỡ, từ ngày {f} (D2)"
                    )
                } else {
                    format!(
                        "screening on {d} is too early: the 12 months of monitoring end the day before {f} (D2)"
                    )
                }
            }
            Refusal::MissingCriteria if vi => {
                "Phải nêu ít nhất một tiêu chí rà soát (S1.1)".to_owned()
            }
            Refusal::MissingCriteria => "a flagging must name at least one criterion (S1.1)".to_owned(),
            Refusal::InvalidMentor { mentor, problem } => match (problem, vi) {
                (MentorProblem::IsTheMember, true) => format!(
                    "Không thể phân công chính đồng chí {mentor} tự theo dõi, giúp đỡ mình (S2.2)"
                ),
                (MentorProblem::IsTheMember, false) => format!(
                    "the mentor {mentor} cannot be the member under review (S2.2)"
                ),
                (MentorProblem::NoCommittee, true) => format!(
                    "{} không có chi ủy nên không thể phân công chi ủy viên (đồng chí {mentor}) theo dõi, giúp đỡ (S2.2)",
                    name(Body::Branch)
                ),
                (MentorProblem::NoCommittee, false) => format!(
                    "{} has no committee, so no committee member ({mentor}) can be assigned (S2.2)",
                    name(Body::Branch)
                ),
            },
            Refusal::Ballot(e) => e.message(lang),
            Refusal::InvalidOutcome { outcome, problem } => match (problem, vi) {
                (OutcomeProblem::ViolationsNotConfirmed, true) => format!(
                    "Không thể quyết định “{}”: {} chưa kết luận có vi phạm (I6)",
                    outcome.label(lang),
                    name(Body::BlocInspectionCommittee)
                ),
                (OutcomeProblem::ViolationsNotConfirmed, false) => format!(
                    "“{}” is not allowed: {} did not confirm violations (I6)",
                    outcome.label(lang),
                    name(Body::BlocInspectionCommittee)
                ),
                (OutcomeProblem::ProbationaryMember, true) => {
                    "Không thể kỷ luật bằng hình thức khai trừ đối với đảng viên dự bị (I6; Điều lệ Đảng, Điều 35)".to_owned()
                }
                (OutcomeProblem::ProbationaryMember, false) => {
                    "a probationary member cannot be expelled (I6; Party Charter, Art. 35)".to_owned()
                }
            },
            Refusal::StaleCase { expected, actual } if vi => format!(
                "Hồ sơ đã có {actual} sự kiện, không phải {expected} như khi đọc: đã có người khác ghi nhận trước"
            ),
            Refusal::StaleCase { expected, actual } => format!(
                "the case is at version {actual}, not {expected}: it changed since it was read"
            ),
        }
    }
}
