"""A case under monitoring, built with the public API (used by several tests)."""

from __future__ import annotations

import datetime
from typing import Any, Dict, List

import screening

MEMBER = {"id": "DV-0042", "status": "official"}
BRANCH = {"id": "CB-07", "kind": "under_grassroots_committee", "has_committee": True}

EVENTS: List[Dict[str, Any]] = [
    {"type": "flagged", "date": "2025-01-10", "by": "branch_committee",
     "criteria": ["two_years_not_completed"], "note": "rated 2023 and 2024"},
    {"type": "direction_requested", "date": "2025-01-10", "by": "branch_committee"},
    {"type": "direction_given", "date": "2025-01-20", "by": "grassroots_committee", "proceed": True},
    {"type": "listing_voted", "date": "2025-01-25", "by": "branch",
     "electorate": {"official": 10, "exempt": 1}, "yes": 7},
    {"type": "listing_reviewed", "date": "2025-01-28", "by": "grassroots_committee", "approved": True},
    {"type": "member_notified", "date": "2025-02-19", "by": "branch_committee"},
    {"type": "self_criticism_submitted", "date": "2025-03-01", "by": "member"},
    {"type": "mentor_assigned", "date": datetime.date(2025, 3, 1), "by": "branch",
     "mentor": {"id": "DV-0007", "role": "member"}},
]


def monitored_case() -> screening.Case:
    case = screening.Case(member=MEMBER, branch=BRANCH)
    for event in EVENTS:
        case.apply(event)
    return case


def case_file() -> Dict[str, Any]:
    events = [dict(e, date=str(e["date"])) for e in EVENTS]
    return {"format": "screening-case/1", "member": MEMBER, "branch": BRANCH, "events": events}
