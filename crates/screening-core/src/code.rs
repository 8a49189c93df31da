//! The stable error codes (CASE-FORMAT.md, "Errors: stable codes"), each with its
//! general message in Vietnamese and English. Every error of the library carries
//! one: [`crate::Refusal`], [`crate::BallotError`], [`crate::FormatError`].

use crate::lang::{Bilingual, vocabulary};

vocabulary! {
    /// The stable error codes. The label is the code's general message.
    pub enum ErrorCode ("Mã lỗi", "Error codes") {
        /// Not JSON, wrong types, unknown or missing fields, unknown values, impossible dates.
        Malformed = "malformed", vi: "Hồ sơ không đúng định dạng", en: "The case file is malformed";
        /// `format` is not `screening-case/1`.
        UnsupportedFormat = "unsupported_format", vi: "Phiên bản định dạng hồ sơ không được hỗ trợ", en: "Unsupported case format";
        /// The event is not allowed in the current state.
        WrongState = "wrong_state", vi: "Sự kiện này không được ghi nhận ở trạng thái hiện tại của hồ sơ", en: "The event is not allowed in the current state";
        /// A1: not the body with authority.
        WrongBody = "wrong_body", vi: "Không đúng tổ chức, cá nhân có thẩm quyền", en: "Not the body with authority for this event";
        /// D1: dated before the previous event.
        DateOrder = "date_order", vi: "Ngày ghi nhận sớm hơn sự kiện trước", en: "Dated before the previous event";
        /// D2: `screening_voted` before the 12 months have passed.
        TooEarly = "too_early", vi: "Chưa đủ 12 tháng theo dõi, giúp đỡ", en: "Before the 12 months have passed";
        /// E4: invalid electorate.
        InvalidElectorate = "invalid_electorate", vi: "Số đảng viên làm căn cứ tính tỷ lệ không hợp lệ", en: "Invalid electorate";
        /// E4: a yes count above the electorate.
        InvalidTally = "invalid_tally", vi: "Số phiếu không hợp lệ", en: "The vote count does not add up";
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
        /// Not a rule: a bug in the library, caught at a binding's boundary; nothing was changed.
        Internal = "internal", vi: "Lỗi nội bộ của thư viện", en: "Internal error in the library";
    }
}

impl ErrorCode {
    /// The general message in both languages.
    pub fn messages(self) -> Bilingual {
        Bilingual::with(|lang| self.label(lang).to_owned())
    }
}

impl ErrorCode {
    /// Whether the code is about reading the file rather than applying an event.
    pub const fn is_format(self) -> bool {
        matches!(self, ErrorCode::Malformed | ErrorCode::UnsupportedFormat)
    }
}
