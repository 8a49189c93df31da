//! An event object of the case file: `{"type", "date", "by", ...payload, "note"?}`.
//!
//! The payload fields of every event type are written once, in [`payloads!`]'s
//! table below: each field's name, whether it is required, and how its value is
//! read. The table gives the fields each type accepts
//! ([`EventType::payload_fields`]), the reader and the writer, so that adding a
//! payload field is one line here (and the field of its [`Action`] variant).

use serde::ser::SerializeMap;

use super::malformed::{FormatError, Problem};
use super::read::{
    Fields, Place, Read, boolean, code, count, date, malformed, object, optional, read_counts,
    read_criteria, read_mentor, read_tellers, required, string,
};
use crate::authority::Body;
use crate::event::{Action, CloseReason, Event, EventType, RemovalOutcome};
use crate::json::Value;

/// The fields every event object has besides its payload.
const COMMON: [&str; 4] = ["type", "date", "by", "note"];

/// Writes one payload field: a required one always, an optional one when present.
macro_rules! write_field {
    (required, $m:expr, $name:expr, $value:expr) => {
        $m.serialize_entry($name, $value)?
    };
    (optional, $m:expr, $name:expr, $value:expr) => {
        if let Some(v) = $value {
            $m.serialize_entry($name, v)?
        }
    };
}

/// The table of payloads: for each event type, its fields in the order of
/// CASE-FORMAT.md, each `name: required|optional reader`.
macro_rules! payloads {
    ($($variant:ident { $($field:ident : $how:ident $reader:expr),* $(,)? }),* $(,)?) => {
        /// The payload fields of each event type (CASE-FORMAT.md, "Events"), the
        /// optional ones included.
        const fn payload_names(ty: EventType) -> &'static [&'static str] {
            match ty {
                $(EventType::$variant => &[$(stringify!($field)),*],)*
            }
        }

        /// Every payload field name of any event type, in table order (repeats kept).
        const ALL_PAYLOAD_NAMES: &[&str] = &[$($(stringify!($field),)*)*];

        /// Reads the payload of an event of type `ty` from its fields.
        fn read_action(ty: EventType, f: Fields<'_, '_>, at: &Place<'_>) -> Read<Action> {
            Ok(match ty {
                $(EventType::$variant => Action::$variant {
                    $($field: $how(f, at, stringify!($field), $reader)?,)*
                },)*
            })
        }

        /// Writes the payload fields of `action`.
        fn write_payload<M: SerializeMap>(action: &Action, m: &mut M) -> Result<(), M::Error> {
            match action {
                $(Action::$variant { $($field),* } => {
                    $(write_field!($how, m, stringify!($field), $field);)*
                })*
            }
            Ok(())
        }
    };
}

payloads! {
    Flagged { criteria: required read_criteria },
    DirectionRequested {},
    DirectionGiven { proceed: required boolean },
    ListingVoted {
        electorate: required read_counts,
        yes: required count,
        ballots: optional read_tellers,
    },
    ListingReviewed { approved: required boolean },
    MemberNotified {},
    SelfCriticismSubmitted {},
    MentorAssigned { mentor: required read_mentor },
    MentorReassigned { mentor: required read_mentor },
    ScreeningVoted {
        electorate: required read_counts,
        progress_yes: required count,
        removal_yes: required count,
        progress_ballots: optional read_tellers,
        removal_ballots: optional read_tellers,
    },
    DecisionReviewed { approved: required boolean },
    RemovalResolved { forward: required boolean },
    VerificationOrdered {},
    VerificationConcluded { violations_confirmed: required boolean },
    RemovalDecided { outcome: required |v, at| code(v, at, RemovalOutcome::from_code) },
    CaseClosed { reason: required |v, at| code(v, at, CloseReason::from_code) },
}

impl EventType {
    /// The payload fields an event of this type may carry in the case file, besides
    /// `type`, `date`, `by` and `note` (CASE-FORMAT.md, "Events"): the only ones
    /// reading an event accepts; all are required but the tellers' counts
    /// (`ballots`, `progress_ballots`, `removal_ballots`, E6).
    ///
    /// Rules: `criteria` S1.1; `proceed` S1.2; `electorate` and `yes` S1.3, E1–E5;
    /// `ballots`, `progress_ballots`, `removal_ballots` E6;
    /// `approved` S1.4, S3.2, S3.4, I4; `mentor` S2.2; `electorate`, `progress_yes`
    /// and `removal_yes` S3.1; `forward` S3.3, I5; `violations_confirmed` S4.1;
    /// `outcome` S4.2, S4.3, I6; `reason` I7.
    ///
    /// ```
    /// use screening_core::EventType;
    /// let fields: Vec<_> = EventType::ListingVoted.payload_fields().collect();
    /// assert_eq!(fields, ["electorate", "yes", "ballots"]);
    /// assert_eq!(EventType::MemberNotified.payload_fields().count(), 0);
    /// ```
    pub fn payload_fields(self) -> impl ExactSizeIterator<Item = &'static str> {
        payload_names(self).iter().copied()
    }
}

/// The name of a field an event object may hold, as written in the table.
fn known(key: &str) -> Option<&'static str> {
    COMMON
        .iter()
        .chain(ALL_PAYLOAD_NAMES)
        .copied()
        .find(|name| *name == key)
}

/// One event object: `type` first (it says which payload fields belong), then
/// every field known and belonging to the type, then each field in the order of
/// CASE-FORMAT.md.
pub(super) fn read_event_value(v: &Value<'_>, at: &Place<'_>) -> Read<Event> {
    let f = object(v, at)?;
    let ty = required(f, at, "type", |v, at| code(v, at, EventType::from_code))?;
    let allowed = payload_names(ty);
    for (key, _) in f {
        match known(key) {
            None => return Err(malformed(at, Problem::UnknownField(key.to_string()))),
            Some(field) if COMMON.contains(&field) || allowed.contains(&field) => {}
            Some(field) => {
                return Err(malformed(at, Problem::NotForEvent { field, event: ty }));
            }
        }
    }
    let date = required(f, at, "date", date)?;
    let by = required(f, at, "by", |v, at| code(v, at, Body::from_code))?;
    let note = optional(f, at, "note", |v, at| string(v, at).map(str::to_owned))?;
    let action = read_action(ty, f, at)?;
    Ok(Event {
        date,
        by,
        action,
        note,
    })
}

impl serde::Serialize for Event {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("type", &self.event_type())?;
        m.serialize_entry("date", &self.date)?;
        m.serialize_entry("by", &self.by)?;
        write_payload(&self.action, &mut m)?;
        if let Some(note) = &self.note {
            m.serialize_entry("note", note)?;
        }
        m.end()
    }
}

impl Event {
    /// Reads one event object, checked as in a case file (`malformed` otherwise,
    /// with the path of the field at fault from `event`).
    pub fn from_json(text: &str) -> Result<Event, FormatError> {
        let at = Place::Named("event");
        let value = super::read::parse(text, &at)?;
        read_event_value(&value, &at)
    }

    /// The event as a JSON object of the case file.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}
