//! `screening generate` and `screening report` end to end: the totals of
//! the report add up, and one thread and four give byte-identical output.

use std::path::PathBuf;
use std::process::{Command, Output};

fn screening(args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_screening"))
        .args(args)
        .output()
        .expect("run screening");
    assert!(
        out.status.success(),
        "screening {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("screening-report-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn n(v: &serde_json::Value) -> u64 {
    v.as_u64().expect("a count")
}

#[test]
fn the_report_of_generated_cases_adds_up_and_does_not_depend_on_threads() {
    let file = temp("cases.jsonl");
    let path = file.to_str().unwrap();
    screening(&["generate", "--cases", "2000", "--seed", "7", "--out", path]);
    // Same seed, same bytes, whatever the threads; the file is JSON Lines.
    let again = screening(&[
        "generate",
        "--cases",
        "2000",
        "--seed",
        "7",
        "--threads",
        "3",
    ]);
    let written = std::fs::read(&file).unwrap();
    assert_eq!(written, again.stdout);
    assert_eq!(written.iter().filter(|b| **b == b'\n').count(), 2000);

    // Add a blank line and two unreadable ones, to be reported with their numbers.
    let mut text = String::from_utf8(written).unwrap();
    text.push('\n');
    text.push_str("{\"format\": \"screening-case/2\"}\n");
    text.push_str("not json\n");
    std::fs::write(&file, &text).unwrap();

    let one = screening(&["report", path, "--json", "--threads", "1"]);
    let four = screening(&["report", path, "--json", "--threads", "4"]);
    assert_eq!(one.stdout, four.stdout, "1 thread and 4 differ");
    let text_one = screening(&["--lang", "en", "report", path, "--threads", "1"]);
    let text_four = screening(&["--lang", "en", "report", path, "--threads", "4"]);
    assert_eq!(text_one.stdout, text_four.stdout);
    let vi = screening(&["report", path]);
    assert_ne!(vi.stdout, text_one.stdout);
    assert!(String::from_utf8(vi.stdout).unwrap().contains("Tổng hợp"));

    let r: serde_json::Value = serde_json::from_slice(&one.stdout).unwrap();
    assert_eq!(n(&r["lines"]), 2003);
    assert_eq!(n(&r["blank_lines"]), 1);
    assert_eq!(n(&r["cases"]), 2000);
    assert_eq!(n(&r["cases"]) + n(&r["malformed"]["count"]) + 1, 2003);
    let states: u64 = r["states"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| n(&s["cases"]))
        .sum();
    assert_eq!(states, 2000);
    let steps: u64 = r["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| n(&s["cases"]))
        .sum();
    let new: u64 = r["states"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["state"] == "new")
        .map(|s| n(&s["cases"]))
        .sum();
    assert_eq!(steps + new, n(&r["open"]));
    assert_eq!(n(&r["open"]) + n(&r["closed"]), 2000);
    let monitoring = r["states"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["state"] == "under_monitoring")
        .map(|s| n(&s["cases"]))
        .unwrap();
    let due: u64 = r["screenings_due"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| n(&m["cases"]))
        .sum();
    assert_eq!(due, monitoring);
    assert!(monitoring > 0);

    // About 2% of the cases end with a refused event, each listed with its line.
    let refused = &r["refused"];
    let count = n(&refused["count"]);
    assert!((10..=100).contains(&count), "{count}");
    let by_code: u64 = refused["by_code"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| n(&c["count"]))
        .sum();
    assert_eq!(by_code, count);
    assert_eq!(n(&refused["shown"]) + n(&refused["not_shown"]), count);
    let lines = &std::fs::read_to_string(&file).unwrap();
    let lines: Vec<&str> = lines.lines().collect();
    for item in refused["list"].as_array().unwrap() {
        let line = lines[usize::try_from(n(&item["line"])).unwrap() - 1];
        let member = item["member"].as_str().unwrap();
        assert!(line.contains(&format!("\"id\":\"{member}\"")));
        assert!(!item["message"].as_str().unwrap().is_empty());
    }

    let malformed = &r["malformed"];
    assert_eq!(n(&malformed["count"]), 2);
    let list = malformed["list"].as_array().unwrap();
    assert_eq!(
        (n(&list[0]["line"]), list[0]["code"].as_str()),
        (2002, Some("unsupported_format"))
    );
    assert_eq!(
        (n(&list[1]["line"]), list[1]["code"].as_str()),
        (2003, Some("malformed"))
    );

    // The same from standard input.
    let stdin = Command::new(env!("CARGO_BIN_EXE_screening"))
        .args(["report", "-", "--json", "--threads", "2"])
        .stdin(std::fs::File::open(&file).unwrap())
        .output()
        .unwrap();
    assert_eq!(stdin.stdout, one.stdout);
    let _ = std::fs::remove_dir_all(file.parent().unwrap());
}

#[test]
fn an_unreadable_file_exits_2() {
    let out = Command::new(env!("CARGO_BIN_EXE_screening"))
        .args(["report", "/nonexistent/cases.jsonl"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("[io]"));
}
