//! `screening replay`: the branch's own names for its bodies everywhere, in both
//! languages, and no chi ủy named where the branch has none.

use std::path::PathBuf;
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn replay(file: &str, lang: &str) -> Output {
    let dir = std::env::temp_dir().join(format!("screening-replay-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let path = dir.join(format!("{lang}-{}.json", file.len()));
    std::fs::write(&path, file).unwrap_or_else(|e| panic!("{e}"));
    Command::new(env!("CARGO_BIN_EXE_screening"))
        .args(["replay", path.to_str().unwrap_or_default(), "--lang", lang])
        .output()
        .unwrap_or_else(|e| panic!("cannot run screening: {e}"))
}

fn example() -> serde_json::Value {
    let text = std::fs::read_to_string(root().join("examples/case-DV-0042.json"))
        .unwrap_or_else(|e| panic!("{e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"))
}

const NAMES: [(&str, &str); 4] = [
    ("branch", "Chi bộ Phòng Kế hoạch"),
    ("grassroots_committee", "Đảng ủy Sở Xây dựng"),
    (
        "bloc_standing_committee",
        "Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh",
    ),
    (
        "bloc_inspection_committee",
        "Ủy ban Kiểm tra Đảng ủy các cơ quan Đảng tỉnh",
    ),
];

#[test]
fn names_a_branch_gives_its_bodies_are_used_everywhere_in_both_languages() {
    let mut case = example();
    case["branch"]["names"] = NAMES
        .iter()
        .map(|(k, v)| ((*k).to_owned(), serde_json::Value::from(*v)))
        .collect::<serde_json::Map<_, _>>()
        .into();
    for lang in ["vi", "en"] {
        let o = replay(&case.to_string(), lang);
        let out = String::from_utf8_lossy(&o.stdout);
        assert_eq!(o.status.code(), Some(0), "{out}");
        for (_, name) in NAMES {
            assert!(out.contains(name), "{lang}: {name} missing from\n{out}");
        }
        // The notes are the branch's own words, kept as written.
        let ours: String = out
            .lines()
            .filter(|l| !l.contains('«'))
            .collect::<Vec<_>>()
            .join("\n");
        for circular in [
            "Đảng ủy cơ sở",
            "Ban Thường vụ Đảng ủy Khối",
            "Ủy ban Kiểm tra Đảng ủy Khối",
            "Grassroots party committee",
            "Bloc Party Committee",
        ] {
            assert!(
                !ours.contains(circular),
                "{lang}: the circular's “{circular}” in\n{out}"
            );
        }
    }
}

#[test]
fn a_branch_without_a_chi_uy_names_none() {
    // The example case, in a branch without a committee: its secretary acts.
    let text = example()
        .to_string()
        .replace("\"has_committee\":true", "\"has_committee\":false")
        .replace("branch_committee", "branch_secretary")
        .replace("committee_member", "member");
    let o = replay(&text, "vi");
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{out}{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(out.contains("Bí thư chi bộ"), "{out}");
    for line in out.lines() {
        assert!(
            !line.to_lowercase().contains("chi ủy"),
            "a chi ủy named: {line}"
        );
    }
}

#[test]
fn a_refused_event_is_numbered_as_an_event_with_its_vietnamese_date() {
    let mut case = example();
    case["events"][1]["date"] = "2023-01-09".into(); // before the flagging of 10/01/2023
    let o = replay(&case.to_string(), "vi");
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err.contains("Sự kiện số 2 (ghi nhận ngày 09/01/2023) không được ghi nhận"),
        "{err}"
    );
    assert!(!err.contains("Bước 2"), "{err}");
}
