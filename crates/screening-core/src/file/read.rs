//! The reader of the case file's values: where a value is ([`Place`], written
//! as a path only when something is wrong), and one function per kind of value,
//! each refusing anything but what the format allows.

use std::borrow::Cow;
use std::fmt::Write as _;

use super::malformed::{Expected, FormatError, Malformed, Problem};
use crate::authority::{Body, Branch, BranchKind, Id, Member, MemberStatus, Name, Names};
use crate::electorate::{Counts, TellersCount};
use crate::event::{Criterion, Mentor, MentorRole};
use crate::json::{self, Value};
use crate::lang::Vocabulary;
use crate::period::Date;

/// Where in the file a value is; the path is written only when something is wrong.
pub(super) enum Place<'p> {
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
                push_key(s, key);
            }
            Place::Index(parent, i) => {
                parent.write(s);
                push_index(s, *i);
            }
        }
    }
}

/// `.key` after a path (`key` alone at its start): `events[3].electorate`.
fn push_key(path: &mut String, key: &str) {
    if !path.is_empty() {
        path.push('.');
    }
    path.push_str(key);
}

/// `[i]` after a path.
fn push_index(path: &mut String, i: usize) {
    let _ = write!(path, "[{i}]");
}

pub(super) fn malformed(at: &Place<'_>, problem: Problem) -> FormatError {
    FormatError::Malformed(Box::new(Malformed {
        path: at.path(),
        problem,
    }))
}

/// Reads `text` as JSON; a text that is not JSON is `malformed`, with the path (from
/// `at`) of the value being read where it stopped.
pub(super) fn parse<'a>(text: &'a str, at: &Place<'_>) -> Result<Value<'a>, FormatError> {
    json::parse(text).map_err(|e| {
        let mut path = at.path();
        for step in &e.path {
            match step {
                json::Step::Key(k) => push_key(&mut path, k),
                json::Step::Index(i) => push_index(&mut path, *i),
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
pub(super) fn describe(value: &Value<'_>) -> String {
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

pub(super) type Fields<'v, 'a> = &'v [(Cow<'a, str>, Value<'a>)];
pub(super) type Read<T> = Result<T, FormatError>;

pub(super) fn wrong(at: &Place<'_>, expected: Expected, found: &Value<'_>) -> FormatError {
    malformed(
        at,
        Problem::WrongType {
            expected,
            found: found.kind(),
        },
    )
}

pub(super) fn object<'v, 'a>(v: &'v Value<'a>, at: &Place<'_>) -> Read<Fields<'v, 'a>> {
    match v {
        Value::Object(fields) => Ok(fields),
        other => Err(wrong(at, Expected::Object, other)),
    }
}

pub(super) fn array<'v, 'a>(v: &'v Value<'a>, at: &Place<'_>) -> Read<&'v [Value<'a>]> {
    match v {
        Value::Array(items) => Ok(items),
        other => Err(wrong(at, Expected::Array, other)),
    }
}

pub(super) fn string<'v>(v: &'v Value<'_>, at: &Place<'_>) -> Read<&'v str> {
    match v {
        Value::String(s) => Ok(s),
        other => Err(wrong(at, Expected::String, other)),
    }
}

pub(super) fn boolean(v: &Value<'_>, at: &Place<'_>) -> Read<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        other => Err(wrong(at, Expected::Bool, other)),
    }
}

/// A count: a JSON integer with no sign, fraction or exponent, from 0 to 4294967295.
pub(super) fn count(v: &Value<'_>, at: &Place<'_>) -> Read<u32> {
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

pub(super) fn date(v: &Value<'_>, at: &Place<'_>) -> Read<Date> {
    string(v, at)?
        .parse()
        .map_err(|_| malformed(at, Problem::NotADate))
}

pub(super) fn id(v: &Value<'_>, at: &Place<'_>) -> Read<Id> {
    Id::new(string(v, at)?).map_err(|p| malformed(at, Problem::Text(p)))
}

pub(super) fn code<V: Vocabulary>(
    v: &Value<'_>,
    at: &Place<'_>,
    from: fn(&str) -> Option<V>,
) -> Read<V> {
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

pub(super) fn field<'v, 'a>(fields: Fields<'v, 'a>, key: &str) -> Option<&'v Value<'a>> {
    fields.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// Refuses a field not in `allowed`.
pub(super) fn only(fields: Fields<'_, '_>, at: &Place<'_>, allowed: &[&str]) -> Read<()> {
    match fields.iter().find(|(k, _)| !allowed.contains(&k.as_ref())) {
        Some((k, _)) => Err(malformed(at, Problem::UnknownField(k.to_string()))),
        None => Ok(()),
    }
}

/// A required field, read by `read`; `null` is of the wrong type like any other.
pub(super) fn required<T>(
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
pub(super) fn optional<T>(
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

pub(super) fn read_member(v: &Value<'_>, at: &Place<'_>) -> Read<Member> {
    let f = object(v, at)?;
    only(f, at, &["id", "status"])?;
    Ok(Member {
        id: required(f, at, "id", id)?,
        status: required(f, at, "status", |v, at| {
            code(v, at, MemberStatus::from_code)
        })?,
    })
}

pub(super) fn read_branch(v: &Value<'_>, at: &Place<'_>) -> Read<Branch> {
    let f = object(v, at)?;
    only(f, at, &["id", "kind", "has_committee", "names"])?;
    Ok(Branch {
        id: required(f, at, "id", id)?,
        kind: required(f, at, "kind", |v, at| code(v, at, BranchKind::from_code))?,
        has_committee: required(f, at, "has_committee", boolean)?,
        names: optional(f, at, "names", read_names)?.unwrap_or_default(),
    })
}

pub(super) fn read_names(v: &Value<'_>, at: &Place<'_>) -> Read<Names> {
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

pub(super) fn read_counts(v: &Value<'_>, at: &Place<'_>) -> Read<Counts> {
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

pub(super) fn read_tellers(v: &Value<'_>, at: &Place<'_>) -> Read<TellersCount> {
    let f = object(v, at)?;
    only(f, at, &["issued", "returned", "invalid"])?;
    Ok(TellersCount {
        issued: required(f, at, "issued", count)?,
        returned: required(f, at, "returned", count)?,
        invalid: required(f, at, "invalid", count)?,
    })
}

pub(super) fn read_mentor(v: &Value<'_>, at: &Place<'_>) -> Read<Mentor> {
    let f = object(v, at)?;
    only(f, at, &["id", "role"])?;
    Ok(Mentor {
        id: required(f, at, "id", id)?,
        role: required(f, at, "role", |v, at| code(v, at, MentorRole::from_code))?,
    })
}

pub(super) fn read_criteria(v: &Value<'_>, at: &Place<'_>) -> Read<Vec<Criterion>> {
    array(v, at)?
        .iter()
        .enumerate()
        .map(|(i, c)| code(c, &Place::Index(at, i), Criterion::from_code))
        .collect()
}
