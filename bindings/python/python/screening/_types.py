"""The shapes of the dicts ``screening`` returns: the core's serde JSON, as TypedDicts.

They describe the return values for type checkers; at runtime the values are
plain ``dict``s (``json.loads`` of the core's JSON).
"""

from __future__ import annotations

from typing import List, Optional, TypedDict

__all__ = [
    "Bilingual",
    "Member",
    "Branch",
    "Mentor",
    "NextEvent",
    "Electorate",
    "Vote",
    "Decision",
    "Entry",
    "Report",
]


class Bilingual(TypedDict):
    """A text in Vietnamese and English."""

    vi: str
    en: str


class Member(TypedDict):
    """The member under review: ``{"id": "DV-0042", "status": "official"}`` (or ``"probationary"``)."""

    id: str
    status: str


class Branch(TypedDict):
    """The member's branch: ``kind`` is ``"under_grassroots_committee"`` or ``"grassroots"``."""

    id: str
    kind: str
    has_committee: bool


class Mentor(TypedDict):
    """The mentor: ``role`` is ``"committee_member"`` or ``"member"``."""

    id: str
    role: str


# "from" is a keyword, so the optional part is declared in the functional syntax.
_NextEventOptional = TypedDict("_NextEventOptional", {"from": str}, total=False)


class NextEvent(_NextEventOptional):
    """An event that may be recorded now: its ``type``, the bodies that may
    record it (``by``) and, for ``screening_voted``, the earliest date (``from``)."""

    type: str
    by: List[str]


class Electorate(TypedDict):
    """The counts of a ballot and ``size``, the electorate E (E1–E4)."""

    official: int
    exempt: int
    exempt_attending: int
    size: int


class Vote(TypedDict):
    """One question's count: ``threshold`` is ``"T1"`` or ``"T2"``; ``required``
    the smallest yes count that meets it; ``met`` whether ``yes`` does."""

    question: str
    yes: int
    threshold: str
    required: int
    met: bool


class Decision(TypedDict):
    """An explained ballot decision (the core's ``BallotDecision``)."""

    ballot: str
    outcome: str
    rules: List[str]
    electorate: Electorate
    votes: List[Vote]
    explanation: Bilingual


class _EntryOptional(TypedDict, total=False):
    ballot: Decision
    screening_from: str
    note: str


class Entry(_EntryOptional):
    """One event of a case's history, with the rules applied and its explanation."""

    index: int
    type: str
    date: str
    by: str
    state: str
    cycle: int
    rules: List[str]
    explanation: Bilingual


class Report(TypedDict):
    """The report of a case (the core's ``Report``)."""

    member: Member
    branch: Branch
    state: str
    step: Optional[int]
    cycle: int
    screening_from: Optional[str]
    mentor: Optional[Mentor]
    version: int
    next: List[NextEvent]
    history: List[Entry]
