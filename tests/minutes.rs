//! The vote-count records of the example case (examples/case-DV-0042.json) are
//! the committed ones in docs/examples/: the listing ballot (event 3: S1.3, T1, E2
//! with an exempted member attending) and the second screening (event 11: S3.3
//! under a grassroots committee, T1 met, T2 not).

mod snapshot;

use screening_core::Case;
use screening_core::minutes::{MinutesError, approval_list, vote_count_record};

fn example() -> Case {
    let text = std::fs::read_to_string(snapshot::root().join("examples/case-DV-0042.json"))
        .unwrap_or_else(|e| panic!("examples/case-DV-0042.json: {e}"));
    Case::from_json(&text).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn s1_3_t1_e2_listing_record_of_event_3() {
    let record = vote_count_record(&example(), 3).unwrap_or_else(|e| panic!("{e}"));
    for line in [
        "| Trong đó: có mặt, tham gia biểu quyết (vẫn tính, E2) | 1 |",
        "| Đưa vào danh sách cần được chi bộ giáo dục, giúp đỡ | 9/11 | 2 | Từ hai phần ba trở lên (T1) | 8 | Đạt |",
    ] {
        assert!(record.contains(line), "missing {line:?} in\n{record}");
    }
    snapshot::assert_block(
        "docs/examples/minutes-DV-0042-event-3.md",
        None,
        None,
        &record,
    );
}

#[test]
fn s3_3_t1_t2_screening_record_of_event_11() {
    let record = vote_count_record(&example(), 11).unwrap_or_else(|e| panic!("{e}"));
    for line in [
        "| Công nhận sự tiến bộ của đảng viên | 2/11 | 9 | Từ một nửa trở lên (T2) | 6 | Không đạt |",
        "| Đề nghị xem xét đưa đảng viên ra khỏi Đảng | 9/11 | 2 | Từ hai phần ba trở lên (T1) | 8 | Đạt |",
        "đảng ủy cơ sở xem xét, ra nghị quyết báo cáo Ban Thường vụ Đảng ủy Khối",
    ] {
        assert!(record.contains(line), "missing {line:?} in\n{record}");
    }
    snapshot::assert_block(
        "docs/examples/minutes-DV-0042-event-11.md",
        None,
        None,
        &record,
    );
}

#[test]
fn only_ballots_have_a_record() {
    let case = example();
    for (index, code) in [
        (0, "not_a_ballot"),
        (12, "not_a_ballot"),
        (16, "no_such_event"),
    ] {
        let e: MinutesError = vote_count_record(&case, index).expect_err("no record");
        assert_eq!(e.code(), code, "event {index}");
    }
}

#[test]
fn s1_4_s3_4_approval_list_of_pending_cases() {
    let full = example();
    let prefix = |n: usize| {
        let mut file = full.to_file();
        file.events.truncate(n);
        Case::replay(file).unwrap_or_else(|e| panic!("{e}"))
    };
    // Awaiting the list's approval (S1.4), awaiting continued education (S3.4),
    // and closed (not listed).
    let cases = [prefix(4), prefix(9), full.clone()];
    let list = approval_list(&cases);
    assert!(list.contains("3 hồ sơ, 2 đề nghị phê duyệt"), "{list}");
    assert!(list.contains("### Kính gửi: Đảng ủy cơ sở"), "{list}");
    assert!(!list.contains("Ban Thường vụ Đảng ủy Khối\n"), "{list}");
    assert!(
        list.contains("| 1 | DV-0042 (đảng viên chính thức) | CB-07 | Phê duyệt danh sách"),
        "{list}"
    );
    assert!(
        list.contains("Công nhận tiến bộ 4/11: dưới một nửa (T2, cần 6); Đề nghị đưa ra khỏi Đảng 5/11: dưới hai phần ba (T1, cần 8) | S3.4, I1 |"),
        "{list}"
    );
    assert!(approval_list(&[full]).contains("Không có đảng viên nào chờ"));
}
