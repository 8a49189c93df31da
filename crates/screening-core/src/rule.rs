//! Rule IDs: the numbering of `shared/spec/RULES.md`.
//!
//! Every public rule function names the IDs it implements in its doc comment,
//! and every decision the library returns carries them, so a reader can go from
//! an answer to the rule and back.

use crate::lang::vocabulary;

vocabulary! {
    /// The ID of a rule in `RULES.md` ("quy định"), serialized as written there (`"S3.4"`).
    pub enum RuleId ("Quy định", "Rules") {
        /// The base of every ratio: official members less the exempted.
        E1 = "E1", vi: "Căn cứ là số đảng viên chính thức của chi bộ (trừ đảng viên được miễn công tác và sinh hoạt đảng)", en: "The base is the branch's official members, less those exempted";
        /// An exempted member who attends and votes still counts.
        E2 = "E2", vi: "Đảng viên được miễn có mặt, tham gia biểu quyết thì vẫn tính", en: "An exempted member who attends and votes still counts";
        /// Probationary members have no vote.
        E3 = "E3", vi: "Đảng viên dự bị không biểu quyết", en: "Probationary members have no vote";
        /// When an electorate or a tally is invalid.
        E4 = "E4", vi: "Số liệu biểu quyết không hợp lệ", en: "Invalid electorate or tally";
        /// Members suspended, prosecuted, in custody or attached elsewhere leave the base.
        E5 = "E5", vi: "Không tính đảng viên bị đình chỉ sinh hoạt đảng, bị khởi tố, truy tố, tạm giam hoặc đang sinh hoạt tạm thời ở đảng bộ khác", en: "Members suspended, prosecuted, in custody or attached elsewhere leave the base";
        /// The tellers' count must add up.
        E6 = "E6", vi: "Kết quả kiểm phiếu phải khớp: phiếu phát ra, thu vào, không hợp lệ", en: "The tellers' count must add up";
        /// Two thirds or more.
        T1 = "T1", vi: "Hai phần ba trở lên", en: "Two thirds or more";
        /// One half or more.
        T2 = "T2", vi: "Từ một nửa trở lên", en: "One half or more";
        /// Step 1: the committee reviews and flags.
        S1_1 = "S1.1", vi: "Rà soát, dự kiến danh sách", en: "The committee reviews and drafts the list";
        /// Step 1: direction from the superior.
        S1_2 = "S1.2", vi: "Xin ý kiến chỉ đạo của cấp ủy cấp trên trực tiếp", en: "Direction from the immediate superior committee";
        /// Step 1: the listing ballot.
        S1_3 = "S1.3", vi: "Chi bộ bỏ phiếu kín đưa vào danh sách", en: "The branch's secret ballot on listing";
        /// Step 1: the superior approves the list.
        S1_4 = "S1.4", vi: "Cấp ủy cấp trên trực tiếp phê duyệt danh sách", en: "The immediate superior committee approves the list";
        /// Step 2: notification and self-criticism.
        S2_1 = "S2.1", vi: "Thông báo, trao đổi; đảng viên viết bản tự kiểm điểm", en: "Notification and self-criticism";
        /// Step 2: one mentor for one member.
        S2_2 = "S2.2", vi: "Phân công 01 chi ủy viên hoặc 01 đảng viên theo dõi, giúp đỡ 01 đảng viên", en: "One mentor assigned to one member";
        /// Step 2: monitoring lasts 12 months.
        S2_3 = "S2.3", vi: "Thời gian theo dõi, giúp đỡ là 12 tháng", en: "Monitoring lasts 12 months";
        /// Step 3: the screening meeting and its two ballots.
        S3_1 = "S3.1", vi: "Sau 12 tháng, chi bộ họp và bỏ phiếu kín sàng lọc", en: "After 12 months the branch screens by two secret ballots";
        /// Step 3: progress recognised.
        S3_2 = "S3.2", vi: "Công nhận sự tiến bộ của đảng viên", en: "Progress recognised";
        /// Step 3: removal proposed.
        S3_3 = "S3.3", vi: "Đề nghị xem xét đưa ra khỏi Đảng", en: "Removal proposed";
        /// Step 3: continued education.
        S3_4 = "S3.4", vi: "Tiếp tục giáo dục, giúp đỡ và xem xét lại sau 12 tháng", en: "Continued education, screened again after 12 months";
        /// Step 4: verification by the Inspection Committee.
        S4_1 = "S4.1", vi: "Thẩm tra, xác minh, kết luận về vi phạm", en: "The Inspection Committee verifies and concludes";
        /// Step 4: striking off or expulsion.
        S4_2 = "S4.2", vi: "Quyết định xóa tên hoặc kỷ luật bằng hình thức khai trừ", en: "Striking off or expulsion";
        /// Step 4: not grave enough, continued education.
        S4_3 = "S4.3", vi: "Chưa đến mức xóa tên hoặc khai trừ: tiếp tục giáo dục, giúp đỡ", en: "Not grave enough: continued education";
        /// Who may record each event.
        A1 = "A1", vi: "Thẩm quyền ghi nhận từng sự kiện", en: "Who may record each event";
        /// Only branches under a grassroots committee have its resolution.
        A2 = "A2", vi: "Chỉ chi bộ trực thuộc đảng ủy cơ sở có nghị quyết của đảng ủy cơ sở", en: "Only branches under a grassroots committee have its resolution";
        /// Events in date order.
        D1 = "D1", vi: "Các sự kiện theo thứ tự ngày", en: "Events in date order";
        /// Months by the Civil Code; "after 12 months".
        D2 = "D2", vi: "Thời hạn theo tháng (Bộ luật Dân sự 2015, Điều 147–148); “sau 12 tháng”", en: "Periods in months by the Civil Code; \"after 12 months\"";
        /// Case (3) of Step 3 read as "neither (1) nor (2)".
        I1 = "I1", vi: "Trường hợp (3) của Bước 3 là khi không rơi vào trường hợp (1) và (2)", en: "Case (3) of Step 3 is \"neither (1) nor (2)\"";
        /// Both ballots passing is refused.
        I2 = "I2", vi: "Hai phiếu cùng đạt thì phải bỏ phiếu lại", en: "Both ballots passing must be voted again";
        /// From which date a new 12-month period counts.
        I3 = "I3", vi: "Ngày bắt đầu tính 12 tháng mới", en: "The date a new 12-month period counts from";
        /// A refused Step 3 decision: screen again.
        I4 = "I4", vi: "Cấp ủy cấp trên trực tiếp không phê duyệt: chi bộ sàng lọc lại", en: "A refused Step 3 decision: the branch screens again";
        /// A removal proposal not forwarded: a new cycle.
        I5 = "I5", vi: "Đảng ủy cơ sở không đề nghị: tiếp tục giáo dục, giúp đỡ", en: "A proposal not forwarded: continued education";
        /// Who may be expelled or struck off.
        I6 = "I6", vi: "Khai trừ chỉ với đảng viên chính thức; cần kết luận có vi phạm", en: "Expulsion only of official members; both need confirmed violations";
        /// Administrative closure.
        I7 = "I7", vi: "Kết thúc hồ sơ vì lý do hành chính", en: "Administrative closure";
    }
}
