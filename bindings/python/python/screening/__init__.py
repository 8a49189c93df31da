"""screening: the rules of Guidance 02-HD/BTCTW for reviewing, educating,
screening and removing party members, as an explained state machine.

The rules live in the Rust core (``screening-core``); this package converts
values and maps errors. Every dict it returns has the shape of the core's JSON.

>>> import screening
>>> screening.decide_listing(official=10, exempt=1, yes=6)["outcome"]
'listed'
"""

from __future__ import annotations

import json
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
    replay,
)
from ._errors import (
    InternalError,
    InvalidBallot,
    MalformedCase,
    RefusedEvent,
    ScreeningError,
    StaleCase,
    UnsupportedFormat,
)
from ._types import (
    Bilingual,
    Branch,
    Decision,
    Electorate,
    Entry,
    Member,
    Mentor,
    NextEvent,
    Report,
    Vote,
)

__version__: str = _native.__version__

#: The case file format this library reads and writes.
FORMAT: str = _native.FORMAT

#: The batch outcome codes: ``OUTCOMES[code]`` is the name of a code the batch
#: functions return (five outcomes, then three ballot errors).
OUTCOMES: Tuple[str, ...] = tuple(_native.OUTCOMES)

#: Every rule ID of RULES.md with its title in Vietnamese and English.
RULES: Mapping[str, Bilingual] = MappingProxyType(json.loads(_native.rules_json()))

#: Every stable error code with its general message in Vietnamese and English.
ERROR_CODES: Mapping[str, Bilingual] = MappingProxyType(json.loads(_native.error_codes_json()))

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
