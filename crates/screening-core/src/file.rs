//! The case file (`screening-case/1`, CASE-FORMAT.md): reading it, strictly, and
//! writing it.
//!
//! Reading goes in the order the format pins down: the text must be JSON as
//! the private `json` module reads it (UTF-8, no byte-order mark, no `NaN`, no duplicate key,
//! no lone surrogate), its top level an object, its `format` the string
//! `"screening-case/1"`, and then every field of the right type, known, present
//! where required and never `null`. The first problem found is reported with the
//! path of the field at fault (`events[3].electorate.official`) and what is wrong
//! with it, in Vietnamese and in English ([`Malformed`]).

mod event;
mod malformed;
mod read;

use std::borrow::Cow;

use crate::authority::{Branch, Member, MemberStatus};
use crate::event::Event;
use crate::json::Value;

use event::read_event_value;
pub use malformed::{Expected, FormatError, Malformed, Problem};
use read::{
    Place, array, code, describe, field, malformed, object, only, parse, read_branch, read_member,
    required,
};

/// The one format this library reads and writes.
pub const FORMAT: &str = "screening-case/1";

/// A case file as written: member, branch and events, not yet replayed.
///
/// Reading one ([`CaseFile::from_json`]) checks it whole before any event is
/// applied: JSON first, then `format`, then every field.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CaseFile {
    /// The member under review.
    pub member: Member,
    /// The member's branch.
    pub branch: Branch,
    /// The events, in order.
    pub events: Vec<Event>,
}

impl CaseFile {
    /// Reads a case file.
    ///
    /// Text that is not JSON as the format requires, a top level that is not an
    /// object, a missing `format`, unknown or missing fields, wrong types, `null`,
    /// unknown values, impossible dates, ids that break the rules of ids and
    /// counts that are not whole numbers from 0 to 4294967295 written plainly are
    /// [`FormatError::Malformed`], with the path of the field at fault; a `format`
    /// other than the string `"screening-case/1"` is
    /// [`FormatError::UnsupportedFormat`], whatever else the file holds.
    ///
    /// ```
    /// use screening_core::{CaseFile, ErrorCode, Lang};
    /// let text = r#"{"format": "screening-case/1",
    ///   "member": {"id": "DV-0042", "status": "official"},
    ///   "branch": {"id": "CB-07", "kind": "grassroots", "has_committee": true},
    ///   "events": [{"type": "flagged", "date": "2025-01-10", "by": "branch_committee",
    ///               "criteria": ["degradation"]},
    ///              {"type": "direction_requested", "date": "2025-01-12", "by": 7}]}"#;
    /// let e = CaseFile::from_json(text).unwrap_err();
    /// assert_eq!(e.code(), ErrorCode::Malformed);
    /// assert_eq!(e.message(Lang::En), "malformed case file: events[1].by: expected a string, found a number");
    /// ```
    pub fn from_json(text: &str) -> Result<CaseFile, FormatError> {
        let root = Place::Root;
        let value = parse(text, &root)?;
        let fields = object(&value, &root)?;
        match field(fields, "format") {
            None => return Err(malformed(&root, Problem::MissingField("format"))),
            Some(Value::String(s)) if s == FORMAT => {}
            Some(other) => {
                return Err(FormatError::UnsupportedFormat {
                    found: describe(other),
                });
            }
        }
        only(fields, &root, &["format", "member", "branch", "events"])?;
        let member = required(fields, &root, "member", read_member)?;
        let branch = required(fields, &root, "branch", read_branch)?;
        let events = required(fields, &root, "events", |v, at| {
            array(v, at)?
                .iter()
                .enumerate()
                .map(|(i, e)| read_event_value(e, &Place::Index(at, i)))
                .collect::<Result<Vec<_>, _>>()
        })?;
        Ok(CaseFile {
            member,
            branch,
            events,
        })
    }

    /// Writes the case file as JSON (notes kept; reading it back gives the same file).
    pub fn to_json(&self) -> String {
        FileRef::of(self).to_json()
    }

    /// Writes the case file as indented JSON.
    pub fn to_json_pretty(&self) -> String {
        FileRef::of(self).to_json_pretty()
    }
}

/// The parts of a case file, borrowed, as they are written: one serializer for
/// [`CaseFile`] and [`crate::Case`].
pub(crate) struct FileRef<'a> {
    pub(crate) member: &'a Member,
    pub(crate) branch: &'a Branch,
    pub(crate) events: &'a [Event],
}

impl<'a> FileRef<'a> {
    fn of(file: &'a CaseFile) -> FileRef<'a> {
        FileRef {
            member: &file.member,
            branch: &file.branch,
            events: &file.events,
        }
    }

    pub(crate) fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub(crate) fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

impl serde::Serialize for FileRef<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("CaseFile", 4)?;
        st.serialize_field("format", FORMAT)?;
        st.serialize_field("member", self.member)?;
        st.serialize_field("branch", self.branch)?;
        st.serialize_field("events", self.events)?;
        st.end()
    }
}

impl serde::Serialize for CaseFile {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        FileRef::of(self).serialize(s)
    }
}

/// The text of a case file given as bytes: UTF-8, or `malformed` naming the
/// first byte that is not.
pub fn text(bytes: &[u8]) -> Result<&str, FormatError> {
    std::str::from_utf8(bytes).map_err(|e| {
        FormatError::Malformed(Box::new(Malformed {
            path: String::new(),
            problem: Problem::NotUtf8 {
                byte: e.valid_up_to(),
            },
        }))
    })
}

/// Reads a member's status code (`official`, `probationary`) as `member.status`
/// of a case file.
pub fn read_member_status(code: &str) -> Result<MemberStatus, FormatError> {
    let value = Value::String(Cow::Borrowed(code));
    let member = Place::Named("member");
    self::code(
        &value,
        &Place::Key(&member, "status"),
        MemberStatus::from_code,
    )
}

/// Reads a member object (`{"id", "status"}`) as a case file holds it; a path names `member`.
pub fn read_member_json(text: &str) -> Result<Member, FormatError> {
    let at = Place::Named("member");
    read_member(&parse(text, &at)?, &at)
}

/// Reads a branch object (`{"id", "kind", "has_committee", "names"?}`) as a case
/// file holds it; a path names `branch`.
pub fn read_branch_json(text: &str) -> Result<Branch, FormatError> {
    let at = Place::Named("branch");
    read_branch(&parse(text, &at)?, &at)
}

/// Reads the start of a new case, `{"member": …, "branch": …}`, as a case file
/// holds them (the same checks, the same paths).
///
/// ```
/// let (member, branch) = screening_core::file::read_header(
///     r#"{"member": {"id": "DV-1", "status": "official"},
///         "branch": {"id": "CB-1", "kind": "grassroots", "has_committee": false}}"#,
/// ).unwrap();
/// assert_eq!((member.id.as_str(), branch.has_committee), ("DV-1", false));
/// ```
pub fn read_header(text: &str) -> Result<(Member, Branch), FormatError> {
    let root = Place::Root;
    let value = parse(text, &root)?;
    let fields = object(&value, &root)?;
    only(fields, &root, &["member", "branch"])?;
    Ok((
        required(fields, &root, "member", read_member)?,
        required(fields, &root, "branch", read_branch)?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn case(events: &str) -> String {
        format!(
            r#"{{"format": "screening-case/1", "member": {{"id": "DV-1", "status": "official"}},
               "branch": {{"id": "CB-1", "kind": "grassroots", "has_committee": true}},
               "events": [{events}]}}"#
        )
    }

    fn path_and_message(text: &str) -> (String, String) {
        match CaseFile::from_json(text).unwrap_err() {
            FormatError::Malformed(m) => (m.path.clone(), m.message(Lang::En)),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn text_that_is_not_json_is_named_from_what_is_read() {
        let e = crate::Event::from_json(
            r#"{"type": "listing_voted", "electorate": {"official": 1, "official": 2}}"#,
        )
        .unwrap_err();
        assert_eq!(
            e.malformed().map(|m| m.path.as_str()),
            Some("event.electorate")
        );
        let e = read_member_json(r#"{"id": "DV-1", "id": "DV-2"}"#).unwrap_err();
        assert_eq!(e.malformed().map(|m| m.path.as_str()), Some("member"));
        let (path, _) = path_and_message(&case(r#"{"type": "flagged", "criteria": [1 2]}"#));
        assert_eq!(path, "events[0].criteria");
    }

    #[test]
    fn a_bad_count_is_named_by_its_path() {
        let text = case(
            r#"{"type": "flagged", "date": "2025-01-10", "by": "branch_committee", "criteria": ["other"]},
               {"type": "listing_voted", "date": "2025-01-11", "by": "branch", "electorate": {"official": -1, "exempt": 0}, "yes": 0}"#,
        );
        let (path, message) = path_and_message(&text);
        assert_eq!(path, "events[1].electorate.official");
        assert!(message.contains("-1 is not a count"), "{message}");
    }

    #[test]
    fn counts_are_plain_integers() {
        for bad in ["-0", "1e1", "10.0", "01", "4294967296"] {
            let text = case(&format!(
                r#"{{"type": "listing_voted", "date": "2025-01-11", "by": "branch", "electorate": {{"official": {bad}, "exempt": 0}}, "yes": 0}}"#
            ));
            let (path, _) = path_and_message(&text);
            assert_eq!(path, "events[0].electorate.official", "{bad}");
        }
    }

    #[test]
    fn json_validity_comes_before_the_format() {
        let e = CaseFile::from_json(r#"{"format": "other", "a": {"x": 1, "x": 2}}"#).unwrap_err();
        assert_eq!(e.code(), crate::ErrorCode::Malformed);
        let e = CaseFile::from_json(r#"{"format": "other", "member": 1}"#).unwrap_err();
        assert_eq!(e.code(), crate::ErrorCode::UnsupportedFormat);
    }

    #[test]
    fn messages_speak_the_chosen_language() {
        let (_, en) = path_and_message(&case(
            r#"{"type": "flaged", "date": "2025-01-10", "by": "branch"}"#,
        ));
        assert!(
            en.starts_with("events[0].type: “flaged” is not one of the events"),
            "{en}"
        );
        let e = CaseFile::from_json(&case(
            r#"{"type": "flaged", "date": "2025-01-10", "by": "branch"}"#,
        ))
        .unwrap_err();
        let vi = e.message(Lang::Vi);
        assert!(
            vi.contains("“flaged” không phải là giá trị của mục “Sự kiện của hồ sơ”"),
            "{vi}"
        );
    }
}
