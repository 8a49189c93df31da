//! Events: the facts a case is made of, each with its payload.
//!
//! An event in the case file is one flat JSON object:
//! `{"type", "date", "by", ...payload, "note"?}`, read and written by the case
//! file's module (`file/event.rs`, where each type's payload fields are listed once).

use crate::authority::{Body, Id};
use crate::electorate::{Counts, TellersCount};
use crate::lang::vocabulary;
use crate::period::Date;

vocabulary! {
    /// The type of an event ("bước, sự kiện"), in the order of the procedure.
    pub enum EventType ("Sự kiện của hồ sơ", "Events") {
        /// S1.1: the committee flags the member against the criteria.
        Flagged = "flagged", vi: "Rà soát, phát hiện, dự kiến danh sách", en: "Reviewed against the criteria and put on the draft list", source: "rà soát theo tiêu chí ... để dự kiến danh sách đảng viên thuộc diện cần được chi bộ giáo dục, giúp đỡ";
        /// S1.2: the committee asks the superior for direction.
        DirectionRequested = "direction_requested", vi: "Xin ý kiến chỉ đạo về danh sách dự kiến", en: "Direction requested on the draft list", source: "xin ý kiến chỉ đạo ... về danh sách đảng viên dự kiến";
        /// S1.2: the superior's direction.
        DirectionGiven = "direction_given", vi: "Cho ý kiến chỉ đạo về danh sách dự kiến", en: "Direction given on the draft list", source: "ý kiến chỉ đạo";
        /// S1.3: the branch's secret ballot on listing.
        ListingVoted = "listing_voted", vi: "Họp, thảo luận, bỏ phiếu kín đưa vào danh sách", en: "Secret ballot on listing", source: "chi bộ họp, thảo luận, bỏ phiếu kín đối với từng đảng viên";
        /// S1.4: the superior approves or refuses the list.
        ListingReviewed = "listing_reviewed", vi: "Xem xét, phê duyệt danh sách", en: "List reviewed", source: "phê duyệt danh sách để thực hiện các bước tiếp theo";
        /// S2.1: the committee tells the member and talks the violations over.
        MemberNotified = "member_notified", vi: "Thông báo ý kiến phê duyệt, trao đổi với đảng viên về những vi phạm", en: "Member told of the approval, violations talked over", source: "thông báo ý kiến phê duyệt ..., trao đổi với từng đảng viên";
        /// S2.1: the member's self-criticism with a commitment to correct.
        SelfCriticismSubmitted = "self_criticism_submitted", vi: "Viết bản tự kiểm điểm, cam kết sửa chữa, khắc phục vi phạm", en: "Self-criticism with a commitment submitted", source: "viết bản tự kiểm điểm, trong đó cam kết rõ việc sửa chữa, khắc phục vi phạm";
        /// S2.2: the branch's resolution assigning one mentor.
        MentorAssigned = "mentor_assigned", vi: "Ra nghị quyết phân công theo dõi, giúp đỡ", en: "Resolution assigning a mentor", source: "ra nghị quyết phân công 01 chi ủy viên hoặc 01 đảng viên theo dõi, giúp đỡ 01 đảng viên";
        /// S2.2: another mentor assigned.
        MentorReassigned = "mentor_reassigned", vi: "Phân công lại người theo dõi, giúp đỡ", en: "Mentor reassigned";
        /// S3.1: the branch's two secret ballots after 12 months.
        ScreeningVoted = "screening_voted", vi: "Họp, bỏ phiếu kín sàng lọc", en: "Screening meeting and secret ballots", source: "bỏ phiếu công nhận sự tiến bộ của đảng viên trước, bỏ phiếu đề nghị xem xét đưa đảng viên ra khỏi Đảng sau";
        /// S3.2, S3.4, I4: the superior reviews the branch's decision.
        DecisionReviewed = "decision_reviewed", vi: "Xem xét, phê duyệt đề nghị của chi bộ", en: "Branch's decision reviewed", source: "xem xét, phê duyệt";
        /// S3.3, I5: the grassroots committee resolves on the removal proposal.
        RemovalResolved = "removal_resolved", vi: "Xem xét, ra nghị quyết về đề nghị đưa ra khỏi Đảng", en: "Resolution on the removal proposal", source: "đảng ủy cơ sở xem xét, ra nghị quyết báo cáo Ban Thường vụ Đảng ủy Khối";
        /// S4.1: the BTV ĐUK orders verification.
        VerificationOrdered = "verification_ordered", vi: "Chỉ đạo thẩm tra, xác minh", en: "Verification ordered", source: "chỉ đạo Ủy ban Kiểm tra Đảng ủy Khối thẩm tra, xác minh, kết luận về vi phạm";
        /// S4.1: the Inspection Committee concludes.
        VerificationConcluded = "verification_concluded", vi: "Kết luận thẩm tra, xác minh về vi phạm", en: "Verification concluded", source: "kết luận thẩm tra, xác minh về vi phạm của từng đảng viên";
        /// S4.2, S4.3: the BTV ĐUK decides.
        RemovalDecided = "removal_decided", vi: "Xem xét, quyết định đưa ra khỏi Đảng", en: "Decision on removal", source: "xem xét, quyết định xóa tên hoặc kỷ luật đảng viên bằng hình thức khai trừ";
        /// I7: administrative closure.
        CaseClosed = "case_closed", vi: "Kết thúc hồ sơ", en: "Case closed administratively";
    }
}

vocabulary! {
    /// A criterion of Guidance 02, Section II, Clause 1 ("tiêu chí").
    pub enum Criterion ("Tiêu chí rà soát (Khoản 1, Mục II Hướng dẫn 02-HD/BTCTW)", "Criteria (Guidance 02, II.1)") {
        /// Rated "không hoàn thành nhiệm vụ" two years running.
        TwoYearsNotCompleted = "two_years_not_completed", vi: "Hai năm liền bị xếp loại “Không hoàn thành nhiệm vụ”", en: "Rated “not completing duties” two years running";
        /// Violated again while serving a discipline.
        ReoffendedUnderDiscipline = "reoffended_under_discipline", vi: "Đang trong thời gian chấp hành kỷ luật (từ cảnh cáo trở lên) lại tiếp tục có vi phạm", en: "Violated again while serving a discipline (a warning or heavier)";
        /// Degraded in political ideology, ethics or lifestyle.
        Degradation = "degradation", vi: "Được cấp ủy có thẩm quyền kết luận suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa”", en: "Concluded by the competent committee to have degraded in political ideology, ethics or lifestyle";
        /// Broke the duty to set an example or the prohibitions; low standing.
        ExampleOrProhibition = "example_or_prohibition", vi: "Vi phạm trách nhiệm nêu gương, những điều đảng viên không được làm, hoặc có uy tín thấp", en: "Broke the duty to set an example or the prohibitions, or low standing";
        /// Another criterion of that clause (described in the note).
        Other = "other", vi: "Tiêu chí khác tại Khoản 1, Mục II Hướng dẫn 02-HD/BTCTW", en: "Another criterion of Guidance 02, II.1";
    }
}

vocabulary! {
    /// The mentor's role ("người theo dõi, giúp đỡ").
    pub enum MentorRole ("Người theo dõi, giúp đỡ", "Mentor roles") {
        /// "Chi ủy viên": only in a branch that has a committee.
        CommitteeMember = "committee_member", vi: "Chi ủy viên", en: "Committee member";
        /// "Đảng viên".
        Member = "member", vi: "Đảng viên", en: "Party member";
    }
}

vocabulary! {
    /// The BTV ĐUK's decision in Step 4.
    pub enum RemovalOutcome ("Quyết định ở Bước 4", "Decisions of Step 4") {
        /// S4.2: strike the name off ("xóa tên").
        StruckOff = "struck_off", vi: "Xóa tên trong danh sách đảng viên", en: "Strike off the roll of members", source: "xóa tên";
        /// S4.2: expel as a discipline ("khai trừ").
        Expelled = "expelled", vi: "Kỷ luật bằng hình thức khai trừ", en: "Expel as a discipline", source: "kỷ luật đảng viên bằng hình thức khai trừ";
        /// S4.3: not grave enough; continued education.
        ContinueEducation = "continue_education", vi: "Chưa đến mức phải xóa tên hoặc kỷ luật bằng hình thức khai trừ, tiếp tục giáo dục, giúp đỡ", en: "Not grave enough: continued education", source: "chưa đến mức phải xóa tên hoặc kỷ luật bằng hình thức khai trừ";
    }
}

vocabulary! {
    /// Why a case is closed administratively (I7).
    pub enum CloseReason ("Lý do kết thúc hồ sơ", "Reasons for closing a case") {
        /// The member died.
        Deceased = "deceased", vi: "Đồng chí đảng viên từ trần", en: "The member died";
        /// The member transferred.
        Transferred = "transferred", vi: "Chuyển sinh hoạt đảng", en: "The member transferred";
        /// Another reason (state it in the note).
        Other = "other", vi: "Lý do khác", en: "Another reason";
    }
}

/// The member assigned to follow and help (S2.2).
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Mentor {
    /// The mentor's member id.
    pub id: Id,
    /// Committee member or party member.
    pub role: MentorRole,
}

/// What happened, with its payload: one variant per [`EventType`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Action {
    /// S1.1: with at least one criterion (codes may repeat; kept as written).
    Flagged {
        /// The criteria.
        criteria: Vec<Criterion>,
    },
    /// S1.2.
    DirectionRequested,
    /// S1.2: `proceed` false ends the case (`not_listed`).
    DirectionGiven {
        /// Whether the branch may proceed.
        proceed: bool,
    },
    /// S1.3.
    ListingVoted {
        /// The electorate as recorded.
        electorate: Counts,
        /// Yes votes.
        yes: u32,
        /// The tellers' count, if recorded (E6).
        ballots: Option<TellersCount>,
    },
    /// S1.4.
    ListingReviewed {
        /// Whether the list is approved.
        approved: bool,
    },
    /// S2.1.
    MemberNotified,
    /// S2.1.
    SelfCriticismSubmitted,
    /// S2.2: starts cycle 1.
    MentorAssigned {
        /// The mentor.
        mentor: Mentor,
    },
    /// S2.2: changes neither the cycle nor the screening date.
    MentorReassigned {
        /// The new mentor.
        mentor: Mentor,
    },
    /// S3.1.
    ScreeningVoted {
        /// The electorate as recorded.
        electorate: Counts,
        /// Yes votes on progress.
        progress_yes: u32,
        /// Yes votes on removal.
        removal_yes: u32,
        /// The tellers' count of the progress ballot, if recorded (E6).
        progress_ballots: Option<TellersCount>,
        /// The tellers' count of the removal ballot, if recorded (E6).
        removal_ballots: Option<TellersCount>,
    },
    /// S3.2, S3.4, I4.
    DecisionReviewed {
        /// Whether the superior approves.
        approved: bool,
    },
    /// S3.3, I5.
    RemovalResolved {
        /// Whether the grassroots committee forwards the proposal to the BTV ĐUK.
        forward: bool,
    },
    /// S4.1.
    VerificationOrdered,
    /// S4.1.
    VerificationConcluded {
        /// Whether the violations are confirmed.
        violations_confirmed: bool,
    },
    /// S4.2, S4.3.
    RemovalDecided {
        /// The decision.
        outcome: RemovalOutcome,
    },
    /// I7.
    CaseClosed {
        /// Why.
        reason: CloseReason,
    },
}

impl Action {
    /// The event type of this action.
    pub const fn event_type(&self) -> EventType {
        match self {
            Action::Flagged { .. } => EventType::Flagged,
            Action::DirectionRequested => EventType::DirectionRequested,
            Action::DirectionGiven { .. } => EventType::DirectionGiven,
            Action::ListingVoted { .. } => EventType::ListingVoted,
            Action::ListingReviewed { .. } => EventType::ListingReviewed,
            Action::MemberNotified => EventType::MemberNotified,
            Action::SelfCriticismSubmitted => EventType::SelfCriticismSubmitted,
            Action::MentorAssigned { .. } => EventType::MentorAssigned,
            Action::MentorReassigned { .. } => EventType::MentorReassigned,
            Action::ScreeningVoted { .. } => EventType::ScreeningVoted,
            Action::DecisionReviewed { .. } => EventType::DecisionReviewed,
            Action::RemovalResolved { .. } => EventType::RemovalResolved,
            Action::VerificationOrdered => EventType::VerificationOrdered,
            Action::VerificationConcluded { .. } => EventType::VerificationConcluded,
            Action::RemovalDecided { .. } => EventType::RemovalDecided,
            Action::CaseClosed { .. } => EventType::CaseClosed,
        }
    }
}

/// One fact of a case: what happened, when, recorded by whom, with an optional note.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Event {
    /// The day it happened.
    pub date: Date,
    /// The body that records it (A1).
    pub by: Body,
    /// What happened, with its payload.
    pub action: Action,
    /// Free text, kept as written.
    pub note: Option<String>,
}

impl Event {
    /// An event without a note.
    pub fn new(date: Date, by: Body, action: Action) -> Event {
        Event {
            date,
            by,
            action,
            note: None,
        }
    }

    /// The same event with a note.
    pub fn with_note(mut self, note: impl Into<String>) -> Event {
        self.note = Some(note.into());
        self
    }

    /// The event's type.
    pub const fn event_type(&self) -> EventType {
        self.action.event_type()
    }
}
