//! The list a branch sends up for approval ("danh sách"): the members listed in
//! Step 1, those to be educated further after screening (S3.4), or those whose
//! progress is recognised (S3.2). One branch per list.

use screening_core::{Action, BallotDecision, Case, Lang, Outcome, Question, Record};

use crate::context::Context;
use crate::error::DocumentError;
use crate::model::{
    Align, BLANK, Block, Document, Explanation, Inline, Paper, SHORT_BLANK, Signature, Table, text,
};
use crate::vote_record::{ballot_at, rule_list};
use crate::words::{
    body_name, date_in_words, date_short, header, name_of, percent, place_date,
    signs_for_committee, vote_on,
};

/// The title of the list a ballot's outcome puts a member on (the core decides
/// which list: [`Outcome::approval_list`]).
fn title_of(outcome: Outcome) -> Option<&'static str> {
    outcome.approval_list().map(|l| l.label(Lang::Vi))
}

/// The criteria or violations the case was opened on (S1.1), in words.
fn criteria(case: &Case) -> String {
    case.events()
        .iter()
        .find_map(|e| match &e.action {
            Action::Flagged { criteria } => Some(
                criteria
                    .iter()
                    .map(|c| c.label(Lang::Vi).to_owned())
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
            _ => None,
        })
        .unwrap_or_default()
}

/// The votes cell: "9/11 (81,81%)", or both screening ballots.
fn votes(ballot: &BallotDecision) -> String {
    let base = ballot.electorate.size();
    let one = |v: &screening_core::Vote| format!("{}/{base} ({})", v.yes, percent(v.yes, base));
    match (
        vote_on(ballot, Question::Listing),
        vote_on(ballot, Question::Progress),
        vote_on(ballot, Question::Removal),
    ) {
        (Some(l), _, _) => one(l),
        (None, Some(p), Some(r)) => format!(
            "Công nhận tiến bộ: {}; đề nghị đưa ra khỏi Đảng: {}",
            one(p),
            one(r)
        ),
        _ => BLANK.to_owned(),
    }
}

/// The list for the superior of the ballots of `cases` (one branch): the ballot
/// at `index` of a single case, or else each case's last ballot; with its
/// explanation sheet.
///
/// ```
/// use screening_core::Case;
/// use screening_documents::{context::Context, list};
/// let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/case-DV-0042.json")).unwrap();
/// let case = Case::from_json(&text).unwrap();
/// let paper = list(&[case.clone()], Some(3), &Context::default()).unwrap();
/// assert_eq!(paper.document.title, "DANH SÁCH");
/// assert_eq!(list(&[case], Some(11), &Context::default()).unwrap_err().code(), "not_on_a_list");
/// ```
pub fn list(
    cases: &[Case],
    index: Option<usize>,
    context: &Context,
) -> Result<Paper, DocumentError> {
    let Some(first) = cases.first() else {
        return Err(DocumentError::NoCases);
    };
    if index.is_some() && cases.len() > 1 {
        return Err(DocumentError::EventWithSeveralCases);
    }
    let mut entries: Vec<(&Case, &Record, &BallotDecision)> = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        if case.branch().id != first.branch().id {
            return Err(DocumentError::MixedBranches {
                first: first.branch().id.to_string(),
                other: case.branch().id.to_string(),
                index: i,
            });
        }
        let (record, _, ballot) = ballot_at(case, index)?;
        if title_of(ballot.outcome).is_none() {
            return Err(DocumentError::NotOnAList {
                index: record.index,
                outcome: ballot.outcome,
            });
        }
        if let Some((_, _, b)) = entries.first()
            && b.outcome != ballot.outcome
        {
            return Err(DocumentError::MixedLists {
                first: b.outcome,
                outcome: ballot.outcome,
                index: i,
            });
        }
        entries.push((case, record, ballot));
    }
    let outcome = entries
        .first()
        .map_or(Outcome::Listed, |(_, _, b)| b.outcome);
    let title = title_of(outcome).unwrap_or_default();
    let branch = first.branch();
    let Some(last_date) = entries.iter().map(|(_, r, _)| r.date).max() else {
        return Err(DocumentError::NoCases);
    };

    let mut rows = Vec::new();
    let mut explanation = Vec::new();
    for (n, (case, record, ballot)) in entries.iter().enumerate() {
        let person = context.person(case.member().id.as_str());
        let date =
            |d: Option<screening_core::Date>| d.map_or_else(|| SHORT_BLANK.to_owned(), date_short);
        rows.push(vec![
            text((n + 1).to_string()),
            vec![name_of(context, case.member().id.as_str())],
            text(
                person
                    .and_then(|p| p.born)
                    .map_or_else(|| SHORT_BLANK.to_owned(), |y| y.to_string()),
            ),
            text(format!(
                "{}\n{}",
                date(person.and_then(|p| p.joined)),
                date(person.and_then(|p| p.official))
            )),
            vec![
                match person.and_then(|p| p.post.clone()) {
                    Some(p) => Inline::Text(p),
                    None => Inline::Blank,
                },
                Inline::Text(", ".to_owned()),
                match person.and_then(|p| p.unit.clone()) {
                    Some(u) => Inline::Text(u),
                    None => Inline::Blank,
                },
            ],
            text(criteria(case)),
            text(format!(
                "{}\nchi bộ họp {}",
                votes(ballot),
                date_in_words(record.date)
            )),
            text(""),
        ]);
        explanation.push(format!(
            "{}. Hồ sơ {}, sự kiện số {} ({}, {}): {}; kết quả {} ({}).",
            n + 1,
            case.member().id,
            record.index,
            record.event.code(),
            date_short(record.date),
            ballot.explain(Lang::Vi),
            ballot.outcome.code(),
            rule_list(record, ballot)
        ));
    }
    let superior = body_name(branch, branch.superior());
    let (on_behalf, signer) = signs_for_committee(branch);
    let body = vec![
        Block::Paragraph(
            Align::Center,
            vec![Inline::Text(format!("Kính gửi: {superior}"))],
        ),
        Block::Table(Table {
            head: vec![
                "STT".to_owned(),
                "Họ và tên".to_owned(),
                "Năm sinh".to_owned(),
                "Ngày vào Đảng, ngày chính thức".to_owned(),
                "Chức vụ, đơn vị công tác".to_owned(),
                "Tiêu chí, nội dung vi phạm".to_owned(),
                "Số phiếu đồng ý, tỷ lệ".to_owned(),
                "Ghi chú".to_owned(),
            ],
            rows,
            widths: vec![5, 15, 8, 12, 15, 20, 17, 8],
        }),
        Block::Paragraph(
            Align::Body,
            text(format!(
                "Tỷ lệ tính trên số đảng viên chính thức của chi bộ (trừ đảng viên được miễn công tác và sinh hoạt đảng). Danh sách có {} đồng chí.",
                entries.len()
            )),
        ),
    ];
    let signer_name = match &context.secretary {
        Some(n) => Inline::Text(n.clone()),
        None => Inline::Blank,
    };
    let document = Document {
        header: header(first, context, None),
        place_date: place_date(context, last_date),
        title: "DANH SÁCH".to_owned(),
        subtitle: Some(title.to_owned()),
        body,
        recipients: vec![
            "Nơi nhận:".to_owned(),
            format!("- {superior},"),
            "- Lưu chi bộ.".to_owned(),
        ],
        signatures: vec![Signature {
            on_behalf,
            title: signer,
            names: vec![signer_name],
        }],
        landscape: true,
    };
    Ok(Paper {
        document,
        explanation: Explanation {
            title: format!(
                "Căn cứ các số liệu của danh sách ({}, chi bộ {})",
                outcome.code(),
                branch.id
            ),
            lines: explanation,
        },
    })
}
