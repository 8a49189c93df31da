//! The words the documents share: dates, percentages, names of bodies and people,
//! the header and the place-and-date line.

use screening_core::{
    Action, BallotDecision, Body, Branch, Case, Date, Event, Lang, Question, Vote,
};

use crate::context::Context;
use crate::model::{BLANK, Header, Inline, Text};

/// A date as Party documents write it: "ngày 04 tháng 3 năm 2024" (a zero
/// before days under 10, and before months 1 and 2).
///
/// ```
/// let d: screening_core::Date = "2024-03-04".parse().unwrap();
/// assert_eq!(screening_documents::date_in_words(d), "ngày 04 tháng 3 năm 2024");
/// ```
pub fn date_in_words(date: Date) -> String {
    let month = if date.month() <= 2 {
        format!("{:02}", date.month())
    } else {
        date.month().to_string()
    };
    format!("ngày {:02} tháng {month} năm {}", date.day(), date.year())
}

/// A date in a table cell or in prose: "04/3/2024".
pub fn date_short(date: Date) -> String {
    format!("{:02}/{}/{}", date.day(), date.month(), date.year())
}

/// `n` of `base` as a percentage with two decimals, rounded down, in exact
/// integers: 9 of 11 is "81,81%" (never more than the true share, so a figure
/// never looks like a threshold it does not reach).
///
/// ```
/// assert_eq!(screening_documents::percent(9, 11), "81,81%");
/// assert_eq!(screening_documents::percent(2, 3), "66,66%");
/// assert_eq!(screening_documents::percent(11, 11), "100%");
/// ```
pub fn percent(n: u32, base: u32) -> String {
    let hundredths = (u64::from(n) * 10_000)
        .checked_div(u64::from(base))
        .unwrap_or(0);
    let (whole, frac) = (hundredths / 100, hundredths % 100);
    if frac == 0 {
        format!("{whole}%")
    } else {
        format!("{whole},{frac:02}%")
    }
}

/// The name of `body` for this branch: the case file's `branch.names`, else the
/// circular's name.
pub fn body_name(branch: &Branch, body: Body) -> String {
    own_name(branch, body).unwrap_or_else(|| body.label(Lang::Vi).to_owned())
}

/// The name the case file gives `body`, if any (`branch.names`).
pub fn own_name(branch: &Branch, body: Body) -> Option<String> {
    branch.names.get(body).map(|n| n.as_str().to_owned())
}

/// The first letter in lower case ("Công nhận" → "công nhận"; "Đảng" inside stays).
pub fn decapitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Upper case, for the header and signature lines.
pub fn upper(s: &str) -> String {
    s.to_uppercase()
}

/// The first letter in upper case.
pub fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The header: the party organisation above (context), the branch (its name in
/// the case file), and a number line where the document has one.
pub fn header(case: &Case, context: &Context, number: Option<&str>) -> Header {
    let branch = case.branch();
    Header {
        above: match &context.party_committee {
            Some(name) => Inline::Text(upper(name)),
            None => Inline::Text(format!("ĐẢNG BỘ {BLANK}")),
        },
        branch: match own_name(branch, Body::Branch) {
            Some(name) => Inline::Text(upper(&name)),
            None => Inline::Text(format!("CHI BỘ {BLANK}")),
        },
        number: number.map(|n| format!("Số {BLANK}-{n}/CB")),
    }
}

/// "Hà Tĩnh, ngày 18 tháng 3 năm 2025", the place blank when not known.
pub fn place_date(context: &Context, date: Date) -> Text {
    let place = context.place.as_deref().unwrap_or(BLANK);
    vec![Inline::Emphasis(format!(
        "{place}, {}",
        date_in_words(date)
    ))]
}

/// The name of the person with case id `id`, or a blank.
pub fn name_of(context: &Context, id: &str) -> Inline {
    match context.person(id).and_then(|p| p.name.clone()) {
        Some(n) => Inline::Strong(n),
        None => Inline::Blank,
    }
}

/// A name from the context (chair, tellers), or a blank.
pub fn named(name: Option<&String>) -> Inline {
    match name {
        Some(n) => Inline::Text(n.clone()),
        None => Inline::Blank,
    }
}

/// The vote on `question` in a decision.
pub fn vote_on(ballot: &BallotDecision, question: Question) -> Option<&Vote> {
    ballot.votes.iter().find(|v| v.question == question)
}

/// "từ hai phần ba trở lên" or "dưới hai phần ba".
pub fn reached(vote: &Vote) -> &'static str {
    if vote.met {
        vote.threshold.label(Lang::Vi)
    } else {
        vote.threshold.below_label(Lang::Vi)
    }
}

/// The mentor in charge when event `index` was recorded, with when they were
/// assigned (S2.2).
pub fn mentor_before(case: &Case, index: usize) -> Option<&Event> {
    case.events().iter().take(index).rev().find(|e| {
        matches!(
            e.action,
            Action::MentorAssigned { .. } | Action::MentorReassigned { .. }
        )
    })
}

/// What the committee's signature line calls it: "CHI ỦY" where there is one.
pub fn signs_for_committee(branch: &Branch) -> (Option<String>, String) {
    match branch.committee() {
        Body::BranchCommittee => (
            Some(format!(
                "T/M {}",
                upper(&body_name(branch, Body::BranchCommittee))
            )),
            "BÍ THƯ".to_owned(),
        ),
        _ => (None, "BÍ THƯ CHI BỘ".to_owned()),
    }
}

/// "chi ủy" or "bí thư chi bộ", in a sentence.
pub fn committee_in_sentence(branch: &Branch) -> String {
    match own_name(branch, branch.committee()) {
        Some(n) => n,
        None => branch.committee().label(Lang::Vi).to_lowercase(),
    }
}

/// The official members left out of the base (E5).
pub fn excluded(ballot: &BallotDecision) -> u32 {
    ballot.electorate.counts().excluded
}

/// The tellers' count of the ballot on `question`, where the case file gives it:
/// (issued, returned, invalid).
pub fn tellers_count(event: &Event, question: Question) -> Option<(u32, u32, u32)> {
    let count = match (&event.action, question) {
        (Action::ListingVoted { ballots, .. }, Question::Listing) => *ballots,
        (
            Action::ScreeningVoted {
                progress_ballots, ..
            },
            Question::Progress,
        ) => *progress_ballots,
        (
            Action::ScreeningVoted {
                removal_ballots, ..
            },
            Question::Removal,
        ) => *removal_ballots,
        _ => None,
    }?;
    Some((count.issued, count.returned, count.invalid))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_in_words_pads_days_under_10_and_months_1_and_2() {
        let d = |s: &str| s.parse::<Date>().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(date_in_words(d("2023-02-03")), "ngày 03 tháng 02 năm 2023");
        assert_eq!(date_in_words(d("2025-03-18")), "ngày 18 tháng 3 năm 2025");
        assert_eq!(date_in_words(d("2025-12-01")), "ngày 01 tháng 12 năm 2025");
    }

    #[test]
    fn percent_rounds_down_in_exact_integers() {
        assert_eq!(percent(1, 2), "50%");
        assert_eq!(percent(5, 11), "45,45%");
        assert_eq!(percent(2, 11), "18,18%");
        assert_eq!(percent(1, 3), "33,33%");
        assert_eq!(percent(0, 7), "0%");
        assert_eq!(percent(u32::MAX, u32::MAX), "100%");
        assert_eq!(percent(1, 0), "0%");
    }
}
