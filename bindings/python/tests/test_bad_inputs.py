"""Every public function fed the bad inputs a user really passes: each raises a
``ScreeningError`` subclass (also a ``ValueError``) with the stable code, whose
``path`` names the argument, the column's row or the field, and whose message
names that place (an argument's message starts with it)."""

from __future__ import annotations

import datetime
import pathlib
from typing import Any, Callable, Dict, Optional, Type

import numpy as np
import pytest

import screening
from helpers import BRANCH, EVENTS, MEMBER, case_file

BAD_COUNTS = [
    (-1, "-1 is not a count from 0 to 4294967295"),
    (10**100, "is not a count from 0 to 4294967295"),
    (2**32, "4294967296 is not a count from 0 to 4294967295"),
    (True, "True is a bool, not a count"),
    (False, "False is a bool, not a count"),
    (None, "None (NoneType) is not a count"),
    ("3", "'3' (str) is not a count"),
    (1.5, "1.5 (float) is not a count"),
    (6.0, "6.0 (float) is not a count"),
]


def raises(
    f: Callable[[], Any],
    path: str,
    cls: Type[screening.ScreeningError] = screening.InvalidArgument,
    code: str = "malformed",
    text: Optional[str] = None,
) -> screening.ScreeningError:
    with pytest.raises(screening.ScreeningError) as info:
        f()
    err = info.value
    assert isinstance(err, cls) and isinstance(err, ValueError), repr(err)
    assert err.code == code, repr(err)
    assert err.path == path, repr(err)
    if cls is screening.InvalidArgument:
        assert str(err).startswith(f"{path}: ") and err.message_vi.startswith(f"{path}: "), repr(err)
    else:  # the core's message about a case file: "malformed case file: PATH: …"
        assert f"{path}: " in str(err) and f"{path}: " in err.message_vi, repr(err)
    if text is not None:
        assert text in str(err), repr(err)
    return err


@pytest.mark.parametrize("value, text", BAD_COUNTS)
@pytest.mark.parametrize("arg", ["official", "exempt", "yes", "exempt_attending"])
def test_decide_listing(arg: str, value: Any, text: str) -> None:
    args: Dict[str, Any] = {"official": 10, "exempt": 1, "yes": 6, "exempt_attending": 0, arg: value}
    raises(lambda: screening.decide_listing(**args), arg, text=text)


@pytest.mark.parametrize("value, text", BAD_COUNTS)
@pytest.mark.parametrize("arg", ["official", "exempt", "progress_yes", "removal_yes", "exempt_attending"])
def test_decide_screening(arg: str, value: Any, text: str) -> None:
    args: Dict[str, Any] = {"official": 10, "exempt": 1, "progress_yes": 5, "removal_yes": 0,
                            "exempt_attending": 0, arg: value}
    raises(lambda: screening.decide_screening(**args), arg, text=text)


def test_the_example_message() -> None:
    err = raises(lambda: screening.decide_listing(official=-1, exempt=1, yes=6), "official")
    assert str(err) == "official: -1 is not a count from 0 to 4294967295"


def test_ballots_the_rules_refuse_are_invalid_ballots() -> None:
    with pytest.raises(screening.InvalidBallot) as info:
        screening.decide_listing(10, 11, 1)
    assert info.value.code == "invalid_electorate" and info.value.path is None


LISTING = {"official": [10, 10], "exempt": [1, 1], "yes": [6, 5]}
SCREENING = {"official": [10, 10], "exempt": [1, 1], "progress_yes": [5, 0], "removal_yes": [0, 6]}


@pytest.mark.parametrize("function, columns", [
    (screening.decide_listing_batch, LISTING),
    (screening.decide_screening_batch, SCREENING),
])
@pytest.mark.parametrize("bad, row, text", [
    ([3, True], 1, "True is a bool"),
    ([3, -1], 1, "-1 is not a count"),
    ([10**100, 3], 0, "is not a count"),
    ([3, None], 1, "missing value"),
    (np.array([3.0, np.nan]), 1, "missing value (nan)"),
    (np.array([3, 2**40], dtype=np.int64), 1, "1099511627776 is not a count"),
])
def test_batch_names_the_row(function: Any, columns: Dict[str, Any], bad: Any, row: int, text: str) -> None:
    for name in columns:
        args = dict(columns, **{name: bad})
        raises(lambda: function(**args), f"{name}[{row}]", text=text)


def test_batch_length_mismatch_names_its_own_columns() -> None:
    err = raises(lambda: screening.decide_screening_batch(
        official=[1, 2], exempt=[0, 0], progress_yes=[1], removal_yes=[0, 0]), "decide_screening_batch")
    assert "official 2, exempt 2, progress_yes 1, removal_yes 2" in str(err)
    err = raises(lambda: screening.decide_listing_batch(
        official=[1, 2], exempt=[0, 0], yes=[1], exempt_attending=[0, 0]), "decide_listing_batch")
    assert "official 2, exempt 2, exempt_attending 2, yes 1" in str(err)


def test_batch_not_a_column() -> None:
    for bad in (5, None, "1,2", {"a": 1}):
        raises(lambda: screening.decide_listing_batch(official=bad, exempt=[0], yes=[0]), "official")
    raises(lambda: screening.decide_listing_batch(official=[[1]], exempt=[0], yes=[0]), "official")


def test_pandas_na_names_its_row_and_label() -> None:
    pd = pytest.importorskip("pandas")
    official = pd.Series([10, None, 10], dtype="Int64", index=["a", "b", "c"])
    err = raises(lambda: screening.decide_listing_batch(official=official, exempt=[1, 1, 1], yes=[6, 6, 6]),
                 "official[1]", text="missing value")
    assert "'b'" in str(err)
    floats = pd.Series([10.0, float("nan")])  # an int column with NA read as float
    raises(lambda: screening.decide_listing_batch(official=floats, exempt=[1, 1], yes=[6, 6]),
           "official[1]", text="missing value")


def test_polars_null_names_its_row() -> None:
    pl = pytest.importorskip("polars")
    official = pl.Series("official", [10, 10, None], dtype=pl.Int64)
    raises(lambda: screening.decide_listing_batch(official=official, exempt=[1, 1, 1], yes=[6, 6, 6]),
           "official[2]", text="missing value")


def test_a_str_that_looks_like_a_path_gets_a_hint(tmp_path: pathlib.Path) -> None:
    for text in ("cases/DV-0042.json", str(tmp_path / "case.json"), "case.json"):
        err = raises(lambda: screening.replay(text), "case", text="pathlib.Path")
        assert isinstance(err, screening.MalformedCase)
        err = raises(lambda: screening.Case.from_json(text), "source", text="pathlib.Path")
    # JSON text that is simply wrong gets no hint.
    with pytest.raises(screening.MalformedCase) as info:
        screening.replay('{"format": "screening-case/1"')
    assert "pathlib" not in str(info.value)


def test_replay_and_from_json_wrong_types() -> None:
    for bad in (None, 42, ["a"], {1, 2}):
        raises(lambda: screening.replay(bad), "case", text="not")
        raises(lambda: screening.Case.from_json(bad), "source", text="not")


def test_case_arguments() -> None:
    raises(lambda: screening.Case("DV-0042", BRANCH), "member")  # type: ignore[arg-type]
    raises(lambda: screening.Case(MEMBER, None), "branch")  # type: ignore[arg-type]
    case = screening.Case(MEMBER, BRANCH)
    raises(lambda: case.apply(42), "event")  # type: ignore[arg-type]
    raises(lambda: case.check(None), "event")  # type: ignore[arg-type]
    raises(lambda: case.apply(dict(EVENTS[0], date=datetime.datetime(2025, 1, 10))), "event.date",
           text="datetime")
    raises(lambda: case.apply(dict(EVENTS[0], criteria=[object()])), "event.criteria[0]")
    for bad in (-1, True, 1.0, "0"):
        raises(lambda: case.apply(EVENTS[0], expected_version=bad), "expected_version")
    raises(lambda: case.set_member_status("candidate"), "status")
    raises(lambda: case.set_member_status(1), "status")  # type: ignore[arg-type]
    assert case.version == 0


def test_explain_language() -> None:
    d = screening.decide_listing(10, 1, 6)
    raises(lambda: d.explain("fr"), "lang")
    raises(lambda: d.votes[0].explain("vn"), "lang")
    report = screening.replay(case_file())
    raises(lambda: report.history[0].explain("EN"), "lang")
    raises(lambda: report.branch.name_of("chairman", "vi"), "body")
    raises(lambda: report.branch.name_of("branch", "de"), "lang")


def test_excluded_is_a_count_and_a_column() -> None:
    raises(lambda: screening.decide_listing(10, 1, 6, excluded=-1), "excluded")
    raises(lambda: screening.decide_screening(10, 1, 5, 0, excluded=True), "excluded")
    raises(lambda: screening.decide_listing_batch(official=[10], exempt=[1], yes=[6], excluded=[None]), "excluded[0]")
    err = raises(lambda: screening.decide_listing_batch(official=[10], exempt=[1], yes=[6], excluded=[0, 0]),
                 "decide_listing_batch")
    assert "excluded 2" in str(err)


def test_outcome_labels_arguments() -> None:
    raises(lambda: screening.outcome_labels(np.array([0, 9], dtype=np.uint8)), "codes[1]")
    raises(lambda: screening.outcome_labels(np.array([0.5])), "codes")
    raises(lambda: screening.outcome_labels(np.array([0], dtype=np.uint8), kind="arrow"), "kind")  # type: ignore[arg-type]


def test_a_bad_field_of_an_event_dict_is_named_by_its_path() -> None:
    file = case_file()
    file["events"][3]["electorate"]["official"] = -1
    err = raises(lambda: screening.replay(file), "events[3].electorate.official", cls=screening.MalformedCase)
    assert not isinstance(err, screening.InvalidArgument) and "-1" in str(err)
    file["events"][3]["electorate"]["official"] = True  # a bool is not a count
    raises(lambda: screening.replay(file), "events[3].electorate.official", cls=screening.MalformedCase)
    file["events"][3]["electorate"]["official"] = 10
    file["events"][3]["yes"] = 10**100
    raises(lambda: screening.replay(file), "events[3].yes", cls=screening.MalformedCase)
    case = screening.Case.from_json({**case_file(), "events": case_file()["events"][:3]})
    event = dict(case_file()["events"][3], electorate={"official": 10, "exempt": "1"})
    raises(lambda: case.apply(event), "event.electorate.exempt", cls=screening.MalformedCase)
    raises(lambda: case.check(dict(case_file()["events"][3], colour="red")), "event", cls=screening.MalformedCase,
           text="colour")  # an unknown field: the object that holds it, and its name
    raises(lambda: screening.Case({"id": "", "status": "official"}, BRANCH), "member.id",
           cls=screening.MalformedCase)
    raises(lambda: screening.Case(MEMBER, dict(BRANCH, names={"chairman": "X"})), "branch.names",
           cls=screening.MalformedCase)
    assert case.version == 3
