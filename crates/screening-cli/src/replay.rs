//! `screening replay FILE`: where a case stands, explained.

use std::fmt::Write as _;
use std::path::Path;

use screening_core::{Body, Case, ErrorReport, Lang, ReplayError, Report};

use crate::output;
use crate::{REFUSED, UNREADABLE};

pub fn run(path: &Path, json: bool, lang: Lang) -> u8 {
    let text = match output::read(path) {
        Ok(text) => text,
        Err(e) => return e.report(lang),
    };
    match Case::from_json(&text) {
        Ok(case) => {
            let report = case.report();
            if json {
                output::json(&report);
            } else {
                print!("{}", render(&report, lang));
            }
            0
        }
        Err(e) => {
            let exit = match e {
                ReplayError::Format(_) => UNREADABLE,
                ReplayError::Refused(_) => REFUSED,
            };
            if json {
                output::json(&ErrorReport::from(&e));
            } else if let ReplayError::Refused(r) = &e {
                print!("{}", render(&r.case.report(), lang));
                println!();
            }
            output::error(e.code(), &e.message(lang), lang);
            exit
        }
    }
}

struct Words {
    member: &'static str,
    branch: &'static str,
    committee: &'static str,
    no_committee: &'static str,
    state: &'static str,
    step: &'static str,
    cycle: &'static str,
    screening_from: &'static str,
    mentor: &'static str,
    history: &'static str,
    next: &'static str,
    none: &'static str,
    by: &'static str,
    from: &'static str,
    or: &'static str,
}

const fn words(lang: Lang) -> Words {
    match lang {
        Lang::Vi => Words {
            member: "Đảng viên",
            branch: "Chi bộ",
            committee: "có chi ủy",
            no_committee: "không có chi ủy",
            state: "Trạng thái",
            step: "Bước",
            cycle: "Chu kỳ theo dõi",
            screening_from: "Sàng lọc từ ngày",
            mentor: "Người theo dõi, giúp đỡ",
            history: "Diễn biến",
            next: "Bước tiếp theo",
            none: "(không có: hồ sơ đã kết thúc)",
            by: "do",
            from: "từ ngày",
            or: "hoặc",
        },
        Lang::En => Words {
            member: "Member",
            branch: "Branch",
            committee: "with a committee",
            no_committee: "without a committee",
            state: "State",
            step: "Step",
            cycle: "Monitoring cycle",
            screening_from: "Screening from",
            mentor: "Mentor",
            history: "History",
            next: "Next",
            none: "(none: the case is closed)",
            by: "by",
            from: "from",
            or: "or",
        },
    }
}

fn bodies(by: &[Body], lang: Lang) -> String {
    by.iter()
        .map(|b| b.label(lang))
        .collect::<Vec<_>>()
        .join(&format!(" {} ", words(lang).or))
}

/// The report as text for a person.
pub fn render(r: &Report, lang: Lang) -> String {
    let w = words(lang);
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{}: {} ({})",
        w.member,
        r.member.id,
        r.member.status.label(lang)
    );
    let committee = if r.branch.has_committee {
        w.committee
    } else {
        w.no_committee
    };
    let _ = writeln!(
        s,
        "{}: {} ({}, {committee})",
        w.branch,
        r.branch.id,
        r.branch.kind.label(lang)
    );
    let _ = writeln!(s, "{}: {} ({})", w.state, r.state.label(lang), r.state);
    if let Some(step) = r.step {
        let _ = writeln!(s, "{}: {} — {}", w.step, step.number(), step.label(lang));
    }
    let _ = writeln!(s, "{}: {}", w.cycle, r.cycle);
    if let Some(from) = r.screening_from {
        let _ = writeln!(s, "{}: {from}", w.screening_from);
    }
    if let Some(m) = &r.mentor {
        let _ = writeln!(s, "{}: {} ({})", w.mentor, m.id, m.role.label(lang));
    }
    if !r.history.is_empty() {
        let _ = writeln!(s, "\n{}:", w.history);
        for e in &r.history {
            let _ = writeln!(s, "  {:>2}. {}", e.index, e.explanation.get(lang));
            if let Some(note) = &e.note {
                let _ = writeln!(s, "      « {note} »");
            }
        }
    }
    let _ = writeln!(s, "\n{}:", w.next);
    if r.next.is_empty() {
        let _ = writeln!(s, "  {}", w.none);
    }
    for n in &r.next {
        let _ = write!(
            s,
            "  - {} ({}) — {} {}",
            n.event.label(lang),
            n.event,
            w.by,
            bodies(n.by, lang)
        );
        if let Some(from) = n.from {
            let _ = write!(s, "; {} {from}", w.from);
        }
        let _ = writeln!(s);
    }
    s
}
