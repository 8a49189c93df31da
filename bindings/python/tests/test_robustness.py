"""Wrong types and hostile input raise Python exceptions; nothing crashes the interpreter."""

from __future__ import annotations

import json
from typing import Any, Dict, List

import pytest

import screening
from helpers import BRANCH, MEMBER, case_file

ALLOWED = screening.ScreeningError

LISTING_ARGS = ("official", "exempt", "yes", "exempt_attending")
SCREENING_ARGS = ("official", "exempt", "progress_yes", "removal_yes", "exempt_attending")


@pytest.mark.parametrize(
    "args",
    [(None, 0, 0), ("10", 0, 5), (10.0, 0, 5), (10, 0, 5.5), (-1, 0, 0), (10, 0, -5), (2**32, 0, 5),
     (10, 0, 2**64), (10, 0, 5, -1), (10, 0, 5, "0"), (True, 0, 1), (10, False, 5)],
)
def test_decide_listing_wrong_types(args: Any) -> None:
    with pytest.raises(screening.InvalidArgument) as info:
        screening.decide_listing(*args)
    bad = next(i for i, a in enumerate(args) if not (type(a) is int and 0 <= a < 2**32))
    assert info.value.path == LISTING_ARGS[bad]
    assert str(info.value).startswith(LISTING_ARGS[bad] + ": ")


def test_decide_screening_wrong_types() -> None:
    cases: List[Any] = [(None, 0, 0, 0), (10, 0, "1", 0), (10, 0, 1, -1), (10, 0, 1, 2**32), (10, 0, 1.0, 0),
                        (10, 0, 1, True)]
    for args in cases:
        with pytest.raises(screening.InvalidArgument) as info:
            screening.decide_screening(*args)
        bad = next(i for i, a in enumerate(args) if not (type(a) is int and 0 <= a < 2**32))
        assert info.value.path == SCREENING_ARGS[bad]


def test_u32_edges() -> None:
    big = 2**32 - 1
    assert screening.decide_listing(big, 0, big).electorate.size == big
    d = screening.decide_screening(big, 0, big // 2, 0)
    assert d.votes[0].required == (big + 1) // 2


@pytest.mark.parametrize("case", [None, 42, 4.2, ["not", "a", "case"], object(), {1, 2}])
def test_replay_wrong_types(case: Any) -> None:
    with pytest.raises(screening.InvalidArgument) as info:
        screening.replay(case)
    assert info.value.path == "case"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "null",
        "[]",
        "\ud800",  # a lone surrogate
        '{"format": "screening-case/1", "member": {"id": "\ud800", "status": "official"}}',
        "[" * 200_000,
        "{\"a\":" * 200_000,
        '{"format": "screening-case/1", "x": ' + "[" * 100_000 + "]" * 100_000 + "}",
    ],
)
def test_replay_hostile_text(text: str) -> None:
    with pytest.raises(screening.MalformedCase):
        screening.replay(text)


def test_replay_invalid_utf8() -> None:
    with pytest.raises(screening.MalformedCase, match="UTF-8"):
        screening.replay(b'{"format": "screening-case/1\xff"}')


def test_replay_10_mb() -> None:
    huge = " " * (10 * 1024 * 1024) + "x"
    with pytest.raises(screening.MalformedCase):
        screening.replay(huge)
    file = case_file()
    file["events"][0]["note"] = "ghi chú " * (10 * 1024 * 1024 // 8)
    report = screening.replay(json.dumps(file))
    assert report.history[0].note == file["events"][0]["note"]
    with pytest.raises(screening.MalformedCase):
        screening.replay(json.dumps(file)[:-1])


def test_deeply_nested_dict() -> None:
    deep: Dict[str, Any] = {}
    for _ in range(100_000):
        deep = {"a": deep}
    with pytest.raises(screening.MalformedCase):
        screening.replay(deep)
    case = screening.Case(MEMBER, BRANCH)
    with pytest.raises(screening.MalformedCase):
        case.apply(deep)
    assert case.version == 0


def test_circular_dict() -> None:
    loop: Dict[str, Any] = {"format": "screening-case/1"}
    loop["member"] = loop
    with pytest.raises(screening.MalformedCase):
        screening.replay(loop)


@pytest.mark.parametrize(
    "event",
    [
        None,
        42,
        {},
        {"type": "flagged"},
        {"type": "flagged", "date": "2025-02-30", "by": "branch_committee", "criteria": ["other"]},
        {"type": "flagged", "date": "2025-01-10", "by": "branch_committee", "criteria": "other"},
        {"type": "flagged", "date": "2025-01-10", "by": "branch_committee", "criteria": ["other"], "yes": 1},
        {"type": "flagged", "date": 20250110, "by": "branch_committee", "criteria": ["other"]},
        {"type": "flagged", "date": "2025-01-10", "by": "branch_committee", "criteria": [float("nan")]},
        {"type": "flagged", "date": "2025-01-10", "by": "branch_committee", "criteria": {"other"}},
        "not json",
        "[" * 100_000,
    ],
)
def test_apply_wrong_input(event: Any) -> None:
    case = screening.Case(MEMBER, BRANCH)
    with pytest.raises(ALLOWED):
        case.apply(event)
    assert case.version == 0 and case.state == "new"


def test_counts_in_events_are_exact() -> None:
    """Floats, negatives and out-of-range counts in an event are malformed, never rounded."""
    case = screening.Case.from_json({**case_file(), "events": case_file()["events"][:3]})
    for yes in (6.0, -1, 2**32, "6", None, True):
        event = {"type": "listing_voted", "date": "2025-01-25", "by": "branch",
                 "electorate": {"official": 10, "exempt": 1}, "yes": yes}
        with pytest.raises(screening.MalformedCase):
            case.apply(event)
    assert case.version == 3
    import numpy as np

    entry = case.apply({"type": "listing_voted", "date": "2025-01-25", "by": "branch",
                        "electorate": {"official": np.int64(10), "exempt": 1}, "yes": np.uint8(6)})
    assert entry.ballot is not None and entry.ballot.outcome == "listed"
