//! The documents of the example case (examples/case-DV-0042.json with
//! examples/context-DV-0042.json), as Markdown, are the committed ones in
//! docs/examples/: the listing ballot's record and list (event 3: S1.3, T1, E2
//! with an exempted member attending), the mentor's resolution (event 7: S2.2),
//! the first screening's list for continued education (event 8: S3.4, I1), and
//! the second screening's record and resolution (event 11: S3.3 under a
//! grassroots committee, T1 met, T2 not), with the record's explanation sheet and
//! the same record without a context, every unknown fact a blank.

mod snapshot;

use screening_core::Case;
use screening_documents::{Context, Format, Kind, make, render, render_explanation};

fn example() -> Case {
    let text = std::fs::read_to_string(snapshot::root().join("examples/case-DV-0042.json"))
        .unwrap_or_else(|e| panic!("examples/case-DV-0042.json: {e}"));
    Case::from_json(&text).unwrap_or_else(|e| panic!("{e}"))
}

fn context() -> Context {
    let text = std::fs::read_to_string(snapshot::root().join("examples/context-DV-0042.json"))
        .unwrap_or_else(|e| panic!("examples/context-DV-0042.json: {e}"));
    Context::from_json(&text).unwrap_or_else(|e| panic!("{e}"))
}

fn markdown(kind: Kind, event: usize, context: &Context) -> String {
    let paper = make(kind, &[example()], Some(event), context).unwrap_or_else(|e| panic!("{e}"));
    String::from_utf8(render(&paper.document, Format::Markdown).unwrap_or_else(|e| panic!("{e}")))
        .unwrap_or_else(|e| panic!("{e}"))
}

fn check(kind: Kind, event: usize, lines: &[&str]) {
    let text = markdown(kind, event, &context());
    for line in lines {
        assert!(text.contains(line), "missing {line:?} in\n{text}");
    }
    snapshot::assert_block(
        &format!("docs/examples/{}-DV-0042-event-{event}.md", kind.code()),
        None,
        None,
        &text,
    );
}

#[test]
fn s1_3_t1_e2_listing_record_of_event_3() {
    check(
        Kind::VoteRecord,
        3,
        &[
            "| Trong đó: có mặt, tham gia biểu quyết (vẫn tính) | 1 |",
            "| **Số đảng viên chính thức làm căn cứ tính tỷ lệ** | **11** |",
            "| Số phiếu đồng ý (tỷ lệ so với số đảng viên làm căn cứ) | 9 (81,81%) |",
        ],
    );
}

#[test]
fn s1_4_listing_list_of_event_3() {
    check(
        Kind::List,
        3,
        &[
            "Kính gửi: Đảng ủy cơ sở",
            "| 1 | **Trần Văn Bình** | 1979 | 19/5/2004<br>19/5/2005 |",
            "| **T/M CHI ỦY**",
        ],
    );
}

#[test]
fn s2_2_mentor_resolution_of_event_7() {
    check(
        Kind::Resolution,
        7,
        &[
            "Điều 1. Phân công đồng chí **Lê Thị Cúc**, chi ủy viên, theo dõi, giúp đỡ đồng chí **Trần Văn Bình**",
        ],
    );
}

#[test]
fn s3_4_i1_continued_education_list_of_event_8() {
    check(
        Kind::List,
        8,
        &["Công nhận tiến bộ: 4/11 (36,36%); đề nghị đưa ra khỏi Đảng: 5/11 (45,45%)"],
    );
}

#[test]
fn s3_3_t1_t2_screening_record_of_event_11() {
    check(
        Kind::VoteRecord,
        11,
        &[
            "Kết quả: **Không đạt.** Có 2/11 đảng viên chính thức",
            "Kết quả: **Đạt.** Có 9/11 đảng viên chính thức",
            "Đảng ủy cơ sở xem xét, ra nghị quyết báo cáo Ban Thường vụ Đảng ủy Khối",
        ],
    );
}

#[test]
fn s3_3_removal_resolution_of_event_11() {
    check(
        Kind::Resolution,
        11,
        &["Điều 2. Đề nghị xem xét đưa đảng viên ra khỏi Đảng; báo cáo Đảng ủy cơ sở"],
    );
}

#[test]
fn the_explanation_sheet_and_the_blank_record_of_event_11() {
    let paper = make(Kind::VoteRecord, &[example()], Some(11), &context())
        .unwrap_or_else(|e| panic!("{e}"));
    let sheet = String::from_utf8(
        render_explanation(&paper.explanation, Format::Markdown).unwrap_or_else(|e| panic!("{e}")),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert!(sheet.contains("T1: 3 × 9 = 27 ≥ 2 × 11 = 22"), "{sheet}");
    snapshot::assert_block(
        "docs/examples/vote-record-DV-0042-event-11-explained.md",
        None,
        None,
        &sheet,
    );
    snapshot::assert_block(
        "docs/examples/vote-record-DV-0042-event-11-blank.md",
        None,
        None,
        &markdown(Kind::VoteRecord, 11, &Context::default()),
    );
}
