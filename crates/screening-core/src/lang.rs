//! Languages and the bilingual vocabulary of the procedure.
//!
//! Every state, event, body, criterion, outcome and error has a Vietnamese
//! label (in the circular's own words where it has them) and an English one.

use std::fmt;

/// A language for labels and explanations: Vietnamese ("tiếng Việt") or English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Vietnamese, the language of the circular (the default).
    #[default]
    Vi,
    /// English.
    En,
}

impl Lang {
    /// Both languages, Vietnamese first.
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

    /// `"vi"` or `"en"`.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// Reads `"vi"` or `"en"`.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A text in both languages, as the bindings return it: `{"vi": ..., "en": ...}`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Bilingual {
    /// The Vietnamese text.
    pub vi: String,
    /// The English text.
    pub en: String,
}

impl Bilingual {
    /// Builds both texts with one function of the language.
    pub fn with(mut text: impl FnMut(Lang) -> String) -> Bilingual {
        Bilingual {
            vi: text(Lang::Vi),
            en: text(Lang::En),
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }
}

/// A closed vocabulary of the procedure (states, events, bodies, criteria, …):
/// every value with its stable JSON code, its Vietnamese and English labels and,
/// where the source has one, the source's own words. Defined once by the
/// `vocabulary!` macro; `docs/glossary.md` is generated from it.
pub trait Vocabulary: Copy + 'static {
    /// The vocabulary's name in Rust (`EventType`).
    const NAME: &'static str;
    /// What the vocabulary is, in Vietnamese and English.
    const TITLE: (&'static str, &'static str);
    /// Every value, in the order of the specification.
    fn all() -> &'static [Self];
    /// The stable JSON code.
    fn code(self) -> &'static str;
    /// The label in `lang`.
    fn label(self, lang: Lang) -> &'static str;
    /// The words of the circular or of Guidance 02 the value stands for, if any.
    fn source(self) -> Option<&'static str>;
}

/// Defines a closed vocabulary: a fieldless enum whose JSON form is a stable
/// snake_case code, with a Vietnamese and an English label for each value and,
/// optionally, the source text's own words.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $name:ident ($title_vi:literal, $title_en:literal) {
            $(
                $(#[$vmeta:meta])*
                $variant:ident = $code:literal, vi: $vi:literal, en: $en:literal $(, source: $source:literal)?;
            )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every value, in the order of the specification.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable JSON code.
            pub const fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// Reads a JSON code.
            pub fn from_code(code: &str) -> Option<$name> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }

            /// The label in `lang` (Vietnamese in the circular's words).
            pub const fn label(self, lang: $crate::lang::Lang) -> &'static str {
                match lang {
                    $crate::lang::Lang::Vi => match self { $($name::$variant => $vi),+ },
                    $crate::lang::Lang::En => match self { $($name::$variant => $en),+ },
                }
            }
        }

        impl $crate::lang::Vocabulary for $name {
            const NAME: &'static str = stringify!($name);
            const TITLE: (&'static str, &'static str) = ($title_vi, $title_en);
            fn all() -> &'static [Self] {
                $name::ALL
            }
            fn code(self) -> &'static str {
                $name::code(self)
            }
            fn label(self, lang: $crate::lang::Lang) -> &'static str {
                $name::label(self, lang)
            }
            fn source(self) -> Option<&'static str> {
                match self { $($name::$variant => $crate::lang::vocabulary!(@source $($source)?)),+ }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.code())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::lang::UnknownCode;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $name::from_code(s).ok_or_else(|| $crate::lang::UnknownCode {
                    what: stringify!($name),
                    code: s.to_owned(),
                    expected: &[$($code),+],
                })
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl ::serde::de::Visitor<'_> for V {
                    type Value = $name;
                    fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        f.write_str(concat!("one of the codes of ", stringify!($name)))
                    }
                    fn visit_str<E: ::serde::de::Error>(self, v: &str) -> Result<$name, E> {
                        $name::from_code(v).ok_or_else(|| E::unknown_variant(v, &[$($code),+]))
                    }
                }
                d.deserialize_str(V)
            }
        }
    };
    (@source $source:literal) => { Some($source) };
    (@source) => { None };
}
pub(crate) use vocabulary;

/// A code that is not one of a vocabulary's values.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} `{code}`; expected one of {expected:?}")]
pub struct UnknownCode {
    /// Which vocabulary.
    pub what: &'static str,
    /// The code given.
    pub code: String,
    /// The codes allowed.
    pub expected: &'static [&'static str],
}
