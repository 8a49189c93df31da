"""A typed use of the public API: checked with ``mypy --strict`` and
``pyright --strict`` (tests/test_typing.py) and run by the same test."""

from __future__ import annotations

import datetime
from typing import List, Optional, Tuple

import numpy as np
import numpy.typing as npt
from typing_extensions import assert_never

import screening


def listing_outcome(official: int, exempt: int, yes: int) -> screening.Outcome:
    decision: screening.Decision = screening.decide_listing(official, exempt, yes)
    size: int = decision.electorate.size
    required: int = decision.votes[0].required
    threshold: screening.Threshold = decision.votes[0].threshold
    assert required <= size and threshold == "T1"
    rules: Tuple[screening.RuleId, ...] = decision.rules
    assert "S1.3" in rules
    return decision.outcome


def what_next(decision: screening.Decision) -> str:
    """Every outcome handled: a new outcome would fail the type check."""
    match decision.outcome:
        case "listed":
            return "the superior reviews the list"
        case "not_listed":
            return "the case ends"
        case "progress_recognized" | "continue_education":
            return "the superior reviews the decision"
        case "removal_proposed":
            return "the removal goes up"
        case _:
            assert_never(decision.outcome)


def earliest_screening(report: screening.Report) -> Optional[str]:
    for n in report.next:
        if n.type == "screening_voted":
            return n.from_
    return None


def build() -> screening.Case:
    member: screening.MemberDict = {"id": "DV-0042", "status": "official"}
    branch: screening.BranchDict = {"id": "CB-07", "kind": "grassroots", "has_committee": False}
    case = screening.Case(member=member, branch=branch)
    flagged: screening.FlaggedEvent = {
        "type": "flagged", "date": datetime.date(2025, 1, 10), "by": "branch_secretary",
        "criteria": ["degradation"],
    }
    entry: screening.Entry = case.apply(flagged, expected_version=case.version)
    rules: Tuple[screening.RuleId, ...] = entry.rules
    assert rules == ("S1.1",)
    state: screening.StateName = entry.state
    assert state == "flagged" and entry.explain("vi")
    return case


def refused(case: screening.Case) -> str:
    try:
        case.apply({"type": "member_notified", "date": "2025-01-11", "by": "branch_secretary"})
    except screening.RefusedEvent as e:
        code: screening.ErrorCode = e.code
        at: int = e.at
        state: screening.StateName = e.state
        stays: screening.StateName = e.report.state
        assert stays == state and at == case.version
        return f"{code}: {e.message_en} / {e.message_vi}"
    return "accepted"


def batch() -> npt.NDArray[np.uint8]:
    codes = screening.decide_screening_batch(
        official=np.array([9, 9], dtype=np.uint32),
        exempt=[0, 0],
        progress_yes=[5, 1],
        removal_yes=[0, 6],
    )
    names: List[screening.BatchOutcome] = [screening.OUTCOMES[int(c)] for c in codes]
    assert names == ["progress_recognized", "removal_proposed"]
    return codes


def main() -> None:
    assert listing_outcome(10, 1, 6) == "listed"
    assert what_next(screening.decide_listing(10, 1, 6)) == "the superior reviews the list"
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
        assert e.code == "conflicting_ballots" and e.path is None
    try:
        screening.decide_listing(-1, 0, 0)
    except screening.InvalidArgument as e:
        assert e.path == "official"


if __name__ == "__main__":
    main()
