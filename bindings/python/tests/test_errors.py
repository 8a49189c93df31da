"""The exception classes: hierarchy, codes, attributes, pickling, the code table."""

from __future__ import annotations

import pickle
import subprocess
import sys
from typing import Tuple

import pytest

import screening
import screening._native as native
from screening._errors import _BY_CODE

CLASSES = [
    screening.MalformedCase,
    screening.UnsupportedFormat,
    screening.RefusedEvent,
    screening.StaleCase,
    screening.InvalidBallot,
    screening.InvalidArgument,
    screening.InternalError,
]


def test_hierarchy() -> None:
    assert issubclass(screening.ScreeningError, ValueError)
    for cls in CLASSES:
        assert issubclass(cls, screening.ScreeningError)
    assert issubclass(screening.StaleCase, screening.RefusedEvent)


def test_every_core_code_has_a_class() -> None:
    for code in screening.ERROR_CODES:
        assert code in _BY_CODE, code
    assert set(_BY_CODE) == set(screening.ERROR_CODES) | {"internal"}


@pytest.mark.parametrize(
    "args, code",
    [((10, 11, 1), "invalid_electorate"), ((0, 0, 0), "invalid_electorate"),
     ((10, 1, 10), "invalid_tally"), ((10, 2, 1, 3), "invalid_electorate")],
)
def test_listing_errors(args: Tuple[int, ...], code: str) -> None:
    with pytest.raises(screening.InvalidBallot) as info:
        screening.decide_listing(*args)
    err = info.value
    assert err.code == code and err.at is None and err.state is None and err.report is None
    assert err.message_en and err.message_vi and err.message_vi != err.message_en


def test_screening_errors() -> None:
    with pytest.raises(screening.InvalidBallot) as info:
        screening.decide_screening(9, 0, 5, 6)
    assert info.value.code == "conflicting_ballots" and "I2" in info.value.message_en
    with pytest.raises(screening.InvalidBallot) as info:
        screening.decide_screening(9, 0, 10, 0)
    assert info.value.code == "invalid_tally"


def test_format_errors() -> None:
    with pytest.raises(screening.MalformedCase) as info:
        screening.replay("{ not json")
    assert info.value.code == "malformed" and info.value.at is None
    with pytest.raises(screening.UnsupportedFormat) as info2:
        screening.replay('{"format": "screening-case/2"}')
    assert info2.value.code == "unsupported_format"
    assert "screening-case/2" in info2.value.message_en


def test_pickle_and_repr() -> None:
    try:
        screening.replay('{"format": "screening-case/1", "member": {"id": "DV-1", "status": "official"},'
                         ' "branch": {"id": "CB", "kind": "grassroots", "has_committee": false},'
                         ' "events": [{"type": "direction_requested", "date": "2025-01-01", "by": "branch_secretary"}]}')
    except screening.RefusedEvent as err:
        again = pickle.loads(pickle.dumps(err))
        assert type(again) is screening.RefusedEvent
        assert (again.code, again.at, again.state, again.report) == (err.code, err.at, err.state, err.report)
        assert (again.message_vi, again.message_en, str(again)) == (err.message_vi, err.message_en, str(err))
        assert repr(err).startswith("RefusedEvent(code='wrong_state', at=0, state='new'")
    else:
        pytest.fail("not refused")


def test_a_panic_never_reaches_the_interpreter() -> None:
    # In a child process, so that an abort would fail this test and not the run.
    code = (
        "import screening, screening._native as n\n"
        "try:\n"
        "    n._panic()\n"
        "except screening.InternalError as e:\n"
        "    print(e.code, isinstance(e, screening.ScreeningError))\n"
        "print(screening.decide_listing(3, 0, 2).outcome)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:2] == ["internal True", "listed"]


def test_a_panic_in_process() -> None:
    with pytest.raises(screening.InternalError) as info:
        native._panic()
    assert info.value.code == "internal" and "deliberate panic" in info.value.message_en
