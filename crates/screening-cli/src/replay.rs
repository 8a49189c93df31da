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
    event: &'static str,
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
            no_committee: "",
            state: "Trạng thái hồ sơ",
            step: "Bước",
            cycle: "Lần theo dõi, giúp đỡ thứ",
            screening_from: "Chi bộ họp sàng lọc từ ngày",
            mentor: "Người theo dõi, giúp đỡ: đồng chí",
            history: "Diễn biến hồ sơ",
            event: "Sự kiện số",
            next: "Có thể ghi nhận tiếp theo",
            none: "(không còn sự kiện nào: hồ sơ đã kết thúc)",
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
            cycle: "Monitoring round",
            screening_from: "Screening from",
            mentor: "Mentor:",
            history: "History",
            event: "Event",
            next: "Next",
            none: "(none: the case is closed)",
            by: "by",
            from: "from",
            or: "or",
        },
    }
}

/// The report as text for a person, in `lang`: Vietnamese prose with Vietnamese
/// dates and no codes; English with the codes in parentheses.
pub fn render(r: &Report, lang: Lang) -> String {
    let w = words(lang);
    let en = lang == Lang::En;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{}: {} ({})",
        w.member,
        r.member.id,
        r.member.status.label(lang).to_lowercase()
    );
    // A branch without a committee is not described by what it lacks: no line
    // names a chi ủy there; its secretary shows as the body that acts.
    let kind = match (r.branch.has_committee, lang) {
        (true, _) => format!(
            "{}, {}",
            r.branch.kind.label(lang).to_lowercase(),
            w.committee
        ),
        (false, Lang::Vi) => r.branch.kind.label(lang).to_lowercase(),
        (false, Lang::En) => format!(
            "{}, {}",
            r.branch.kind.label(lang).to_lowercase(),
            w.no_committee
        ),
    };
    match r.branch.names.get(Body::Branch) {
        Some(name) => {
            let _ = writeln!(
                s,
                "{}: {} ({}; {kind})",
                w.branch,
                name.as_str(),
                r.branch.id
            );
        }
        None => {
            let _ = writeln!(s, "{}: {} ({kind})", w.branch, r.branch.id);
        }
    }
    let state = r.state.describe(&r.branch, lang);
    if en {
        let _ = writeln!(s, "{}: {state} ({})", w.state, r.state);
    } else {
        let _ = writeln!(s, "{}: {state}", w.state);
    }
    if let Some(step) = r.step {
        let _ = writeln!(s, "{} {}: {}", w.step, step.number(), step.label(lang));
    }
    if r.cycle > 0 {
        let _ = writeln!(s, "{} {}", w.cycle, r.cycle);
    }
    if let Some(from) = r.screening_from {
        let _ = writeln!(s, "{} {}", w.screening_from, from.in_lang(lang));
    }
    if let Some(m) = &r.mentor {
        let _ = writeln!(
            s,
            "{} {} ({})",
            w.mentor,
            m.id,
            m.role.label(lang).to_lowercase()
        );
    }
    if !r.history.is_empty() {
        let _ = writeln!(s, "\n{}:", w.history);
        for e in &r.history {
            let _ = writeln!(
                s,
                "  {} {}. {}",
                w.event,
                e.record.index + 1,
                e.explain(lang)
            );
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
        let bodies =
            n.by.iter()
                .map(|b| r.branch.name_of(*b, lang))
                .collect::<Vec<_>>()
                .join(&format!(" {} ", w.or));
        let _ = write!(s, "  - {}", n.event.label(lang));
        if en {
            let _ = write!(s, " ({})", n.event);
        }
        let _ = write!(s, " — {} {bodies}", w.by);
        if let Some(from) = n.from {
            let _ = write!(s, "; {} {}", w.from, from.in_lang(lang));
        }
        let _ = writeln!(s);
    }
    s
}
