# The public API of `screening`, for type checkers (checked against the
# runtime by `python -m mypy.stubtest screening`).
import os
from typing import Any, Dict, Iterable, Literal, Mapping, Optional, Tuple, Union

import numpy as np
import numpy.typing as npt

from ._errors import InternalError as InternalError
from ._errors import InvalidArgument as InvalidArgument
from ._errors import InvalidBallot as InvalidBallot
from ._errors import MalformedCase as MalformedCase
from ._errors import RefusedEvent as RefusedEvent
from ._errors import ScreeningError as ScreeningError
from ._errors import StaleCase as StaleCase
from ._errors import UnsupportedFormat as UnsupportedFormat
from ._native import Branch as Branch
from ._native import Decision as Decision
from ._native import Electorate as Electorate
from ._native import Entry as Entry
from ._native import Member as Member
from ._native import Mentor as Mentor
from ._native import NextEvent as NextEvent
from ._native import Report as Report
from ._native import Vote as Vote
from ._native import TellersCount as TellersCount
from ._types import BallotKind as BallotKind
from ._types import BatchOutcome as BatchOutcome
from ._types import Bilingual as Bilingual
from ._types import Body as Body
from ._types import BranchDict as BranchDict
from ._types import BranchKind as BranchKind
from ._types import CaseClosedEvent as CaseClosedEvent
from ._types import CaseFileDict as CaseFileDict
from ._types import CloseReason as CloseReason
from ._types import Criterion as Criterion
from ._types import DateLike as DateLike
from ._types import DecisionReviewedEvent as DecisionReviewedEvent
from ._types import DirectionGivenEvent as DirectionGivenEvent
from ._types import DirectionRequestedEvent as DirectionRequestedEvent
from ._types import ElectorateDict as ElectorateDict
from ._types import ErrorCode as ErrorCode
from ._types import EventDict as EventDict
from ._types import EventType as EventType
from ._types import FlaggedEvent as FlaggedEvent
from ._types import Lang as Lang
from ._types import ListingReviewedEvent as ListingReviewedEvent
from ._types import ListingVotedEvent as ListingVotedEvent
from ._types import MemberDict as MemberDict
from ._types import MemberNotifiedEvent as MemberNotifiedEvent
from ._types import MemberStatus as MemberStatus
from ._types import MentorAssignedEvent as MentorAssignedEvent
from ._types import MentorDict as MentorDict
from ._types import MentorReassignedEvent as MentorReassignedEvent
from ._types import MentorRole as MentorRole
from ._types import Outcome as Outcome
from ._types import Question as Question
from ._types import RemovalDecidedEvent as RemovalDecidedEvent
from ._types import RemovalOutcome as RemovalOutcome
from ._types import RemovalResolvedEvent as RemovalResolvedEvent
from ._types import RuleId as RuleId
from ._types import ScreeningVotedEvent as ScreeningVotedEvent
from ._types import SelfCriticismSubmittedEvent as SelfCriticismSubmittedEvent
from ._types import StateName as StateName
from ._types import Step as Step
from ._types import TellersCountDict as TellersCountDict
from ._types import Threshold as Threshold
from ._types import VerificationConcludedEvent as VerificationConcludedEvent
from ._types import VerificationOrderedEvent as VerificationOrderedEvent

__all__ = [
    "__version__",
    "FORMAT",
    "OUTCOMES",
    "RULES",
    "ERROR_CODES",
    "replay",
    "decide_listing",
    "decide_screening",
    "decide_listing_batch",
    "decide_screening_batch",
    "outcome_labels",
    "Case",
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
    "ScreeningError",
    "MalformedCase",
    "UnsupportedFormat",
    "RefusedEvent",
    "StaleCase",
    "InvalidBallot",
    "InvalidArgument",
    "InternalError",
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

__version__: str
FORMAT: str
OUTCOMES: Tuple[BatchOutcome, ...]
RULES: Mapping[str, Bilingual]
ERROR_CODES: Mapping[str, Bilingual]

CaseSource = Union[str, bytes, bytearray, os.PathLike[str], Mapping[str, Any]]
EventSource = Union[Mapping[str, Any], str, bytes]
IntColumn = Union[npt.ArrayLike, Iterable[int]]

def replay(case: CaseSource) -> Report: ...
def decide_listing(
    official: int, exempt: int, yes: int, exempt_attending: int = 0, *, excluded: int = 0
) -> Decision: ...
def decide_screening(
    official: int,
    exempt: int,
    progress_yes: int,
    removal_yes: int,
    exempt_attending: int = 0,
    *,
    excluded: int = 0,
) -> Decision: ...
def decide_listing_batch(
    *,
    official: IntColumn,
    exempt: IntColumn,
    yes: IntColumn,
    exempt_attending: Optional[IntColumn] = None,
    excluded: Optional[IntColumn] = None,
) -> npt.NDArray[np.uint8]: ...
def decide_screening_batch(
    *,
    official: IntColumn,
    exempt: IntColumn,
    progress_yes: IntColumn,
    removal_yes: IntColumn,
    exempt_attending: Optional[IntColumn] = None,
    excluded: Optional[IntColumn] = None,
) -> npt.NDArray[np.uint8]: ...
def outcome_labels(
    codes: Any, *, index: Any = None, kind: Optional[Literal["numpy", "pandas", "polars"]] = None
) -> Any: ...

class Case:
    def __init__(self, member: Union[MemberDict, Mapping[str, Any]], branch: Union[BranchDict, Mapping[str, Any]]) -> None: ...
    @classmethod
    def from_json(cls, source: Union[CaseSource, CaseFileDict]) -> Case: ...
    def apply(self, event: Union[EventDict, EventSource], *, expected_version: Optional[int] = None) -> Entry: ...
    def check(self, event: Union[EventDict, EventSource]) -> StateName: ...
    def set_member_status(self, status: MemberStatus) -> None: ...
    @property
    def state(self) -> StateName: ...
    @property
    def version(self) -> int: ...
    @property
    def member(self) -> Member: ...
    @property
    def branch(self) -> Branch: ...
    @property
    def history(self) -> Tuple[Entry, ...]: ...
    def next(self) -> Tuple[NextEvent, ...]: ...
    def report(self) -> Report: ...
    def to_json(self, *, pretty: bool = False) -> str: ...
    def __copy__(self) -> Case: ...
    def __deepcopy__(self, memo: Dict[int, Any]) -> Case: ...
    def __reduce__(self) -> Tuple[Any, ...]: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: None  # type: ignore[assignment]
