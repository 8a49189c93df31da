//! The vocabularies, from the core (never re-typed in JavaScript).

use screening_core::ballot::{BallotKind, Outcome, Question};
use screening_core::{
    Bilingual, Body, BranchKind, CloseReason, Criterion, ErrorCode, EventType, Lang, MemberStatus,
    MentorRole, RemovalOutcome, RuleId, StateName, Step, Threshold,
};
use serde::Serialize;
use wasm_bindgen::prelude::wasm_bindgen;

/// Entries serialized as a JSON object in the order given (the vocabulary's
/// order, that of the specification), not sorted.
struct Ordered<V>(Vec<(String, V)>);

impl<V: Serialize> Serialize for Ordered<V> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

/// The labels of every code of the vocabulary, `{"vi", "en"}` each.
#[derive(Serialize)]
struct Labels {
    states: Ordered<Bilingual>,
    steps: Ordered<Bilingual>,
    events: Ordered<Bilingual>,
    bodies: Ordered<Bilingual>,
    branch_kinds: Ordered<Bilingual>,
    member_statuses: Ordered<Bilingual>,
    criteria: Ordered<Bilingual>,
    mentor_roles: Ordered<Bilingual>,
    removal_outcomes: Ordered<Bilingual>,
    close_reasons: Ordered<Bilingual>,
    outcomes: Ordered<Bilingual>,
    ballots: Ordered<Bilingual>,
    questions: Ordered<Bilingual>,
    thresholds: Ordered<Bilingual>,
    rules: Ordered<Bilingual>,
    errors: Ordered<Bilingual>,
}

/// The two thresholds in the order of `decide::threshold_index`.
const THRESHOLDS: [Threshold; 2] = [Threshold::TwoThirds, Threshold::Half];

fn table<T: Copy>(
    all: &[T],
    code: impl Fn(T) -> String,
    label: impl Fn(T, Lang) -> &'static str,
) -> Ordered<Bilingual> {
    Ordered(
        all.iter()
            .map(|&v| (code(v), Bilingual::with(|lang| label(v, lang).to_owned())))
            .collect(),
    )
}

macro_rules! vocab {
    ($t:ty) => {
        table(<$t>::ALL, |v| v.code().to_owned(), <$t>::label)
    };
}

/// Every label, by vocabulary and code, in the specification's order (JSON).
#[wasm_bindgen]
pub fn labels() -> String {
    let labels = Labels {
        states: vocab!(StateName),
        steps: table(&Step::ALL, |s| s.number().to_string(), Step::label),
        events: vocab!(EventType),
        bodies: vocab!(Body),
        branch_kinds: vocab!(BranchKind),
        member_statuses: vocab!(MemberStatus),
        criteria: vocab!(Criterion),
        mentor_roles: vocab!(MentorRole),
        removal_outcomes: vocab!(RemovalOutcome),
        close_reasons: vocab!(CloseReason),
        outcomes: vocab!(Outcome),
        ballots: vocab!(BallotKind),
        questions: vocab!(Question),
        thresholds: table(
            &THRESHOLDS,
            |t| t.rule().code().to_owned(),
            Threshold::label,
        ),
        rules: vocab!(RuleId),
        errors: vocab!(ErrorCode),
    };
    serde_json::to_string(&labels).unwrap_or_default()
}

/// The codes the numeric answers of `decide` and `lean` index into (JSON).
#[derive(Serialize)]
struct Codes {
    states: Vec<&'static str>,
    events: Vec<&'static str>,
    bodies: Vec<&'static str>,
    outcomes: Vec<&'static str>,
    ballots: Vec<&'static str>,
    questions: Vec<&'static str>,
    thresholds: Vec<&'static str>,
    rules: Vec<&'static str>,
}

/// The codes of the vocabularies a ballot decision uses, in `ALL` order (JSON).
#[wasm_bindgen]
pub fn codes() -> String {
    let codes = Codes {
        states: StateName::ALL.iter().map(|v| v.code()).collect(),
        events: EventType::ALL.iter().map(|v| v.code()).collect(),
        bodies: Body::ALL.iter().map(|v| v.code()).collect(),
        outcomes: Outcome::ALL.iter().map(|v| v.code()).collect(),
        ballots: BallotKind::ALL.iter().map(|v| v.code()).collect(),
        questions: Question::ALL.iter().map(|v| v.code()).collect(),
        thresholds: THRESHOLDS.iter().map(|t| t.rule().code()).collect(),
        rules: RuleId::ALL.iter().map(|v| v.code()).collect(),
    };
    serde_json::to_string(&codes).unwrap_or_default()
}

/// The payload fields of each event type (besides `type`, `date`, `by`,
/// `note`), in the order of the event types (JSON).
#[wasm_bindgen]
pub fn payload_fields() -> String {
    let fields = Ordered(
        EventType::ALL
            .iter()
            .map(|t| (t.code().to_owned(), t.payload_fields().collect::<Vec<_>>()))
            .collect(),
    );
    serde_json::to_string(&fields).unwrap_or_default()
}

/// The event types someone is awaited to record when they are allowed (JSON list):
/// all but `case_closed` and `mentor_reassigned` ([`EventType::is_awaited`]).
#[wasm_bindgen]
pub fn awaited_events() -> String {
    let codes: Vec<&str> = EventType::ALL
        .iter()
        .filter(|t| t.is_awaited())
        .map(|t| t.code())
        .collect();
    serde_json::to_string(&codes).unwrap_or_default()
}

/// A `YYYY-MM-DD` date as prose writes it in `lang` ("04/3/2024", "4 March 2024"),
/// or an empty string for a text that is not such a date.
#[wasm_bindgen]
pub fn prose_date(date: &str, lang: &str) -> String {
    let lang = screening_core::Lang::from_code(lang).unwrap_or_default();
    date.parse::<screening_core::Date>()
        .map(|d| d.in_lang(lang))
        .unwrap_or_default()
}
