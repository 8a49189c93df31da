//! Documents a branch signs and sends, as Markdown in Vietnamese: the vote-count
//! record of a ballot ("biên bản kiểm phiếu", [`vote_count_record`]) and the list
//! of members awaiting the superior's approval ("danh sách đề nghị phê duyệt",
//! [`approval_list`]).
//!
//! Both are pure functions of replayed cases: the numbers and the conclusions are
//! those the rules decided ([`crate::BallotDecision`]), written in the circular's
//! words. What the library does not know (the place, the names of the people who
//! sign, the ballots handed out) is left as a blank "……" to fill in by hand.

use std::fmt::Write as _;

use crate::authority::{Body, BranchKind};
use crate::ballot::{BallotDecision, BallotKind, Outcome, Question, Vote};
use crate::case::{Case, Record};
use crate::event::{Action, EventType, Mentor};
use crate::explain::capitalize;
use crate::lang::Lang;
use crate::period::{Date, screening_from};
use crate::rule::RuleId;
use crate::state::StateName;

/// Why there is no vote-count record for an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
pub enum MinutesError {
    /// The index is past the events the case has applied.
    #[error("there is no event {index}: the case has {events} applied event(s), numbered from 0")]
    NoSuchEvent {
        /// The index asked for.
        index: usize,
        /// The number of events applied.
        events: usize,
    },
    /// The event is not a ballot (`listing_voted` or `screening_voted`).
    #[error(
        "event {index} is `{event}`, not a ballot: a vote-count record is for `listing_voted` or `screening_voted`"
    )]
    NotABallot {
        /// The index asked for.
        index: usize,
        /// Its type.
        event: EventType,
    },
}

impl MinutesError {
    /// The stable code: `no_such_event` or `not_a_ballot`.
    pub const fn code(&self) -> &'static str {
        match self {
            MinutesError::NoSuchEvent { .. } => "no_such_event",
            MinutesError::NotABallot { .. } => "not_a_ballot",
        }
    }

    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (_, Lang::En) => self.to_string(),
            (MinutesError::NoSuchEvent { index, events }, Lang::Vi) => format!(
                "Không có bước số {index}: hồ sơ có {events} bước đã ghi nhận, đánh số từ 0"
            ),
            (MinutesError::NotABallot { index, event }, Lang::Vi) => format!(
                "Bước số {index} là \"{}\" ({event}), không phải một lần bỏ phiếu kín: biên bản kiểm phiếu chỉ lập cho listing_voted hoặc screening_voted",
                event.label(Lang::Vi)
            ),
        }
    }
}

/// A date as Vietnamese documents write it: "ngày 03 tháng 02 năm 2023",
/// "ngày 18 tháng 3 năm 2025" (a zero before days under 10 and months 1 and 2).
pub fn date_in_words(date: Date) -> String {
    let month = if date.month() <= 2 {
        format!("{:02}", date.month())
    } else {
        date.month().to_string()
    };
    format!("ngày {:02} tháng {month} năm {}", date.day(), date.year())
}

/// A date as a table writes it: "03/02/2023".
fn date_short(date: Date) -> String {
    format!("{:02}/{:02}/{}", date.day(), date.month(), date.year())
}

/// The superior as a sentence names it (lower case, in the circular's words).
const fn superior_in_sentence(kind: BranchKind) -> &'static str {
    match kind {
        BranchKind::UnderGrassrootsCommittee => "đảng ủy cơ sở",
        BranchKind::Grassroots => "Ban Thường vụ Đảng ủy Khối",
    }
}

/// The party organisation above the branch, for the header.
const fn header_above(kind: BranchKind) -> &'static str {
    match kind {
        BranchKind::UnderGrassrootsCommittee => "ĐẢNG BỘ ……………………",
        BranchKind::Grassroots => "ĐẢNG BỘ KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH",
    }
}

/// "đạt" or "không đạt".
const fn verdict(met: bool) -> &'static str {
    if met { "Đạt" } else { "Không đạt" }
}

/// "{threshold} ({rule})", capitalised: "Từ hai phần ba trở lên (T1)".
fn threshold_cell(vote: &Vote) -> String {
    format!(
        "{} ({})",
        capitalize(vote.threshold.label(Lang::Vi)),
        vote.threshold.rule()
    )
}

/// The rule IDs of a record and its ballot, each once, in order.
fn rules_of(record: &Record, ballot: &BallotDecision) -> String {
    let mut rules: Vec<RuleId> = Vec::new();
    for r in record.rules.iter().chain(ballot.rules) {
        if !rules.contains(r) {
            rules.push(*r);
        }
    }
    rules
        .iter()
        .map(|r| r.code())
        .collect::<Vec<_>>()
        .join(", ")
}

/// "9/11 đảng viên chính thức của chi bộ (trừ đảng viên được miễn công tác và sinh
/// hoạt đảng)": a yes count over E in the circular's words (E1).
fn share(yes: u32, size: u32) -> String {
    format!(
        "{yes}/{size} đảng viên chính thức của chi bộ (trừ đảng viên được miễn công tác và sinh hoạt đảng)"
    )
}

/// "đạt từ hai phần ba trở lên" or "dưới hai phần ba" (T1, T2).
fn reached(vote: &Vote) -> String {
    if vote.met {
        format!("đạt {}", vote.threshold.label(Lang::Vi))
    } else {
        vote.threshold.below_label(Lang::Vi).to_owned()
    }
}

/// The vote of `question` in a decision.
fn vote_on(ballot: &BallotDecision, question: Question) -> Option<&Vote> {
    ballot.votes.iter().find(|v| v.question == question)
}

/// The mentor in charge when event `index` was recorded (S2.2).
fn mentor_before(case: &Case, index: usize) -> Option<&Mentor> {
    case.events()
        .iter()
        .take(index)
        .rev()
        .find_map(|e| match &e.action {
            Action::MentorAssigned { mentor } | Action::MentorReassigned { mentor } => Some(mentor),
            _ => None,
        })
}

/// The earliest screening date of the cycle in which event `index` was recorded (D2).
fn cycle_screening_from(case: &Case, index: usize) -> Option<Date> {
    case.history()
        .iter()
        .take(index)
        .rev()
        .find_map(|r| r.screening_from)
}

/// The vote-count record ("biên bản kiểm phiếu") of the ballot at event `index`
/// (0-based) of a replayed case, as Markdown in Vietnamese.
///
/// For `listing_voted` (S1.3, with S1.4 for the report to the superior) and
/// `screening_voted` (S3.1 and S3.2, S3.3 or S3.4 read by I1): the header, the
/// meeting, the electorate (E1–E3), for each question the yes count, the others
/// (E − yes, "không đồng ý hoặc không bỏ phiếu"), the threshold (T1 or T2) and the
/// smallest passing count, the conclusion in the circular's words with the rule
/// IDs, and the signature lines. Any other event is [`MinutesError::NotABallot`];
/// an index past the events applied is [`MinutesError::NoSuchEvent`].
///
/// ```
/// use screening_core::{Case, minutes::vote_count_record};
/// let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/case-DV-0042.json")).unwrap();
/// let case = Case::from_json(&text).unwrap();
/// let record = vote_count_record(&case, 3).unwrap();
/// assert!(record.contains("BIÊN BẢN KIỂM PHIẾU"));
/// assert_eq!(vote_count_record(&case, 4).unwrap_err().code(), "not_a_ballot");
/// assert_eq!(vote_count_record(&case, 99).unwrap_err().code(), "no_such_event");
/// ```
pub fn vote_count_record(case: &Case, index: usize) -> Result<String, MinutesError> {
    let (Some(record), Some(event)) = (case.history().get(index), case.events().get(index)) else {
        return Err(MinutesError::NoSuchEvent {
            index,
            events: case.version(),
        });
    };
    let Some(ballot) = &record.ballot else {
        return Err(MinutesError::NotABallot {
            index,
            event: record.event,
        });
    };
    let branch = case.branch();
    let member = case.member();
    let counts = ballot.electorate.counts();
    let size = ballot.electorate.size();
    let mut s = String::new();

    // Header.
    let _ = writeln!(
        s,
        "| {} | **ĐẢNG CỘNG SẢN VIỆT NAM** |",
        header_above(branch.kind)
    );
    let _ = writeln!(s, "|:---:|:---:|");
    let _ = writeln!(
        s,
        "| **CHI BỘ {}** | *……, {}* |",
        branch.id,
        date_in_words(record.date)
    );
    let _ = writeln!(s, "| \\* | |");
    let _ = writeln!(s);
    let _ = writeln!(s, "## BIÊN BẢN KIỂM PHIẾU");
    let _ = writeln!(s);
    let subject = match ballot.ballot {
        BallotKind::Listing => {
            "Bỏ phiếu kín đưa đảng viên vào danh sách cần được chi bộ giáo dục, giúp đỡ trước khi xem xét, quyết định đưa ra khỏi Đảng"
        }
        BallotKind::Screening => "Sàng lọc đảng viên đã được chi bộ giáo dục, giúp đỡ",
    };
    let _ = writeln!(s, "**{subject}**");
    let _ = writeln!(s);

    // 1. The meeting.
    let _ = writeln!(s, "### 1. Hội nghị");
    let _ = writeln!(s);
    let kind = branch.kind.label(Lang::Vi).to_lowercase();
    match ballot.ballot {
        BallotKind::Listing => {
            let _ = writeln!(
                s,
                "Hôm nay, {}, Chi bộ {} ({kind}) họp, thảo luận, bỏ phiếu kín đối với đảng viên **{}** ({}), theo Bước 1, Hướng dẫn số 02-HD/BTCTW ngày 12/4/2021 của Ban Tổ chức Trung ương (S1.3).",
                date_in_words(record.date),
                branch.id,
                member.id,
                member.status.label(Lang::Vi).to_lowercase(),
            );
        }
        BallotKind::Screening => {
            let _ = write!(
                s,
                "Hôm nay, {}, Chi bộ {} ({kind}) họp để đảng viên **{}** ({}) tự kiểm điểm, nêu rõ kết quả sửa chữa, khắc phục vi phạm theo cam kết.",
                date_in_words(record.date),
                branch.id,
                member.id,
                member.status.label(Lang::Vi).to_lowercase(),
            );
            if let Some(mentor) = mentor_before(case, index) {
                let _ = write!(
                    s,
                    " {} {} được phân công theo dõi, giúp đỡ nhận xét.",
                    mentor.role.label(Lang::Vi),
                    mentor.id
                );
            }
            let _ = writeln!(
                s,
                " Chi bộ thảo luận, góp ý và bỏ phiếu kín (bỏ phiếu công nhận sự tiến bộ của đảng viên trước, bỏ phiếu đề nghị xem xét đưa đảng viên ra khỏi Đảng sau), theo Bước 3, Hướng dẫn số 02-HD/BTCTW ngày 12/4/2021 của Ban Tổ chức Trung ương (S3.1)."
            );
            let _ = writeln!(s);
            let _ = write!(
                s,
                "Sàng lọc sau 12 tháng theo dõi, giúp đỡ (chu kỳ theo dõi thứ {}; S2.3)",
                record.cycle
            );
            if let Some(from) = cycle_screening_from(case, index) {
                let _ = write!(s, ", từ {} (D2)", date_in_words(from));
            }
            let _ = writeln!(s, ".");
        }
    }
    if let Some(note) = &event.note {
        let _ = writeln!(s);
        let _ = writeln!(s, "Ghi chú: {note}");
    }
    let _ = writeln!(s);

    // 2. The electorate.
    let _ = writeln!(s, "### 2. Số đảng viên làm căn cứ tính tỷ lệ");
    let _ = writeln!(s);
    let _ = writeln!(s, "| | Số lượng |");
    let _ = writeln!(s, "|---|---:|");
    let _ = writeln!(
        s,
        "| Đảng viên chính thức của chi bộ | {} |",
        counts.official
    );
    let _ = writeln!(
        s,
        "| Đảng viên được miễn công tác và sinh hoạt đảng | {} |",
        counts.exempt
    );
    let _ = writeln!(
        s,
        "| Trong đó: có mặt, tham gia biểu quyết (vẫn tính, E2) | {} |",
        counts.exempt_attending
    );
    let _ = writeln!(
        s,
        "| **Số đảng viên chính thức của chi bộ (trừ đảng viên được miễn công tác và sinh hoạt đảng)** | **{size}** = {} − {} + {} |",
        counts.official, counts.exempt, counts.exempt_attending
    );
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "Tỷ lệ tính trên số đảng viên chính thức của chi bộ (trừ đảng viên được miễn công tác và sinh hoạt đảng), không tính trên số đảng viên có mặt hay số phiếu thu vào: đảng viên vắng mặt và phiếu không ghi đồng ý đều được tính như không đồng ý (E1). Đảng viên dự bị không biểu quyết (E3)."
    );
    let _ = writeln!(s);

    // 3. The count.
    let _ = writeln!(s, "### 3. Kết quả kiểm phiếu");
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "Số phiếu phát ra: ……; số phiếu thu vào: ……; số phiếu hợp lệ: …… (ghi theo thực tế hội nghị)."
    );
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "| Nội dung bỏ phiếu | Đồng ý | Không đồng ý hoặc không bỏ phiếu | Tỷ lệ cần đạt | Số phiếu đồng ý tối thiểu | Kết quả |"
    );
    let _ = writeln!(s, "|---|---:|---:|---|---:|---|");
    for vote in &ballot.votes {
        let question = capitalize(vote.question.label(Lang::Vi));
        let _ = writeln!(
            s,
            "| {question} | {}/{size} | {} | {} | {} | {} |",
            vote.yes,
            size.saturating_sub(vote.yes),
            threshold_cell(vote),
            vote.required,
            verdict(vote.met),
        );
    }
    let _ = writeln!(s);

    // 4. The conclusion.
    let _ = writeln!(s, "### 4. Kết luận");
    let _ = writeln!(s);
    let _ = writeln!(s, "{}", conclusion(case, record, ballot));
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "Quy định áp dụng (RULES.md): {}.",
        rules_of(record, ballot)
    );
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "Biên bản lập xong lúc …… giờ …… cùng ngày, đã đọc lại trước hội nghị."
    );
    let _ = writeln!(s);

    // Signatures.
    let _ = writeln!(s, "| TỔ KIỂM PHIẾU | CHỦ TRÌ HỘI NGHỊ |");
    let _ = writeln!(s, "|:---:|:---:|");
    let _ = writeln!(s, "| Trưởng ban kiểm phiếu | Bí thư chi bộ |");
    let _ = writeln!(s, "| *(Ký, ghi rõ họ tên)* | *(Ký, ghi rõ họ tên)* |");
    Ok(s)
}

/// The conclusion of a ballot in the circular's words (S1.3, S3.2–S3.4, I1, I3).
fn conclusion(case: &Case, record: &Record, ballot: &BallotDecision) -> String {
    let kind = case.branch().kind;
    let superior = superior_in_sentence(kind);
    let member = &case.member().id;
    let size = ballot.electorate.size();
    // "9/11 đảng viên chính thức của chi bộ (trừ ...) bỏ phiếu đồng ý ..., đạt từ
    // hai phần ba trở lên" (or "dưới hai phần ba").
    let counted = |vote: Option<&Vote>, what: &str| match vote {
        Some(v) => format!("{} bỏ phiếu {what}, {}", share(v.yes, size), reached(v)),
        None => String::new(),
    };
    let progress = counted(
        vote_on(ballot, Question::Progress),
        "đồng ý công nhận sự tiến bộ của đảng viên",
    );
    let removal = counted(
        vote_on(ballot, Question::Removal),
        "đề nghị xem xét đưa ra khỏi Đảng",
    );
    match ballot.outcome {
        Outcome::Listed | Outcome::NotListed => {
            let vote = counted(vote_on(ballot, Question::Listing), "đồng ý");
            if ballot.outcome == Outcome::Listed {
                format!(
                    "Đảng viên {member} có {vote}: đưa vào danh sách cần được chi bộ giáo dục, giúp đỡ trước khi xem xét, quyết định đưa ra khỏi Đảng; báo cáo {superior} phê duyệt danh sách để thực hiện các bước tiếp theo (S1.4)."
                )
            } else {
                format!(
                    "Đảng viên {member} có {vote}: không đưa vào danh sách cần được chi bộ giáo dục, giúp đỡ trước khi xem xét, quyết định đưa ra khỏi Đảng."
                )
            }
        }
        Outcome::ProgressRecognized => format!(
            "Có {progress}; có {removal}. Chi bộ ra nghị quyết công nhận sự tiến bộ của đảng viên {member}; báo cáo {superior} để xem xét, phê duyệt danh sách đảng viên đưa ra khỏi danh sách cần theo dõi giáo dục, giúp đỡ."
        ),
        Outcome::RemovalProposed => {
            let report = match kind {
                BranchKind::UnderGrassrootsCommittee => {
                    "báo cáo đảng ủy cơ sở; đảng ủy cơ sở xem xét, ra nghị quyết báo cáo Ban Thường vụ Đảng ủy Khối để xem xét, quyết định đưa đảng viên ra khỏi Đảng theo thẩm quyền"
                }
                BranchKind::Grassroots => {
                    "báo cáo Ban Thường vụ Đảng ủy Khối xem xét, quyết định đưa đảng viên ra khỏi Đảng theo thẩm quyền"
                }
            };
            format!(
                "Có {progress}; có {removal}. Chi bộ ra nghị quyết đề nghị xem xét đưa đảng viên {member} ra khỏi Đảng, {report}."
            )
        }
        Outcome::ContinueEducation => {
            let committee = match case.branch().committee() {
                Body::BranchCommittee => "chi ủy",
                _ => "bí thư chi bộ",
            };
            format!(
                "Có {progress}; có {removal} (I1). Đảng viên {member} cần được chi bộ tiếp tục giáo dục, giúp đỡ trước khi xem xét, quyết định đưa ra khỏi Đảng và sẽ xem xét lại sau 12 tháng: {committee} đưa vào danh sách đảng viên cần được chi bộ tiếp tục giáo dục, giúp đỡ; báo cáo {superior}; {superior} xem xét phê duyệt đưa vào danh sách đảng viên cần được chi bộ tiếp tục giáo dục, giúp đỡ theo quy định. Thời hạn 12 tháng tính từ ngày họp chi bộ này (I3): sàng lọc lại từ {} (D2).",
                date_in_words(screening_from(record.date)),
            )
        }
    }
}

/// What a member awaits the superior's approval of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Approval {
    /// The list of Step 1 (`awaiting_listing_review`, S1.4).
    Listing,
    /// Taking the member off the list on recognised progress
    /// (`awaiting_progress_review`, S3.2).
    Progress,
    /// Continued education, screened again after 12 months
    /// (`awaiting_continuation_review`, S3.4).
    Continuation,
}

impl Approval {
    /// The approval a case in `state` awaits, if any.
    pub const fn of(state: StateName) -> Option<Approval> {
        match state {
            StateName::AwaitingListingReview => Some(Approval::Listing),
            StateName::AwaitingProgressReview => Some(Approval::Progress),
            StateName::AwaitingContinuationReview => Some(Approval::Continuation),
            _ => None,
        }
    }

    /// What the superior is asked to approve, in the circular's words.
    pub const fn request(self) -> &'static str {
        match self {
            Approval::Listing => {
                "Phê duyệt danh sách đảng viên cần được chi bộ giáo dục, giúp đỡ trước khi xem xét, quyết định đưa ra khỏi Đảng"
            }
            Approval::Progress => {
                "Công nhận sự tiến bộ; đưa ra khỏi danh sách cần theo dõi giáo dục, giúp đỡ"
            }
            Approval::Continuation => {
                "Đưa vào danh sách đảng viên cần được chi bộ tiếp tục giáo dục, giúp đỡ; xem xét lại sau 12 tháng"
            }
        }
    }

    /// The rules behind the request.
    pub const fn rules(self) -> &'static [RuleId] {
        match self {
            Approval::Listing => &[RuleId::S1_3, RuleId::S1_4],
            Approval::Progress => &[RuleId::S3_2],
            Approval::Continuation => &[RuleId::S3_4, RuleId::I1],
        }
    }
}

/// A member awaiting the superior's approval, with the ballot behind the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PendingApproval<'a> {
    /// The superior who approves (S1.4, S3.2, S3.4).
    pub superior: Body,
    /// What is to be approved.
    pub approval: Approval,
    /// The case.
    pub case: &'a Case,
    /// The ballot event's record (the last ballot of the case).
    pub record: &'a Record,
    /// Its decision.
    pub ballot: &'a BallotDecision,
}

/// The members awaiting their superior's approval: of the list
/// (`awaiting_listing_review`, S1.4) or of a Step-3 decision
/// (`awaiting_progress_review`, S3.2; `awaiting_continuation_review`, S3.4), sorted
/// by superior, what is to be approved, branch and member.
pub fn pending_approvals(cases: &[Case]) -> Vec<PendingApproval<'_>> {
    let mut pending: Vec<PendingApproval<'_>> = cases
        .iter()
        .filter_map(|case| {
            let approval = Approval::of(case.state().name())?;
            let record = case.history().iter().rev().find(|r| r.ballot.is_some())?;
            Some(PendingApproval {
                superior: case.branch().superior(),
                approval,
                case,
                record,
                ballot: record.ballot.as_ref()?,
            })
        })
        .collect();
    pending.sort_by(|a, b| {
        (
            a.superior,
            a.approval,
            &a.case.branch().id,
            &a.case.member().id,
        )
            .cmp(&(
                b.superior,
                b.approval,
                &b.case.branch().id,
                &b.case.member().id,
            ))
    });
    pending
}

/// The votes of a pending request, in one table cell.
fn votes_cell(ballot: &BallotDecision) -> String {
    let size = ballot.electorate.size();
    ballot
        .votes
        .iter()
        .map(|v| {
            let what = match v.question {
                Question::Listing => "Đồng ý",
                Question::Progress => "Công nhận tiến bộ",
                Question::Removal => "Đề nghị đưa ra khỏi Đảng",
            };
            format!(
                "{what} {}/{size}: {} ({}, cần {})",
                v.yes,
                reached(v),
                v.threshold.rule(),
                v.required,
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The list for the superior ("danh sách đề nghị phê duyệt"), as Markdown in
/// Vietnamese: one section per superior (the grassroots committee, then the BTV
/// ĐUK), one table row per member awaiting approval of the list (S1.4) or of a
/// Step-3 decision (S3.2, S3.4 read by I1), with the vote numbers (E1, E2, T1, T2).
///
/// The sections group by the superior's kind: the library does not know which
/// grassroots committee a branch sits under, so a list for several grassroots
/// committees is split by branch (the table's second column) by hand.
pub fn approval_list(cases: &[Case]) -> String {
    let pending = pending_approvals(cases);
    let mut s = String::new();
    let _ = writeln!(s, "## DANH SÁCH ĐỀ NGHỊ PHÊ DUYỆT");
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "Đảng viên cần được chi bộ giáo dục, giúp đỡ trước khi xem xét, quyết định đưa ra khỏi Đảng (Hướng dẫn số 02-HD/BTCTW ngày 12/4/2021 của Ban Tổ chức Trung ương): {} hồ sơ, {} đề nghị phê duyệt.",
        cases.len(),
        pending.len()
    );
    if pending.is_empty() {
        let _ = writeln!(s);
        let _ = writeln!(s, "Không có đảng viên nào chờ cấp ủy cấp trên phê duyệt.");
        return s;
    }
    let mut superior: Option<Body> = None;
    let mut number: usize = 0;
    for p in &pending {
        if superior != Some(p.superior) {
            superior = Some(p.superior);
            number = 0;
            let _ = writeln!(s);
            let _ = writeln!(s, "### Kính gửi: {}", p.superior.label(Lang::Vi));
            let _ = writeln!(s);
            let _ = writeln!(
                s,
                "| STT | Đảng viên | Chi bộ | Đề nghị phê duyệt | Ngày họp chi bộ | Kết quả bỏ phiếu kín | Quy định |"
            );
            let _ = writeln!(s, "|---:|---|---|---|---|---|---|");
        }
        number = number.saturating_add(1);
        let rules = p
            .approval
            .rules()
            .iter()
            .map(|r| r.code())
            .collect::<Vec<_>>()
            .join(", ");
        let _ = writeln!(
            s,
            "| {number} | {} ({}) | {} | {} | {} | {} | {rules} |",
            p.case.member().id,
            p.case.member().status.label(Lang::Vi).to_lowercase(),
            p.case.branch().id,
            p.approval.request(),
            date_short(p.record.date),
            votes_cell(p.ballot),
        );
    }
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "Số đồng ý tính trên số đảng viên chính thức của chi bộ (trừ đảng viên được miễn công tác và sinh hoạt đảng; đảng viên được miễn có mặt, tham gia biểu quyết thì vẫn tính) (E1, E2)."
    );
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_in_words_pads_days_under_10_and_months_1_and_2() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert_eq!(date_in_words(d("2023-02-03")), "ngày 03 tháng 02 năm 2023");
        assert_eq!(date_in_words(d("2025-03-18")), "ngày 18 tháng 3 năm 2025");
        assert_eq!(date_in_words(d("2025-12-01")), "ngày 01 tháng 12 năm 2025");
    }
}
