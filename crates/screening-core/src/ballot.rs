//! Ballot decisions: listing (S1.3) and screening (S3.2–S3.4, I1, I2).
//!
//! Each decision is returned explained: the outcome, the rule IDs applied, the
//! electorate and, for each question put to the vote, the yes count, the
//! threshold and the smallest count that would have met it.

use crate::electorate::{Counts, Electorate, TellersCount};
use crate::lang::vocabulary;
use crate::rule::RuleId;
pub use crate::tally::{BallotError, Question, Tally, TallyProblem};
use crate::threshold::Threshold;

vocabulary! {
    /// What a ballot decides ("kết quả bỏ phiếu"). The codes are those of the conformance vectors.
    pub enum Outcome ("Kết quả bỏ phiếu", "Ballot outcomes") {
        /// S1.3: T1 met, the member goes on the list (pending approval).
        Listed = "listed", vi: "Đưa vào danh sách cần được chi bộ giáo dục, giúp đỡ", en: "Listed for education and help", source: "đưa vào danh sách cần được chi bộ giáo dục, giúp đỡ trước khi xem xét, quyết định đưa ra khỏi Đảng";
        /// S1.3: T1 not met.
        NotListed = "not_listed", vi: "Không đưa vào danh sách", en: "Not listed";
        /// S3.4, I1: neither ballot passes.
        ContinueEducation = "continue_education", vi: "Tiếp tục giáo dục, giúp đỡ và xem xét lại sau 12 tháng", en: "Continued education, screened again after 12 months", source: "cần được chi bộ tiếp tục giáo dục, giúp đỡ trước khi xem xét, quyết định đưa ra khỏi Đảng và sẽ xem xét lại sau 12 tháng";
        /// S3.2: the progress ballot meets T2.
        ProgressRecognized = "progress_recognized", vi: "Công nhận sự tiến bộ của đảng viên", en: "Progress recognised", source: "công nhận sự tiến bộ của đảng viên";
        /// S3.3: the removal ballot meets T1.
        RemovalProposed = "removal_proposed", vi: "Đề nghị xem xét đưa ra khỏi Đảng", en: "Removal proposed", source: "đề nghị xem xét đưa ra khỏi Đảng";
    }
}

vocabulary! {
    /// A list the branch sends up to the cấp ủy cấp trên trực tiếp for approval
    /// ("danh sách đề nghị phê duyệt"), by the outcome of its ballot.
    pub enum ApprovalList ("Danh sách đề nghị phê duyệt", "Lists sent up for approval") {
        /// S1.3, S1.4: the members listed for education and help.
        Listed = "listed", vi: "Đảng viên cần được chi bộ giáo dục, giúp đỡ trước khi xem xét, quyết định đưa ra khỏi Đảng", en: "Members to be educated and helped before removal is considered", source: "danh sách cần được chi bộ giáo dục, giúp đỡ trước khi xem xét, quyết định đưa ra khỏi Đảng";
        /// S3.4: the members to be educated further and screened again after 12 months.
        ContinuedEducation = "continued_education", vi: "Đảng viên cần được chi bộ tiếp tục giáo dục, giúp đỡ trước khi xem xét, quyết định đưa ra khỏi Đảng", en: "Members to be educated further before removal is considered", source: "danh sách đảng viên cần được chi bộ tiếp tục giáo dục, giúp đỡ trước khi xem xét, quyết định đưa ra khỏi Đảng";
        /// S3.2: the members whose progress is recognised, to be taken off the list.
        ProgressRecognized = "progress_recognized", vi: "Đảng viên được chi bộ công nhận sự tiến bộ, đề nghị đưa ra khỏi danh sách cần theo dõi giáo dục, giúp đỡ", en: "Members whose progress is recognised, to be taken off the list", source: "danh sách đảng viên đưa ra khỏi danh sách cần theo dõi giáo dục, giúp đỡ";
    }
}

impl Outcome {
    /// The list a member with this outcome goes on, for the superior's approval.
    ///
    /// Rules S1.4 (listed), S3.4 (continued education), S3.2 (progress); a member
    /// not listed goes on none, and a removal proposal goes up by resolution (S3.3).
    pub const fn approval_list(self) -> Option<ApprovalList> {
        match self {
            Outcome::Listed => Some(ApprovalList::Listed),
            Outcome::ContinueEducation => Some(ApprovalList::ContinuedEducation),
            Outcome::ProgressRecognized => Some(ApprovalList::ProgressRecognized),
            Outcome::NotListed | Outcome::RemovalProposed => None,
        }
    }
}

vocabulary! {
    /// Which ballot.
    pub enum BallotKind ("Cuộc bỏ phiếu", "Ballots") {
        /// The listing ballot of Step 1 (S1.3).
        Listing = "listing", vi: "Bỏ phiếu kín đưa vào danh sách", en: "Listing ballot";
        /// The two screening ballots of Step 3 (S3.1).
        Screening = "screening", vi: "Bỏ phiếu kín sàng lọc", en: "Screening ballots";
    }
}

/// One question's count, explained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Vote {
    /// The question.
    pub question: Question,
    /// Yes votes.
    pub yes: u32,
    /// The tellers' count, if recorded (E6).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ballots: Option<TellersCount>,
    /// The threshold it must meet (T1 or T2).
    pub threshold: Threshold,
    /// The smallest yes count that meets it in this electorate.
    pub required: u32,
    /// Whether `yes ≥ required`.
    pub met: bool,
}

impl Vote {
    fn count(question: Question, tally: Tally, electorate: &Electorate) -> Vote {
        let threshold = question.threshold();
        let yes = tally.yes;
        Vote {
            question,
            yes,
            ballots: tally.ballots,
            threshold,
            required: threshold.smallest_passing(electorate.size()),
            met: threshold.is_met(yes, electorate.size()),
        }
    }
}

/// An explained ballot decision: what was decided, by which rules, on which numbers.
///
/// Its JSON adds `explanation`: the decision in words, `{"vi": ..., "en": ...}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct BallotDecision {
    /// Listing or screening.
    pub ballot: BallotKind,
    /// The outcome.
    pub outcome: Outcome,
    /// The rule IDs applied.
    pub rules: &'static [RuleId],
    /// The electorate, with `size` = E.
    pub electorate: Electorate,
    /// Each question's count: one for listing; progress then removal for screening.
    pub votes: Vec<Vote>,
}

impl serde::Serialize for BallotDecision {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("BallotDecision", 6)?;
        st.serialize_field("ballot", &self.ballot)?;
        st.serialize_field("outcome", &self.outcome)?;
        st.serialize_field("rules", self.rules)?;
        st.serialize_field("electorate", &self.electorate)?;
        st.serialize_field("votes", &self.votes)?;
        st.serialize_field(
            "explanation",
            &crate::lang::Bilingual::with(|lang| self.explain(lang)),
        )?;
        st.end()
    }
}

/// The rules behind a listing decision.
const LISTING_RULES: &[RuleId] = &[RuleId::S1_3, RuleId::E1, RuleId::E2, RuleId::E5, RuleId::T1];
/// The rules behind each screening outcome.
const PROGRESS_RULES: &[RuleId] = &[
    RuleId::S3_2,
    RuleId::E1,
    RuleId::E2,
    RuleId::E5,
    RuleId::T2,
    RuleId::T1,
];
const REMOVAL_RULES: &[RuleId] = &[
    RuleId::S3_3,
    RuleId::E1,
    RuleId::E2,
    RuleId::E5,
    RuleId::T2,
    RuleId::T1,
];
const CONTINUE_RULES: &[RuleId] = &[
    RuleId::S3_4,
    RuleId::I1,
    RuleId::E1,
    RuleId::E2,
    RuleId::E5,
    RuleId::T2,
    RuleId::T1,
];

/// Decides the listing ballot of Step 1.
///
/// Rules S1.3, E1, E2, E4, T1: with `3 × yes ≥ 2 × E` the member is `listed`
/// (pending the superior's approval, S1.4), otherwise `not_listed`.
///
/// ```
/// use screening_core::{decide_listing, Counts, Outcome};
/// // 10 official members, 1 exempted and absent: E = 9, two thirds is 6.
/// let d = decide_listing(Counts::new(10, 1), 6).unwrap();
/// assert_eq!(d.outcome, Outcome::Listed);
/// assert_eq!(d.votes[0].required, 6);
/// ```
pub fn decide_listing(counts: Counts, yes: u32) -> Result<BallotDecision, BallotError> {
    decide_listing_tally(counts, Tally::yes(yes))
}

/// Decides the listing ballot of Step 1 with its tellers' count, if recorded.
///
/// Rules S1.3, E1, E2, E4, E5, E6, T1: the count must add up (E6), then as
/// [`decide_listing`]. The thresholds stay over E: invalid and missing ballots
/// count as "no".
///
/// ```
/// use screening_core::{decide_listing_tally, Counts, ErrorCode, Tally, TellersCount};
/// // E = 9; 9 ballots issued, 9 returned, 1 invalid: at most 8 yes.
/// let ballots = TellersCount::new(9, 9, 1);
/// let d = decide_listing_tally(Counts::new(10, 1), Tally::yes(6).counted(ballots)).unwrap();
/// assert_eq!(d.votes[0].ballots, Some(ballots));
/// let e = decide_listing_tally(Counts::new(10, 1), Tally::yes(9).counted(ballots)).unwrap_err();
/// assert_eq!(e.code(), ErrorCode::InvalidTally);
/// ```
pub fn decide_listing_tally(counts: Counts, tally: Tally) -> Result<BallotDecision, BallotError> {
    let (electorate, outcome) = listing(counts, tally)?;
    Ok(BallotDecision {
        ballot: BallotKind::Listing,
        outcome,
        rules: LISTING_RULES,
        electorate,
        votes: vec![Vote::count(Question::Listing, tally, &electorate)],
    })
}

/// Decides the two screening ballots of Step 3 (progress first, removal second).
///
/// Rules S3.2 (progress meets T2 → `progress_recognized`), S3.3 (removal meets
/// T1 → `removal_proposed`), S3.4 read by I1 (neither → `continue_education`),
/// I2 (both → [`BallotError::ConflictingBallots`]), E1, E2, E4, T1, T2.
///
/// ```
/// use screening_core::{decide_screening, Counts, Outcome};
/// // E = 9: one half is 5, two thirds is 6.
/// let d = decide_screening(Counts::new(10, 1), 4, 5).unwrap();
/// assert_eq!(d.outcome, Outcome::ContinueEducation);
/// ```
pub fn decide_screening(
    counts: Counts,
    progress_yes: u32,
    removal_yes: u32,
) -> Result<BallotDecision, BallotError> {
    decide_screening_tally(counts, Tally::yes(progress_yes), Tally::yes(removal_yes))
}

/// Decides the two screening ballots of Step 3, each with its tellers' count if
/// recorded (the two counts are checked each on its own).
///
/// Rules S3.2–S3.4, I1, I2, E1, E2, E4, E5, E6, T1, T2: as [`decide_screening`],
/// after checking each count (E6).
pub fn decide_screening_tally(
    counts: Counts,
    progress: Tally,
    removal: Tally,
) -> Result<BallotDecision, BallotError> {
    let (electorate, outcome) = screening(counts, progress, removal)?;
    let rules = match outcome {
        Outcome::ProgressRecognized => PROGRESS_RULES,
        Outcome::RemovalProposed => REMOVAL_RULES,
        _ => CONTINUE_RULES,
    };
    Ok(BallotDecision {
        ballot: BallotKind::Screening,
        outcome,
        rules,
        electorate,
        votes: vec![
            Vote::count(Question::Progress, progress, &electorate),
            Vote::count(Question::Removal, removal, &electorate),
        ],
    })
}

/// Refuses a yes count above E (E4) or a tellers' count that does not add up (E6).
fn check_tally(
    question: Question,
    tally: Tally,
    electorate: &Electorate,
) -> Result<(), BallotError> {
    let size = electorate.size();
    match TallyProblem::of(tally, size) {
        Some(problem) => Err(BallotError::InvalidTally {
            question,
            tally,
            size,
            problem,
        }),
        None => Ok(()),
    }
}

/// The listing outcome without its explanation (shared with the batch functions).
///
/// Rules S1.3, E1, E2, E4, E5, E6, T1.
pub(crate) fn listing(counts: Counts, tally: Tally) -> Result<(Electorate, Outcome), BallotError> {
    let electorate = Electorate::from_counts(counts)?;
    check_tally(Question::Listing, tally, &electorate)?;
    let met = Question::Listing
        .threshold()
        .is_met(tally.yes, electorate.size());
    Ok((
        electorate,
        if met {
            Outcome::Listed
        } else {
            Outcome::NotListed
        },
    ))
}

/// The screening outcome without its explanation (shared with the batch functions).
///
/// Rules S3.2–S3.4, I1, I2, E1, E2, E4, E5, E6, T1, T2.
pub(crate) fn screening(
    counts: Counts,
    progress: Tally,
    removal: Tally,
) -> Result<(Electorate, Outcome), BallotError> {
    let electorate = Electorate::from_counts(counts)?;
    check_tally(Question::Progress, progress, &electorate)?;
    check_tally(Question::Removal, removal, &electorate)?;
    let (progress_yes, removal_yes) = (progress.yes, removal.yes);
    let e = electorate.size();
    let progress = Question::Progress.threshold().is_met(progress_yes, e);
    let removal = Question::Removal.threshold().is_met(removal_yes, e);
    let outcome = match (progress, removal) {
        (true, true) => {
            return Err(BallotError::ConflictingBallots {
                progress_yes,
                removal_yes,
                size: e,
            });
        }
        (true, false) => Outcome::ProgressRecognized,
        (false, true) => Outcome::RemovalProposed,
        (false, false) => Outcome::ContinueEducation,
    };
    Ok((electorate, outcome))
}
