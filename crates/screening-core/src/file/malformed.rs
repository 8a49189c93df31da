//! Why a case file cannot be read ([`FormatError`]): the format unsupported, or
//! the file malformed ([`Malformed`]: the path of the field at fault and what is
//! wrong with it), with messages in Vietnamese and English.

use std::fmt;

use crate::authority::TextProblem;
use crate::code::ErrorCode;
use crate::event::EventType;
use crate::json::{self, JsonKind, Syntax};
use crate::lang::{Bilingual, Lang};

/// A case file that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
pub enum FormatError {
    /// Not JSON as the format requires, wrong types, unknown or missing fields,
    /// unknown values, impossible dates: with the path of the field at fault.
    #[error("malformed case file: {0}")]
    Malformed(Box<Malformed>),
    /// `format` is not `screening-case/1`.
    #[error("unsupported format {found}: this library reads \"screening-case/1\"")]
    UnsupportedFormat {
        /// The `format` value found, as JSON.
        found: String,
    },
}

impl FormatError {
    /// The stable code.
    pub const fn code(&self) -> ErrorCode {
        match self {
            FormatError::Malformed(_) => ErrorCode::Malformed,
            FormatError::UnsupportedFormat { .. } => ErrorCode::UnsupportedFormat,
        }
    }

    /// What is wrong and where, for a malformed file.
    pub fn malformed(&self) -> Option<&Malformed> {
        match self {
            FormatError::Malformed(m) => Some(m),
            FormatError::UnsupportedFormat { .. } => None,
        }
    }

    /// The detailed message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (_, Lang::En) => self.to_string(),
            (FormatError::Malformed(m), Lang::Vi) => {
                format!("Hồ sơ không đúng định dạng: {}", m.message(lang))
            }
            (FormatError::UnsupportedFormat { found }, Lang::Vi) => format!(
                "Phiên bản định dạng hồ sơ “{found}” không được hỗ trợ: thư viện đọc phiên bản “screening-case/1”"
            ),
        }
    }

    /// The detailed message in both languages.
    pub fn messages(&self) -> Bilingual {
        Bilingual::with(|lang| self.message(lang))
    }
}

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
