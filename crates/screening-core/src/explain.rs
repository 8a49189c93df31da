//! Decisions in words, in the circular's wording (Vietnamese) and in English.

use std::fmt::Write as _;

use crate::ballot::{BallotDecision, Vote};
use crate::case::Record;
use crate::event::{Action, Event};
use crate::lang::Lang;

impl Vote {
    /// One question's count in words, e.g. "6/9 đảng viên chính thức (trừ 1 đảng viên
    /// được miễn công tác và sinh hoạt đảng) đồng ý; đạt từ hai phần ba trở lên (cần 6)".
    ///
    /// `absent_exempt` is `exempt − exempt_attending`, the members left out (E1, E2).
    pub fn explain(&self, lang: Lang, size: u32, absent_exempt: u32) -> String {
        let mut s = String::new();
        let verdict = if self.met {
            self.threshold.label(lang)
        } else {
            self.threshold.below_label(lang)
        };
        match lang {
            Lang::Vi => {
                let _ = write!(s, "{}/{} đảng viên chính thức", self.yes, size);
                if absent_exempt > 0 {
                    let _ = write!(
                        s,
                        " (trừ {absent_exempt} đảng viên được miễn công tác và sinh hoạt đảng)"
                    );
                }
                let reached = if self.met { "đạt " } else { "" };
                let _ = write!(s, " đồng ý; {reached}{verdict} (cần {})", self.required);
            }
            Lang::En => {
                let _ = write!(s, "{} of {} official members", self.yes, size);
                if absent_exempt > 0 {
                    let _ = write!(
                        s,
                        " (less {absent_exempt} exempted from party work and activities)"
                    );
                }
                let _ = write!(s, " voted yes: {verdict} ({} needed)", self.required);
            }
        }
        s
    }
}

impl BallotDecision {
    /// The whole ballot in words: each question, then the outcome and its rules.
    ///
    /// Rules: those in [`BallotDecision::rules`].
    pub fn explain(&self, lang: Lang) -> String {
        let counts = self.electorate.counts();
        let absent = counts.exempt.saturating_sub(counts.exempt_attending);
        let mut s = String::new();
        for vote in &self.votes {
            let _ = write!(
                s,
                "{}: {}. ",
                capitalize(vote.question.label(lang)),
                vote.explain(lang, self.electorate.size(), absent)
            );
        }
        if counts.exempt_attending > 0 {
            let _ = match lang {
                Lang::Vi => write!(
                    s,
                    "{} đảng viên được miễn công tác và sinh hoạt đảng có mặt, tham gia biểu quyết thì vẫn tính (E2). ",
                    counts.exempt_attending
                ),
                Lang::En => write!(
                    s,
                    "{} exempted member(s) attending and voting still count (E2). ",
                    counts.exempt_attending
                ),
            };
        }
        let rules = self
            .rules
            .iter()
            .map(|r| r.code())
            .collect::<Vec<_>>()
            .join(", ");
        let _ = match lang {
            Lang::Vi => write!(s, "Kết quả: {} ({rules}).", self.outcome.label(lang)),
            Lang::En => write!(s, "Outcome: {} ({rules}).", self.outcome.label(lang)),
        };
        s
    }
}

impl Record {
    /// What this event decided, in words: the event, who recorded it and when,
    /// what it said (the payload), the state it led to, the numbers of a ballot,
    /// the new screening date, and the rules. `event` is the event recorded.
    pub fn explain(&self, event: &Event, lang: Lang) -> String {
        let mut s = format!(
            "{} ({}, {})",
            self.event.label(lang),
            self.by.label(lang),
            self.date
        );
        if let Some(detail) = payload(&event.action, lang) {
            let _ = write!(s, ": {detail}");
        }
        let arrow = match lang {
            Lang::Vi => "trạng thái",
            Lang::En => "now",
        };
        let _ = write!(s, " → {arrow}: {}.", self.after.label(lang));
        if let Some(ballot) = &self.ballot {
            let _ = write!(s, " {}", ballot.explain(lang));
        }
        if let Some(from) = self.screening_from {
            let _ = match lang {
                Lang::Vi => write!(
                    s,
                    " Chu kỳ theo dõi, giúp đỡ thứ {}: thời gian theo dõi, giúp đỡ là 12 tháng; sàng lọc từ ngày {from} (D2).",
                    self.cycle
                ),
                Lang::En => write!(
                    s,
                    " Monitoring cycle {}: 12 months, screening from {from} (D2).",
                    self.cycle
                ),
            };
        }
        if self.ballot.is_none() {
            let rules = self
                .rules
                .iter()
                .map(|r| r.code())
                .collect::<Vec<_>>()
                .join(", ");
            let _ = write!(s, " ({rules})");
        }
        s
    }
}

/// What an event's payload says, in words (ballots are explained by their decision).
fn payload(action: &Action, lang: Lang) -> Option<String> {
    let vi = lang == Lang::Vi;
    let yes_no = |b: bool, yes: &str, no: &str| if b { yes.to_owned() } else { no.to_owned() };
    Some(match action {
        Action::Flagged { criteria } => {
            let list = criteria
                .iter()
                .map(|c| c.label(lang))
                .collect::<Vec<_>>()
                .join("; ");
            if vi {
                format!("tiêu chí: {list}")
            } else {
                format!("criteria: {list}")
            }
        }
        Action::DirectionGiven { proceed } => match lang {
            Lang::Vi => yes_no(*proceed, "đồng ý để chi bộ tiến hành", "không đồng ý"),
            Lang::En => yes_no(
                *proceed,
                "the branch may proceed",
                "the branch may not proceed",
            ),
        },
        Action::ListingReviewed { approved } | Action::DecisionReviewed { approved } => {
            match lang {
                Lang::Vi => yes_no(*approved, "phê duyệt", "không phê duyệt"),
                Lang::En => yes_no(*approved, "approved", "refused"),
            }
        }
        Action::MentorAssigned { mentor } | Action::MentorReassigned { mentor } => {
            format!("{} ({})", mentor.id, mentor.role.label(lang))
        }
        Action::RemovalResolved { forward } => match lang {
            Lang::Vi => yes_no(
                *forward,
                "báo cáo Ban Thường vụ Đảng ủy Khối để xem xét, quyết định đưa đảng viên ra khỏi Đảng theo thẩm quyền",
                "không đề nghị; chi bộ tiếp tục giáo dục, giúp đỡ đảng viên",
            ),
            Lang::En => yes_no(
                *forward,
                "forwarded to the BTV ĐUK",
                "not forwarded; continued education",
            ),
        },
        Action::VerificationConcluded {
            violations_confirmed,
        } => match lang {
            Lang::Vi => yes_no(
                *violations_confirmed,
                "kết luận có vi phạm",
                "không kết luận có vi phạm",
            ),
            Lang::En => yes_no(
                *violations_confirmed,
                "violations confirmed",
                "violations not confirmed",
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

/// The text with its first letter in upper case.
pub(crate) fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
