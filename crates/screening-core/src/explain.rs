//! Decisions in words, in the circular's wording (Vietnamese) and in English.
//!
//! Explanations are built when asked for, never on every call: a decision and a
//! history entry carry the numbers, codes and rule IDs, and `explain(lang)` writes
//! the text from them. Bodies are named as the branch names them
//! (`branch.names`); dates in Vietnamese prose are written `04/3/2024`.

use std::fmt::Write as _;

use crate::authority::{Body, Branch};
use crate::ballot::{BallotDecision, Vote};
use crate::case::Record;
use crate::event::Action;
use crate::lang::Lang;
use crate::rule::RuleId;

/// The rule IDs, as written in RULES.md: `S1.3, E1, E2, T1`.
pub(crate) fn rule_list(rules: &[RuleId]) -> String {
    rules
        .iter()
        .map(|r| r.code())
        .collect::<Vec<_>>()
        .join(", ")
}

impl Vote {
    /// One question's count in words, e.g. "6/9 đồng ý (9 phiếu phát ra, 9 phiếu thu
    /// vào, 1 phiếu không hợp lệ), đạt từ hai phần ba trở lên (cần ít nhất 6)".
    ///
    /// `size` is E, the base of the ratio (E1, E2, E5); rules T1 or T2 and E6.
    pub fn explain(&self, lang: Lang, size: u32) -> String {
        let mut s = String::new();
        let verdict = if self.met {
            self.threshold.label(lang)
        } else {
            self.threshold.below_label(lang)
        };
        match lang {
            Lang::Vi => {
                let _ = write!(s, "{}/{size} đồng ý", self.yes);
                if let Some(b) = self.ballots {
                    let _ = write!(
                        s,
                        " ({} phiếu phát ra, {} phiếu thu vào, {} phiếu không hợp lệ)",
                        b.issued, b.returned, b.invalid
                    );
                }
                let reached = if self.met { "đạt " } else { "" };
                let _ = write!(s, ", {reached}{verdict} (cần ít nhất {})", self.required);
            }
            Lang::En => {
                let _ = write!(s, "{} of {size} voted yes", self.yes);
                if let Some(b) = self.ballots {
                    let _ = write!(
                        s,
                        " ({} ballots issued, {} returned, {} invalid)",
                        b.issued, b.returned, b.invalid
                    );
                }
                let _ = write!(s, ": {verdict} ({} needed)", self.required);
            }
        }
        s
    }
}

impl BallotDecision {
    /// The whole ballot in words: the base of the ratios and who is in it, each
    /// question, then the outcome and its rules.
    ///
    /// Rules: those in [`BallotDecision::rules`].
    pub fn explain(&self, lang: Lang) -> String {
        let mut s = base(self, lang);
        for vote in &self.votes {
            let _ = match lang {
                Lang::Vi => write!(
                    s,
                    " Biểu quyết {}: {}.",
                    vote.question.label(lang),
                    vote.explain(lang, self.electorate.size())
                ),
                Lang::En => write!(
                    s,
                    " Vote {}: {}.",
                    vote.question.label(lang),
                    vote.explain(lang, self.electorate.size())
                ),
            };
        }
        let rules = rule_list(self.rules);
        let _ = match lang {
            Lang::Vi => write!(s, " Kết quả: {} ({rules}).", self.outcome.label(lang)),
            Lang::En => write!(s, " Outcome: {} ({rules}).", self.outcome.label(lang)),
        };
        s
    }
}

/// The base of the ratios in words (E1, E2, E5): "Số đảng viên làm căn cứ tính tỷ
/// lệ: 9 (10 đảng viên chính thức, trừ 1 đảng viên được miễn … không có mặt)."
fn base(d: &BallotDecision, lang: Lang) -> String {
    let c = d.electorate.counts();
    let absent = c.exempt.saturating_sub(c.exempt_attending);
    let size = d.electorate.size();
    let mut parts = Vec::new();
    match lang {
        Lang::Vi => {
            parts.push(format!("{} đảng viên chính thức", c.official));
            if absent > 0 {
                parts.push(format!(
                    "trừ {absent} đảng viên được miễn công tác và sinh hoạt đảng không có mặt (E1)"
                ));
            }
            if c.excluded > 0 {
                parts.push(format!(
                    "trừ {} đảng viên bị đình chỉ sinh hoạt đảng, bị khởi tố, truy tố, tạm giam hoặc đang sinh hoạt tạm thời ở đảng bộ khác (E5)",
                    c.excluded
                ));
            }
            if c.exempt_attending > 0 {
                parts.push(format!(
                    "{} đảng viên được miễn có mặt, tham gia biểu quyết thì vẫn tính (E2)",
                    c.exempt_attending
                ));
            }
            format!(
                "Số đảng viên làm căn cứ tính tỷ lệ: {size} ({}).",
                parts.join("; ")
            )
        }
        Lang::En => {
            parts.push(format!("{} official members", c.official));
            if absent > 0 {
                parts.push(format!(
                    "less {absent} exempted from party work and activities and absent (E1)"
                ));
            }
            if c.excluded > 0 {
                parts.push(format!(
                    "less {} suspended, prosecuted, in custody or attached to another organization (E5)",
                    c.excluded
                ));
            }
            if c.exempt_attending > 0 {
                parts.push(format!(
                    "{} exempted member(s) attending and voting still count (E2)",
                    c.exempt_attending
                ));
            }
            format!("Base of the ratios: {size} ({}).", parts.join("; "))
        }
    }
}

impl Record {
    /// What this event decided, in words: the event, who recorded it and when,
    /// what it said (the payload), the state it led to, the numbers of a ballot,
    /// the new screening date, and the rules. `action` is the event's payload and
    /// `branch` names the bodies.
    pub fn explain(&self, action: &Action, branch: &Branch, lang: Lang) -> String {
        let vi = lang == Lang::Vi;
        let mut s = if vi {
            format!(
                "{} ({}, ngày {})",
                self.event.label(lang),
                branch.name_of(self.by, lang),
                self.date.in_lang(lang)
            )
        } else {
            format!(
                "{} ({}, {})",
                self.event.label(lang),
                branch.name_of(self.by, lang),
                self.date.in_lang(lang)
            )
        };
        if let Some(detail) = payload(action, branch, lang) {
            let _ = write!(s, ": {detail}");
        }
        let state = self.after.describe(branch, lang);
        let _ = if vi {
            write!(s, ". Trạng thái hồ sơ: {state}.")
        } else {
            write!(s, ". The case is now: {state}.")
        };
        if let Some(ballot) = &self.ballot {
            let _ = write!(s, " {}", ballot.explain(lang));
        }
        if let Some(from) = self.screening_from {
            let from = from.in_lang(lang);
            let _ = if vi {
                write!(
                    s,
                    " Bắt đầu lần theo dõi, giúp đỡ thứ {}, thời gian 12 tháng; chi bộ họp sàng lọc từ ngày {from}.",
                    self.cycle
                )
            } else {
                write!(
                    s,
                    " Monitoring and help, round {}: 12 months; the branch may screen from {from}.",
                    self.cycle
                )
            };
        }
        if self.ballot.is_none() {
            let _ = write!(s, " ({}).", rule_list(self.rules));
        }
        s
    }
}

/// What an event's payload says, in words (ballots are explained by their decision).
fn payload(action: &Action, branch: &Branch, lang: Lang) -> Option<String> {
    let vi = lang == Lang::Vi;
    let name = |body: Body| branch.name_of(body, lang);
    let yes_no = |b: bool, yes: String, no: String| if b { yes } else { no };
    Some(match action {
        Action::Flagged { criteria } => {
            let list = criteria
                .iter()
                .map(|c| c.label(lang))
                .collect::<Vec<_>>()
                .join("; ");
            if vi {
                format!("theo tiêu chí {list}")
            } else {
                format!("criteria {list}")
            }
        }
        Action::DirectionGiven { proceed } if vi => yes_no(
            *proceed,
            format!(
                "đồng ý để {} tiến hành các bước tiếp theo",
                name(Body::Branch)
            ),
            "không đồng ý tiến hành".to_owned(),
        ),
        Action::DirectionGiven { proceed } => yes_no(
            *proceed,
            format!("{} may proceed", name(Body::Branch)),
            format!("{} may not proceed", name(Body::Branch)),
        ),
        Action::ListingReviewed { approved } | Action::DecisionReviewed { approved } => {
            match lang {
                Lang::Vi => yes_no(*approved, "phê duyệt".into(), "không phê duyệt".into()),
                Lang::En => yes_no(*approved, "approved".into(), "refused".into()),
            }
        }
        Action::MentorAssigned { mentor } | Action::MentorReassigned { mentor } => {
            let role = mentor.role.label(lang);
            if vi {
                format!(
                    "phân công đồng chí {} ({}) theo dõi, giúp đỡ",
                    mentor.id,
                    role.to_lowercase()
                )
            } else {
                format!(
                    "{} ({}) assigned to follow and help",
                    mentor.id,
                    role.to_lowercase()
                )
            }
        }
        Action::RemovalResolved { forward } if vi => yes_no(
            *forward,
            format!(
                "báo cáo {} xem xét, quyết định đưa đảng viên ra khỏi Đảng theo thẩm quyền",
                name(Body::BlocStandingCommittee)
            ),
            format!(
                "không đề nghị; {} tiếp tục giáo dục, giúp đỡ đảng viên",
                name(Body::Branch)
            ),
        ),
        Action::RemovalResolved { forward } => yes_no(
            *forward,
            format!("forwarded to {}", name(Body::BlocStandingCommittee)),
            "not forwarded; continued education".to_owned(),
        ),
        Action::VerificationConcluded {
            violations_confirmed,
        } => match lang {
            Lang::Vi => yes_no(
                *violations_confirmed,
                "kết luận có vi phạm".into(),
                "kết luận không có vi phạm đến mức phải xử lý".into(),
            ),
            Lang::En => yes_no(
                *violations_confirmed,
                "violations confirmed".into(),
                "violations not confirmed".into(),
            ),
        },
        Action::RemovalDecided { outcome } => outcome.label(lang).to_owned(),
        Action::CaseClosed { reason } => reason.label(lang).to_owned(),
        Action::DirectionRequested
        | Action::ListingVoted { .. }
        | Action::MemberNotified
        | Action::SelfCriticismSubmitted
        | Action::ScreeningVoted { .. }
        | Action::VerificationOrdered => return None,
    })
}
