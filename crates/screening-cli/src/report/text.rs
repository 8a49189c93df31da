//! The summary as text for a person, in Vietnamese or English.

use std::fmt::Write as _;

use screening_core::{Lang, Step};

use super::tally::Summary;

struct Words {
    title: &'static str,
    lines: &'static str,
    blank: &'static str,
    cases: &'static str,
    events: &'static str,
    open: &'static str,
    closed: &'static str,
    by_step: &'static str,
    step: &'static str,
    by_state: &'static str,
    due: &'static str,
    awaiting: &'static str,
    case_word: &'static str,
    ballots: &'static str,
    refused: &'static str,
    malformed: &'static str,
    line: &'static str,
    event: &'static str,
    more: &'static str,
    none: &'static str,
}

const fn words(lang: Lang) -> Words {
    match lang {
        Lang::Vi => Words {
            title: "Tổng hợp hồ sơ rà soát, sàng lọc đảng viên",
            lines: "Số dòng đã đọc",
            blank: "dòng trống",
            cases: "Số hồ sơ",
            events: "Số bước đã ghi nhận",
            open: "đang giải quyết",
            closed: "đã kết thúc",
            by_step: "Hồ sơ đang giải quyết theo bước",
            step: "Bước",
            by_state: "Hồ sơ theo trạng thái",
            due: "Đến hạn sàng lọc theo tháng (hồ sơ đang được theo dõi, giúp đỡ; sàng lọc từ ngày)",
            awaiting: "Hồ sơ đang chờ từng cơ quan",
            case_word: "hồ sơ",
            ballots: "Kết quả bỏ phiếu đã ghi nhận",
            refused: "Hồ sơ có bước bị từ chối",
            malformed: "Dòng không đọc được",
            line: "dòng",
            event: "bước",
            more: "và còn",
            none: "không có",
        },
        Lang::En => Words {
            title: "Summary of the screening cases",
            lines: "Lines read",
            blank: "blank",
            cases: "Cases",
            events: "Events recorded",
            open: "open",
            closed: "closed",
            by_step: "Open cases by step",
            step: "Step",
            by_state: "Cases by state",
            due: "Screenings due by month (cases under monitoring; screening from)",
            awaiting: "Cases awaiting each body",
            case_word: "cases",
            ballots: "Ballot decisions recorded",
            refused: "Cases with a refused event",
            malformed: "Unreadable lines",
            line: "line",
            event: "event",
            more: "and more:",
            none: "none",
        },
    }
}

/// The summary as text for a person, in `lang`.
pub fn render(s: &Summary, lang: Lang) -> String {
    let w = words(lang);
    let mut t = String::new();
    let closed = s.closed();
    let _ = writeln!(t, "{}", w.title);
    let _ = writeln!(t, "{}: {} ({}: {})", w.lines, s.lines, w.blank, s.blank);
    let _ = writeln!(
        t,
        "{}: {} ({}: {}, {}: {})",
        w.cases,
        s.cases,
        w.open,
        s.cases - closed,
        w.closed,
        closed
    );
    let _ = writeln!(t, "{}: {}", w.events, s.events);
    let _ = writeln!(t, "{}: {}", w.refused, s.refused);
    let _ = writeln!(t, "{}: {}", w.malformed, s.malformed);

    let _ = writeln!(t, "\n{}:", w.by_step);
    for step in Step::ALL {
        let _ = writeln!(
            t,
            "  {} {} — {}: {}",
            w.step,
            step.number(),
            step.label(lang),
            s.step(step)
        );
    }

    let _ = writeln!(t, "\n{}:", w.by_state);
    for (state, n) in s.states() {
        if n > 0 {
            let _ = writeln!(t, "  {:>9}  {} ({state})", n, state.label(lang));
        }
    }

    let _ = writeln!(t, "\n{}:", w.due);
    if s.due.is_empty() {
        let _ = writeln!(t, "  ({})", w.none);
    }
    for ((y, m), n) in &s.due {
        let _ = writeln!(t, "  {y:04}-{m:02}: {n}");
    }

    let _ = writeln!(t, "\n{}:", w.awaiting);
    if s.awaiting.is_empty() {
        let _ = writeln!(t, "  ({})", w.none);
    }
    for (body, wait) in &s.awaiting {
        let _ = writeln!(
            t,
            "  {} ({body}): {} {}",
            body.label(lang),
            wait.cases,
            w.case_word
        );
        for (event, n) in &wait.events {
            let _ = writeln!(t, "    - {} ({event}): {n}", event.label(lang));
        }
    }

    let _ = writeln!(t, "\n{}:", w.ballots);
    for ((ballot, outcome), n) in &s.ballots {
        let _ = writeln!(
            t,
            "  {} — {} ({outcome}): {n}",
            ballot.label(lang),
            outcome.label(lang)
        );
    }

    let _ = writeln!(t, "\n{}: {}", w.refused, s.refused);
    for (code, n) in &s.refused_by_code {
        let _ = writeln!(t, "  [{code}] {}: {n}", code.label(lang));
    }
    for r in &s.refused_list {
        let _ = writeln!(
            t,
            "  {} {}: {} ({}), {} {} ({}) [{}]: {}",
            w.line,
            r.line,
            r.member,
            r.branch,
            w.event,
            r.index,
            r.event,
            r.code,
            r.message.get(lang)
        );
    }
    let rest = s.refused - s.refused_list.len() as u64;
    if rest > 0 {
        let _ = writeln!(t, "  … {} {rest}", w.more);
    }

    let _ = writeln!(t, "\n{}: {}", w.malformed, s.malformed);
    for (code, n) in &s.malformed_by_code {
        let _ = writeln!(t, "  [{code}] {}: {n}", code.label(lang));
    }
    for m in &s.malformed_list {
        let _ = writeln!(
            t,
            "  {} {} [{}]: {}",
            w.line,
            m.line,
            m.code,
            m.message.get(lang)
        );
    }
    let rest = s.malformed - s.malformed_list.len() as u64;
    if rest > 0 {
        let _ = writeln!(t, "  … {} {rest}", w.more);
    }
    t
}
