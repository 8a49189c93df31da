//! The bodies of the procedure, the branch, the member, and who may record what (A1, A2).

use crate::lang::vocabulary;

vocabulary! {
    /// A body that records events ("cơ quan, tổ chức có thẩm quyền").
    pub enum Body {
        /// The meeting of the branch ("chi bộ"): votes by secret ballot, passes resolutions.
        Branch = "branch", vi: "Chi bộ", en: "Party branch";
        /// The branch committee ("chi ủy").
        BranchCommittee = "branch_committee", vi: "Chi ủy", en: "Branch committee";
        /// The branch secretary ("bí thư chi bộ"), who does the committee's work where there is none.
        BranchSecretary = "branch_secretary", vi: "Bí thư chi bộ", en: "Branch secretary";
        /// The member under review ("đảng viên").
        Member = "member", vi: "Đảng viên", en: "The member";
        /// The grassroots party committee ("đảng ủy cơ sở", ĐUCS).
        GrassrootsCommittee = "grassroots_committee", vi: "Đảng ủy cơ sở", en: "Grassroots party committee";
        /// The Standing Committee of the Bloc Party Committee ("Ban Thường vụ Đảng ủy Khối", BTV ĐUK).
        BlocStandingCommittee = "bloc_standing_committee", vi: "Ban Thường vụ Đảng ủy Khối", en: "Bloc Party Committee's Standing Committee (BTV ĐUK)";
        /// The Inspection Committee of the Bloc Party Committee ("Ủy ban Kiểm tra Đảng ủy Khối", UBKT).
        BlocInspectionCommittee = "bloc_inspection_committee", vi: "Ủy ban Kiểm tra Đảng ủy Khối", en: "Bloc Party Committee's Inspection Committee (UBKT)";
    }
}

vocabulary! {
    /// Where a branch sits ("loại chi bộ").
    pub enum BranchKind {
        /// "Chi bộ trực thuộc đảng ủy cơ sở": its superior is the grassroots committee.
        UnderGrassrootsCommittee = "under_grassroots_committee", vi: "Chi bộ trực thuộc đảng ủy cơ sở", en: "Branch under a grassroots committee";
        /// "Chi bộ cơ sở": its superior is the BTV ĐUK.
        Grassroots = "grassroots", vi: "Chi bộ cơ sở", en: "Grassroots branch";
    }
}

vocabulary! {
    /// The member's status as the case stands.
    pub enum MemberStatus {
        /// "Đảng viên chính thức".
        Official = "official", vi: "Đảng viên chính thức", en: "Official member";
        /// "Đảng viên dự bị": no vote (E3), cannot be expelled (I6).
        Probationary = "probationary", vi: "Đảng viên dự bị", en: "Probationary member";
    }
}

/// A non-empty identifier (member, branch, mentor), kept as written.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct Id(String);

/// An empty identifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("an id must be a non-empty string")]
pub struct EmptyId;

impl Id {
    /// An id; empty text is refused.
    pub fn new(id: impl Into<String>) -> Result<Id, EmptyId> {
        let id = id.into();
        if id.is_empty() {
            Err(EmptyId)
        } else {
            Ok(Id(id))
        }
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

impl<'de> serde::Deserialize<'de> for Id {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Id, D::Error> {
        let s = String::deserialize(d)?;
        Id::new(s).map_err(serde::de::Error::custom)
    }
}

/// The member under review ("đảng viên").
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// The member's id.
    pub id: Id,
    /// Official or probationary, as the case stands (read by I6).
    pub status: MemberStatus,
}

/// The member's party branch ("chi bộ").
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Branch {
    /// The branch's id.
    pub id: Id,
    /// Under a grassroots committee, or a grassroots branch.
    pub kind: BranchKind,
    /// Whether the branch has a committee ("chi ủy"); without one its secretary acts.
    pub has_committee: bool,
}

impl Branch {
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
            (Authority::Superior, Vi) => "Cấp ủy cấp trên",
            (Authority::Superior, En) => "the superior",
            (Authority::SuperiorOrBloc, Vi) => "Cấp ủy cấp trên hoặc Ban Thường vụ Đảng ủy Khối",
            (Authority::SuperiorOrBloc, En) => "the superior or the BTV ĐUK",
            (Authority::Only(body), lang) => body.label(lang),
        }
    }
}
