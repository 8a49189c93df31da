//! The branch's resolutions ("nghị quyết"): assigning the member who follows and
//! helps (S2.2), and deciding after the two screening ballots (S3.2–S3.4).

use screening_core::{Action, Body, BranchKind, Case, Lang, Outcome, Question};

use crate::context::Context;
use crate::error::DocumentError;
use crate::model::{Align, BLANK, Block, Document, Explanation, Inline, Paper, Signature, text};
use crate::vote_record::{conclusion, rule_list};
use crate::words::{
    body_name, committee_in_sentence, date_in_words, date_short, header, name_of, percent,
    place_date, upper, vote_on,
};

/// The grounds every resolution cites.
const GROUNDS: [&str; 2] = [
    "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
    "Căn cứ Hướng dẫn số 02-HD/BTCTW ngày 12 tháng 4 năm 2021 của Ban Tổ chức Trung ương về tiêu chí và quy trình rà soát, phát hiện, giáo dục, giúp đỡ, sàng lọc, đưa đảng viên không còn đủ tư cách ra khỏi Đảng;",
];

/// The branch's resolution at event `index`: `mentor_assigned` or
/// `mentor_reassigned` (S2.2), or `screening_voted` (S3.2–S3.4); with its
/// explanation sheet.
///
/// ```
/// use screening_core::Case;
/// use screening_documents::{context::Context, resolution};
/// let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/case-DV-0042.json")).unwrap();
/// let case = Case::from_json(&text).unwrap();
/// assert_eq!(resolution(&case, 7, &Context::default()).unwrap().document.title, "NGHỊ QUYẾT");
/// assert_eq!(resolution(&case, 3, &Context::default()).unwrap_err().code(), "not_a_resolution");
/// ```
pub fn resolution(case: &Case, index: usize, context: &Context) -> Result<Paper, DocumentError> {
    let (Some(record), Some(event)) = (case.history().get(index), case.events().get(index)) else {
        return Err(DocumentError::NoSuchEvent {
            index,
            events: case.version(),
        });
    };
    let branch = case.branch();
    let member = case.member();
    let branch_name = body_name(branch, Body::Branch);
    let superior = body_name(branch, branch.superior());
    let mut body: Vec<Block> = GROUNDS
        .iter()
        .map(|g| Block::Paragraph(Align::Body, vec![Inline::Emphasis((*g).to_owned())]))
        .collect();
    let mut explanation = vec![format!(
        "Sự kiện số {index} ({}), {}: {}",
        record.event.code(),
        date_short(record.date),
        record.explain(&event.action, case.branch(), Lang::Vi)
    )];
    let subtitle;
    let articles: Vec<Vec<Inline>>;
    let mut to = vec![format!("- {superior} (để báo cáo),")];
    match (&event.action, &record.ballot) {
        (Action::MentorAssigned { mentor } | Action::MentorReassigned { mentor }, _) => {
            subtitle = "Về việc phân công đảng viên theo dõi, giúp đỡ đảng viên";
            body.push(Block::Paragraph(
                Align::Body,
                vec![
                    Inline::Emphasis(format!(
                        "Căn cứ kết quả cuộc họp chi bộ {} về việc đồng chí ",
                        date_in_words(record.date)
                    )),
                    Inline::Emphasis(name_of(context, member.id.as_str()).plain().to_owned()),
                    Inline::Emphasis(" kiểm điểm trước chi bộ,".to_owned()),
                ],
            ));
            let role = mentor.role.label(Lang::Vi).to_lowercase();
            let from = record
                .screening_from
                .map_or_else(|| BLANK.to_owned(), date_in_words);
            let reassigned = matches!(event.action, Action::MentorReassigned { .. });
            let mut first = vec![
                Inline::Text(if reassigned {
                    "Điều 1. Phân công lại đồng chí ".to_owned()
                } else {
                    "Điều 1. Phân công đồng chí ".to_owned()
                }),
                name_of(context, mentor.id.as_str()),
                Inline::Text(format!(", {role}, theo dõi, giúp đỡ đồng chí ")),
                name_of(context, member.id.as_str()),
                Inline::Text(format!(
                    ", {}. Thời gian theo dõi, giúp đỡ là 12 tháng; chi bộ xem xét, sàng lọc từ {from}.",
                    member.status.label(Lang::Vi).to_lowercase()
                )),
            ];
            if reassigned {
                first.push(Inline::Text(
                    " Thời gian theo dõi, giúp đỡ đã tính từ trước không thay đổi.".to_owned(),
                ));
            }
            articles = vec![
                first,
                vec![
                    Inline::Text("Điều 2. Đồng chí ".to_owned()),
                    name_of(context, mentor.id.as_str()),
                    Inline::Text(
                        " có trách nhiệm theo dõi, giúp đỡ, nhận xét kết quả sửa chữa, khắc phục vi phạm của đảng viên theo cam kết và báo cáo chi bộ."
                            .to_owned(),
                    ),
                ],
                vec![Inline::Text(format!(
                    "Điều 3. {}, các đồng chí có tên tại Điều 1 thi hành Nghị quyết này.",
                    crate::words::capitalize(&committee_in_sentence(branch))
                ))],
            ];
            to.push("- Như Điều 3,".to_owned());
            explanation.push(format!(
                "Người theo dõi, giúp đỡ: hồ sơ {}, {} (S2.2); chu kỳ {}, sàng lọc từ {} (S2.3, D2).",
                mentor.id,
                mentor.role.code(),
                record.cycle,
                record
                    .screening_from
                    .map_or_else(|| "—".to_owned(), date_short)
            ));
        }
        (Action::ScreeningVoted { .. }, Some(ballot)) => {
            subtitle = "Về kết quả sàng lọc đảng viên đã được chi bộ giáo dục, giúp đỡ";
            let base = ballot.electorate.size();
            body.push(Block::Paragraph(
                Align::Body,
                vec![Inline::Emphasis(format!(
                    "Căn cứ kết quả bỏ phiếu kín tại cuộc họp chi bộ {},",
                    date_in_words(record.date)
                ))],
            ));
            let share = |q: Question| match vote_on(ballot, q) {
                Some(v) => format!(
                    "{}/{base} đảng viên ({}) bỏ phiếu đồng ý, {}",
                    v.yes,
                    percent(v.yes, base),
                    crate::words::reached(v)
                ),
                None => BLANK.to_owned(),
            };
            let first = vec![
                Inline::Text("Điều 1. Kết quả bỏ phiếu kín đối với đồng chí ".to_owned()),
                name_of(context, member.id.as_str()),
                Inline::Text(format!(
                    ", {}: công nhận sự tiến bộ của đảng viên: {}; đề nghị xem xét đưa đảng viên ra khỏi Đảng: {}.",
                    member.status.label(Lang::Vi).to_lowercase(),
                    share(Question::Progress),
                    share(Question::Removal),
                )),
            ];
            let decision = match ballot.outcome {
                Outcome::ProgressRecognized => format!(
                    "Điều 2. Công nhận sự tiến bộ của đảng viên; báo cáo {superior} xem xét, phê duyệt đưa đảng viên ra khỏi danh sách cần theo dõi giáo dục, giúp đỡ."
                ),
                Outcome::RemovalProposed => match branch.kind {
                    BranchKind::UnderGrassrootsCommittee => format!(
                        "Điều 2. Đề nghị xem xét đưa đảng viên ra khỏi Đảng; báo cáo {superior} xem xét, ra nghị quyết báo cáo {} xem xét, quyết định theo thẩm quyền.",
                        body_name(branch, Body::BlocStandingCommittee)
                    ),
                    BranchKind::Grassroots => format!(
                        "Điều 2. Đề nghị xem xét đưa đảng viên ra khỏi Đảng; báo cáo {superior} xem xét, quyết định theo thẩm quyền."
                    ),
                },
                _ => format!(
                    "Điều 2. Đảng viên cần được chi bộ tiếp tục giáo dục, giúp đỡ trước khi xem xét, quyết định đưa ra khỏi Đảng và sẽ được xem xét lại sau 12 tháng, từ {}; {} đưa vào danh sách đảng viên cần được chi bộ tiếp tục giáo dục, giúp đỡ, báo cáo {superior} xem xét, phê duyệt.",
                    date_in_words(record.rescreening_from().unwrap_or(record.date)),
                    committee_in_sentence(branch)
                ),
            };
            articles = vec![
                first,
                vec![Inline::Text(decision)],
                vec![Inline::Text(format!(
                    "Điều 3. {}, đảng viên có tên tại Điều 1 thi hành Nghị quyết này.",
                    crate::words::capitalize(&committee_in_sentence(branch))
                ))],
            ];
            explanation.push(format!(
                "Kết luận của biên bản kiểm phiếu: {}",
                conclusion(case, ballot)
            ));
            explanation.push(format!("Quy định áp dụng: {}.", rule_list(record, ballot)));
        }
        _ => {
            return Err(DocumentError::NotAResolution {
                index,
                event: record.event,
            });
        }
    }
    body.push(Block::Paragraph(
        Align::Center,
        vec![Inline::Strong(format!(
            "{} QUYẾT NGHỊ:",
            upper(&branch_name)
        ))],
    ));
    for a in articles {
        body.push(Block::Paragraph(Align::Body, a));
    }
    body.push(Block::Paragraph(
        Align::Body,
        text(format!(
            "Nghị quyết này có hiệu lực kể từ {}.",
            date_in_words(record.date)
        )),
    ));
    to.insert(0, "Nơi nhận:".to_owned());
    to.push("- Lưu chi bộ.".to_owned());
    let signer = match &context.secretary {
        Some(n) => Inline::Text(n.clone()),
        None => Inline::Blank,
    };
    let document = Document {
        header: header(case, context, Some("NQ")),
        place_date: place_date(context, record.date),
        title: "NGHỊ QUYẾT".to_owned(),
        subtitle: Some(subtitle.to_owned()),
        body,
        recipients: to,
        signatures: vec![Signature {
            on_behalf: Some(format!("T/M {}", upper(&branch_name))),
            title: "BÍ THƯ".to_owned(),
            names: vec![signer],
        }],
        landscape: false,
    };
    Ok(Paper {
        document,
        explanation: Explanation {
            title: format!(
                "Căn cứ của nghị quyết (hồ sơ {}, sự kiện số {index})",
                member.id
            ),
            lines: explanation,
        },
    })
}
