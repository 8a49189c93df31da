//! The vote-count record of a secret ballot ("biên bản kiểm phiếu"): the listing
//! ballot of Step 1, or the two screening ballots of Step 3 (progress, then
//! removal), as the tellers sign it.

use screening_core::{
    BallotDecision, BallotKind, Case, Event, Lang, MemberStatus, Outcome, Question, Record, Vote,
};

use crate::context::{Context, Meeting};
use crate::error::DocumentError;
use crate::model::{
    Align, BLANK, Block, Document, Explanation, Inline, Paper, SHORT_BLANK, Signature, Table, text,
};
use crate::words::{
    body_name, capitalize, date_in_words, date_short, decapitalize, excluded, header,
    mentor_before, name_of, named, percent, place_date, reached, tellers_count, vote_on,
};

/// The ballot at event `index`, or the last ballot of the case.
pub(crate) fn ballot_at(
    case: &Case,
    index: Option<usize>,
) -> Result<(&Record, &Event, &BallotDecision), DocumentError> {
    let index = match index {
        Some(i) => i,
        None => case
            .history()
            .iter()
            .rposition(|r| r.ballot.is_some())
            .ok_or(DocumentError::NoBallot)?,
    };
    let (Some(record), Some(event)) = (case.history().get(index), case.events().get(index)) else {
        return Err(DocumentError::NoSuchEvent {
            index,
            events: case.version(),
        });
    };
    match &record.ballot {
        Some(ballot) => Ok((record, event, ballot)),
        None => Err(DocumentError::NotABallot {
            index,
            event: record.event,
        }),
    }
}

/// A count, or a short blank.
fn count(n: Option<u32>) -> Inline {
    match n {
        Some(n) => Inline::Text(n.to_string()),
        None => Inline::Text(SHORT_BLANK.to_owned()),
    }
}

/// A count with its share of the base: "9 (81,81%)".
fn count_share(n: Option<u32>, base: u32) -> Inline {
    match n {
        Some(n) => Inline::Text(format!("{n} ({})", percent(n, base))),
        None => Inline::Text(SHORT_BLANK.to_owned()),
    }
}

/// What the member is voted on, per ballot.
fn ballot_title(question: Question) -> &'static str {
    match question {
        Question::Listing => {
            "Đưa đảng viên vào danh sách cần được chi bộ giáo dục, giúp đỡ trước khi xem xét, quyết định đưa ra khỏi Đảng"
        }
        Question::Progress => "Công nhận sự tiến bộ của đảng viên",
        Question::Removal => "Đề nghị xem xét đưa đảng viên ra khỏi Đảng",
    }
}

/// The vote-count record of the ballot at event `index` (the case's last ballot
/// when `None`), with its explanation sheet.
///
/// ```
/// use screening_core::Case;
/// use screening_documents::{context::Context, vote_record};
/// let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/case-DV-0042.json")).unwrap();
/// let case = Case::from_json(&text).unwrap();
/// let paper = vote_record(&case, Some(3), &Context::default()).unwrap();
/// assert_eq!(paper.document.title, "BIÊN BẢN KIỂM PHIẾU");
/// assert_eq!(vote_record(&case, Some(4), &Context::default()).unwrap_err().code(), "not_a_ballot");
/// assert_eq!(vote_record(&case, Some(99), &Context::default()).unwrap_err().code(), "no_such_event");
/// ```
pub fn vote_record(
    case: &Case,
    index: Option<usize>,
    context: &Context,
) -> Result<Paper, DocumentError> {
    let (record, event, ballot) = ballot_at(case, index)?;
    let index = record.index;
    let branch = case.branch();
    let member = case.member();
    let counts = ballot.electorate.counts();
    let base = ballot.electorate.size();
    let meeting = context.meeting(index);
    if let Some(present) = meeting.and_then(|m| m.present)
        && present > base
    {
        return Err(DocumentError::PresentAboveBase {
            index,
            present,
            base,
        });
    }
    let m = meeting.cloned().unwrap_or(Meeting {
        event: index,
        ..Meeting::default()
    });
    let branch_name = body_name(branch, screening_core::Body::Branch);
    let mut body = Vec::new();

    // The meeting.
    let mut opening = vec![
        Inline::Text("Vào hồi ".to_owned()),
        Inline::Text(
            m.start
                .map_or_else(|| SHORT_BLANK.to_owned(), |t| t.in_words()),
        ),
        Inline::Text(format!(", {}, tại ", date_in_words(record.date))),
        named(m.place.as_ref()),
        Inline::Text(format!(", {branch_name} họp ")),
    ];
    opening.push(Inline::Text(match ballot.ballot {
        BallotKind::Listing => {
            "thảo luận, bỏ phiếu kín đối với đảng viên dự kiến cần được chi bộ giáo dục, giúp đỡ trước khi xem xét, quyết định đưa ra khỏi Đảng.".to_owned()
        }
        BallotKind::Screening => {
            "để đảng viên tự kiểm điểm, nêu rõ kết quả sửa chữa, khắc phục vi phạm theo cam kết; người được phân công theo dõi, giúp đỡ nhận xét; chi bộ thảo luận, góp ý và bỏ phiếu kín công nhận sự tiến bộ của đảng viên, sau đó bỏ phiếu kín đề nghị xem xét đưa đảng viên ra khỏi Đảng.".to_owned()
        }
    }));
    body.push(Block::Paragraph(Align::Body, opening));
    body.push(Block::Paragraph(
        Align::Body,
        vec![
            Inline::Text("Chủ trì hội nghị: đồng chí ".to_owned()),
            named(m.chair.as_ref()),
            Inline::Text("; thư ký hội nghị: đồng chí ".to_owned()),
            named(m.recorder.as_ref()),
            Inline::Text(".".to_owned()),
        ],
    ));
    let tellers = m.tellers.clone().unwrap_or_default();
    let mut teller_line = vec![
        Inline::Text("Ban kiểm phiếu gồm: đồng chí ".to_owned()),
        named(tellers.head.as_ref()),
        Inline::Text(", Trưởng ban".to_owned()),
    ];
    let members: Vec<Option<&String>> = if tellers.members.is_empty() {
        vec![None, None]
    } else {
        tellers.members.iter().map(Some).collect()
    };
    for name in &members {
        teller_line.push(Inline::Text("; đồng chí ".to_owned()));
        teller_line.push(named(*name));
        teller_line.push(Inline::Text(", ủy viên".to_owned()));
    }
    teller_line.push(Inline::Text(".".to_owned()));
    body.push(Block::Paragraph(Align::Body, teller_line));

    // The member voted on.
    let person = context.person(member.id.as_str());
    let status = match member.status {
        MemberStatus::Official => "đảng viên chính thức",
        MemberStatus::Probationary => "đảng viên dự bị",
    };
    let mut about = vec![
        Inline::Text("Đảng viên được bỏ phiếu: đồng chí ".to_owned()),
        name_of(context, member.id.as_str()),
        Inline::Text(format!(", {status}")),
    ];
    about.push(Inline::Text(", chức vụ: ".to_owned()));
    about.push(named(person.and_then(|p| p.post.as_ref())));
    about.push(Inline::Text(", đơn vị công tác: ".to_owned()));
    about.push(named(person.and_then(|p| p.unit.as_ref())));
    about.push(Inline::Text(".".to_owned()));
    body.push(Block::Paragraph(Align::Body, about));
    if ballot.ballot == BallotKind::Screening
        && let Some(mentor) = mentor_before(case, index)
    {
        if let screening_core::Action::MentorAssigned { mentor: who }
        | screening_core::Action::MentorReassigned { mentor: who } = &mentor.action
        {
            body.push(Block::Paragraph(
                Align::Body,
                vec![
                    Inline::Text("Người được phân công theo dõi, giúp đỡ: đồng chí ".to_owned()),
                    name_of(context, who.id.as_str()),
                    Inline::Text(format!(
                        ", {}, theo nghị quyết của chi bộ {}.",
                        who.role.label(Lang::Vi).to_lowercase(),
                        date_in_words(mentor.date)
                    )),
                ],
            ));
        }
    }

    // The branch's numbers.
    body.push(Block::Heading("1. Số đảng viên của chi bộ".to_owned()));
    let absent_exempt = counts.exempt.saturating_sub(counts.exempt_attending);
    let left_out = excluded(ballot);
    let rows = vec![
        vec![
            text("Tổng số đảng viên chính thức của chi bộ"),
            vec![count(Some(counts.official))],
        ],
        vec![
            text("Đảng viên được miễn công tác và sinh hoạt đảng"),
            vec![count(Some(counts.exempt))],
        ],
        vec![
            text("Trong đó: có mặt, tham gia biểu quyết (vẫn tính)"),
            vec![count(Some(counts.exempt_attending))],
        ],
        vec![
            text("Trong đó: không có mặt hoặc không tham gia biểu quyết (không tính)"),
            vec![count(Some(absent_exempt))],
        ],
        vec![
            text(
                "Đảng viên chính thức sinh hoạt tạm thời ở đảng bộ khác, bị đình chỉ sinh hoạt đảng, bị khởi tố, truy tố, tạm giam (không tính)",
            ),
            vec![count(Some(left_out))],
        ],
        vec![
            vec![Inline::Strong(
                "Số đảng viên chính thức làm căn cứ tính tỷ lệ".to_owned(),
            )],
            vec![Inline::Strong(base.to_string())],
        ],
        vec![text("Trong đó: có mặt"), vec![count(m.present)]],
        vec![
            text("Trong đó: vắng mặt"),
            vec![count(m.present.map(|p| base.saturating_sub(p)))],
        ],
        vec![
            text("Đảng viên dự bị (không biểu quyết)"),
            vec![count(m.probationary)],
        ],
    ];
    body.push(Block::Table(Table {
        head: vec!["".to_owned(), "Số lượng".to_owned()],
        rows,
        widths: vec![80, 20],
    }));
    body.push(Block::Paragraph(
        Align::Body,
        text(
            "Tỷ lệ phiếu tính trên số đảng viên chính thức của chi bộ (trừ đảng viên được miễn công tác và sinh hoạt đảng), không tính trên số đảng viên có mặt hay số phiếu thu vào.",
        ),
    ));

    // Each ballot.
    body.push(Block::Heading("2. Kết quả kiểm phiếu".to_owned()));
    let several = ballot.votes.len() > 1;
    let mut explanation = Vec::new();
    explanation.push(format!(
        "Sự kiện số {index} ({}), {}: {}",
        record.event.code(),
        date_short(record.date),
        record.explain(&event.action, case.branch(), Lang::Vi)
    ));
    explanation.push(format!(
        "Căn cứ tính tỷ lệ (E1, E2, E5): {} − {} + {} − {} = {base}.",
        counts.official, counts.exempt, counts.exempt_attending, left_out
    ));
    for (n, vote) in ballot.votes.iter().enumerate() {
        let title = if several {
            format!(
                "Phiếu thứ {}: {}",
                if n == 0 { "nhất" } else { "hai" },
                decapitalize(ballot_title(vote.question))
            )
        } else {
            ballot_title(vote.question).to_owned()
        };
        body.push(Block::Paragraph(Align::Left, vec![Inline::Strong(title)]));
        body.push(Block::Table(count_table(event, vote, base)));
        body.push(Block::Paragraph(Align::Body, result_line(vote, base)));
        explanation.push(explain_vote(event, vote, base));
    }

    // Conclusion.
    body.push(Block::Heading("3. Kết luận".to_owned()));
    body.push(Block::Paragraph(
        Align::Body,
        vec![
            Inline::Text("Đối với đồng chí ".to_owned()),
            name_of(context, member.id.as_str()),
            Inline::Text(format!(": {}", conclusion(case, ballot))),
        ],
    ));
    body.push(Block::Paragraph(
        Align::Body,
        vec![
            Inline::Text("Biên bản lập xong hồi ".to_owned()),
            Inline::Text(
                m.end
                    .map_or_else(|| SHORT_BLANK.to_owned(), |t| t.in_words()),
            ),
            Inline::Text(
                " cùng ngày, đã đọc lại trước hội nghị và được hội nghị nhất trí thông qua."
                    .to_owned(),
            ),
        ],
    ));

    let mut member_names: Vec<Inline> = members.iter().map(|n| named(*n)).collect();
    if member_names.is_empty() {
        member_names.push(Inline::Blank);
    }
    let signatures = vec![
        Signature {
            on_behalf: None,
            title: "CÁC ỦY VIÊN".to_owned(),
            names: member_names,
        },
        Signature {
            on_behalf: Some("T/M BAN KIỂM PHIẾU".to_owned()),
            title: "TRƯỞNG BAN".to_owned(),
            names: vec![named(tellers.head.as_ref())],
        },
    ];
    let document = Document {
        header: header(case, context, None),
        place_date: place_date(context, record.date),
        title: "BIÊN BẢN KIỂM PHIẾU".to_owned(),
        subtitle: Some(match ballot.ballot {
            BallotKind::Listing => {
                "Bỏ phiếu kín đưa đảng viên vào danh sách cần được chi bộ giáo dục, giúp đỡ trước khi xem xét, quyết định đưa ra khỏi Đảng".to_owned()
            }
            BallotKind::Screening => {
                "Bỏ phiếu kín sàng lọc đảng viên đã được chi bộ giáo dục, giúp đỡ".to_owned()
            }
        }),
        body,
        recipients: Vec::new(),
        signatures,
        landscape: false,
    };
    explanation.push(format!(
        "Kết quả: {} ({}).",
        ballot.outcome.label(Lang::Vi),
        rule_list(record, ballot)
    ));
    if let Some(note) = &event.note {
        explanation.push(format!("Ghi chú trong hồ sơ: {note}"));
    }
    Ok(Paper {
        document,
        explanation: Explanation {
            title: format!(
                "Căn cứ các số liệu của biên bản kiểm phiếu (hồ sơ {}, sự kiện số {index})",
                member.id
            ),
            lines: explanation,
        },
    })
}

/// The rule IDs of a record and its ballot, each once, in order.
pub(crate) fn rule_list(record: &Record, ballot: &BallotDecision) -> String {
    let mut rules = Vec::new();
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

/// The tellers' table of one ballot: ballots issued, returned, valid and invalid
/// (blank where the case file has no tellers' count), yes and no with their
/// share of the base. "No" is valid − yes: never the absent members.
fn count_table(event: &Event, vote: &Vote, base: u32) -> Table {
    let tally = tellers_count(event, vote.question);
    let valid = tally.map(|(_, returned, invalid)| returned.saturating_sub(invalid));
    let no = valid.map(|v| v.saturating_sub(vote.yes));
    let not_voting = tally.map(|(issued, _, _)| base.saturating_sub(issued));
    let row = |label: &str, value: Inline| vec![text(label), vec![value]];
    Table {
        head: vec!["".to_owned(), "Số phiếu".to_owned()],
        rows: vec![
            row("Số phiếu phát ra", count(tally.map(|t| t.0))),
            row("Số phiếu thu vào", count(tally.map(|t| t.1))),
            row("Số phiếu hợp lệ", count(valid)),
            row("Số phiếu không hợp lệ", count(tally.map(|t| t.2))),
            row(
                "Số phiếu đồng ý (tỷ lệ so với số đảng viên làm căn cứ)",
                count_share(Some(vote.yes), base),
            ),
            row(
                "Số phiếu không đồng ý (tỷ lệ so với số đảng viên làm căn cứ)",
                count_share(no, base),
            ),
            row(
                "Số đảng viên làm căn cứ tính tỷ lệ không nhận phiếu (vắng mặt, không tham gia)",
                count(not_voting),
            ),
        ],
        widths: vec![80, 20],
    }
}

/// "Kết quả: 9/11 đảng viên đồng ý, đạt từ hai phần ba trở lên (cần ít nhất 8)."
fn result_line(vote: &Vote, base: u32) -> Vec<Inline> {
    let verdict = if vote.met { "Đạt" } else { "Không đạt" };
    vec![
        Inline::Text("Kết quả: ".to_owned()),
        Inline::Strong(format!("{verdict}.")),
        Inline::Text(format!(
            " Có {}/{base} đảng viên chính thức của chi bộ (trừ đảng viên được miễn công tác và sinh hoạt đảng) bỏ phiếu đồng ý, bằng {}, {} (yêu cầu {}, tức ít nhất {} phiếu đồng ý).",
            vote.yes,
            percent(vote.yes, base),
            reached(vote),
            vote.threshold.label(Lang::Vi),
            vote.required,
        )),
    ]
}

/// The numbers behind one ballot, with their rule IDs.
fn explain_vote(event: &Event, vote: &Vote, base: u32) -> String {
    let (a, b, rule) = match vote.threshold {
        screening_core::Threshold::TwoThirds => (3u64, 2u64, "T1"),
        screening_core::Threshold::Half => (2, 1, "T2"),
    };
    let mut s = format!(
        "{}: {} phiếu đồng ý trên căn cứ {base} = {}; {rule}: {a} × {} = {} {} {b} × {base} = {} → {}; số phiếu tối thiểu {}.",
        capitalize(vote.question.label(Lang::Vi)),
        vote.yes,
        percent(vote.yes, base),
        vote.yes,
        a * u64::from(vote.yes),
        if vote.met { "≥" } else { "<" },
        b * u64::from(base),
        if vote.met { "đạt" } else { "không đạt" },
        vote.required,
    );
    match tellers_count(event, vote.question) {
        Some((issued, returned, invalid)) => s.push_str(&format!(
            " Kiểm phiếu (E6): phát ra {issued}, thu vào {returned}, không hợp lệ {invalid}; không đồng ý = hợp lệ − đồng ý = {}.",
            returned.saturating_sub(invalid).saturating_sub(vote.yes)
        )),
        None => s.push_str(
            " Hồ sơ không ghi số phiếu phát ra, thu vào, không hợp lệ (E6): các ô này để trống, số phiếu không đồng ý không suy ra được.",
        ),
    }
    s
}

/// The conclusion of a ballot in the circular's words, without rule IDs.
pub(crate) fn conclusion(case: &Case, ballot: &BallotDecision) -> String {
    let branch = case.branch();
    let superior = body_name(branch, branch.superior());
    let base = ballot.electorate.size();
    let counted = |vote: Option<&Vote>, what: &str| match vote {
        Some(v) => format!(
            "{}/{base} đảng viên chính thức của chi bộ (trừ đảng viên được miễn công tác và sinh hoạt đảng) bỏ phiếu {what}, {}",
            v.yes,
            reached(v)
        ),
        None => BLANK.to_owned(),
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
        Outcome::Listed => format!(
            "có {}: đưa vào danh sách đảng viên cần được chi bộ giáo dục, giúp đỡ trước khi xem xét, quyết định đưa ra khỏi Đảng; báo cáo {superior} phê duyệt danh sách để thực hiện các bước tiếp theo.",
            counted(vote_on(ballot, Question::Listing), "đồng ý")
        ),
        Outcome::NotListed => format!(
            "có {}: không đưa vào danh sách đảng viên cần được chi bộ giáo dục, giúp đỡ trước khi xem xét, quyết định đưa ra khỏi Đảng.",
            counted(vote_on(ballot, Question::Listing), "đồng ý")
        ),
        Outcome::ProgressRecognized => format!(
            "có {progress}; có {removal}. Chi bộ ra nghị quyết công nhận sự tiến bộ của đảng viên; báo cáo {superior} xem xét, phê duyệt đưa ra khỏi danh sách cần theo dõi giáo dục, giúp đỡ."
        ),
        Outcome::RemovalProposed => {
            let report = match branch.kind {
                screening_core::BranchKind::UnderGrassrootsCommittee => format!(
                    "báo cáo {superior}; {superior} xem xét, ra nghị quyết báo cáo {} xem xét, quyết định đưa đảng viên ra khỏi Đảng theo thẩm quyền",
                    body_name(branch, screening_core::Body::BlocStandingCommittee)
                ),
                screening_core::BranchKind::Grassroots => format!(
                    "báo cáo {superior} xem xét, quyết định đưa đảng viên ra khỏi Đảng theo thẩm quyền"
                ),
            };
            format!(
                "có {progress}; có {removal}. Chi bộ ra nghị quyết đề nghị xem xét đưa đảng viên ra khỏi Đảng, {report}."
            )
        }
        Outcome::ContinueEducation => format!(
            "có {progress}; có {removal}. Đảng viên cần được chi bộ tiếp tục giáo dục, giúp đỡ trước khi xem xét, quyết định đưa ra khỏi Đảng và sẽ xem xét lại sau 12 tháng; {} đưa vào danh sách đảng viên cần được chi bộ tiếp tục giáo dục, giúp đỡ, báo cáo {superior} xem xét, phê duyệt.",
            crate::words::committee_in_sentence(branch)
        ),
    }
}
