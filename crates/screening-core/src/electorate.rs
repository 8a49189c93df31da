//! Who counts in a ballot (E1–E5).

use crate::code::ErrorCode;
use crate::lang::{Bilingual, Lang};

/// The counts a branch records for a ballot, as written in the case file:
/// `{"official": n, "exempt": n, "exempt_attending": n, "excluded": n}` (the last two
/// optional, 0 when absent).
///
/// These are facts, not yet checked: [`Electorate::from_counts`] checks them (E4).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct Counts {
    /// Every official member of the branch ("đảng viên chính thức"), the exempted among them (E1, E3).
    pub official: u32,
    /// Official members exempted from party work and activities
    /// ("đảng viên được miễn công tác và sinh hoạt đảng") (E1).
    pub exempt: u32,
    /// Exempted members who attend the meeting and vote (E2). Defaults to 0.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub exempt_attending: u32,
    /// Official members out of the base under E5 ("đảng viên bị đình chỉ sinh hoạt
    /// đảng, bị khởi tố, truy tố, tạm giam, hoặc đang sinh hoạt tạm thời ở đảng bộ
    /// khác"); none of them is also counted in `exempt`. Defaults to 0.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub excluded: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl Counts {
    /// Counts with no exempted member attending.
    pub const fn new(official: u32, exempt: u32) -> Counts {
        Counts {
            official,
            exempt,
            exempt_attending: 0,
            excluded: 0,
        }
    }

    /// The same counts with `n` official members out of the base under E5.
    pub const fn excluding(self, n: u32) -> Counts {
        Counts {
            excluded: n,
            ..self
        }
    }

    /// The same counts with `n` exempted members attending and voting.
    pub const fn attending(self, n: u32) -> Counts {
        Counts {
            exempt_attending: n,
            ..self
        }
    }
}

/// The electorate of a ballot ("số đảng viên chính thức của chi bộ, trừ đảng viên
/// được miễn công tác và sinh hoạt đảng"): the base of every ratio.
///
/// Rules E1–E5: `E = official − exempt + exempt_attending − excluded`, valid only
/// when `exempt + excluded ≤ official`, `exempt_attending ≤ exempt` and `E ≥ 1`.
/// Absent members and blank ballots are not subtracted: they count as "no".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Electorate {
    counts: Counts,
    size: u32,
}

/// Serialized as `{"official", "exempt", "exempt_attending", "excluded", "size"}`,
/// `size` being `E`.
impl serde::Serialize for Electorate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Electorate", 5)?;
        st.serialize_field("official", &self.counts.official)?;
        st.serialize_field("exempt", &self.counts.exempt)?;
        st.serialize_field("exempt_attending", &self.counts.exempt_attending)?;
        st.serialize_field("excluded", &self.counts.excluded)?;
        st.serialize_field("size", &self.size)?;
        st.end()
    }
}

/// A member on the branch's roll, for building an [`Electorate`] from the roll.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RollEntry {
    /// An official member, not exempted: always counted (E1).
    Official,
    /// A probationary member ("đảng viên dự bị"): no vote, never counted (E3).
    Probationary,
    /// An exempted official member who attends and votes: counted (E2).
    ExemptAttending,
    /// An exempted official member who is absent: not counted (E1).
    ExemptAbsent,
    /// An official member suspended, prosecuted, indicted, in custody or attached
    /// to another organization for temporary activity: not counted (E5).
    Excluded,
}

/// E1, E2, E4, E5 without a branch: `E = official − exempt + exempt_attending −
/// excluded` and whether the counts are valid (`exempt + excluded ≤ official`,
/// `exempt_attending ≤ exempt`, `E ≥ 1`). `E` is meaningless when they are not.
/// [`Electorate::from_counts`] and the batch functions both read the electorate
/// from here. Branch-free: `u64` holds every sum of two `u32`.
#[inline(always)]
pub(crate) const fn size_and_validity(counts: Counts) -> (u64, bool) {
    let (o, x, a, z) = (
        counts.official as u64,
        counts.exempt as u64,
        counts.exempt_attending as u64,
        counts.excluded as u64,
    );
    let out = x.wrapping_add(z);
    let size = o.wrapping_sub(out).wrapping_add(a);
    (size, !((out > o) | (a > x) | (size == 0)))
}

/// Counts that do not make an electorate (E4, E5): more exempted and excluded
/// members than official ones, more exempted members attending than exempted, or
/// nobody left to vote. A ballot refuses them as [`crate::BallotError::InvalidElectorate`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[error(
    "invalid electorate (E4): official {}, exempt {}, exempt attending {}, excluded {}; need exempt + excluded ≤ official, exempt attending ≤ exempt and at least one voter",
    counts.official, counts.exempt, counts.exempt_attending, counts.excluded
)]
pub struct InvalidElectorate {
    /// The counts as recorded.
    pub counts: Counts,
}

impl InvalidElectorate {
    /// The stable code, `invalid_electorate`.
    pub const fn code(&self) -> ErrorCode {
        ErrorCode::InvalidElectorate
    }

    /// The detailed message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let c = self.counts;
        match lang {
            Lang::En => self.to_string(),
            Lang::Vi => format!(
                "Số liệu không hợp lệ (E4): {} đảng viên chính thức, {} đảng viên được miễn công tác và sinh hoạt đảng ({} có mặt, tham gia biểu quyết), {} đảng viên không tính vào căn cứ (E5); số được miễn cộng số không tính không được vượt quá số đảng viên chính thức, số có mặt không được vượt quá số được miễn, và số đảng viên làm căn cứ tính tỷ lệ phải ít nhất là 1",
                c.official, c.exempt, c.exempt_attending, c.excluded
            ),
        }
    }

    /// The detailed message in both languages.
    pub fn messages(&self) -> Bilingual {
        Bilingual::with(|lang| self.message(lang))
    }
}

impl Electorate {
    /// Checks recorded counts and computes `E`.
    ///
    /// Rules E1, E2, E4, E5. Invalid counts give [`InvalidElectorate`].
    pub fn from_counts(counts: Counts) -> Result<Electorate, InvalidElectorate> {
        let (size, valid) = size_and_validity(counts);
        match u32::try_from(size) {
            Ok(size) if valid => Ok(Electorate { counts, size }),
            _ => Err(InvalidElectorate { counts }),
        }
    }

    /// Counts the branch's roll: official members (exempted, excluded or not) make
    /// `official`, the exempted make `exempt`, those of them attending make
    /// `exempt_attending`, the excluded make `excluded`; probationary members are
    /// left out.
    ///
    /// Rules E1–E5. A roll larger than `u32::MAX` or with nobody counted gives
    /// [`InvalidElectorate`].
    pub fn from_roll<I: IntoIterator<Item = RollEntry>>(
        roll: I,
    ) -> Result<Electorate, InvalidElectorate> {
        let mut counts = Counts::default();
        let mut overflow = false;
        for entry in roll {
            let (official, exempt, attending, excluded) = match entry {
                RollEntry::Official => (1, 0, 0, 0),
                RollEntry::Probationary => (0, 0, 0, 0),
                RollEntry::ExemptAttending => (1, 1, 1, 0),
                RollEntry::ExemptAbsent => (1, 1, 0, 0),
                RollEntry::Excluded => (1, 0, 0, 1),
            };
            let add = |a: u32, b: u32, overflow: &mut bool| {
                a.checked_add(b).unwrap_or_else(|| {
                    *overflow = true;
                    a
                })
            };
            counts.official = add(counts.official, official, &mut overflow);
            counts.exempt = add(counts.exempt, exempt, &mut overflow);
            counts.exempt_attending = add(counts.exempt_attending, attending, &mut overflow);
            counts.excluded = add(counts.excluded, excluded, &mut overflow);
        }
        if overflow {
            return Err(InvalidElectorate { counts });
        }
        Electorate::from_counts(counts)
    }

    /// `E`, the number of votes every ratio is taken of (E1, E2, E5): "số đảng viên
    /// làm căn cứ tính tỷ lệ", absent members included.
    pub const fn size(&self) -> u32 {
        self.size
    }

    /// The counts as recorded.
    pub const fn counts(&self) -> Counts {
        self.counts
    }
}

/// The tellers' count of one secret ballot ("kết quả kiểm phiếu của Ban kiểm
/// phiếu"): ballots issued, returned, and invalid among those returned, as written
/// in the case file (`ballots`, `progress_ballots`, `removal_ballots`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct TellersCount {
    /// Ballots issued ("số phiếu phát ra"): only voters receive one.
    pub issued: u32,
    /// Ballots returned ("số phiếu thu vào").
    pub returned: u32,
    /// Invalid ballots among those returned ("số phiếu không hợp lệ").
    pub invalid: u32,
}

impl TellersCount {
    /// A tellers' count.
    pub const fn new(issued: u32, returned: u32, invalid: u32) -> TellersCount {
        TellersCount {
            issued,
            returned,
            invalid,
        }
    }

    /// Valid ballots: returned less invalid (0 where the count does not add up).
    pub const fn valid(self) -> u32 {
        self.returned.saturating_sub(self.invalid)
    }

    /// Whether the count adds up for a question with `yes` yes votes in an
    /// electorate of `size`.
    ///
    /// Rule E6: `issued ≤ E`, `returned ≤ issued`, `invalid ≤ returned`, and
    /// `yes ≤ returned − invalid` (a yes is a valid ballot).
    pub const fn adds_up(self, yes: u32, size: u32) -> bool {
        self.issued <= size
            && self.returned <= self.issued
            && self.invalid <= self.returned
            && yes <= self.returned.saturating_sub(self.invalid)
    }
}
