//! The states of a case, each carrying its data.

use crate::authority::{Body, Branch};
use crate::event::{CloseReason, Mentor};
use crate::lang::{Lang, vocabulary};
use crate::period::Date;

vocabulary! {
    /// The name of a state ("trạng thái"), as replay reports it.
    pub enum StateName ("Trạng thái của hồ sơ", "States of a case") {
        /// A case with no events yet.
        New = "new", vi: "Chưa rà soát", en: "New";
        /// S1.1.
        Flagged = "flagged", vi: "Đã rà soát, dự kiến danh sách", en: "Flagged";
        /// S1.2.
        AwaitingDirection = "awaiting_direction", vi: "Chờ ý kiến chỉ đạo của cấp ủy cấp trên trực tiếp", en: "Awaiting direction from the immediate superior committee";
        /// S1.3.
        AwaitingListingVote = "awaiting_listing_vote", vi: "Chờ chi bộ họp, thảo luận, bỏ phiếu kín", en: "Awaiting the branch's secret ballot on listing";
        /// S1.4.
        AwaitingListingReview = "awaiting_listing_review", vi: "Chờ cấp ủy cấp trên trực tiếp phê duyệt danh sách", en: "Awaiting approval of the list by the immediate superior committee";
        /// S2.1.
        Listed = "listed", vi: "Trong danh sách cần được chi bộ giáo dục, giúp đỡ", en: "Listed for education and help";
        /// S2.1.
        AwaitingSelfCriticism = "awaiting_self_criticism", vi: "Chờ đảng viên viết bản tự kiểm điểm", en: "Awaiting the self-criticism";
        /// S2.2.
        AwaitingMentor = "awaiting_mentor", vi: "Chờ chi bộ ra nghị quyết phân công theo dõi, giúp đỡ", en: "Awaiting the branch's resolution assigning a mentor";
        /// S2.3, S3.1.
        UnderMonitoring = "under_monitoring", vi: "Đang được theo dõi, giúp đỡ", en: "Under monitoring";
        /// S3.2.
        AwaitingProgressReview = "awaiting_progress_review", vi: "Chờ cấp ủy cấp trên trực tiếp phê duyệt công nhận sự tiến bộ", en: "Awaiting approval of the progress by the immediate superior committee";
        /// S3.4.
        AwaitingContinuationReview = "awaiting_continuation_review", vi: "Chờ cấp ủy cấp trên trực tiếp phê duyệt tiếp tục giáo dục, giúp đỡ", en: "Awaiting approval of continued education by the immediate superior committee";
        /// S3.3, under a grassroots committee.
        AwaitingGrassrootsResolution = "awaiting_grassroots_resolution", vi: "Chờ đảng ủy cơ sở xem xét, ra nghị quyết", en: "Awaiting the grassroots committee's resolution";
        /// S3.3, S4.1.
        ReferredToBloc = "referred_to_bloc", vi: "Đã báo cáo Ban Thường vụ Đảng ủy Khối", en: "Referred to the Standing Committee of the Bloc Party Committee";
        /// S4.1.
        UnderVerification = "under_verification", vi: "Đang thẩm tra, xác minh", en: "Under verification";
        /// S4.2.
        AwaitingRemovalDecision = "awaiting_removal_decision", vi: "Chờ Ban Thường vụ Đảng ủy Khối xem xét, quyết định", en: "Awaiting the decision of the Standing Committee of the Bloc Party Committee";
        /// Closed: not listed (S1.2–S1.4).
        NotListed = "not_listed", vi: "Không đưa vào danh sách", en: "Not listed";
        /// Closed: progress recognised (S3.2).
        ProgressRecognized = "progress_recognized", vi: "Được công nhận sự tiến bộ, đưa ra khỏi danh sách cần theo dõi giáo dục, giúp đỡ", en: "Progress recognised, taken off the list";
        /// Closed: struck off (S4.2).
        StruckOff = "struck_off", vi: "Xóa tên trong danh sách đảng viên", en: "Struck off the roll of members";
        /// Closed: expelled (S4.2).
        Expelled = "expelled", vi: "Kỷ luật bằng hình thức khai trừ", en: "Expelled as a discipline";
        /// Closed administratively (I7).
        Closed = "closed", vi: "Đã kết thúc hồ sơ", en: "Closed";
    }
}

impl StateName {
    /// Whether no event is allowed any more: `not_listed`, `progress_recognized`,
    /// `struck_off`, `expelled`, `closed`.
    pub const fn is_closed(self) -> bool {
        matches!(
            self,
            StateName::NotListed
                | StateName::ProgressRecognized
                | StateName::StruckOff
                | StateName::Expelled
                | StateName::Closed
        )
    }

    /// The body whose act the state awaits, or that acts in it, for a branch.
    pub const fn actor(self, branch: &Branch) -> Option<Body> {
        match self {
            StateName::AwaitingDirection
            | StateName::AwaitingListingReview
            | StateName::AwaitingProgressReview
            | StateName::AwaitingContinuationReview => Some(branch.superior()),
            StateName::AwaitingListingVote | StateName::AwaitingMentor => Some(Body::Branch),
            StateName::AwaitingGrassrootsResolution => Some(Body::GrassrootsCommittee),
            StateName::ReferredToBloc | StateName::AwaitingRemovalDecision => {
                Some(Body::BlocStandingCommittee)
            }
            StateName::UnderVerification => Some(Body::BlocInspectionCommittee),
            _ => None,
        }
    }

    /// The state in words for `branch`: its label, with the body it awaits named
    /// as the branch names it (`branch.names`) and the circular's name otherwise.
    ///
    /// ```
    /// use screening_core::*;
    /// let branch = Branch::new(Id::new("CB-07").unwrap(), BranchKind::Grassroots, false)
    ///     .with_names(Names::new().with(Body::BlocStandingCommittee,
    ///         Name::new("Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh").unwrap()));
    /// assert_eq!(
    ///     StateName::AwaitingRemovalDecision.describe(&branch, Lang::Vi),
    ///     "Chờ Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh xem xét, quyết định"
    /// );
    /// ```
    pub fn describe(self, branch: &Branch, lang: Lang) -> String {
        let Some(body) = self.actor(branch) else {
            return self.label(lang).to_owned();
        };
        let n = branch.name_of(body, lang);
        let vi = lang == Lang::Vi;
        match self {
            StateName::AwaitingDirection if vi => format!("Chờ ý kiến chỉ đạo của {n}"),
            StateName::AwaitingDirection => format!("Awaiting direction from {n}"),
            StateName::AwaitingListingVote if vi => {
                format!("Chờ {n} họp, thảo luận, bỏ phiếu kín")
            }
            StateName::AwaitingListingVote => format!("Awaiting the secret ballot of {n}"),
            StateName::AwaitingListingReview if vi => format!("Chờ {n} phê duyệt danh sách"),
            StateName::AwaitingListingReview => format!("Awaiting approval of the list by {n}"),
            StateName::AwaitingMentor if vi => {
                format!("Chờ {n} ra nghị quyết phân công theo dõi, giúp đỡ")
            }
            StateName::AwaitingMentor => {
                format!("Awaiting the resolution of {n} assigning a mentor")
            }
            StateName::AwaitingProgressReview if vi => {
                format!("Chờ {n} phê duyệt công nhận sự tiến bộ")
            }
            StateName::AwaitingProgressReview => {
                format!("Awaiting approval of the progress by {n}")
            }
            StateName::AwaitingContinuationReview if vi => {
                format!("Chờ {n} phê duyệt tiếp tục giáo dục, giúp đỡ")
            }
            StateName::AwaitingContinuationReview => {
                format!("Awaiting approval of continued education by {n}")
            }
            StateName::AwaitingGrassrootsResolution if vi => {
                format!("Chờ {n} xem xét, ra nghị quyết")
            }
            StateName::AwaitingGrassrootsResolution => format!("Awaiting the resolution of {n}"),
            StateName::ReferredToBloc if vi => format!("Đã báo cáo {n}"),
            StateName::ReferredToBloc => format!("Referred to {n}"),
            StateName::UnderVerification if vi => format!("{n} đang thẩm tra, xác minh"),
            StateName::UnderVerification => format!("Under verification by {n}"),
            StateName::AwaitingRemovalDecision if vi => format!("Chờ {n} xem xét, quyết định"),
            StateName::AwaitingRemovalDecision => format!("Awaiting the decision of {n}"),
            _ => self.label(lang).to_owned(),
        }
    }

    /// The step (1–4) of an open state; `None` for `new` and closed states.
    pub const fn step(self) -> Option<Step> {
        match self {
            StateName::Flagged
            | StateName::AwaitingDirection
            | StateName::AwaitingListingVote
            | StateName::AwaitingListingReview => Some(Step::Review),
            StateName::Listed
            | StateName::AwaitingSelfCriticism
            | StateName::AwaitingMentor
            | StateName::UnderMonitoring => Some(Step::Educate),
            StateName::AwaitingProgressReview
            | StateName::AwaitingContinuationReview
            | StateName::AwaitingGrassrootsResolution => Some(Step::Screen),
            StateName::ReferredToBloc
            | StateName::UnderVerification
            | StateName::AwaitingRemovalDecision => Some(Step::Remove),
            StateName::New
            | StateName::NotListed
            | StateName::ProgressRecognized
            | StateName::StruckOff
            | StateName::Expelled
            | StateName::Closed => None,
        }
    }
}

/// A step of the procedure ("bước").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    /// Bước 1: review and detect.
    Review = 1,
    /// Bước 2: educate and help.
    Educate = 2,
    /// Bước 3: screen.
    Screen = 3,
    /// Bước 4: remove.
    Remove = 4,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 4] = [Step::Review, Step::Educate, Step::Screen, Step::Remove];

    /// 1 to 4.
    pub const fn number(self) -> u8 {
        self as u8
    }

    /// The step's title in the circular.
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Step::Review, Lang::Vi) => "Rà soát, phát hiện",
            (Step::Review, Lang::En) => "Review and detect",
            (Step::Educate, Lang::Vi) => "Giáo dục, giúp đỡ đảng viên",
            (Step::Educate, Lang::En) => "Educate and help",
            (Step::Screen, Lang::Vi) => "Sàng lọc đảng viên đã được chi bộ giáo dục, giúp đỡ",
            (Step::Screen, Lang::En) => "Screen",
            (Step::Remove, Lang::Vi) => "Đưa đảng viên không còn đủ tư cách ra khỏi Đảng",
            (Step::Remove, Lang::En) => "Remove from the Party",
        }
    }
}

impl serde::Serialize for Step {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u8(self.number())
    }
}

/// A monitoring cycle: its number, the mentor, and the earliest screening date.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Monitoring {
    /// 1 from `mentor_assigned`, then +1 for each new cycle (S3.4, I5, S4.3).
    pub cycle: u32,
    /// The current mentor (S2.2).
    pub mentor: Mentor,
    /// The earliest date of the screening meeting (D2).
    pub screening_from: Date,
}

/// The state of a case, with the data each state carries.
///
/// Matching on it is exhaustive: a new state is a compile error wherever states
/// are handled.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum State {
    /// No events yet.
    New,
    /// S1.1.
    Flagged,
    /// S1.2.
    AwaitingDirection,
    /// S1.3.
    AwaitingListingVote,
    /// S1.4.
    AwaitingListingReview,
    /// S2.1.
    Listed,
    /// S2.1.
    AwaitingSelfCriticism,
    /// S2.2.
    AwaitingMentor,
    /// S2.3, S3.1: monitoring; `screening_voted` from `screening_from` on.
    UnderMonitoring(Monitoring),
    /// S3.2: progress recognised, awaiting the superior.
    AwaitingProgressReview(Monitoring),
    /// S3.4: continued education, awaiting the superior; the new period will
    /// count from `meeting`, the screening meeting's date (I3).
    AwaitingContinuationReview {
        /// The cycle that was screened.
        monitoring: Monitoring,
        /// The date of the screening meeting.
        meeting: Date,
    },
    /// S3.3: removal proposed, awaiting the grassroots committee.
    AwaitingGrassrootsResolution(Monitoring),
    /// S3.3: referred to the BTV ĐUK.
    ReferredToBloc(Monitoring),
    /// S4.1.
    UnderVerification(Monitoring),
    /// S4.1, S4.2: the Inspection Committee has concluded.
    AwaitingRemovalDecision {
        /// The cycle.
        monitoring: Monitoring,
        /// The conclusion (I6 reads it).
        violations_confirmed: bool,
    },
    /// Closed: not listed.
    NotListed,
    /// Closed: progress recognised in this cycle.
    ProgressRecognized {
        /// The last cycle.
        cycle: u32,
    },
    /// Closed: struck off.
    StruckOff {
        /// The last cycle.
        cycle: u32,
    },
    /// Closed: expelled.
    Expelled {
        /// The last cycle.
        cycle: u32,
    },
    /// Closed administratively (I7).
    Closed {
        /// The cycle at closure (0 before any mentor).
        cycle: u32,
        /// Why.
        reason: CloseReason,
    },
}

impl State {
    /// The state's name.
    pub const fn name(&self) -> StateName {
        match self {
            State::New => StateName::New,
            State::Flagged => StateName::Flagged,
            State::AwaitingDirection => StateName::AwaitingDirection,
            State::AwaitingListingVote => StateName::AwaitingListingVote,
            State::AwaitingListingReview => StateName::AwaitingListingReview,
            State::Listed => StateName::Listed,
            State::AwaitingSelfCriticism => StateName::AwaitingSelfCriticism,
            State::AwaitingMentor => StateName::AwaitingMentor,
            State::UnderMonitoring(_) => StateName::UnderMonitoring,
            State::AwaitingProgressReview(_) => StateName::AwaitingProgressReview,
            State::AwaitingContinuationReview { .. } => StateName::AwaitingContinuationReview,
            State::AwaitingGrassrootsResolution(_) => StateName::AwaitingGrassrootsResolution,
            State::ReferredToBloc(_) => StateName::ReferredToBloc,
            State::UnderVerification(_) => StateName::UnderVerification,
            State::AwaitingRemovalDecision { .. } => StateName::AwaitingRemovalDecision,
            State::NotListed => StateName::NotListed,
            State::ProgressRecognized { .. } => StateName::ProgressRecognized,
            State::StruckOff { .. } => StateName::StruckOff,
            State::Expelled { .. } => StateName::Expelled,
            State::Closed { .. } => StateName::Closed,
        }
    }

    /// The monitoring cycle the case is in, from `mentor_assigned` on.
    pub const fn monitoring(&self) -> Option<&Monitoring> {
        match self {
            State::UnderMonitoring(m)
            | State::AwaitingProgressReview(m)
            | State::AwaitingContinuationReview { monitoring: m, .. }
            | State::AwaitingGrassrootsResolution(m)
            | State::ReferredToBloc(m)
            | State::UnderVerification(m)
            | State::AwaitingRemovalDecision { monitoring: m, .. } => Some(m),
            _ => None,
        }
    }

    /// The cycle: 0 before any mentor, then 1, 2, …; kept in closed states.
    pub const fn cycle(&self) -> u32 {
        match self {
            State::ProgressRecognized { cycle }
            | State::StruckOff { cycle }
            | State::Expelled { cycle }
            | State::Closed { cycle, .. } => *cycle,
            _ => match self.monitoring() {
                Some(m) => m.cycle,
                None => 0,
            },
        }
    }

    /// The earliest screening date, reported while `under_monitoring` (D2).
    pub const fn screening_from(&self) -> Option<Date> {
        match self {
            State::UnderMonitoring(m) => Some(m.screening_from),
            _ => None,
        }
    }

    /// The current mentor, from `mentor_assigned` until the case leaves monitoring.
    pub const fn mentor(&self) -> Option<&Mentor> {
        match self.monitoring() {
            Some(m) => Some(&m.mentor),
            None => None,
        }
    }

    /// The step (1–4) while open.
    pub const fn step(&self) -> Option<Step> {
        self.name().step()
    }

    /// Whether no event is allowed any more.
    pub const fn is_closed(&self) -> bool {
        self.name().is_closed()
    }
}
