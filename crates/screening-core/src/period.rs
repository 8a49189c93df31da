//! Calendar dates and the 12-month period (D1, D2).
//!
//! The core never reads a clock: every date is an argument.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Months, NaiveDate};

/// A calendar date of the case file, `YYYY-MM-DD` with a year from 1900 to 9997
/// ("ngày"), so that every screening date computed from one (D2) is of the same form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date(NaiveDate);

/// The first year a case file may name.
pub const FIRST_YEAR: i32 = 1900;
/// The last year a case file may name.
pub const LAST_YEAR: i32 = 9997;

/// A date that is not a `YYYY-MM-DD` calendar date from 1900 to 9997.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{text}` is not a date YYYY-MM-DD with a year from 1900 to 9997")]
pub struct DateError {
    /// The text given.
    pub text: String,
}

impl Date {
    /// A date from year, month and day; `None` outside the calendar or 1900–9997.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
            return None;
        }
        NaiveDate::from_ymd_opt(year, month, day).map(Date)
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.0.year()
    }

    /// The month, 1–12.
    pub fn month(self) -> u32 {
        self.0.month()
    }

    /// The day of the month.
    pub fn day(self) -> u32 {
        self.0.day()
    }

    /// The chrono date.
    pub const fn naive(self) -> NaiveDate {
        self.0
    }

    /// The date `days` days later (earlier when negative); `None` outside the calendar
    /// chrono can represent.
    pub fn add_days(self, days: i64) -> Option<Date> {
        chrono::TimeDelta::try_days(days)
            .and_then(|d| self.0.checked_add_signed(d))
            .map(Date)
    }

    /// The date as Vietnamese prose writes it, after "ngày": `04/3/2024`.
    ///
    /// Days below 10 and the months 1 and 2 take a leading zero, as the Party's
    /// rules for documents (Hướng dẫn 36-HD/VPTW) write them, so that no digit can
    /// be added by hand: `04/3/2024`, `15/01/2024`, `25/12/2024`.
    pub fn vi_short(self) -> String {
        format!("{}/{}/{}", self.vi_day(), self.vi_month(), self.year())
    }

    /// The date as a Vietnamese document writes it: `ngày 04 tháng 3 năm 2024`.
    pub fn vi_long(self) -> String {
        format!(
            "ngày {} tháng {} năm {}",
            self.vi_day(),
            self.vi_month(),
            self.year()
        )
    }

    fn vi_day(self) -> String {
        format!("{:02}", self.day())
    }

    fn vi_month(self) -> String {
        match self.month() {
            m @ (1 | 2) => format!("{m:02}"),
            m => m.to_string(),
        }
    }

    /// The date in `lang`'s prose: `04/3/2024` in Vietnamese, `4 March 2024` in
    /// English. ISO dates (`2024-03-04`) stay in JSON.
    pub fn in_lang(self, lang: crate::lang::Lang) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        match lang {
            crate::lang::Lang::Vi => self.vi_short(),
            crate::lang::Lang::En => {
                let month = usize::try_from(self.month())
                    .ok()
                    .and_then(|m| m.checked_sub(1))
                    .and_then(|i| MONTHS.get(i))
                    .copied()
                    .unwrap_or("");
                format!("{} {month} {}", self.day(), self.year())
            }
        }
    }

    /// The next day.
    pub fn succ(self) -> Date {
        Date(self.0.succ_opt().unwrap_or(NaiveDate::MAX))
    }
}

impl FromStr for Date {
    type Err = DateError;

    /// Reads exactly `YYYY-MM-DD`: four-digit year, two-digit month and day.
    fn from_str(text: &str) -> Result<Date, DateError> {
        let err = || DateError {
            text: text.to_owned(),
        };
        let b = text.as_bytes();
        // At most four digits: no overflow.
        #[allow(clippy::arithmetic_side_effects)]
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = b.get(r)?;
            part.iter().try_fold(0u32, |n, &c| {
                c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
            })
        };
        if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return Err(err());
        }
        let (y, m, d) = (digits(0..4), digits(5..7), digits(8..10));
        match (y, m, d) {
            (Some(y), Some(m), Some(d)) => i32::try_from(y)
                .ok()
                .and_then(|y| Date::from_ymd(y, m, d))
                .ok_or_else(err),
            _ => Err(err()),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.0;
        write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date YYYY-MM-DD with a year from 1900 to 9997")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Date, E> {
                v.parse().map_err(E::custom)
            }
        }
        d.deserialize_str(V)
    }
}

/// The last day of a period of `months` months starting from `start`.
///
/// Rule D2 (Civil Code 2015, Arts. 147–148): the starting day is not counted;
/// the period ends at the end of the same-numbered day of the last month, or of
/// that month's last day where it has no such day. Art. 148(5) (weekends and
/// holidays) is not applied.
pub fn period_end(start: Date, months: u32) -> Date {
    Date(
        start
            .0
            .checked_add_months(Months::new(months))
            .unwrap_or(NaiveDate::MAX),
    )
}

/// The earliest date of the screening meeting: the day after the 12-month
/// monitoring period that starts on `start` ("sau 12 tháng").
///
/// Rules S2.3, S3.1, D2: assigned 2025-03-01 → period ends 2026-03-01 →
/// screening from 2026-03-02; assigned 2024-02-29 → ends 2025-02-28 → from 2025-03-01.
///
/// ```
/// use screening_core::{screening_from, Date};
/// let d = |s: &str| s.parse::<Date>().unwrap();
/// assert_eq!(screening_from(d("2025-03-01")), d("2026-03-02"));
/// assert_eq!(screening_from(d("2024-02-29")), d("2025-03-01"));
/// ```
pub fn screening_from(start: Date) -> Date {
    period_end(start, MONITORING_MONTHS).succ()
}

/// S2.3: monitoring lasts 12 months ("Thời gian theo dõi, giúp đỡ là 12 tháng").
pub const MONITORING_MONTHS: u32 = 12;

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn d2_examples_of_the_rules() {
        assert_eq!(screening_from(d("2025-03-01")), d("2026-03-02"));
        assert_eq!(screening_from(d("2024-02-29")), d("2025-03-01"));
        assert_eq!(screening_from(d("2023-02-28")), d("2024-02-29"));
        assert_eq!(screening_from(d("2025-01-31")), d("2026-02-01"));
        assert_eq!(screening_from(d("2025-12-31")), d("2027-01-01"));
    }

    #[test]
    fn dates_outside_the_format_are_refused() {
        for bad in [
            "1899-12-31",
            "9999-01-01",
            "9998-01-01",
            "2025-02-29",
            "2025-13-01",
            "2025-1-01",
            "20250101",
            "2025-01-01T00:00:00Z",
            "",
            "+2025-01-01",
            "2025-00-10",
            "２０２５-01-01",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad}");
        }
        assert_eq!(d("9997-12-31").to_string(), "9997-12-31");
        assert_eq!(d("1900-01-01").to_string(), "1900-01-01");
    }

    #[test]
    fn the_latest_screening_date_is_a_date_of_the_format() {
        assert_eq!(screening_from(d("9997-12-31")).to_string(), "9999-01-01");
    }

    #[test]
    fn dates_in_vietnamese() {
        assert_eq!(d("2024-03-04").vi_short(), "04/3/2024");
        assert_eq!(d("2024-01-15").vi_short(), "15/01/2024");
        assert_eq!(d("2024-12-25").vi_short(), "25/12/2024");
        assert_eq!(d("2024-03-04").vi_long(), "ngày 04 tháng 3 năm 2024");
        assert_eq!(d("2024-02-10").vi_long(), "ngày 10 tháng 02 năm 2024");
        assert_eq!(d("2024-03-04").in_lang(crate::Lang::En), "4 March 2024");
    }
}
