//! The closed vocabularies: codes read back, unknown codes refused, and the
//! bodies each authority names (A1).

use screening_core::*;
use screening_tests::branch;

#[test]
fn vocabularies_read_their_codes_and_refuse_others() {
    for lang in Lang::ALL {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
        assert_eq!(lang.to_string(), lang.code());
    }
    assert_eq!(Lang::from_code("fr"), None);
    let err = "nobody".parse::<Body>().unwrap_err();
    assert_eq!(err.what, "Body");
    assert_eq!(err.code, "nobody");
    assert_eq!(err.expected.len(), Body::ALL.len());
    assert!(err.to_string().contains("unknown Body `nobody`"));
    for body in Body::ALL {
        assert_eq!(body.code().parse::<Body>(), Ok(*body));
    }
}

#[test]
fn a1_every_authority_names_its_bodies() {
    let under = branch(BranchKind::UnderGrassrootsCommittee, true);
    let grassroots = branch(BranchKind::Grassroots, false);
    for body in Body::ALL {
        let only = Authority::Only(*body);
        assert_eq!(only.bodies(&under), &[*body]);
        assert_eq!(only.bodies(&grassroots), &[*body]);
        assert!(only.allows(*body, &under));
        for lang in Lang::ALL {
            assert_eq!(only.describe(lang), body.label(lang));
        }
    }
    assert_eq!(
        Authority::SuperiorOrBloc.bodies(&under),
        &[Body::GrassrootsCommittee, Body::BlocStandingCommittee]
    );
    assert_eq!(
        Authority::Committee.bodies(&grassroots),
        &[Body::BranchSecretary]
    );
    for (a, vi, en) in [
        (
            Authority::Committee,
            "Chi ủy (bí thư chi bộ nơi không có chi ủy)",
            "the committee (the secretary where there is none)",
        ),
        (
            Authority::Superior,
            "Cấp ủy cấp trên trực tiếp",
            "the immediate superior committee",
        ),
        (
            Authority::SuperiorOrBloc,
            "Cấp ủy cấp trên trực tiếp hoặc Ban Thường vụ Đảng ủy Khối",
            "the immediate superior committee or the Standing Committee of the Bloc Party Committee",
        ),
    ] {
        assert_eq!(a.describe(Lang::Vi), vi);
        assert_eq!(a.describe(Lang::En), en);
    }
}
