//! What a ballot recorded for one question ([`Tally`]: the yes votes and the
//! tellers' count), the questions put to the vote, and why a ballot is refused
//! ([`TallyProblem`], [`BallotError`]), with its messages.

use crate::code::ErrorCode;
use crate::electorate::{Counts, InvalidElectorate, TellersCount};
use crate::lang::{Bilingual, Lang, vocabulary};
use crate::rule::RuleId;
use crate::threshold::Threshold;

vocabulary! {
    /// A question put to a secret ballot.
    pub enum Question ("Nội dung bỏ phiếu", "Questions put to the vote") {
        /// S1.3: put the member on the list.
        Listing = "listing", vi: "đưa vào danh sách cần được chi bộ giáo dục, giúp đỡ", en: "to list the member for education and help";
        /// S3.1, S3.2: recognise the member's progress (voted first).
        Progress = "progress", vi: "công nhận sự tiến bộ của đảng viên", en: "to recognise the member's progress";
        /// S3.1, S3.3: propose removal from the Party (voted second).
        Removal = "removal", vi: "đề nghị xem xét đưa đảng viên ra khỏi Đảng", en: "to propose removing the member from the Party";
    }
}

impl Question {
    /// The threshold the question must meet: T1 for listing and removal, T2 for progress.
    pub const fn threshold(self) -> Threshold {
        match self {
            Question::Listing | Question::Removal => Threshold::TwoThirds,
            Question::Progress => Threshold::Half,
        }
    }
}

/// One question's count as recorded: the yes votes and, where the tellers' count
/// is given, the ballots issued, returned and invalid (E6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Tally {
    /// Yes votes.
    pub yes: u32,
    /// The tellers' count, if recorded.
    pub ballots: Option<TellersCount>,
}

impl From<u32> for Tally {
    /// `yes` yes votes, without a tellers' count.
    fn from(yes: u32) -> Tally {
        Tally::yes(yes)
    }
}

impl Tally {
    /// `yes` yes votes, without a tellers' count.
    pub const fn yes(yes: u32) -> Tally {
        Tally { yes, ballots: None }
    }

    /// The same tally with the tellers' count.
    pub const fn counted(self, ballots: TellersCount) -> Tally {
        Tally {
            ballots: Some(ballots),
            ..self
        }
    }
}

/// Why a question's count is refused (`invalid_tally`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TallyProblem {
    /// E4: more yes votes than the electorate.
    YesAboveElectorate,
    /// E6: more ballots issued than the electorate (only voters receive one).
    IssuedAboveElectorate,
    /// E6: more ballots returned than issued.
    ReturnedAboveIssued,
    /// E6: more invalid ballots than returned.
    InvalidAboveReturned,
    /// E6: more yes votes than valid ballots.
    YesAboveValid,
}

impl TallyProblem {
    /// What is wrong with `tally` in an electorate of `size`, if anything.
    ///
    /// Rules E4 (`yes ≤ E`), E6 (`issued ≤ E`, `returned ≤ issued`,
    /// `invalid ≤ returned`, `yes ≤ returned − invalid`), checked in that order.
    pub const fn of(tally: Tally, size: u32) -> Option<TallyProblem> {
        if tally.yes > size {
            return Some(TallyProblem::YesAboveElectorate);
        }
        match tally.ballots {
            None => None,
            Some(b) if b.issued > size => Some(TallyProblem::IssuedAboveElectorate),
            Some(b) if b.returned > b.issued => Some(TallyProblem::ReturnedAboveIssued),
            Some(b) if b.invalid > b.returned => Some(TallyProblem::InvalidAboveReturned),
            Some(b) if tally.yes > b.valid() => Some(TallyProblem::YesAboveValid),
            Some(_) => None,
        }
    }

    /// The rule it breaks.
    pub const fn rule(self) -> RuleId {
        match self {
            TallyProblem::YesAboveElectorate => RuleId::E4,
            _ => RuleId::E6,
        }
    }
}

/// A ballot the rules refuse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
pub enum BallotError {
    /// E4, E5: `exempt + excluded > official`, `exempt_attending > exempt`, or `E = 0`.
    #[error("{}", InvalidElectorate { counts: *counts })]
    InvalidElectorate {
        /// The counts as recorded.
        counts: Counts,
    },
    /// E4, E6: a yes count above the electorate, or a tellers' count that does not add up.
    #[error("invalid tally ({}): {}", problem.rule(), tally_problem(*question, *tally, *size, *problem, Lang::En))]
    InvalidTally {
        /// The question.
        question: Question,
        /// The count recorded.
        tally: Tally,
        /// E.
        size: u32,
        /// What does not add up.
        problem: TallyProblem,
    },
    /// I2: progress (≥ ½) and removal (≥ ⅔) both pass; the branch must vote again.
    #[error(
        "conflicting ballots (I2): progress {progress_yes}/{size} meets one half and removal {removal_yes}/{size} meets two thirds; the branch must vote again"
    )]
    ConflictingBallots {
        /// Yes votes for progress.
        progress_yes: u32,
        /// Yes votes for removal.
        removal_yes: u32,
        /// E.
        size: u32,
    },
}

impl From<InvalidElectorate> for BallotError {
    fn from(e: InvalidElectorate) -> BallotError {
        BallotError::InvalidElectorate { counts: e.counts }
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
            (BallotError::InvalidElectorate { counts }, lang) => {
                InvalidElectorate { counts: *counts }.message(lang)
            }
            (_, Lang::En) => self.to_string(),
            (
                BallotError::InvalidTally {
                    question,
                    tally,
                    size,
                    problem,
                },
                Lang::Vi,
            ) => format!(
                "Số phiếu không hợp lệ ({}): {}",
                problem.rule(),
                tally_problem(*question, *tally, *size, *problem, Lang::Vi)
            ),
            (
                BallotError::ConflictingBallots {
                    progress_yes,
                    removal_yes,
                    size,
                },
                Lang::Vi,
            ) => format!(
                "Phiếu công nhận sự tiến bộ ({progress_yes}/{size}) đạt từ một nửa trở lên và phiếu đề nghị xem xét đưa ra khỏi Đảng ({removal_yes}/{size}) đạt từ hai phần ba trở lên: chi bộ phải bỏ phiếu lại (I2)"
            ),
        }
    }

    /// The detailed message in both languages.
    pub fn messages(&self) -> Bilingual {
        Bilingual::with(|lang| self.message(lang))
    }
}

/// A tally that does not add up, in words (E4, E6).
fn tally_problem(
    question: Question,
    tally: Tally,
    size: u32,
    problem: TallyProblem,
    lang: Lang,
) -> String {
    let b = tally.ballots.unwrap_or_default();
    let yes = tally.yes;
    let q = question.label(lang);
    match (problem, lang) {
        (TallyProblem::YesAboveElectorate, Lang::Vi) => format!(
            "biểu quyết {q}: {yes} phiếu đồng ý, nhiều hơn số đảng viên làm căn cứ tính tỷ lệ ({size})"
        ),
        (TallyProblem::YesAboveElectorate, Lang::En) => {
            format!("{yes} yes votes {q}, but the electorate is {size}")
        }
        (TallyProblem::IssuedAboveElectorate, Lang::Vi) => format!(
            "biểu quyết {q}: {} phiếu phát ra, nhiều hơn số đảng viên làm căn cứ tính tỷ lệ ({size})",
            b.issued
        ),
        (TallyProblem::IssuedAboveElectorate, Lang::En) => format!(
            "{} ballots issued {q}, more than the electorate of {size}",
            b.issued
        ),
        (TallyProblem::ReturnedAboveIssued, Lang::Vi) => format!(
            "biểu quyết {q}: {} phiếu thu vào, nhiều hơn {} phiếu phát ra",
            b.returned, b.issued
        ),
        (TallyProblem::ReturnedAboveIssued, Lang::En) => format!(
            "{} ballots returned {q}, more than the {} issued",
            b.returned, b.issued
        ),
        (TallyProblem::InvalidAboveReturned, Lang::Vi) => format!(
            "biểu quyết {q}: {} phiếu không hợp lệ, nhiều hơn {} phiếu thu vào",
            b.invalid, b.returned
        ),
        (TallyProblem::InvalidAboveReturned, Lang::En) => format!(
            "{} invalid ballots {q}, more than the {} returned",
            b.invalid, b.returned
        ),
        (TallyProblem::YesAboveValid, Lang::Vi) => format!(
            "biểu quyết {q}: {yes} phiếu đồng ý, nhiều hơn {} phiếu hợp lệ ({} phiếu thu vào, {} phiếu không hợp lệ)",
            b.valid(),
            b.returned,
            b.invalid
        ),
        (TallyProblem::YesAboveValid, Lang::En) => format!(
            "{yes} yes votes {q}, more than the {} valid ballots ({} returned, {} invalid)",
            b.valid(),
            b.returned,
            b.invalid
        ),
    }
}
