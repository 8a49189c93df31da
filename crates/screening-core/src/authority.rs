//! The bodies of the procedure, the branch, the member, and who may record what (A1, A2).

use crate::lang::vocabulary;

vocabulary! {
    /// A body that records events ("cơ quan, tổ chức có thẩm quyền").
    pub enum Body ("Cơ quan, tổ chức, cá nhân có thẩm quyền", "Bodies") {
        /// The meeting of the branch ("chi bộ"): votes by secret ballot, passes resolutions.
        Branch = "branch", vi: "Chi bộ", en: "Party branch", source: "chi bộ họp, thảo luận, bỏ phiếu kín";
        /// The branch committee ("chi ủy").
        BranchCommittee = "branch_committee", vi: "Chi ủy", en: "Branch committee", source: "Chi ủy (bí thư chi bộ nơi không có chi ủy)";
        /// The branch secretary ("bí thư chi bộ"), who does the committee's work where there is none.
        BranchSecretary = "branch_secretary", vi: "Bí thư chi bộ", en: "Branch secretary", source: "bí thư chi bộ nơi không có chi ủy";
        /// The member under review ("đảng viên").
        Member = "member", vi: "Đảng viên", en: "The member";
        /// The grassroots party committee ("đảng ủy cơ sở", ĐUCS).
        GrassrootsCommittee = "grassroots_committee", vi: "Đảng ủy cơ sở", en: "Grassroots party committee", source: "đảng ủy cơ sở";
        /// The Standing Committee of the Bloc Party Committee ("Ban Thường vụ Đảng ủy Khối", BTV ĐUK).
        BlocStandingCommittee = "bloc_standing_committee", vi: "Ban Thường vụ Đảng ủy Khối", en: "Standing Committee of the Bloc Party Committee", source: "Ban Thường vụ Đảng ủy Khối cơ quan và doanh nghiệp tỉnh";
        /// The Inspection Committee of the Bloc Party Committee ("Ủy ban Kiểm tra Đảng ủy Khối", UBKT).
        BlocInspectionCommittee = "bloc_inspection_committee", vi: "Ủy ban Kiểm tra Đảng ủy Khối", en: "Inspection Committee of the Bloc Party Committee", source: "Ủy ban Kiểm tra Đảng ủy Khối";
    }
}

vocabulary! {
    /// Where a branch sits ("loại chi bộ").
    pub enum BranchKind ("Loại chi bộ", "Kinds of branch") {
        /// "Chi bộ trực thuộc đảng ủy cơ sở": its superior is the grassroots committee.
        UnderGrassrootsCommittee = "under_grassroots_committee", vi: "Chi bộ trực thuộc đảng ủy cơ sở", en: "Branch under a grassroots committee", source: "chi bộ trực thuộc đảng ủy cơ sở";
        /// "Chi bộ cơ sở": its superior is the BTV ĐUK.
        Grassroots = "grassroots", vi: "Chi bộ cơ sở", en: "Grassroots branch", source: "chi bộ cơ sở";
    }
}

vocabulary! {
    /// The member's status as the case stands.
    pub enum MemberStatus ("Đảng viên chính thức, dự bị", "Member status") {
        /// "Đảng viên chính thức".
        Official = "official", vi: "Đảng viên chính thức", en: "Official member";
        /// "Đảng viên dự bị": no vote (E3), cannot be expelled (I6).
        Probationary = "probationary", vi: "Đảng viên dự bị", en: "Probationary member";
    }
}

/// Why a text cannot be an id or a name: the rules that keep an id from
/// disguising itself on a screen or in a document (CASE-FORMAT.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
pub enum TextProblem {
    /// The empty string.
    #[error("it is empty")]
    Empty,
    /// More characters (Unicode scalar values) than allowed.
    #[error("it is longer than {max} characters")]
    TooLong {
        /// The most allowed: 128 for an id, 200 for a name.
        max: usize,
    },
    /// Only white space.
    #[error("it is only white space")]
    Blank,
    /// A control character (U+0000–U+001F, U+007F–U+009F: tab and NUL included).
    #[error("it holds the control character U+{:04X}", *.0 as u32)]
    Control(char),
    /// An invisible or direction-changing format character (U+200B, U+202E, …).
    #[error("it holds the invisible or direction-changing character U+{:04X}", *.0 as u32)]
    Invisible(char),
}

impl TextProblem {
    /// The problem in `lang`.
    pub fn message(self, lang: crate::lang::Lang) -> String {
        match lang {
            crate::lang::Lang::En => self.to_string(),
            crate::lang::Lang::Vi => match self {
                TextProblem::Empty => "để trống".to_owned(),
                TextProblem::TooLong { max } => format!("dài quá {max} ký tự"),
                TextProblem::Blank => "chỉ có khoảng trắng".to_owned(),
                TextProblem::Control(c) => {
                    format!("có ký tự điều khiển U+{:04X}", u32::from(c))
                }
                TextProblem::Invisible(c) => {
                    format!(
                        "có ký tự ẩn hoặc ký tự đổi chiều văn bản U+{:04X}",
                        u32::from(c)
                    )
                }
            },
        }
    }
}

/// The invisible and direction-changing format characters no id or name may hold.
const fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
    )
}

/// Checks a text against the rules of ids, with at most `max` characters.
fn check_text(text: &str, max: usize) -> Result<(), TextProblem> {
    if text.is_empty() {
        return Err(TextProblem::Empty);
    }
    let mut count = 0usize;
    let mut blank = true;
    for c in text.chars() {
        count = count.saturating_add(1);
        if count > max {
            return Err(TextProblem::TooLong { max });
        }
        if c.is_control() {
            return Err(TextProblem::Control(c));
        }
        if is_invisible(c) {
            return Err(TextProblem::Invisible(c));
        }
        blank &= c.is_whitespace();
    }
    if blank {
        return Err(TextProblem::Blank);
    }
    Ok(())
}

/// An identifier (member, branch, mentor), kept as written: 1 to 128 characters,
/// not only white space, with no control character and no invisible or
/// direction-changing character (CASE-FORMAT.md). Compared character for character.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct Id(String);

impl Id {
    /// The most characters an id may have.
    pub const MAX_CHARS: usize = 128;

    /// An id; a text that breaks the rules of ids is refused.
    ///
    /// ```
    /// use screening_core::{Id, TextProblem};
    /// assert!(Id::new("DV-0042").is_ok());
    /// assert_eq!(Id::new("   "), Err(TextProblem::Blank));
    /// assert_eq!(Id::new("DV-\u{202e}2400"), Err(TextProblem::Invisible('\u{202e}')));
    /// ```
    pub fn new(id: impl Into<String>) -> Result<Id, TextProblem> {
        let id = id.into();
        check_text(&id, Id::MAX_CHARS).map(|()| Id(id))
    }

    /// The id as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The name a branch's messages and documents use for a body ("tên gọi"), such as
/// "Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh": the rules of ids, up to 200 characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct Name(String);

impl Name {
    /// The most characters a name may have.
    pub const MAX_CHARS: usize = 200;

    /// A name; a text that breaks the rules of ids (up to 200 characters) is refused.
    pub fn new(name: impl Into<String>) -> Result<Name, TextProblem> {
        let name = name.into();
        check_text(&name, Name::MAX_CHARS).map(|()| Name(name))
    }

    /// The name as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The names a branch gives its bodies (`branch.names`): the provinces' Bloc Party
/// Committees were ended in 2025, so the body codes are roles, and the names of
/// today's bodies come from the case file. A body not named keeps the circular's
/// name ([`Body::label`]). Names change no decision.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, serde::Serialize)]
#[serde(transparent)]
pub struct Names(std::collections::BTreeMap<Body, Name>);

impl Names {
    /// No names: every body keeps the circular's name.
    pub const fn new() -> Names {
        Names(std::collections::BTreeMap::new())
    }

    /// The same names with `body` named `name`.
    pub fn with(mut self, body: Body, name: Name) -> Names {
        self.0.insert(body, name);
        self
    }

    /// The name given to `body`, if any.
    pub fn get(&self, body: Body) -> Option<&Name> {
        self.0.get(&body)
    }

    /// Whether no body is named.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The bodies named, with their names, in the order of [`Body::ALL`].
    pub fn iter(&self) -> impl Iterator<Item = (Body, &Name)> {
        self.0.iter().map(|(b, n)| (*b, n))
    }
}

/// The member under review ("đảng viên").
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Member {
    /// The member's id.
    pub id: Id,
    /// Official or probationary, as the case stands (read by I6).
    pub status: MemberStatus,
}

/// The member's party branch ("chi bộ").
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Branch {
    /// The branch's id.
    pub id: Id,
    /// Under a grassroots committee, or a grassroots branch.
    pub kind: BranchKind,
    /// Whether the branch has a committee ("chi ủy"); without one its secretary acts.
    pub has_committee: bool,
    /// The names its messages and documents use for the bodies (`branch.names`).
    #[serde(skip_serializing_if = "Names::is_empty")]
    pub names: Names,
}

impl Branch {
    /// A branch whose bodies keep the circular's names.
    pub fn new(id: Id, kind: BranchKind, has_committee: bool) -> Branch {
        Branch {
            id,
            kind,
            has_committee,
            names: Names::new(),
        }
    }

    /// The same branch with these names for its bodies.
    pub fn with_names(self, names: Names) -> Branch {
        Branch { names, ..self }
    }

    /// What this branch's texts call `body`: the name given in `branch.names`, or
    /// the circular's name in `lang` ([`Body::label`]).
    pub fn name_of(&self, body: Body, lang: crate::lang::Lang) -> &str {
        match self.names.get(body) {
            Some(name) => name.as_str(),
            None => body.label(lang),
        }
    }

    /// "The committee": `branch_committee`, or `branch_secretary` where the branch has
    /// none ("Chi ủy (bí thư chi bộ nơi không có chi ủy)").
    pub const fn committee(&self) -> Body {
        if self.has_committee {
            Body::BranchCommittee
        } else {
            Body::BranchSecretary
        }
    }

    /// The branch's superior: the grassroots committee for a branch under one, else the BTV ĐUK.
    pub const fn superior(&self) -> Body {
        match self.kind {
            BranchKind::UnderGrassrootsCommittee => Body::GrassrootsCommittee,
            BranchKind::Grassroots => Body::BlocStandingCommittee,
        }
    }
}

/// Who has authority to record an event, in terms of the branch (A1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Authority {
    /// The committee: [`Branch::committee`].
    Committee,
    /// The superior: [`Branch::superior`].
    Superior,
    /// The superior or the BTV ĐUK (administrative closure, I7).
    SuperiorOrBloc,
    /// Always this body.
    Only(Body),
}

impl Authority {
    /// The bodies that may record the event in `branch`.
    ///
    /// Rule A1. For a branch under a grassroots committee, `SuperiorOrBloc` is both
    /// the grassroots committee and the BTV ĐUK; for a grassroots branch, the BTV ĐUK.
    pub const fn bodies(self, branch: &Branch) -> &'static [Body] {
        match self {
            Authority::Committee => match branch.committee() {
                Body::BranchCommittee => &[Body::BranchCommittee],
                _ => &[Body::BranchSecretary],
            },
            Authority::Superior => match branch.kind {
                BranchKind::UnderGrassrootsCommittee => &[Body::GrassrootsCommittee],
                BranchKind::Grassroots => &[Body::BlocStandingCommittee],
            },
            Authority::SuperiorOrBloc => match branch.kind {
                BranchKind::UnderGrassrootsCommittee => {
                    &[Body::GrassrootsCommittee, Body::BlocStandingCommittee]
                }
                BranchKind::Grassroots => &[Body::BlocStandingCommittee],
            },
            Authority::Only(Body::Branch) => &[Body::Branch],
            Authority::Only(Body::BranchCommittee) => &[Body::BranchCommittee],
            Authority::Only(Body::BranchSecretary) => &[Body::BranchSecretary],
            Authority::Only(Body::Member) => &[Body::Member],
            Authority::Only(Body::GrassrootsCommittee) => &[Body::GrassrootsCommittee],
            Authority::Only(Body::BlocStandingCommittee) => &[Body::BlocStandingCommittee],
            Authority::Only(Body::BlocInspectionCommittee) => &[Body::BlocInspectionCommittee],
        }
    }

    /// Whether `by` may record the event in `branch` (A1).
    pub fn allows(self, by: Body, branch: &Branch) -> bool {
        self.bodies(branch).contains(&by)
    }

    /// How the specification names this authority: `committee`, `superior`, … or the body's code.
    pub const fn describe(self, lang: crate::lang::Lang) -> &'static str {
        use crate::lang::Lang::{En, Vi};
        match (self, lang) {
            (Authority::Committee, Vi) => "Chi ủy (bí thư chi bộ nơi không có chi ủy)",
            (Authority::Committee, En) => "the committee (the secretary where there is none)",
            (Authority::Superior, Vi) => "Cấp ủy cấp trên trực tiếp",
            (Authority::Superior, En) => "the immediate superior committee",
            (Authority::SuperiorOrBloc, Vi) => {
                "Cấp ủy cấp trên trực tiếp hoặc Ban Thường vụ Đảng ủy Khối"
            }
            (Authority::SuperiorOrBloc, En) => {
                "the immediate superior committee or the Standing Committee of the Bloc Party Committee"
            }
            (Authority::Only(body), lang) => body.label(lang),
        }
    }
}
