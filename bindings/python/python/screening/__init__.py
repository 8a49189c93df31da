"""screening: the rules of Guidance 02-HD/BTCTW for reviewing, educating,
screening and removing party members, as an explained state machine.

The rules live in the Rust core (``screening-core``); this package converts
values and maps errors.

Ballots
    decide_listing(official, exempt, yes, exempt_attending=0, *, excluded=0) -> Decision
    decide_screening(official, exempt, progress_yes, removal_yes, exempt_attending=0,
                     *, excluded=0) -> Decision

    A :class:`Decision` carries the ``outcome``, the ``rules`` applied, the
    ``electorate`` (with ``size``, E) and each question's :class:`Vote`; the
    text is made only when asked: ``d.explain("vi")`` or ``d.explain("en")``.

Cases
    replay(case) -> Report          a case file: JSON text, bytes, pathlib.Path or dict
    Case(member, branch)            built event by event: case.apply(event) -> Entry
    Case.from_json(source)          replayed from its file

    A :class:`Report` says where the case stands (``state``, ``step``,
    ``cycle``, ``screening_from``, ``mentor``), what may happen ``next``
    (:class:`NextEvent`) and what each event decided (``history``, a tuple of
    :class:`Entry`, each with ``entry.explain(lang)``).

Many ballots at once
    decide_listing_batch(official=..., exempt=..., yes=..., exempt_attending=None,
                         excluded=None) -> numpy uint8 codes
    decide_screening_batch(official=..., exempt=..., progress_yes=..., removal_yes=...)
    outcome_labels(codes) -> numpy strings, pandas Categorical or polars Enum

Errors
    Every error is a :class:`ScreeningError` (a ``ValueError``) with a stable
    ``code``, messages in ``message_vi`` and ``message_en``, and ``path``
    naming the place of a bad input: :class:`MalformedCase`,
    :class:`UnsupportedFormat`, :class:`RefusedEvent` (``at``, ``state``,
    ``report``), :class:`StaleCase`, :class:`InvalidBallot`,
    :class:`InvalidArgument`, :class:`InternalError`.

Every result class is frozen, compares by value, pickles, and has
``to_dict()``: the JSON shape of CASE-FORMAT.md's report, explanations
included. Codes are typed as ``Literal`` types (:data:`Outcome`,
:data:`StateName`, :data:`EventType`, :data:`Body`, :data:`ErrorCode`, …);
inputs as TypedDicts, importable from here (``screening.MemberDict``,
``BranchDict`` with its optional ``names``, ``EventDict``, the union of the
sixteen event shapes such as ``ListingVotedEvent`` with its optional
``ballots``, ``ElectorateDict`` with ``exempt_attending`` and ``excluded``,
``TellersCountDict``, ``CaseFileDict``).

>>> import screening
>>> d = screening.decide_listing(official=10, exempt=1, yes=6)
>>> d.outcome, d.electorate.size, d.votes[0].required
('listed', 9, 6)
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping, Tuple

from . import _native
from ._api import (
    Case,
    CaseSource,
    EventSource,
    IntColumn,
    decide_listing,
    decide_listing_batch,
    decide_screening,
    decide_screening_batch,
    outcome_labels,
    replay,
)
from ._errors import (
    InternalError,
    InvalidArgument,
    InvalidBallot,
    MalformedCase,
    RefusedEvent,
    ScreeningError,
    StaleCase,
    UnsupportedFormat,
)
from ._native import (
    Branch,
    TellersCount,
    Decision,
    Electorate,
    Entry,
    Member,
    Mentor,
    NextEvent,
    Report,
    Vote,
)
from ._types import (
    BallotKind,
    BatchOutcome,
    Bilingual,
    Body,
    BranchDict,
    BranchKind,
    CaseClosedEvent,
    CaseFileDict,
    CloseReason,
    Criterion,
    DateLike,
    DecisionReviewedEvent,
    DirectionGivenEvent,
    DirectionRequestedEvent,
    ElectorateDict,
    ErrorCode,
    EventDict,
    EventType,
    FlaggedEvent,
    Lang,
    ListingReviewedEvent,
    ListingVotedEvent,
    MemberDict,
    MemberNotifiedEvent,
    MemberStatus,
    MentorAssignedEvent,
    MentorDict,
    MentorReassignedEvent,
    MentorRole,
    Outcome,
    Question,
    RemovalDecidedEvent,
    RemovalOutcome,
    RemovalResolvedEvent,
    RuleId,
    ScreeningVotedEvent,
    SelfCriticismSubmittedEvent,
    StateName,
    Step,
    TellersCountDict,
    Threshold,
    VerificationConcludedEvent,
    VerificationOrderedEvent,
)

__version__: str = _native.__version__

#: The case file format this library reads and writes.
FORMAT: str = _native.FORMAT

#: The batch outcome codes: ``OUTCOMES[code]`` is the name of a code the batch
#: functions return (five outcomes, then three ballot errors).
OUTCOMES: Tuple[BatchOutcome, ...] = tuple(_native.OUTCOMES)

#: Every rule ID of RULES.md with its title in Vietnamese and English.
RULES: Mapping[str, Bilingual] = MappingProxyType(_native.rules())

#: Every stable error code with its general message in Vietnamese and English.
ERROR_CODES: Mapping[str, Bilingual] = MappingProxyType(_native.error_codes())

# The TypedDicts of the inputs (MemberDict, BranchDict, EventDict's sixteen
# event shapes, CaseFileDict, …) are importable from here but left out of
# __all__, so that help(screening) does not list every dict method of each.
__all__ = [
    "__version__",
    "FORMAT",
    "OUTCOMES",
    "RULES",
    "ERROR_CODES",
    # functions
    "replay",
    "decide_listing",
    "decide_screening",
    "decide_listing_batch",
    "decide_screening_batch",
    "outcome_labels",
    "Case",
    # results
    "Decision",
    "Vote",
    "TellersCount",
    "Electorate",
    "Report",
    "Entry",
    "NextEvent",
    "Member",
    "Branch",
    "Mentor",
    # errors
    "ScreeningError",
    "MalformedCase",
    "UnsupportedFormat",
    "RefusedEvent",
    "StaleCase",
    "InvalidBallot",
    "InvalidArgument",
    "InternalError",
    # types
    "CaseSource",
    "EventSource",
    "IntColumn",
    "Lang",
    "Outcome",
    "BatchOutcome",
    "BallotKind",
    "Question",
    "Threshold",
    "StateName",
    "Step",
    "EventType",
    "Body",
    "BranchKind",
    "MemberStatus",
    "MentorRole",
    "Criterion",
    "RemovalOutcome",
    "CloseReason",
    "ErrorCode",
    "RuleId",
    "DateLike",
    "EventDict",
]
