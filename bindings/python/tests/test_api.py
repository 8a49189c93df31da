"""The Python API: shapes, the Case class, dates, copy and pickle."""

from __future__ import annotations

import copy
import datetime
import json
import pickle
from pathlib import Path

import pytest

import screening
from helpers import BRANCH, EVENTS, MEMBER, case_file, monitored_case

SCREENING = {"type": "screening_voted", "date": "2026-03-02", "by": "branch",
             "electorate": {"official": 10, "exempt": 1}, "progress_yes": 5, "removal_yes": 2}


def test_report_attributes() -> None:
    report = screening.replay(case_file())
    assert isinstance(report, screening.Report)
    assert report.member.to_dict() == MEMBER and report.branch.to_dict() == BRANCH
    assert (report.member.id, report.member.status) == ("DV-0042", "official")
    assert (report.branch.kind, report.branch.has_committee) == ("under_grassroots_committee", True)
    assert (report.state, report.step, report.cycle) == ("under_monitoring", 2, 1)
    assert report.screening_from == "2026-03-02"
    assert report.mentor is not None and (report.mentor.id, report.mentor.role) == ("DV-0007", "member")
    assert report.version == len(EVENTS)
    screening_next = [n for n in report.next if n.type == "screening_voted"]
    assert [(n.by, n.from_) for n in screening_next] == [(("branch",), "2026-03-02")]
    closed = [n for n in report.next if n.type == "case_closed"][0]
    assert closed.from_ is None and "from" not in closed.to_dict()
    assert closed.by == ("grassroots_committee", "bloc_standing_committee")
    first = report.history[0]
    assert isinstance(first, screening.Entry)
    assert (first.index, first.type, first.note, first.rules) == (0, "flagged", "rated 2023 and 2024", ("S1.1",))
    assert first.ballot is None and first.screening_from is None
    vote = report.history[3]
    assert vote.ballot is not None and vote.ballot.outcome == "listed"
    assert vote.ballot.electorate.to_dict() == {"official": 10, "exempt": 1, "exempt_attending": 0,
                                                "excluded": 0, "size": 9}
    assert report.history[-1].screening_from == "2026-03-02"
    assert report.history[1].note is None


def test_report_to_dict_is_the_json_shape() -> None:
    report = screening.replay(case_file())
    d = report.to_dict()
    assert set(d) == {"member", "branch", "state", "step", "cycle", "screening_from",
                      "mentor", "version", "next", "history"}
    assert d["member"] == MEMBER and d["branch"] == BRANCH
    assert (d["state"], d["step"], d["cycle"]) == ("under_monitoring", 2, 1)
    assert d["mentor"] == {"id": "DV-0007", "role": "member"}
    assert {"type": "screening_voted", "by": ["branch"], "from": "2026-03-02"} in d["next"]
    assert d["next"] == [n.to_dict() for n in report.next]
    assert d["history"] == [e.to_dict() for e in report.history]
    first = d["history"][0]
    assert first["note"] == "rated 2023 and 2024" and set(first["explanation"]) == {"vi", "en"}
    assert first["explanation"] == {"vi": report.history[0].explain("vi"),
                                    "en": report.history[0].explain("en")}
    assert d["history"][3]["ballot"] == report.history[3].ballot.to_dict()  # type: ignore[union-attr]


def test_results_are_frozen_values() -> None:
    report = screening.replay(case_file())
    d = screening.decide_listing(10, 1, 6)
    values = [report, report.history[3], report.history[3].ballot, d, d.votes[0], d.electorate,
              report.next[0], report.member, report.branch, report.mentor]
    for v in values:
        with pytest.raises(AttributeError):
            v.state = "closed"  # type: ignore[union-attr]
        again = pickle.loads(pickle.dumps(v))
        assert again == v and type(again) is type(v) and hash(again) == hash(v)
        assert copy.copy(v) == v and copy.deepcopy(v) == v
        assert repr(v).startswith((f"{type(v).__name__}(", f"<screening.{type(v).__name__} "))
        assert v != object()
    assert d != screening.decide_listing(10, 1, 5)
    assert {d, screening.decide_listing(10, 1, 6)} == {d}


def test_decision_attributes() -> None:
    d = screening.decide_listing(10, 1, 6)
    assert isinstance(d, screening.Decision)
    assert (d.ballot, d.outcome, d.rules) == ("listing", "listed", ("S1.3", "E1", "E2", "E5", "T1"))
    e = d.electorate
    assert (e.official, e.exempt, e.exempt_attending, e.excluded, e.size) == (10, 1, 0, 0, 9)
    (vote,) = d.votes
    assert (vote.question, vote.yes, vote.threshold, vote.required, vote.met) == ("listing", 6, "T1", 6, True)
    assert repr(d) == (
        "Decision(ballot='listing', outcome='listed', rules=('S1.3', 'E1', 'E2', 'E5', 'T1'), "
        "electorate=Electorate(official=10, exempt=1, exempt_attending=0, excluded=0, size=9), "
        "votes=(Vote(question='listing', yes=6, threshold='T1', required=6, met=True),))"
    )
    assert vote.ballots is None and vote.explain("en")
    x = screening.decide_listing(10, 1, 6, excluded=2)
    assert (x.electorate.excluded, x.electorate.size, x.votes[0].required) == (2, 7, 5)
    assert "6" in d.explain("en") and "đảng viên" in d.explain("vi")
    with pytest.raises(screening.InvalidArgument) as info:
        d.explain("fr")
    assert info.value.path == "lang"


def test_decision_shape() -> None:
    d = screening.decide_listing(10, 1, 6).to_dict()
    assert d == {
        "ballot": "listing",
        "outcome": "listed",
        "rules": ["S1.3", "E1", "E2", "E5", "T1"],
        "electorate": {"official": 10, "exempt": 1, "exempt_attending": 0, "excluded": 0, "size": 9},
        "votes": [{"question": "listing", "yes": 6, "threshold": "T1", "required": 6, "met": True}],
        "explanation": d["explanation"],
    }
    assert "6" in d["explanation"]["en"] and d["explanation"]["vi"]
    s = screening.decide_screening(official=10, exempt=2, progress_yes=2, removal_yes=6, exempt_attending=1)
    assert s.outcome == "removal_proposed" and s.electorate.size == 9
    assert [v.question for v in s.votes] == ["progress", "removal"]
    assert [v.threshold for v in s.votes] == ["T2", "T1"]
    assert screening.decide_screening(9, 0, 4, 5).outcome == "continue_education"
    assert screening.decide_screening(4, 0, 2, 0).outcome == "progress_recognized"


def test_case_builds_and_reports() -> None:
    case = screening.Case(member=MEMBER, branch=BRANCH)
    assert case.state == "new" and case.version == 0
    assert [n.to_dict() for n in case.next()] == [{"type": "flagged", "by": ["branch_committee"]}]
    entry = case.apply(EVENTS[0])
    assert entry.state == "flagged" and entry.rules == ("S1.1",)
    assert case.history == (entry,) and case.member.id == "DV-0042" and case.branch.id == "CB-07"
    assert case.check(EVENTS[1]) == "awaiting_direction"
    assert case.version == 1  # check applies nothing
    case = monitored_case()
    assert case.state == "under_monitoring"
    assert case.report() == screening.replay(case.to_json())
    assert json.loads(case.to_json()) == case_file()
    assert json.loads(case.to_json(pretty=True)) == case_file()
    assert "\n" in case.to_json(pretty=True)
    assert repr(case) == "<screening.Case member='DV-0042' state='under_monitoring' version=8>"


def test_apply_accepts_json_text_and_dates() -> None:
    case = screening.Case(MEMBER, BRANCH)
    case.apply(json.dumps(EVENTS[0]))
    case.apply({"type": "direction_requested", "date": datetime.date(2025, 1, 10), "by": "branch_committee"})
    assert case.report().history[1].date == "2025-01-10"
    with pytest.raises(screening.InvalidArgument, match="datetime") as info:
        case.apply({"type": "direction_given", "date": datetime.datetime(2025, 1, 20), "by": "grassroots_committee", "proceed": True})
    assert info.value.path == "event.date"
    assert case.version == 2


def test_refusal_leaves_the_case_unchanged() -> None:
    case = monitored_case()
    before = case.to_json()
    report_before = case.report()
    with pytest.raises(screening.RefusedEvent) as info:
        case.apply(dict(SCREENING, date="2026-03-01"))  # one day early (D2)
    err = info.value
    assert (err.code, err.at, err.state) == ("too_early", 8, "under_monitoring")
    assert err.report == report_before
    assert "2 March 2026" in err.message_en and "2026" in err.message_vi
    assert str(err) == err.message_en
    assert case.to_json() == before and case.report() == report_before
    with pytest.raises(screening.RefusedEvent) as info:
        case.apply(dict(SCREENING, progress_yes=5, removal_yes=6))  # both pass (I2)
    assert info.value.code == "conflicting_ballots"
    assert not isinstance(info.value, screening.InvalidBallot)
    with pytest.raises(screening.MalformedCase):
        case.apply({"type": "screening_voted", "date": "2026-03-02", "by": "branch"})
    assert case.to_json() == before
    entry = case.apply(SCREENING)
    assert entry.ballot is not None and entry.ballot.outcome == "progress_recognized"
    assert case.state == "awaiting_progress_review"


def test_expected_version() -> None:
    case = monitored_case()
    with pytest.raises(screening.StaleCase) as info:
        case.apply(SCREENING, expected_version=7)
    assert isinstance(info.value, screening.RefusedEvent)
    assert (info.value.code, info.value.at, info.value.state) == ("stale_case", 8, "under_monitoring")
    assert case.version == 8
    case.apply(SCREENING, expected_version=8)
    assert case.version == 9
    for bad in (-1, True, "8", 8.0):
        with pytest.raises(screening.InvalidArgument) as bad_info:
            case.apply(SCREENING, expected_version=bad)  # type: ignore[arg-type]
        assert bad_info.value.path == "expected_version"
    assert case.version == 9


def test_from_json_sources(tmp_path: Path) -> None:
    file = case_file()
    text = json.dumps(file)
    path = tmp_path / "case.json"
    path.write_text(text, encoding="utf-8")
    cases = [screening.Case.from_json(s) for s in (file, text, text.encode(), bytearray(text.encode()), path)]
    assert all(c == cases[0] for c in cases)
    assert screening.replay(path) == screening.replay(text) == screening.replay(file)
    with pytest.raises(screening.InvalidArgument, match="pathlib.Path") as info:
        screening.replay(str(path))  # a str is JSON text, never a path: a hint says so
    assert info.value.path == "case" and info.value.code == "malformed"
    with pytest.raises(FileNotFoundError):
        screening.replay(tmp_path / "missing.json")


def test_refused_file_raises_with_report() -> None:
    file = case_file()
    file["events"].insert(2, {"type": "member_notified", "date": "2025-01-11", "by": "branch_committee"})
    with pytest.raises(screening.RefusedEvent) as info:
        screening.Case.from_json(file)
    err = info.value
    assert (err.code, err.at, err.state) == ("wrong_state", 2, "awaiting_direction")
    assert err.report is not None and err.report.version == 2 and len(err.report.history) == 2


def test_copy_and_pickle() -> None:
    case = monitored_case()
    for other in (copy.copy(case), copy.deepcopy(case), pickle.loads(pickle.dumps(case))):
        assert other == case and other is not case
        assert other.report() == case.report()
        other.apply(SCREENING)
        assert other.version == 9 and case.version == 8
        assert other != case
    with pytest.raises(TypeError):
        hash(case)


def test_set_member_status() -> None:
    case = screening.Case({"id": "DV-1", "status": "probationary"}, BRANCH)
    case.set_member_status("official")
    assert case.report().member.status == "official" and case.member.status == "official"
    with pytest.raises(screening.InvalidArgument) as info:
        case.set_member_status("candidate")
    assert info.value.path == "status"
    with pytest.raises(screening.InvalidArgument):
        case.set_member_status(None)  # type: ignore[arg-type]


def test_bad_member_or_branch() -> None:
    with pytest.raises(screening.MalformedCase, match="member"):
        screening.Case({"id": "", "status": "official"}, BRANCH)
    with pytest.raises(screening.MalformedCase, match="branch"):
        screening.Case(MEMBER, dict(BRANCH, colour="red"))
    with pytest.raises(screening.InvalidArgument) as info:
        screening.Case("DV-0042", BRANCH)  # type: ignore[arg-type]
    assert info.value.path == "member"


def test_constants() -> None:
    assert screening.FORMAT == "screening-case/1"
    assert screening.OUTCOMES[:2] == ("not_listed", "listed")
    assert len(screening.OUTCOMES) == 8
    assert set(screening.RULES) >= {"E1", "T1", "T2", "S3.4", "I7"}
    assert set(screening.RULES["T1"]) == {"vi", "en"}
    assert "stale_case" in screening.ERROR_CODES and "malformed" in screening.ERROR_CODES
    assert isinstance(screening.__version__, str)
    for name in screening.__all__:
        assert hasattr(screening, name), name


def test_tellers_count_and_branch_names() -> None:
    file = case_file()
    file["branch"] = dict(BRANCH, names={"branch": "Chi bộ Phòng Kế hoạch"})
    file["events"][3] = dict(file["events"][3], ballots={"issued": 9, "returned": 9, "invalid": 1})
    report = screening.replay(file)
    assert report.branch.names == {"branch": "Chi bộ Phòng Kế hoạch"}
    assert report.branch.name_of("branch", "vi") == "Chi bộ Phòng Kế hoạch"
    assert report.branch.name_of("grassroots_committee", "en")
    assert report.branch.to_dict()["names"] == {"branch": "Chi bộ Phòng Kế hoạch"}
    ballot = report.history[3].ballot
    assert ballot is not None
    ballots = ballot.votes[0].ballots
    assert ballots is not None and (ballots.issued, ballots.returned, ballots.invalid, ballots.valid) == (9, 9, 1, 8)
    assert ballots.to_dict() == {"issued": 9, "returned": 9, "invalid": 1}
    assert pickle.loads(pickle.dumps(ballot)) == ballot
    assert pickle.loads(pickle.dumps(ballot.votes[0])) == ballot.votes[0]
    assert pickle.loads(pickle.dumps(report.branch)) == report.branch
    assert "Chi bộ Phòng Kế hoạch" in report.history[3].explain("vi")
    assert report.to_dict()["history"][3] == report.history[3].to_dict()


def test_reports_and_entries_are_snapshots() -> None:
    case = screening.Case(MEMBER, BRANCH)
    first = case.apply(EVENTS[0])
    report = case.report()
    history = case.history
    case.apply(EVENTS[1])  # the case is copied, since `report` and `first` share it
    assert report.version == 1 and len(report.history) == 1 and report.state == "flagged"
    assert first.state == "flagged" and history == (first,)
    assert case.version == 2 and case.history[0] == first and case.history[1].index == 1
    assert pickle.loads(pickle.dumps(first)) == first
    again = screening.Case.from_json(case.to_json())
    assert again.history == case.history and again.report() == case.report()
    assert case.report().history == case.history  # shared or copied, the same entries
    assert [e.to_dict() for e in case.history] == case.report().to_dict()["history"]
    second = case.history[1]
    assert pickle.loads(pickle.dumps(second)).explain("vi") == second.explain("vi")
