//! A case through all four steps, built event by event with `Case::apply`.
//!
//! The same case as `examples/case-DV-0042.json` at the project root: a member of a
//! branch under a grassroots committee is listed (Step 1), assigned a mentor
//! (Step 2), screened twice (Step 3: continued education, then a removal
//! proposal), verified and struck off (Step 4). Each event prints what it decided,
//! with its rule IDs; the end prints the report.
//!
//! ```sh
//! cargo run -p screening-core --example walkthrough          # Vietnamese
//! cargo run -p screening-core --example walkthrough -- en    # English
//! ```

use std::error::Error;

use screening_core::{
    Action, Body, Branch, BranchKind, Case, Counts, Criterion, Date, Event, Id, Lang, Member,
    MemberStatus, Mentor, MentorRole, RemovalOutcome,
};

/// The events of the case, in order, with their notes.
fn events() -> Result<Vec<Event>, Box<dyn Error>> {
    let d = |s: &str| s.parse::<Date>();
    let mentor = |id: &str, role| -> Result<Mentor, Box<dyn Error>> {
        Ok(Mentor {
            id: Id::new(id)?,
            role,
        })
    };
    use Body::{
        BlocInspectionCommittee as Ubkt, BlocStandingCommittee as Btv, Branch as ChiBo,
        BranchCommittee as ChiUy, GrassrootsCommittee as Ducs, Member as DangVien,
    };
    Ok(vec![
        // Step 1 (S1.1–S1.4).
        Event::new(
            d("2023-01-10")?,
            ChiUy,
            Action::Flagged {
                criteria: vec![
                    Criterion::TwoYearsNotCompleted,
                    Criterion::ExampleOrProhibition,
                ],
            },
        )
        .with_note("Xếp loại không hoàn thành nhiệm vụ năm 2021 và 2022; cơ quan và công đoàn góp ý ngày 06/01/2023"),
        Event::new(d("2023-01-13")?, ChiUy, Action::DirectionRequested),
        Event::new(d("2023-01-20")?, Ducs, Action::DirectionGiven { proceed: true })
            .with_note("Công văn của Đảng ủy cơ sở đồng ý với dự kiến danh sách"),
        Event::new(
            d("2023-02-03")?,
            ChiBo,
            Action::ListingVoted { ballots: None,
                // 12 official, 2 exempted of whom 1 attends and votes: E = 11 (E1, E2).
                electorate: Counts::new(12, 2).attending(1),
                yes: 9,
            },
        )
        .with_note("Họp chi bộ định kỳ tháng 2; 11 phiếu hợp lệ"),
        Event::new(d("2023-02-10")?, Ducs, Action::ListingReviewed { approved: true }),
        // Step 2 (S2.1–S2.3).
        Event::new(d("2023-02-14")?, ChiUy, Action::MemberNotified),
        Event::new(d("2023-02-24")?, DangVien, Action::SelfCriticismSubmitted)
            .with_note("Cam kết hoàn thành nhiệm vụ chuyên môn năm 2023"),
        Event::new(
            d("2023-03-03")?,
            ChiBo,
            Action::MentorAssigned {
                mentor: mentor("DV-0007", MentorRole::CommitteeMember)?,
            },
        ),
        // Step 3, first cycle: neither ballot passes (S3.4, I1).
        Event::new(
            d("2024-03-12")?,
            ChiBo,
            Action::ScreeningVoted { progress_ballots: None, removal_ballots: None,
                electorate: Counts::new(12, 1),
                progress_yes: 4,
                removal_yes: 5,
            },
        ),
        Event::new(d("2024-03-22")?, Ducs, Action::DecisionReviewed { approved: true }),
        Event::new(
            d("2024-09-02")?,
            ChiBo,
            Action::MentorReassigned {
                mentor: mentor("DV-0015", MentorRole::Member)?,
            },
        )
        .with_note("Đồng chí DV-0007 chuyển công tác"),
        // Step 3, second cycle: removal proposed (S3.3), forwarded (A2).
        Event::new(
            d("2025-03-18")?,
            ChiBo,
            Action::ScreeningVoted { progress_ballots: None, removal_ballots: None,
                electorate: Counts::new(12, 1),
                progress_yes: 2,
                removal_yes: 9,
            },
        ),
        Event::new(d("2025-03-28")?, Ducs, Action::RemovalResolved { forward: true }),
        // Step 4 (S4.1, S4.2, I6).
        Event::new(d("2025-04-07")?, Btv, Action::VerificationOrdered),
        Event::new(
            d("2025-05-12")?,
            Ubkt,
            Action::VerificationConcluded {
                violations_confirmed: true,
            },
        ),
        Event::new(
            d("2025-05-26")?,
            Btv,
            Action::RemovalDecided {
                outcome: RemovalOutcome::StruckOff,
            },
        ),
    ])
}

/// Builds the case event by event, printing what each event decided.
fn walk(lang: Lang) -> Result<Case, Box<dyn Error>> {
    let member = Member {
        id: Id::new("DV-0042")?,
        status: MemberStatus::Official,
    };
    let branch = Branch::new(
        Id::new("CB-07")?,
        BranchKind::UnderGrassrootsCommittee,
        true,
    );
    let mut case = Case::new(member, branch.clone());
    for event in events()? {
        let record = case.apply(event.clone())?;
        let n = record.index + 1;
        println!("{n:>2}. {}", record.explain(&event.action, &branch, lang));
    }
    Ok(case)
}

fn main() -> Result<(), Box<dyn Error>> {
    let lang = match std::env::args().nth(1).as_deref() {
        Some("en") => Lang::En,
        _ => Lang::Vi,
    };
    let case = walk(lang)?;
    let report = case.report();
    println!();
    println!(
        "{}: {} ({}), cycle {}, {} events",
        report.member.id,
        report.state.label(lang),
        report.state,
        report.cycle,
        report.version
    );
    println!("{}", report.to_json_pretty());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use screening_core::{CaseFile, StateName};

    #[test]
    fn the_walkthrough_builds_the_example_case() -> Result<(), Box<dyn Error>> {
        main()?;
        let case = walk(Lang::En)?;
        assert_eq!(case.state().name(), StateName::StruckOff);
        assert_eq!(case.state().cycle(), 2);
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../examples/case-DV-0042.json"
        );
        let file = CaseFile::from_json(&std::fs::read_to_string(path)?)?;
        assert_eq!(
            case.to_file(),
            file,
            "the walkthrough is examples/case-DV-0042.json"
        );
        Ok(())
    }
}
