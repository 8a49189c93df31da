//! Every document of the example case (examples/case-DV-0042.json, with and
//! without examples/context-DV-0042.json, and two variants: a branch with no chi
//! ủy, a screening that recognises progress) is made in DOCX, HTML and Markdown,
//! and the text a branch signs, in each format, holds no rule ID, no English word
//! of a stop list and no JSON code. The DOCX is read back with docx-rs's reader.

use std::path::PathBuf;

use screening_core::Case;
use screening_documents::{Context, Format, Paper, list, render, resolution, vote_record};
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn example_json() -> Value {
    serde_json::from_str(&read("examples/case-DV-0042.json")).unwrap_or_else(|e| panic!("{e}"))
}

fn case_of(v: &Value) -> Case {
    Case::from_json(&v.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

fn context() -> Context {
    Context::from_json(&read("examples/context-DV-0042.json")).unwrap_or_else(|e| panic!("{e}"))
}

/// The example as a branch with no chi ủy: the secretary does the committee's
/// work, and the mentor is a member.
fn without_committee() -> Case {
    let mut v = example_json();
    v["branch"]["has_committee"] = Value::Bool(false);
    if let Some(events) = v["events"].as_array_mut() {
        for e in events {
            if e["by"] == "branch_committee" {
                e["by"] = Value::from("branch_secretary");
            }
            if e["mentor"]["role"] == "committee_member" {
                e["mentor"]["role"] = Value::from("member");
            }
        }
    }
    case_of(&v)
}

/// The example up to its first screening, which recognises progress (S3.2).
fn with_progress() -> Case {
    let mut v = example_json();
    if let Some(events) = v["events"].as_array_mut() {
        events.truncate(9);
        events[8]["progress_yes"] = Value::from(7);
        events[8]["removal_yes"] = Value::from(1);
    }
    case_of(&v)
}

/// Every paper of a case: each ballot's record and list, each resolution.
fn papers(case: &Case, context: &Context) -> Vec<(String, Paper)> {
    let mut out = Vec::new();
    for record in case.history() {
        let i = record.index;
        if let Ok(p) = vote_record(case, Some(i), context) {
            out.push((format!("vote-record {i}"), p));
        }
        if let Ok(p) = list(std::slice::from_ref(case), Some(i), context) {
            out.push((format!("list {i}"), p));
        }
        if let Ok(p) = resolution(case, i, context) {
            out.push((format!("resolution {i}"), p));
        }
    }
    out
}

/// An ASCII word that is English and never Vietnamese (words such as "an", "in",
/// "to", "do", "no" are Vietnamese too, and names, so they are not listed).
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "of",
    "for",
    "with",
    "yes",
    "vote",
    "votes",
    "ballot",
    "ballots",
    "branch",
    "member",
    "members",
    "committee",
    "superior",
    "listing",
    "listed",
    "screening",
    "progress",
    "removal",
    "event",
    "events",
    "state",
    "rule",
    "rules",
    "case",
    "approved",
    "refused",
    "null",
    "true",
    "false",
    "none",
    "error",
    "format",
    "mentor",
    "official",
    "exempt",
    "issued",
    "returned",
    "invalid",
    "outcome",
    "continue",
    "education",
    "step",
    "grassroots",
    "bloc",
    "record",
    "list",
    "resolution",
    "note",
    "date",
    "signature",
    "name",
    "blank",
];

/// What a signed text must not hold: a rule ID (`\b[ETSADI][0-9]`), an English
/// word of the stop list, or a JSON code (a snake_case token).
fn faults(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let boundary = i == 0 || !chars[i - 1].is_alphanumeric();
        let digit_next = chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if boundary && "ETSADI".contains(*c) && digit_next {
            let id: String = chars[i..].iter().take(5).collect();
            found.push(format!("rule ID {id:?}"));
        }
    }
    for token in text.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
        if token.is_empty() {
            continue;
        }
        let ascii = token.is_ascii();
        if ascii && ENGLISH.contains(&token.to_lowercase().as_str()) {
            found.push(format!("English {token:?}"));
        }
        if ascii && token.contains('_') && token.chars().any(|c| c.is_ascii_lowercase()) {
            found.push(format!("JSON code {token:?}"));
        }
    }
    found
}

/// The visible text of an HTML page: no style, no tags, entities read.
fn html_text(html: &str) -> String {
    let body = html.split("</style>").nth(1).unwrap_or(html);
    let mut out = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
}

/// Every text run of a .docx, read back with docx-rs's reader.
fn docx_text(bytes: &[u8]) -> String {
    let docx = docx_rs::read_docx(bytes).unwrap_or_else(|e| panic!("not a .docx: {e}"));
    let json: Value = serde_json::from_str(&docx.json()).unwrap_or_else(|e| panic!("{e}"));
    let mut texts = Vec::new();
    collect_text(&json, &mut texts);
    texts.join(" ")
}

fn collect_text(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            if map.get("type").and_then(Value::as_str) == Some("text")
                && let Some(t) = map
                    .get("data")
                    .and_then(|d| d.get("text"))
                    .and_then(Value::as_str)
            {
                out.push(t.to_owned());
            }
            for x in map.values() {
                collect_text(x, out);
            }
        }
        Value::Array(list) => list.iter().for_each(|x| collect_text(x, out)),
        _ => {}
    }
}

fn all_cases() -> Vec<(&'static str, Case, Context)> {
    vec![
        ("example with context", case_of(&example_json()), context()),
        (
            "example without context",
            case_of(&example_json()),
            Context::default(),
        ),
        ("no chi ủy", without_committee(), context()),
        ("progress", with_progress(), context()),
        (
            "tellers, excluded, names",
            with_tellers_excluded_and_names(),
            context(),
        ),
    ]
}

#[test]
fn the_checker_finds_rule_ids_english_and_json_codes() {
    assert_eq!(faults("theo quy định (S3.3)").len(), 1);
    assert_eq!(faults("E1").len(), 1);
    assert_eq!(faults("the branch").len(), 2);
    assert_eq!(faults("trạng thái listing_voted").len(), 1);
    assert_eq!(faults("branch_committee").len(), 1);
    assert!(
        faults("Đồng chí Nguyễn Văn An, Chi bộ, ngày 18 tháng 3 năm 2025, 9 (81,81%)").is_empty()
    );
}

#[test]
fn signed_documents_hold_no_rule_id_no_english_no_json_code_in_any_format() {
    let mut checked = 0;
    for (label, case, ctx) in all_cases() {
        for (what, paper) in papers(&case, &ctx) {
            let doc = &paper.document;
            let md =
                String::from_utf8(render(doc, Format::Markdown).unwrap_or_else(|e| panic!("{e}")))
                    .unwrap_or_else(|e| panic!("{e}"));
            let html =
                String::from_utf8(render(doc, Format::Html).unwrap_or_else(|e| panic!("{e}")))
                    .unwrap_or_else(|e| panic!("{e}"));
            let docx = render(doc, Format::Docx).unwrap_or_else(|e| panic!("{e}"));
            for (format, text) in [
                ("text", doc.plain_text()),
                ("md", md),
                ("html", html_text(&html)),
                ("docx", docx_text(&docx)),
            ] {
                let f = faults(&text);
                assert!(f.is_empty(), "{label}, {what}, {format}: {f:?}\n{text}");
                checked += 1;
            }
        }
    }
    // 4 cases × (3 records + 3 lists + 4 resolutions, fewer in the variants) × 4 formats.
    assert!(checked >= 100, "only {checked} texts checked");
}

#[test]
fn every_document_of_the_example_is_made_in_docx_and_html() {
    let case = case_of(&example_json());
    let ctx = context();
    let made: Vec<String> = papers(&case, &ctx).into_iter().map(|(w, _)| w).collect();
    assert_eq!(
        made,
        [
            "vote-record 3",
            "list 3",
            "resolution 7",
            "vote-record 8",
            "list 8",
            "resolution 8",
            "resolution 10",
            "vote-record 11",
            "resolution 11"
        ]
    );
    for (what, paper) in papers(&case, &ctx) {
        let docx =
            docx_text(&render(&paper.document, Format::Docx).unwrap_or_else(|e| panic!("{e}")));
        let html = html_text(&String::from_utf8_lossy(
            &render(&paper.document, Format::Html).unwrap_or_else(|e| panic!("{e}")),
        ));
        for text in [&docx, &html] {
            for field in [
                "ĐẢNG CỘNG SẢN VIỆT NAM",
                "ĐẢNG BỘ SỞ KẾ HOẠCH VÀ ĐẦU TƯ",
                "Hà Tĩnh",
                "Trần Văn Bình",
            ] {
                assert!(text.contains(field), "{what}: no {field:?} in\n{text}");
            }
        }
    }
}

#[test]
fn the_vote_record_of_the_second_screening_has_the_fields_of_the_paper() {
    let case = case_of(&example_json());
    let paper = vote_record(&case, Some(11), &context()).unwrap_or_else(|e| panic!("{e}"));
    let docx = docx_text(&render(&paper.document, Format::Docx).unwrap_or_else(|e| panic!("{e}")));
    for field in [
        "BIÊN BẢN KIỂM PHIẾU",
        "ngày 18 tháng 3 năm 2025",
        "8 giờ 00",
        "Phòng họp tầng 2",
        "Nguyễn Văn An",
        "Hoàng Thị Em",
        "Vũ Văn Phúc",
        "Trưởng ban",
        "Đặng Thị Giang",
        "ủy viên",
        "Phạm Văn Dũng",
        "Tổng số đảng viên chính thức của chi bộ",
        "Số đảng viên chính thức làm căn cứ tính tỷ lệ",
        "Đảng viên dự bị (không biểu quyết)",
        "Số phiếu phát ra",
        "Số phiếu hợp lệ",
        "Số phiếu không hợp lệ",
        "2 (18,18%)",
        "9 (81,81%)",
        "ít nhất 6 phiếu đồng ý",
        "ít nhất 8 phiếu đồng ý",
        "T/M BAN KIỂM PHIẾU",
        "TRƯỞNG BAN",
        "CÁC ỦY VIÊN",
        "10 giờ 30",
    ] {
        assert!(docx.contains(field), "no {field:?} in\n{docx}");
    }
}

#[test]
fn without_a_context_every_unknown_fact_is_a_blank_not_a_guess() {
    let case = case_of(&example_json());
    let paper = vote_record(&case, Some(11), &Context::default()).unwrap_or_else(|e| panic!("{e}"));
    let text = paper.document.plain_text();
    for guess in ["DV-0042", "DV-0015", "CB-07", "Hà Tĩnh"] {
        assert!(!text.contains(guess), "{guess:?} in\n{text}");
    }
    assert!(text.contains("ĐẢNG BỘ …………………"), "{text}");
    assert!(text.contains("Ban kiểm phiếu gồm: đồng chí …………………, Trưởng ban; đồng chí …………………, ủy viên; đồng chí …………………, ủy viên."), "{text}");
    assert!(
        text.contains("Số phiếu không đồng ý (tỷ lệ so với số đảng viên làm căn cứ) | ……"),
        "{text}"
    );
}

#[test]
fn lists_and_resolutions_sign_for_the_committee_or_the_secretary() {
    let ctx = context();
    let with = list(&[case_of(&example_json())], Some(3), &ctx).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        with.document.signatures[0].on_behalf.as_deref(),
        Some("T/M CHI ỦY")
    );
    assert_eq!(with.document.signatures[0].title, "BÍ THƯ");
    let without = list(&[without_committee()], Some(3), &ctx).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(without.document.signatures[0].on_behalf, None);
    assert_eq!(without.document.signatures[0].title, "BÍ THƯ CHI BỘ");
    let text = resolution(&without_committee(), 8, &ctx)
        .unwrap_or_else(|e| panic!("{e}"))
        .document
        .plain_text();
    assert!(text.contains("bí thư chi bộ đưa vào danh sách"), "{text}");
}

#[test]
fn s3_2_progress_list_and_resolution() {
    let case = with_progress();
    let ctx = context();
    let paper = list(std::slice::from_ref(&case), None, &ctx).unwrap_or_else(|e| panic!("{e}"));
    let text = paper.document.plain_text();
    assert!(
        text.contains("Đảng viên được chi bộ công nhận sự tiến bộ"),
        "{text}"
    );
    assert!(text.contains("Công nhận tiến bộ: 7/11 (63,63%)"), "{text}");
    let text = resolution(&case, 8, &ctx)
        .unwrap_or_else(|e| panic!("{e}"))
        .document
        .plain_text();
    assert!(
        text.contains("Điều 2. Công nhận sự tiến bộ của đảng viên"),
        "{text}"
    );
}

#[test]
fn documents_refuse_what_they_are_not_for_with_a_code() {
    let case = case_of(&example_json());
    let ctx = Context::default();
    let code = |r: Result<Paper, screening_documents::DocumentError>| {
        r.map(|_| ()).map_err(|e| e.code()).err()
    };
    assert_eq!(
        code(vote_record(&case, Some(0), &ctx)),
        Some("not_a_ballot")
    );
    assert_eq!(
        code(vote_record(&case, Some(16), &ctx)),
        Some("no_such_event")
    );
    assert_eq!(
        code(list(std::slice::from_ref(&case), Some(11), &ctx)),
        Some("not_on_a_list")
    );
    assert_eq!(code(list(&[], None, &ctx)), Some("no_cases"));
    assert_eq!(
        code(list(&[case.clone(), case.clone()], Some(3), &ctx)),
        Some("event_with_several_cases")
    );
    assert_eq!(
        code(list(&[with_progress(), case.clone()], None, &ctx)),
        Some("not_on_a_list")
    );
    assert_eq!(
        code(list(&[with_progress(), without_committee()], None, &ctx)),
        Some("not_on_a_list")
    );
    assert_eq!(code(resolution(&case, 3, &ctx)), Some("not_a_resolution"));
    let mut other = example_json();
    other["branch"]["id"] = Value::from("CB-08");
    let first_three = |mut v: Value| {
        if let Some(e) = v["events"].as_array_mut() {
            e.truncate(4);
        }
        case_of(&v)
    };
    assert_eq!(
        code(list(
            &[first_three(example_json()), first_three(other)],
            None,
            &ctx
        )),
        Some("mixed_branches")
    );
    let mut continued = example_json();
    if let Some(e) = continued["events"].as_array_mut() {
        e.truncate(9);
    }
    assert_eq!(
        code(list(
            &[first_three(example_json()), case_of(&continued)],
            None,
            &ctx
        )),
        Some("mixed_lists")
    );
    let crowded = Context::from_json(
        r#"{"format": "screening-context/1", "meetings": [{"event": 11, "present": 12}]}"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        code(vote_record(&case, Some(11), &crowded)),
        Some("inconsistent_context")
    );
}

#[test]
fn every_error_has_a_vietnamese_and_an_english_message() {
    let case = case_of(&example_json());
    let e = vote_record(&case, Some(0), &Context::default())
        .err()
        .unwrap_or_else(|| panic!("refused"));
    assert!(
        e.message(screening_core::Lang::Vi)
            .contains("không phải một lần bỏ phiếu kín")
    );
    assert!(e.message(screening_core::Lang::En).contains("not a ballot"));
}

/// The second screening with the tellers' counts (E6), one member excluded (E5)
/// and the bodies named (`branch.names`).
fn with_tellers_excluded_and_names() -> Case {
    let mut v = example_json();
    v["branch"]["names"] = serde_json::json!({
        "branch": "Chi bộ Phòng Tổng hợp",
        "grassroots_committee": "Đảng ủy Sở Kế hoạch và Đầu tư"
    });
    v["events"][11]["electorate"]["excluded"] = Value::from(1);
    v["events"][11]["progress_ballots"] =
        serde_json::json!({"issued": 9, "returned": 9, "invalid": 1});
    v["events"][11]["removal_ballots"] =
        serde_json::json!({"issued": 10, "returned": 9, "invalid": 0});
    case_of(&v)
}

#[test]
fn e5_e6_no_is_valid_less_yes_never_the_absent_members() {
    let case = with_tellers_excluded_and_names();
    let paper = vote_record(&case, Some(11), &context()).unwrap_or_else(|e| panic!("{e}"));
    let text = paper.document.plain_text();
    for row in [
        // E = 12 − 1 + 0 − 1 = 10.
        "Đảng viên chính thức sinh hoạt tạm thời ở đảng bộ khác, bị đình chỉ sinh hoạt đảng, bị khởi tố, truy tố, tạm giam (không tính) | 1",
        "Số đảng viên chính thức làm căn cứ tính tỷ lệ | 10",
        // Progress: 9 issued, 9 returned, 1 invalid: 8 valid, 2 yes, so 6 no.
        "Số phiếu phát ra | 9",
        "Số phiếu hợp lệ | 8",
        "Số phiếu không hợp lệ | 1",
        "Số phiếu đồng ý (tỷ lệ so với số đảng viên làm căn cứ) | 2 (20%)",
        "Số phiếu không đồng ý (tỷ lệ so với số đảng viên làm căn cứ) | 6 (60%)",
        // Removal: 10 issued, 9 returned, none invalid: 9 valid, 9 yes, so 0 no.
        "Số phiếu đồng ý (tỷ lệ so với số đảng viên làm căn cứ) | 9 (90%)",
        "Số phiếu không đồng ý (tỷ lệ so với số đảng viên làm căn cứ) | 0 (0%)",
    ] {
        assert!(text.contains(row), "missing {row:?} in\n{text}");
    }
    // Not received: E − issued, on its own row (1, then 0), never among the "no".
    let not_received =
        "Số đảng viên làm căn cứ tính tỷ lệ không nhận phiếu (vắng mặt, không tham gia) | ";
    assert!(text.contains(&format!("{not_received}1\n")), "{text}");
    assert!(text.contains(&format!("{not_received}0\n")), "{text}");
    assert!(text.contains("CHI BỘ PHÒNG TỔNG HỢP"), "{text}");
    assert!(
        text.contains("báo cáo Đảng ủy Sở Kế hoạch và Đầu tư"),
        "{text}"
    );
    assert!(faults(&text).is_empty(), "{:?}", faults(&text));
}

#[test]
fn the_core_holds_no_markdown_docx_or_diagram_code() {
    let core = root().join("crates/screening-core");
    let manifest =
        std::fs::read_to_string(core.join("Cargo.toml")).unwrap_or_else(|e| panic!("{e}"));
    assert!(!manifest.contains("docx") && !manifest.contains("screening-documents"));
    let mut sources = Vec::new();
    let mut dirs = vec![core.join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{e}"))
            .flatten()
        {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|x| x == "rs") {
                sources.push(path);
            }
        }
    }
    assert!(!sources.is_empty());
    for path in sources {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
        for marker in [
            "BIÊN BẢN",
            "flowchart TD",
            "digraph",
            "docx",
            "ĐẢNG CỘNG SẢN VIỆT NAM",
        ] {
            assert!(
                !text.contains(marker),
                "{} holds {marker:?}",
                path.display()
            );
        }
    }
}
