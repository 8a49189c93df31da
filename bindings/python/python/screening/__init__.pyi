# The public API of `screening`, for type checkers (checked against the
# runtime by `python -m mypy.stubtest screening`).
import os
from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple, Union

import numpy as np
import numpy.typing as npt

from ._errors import InternalError as InternalError
from ._errors import InvalidBallot as InvalidBallot
from ._errors import MalformedCase as MalformedCase
from ._errors import RefusedEvent as RefusedEvent
from ._errors import ScreeningError as ScreeningError
from ._errors import StaleCase as StaleCase
from ._errors import UnsupportedFormat as UnsupportedFormat
from ._types import Bilingual as Bilingual
from ._types import Branch as Branch
from ._types import Decision as Decision
from ._types import Electorate as Electorate
from ._types import Entry as Entry
from ._types import Member as Member
from ._types import Mentor as Mentor
from ._types import NextEvent as NextEvent
from ._types import Report as Report
from ._types import Vote as Vote

__all__ = [
    "__version__",
    "FORMAT",
    "OUTCOMES",
    "RULES",
    "ERROR_CODES",
    "Case",
    "CaseSource",
    "EventSource",
    "IntColumn",
    "replay",
    "decide_listing",
    "decide_screening",
    "decide_listing_batch",
    "decide_screening_batch",
    "ScreeningError",
    "MalformedCase",
    "UnsupportedFormat",
    "RefusedEvent",
    "StaleCase",
    "InvalidBallot",
    "InternalError",
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

__version__: str
FORMAT: str
OUTCOMES: Tuple[str, ...]
RULES: Mapping[str, Bilingual]
ERROR_CODES: Mapping[str, Bilingual]

CaseSource = Union[str, bytes, bytearray, os.PathLike[str], Mapping[str, Any]]
EventSource = Union[Mapping[str, Any], str, bytes]
IntColumn = Union[npt.ArrayLike, Iterable[int]]

def replay(case: CaseSource) -> Report: ...
def decide_listing(official: int, exempt: int, yes: int, exempt_attending: int = 0) -> Decision: ...
def decide_screening(
    official: int,
    exempt: int,
    progress_yes: int,
    removal_yes: int,
    exempt_attending: int = 0,
) -> Decision: ...
def decide_listing_batch(
    *,
    official: IntColumn,
    exempt: IntColumn,
    yes: IntColumn,
    exempt_attending: Optional[IntColumn] = None,
) -> npt.NDArray[np.uint8]: ...
def decide_screening_batch(
    *,
    official: IntColumn,
    exempt: IntColumn,
    progress_yes: IntColumn,
    removal_yes: IntColumn,
    exempt_attending: Optional[IntColumn] = None,
) -> npt.NDArray[np.uint8]: ...

class Case:
    def __init__(self, member: Mapping[str, Any], branch: Mapping[str, Any]) -> None: ...
    @classmethod
    def from_json(cls, source: CaseSource) -> Case: ...
    def apply(self, event: EventSource, *, expected_version: Optional[int] = None) -> Entry: ...
    def check(self, event: EventSource) -> str: ...
    def set_member_status(self, status: str) -> None: ...
    @property
    def state(self) -> str: ...
    @property
    def version(self) -> int: ...
    def next(self) -> List[NextEvent]: ...
    def report(self) -> Report: ...
    def to_json(self, *, pretty: bool = False) -> str: ...
    def __copy__(self) -> Case: ...
    def __deepcopy__(self, memo: Dict[int, Any]) -> Case: ...
    def __reduce__(self) -> Tuple[Any, ...]: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: None  # type: ignore[assignment]
