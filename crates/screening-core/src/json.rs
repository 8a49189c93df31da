//! A strict reader of JSON text (RFC 8259), the first thing a case file goes through.
//!
//! CASE-FORMAT.md pins the reading down to the byte: UTF-8 without a byte-order
//! mark, no `NaN`/`Infinity`, no duplicate key in one object, no unpaired
//! surrogate escape. A general JSON library accepts some of these or reports them
//! in its own (English) words, so the case file is read here, into a tree that
//! keeps numbers as written (a count's form is checked later: `-0`, `1e1` and
//! `10.0` are valid JSON but not counts). Nothing here panics, whatever the input;
//! nesting deeper than [`MAX_DEPTH`] is refused rather than recursed into.

use std::borrow::Cow;
use std::collections::HashSet;

/// How deep arrays and objects may nest. A case file needs five levels.
pub(crate) const MAX_DEPTH: u32 = 64;

/// A JSON value as read. Numbers keep their text; strings borrow the input where
/// they hold no escape.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value<'a> {
    Null,
    Bool(bool),
    Number(&'a str),
    String(Cow<'a, str>),
    Array(Vec<Value<'a>>),
    Object(Vec<(Cow<'a, str>, Value<'a>)>),
}

/// The kind of a JSON value, as an error names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JsonKind {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool,
    /// A number.
    Number,
    /// A string.
    String,
    /// An array.
    Array,
    /// An object.
    Object,
}

impl Value<'_> {
    pub(crate) const fn kind(&self) -> JsonKind {
        match self {
            Value::Null => JsonKind::Null,
            Value::Bool(_) => JsonKind::Bool,
            Value::Number(_) => JsonKind::Number,
            Value::String(_) => JsonKind::String,
            Value::Array(_) => JsonKind::Array,
            Value::Object(_) => JsonKind::Object,
        }
    }
}

/// Why a text is not JSON as the case file format requires it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Syntax {
    /// The text is empty or ends in the middle of a value.
    UnexpectedEnd,
    /// A character that cannot stand here (`NaN`, `Infinity`, a stray comma, …).
    UnexpectedChar(char),
    /// Text after the value.
    TrailingText,
    /// The text begins with a byte-order mark (U+FEFF).
    ByteOrderMark,
    /// A backslash escape that JSON does not have.
    InvalidEscape,
    /// A `\u` escape of one half of a surrogate pair without the other half.
    LoneSurrogate,
    /// A control character (below U+0020) written raw inside a string.
    ControlCharacter,
    /// A number that JSON does not allow (`01`, `1.`, `.5`, `-`).
    InvalidNumber,
    /// A key written twice in one object.
    DuplicateKey(String),
    /// Arrays and objects nested deeper than 64 levels (the reader does not recurse further).
    TooDeep,
}

/// One step of a path into the file.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Step {
    Key(String),
    Index(usize),
}

/// A text that is not JSON: why, where in the text (1-based line and column, in
/// characters), and the path of the value being read (outermost first).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct SyntaxError {
    pub(crate) problem: Syntax,
    pub(crate) line: usize,
    pub(crate) column: usize,
    pub(crate) path: Vec<Step>,
}

/// Reads a whole text as one JSON value.
pub(crate) fn parse(text: &str) -> Result<Value<'_>, SyntaxError> {
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        pos: 0,
    };
    let fail = |p: &Parser<'_>, problem, path: Vec<Step>| {
        let (line, column) = p.line_column();
        SyntaxError {
            problem,
            line,
            column,
            path,
        }
    };
    if text.starts_with('\u{feff}') {
        return Err(fail(&p, Syntax::ByteOrderMark, Vec::new()));
    }
    let value = p.value(0).map_err(|(problem, mut path)| {
        path.reverse();
        fail(&p, problem, path)
    })?;
    p.skip_whitespace();
    if p.pos < p.bytes.len() {
        return Err(fail(&p, Syntax::TrailingText, Vec::new()));
    }
    Ok(value)
}

/// An error on its way out: the path is built innermost first, as the
/// recursion unwinds, so that nothing is spent on paths while reading succeeds.
type Failed = (Syntax, Vec<Step>);

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn bump(&mut self) {
        self.pos = self.pos.saturating_add(1);
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.bump();
        }
    }

    /// The 1-based line and column (in characters) of the current position.
    fn line_column(&self) -> (usize, usize) {
        let before = self.text.get(..self.pos).unwrap_or(self.text);
        let line = before.matches('\n').count().saturating_add(1);
        let start = before.rfind('\n').map_or(0, |i| i.saturating_add(1));
        let column = before
            .get(start..)
            .map_or(0, |s| s.chars().count())
            .saturating_add(1);
        (line, column)
    }

    /// The problem with the character at the current position.
    fn unexpected(&self) -> Syntax {
        match self.text.get(self.pos..).and_then(|s| s.chars().next()) {
            Some(c) => Syntax::UnexpectedChar(c),
            None => Syntax::UnexpectedEnd,
        }
    }

    fn value(&mut self, depth: u32) -> Result<Value<'a>, Failed> {
        self.skip_whitespace();
        match self.peek() {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'n') => self.word("null", Value::Null),
            _ => Err((self.unexpected(), Vec::new())),
        }
    }

    fn word(&mut self, word: &str, value: Value<'a>) -> Result<Value<'a>, Failed> {
        let end = self.pos.saturating_add(word.len());
        if self.bytes.get(self.pos..end) == Some(word.as_bytes()) {
            self.pos = end;
            Ok(value)
        } else {
            Err((self.unexpected(), Vec::new()))
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while let Some(b'0'..=b'9') = self.peek() {
            self.bump();
        }
        self.pos.saturating_sub(start)
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, kept as written.
    fn number(&mut self) -> Result<Value<'a>, Failed> {
        let start = self.pos;
        let invalid = || Err((Syntax::InvalidNumber, Vec::new()));
        if self.peek() == Some(b'-') {
            self.bump();
        }
        match self.peek() {
            Some(b'0') => self.bump(),
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return invalid(),
        }
        if let Some(b'0'..=b'9') = self.peek() {
            return invalid();
        }
        if self.peek() == Some(b'.') {
            self.bump();
            if self.digits() == 0 {
                return invalid();
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.bump();
            if let Some(b'+' | b'-') = self.peek() {
                self.bump();
            }
            if self.digits() == 0 {
                return invalid();
            }
        }
        match self.text.get(start..self.pos) {
            Some(text) => Ok(Value::Number(text)),
            None => invalid(),
        }
    }

    fn hex4(&mut self) -> Result<u32, Failed> {
        let end = self.pos.saturating_add(4);
        let digits = self
            .text
            .get(self.pos..end)
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or((Syntax::InvalidEscape, Vec::new()))?;
        let n = u32::from_str_radix(digits, 16).map_err(|_| (Syntax::InvalidEscape, Vec::new()))?;
        self.pos = end;
        Ok(n)
    }

    /// A `\u` escape after the `\u` itself, with its low surrogate if it has one.
    fn unicode_escape(&mut self) -> Result<char, Failed> {
        let lone = || (Syntax::LoneSurrogate, Vec::new());
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                let end = self.pos.saturating_add(2);
                if self.bytes.get(self.pos..end) != Some(b"\\u".as_slice()) {
                    return Err(lone());
                }
                self.pos = end;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(lone());
                }
                0x10000u32
                    .wrapping_add((first.wrapping_sub(0xD800)) << 10)
                    .wrapping_add(second.wrapping_sub(0xDC00))
            }
            0xDC00..=0xDFFF => return Err(lone()),
            n => n,
        };
        char::from_u32(code).ok_or_else(lone)
    }

    fn string(&mut self) -> Result<Cow<'a, str>, Failed> {
        self.bump(); // the opening quote
        let start = self.pos;
        let mut owned: Option<String> = None;
        let mut run = start; // the start of the text not yet copied into `owned`
        loop {
            match self.peek() {
                None => return Err((Syntax::UnexpectedEnd, Vec::new())),
                Some(b'"') => {
                    let tail = self.text.get(run..self.pos).unwrap_or("");
                    self.bump();
                    return Ok(match owned {
                        Some(mut s) => {
                            s.push_str(tail);
                            Cow::Owned(s)
                        }
                        None => Cow::Borrowed(tail),
                    });
                }
                Some(b'\\') => {
                    let s = owned.get_or_insert_with(String::new);
                    s.push_str(self.text.get(run..self.pos).unwrap_or(""));
                    self.bump();
                    let c = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.bump();
                            let c = self.unicode_escape()?;
                            s.push(c);
                            run = self.pos;
                            continue;
                        }
                        None => return Err((Syntax::UnexpectedEnd, Vec::new())),
                        Some(_) => return Err((Syntax::InvalidEscape, Vec::new())),
                    };
                    s.push(c);
                    self.bump();
                    run = self.pos;
                }
                Some(0x00..=0x1f) => return Err((Syntax::ControlCharacter, Vec::new())),
                Some(_) => self.bump(),
            }
        }
    }

    fn array(&mut self, depth: u32) -> Result<Value<'a>, Failed> {
        let depth = self.enter(depth)?;
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b']') {
            self.bump();
            return Ok(Value::Array(items));
        }
        loop {
            let index = items.len();
            let item = self.value(depth).map_err(|(p, mut path)| {
                path.push(Step::Index(index));
                (p, path)
            })?;
            items.push(item);
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.bump(),
                Some(b']') => {
                    self.bump();
                    return Ok(Value::Array(items));
                }
                _ => return Err((self.unexpected(), Vec::new())),
            }
        }
    }

    fn object(&mut self, depth: u32) -> Result<Value<'a>, Failed> {
        let depth = self.enter(depth)?;
        let mut fields: Vec<(Cow<'a, str>, Value<'a>)> = Vec::new();
        // Small objects are searched; a large one gets a set, so that a file of many
        // keys cannot make the duplicate check quadratic.
        let mut seen: Option<HashSet<Cow<'a, str>>> = None;
        self.skip_whitespace();
        if self.peek() == Some(b'}') {
            self.bump();
            return Ok(Value::Object(fields));
        }
        loop {
            self.skip_whitespace();
            if self.peek() != Some(b'"') {
                return Err((self.unexpected(), Vec::new()));
            }
            let key = self.string()?;
            let duplicate = match &mut seen {
                Some(set) => !set.insert(key.clone()),
                None => fields.iter().any(|(k, _)| *k == key),
            };
            if duplicate {
                return Err((Syntax::DuplicateKey(key.into_owned()), Vec::new()));
            }
            if seen.is_none() && fields.len() >= 16 {
                let mut set: HashSet<Cow<'a, str>> =
                    fields.iter().map(|(k, _)| k.clone()).collect();
                set.insert(key.clone());
                seen = Some(set);
            }
            self.skip_whitespace();
            if self.peek() != Some(b':') {
                return Err((self.unexpected(), Vec::new()));
            }
            self.bump();
            let value = self.value(depth).map_err(|(p, mut path)| {
                path.push(Step::Key(key.to_string()));
                (p, path)
            })?;
            fields.push((key, value));
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.bump(),
                Some(b'}') => {
                    self.bump();
                    return Ok(Value::Object(fields));
                }
                _ => return Err((self.unexpected(), Vec::new())),
            }
        }
    }

    /// Enters an array or object: one level deeper, within [`MAX_DEPTH`].
    fn enter(&mut self, depth: u32) -> Result<u32, Failed> {
        if depth >= MAX_DEPTH {
            return Err((Syntax::TooDeep, Vec::new()));
        }
        self.bump();
        Ok(depth.saturating_add(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(text: &str) -> Syntax {
        parse(text).unwrap_err().problem
    }

    #[test]
    fn reads_what_json_allows() {
        let v = parse(r#" {"a": [1, -0, 1.5e-3, true, false, null, "x\u00e9\ud83d\ude00\n"]} "#)
            .unwrap();
        let Value::Object(fields) = v else { panic!() };
        let Value::Array(items) = &fields[0].1 else {
            panic!()
        };
        assert_eq!(items[1], Value::Number("-0"));
        assert_eq!(items[6], Value::String("xé😀\n".into()));
    }

    #[test]
    fn refuses_what_the_format_refuses() {
        assert_eq!(problem("\u{feff}{}"), Syntax::ByteOrderMark);
        assert_eq!(problem(r#"{"a": NaN}"#), Syntax::UnexpectedChar('N'));
        assert_eq!(problem(r#"{"a": Infinity}"#), Syntax::UnexpectedChar('I'));
        assert_eq!(
            problem(r#"{"a": 1, "a": 2}"#),
            Syntax::DuplicateKey("a".into())
        );
        assert_eq!(problem(r#"{"a": "\ud800"}"#), Syntax::LoneSurrogate);
        assert_eq!(problem(r#"{"a": "\udc00\ud800"}"#), Syntax::LoneSurrogate);
        assert_eq!(problem(r#"{"a": "\ud800\u0041"}"#), Syntax::LoneSurrogate);
        assert_eq!(problem("{\"a\": \"\t\"}"), Syntax::ControlCharacter);
        assert_eq!(problem(r#"{"a": 01}"#), Syntax::InvalidNumber);
        assert_eq!(problem(r#"{"a": 1.}"#), Syntax::InvalidNumber);
        assert_eq!(problem(r#"{"a": "\x"}"#), Syntax::InvalidEscape);
        assert_eq!(problem("{} {}"), Syntax::TrailingText);
        assert_eq!(problem(""), Syntax::UnexpectedEnd);
        assert_eq!(problem(&"[".repeat(100)), Syntax::TooDeep);
    }

    #[test]
    fn a_duplicate_key_in_a_large_object_is_found() {
        let mut text = String::from("{");
        for i in 0..40 {
            text.push_str(&format!("\"k{i}\": {i}, "));
        }
        text.push_str("\"k3\": 0}");
        assert_eq!(problem(&text), Syntax::DuplicateKey("k3".into()));
    }

    #[test]
    fn an_error_names_its_place() {
        let e = parse("{\"events\": [{}, {\"yes\": 1,\n \"yes\": 2}]}").unwrap_err();
        assert_eq!(e.path, vec![Step::Key("events".into()), Step::Index(1)]);
        assert_eq!((e.line, e.column), (2, 7));
    }
}
