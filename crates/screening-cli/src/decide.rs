//! `screening decide listing|screening`: one ballot, explained.

use std::fmt::Write as _;

use clap::{Args, Subcommand};
use screening_core::{BallotDecision, Counts, Lang, decide_listing, decide_screening};

use crate::{REFUSED, output};

#[derive(Debug, Subcommand)]
pub enum Ballot {
    /// The listing ballot of Step 1 (S1.3, T1).
    Listing {
        #[command(flatten)]
        electorate: ElectorateArgs,
        /// Yes votes.
        #[arg(long, value_name = "N")]
        yes: u32,
        /// Print the decision as JSON.
        #[arg(long)]
        json: bool,
    },
    /// The two screening ballots of Step 3 (S3.2–S3.4, T1, T2, I1, I2).
    Screening {
        #[command(flatten)]
        electorate: ElectorateArgs,
        /// Yes votes on recognising progress.
        #[arg(long, value_name = "N")]
        progress_yes: u32,
        /// Yes votes on proposing removal.
        #[arg(long, value_name = "N")]
        removal_yes: u32,
        /// Print the decision as JSON.
        #[arg(long)]
        json: bool,
    },
}

/// The electorate (E1–E5).
#[derive(Debug, Args)]
pub struct ElectorateArgs {
    /// Official members of the branch, the exempted among them.
    #[arg(long, value_name = "N")]
    official: u32,
    /// Official members exempted from party work and activities.
    #[arg(long, value_name = "N")]
    exempt: u32,
    /// Exempted members who attend and vote (E2).
    #[arg(long, value_name = "N", default_value_t = 0)]
    exempt_attending: u32,
    /// Official members suspended, prosecuted, indicted, in custody or attached to
    /// another party organization for temporary activity: out of the base (E5).
    #[arg(long, value_name = "N", default_value_t = 0)]
    excluded: u32,
}

impl ElectorateArgs {
    fn counts(&self) -> Counts {
        Counts::new(self.official, self.exempt)
            .attending(self.exempt_attending)
            .excluding(self.excluded)
    }
}

pub fn run(ballot: Ballot, lang: Lang) -> u8 {
    let (decision, json) = match ballot {
        Ballot::Listing {
            electorate,
            yes,
            json,
        } => (decide_listing(electorate.counts(), yes), json),
        Ballot::Screening {
            electorate,
            progress_yes,
            removal_yes,
            json,
        } => (
            decide_screening(electorate.counts(), progress_yes, removal_yes),
            json,
        ),
    };
    match decision {
        Ok(d) if json => {
            output::json(&d);
            0
        }
        Ok(d) => {
            print!("{}", render(&d, lang));
            0
        }
        Err(e) => {
            if json {
                output::json(&serde_json::json!({
                    "error": e.code(),
                    "message": e.messages(),
                }));
            }
            output::error(e.code(), &e.message(lang), lang);
            REFUSED
        }
    }
}

/// A decision as text for a person.
pub fn render(d: &BallotDecision, lang: Lang) -> String {
    let c = d.electorate.counts();
    let mut s = String::new();
    let (outcome, electorate, rules, vote_word, needed, met, not_met) = match lang {
        Lang::Vi => (
            "Kết quả",
            "Số đảng viên làm căn cứ tính tỷ lệ",
            "Quy định áp dụng",
            "đồng ý",
            "cần",
            "đạt",
            "không đạt",
        ),
        Lang::En => (
            "Outcome",
            "Electorate",
            "Rules applied",
            "yes",
            "needs",
            "met",
            "not met",
        ),
    };
    let _ = writeln!(s, "{}", d.ballot.label(lang));
    match lang {
        Lang::Vi => writeln!(s, "  {outcome}: {}", d.outcome.label(lang)),
        Lang::En => writeln!(s, "  {outcome}: {} ({})", d.outcome.label(lang), d.outcome),
    }
    .unwrap_or(());
    let _ = writeln!(
        s,
        "  {electorate}: {} = {} − {} + {} − {} (E1, E2, E5)",
        d.electorate.size(),
        c.official,
        c.exempt,
        c.exempt_attending,
        c.excluded
    );
    for v in &d.votes {
        let _ = writeln!(
            s,
            "  {}: {} {vote_word}; {needed} {} ({}, {}) — {}",
            capitalized(v.question.label(lang)),
            v.yes,
            v.required,
            v.threshold.rule(),
            v.threshold.label(lang),
            if v.met { met } else { not_met }
        );
    }
    let codes: Vec<&str> = d.rules.iter().map(|r| r.code()).collect();
    let _ = writeln!(s, "  {rules}: {}", codes.join(", "));
    let _ = writeln!(s, "\n{}", d.explain(lang));
    s
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
