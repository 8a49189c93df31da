//! The document context: the facts a document needs that the case file does not
//! hold (people's names, birth years, posts, the meeting's time and place, the
//! tellers, the party organisation's name for the header, the place name). It is
//! optional, and so is every field: what is missing prints as a dotted blank.
//!
//! The shape is documented in `docs/documents.md`. It is read strictly, like the
//! case file: any unknown field, duplicate key, wrong type or impossible value is
//! refused with the path of the value (`meetings[0].tellers.members[1]`).

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;

use screening_core::{Date, Lang};
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

/// The `format` of a context file.
pub const CONTEXT_FORMAT: &str = "screening-context/1";

/// What is wrong with a context file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContextProblem {
    /// Not JSON text (at a line and column).
    #[error("not JSON text (line {line}, column {column})")]
    NotJson {
        /// The line, from 1.
        line: usize,
        /// The column, from 1.
        column: usize,
    },
    /// A key given twice in one object.
    #[error("a duplicate key")]
    DuplicateKey,
    /// A field this format does not have.
    #[error("an unknown field")]
    UnknownField,
    /// A required field is absent.
    #[error("a missing field")]
    MissingField,
    /// A value of the wrong type.
    #[error("should be {expected}")]
    WrongType {
        /// What was expected.
        expected: Expected,
    },
    /// `format` is not [`CONTEXT_FORMAT`].
    #[error("the format is not `{CONTEXT_FORMAT}`")]
    UnsupportedFormat,
    /// The same ballot event is described twice in `meetings`.
    #[error("the same event is given twice")]
    DuplicateEvent,
}

/// A type a context value should have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// An object.
    Object,
    /// Text: 1 to 200 characters, not only spaces, no control or invisible character.
    Text,
    /// A whole number from 0 to 4294967295.
    Count,
    /// A year from 1900 to 9997.
    Year,
    /// A date `YYYY-MM-DD`.
    Date,
    /// A time of day `HH:MM`.
    Time,
    /// A list of texts.
    TextList,
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label(Lang::En))
    }
}

impl Expected {
    /// The type in words.
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Expected::Object, Lang::En) => "an object",
            (Expected::Object, Lang::Vi) => "một đối tượng JSON",
            (Expected::Text, Lang::En) => {
                "text of 1 to 200 characters, not only spaces, without control or invisible characters"
            }
            (Expected::Text, Lang::Vi) => {
                "một chuỗi từ 1 đến 200 ký tự, không chỉ gồm khoảng trắng, không có ký tự điều khiển hay ký tự ẩn"
            }
            (Expected::Count, Lang::En) => "a whole number from 0 to 4294967295",
            (Expected::Count, Lang::Vi) => "một số nguyên từ 0 đến 4294967295",
            (Expected::Year, Lang::En) => "a year from 1900 to 9997",
            (Expected::Year, Lang::Vi) => "một năm từ 1900 đến 9997",
            (Expected::Date, Lang::En) => "a date YYYY-MM-DD",
            (Expected::Date, Lang::Vi) => "một ngày dạng YYYY-MM-DD",
            (Expected::Time, Lang::En) => "a time of day HH:MM",
            (Expected::Time, Lang::Vi) => "một giờ dạng HH:MM",
            (Expected::TextList, Lang::En) => "a list of texts",
            (Expected::TextList, Lang::Vi) => "một danh sách chuỗi",
        }
    }
}

impl ContextProblem {
    /// The problem in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.to_string(),
            Lang::Vi => match self {
                ContextProblem::NotJson { line, column } => {
                    format!("không phải văn bản JSON (dòng {line}, cột {column})")
                }
                ContextProblem::DuplicateKey => "một khóa bị lặp lại".to_owned(),
                ContextProblem::UnknownField => "một trường không có trong định dạng".to_owned(),
                ContextProblem::MissingField => "thiếu trường bắt buộc".to_owned(),
                ContextProblem::WrongType { expected } => {
                    format!("phải là {}", expected.label(Lang::Vi))
                }
                ContextProblem::UnsupportedFormat => {
                    format!("định dạng không phải `{CONTEXT_FORMAT}`")
                }
                ContextProblem::DuplicateEvent => "cùng một sự kiện được nêu hai lần".to_owned(),
            },
        }
    }
}

/// A context file refused, with the path of the value at fault (`$` for the whole).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("document context: {path}: {problem}")]
pub struct ContextError {
    /// Where: `$`, `place`, `people["DV-0042"].born`, `meetings[0].tellers.members[1]`.
    pub path: String,
    /// What.
    pub problem: ContextProblem,
}

/// A time of day, `HH:MM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Time {
    /// 0–23.
    pub hour: u8,
    /// 0–59.
    pub minute: u8,
}

impl Time {
    /// "14 giờ 00".
    pub fn in_words(self) -> String {
        format!("{} giờ {:02}", self.hour, self.minute)
    }
}

/// What the documents may say about a person, by their id in the case.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Person {
    /// Full name ("Trần Văn Bình").
    pub name: Option<String>,
    /// Year of birth.
    pub born: Option<u32>,
    /// Date of joining the Party ("ngày vào Đảng").
    pub joined: Option<Date>,
    /// Date made an official member ("ngày chính thức").
    pub official: Option<Date>,
    /// Post ("chức vụ").
    pub post: Option<String>,
    /// Unit where they work ("đơn vị công tác").
    pub unit: Option<String>,
}

/// The tellers of a ballot ("ban kiểm phiếu").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tellers {
    /// The head ("Trưởng ban").
    pub head: Option<String>,
    /// The members ("ủy viên").
    pub members: Vec<String>,
}

/// One meeting of the branch, by the index of its event in the case.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meeting {
    /// The 0-based index of the event (a ballot or a resolution) in the case.
    pub event: usize,
    /// When it began.
    pub start: Option<Time>,
    /// When the record was closed.
    pub end: Option<Time>,
    /// Where.
    pub place: Option<String>,
    /// Who chaired it ("chủ trì").
    pub chair: Option<String>,
    /// Who kept the minutes ("thư ký").
    pub recorder: Option<String>,
    /// The tellers.
    pub tellers: Option<Tellers>,
    /// Official members of the base (E) who were present.
    pub present: Option<u32>,
    /// Probationary members of the branch (who do not vote, E3).
    pub probationary: Option<u32>,
}

/// The document context. [`Context::default`] knows nothing: every fact it would
/// give prints as a blank.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Context {
    /// The place name of the place-and-date line ("Hà Tĩnh").
    pub place: Option<String>,
    /// The party organisation above the branch, for the header ("Đảng bộ Sở Tài chính").
    pub party_committee: Option<String>,
    /// The branch secretary's name (who signs lists and resolutions).
    pub secretary: Option<String>,
    /// People by their id in the case (the member, the mentors).
    pub people: BTreeMap<String, Person>,
    /// Meetings by event index.
    pub meetings: Vec<Meeting>,
}

impl Context {
    /// Reads a context file strictly.
    ///
    /// ```
    /// use screening_documents::context::Context;
    /// let c = Context::from_json(r#"{"format": "screening-context/1", "place": "Hà Tĩnh"}"#).unwrap();
    /// assert_eq!(c.place.as_deref(), Some("Hà Tĩnh"));
    /// let e = Context::from_json(r#"{"format": "screening-context/1", "plase": "Hà Tĩnh"}"#).unwrap_err();
    /// assert_eq!(e.path, "plase");
    /// ```
    pub fn from_json(text: &str) -> Result<Context, ContextError> {
        let value = parse(text)?;
        let mut top = Object::new(&value, "$".to_owned())?;
        match top.take("format") {
            None => return Err(top.error("format", ContextProblem::MissingField)),
            Some(Value::String(s)) if s == CONTEXT_FORMAT => {}
            Some(_) => return Err(top.error("format", ContextProblem::UnsupportedFormat)),
        }
        let mut context = Context {
            place: top.text("place")?,
            party_committee: top.text("party_committee")?,
            secretary: top.text("secretary")?,
            ..Context::default()
        };
        if let Some(people) = top.take("people") {
            let path = top.path("people");
            let Value::Object(map) = people else {
                return Err(wrong(path, Expected::Object));
            };
            for (id, person) in map {
                let at = format!("{path}[{}]", serde_json::to_string(id).unwrap_or_default());
                context.people.insert(id.clone(), read_person(person, at)?);
            }
        }
        if let Some(meetings) = top.take("meetings") {
            let path = top.path("meetings");
            let Value::Array(list) = meetings else {
                return Err(wrong(path, Expected::Object));
            };
            for (i, m) in list.iter().enumerate() {
                let at = format!("{path}[{i}]");
                let meeting = read_meeting(m, at.clone())?;
                if context.meetings.iter().any(|x| x.event == meeting.event) {
                    return Err(ContextError {
                        path: format!("{at}.event"),
                        problem: ContextProblem::DuplicateEvent,
                    });
                }
                context.meetings.push(meeting);
            }
        }
        top.finish()?;
        Ok(context)
    }

    /// The person with id `id`, if described.
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.get(id)
    }

    /// The meeting of event `index`, if described.
    pub fn meeting(&self, index: usize) -> Option<&Meeting> {
        self.meetings.iter().find(|m| m.event == index)
    }
}

fn wrong(path: String, expected: Expected) -> ContextError {
    ContextError {
        path,
        problem: ContextProblem::WrongType { expected },
    }
}

fn read_person(value: &Value, path: String) -> Result<Person, ContextError> {
    let mut o = Object::new(value, path)?;
    let person = Person {
        name: o.text("name")?,
        born: match o.take("born") {
            None => None,
            Some(v) => match v.as_u64() {
                Some(y @ 1900..=9997) => u32::try_from(y).ok(),
                _ => return Err(wrong(o.path("born"), Expected::Year)),
            },
        },
        joined: o.date("joined")?,
        official: o.date("official")?,
        post: o.text("post")?,
        unit: o.text("unit")?,
    };
    o.finish()?;
    Ok(person)
}

fn read_meeting(value: &Value, path: String) -> Result<Meeting, ContextError> {
    let mut o = Object::new(value, path)?;
    let event = match o.take("event") {
        None => return Err(o.error("event", ContextProblem::MissingField)),
        Some(v) => v
            .as_u64()
            .and_then(|n| usize::try_from(n).ok())
            .ok_or_else(|| wrong(o.path("event"), Expected::Count))?,
    };
    let tellers = match o.take("tellers") {
        None => None,
        Some(v) => {
            let mut t = Object::new(v, o.path("tellers"))?;
            let head = t.text("head")?;
            let members = match t.take("members") {
                None => Vec::new(),
                Some(Value::Array(list)) => {
                    let mut names = Vec::new();
                    for (i, item) in list.iter().enumerate() {
                        let at = format!("{}[{i}]", t.path("members"));
                        names.push(text_value(item).ok_or_else(|| wrong(at, Expected::Text))?);
                    }
                    names
                }
                Some(_) => return Err(wrong(t.path("members"), Expected::TextList)),
            };
            t.finish()?;
            Some(Tellers { head, members })
        }
    };
    let meeting = Meeting {
        event,
        start: o.time("start")?,
        end: o.time("end")?,
        place: o.text("place")?,
        chair: o.text("chair")?,
        recorder: o.text("recorder")?,
        tellers,
        present: o.count("present")?,
        probationary: o.count("probationary")?,
    };
    o.finish()?;
    Ok(meeting)
}

/// A text value as the context allows it: the case file's rules for names
/// (1 to 200 characters, not only whitespace, no control character and no
/// invisible or direction-changing character), so that nothing printed can
/// disguise itself.
fn text_value(value: &Value) -> Option<String> {
    let s = value.as_str()?;
    screening_core::Name::new(s)
        .ok()
        .map(|n| n.as_str().to_owned())
}

/// An object being read: fields are taken one by one, and whatever is left at
/// the end is an unknown field.
struct Object<'a> {
    map: BTreeMap<&'a str, &'a Value>,
    path: String,
}

impl<'a> Object<'a> {
    fn new(value: &'a Value, path: String) -> Result<Object<'a>, ContextError> {
        let Value::Object(map) = value else {
            return Err(wrong(path, Expected::Object));
        };
        Ok(Object {
            map: map.iter().map(|(k, v)| (k.as_str(), v)).collect(),
            path,
        })
    }

    fn path(&self, field: &str) -> String {
        if self.path == "$" {
            field.to_owned()
        } else {
            format!("{}.{field}", self.path)
        }
    }

    fn error(&self, field: &str, problem: ContextProblem) -> ContextError {
        ContextError {
            path: self.path(field),
            problem,
        }
    }

    fn take(&mut self, field: &str) -> Option<&'a Value> {
        self.map.remove(field)
    }

    fn text(&mut self, field: &str) -> Result<Option<String>, ContextError> {
        match self.take(field) {
            None => Ok(None),
            Some(v) => text_value(v)
                .map(Some)
                .ok_or_else(|| wrong(self.path(field), Expected::Text)),
        }
    }

    fn count(&mut self, field: &str) -> Result<Option<u32>, ContextError> {
        match self.take(field) {
            None => Ok(None),
            Some(v) => v
                .as_u64()
                .and_then(|n| u32::try_from(n).ok())
                .map(Some)
                .ok_or_else(|| wrong(self.path(field), Expected::Count)),
        }
    }

    fn date(&mut self, field: &str) -> Result<Option<Date>, ContextError> {
        match self.take(field) {
            None => Ok(None),
            Some(v) => v
                .as_str()
                .and_then(|s| s.parse::<Date>().ok())
                .map(Some)
                .ok_or_else(|| wrong(self.path(field), Expected::Date)),
        }
    }

    fn time(&mut self, field: &str) -> Result<Option<Time>, ContextError> {
        match self.take(field) {
            None => Ok(None),
            Some(v) => v
                .as_str()
                .and_then(parse_time)
                .map(Some)
                .ok_or_else(|| wrong(self.path(field), Expected::Time)),
        }
    }

    fn finish(self) -> Result<(), ContextError> {
        match self.map.keys().next() {
            None => Ok(()),
            Some(field) => Err(self.error(field, ContextProblem::UnknownField)),
        }
    }
}

/// `HH:MM`, two ASCII digits each.
fn parse_time(s: &str) -> Option<Time> {
    let (h, m) = s.split_once(':')?;
    let two = |x: &str| -> Option<u8> {
        if x.len() == 2 && x.bytes().all(|b| b.is_ascii_digit()) {
            x.parse().ok()
        } else {
            None
        }
    };
    let hour = two(h)?;
    let minute = two(m)?;
    (hour < 24 && minute < 60).then_some(Time { hour, minute })
}

/// Parses JSON text into a value, refusing duplicate keys (with their path).
fn parse(text: &str) -> Result<Value, ContextError> {
    let duplicate = RefCell::new(None);
    let mut de = serde_json::Deserializer::from_str(text);
    let result = Strict {
        path: "$".to_owned(),
        duplicate: &duplicate,
    }
    .deserialize(&mut de)
    .and_then(|v| de.end().map(|()| v));
    match result {
        Ok(v) => Ok(v),
        Err(e) => Err(match duplicate.into_inner() {
            Some(path) => ContextError {
                path,
                problem: ContextProblem::DuplicateKey,
            },
            None => ContextError {
                path: "$".to_owned(),
                problem: ContextProblem::NotJson {
                    line: e.line(),
                    column: e.column(),
                },
            },
        }),
    }
}

/// A JSON value that refuses a key given twice in one object.
struct Strict<'p> {
    path: String,
    duplicate: &'p RefCell<Option<String>>,
}

impl<'de> DeserializeSeed<'de> for Strict<'_> {
    type Value = Value;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Strict<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        while let Some(v) = seq.next_element_seed(Strict {
            path: format!("{}[{}]", self.path, out.len()),
            duplicate: self.duplicate,
        })? {
            out.push(v);
        }
        Ok(Value::Array(out))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let path = if self.path == "$" {
                key.clone()
            } else {
                format!("{}.{key}", self.path)
            };
            if out.contains_key(&key) {
                *self.duplicate.borrow_mut() = Some(path);
                return Err(de::Error::custom("duplicate key"));
            }
            let v = map.next_value_seed(Strict {
                path,
                duplicate: self.duplicate,
            })?;
            out.insert(key, v);
        }
        Ok(Value::Object(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> ContextError {
        Context::from_json(text).expect_err("refused")
    }

    #[test]
    fn unknown_fields_are_refused_with_their_path() {
        let e = err(
            r#"{"format": "screening-context/1", "meetings": [{"event": 3, "tellers": {"head": "A", "member": ["B"]}}]}"#,
        );
        assert_eq!(e.path, "meetings[0].tellers.member");
        assert_eq!(e.problem, ContextProblem::UnknownField);
        let e = err(r#"{"format": "screening-context/1", "people": {"DV-1": {"nam": "A"}}}"#);
        assert_eq!(e.path, r#"people["DV-1"].nam"#);
    }

    #[test]
    fn duplicate_keys_wrong_types_and_formats_are_refused() {
        let e = err(r#"{"format": "screening-context/1", "place": "A", "place": "B"}"#);
        assert_eq!(
            (e.path.as_str(), &e.problem),
            ("place", &ContextProblem::DuplicateKey)
        );
        let e = err(r#"{"format": "screening-context/1", "people": {"X": {"born": 1850}}}"#);
        assert_eq!(e.path, r#"people["X"].born"#);
        let e = err(
            r#"{"format": "screening-context/1", "meetings": [{"event": 1, "start": "9:00"}]}"#,
        );
        assert_eq!(e.path, "meetings[0].start");
        let e = err(r#"{"format": "screening-context/2"}"#);
        assert_eq!(e.problem, ContextProblem::UnsupportedFormat);
        let e = err(r#"{"place": "A"}"#);
        assert_eq!(
            (e.path.as_str(), &e.problem),
            ("format", &ContextProblem::MissingField)
        );
        let e = err(r#"{"format": "screening-context/1", "place": ""}"#);
        assert_eq!(e.path, "place");
        let e = err(r#"{"format": "screening-context/1", "secretary": "An\u202eB"}"#);
        assert_eq!(e.path, "secretary");
        let e = err("{");
        assert!(matches!(e.problem, ContextProblem::NotJson { .. }));
        let e =
            err(r#"{"format": "screening-context/1", "meetings": [{"event": 1}, {"event": 1}]}"#);
        assert_eq!(
            (e.path.as_str(), &e.problem),
            ("meetings[1].event", &ContextProblem::DuplicateEvent)
        );
    }

    #[test]
    fn a_full_context_is_read() {
        let c = Context::from_json(
            r#"{"format": "screening-context/1", "place": "Hà Tĩnh", "party_committee": "Đảng bộ Sở X", "secretary": "A",
                "people": {"DV-1": {"name": "B", "born": 1980, "joined": "2005-05-19", "official": "2006-05-19", "post": "Chuyên viên", "unit": "Phòng Y"}},
                "meetings": [{"event": 3, "start": "14:00", "end": "16:30", "place": "P", "chair": "A", "recorder": "C",
                              "tellers": {"head": "D", "members": ["E", "F"]}, "present": 10, "probationary": 1}]}"#,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(c.person("DV-1").and_then(|p| p.born), Some(1980));
        let m = c.meeting(3).unwrap_or_else(|| panic!("meeting 3"));
        assert_eq!(m.start.map(Time::in_words).as_deref(), Some("14 giờ 00"));
        assert_eq!(m.tellers.as_ref().map(|t| t.members.len()), Some(2));
    }
}
