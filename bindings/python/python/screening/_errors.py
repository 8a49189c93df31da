"""The exceptions of ``screening``, and the one mapping from stable code to class.

The native module raises every error through :func:`_make`, passing the stable
code, the messages in Vietnamese and English, and for a refused event its index,
the state the case stays in and the case's :class:`~screening.Report`; for a bad
argument or field, its ``path``.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, ClassVar, Dict, Optional, Tuple, Type, cast

if TYPE_CHECKING:
    from ._native import Report
    from ._types import ErrorCode, StateName

__all__ = [
    "ScreeningError",
    "MalformedCase",
    "UnsupportedFormat",
    "RefusedEvent",
    "StaleCase",
    "InvalidBallot",
    "InvalidArgument",
    "InternalError",
]


class ScreeningError(ValueError):
    """An error of the screening library, with a stable ``code``.

    ``message_vi`` and ``message_en`` say what is wrong; ``str(error)`` is the
    English message. ``at``, ``state`` and ``report`` are set for a refused
    event (see :class:`RefusedEvent`) and ``None`` otherwise. ``path`` names
    the place of a bad input: an argument (``"official"``), a column's row
    (``"official[3]"``) or a field (``"events[3].electorate.official"``);
    ``None`` when the error is not about one place.
    """

    code: ErrorCode
    message_vi: str
    message_en: str
    at: Optional[int]
    state: Optional[StateName]
    report: Optional[Report]
    path: Optional[str]

    #: The codes raised as this class (where no more specific class applies).
    codes: ClassVar[Tuple[str, ...]] = ()

    def __init__(
        self,
        message_en: str,
        *,
        code: str,
        message_vi: str = "",
        at: Optional[int] = None,
        state: Optional[str] = None,
        report: Optional[Report] = None,
        path: Optional[str] = None,
    ) -> None:
        super().__init__(message_en)
        self.code = cast("ErrorCode", code)
        self.message_en = message_en
        self.message_vi = message_vi or message_en
        self.at = at
        self.state = cast("Optional[StateName]", state)
        self.report = report
        self.path = path

    def __reduce__(self) -> Tuple[Any, ...]:
        return (_restore, (type(self), self._fields()))

    def _fields(self) -> Dict[str, Any]:
        return {
            "message_en": self.message_en,
            "code": self.code,
            "message_vi": self.message_vi,
            "at": self.at,
            "state": self.state,
            "report": self.report,
            "path": self.path,
        }

    def __repr__(self) -> str:
        where = "" if self.at is None else f", at={self.at!r}, state={self.state!r}"
        return f"{type(self).__name__}(code={self.code!r}{where}, {self.message_en!r})"


class MalformedCase(ScreeningError):
    """The case file (or an event, or a member or branch object) cannot be read:
    not JSON, wrong types, unknown or missing fields, unknown values,
    impossible dates (code ``malformed``)."""

    codes: ClassVar[Tuple[str, ...]] = ("malformed",)


class UnsupportedFormat(ScreeningError):
    """The case file's ``format`` is not ``screening-case/1`` (code ``unsupported_format``)."""

    codes: ClassVar[Tuple[str, ...]] = ("unsupported_format",)


class RefusedEvent(ScreeningError):
    """An event the rules refuse. The case stays exactly as it was.

    ``code`` is the stable refusal code (``wrong_state``, ``wrong_body``,
    ``date_order``, ``too_early``, ``missing_criteria``, ``invalid_mentor``,
    ``invalid_electorate``, ``invalid_tally``, ``conflicting_ballots``,
    ``invalid_outcome``, ``stale_case``); ``at`` the refused event's 0-based
    index; ``state`` the state the case stays in; ``report`` the report of the
    case as it stands (before the refused event).
    """

    at: int
    state: StateName
    report: Report

    codes: ClassVar[Tuple[str, ...]] = (
        "wrong_state",
        "wrong_body",
        "date_order",
        "too_early",
        "missing_criteria",
        "invalid_mentor",
        "invalid_outcome",
    )


class StaleCase(RefusedEvent):
    """``Case.apply(event, expected_version=N)`` on a case no longer at version N
    (code ``stale_case``): another writer recorded an event since it was read."""

    codes: ClassVar[Tuple[str, ...]] = ("stale_case",)


class InvalidBallot(ScreeningError):
    """A ballot ``decide_listing`` / ``decide_screening`` refuses: code
    ``invalid_electorate`` (E4), ``invalid_tally`` (E4) or
    ``conflicting_ballots`` (I2)."""

    codes: ClassVar[Tuple[str, ...]] = ("invalid_electorate", "invalid_tally", "conflicting_ballots")


class InvalidArgument(MalformedCase):
    """An argument that is not what the function takes (code ``malformed``):
    a count that is not an int from 0 to 4294967295 (or is a bool), a column
    with a missing value, columns of different lengths, a value of the wrong
    type. ``path`` names the argument, and the row of a column
    (``"official[3]"``); the message starts with it."""


class InternalError(ScreeningError):
    """A bug in the library (a Rust panic, caught before it reached Python); code ``internal``."""

    codes: ClassVar[Tuple[str, ...]] = ("internal",)


#: Stable code → exception class, outside a case (no event index).
_BY_CODE: Dict[str, Type[ScreeningError]] = {
    code: cls
    for cls in (MalformedCase, UnsupportedFormat, RefusedEvent, StaleCase, InvalidBallot, InternalError)
    for code in cls.codes
}


def _class_for(code: str, refused: bool) -> Type[ScreeningError]:
    """The class for ``code``; ``refused`` when the error names a refused event (has ``at``)."""
    cls = _BY_CODE.get(code, ScreeningError)
    if refused and not issubclass(cls, RefusedEvent):
        return RefusedEvent
    return cls


def _make(
    code: str,
    message_vi: str,
    message_en: str,
    at: Optional[int],
    state: Optional[str],
    report: Optional[Report],
    path: Optional[str],
    argument: bool,
) -> ScreeningError:
    """Builds the exception for an error the native module reports
    (``argument``: a bad argument of a function, raised as :class:`InvalidArgument`)."""
    if argument:
        cls: Type[ScreeningError] = InvalidArgument
    else:
        cls = _class_for(code, at is not None)
    return cls(
        message_en,
        code=code,
        message_vi=message_vi,
        at=at,
        state=state,
        report=report,
        path=path,
    )


def _from_native(payload: str) -> ScreeningError:
    """Builds the exception for an error report given as JSON, ``{"error": CODE,
    "at"?: INDEX, "state"?: STATE, "message": {"vi": ..., "en": ...}}`` (the
    documents module's errors). A ``report`` in the JSON is not kept: the
    exception's ``report`` is a :class:`~screening.Report`, built only from a
    case (``None`` here)."""
    data = json.loads(payload)
    code = str(data["error"])
    message = data.get("message") or {}
    at = data.get("at")
    return _class_for(code, at is not None)(
        str(message.get("en", code)),
        code=code,
        message_vi=str(message.get("vi", "")),
        at=at,
        state=data.get("state"),
    )


def _restore(cls: Type[ScreeningError], fields: Dict[str, Any]) -> ScreeningError:
    """Unpickles an exception."""
    fields = dict(fields)
    message_en = fields.pop("message_en")
    return cls(message_en, **fields)
