//! The case file (`screening-case/1`, CASE-FORMAT.md): reading it, strictly, and
//! writing it.
//!
//! Reading goes in the order the format pins down: the text must be JSON as
//! [`crate::json`] reads it (UTF-8, no byte-order mark, no `NaN`, no duplicate key,
//! no lone surrogate), its top level an object, its `format` the string
//! `"screening-case/1"`, and then every field of the right type, known, present
//! where required and never `null`. The first problem found is reported with the
//! path of the field at fault (`events[3].electorate.official`) and what is wrong
//! with it, in Vietnamese and in English ([`Malformed`]).

use std::borrow::Cow;
use std::fmt::{self, Write as _};

use crate::authority::{
    Body, Branch, BranchKind, Id, Member, MemberStatus, Name, Names, TextProblem,
};
use crate::electorate::{Counts, TellersCount};
use crate::error::FormatError;
use crate::event::{
    Action, CloseReason, Criterion, Event, EventType, Field, Mentor, MentorRole, RemovalOutcome,
    payload_fields,
};
use crate::json::{self, JsonKind, Syntax, Value};
use crate::lang::{Lang, Vocabulary};
use crate::period::Date;

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
        let value = parse(text)?;
        let root = Place::Root;
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
    read_member(&parse(text)?, &Place::Named("member"))
}

/// Reads a branch object (`{"id", "kind", "has_committee", "names"?}`) as a case
/// file holds it; a path names `branch`.
pub fn read_branch_json(text: &str) -> Result<Branch, FormatError> {
    read_branch(&parse(text)?, &Place::Named("branch"))
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
    let value = parse(text)?;
    let root = Place::Root;
    let fields = object(&value, &root)?;
    only(fields, &root, &["member", "branch"])?;
    Ok((
        required(fields, &root, "member", read_member)?,
        required(fields, &root, "branch", read_branch)?,
    ))
}

/// Reads one event object, as in a case file; a path names `event`.
pub(crate) fn read_event(text: &str) -> Result<Event, FormatError> {
    let value = parse(text)?;
    read_event_value(&value, &Place::Named("event"))
}

// ------------------------------------------------------------------ errors

/// What is wrong with a case file that is not of the format (`malformed`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Malformed {
    /// Where: the path of the field at fault, `events[3].electorate.official`
    /// (empty for the file itself).
    pub path: String,
    /// What.
    pub problem: Problem,
}

/// What is wrong at a place of a case file.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Problem {
    /// The bytes are not UTF-8 (from the byte at this 0-based offset).
    NotUtf8 {
        /// The offset of the first byte that is not UTF-8.
        byte: usize,
    },
    /// The text is not JSON as the format requires (at a line and column of the
    /// text given, counted in characters from 1).
    NotJson {
        /// Why.
        syntax: Syntax,
        /// The line.
        line: usize,
        /// The column.
        column: usize,
    },
    /// A value of the wrong kind.
    WrongType {
        /// What was expected.
        expected: Expected,
        /// What was found.
        found: JsonKind,
    },
    /// A required field is missing.
    MissingField(&'static str),
    /// A field the format does not have.
    UnknownField(String),
    /// A payload field that does not belong to this event's type.
    NotForEvent {
        /// The field.
        field: &'static str,
        /// The event's type.
        event: EventType,
    },
    /// A code that is not one of its vocabulary's.
    UnknownCode {
        /// Which vocabulary (its Rust name, e.g. `EventType`).
        vocabulary: &'static str,
        /// Its title, in Vietnamese and English.
        title: (&'static str, &'static str),
        /// The code given.
        code: String,
        /// The codes allowed.
        expected: Vec<&'static str>,
    },
    /// A number that is not a whole number from 0 to 4294967295 written plainly
    /// (no sign, fraction or exponent).
    NotACount(String),
    /// A string that is not a `YYYY-MM-DD` date with a year from 1900 to 9997.
    NotADate,
    /// An id or a name that breaks the rules of ids.
    Text(TextProblem),
}

/// The kind of value a place expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Expected {
    /// An object.
    Object,
    /// An array.
    Array,
    /// A string.
    String,
    /// `true` or `false`.
    Bool,
    /// A whole number from 0 to 4294967295.
    Count,
}

impl Expected {
    fn describe(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Expected::Object, Lang::Vi) => "một đối tượng",
            (Expected::Object, Lang::En) => "an object",
            (Expected::Array, Lang::Vi) => "một danh sách",
            (Expected::Array, Lang::En) => "an array",
            (Expected::String, Lang::Vi) => "một chuỗi ký tự",
            (Expected::String, Lang::En) => "a string",
            (Expected::Bool, Lang::Vi) => "giá trị đúng hoặc sai",
            (Expected::Bool, Lang::En) => "true or false",
            (Expected::Count, Lang::Vi) => "một số nguyên từ 0 đến 4294967295",
            (Expected::Count, Lang::En) => "a whole number from 0 to 4294967295",
        }
    }
}

fn kind(found: JsonKind, lang: Lang) -> &'static str {
    match (found, lang) {
        (JsonKind::Null, Lang::Vi) => "giá trị rỗng",
        (JsonKind::Null, Lang::En) => "null",
        (JsonKind::Bool, Lang::Vi) => "giá trị đúng/sai",
        (JsonKind::Bool, Lang::En) => "a boolean",
        (JsonKind::Number, Lang::Vi) => "một số",
        (JsonKind::Number, Lang::En) => "a number",
        (JsonKind::String, Lang::Vi) => "một chuỗi ký tự",
        (JsonKind::String, Lang::En) => "a string",
        (JsonKind::Array, Lang::Vi) => "một danh sách",
        (JsonKind::Array, Lang::En) => "an array",
        (JsonKind::Object, Lang::Vi) => "một đối tượng",
        (JsonKind::Object, Lang::En) => "an object",
    }
}

impl Syntax {
    /// Why the text is not JSON, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let vi = lang == Lang::Vi;
        match self {
            Syntax::UnexpectedEnd if vi => "văn bản kết thúc giữa chừng".to_owned(),
            Syntax::UnexpectedEnd => "the text ends too early".to_owned(),
            Syntax::UnexpectedChar(c) if vi => format!("ký tự “{c}” không được đặt ở đây"),
            Syntax::UnexpectedChar(c) => format!("the character “{c}” cannot stand here"),
            Syntax::TrailingText if vi => "còn nội dung sau khi hồ sơ đã kết thúc".to_owned(),
            Syntax::TrailingText => "there is text after the end of the file".to_owned(),
            Syntax::ByteOrderMark if vi => {
                "tệp bắt đầu bằng ký tự đánh dấu thứ tự byte (U+FEFF)".to_owned()
            }
            Syntax::ByteOrderMark => "the text begins with a byte-order mark (U+FEFF)".to_owned(),
            Syntax::InvalidEscape if vi => {
                "có chuỗi thoát (dấu gạch chéo ngược) không hợp lệ".to_owned()
            }
            Syntax::InvalidEscape => "a backslash escape is not valid".to_owned(),
            Syntax::LoneSurrogate if vi => "có mã \\u chỉ là một nửa của cặp thay thế".to_owned(),
            Syntax::LoneSurrogate => "a \\u escape is half of a surrogate pair".to_owned(),
            Syntax::ControlCharacter if vi => {
                "có ký tự điều khiển viết trực tiếp trong chuỗi".to_owned()
            }
            Syntax::ControlCharacter => "a control character is written raw in a string".to_owned(),
            Syntax::InvalidNumber if vi => "có số viết không hợp lệ".to_owned(),
            Syntax::InvalidNumber => "a number is not written as JSON allows".to_owned(),
            Syntax::DuplicateKey(k) if vi => format!("trường “{k}” được ghi hai lần"),
            Syntax::DuplicateKey(k) => format!("the key “{k}” is written twice"),
            Syntax::TooDeep if vi => format!("lồng nhau quá {} cấp", json::MAX_DEPTH),
            Syntax::TooDeep => format!("nested deeper than {} levels", json::MAX_DEPTH),
        }
    }
}

impl Problem {
    /// What is wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let vi = lang == Lang::Vi;
        match self {
            Problem::NotUtf8 { byte } if vi => {
                format!("tệp không phải văn bản UTF-8 (từ byte thứ {byte})")
            }
            Problem::NotUtf8 { byte } => format!("the file is not UTF-8 text (from byte {byte})"),
            Problem::NotJson {
                syntax,
                line,
                column,
            } => {
                if vi {
                    format!(
                        "không phải văn bản JSON hợp lệ ở dòng {line}, cột {column}: {}",
                        syntax.message(lang)
                    )
                } else {
                    format!(
                        "not valid JSON at line {line}, column {column}: {}",
                        syntax.message(lang)
                    )
                }
            }
            Problem::WrongType { expected, found } => {
                if vi {
                    format!(
                        "phải là {}, không phải {}",
                        expected.describe(lang),
                        kind(*found, lang)
                    )
                } else {
                    format!(
                        "expected {}, found {}",
                        expected.describe(lang),
                        kind(*found, lang)
                    )
                }
            }
            Problem::MissingField(f) if vi => format!("thiếu trường bắt buộc “{f}”"),
            Problem::MissingField(f) => format!("the required field “{f}” is missing"),
            Problem::UnknownField(f) if vi => format!("trường “{f}” không có trong định dạng hồ sơ"),
            Problem::UnknownField(f) => format!("the field “{f}” is not part of the format"),
            Problem::NotForEvent { field, event } if vi => format!(
                "trường “{field}” không thuộc sự kiện “{}”",
                event.label(lang)
            ),
            Problem::NotForEvent { field, event } => {
                format!("the field “{field}” does not belong to a “{event}” event")
            }
            Problem::UnknownCode {
                title,
                code,
                expected,
                ..
            } => {
                let list = expected.join(", ");
                if vi {
                    format!(
                        "“{code}” không phải là giá trị của mục “{}” (xem bảng mã trong tài liệu định dạng hồ sơ)",
                        title.0
                    )
                } else {
                    format!(
                        "“{code}” is not one of the {}; expected one of {list}",
                        title.1.to_lowercase()
                    )
                }
            }
            Problem::NotACount(text) if vi => format!(
                "{text} không phải là số nguyên từ 0 đến 4294967295 viết không dấu, không phần thập phân, không số mũ"
            ),
            Problem::NotACount(text) => format!(
                "{text} is not a count from 0 to 4294967295 (a whole number with no sign, fraction or exponent)"
            ),
            Problem::NotADate if vi => {
                "không phải là ngày hợp lệ viết theo dạng năm-tháng-ngày (YYYY-MM-DD) bằng chữ số ASCII, năm từ 1900 đến 9997".to_owned()
            }
            Problem::NotADate => {
                "not a calendar date YYYY-MM-DD in ASCII digits with a year from 1900 to 9997".to_owned()
            }
            Problem::Text(p) if vi => format!("không hợp lệ: {}", p.message(lang)),
            Problem::Text(p) => format!("not valid: {}", p.message(lang)),
        }
    }
}

impl Malformed {
    /// The path and the problem, in `lang`: `events[3].electorate.official: …`.
    pub fn message(&self, lang: Lang) -> String {
        if self.path.is_empty() {
            self.problem.message(lang)
        } else {
            format!("{}: {}", self.path, self.problem.message(lang))
        }
    }
}

impl fmt::Display for Malformed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

// ------------------------------------------------------------------ places

/// Where in the file a value is; the path is written only when something is wrong.
enum Place<'p> {
    Root,
    Named(&'static str),
    Key(&'p Place<'p>, &'p str),
    Index(&'p Place<'p>, usize),
}

impl Place<'_> {
    fn path(&self) -> String {
        let mut s = String::new();
        self.write(&mut s);
        s
    }

    fn write(&self, s: &mut String) {
        match self {
            Place::Root => {}
            Place::Named(name) => s.push_str(name),
            Place::Key(parent, key) => {
                parent.write(s);
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(key);
            }
            Place::Index(parent, i) => {
                parent.write(s);
                let _ = write!(s, "[{i}]");
            }
        }
    }
}

fn malformed(at: &Place<'_>, problem: Problem) -> FormatError {
    FormatError::Malformed(Box::new(Malformed {
        path: at.path(),
        problem,
    }))
}

fn parse(text: &str) -> Result<Value<'_>, FormatError> {
    json::parse(text).map_err(|e| {
        let mut path = String::new();
        for step in &e.path {
            match step {
                json::Step::Key(k) => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(k);
                }
                json::Step::Index(i) => {
                    let _ = write!(path, "[{i}]");
                }
            }
        }
        FormatError::Malformed(Box::new(Malformed {
            path,
            problem: Problem::NotJson {
                syntax: e.problem,
                line: e.line,
                column: e.column,
            },
        }))
    })
}

/// The `format` value found, as it is written in JSON (`"screening-case/2"`, `null`, `2`).
fn describe(value: &Value<'_>) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => (*n).to_owned(),
        Value::String(s) => serde_json::to_string(s.as_ref()).unwrap_or_default(),
        Value::Array(_) => "[…]".to_owned(),
        Value::Object(_) => "{…}".to_owned(),
    }
}

// ------------------------------------------------------------------ readers

type Fields<'v, 'a> = &'v [(Cow<'a, str>, Value<'a>)];
type Read<T> = Result<T, FormatError>;

fn wrong(at: &Place<'_>, expected: Expected, found: &Value<'_>) -> FormatError {
    malformed(
        at,
        Problem::WrongType {
            expected,
            found: found.kind(),
        },
    )
}

fn object<'v, 'a>(v: &'v Value<'a>, at: &Place<'_>) -> Read<Fields<'v, 'a>> {
    match v {
        Value::Object(fields) => Ok(fields),
        other => Err(wrong(at, Expected::Object, other)),
    }
}

fn array<'v, 'a>(v: &'v Value<'a>, at: &Place<'_>) -> Read<&'v [Value<'a>]> {
    match v {
        Value::Array(items) => Ok(items),
        other => Err(wrong(at, Expected::Array, other)),
    }
}

fn string<'v>(v: &'v Value<'_>, at: &Place<'_>) -> Read<&'v str> {
    match v {
        Value::String(s) => Ok(s),
        other => Err(wrong(at, Expected::String, other)),
    }
}

fn boolean(v: &Value<'_>, at: &Place<'_>) -> Read<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        other => Err(wrong(at, Expected::Bool, other)),
    }
}

/// A count: a JSON integer with no sign, fraction or exponent, from 0 to 4294967295.
fn count(v: &Value<'_>, at: &Place<'_>) -> Read<u32> {
    let text = match v {
        Value::Number(n) => *n,
        other => return Err(wrong(at, Expected::Count, other)),
    };
    let plain = text.bytes().all(|b| b.is_ascii_digit()) && (text == "0" || !text.starts_with('0'));
    match plain.then(|| text.parse::<u32>().ok()).flatten() {
        Some(n) => Ok(n),
        None => Err(malformed(at, Problem::NotACount(text.to_owned()))),
    }
}

fn date(v: &Value<'_>, at: &Place<'_>) -> Read<Date> {
    string(v, at)?
        .parse()
        .map_err(|_| malformed(at, Problem::NotADate))
}

fn id(v: &Value<'_>, at: &Place<'_>) -> Read<Id> {
    Id::new(string(v, at)?).map_err(|p| malformed(at, Problem::Text(p)))
}

fn code<V: Vocabulary>(v: &Value<'_>, at: &Place<'_>, from: fn(&str) -> Option<V>) -> Read<V> {
    let s = string(v, at)?;
    from(s).ok_or_else(|| {
        malformed(
            at,
            Problem::UnknownCode {
                vocabulary: V::NAME,
                title: V::TITLE,
                code: s.to_owned(),
                expected: V::all().iter().map(|c| c.code()).collect(),
            },
        )
    })
}

fn field<'v, 'a>(fields: Fields<'v, 'a>, key: &str) -> Option<&'v Value<'a>> {
    fields.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// Refuses a field not in `allowed`.
fn only(fields: Fields<'_, '_>, at: &Place<'_>, allowed: &[&str]) -> Read<()> {
    match fields.iter().find(|(k, _)| !allowed.contains(&k.as_ref())) {
        Some((k, _)) => Err(malformed(at, Problem::UnknownField(k.to_string()))),
        None => Ok(()),
    }
}

/// A required field, read by `read`; `null` is of the wrong type like any other.
fn required<T>(
    fields: Fields<'_, '_>,
    at: &Place<'_>,
    key: &'static str,
    read: impl FnOnce(&Value<'_>, &Place<'_>) -> Read<T>,
) -> Read<T> {
    match field(fields, key) {
        Some(v) => read(v, &Place::Key(at, key)),
        None => Err(malformed(at, Problem::MissingField(key))),
    }
}

/// An optional field: absent, or of its type (`null` is refused).
fn optional<T>(
    fields: Fields<'_, '_>,
    at: &Place<'_>,
    key: &'static str,
    read: impl FnOnce(&Value<'_>, &Place<'_>) -> Read<T>,
) -> Read<Option<T>> {
    match field(fields, key) {
        Some(v) => read(v, &Place::Key(at, key)).map(Some),
        None => Ok(None),
    }
}

fn read_member(v: &Value<'_>, at: &Place<'_>) -> Read<Member> {
    let f = object(v, at)?;
    only(f, at, &["id", "status"])?;
    Ok(Member {
        id: required(f, at, "id", id)?,
        status: required(f, at, "status", |v, at| {
            code(v, at, MemberStatus::from_code)
        })?,
    })
}

fn read_branch(v: &Value<'_>, at: &Place<'_>) -> Read<Branch> {
    let f = object(v, at)?;
    only(f, at, &["id", "kind", "has_committee", "names"])?;
    Ok(Branch {
        id: required(f, at, "id", id)?,
        kind: required(f, at, "kind", |v, at| code(v, at, BranchKind::from_code))?,
        has_committee: required(f, at, "has_committee", boolean)?,
        names: optional(f, at, "names", read_names)?.unwrap_or_default(),
    })
}

fn read_names(v: &Value<'_>, at: &Place<'_>) -> Read<Names> {
    let mut names = Names::new();
    for (key, value) in object(v, at)? {
        let here = Place::Key(at, key);
        let body = Body::from_code(key).ok_or_else(|| {
            malformed(
                at,
                Problem::UnknownCode {
                    vocabulary: Body::NAME,
                    title: Body::TITLE,
                    code: key.to_string(),
                    expected: Body::ALL.iter().map(|b| b.code()).collect(),
                },
            )
        })?;
        let name =
            Name::new(string(value, &here)?).map_err(|p| malformed(&here, Problem::Text(p)))?;
        names = names.with(body, name);
    }
    Ok(names)
}

fn read_counts(v: &Value<'_>, at: &Place<'_>) -> Read<Counts> {
    let f = object(v, at)?;
    only(
        f,
        at,
        &["official", "exempt", "exempt_attending", "excluded"],
    )?;
    Ok(Counts {
        official: required(f, at, "official", count)?,
        exempt: required(f, at, "exempt", count)?,
        exempt_attending: optional(f, at, "exempt_attending", count)?.unwrap_or(0),
        excluded: optional(f, at, "excluded", count)?.unwrap_or(0),
    })
}

fn read_tellers(v: &Value<'_>, at: &Place<'_>) -> Read<TellersCount> {
    let f = object(v, at)?;
    only(f, at, &["issued", "returned", "invalid"])?;
    Ok(TellersCount {
        issued: required(f, at, "issued", count)?,
        returned: required(f, at, "returned", count)?,
        invalid: required(f, at, "invalid", count)?,
    })
}

fn read_mentor(v: &Value<'_>, at: &Place<'_>) -> Read<Mentor> {
    let f = object(v, at)?;
    only(f, at, &["id", "role"])?;
    Ok(Mentor {
        id: required(f, at, "id", id)?,
        role: required(f, at, "role", |v, at| code(v, at, MentorRole::from_code))?,
    })
}

fn read_criteria(v: &Value<'_>, at: &Place<'_>) -> Read<Vec<Criterion>> {
    array(v, at)?
        .iter()
        .enumerate()
        .map(|(i, c)| code(c, &Place::Index(at, i), Criterion::from_code))
        .collect()
}

/// One event object: `type` first (it says which payload fields belong), then
/// every field known and belonging to the type, then each field in the order of
/// CASE-FORMAT.md.
fn read_event_value(v: &Value<'_>, at: &Place<'_>) -> Read<Event> {
    let f = object(v, at)?;
    let ty = required(f, at, "type", |v, at| code(v, at, EventType::from_code))?;
    let allowed = payload_fields(ty);
    for (key, _) in f {
        match Field::from_name(key) {
            None => return Err(malformed(at, Problem::UnknownField(key.to_string()))),
            Some(Field::Type | Field::Date | Field::By | Field::Note) => {}
            Some(field) if allowed.contains(&field) => {}
            Some(field) => {
                return Err(malformed(
                    at,
                    Problem::NotForEvent {
                        field: field.name(),
                        event: ty,
                    },
                ));
            }
        }
    }
    let date = required(f, at, "date", date)?;
    let by = required(f, at, "by", |v, at| code(v, at, Body::from_code))?;
    let note = optional(f, at, "note", |v, at| string(v, at).map(str::to_owned))?;
    let ballots = |key| optional(f, at, key, read_tellers);
    let action = match ty {
        EventType::Flagged => Action::Flagged {
            criteria: required(f, at, "criteria", read_criteria)?,
        },
        EventType::DirectionRequested => Action::DirectionRequested,
        EventType::DirectionGiven => Action::DirectionGiven {
            proceed: required(f, at, "proceed", boolean)?,
        },
        EventType::ListingVoted => Action::ListingVoted {
            electorate: required(f, at, "electorate", read_counts)?,
            yes: required(f, at, "yes", count)?,
            ballots: ballots("ballots")?,
        },
        EventType::ListingReviewed => Action::ListingReviewed {
            approved: required(f, at, "approved", boolean)?,
        },
        EventType::MemberNotified => Action::MemberNotified,
        EventType::SelfCriticismSubmitted => Action::SelfCriticismSubmitted,
        EventType::MentorAssigned => Action::MentorAssigned {
            mentor: required(f, at, "mentor", read_mentor)?,
        },
        EventType::MentorReassigned => Action::MentorReassigned {
            mentor: required(f, at, "mentor", read_mentor)?,
        },
        EventType::ScreeningVoted => Action::ScreeningVoted {
            electorate: required(f, at, "electorate", read_counts)?,
            progress_yes: required(f, at, "progress_yes", count)?,
            removal_yes: required(f, at, "removal_yes", count)?,
            progress_ballots: ballots("progress_ballots")?,
            removal_ballots: ballots("removal_ballots")?,
        },
        EventType::DecisionReviewed => Action::DecisionReviewed {
            approved: required(f, at, "approved", boolean)?,
        },
        EventType::RemovalResolved => Action::RemovalResolved {
            forward: required(f, at, "forward", boolean)?,
        },
        EventType::VerificationOrdered => Action::VerificationOrdered,
        EventType::VerificationConcluded => Action::VerificationConcluded {
            violations_confirmed: required(f, at, "violations_confirmed", boolean)?,
        },
        EventType::RemovalDecided => Action::RemovalDecided {
            outcome: required(f, at, "outcome", |v, at| {
                code(v, at, RemovalOutcome::from_code)
            })?,
        },
        EventType::CaseClosed => Action::CaseClosed {
            reason: required(f, at, "reason", |v, at| code(v, at, CloseReason::from_code))?,
        },
    };
    Ok(Event {
        date,
        by,
        action,
        note,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
