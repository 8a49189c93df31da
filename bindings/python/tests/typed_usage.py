"""A typed use of the public API: checked with ``mypy --strict`` (tests/test_typing.py)
and run by the same test."""

from __future__ import annotations

import datetime
from typing import List, Optional

import numpy as np
import numpy.typing as npt

import screening


def listing_outcome(official: int, exempt: int, yes: int) -> str:
    decision: screening.Decision = screening.decide_listing(official, exempt, yes)
    size: int = decision["electorate"]["size"]
    required: int = decision["votes"][0]["required"]
    assert required <= size
    return decision["outcome"]


def earliest_screening(report: screening.Report) -> Optional[str]:
    for n in report["next"]:
        if n["type"] == "screening_voted":
            return n.get("from")
    return None


def build() -> screening.Case:
    member: screening.Member = {"id": "DV-0042", "status": "official"}
    branch: screening.Branch = {"id": "CB-07", "kind": "grassroots", "has_committee": False}
    case = screening.Case(member=member, branch=branch)
    entry: screening.Entry = case.apply(
        {"type": "flagged", "date": datetime.date(2025, 1, 10), "by": "branch_secretary",
         "criteria": ["degradation"]},
        expected_version=case.version,
    )
    rules: List[str] = entry["rules"]
    assert rules == ["S1.1"]
    return case


def refused(case: screening.Case) -> str:
    try:
        case.apply({"type": "member_notified", "date": "2025-01-11", "by": "branch_secretary"})
    except screening.RefusedEvent as e:
        code: str = e.code
        at: int = e.at
        state: str = e.state
        stays: str = e.report["state"]
        assert stays == state and at == case.version
        return f"{code}: {e.message_en} / {e.message_vi}"
    return "accepted"


def batch() -> npt.NDArray[np.uint8]:
    codes = screening.decide_screening_batch(
        official=np.array([9, 9], dtype=np.int64),
        exempt=[0, 0],
        progress_yes=[5, 1],
        removal_yes=[0, 6],
    )
    names: List[str] = [screening.OUTCOMES[int(c)] for c in codes]
    assert names == ["progress_recognized", "removal_proposed"]
    return codes


def main() -> None:
    assert listing_outcome(10, 1, 6) == "listed"
    case = build()
    report = screening.replay(case.to_json())
    assert earliest_screening(report) is None
    assert refused(case).startswith("wrong_state")
    assert case.state == "flagged"
    title: str = screening.RULES["T1"]["en"]
    assert title
    assert batch().dtype == np.uint8
    try:
        screening.decide_screening(9, 0, 5, 6)
    except screening.InvalidBallot as e:
        assert e.code == "conflicting_ballots"


if __name__ == "__main__":
    main()
