//! The two thresholds of the circular, in exact integer arithmetic.
//!
//! Both compare `yes` with the electorate `E` after multiplying in `u64`, where
//! `3 × u32::MAX` cannot overflow: no floating point, no rounding, correct for
//! every `u32`.

use crate::lang::Lang;
use crate::rule::RuleId;

/// A threshold of a ballot ("tỷ lệ biểu quyết").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Threshold {
    /// T1: "hai phần ba ... trở lên", two thirds or more: `3 × yes ≥ 2 × E`.
    #[serde(rename = "T1")]
    TwoThirds,
    /// T2: "từ một nửa ... trở lên", one half or more: `2 × yes ≥ E`
    /// (not the Charter's usual "more than half": with E = 4, 2 votes pass).
    #[serde(rename = "T2")]
    Half,
}

impl Threshold {
    /// The rule that defines this threshold.
    pub const fn rule(self) -> RuleId {
        match self {
            Threshold::TwoThirds => RuleId::T1,
            Threshold::Half => RuleId::T2,
        }
    }

    /// Whether `yes` votes out of an electorate of `size` meet the threshold.
    ///
    /// Rules T1 (`3 × yes ≥ 2 × E`) and T2 (`2 × yes ≥ E`).
    #[allow(clippy::arithmetic_side_effects)] // u32 values widened to u64: no overflow
    pub const fn is_met(self, yes: u32, size: u32) -> bool {
        let (yes, size) = (yes as u64, size as u64);
        match self {
            // Neither product can overflow: both factors are below 2^32.
            Threshold::TwoThirds => 3 * yes >= 2 * size,
            Threshold::Half => 2 * yes >= size,
        }
    }

    /// The smallest yes count that meets the threshold in an electorate of `size`:
    /// `⌈2E/3⌉` for T1, `⌈E/2⌉` for T2.
    ///
    /// Rules T1, T2. Never above `size`.
    #[allow(clippy::arithmetic_side_effects)] // u32 values widened to u64: no overflow
    pub const fn smallest_passing(self, size: u32) -> u32 {
        let size = size as u64;
        let smallest = match self {
            Threshold::TwoThirds => (2 * size).div_ceil(3),
            Threshold::Half => size.div_ceil(2),
        };
        // `smallest ≤ size ≤ u32::MAX`, so the conversion is exact.
        smallest as u32
    }

    /// The threshold in the circular's words.
    pub const fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Threshold::TwoThirds, Lang::Vi) => "từ hai phần ba trở lên",
            (Threshold::TwoThirds, Lang::En) => "two thirds or more",
            (Threshold::Half, Lang::Vi) => "từ một nửa trở lên",
            (Threshold::Half, Lang::En) => "one half or more",
        }
    }

    /// The failing side in the circular's words ("dưới hai phần ba", "dưới một nửa").
    pub const fn below_label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Threshold::TwoThirds, Lang::Vi) => "dưới hai phần ba",
            (Threshold::TwoThirds, Lang::En) => "below two thirds",
            (Threshold::Half, Lang::Vi) => "dưới một nửa",
            (Threshold::Half, Lang::En) => "below one half",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Threshold::{Half, TwoThirds};

    #[test]
    fn t1_t2_smallest_passing_counts_of_the_rules_table() {
        for (e, t1, t2) in [
            (3, 2, 2),
            (4, 3, 2),
            (5, 4, 3),
            (7, 5, 4),
            (10, 7, 5),
            (11, 8, 6),
            (100, 67, 50),
        ] {
            assert_eq!(TwoThirds.smallest_passing(e), t1, "T1, E = {e}");
            assert_eq!(Half.smallest_passing(e), t2, "T2, E = {e}");
        }
        // T2 is "one half or more", not "more than half": with E = 4, 2 votes pass.
        assert!(Half.is_met(2, 4));
    }

    #[test]
    fn t1_t2_at_the_top_of_u32() {
        let e = u32::MAX;
        assert!(TwoThirds.is_met(2_863_311_530, e));
        assert!(!TwoThirds.is_met(2_863_311_529, e));
        assert_eq!(TwoThirds.smallest_passing(e), 2_863_311_530);
        assert_eq!(Half.smallest_passing(e), 2_147_483_648);
        assert!(Half.is_met(e, e));
    }
}
