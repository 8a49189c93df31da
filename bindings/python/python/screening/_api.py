"""The public functions and the ``Case`` class: conversion only, the rules are in Rust.

Values go to the native module as the case file's JSON (UTF-8 bytes) and come
back as the core's JSON, read with :func:`json.loads`.
"""

from __future__ import annotations

import datetime
import json
import operator
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Optional, Tuple, Union, cast

from . import _native as _ffi
from ._types import Decision, Entry, NextEvent, Report

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = [
    "CaseSource",
    "EventSource",
    "IntColumn",
    "Case",
    "replay",
    "decide_listing",
    "decide_screening",
    "decide_listing_batch",
    "decide_screening_batch",
]

#: A case file: its JSON text (``str`` or UTF-8 ``bytes``), a path to it, or the decoded object.
CaseSource = Union[str, bytes, bytearray, "os.PathLike[str]", "Mapping[str, Any]"]
#: An event: a JSON object as a mapping (dates may be ``datetime.date``), or its JSON text.
EventSource = Union["Mapping[str, Any]", str, bytes]
#: A column of counts for the batch functions: a numpy integer array or any sequence (or iterable) of ints.
IntColumn = Union["npt.ArrayLike", Iterable[int]]

_U32_MAX = 0xFFFF_FFFF


def _json_default(value: Any) -> Any:
    """JSON for what :mod:`json` does not know: dates, other mappings, integer-likes."""
    if isinstance(value, datetime.datetime):
        raise TypeError(
            f"a date is a datetime.date or an ISO 'YYYY-MM-DD' string, not a datetime: {value!r}"
        )
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return dict(value)
    if hasattr(value, "__index__"):
        # numpy integers and other exact integer types (never floats: they have no __index__)
        return operator.index(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _dumps(value: Any) -> bytes:
    """The JSON text of ``value``, UTF-8 (lone surrogates kept, so Rust reports them as malformed)."""
    try:
        text = json.dumps(value, ensure_ascii=False, default=_json_default, allow_nan=True)
    except RecursionError:
        _ffi.raise_malformed("the object is nested too deeply to be a case file")
    except ValueError as e:  # a circular reference
        _ffi.raise_malformed(str(e))
    return text.encode("utf-8", "surrogatepass")


def _case_bytes(source: CaseSource) -> bytes:
    """The case file's bytes, from text, bytes, a path or a mapping."""
    if isinstance(source, str):
        return source.encode("utf-8", "surrogatepass")
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source)
    if isinstance(source, os.PathLike):
        with open(os.fspath(source), "rb") as f:
            return f.read()
    if isinstance(source, Mapping):
        return _dumps(source)
    raise TypeError(
        "a case is its JSON text (str or bytes), a path (os.PathLike) or a dict, "
        f"not {type(source).__name__}"
    )


def _event_bytes(event: EventSource) -> bytes:
    if isinstance(event, str):
        return event.encode("utf-8", "surrogatepass")
    if isinstance(event, (bytes, bytearray, memoryview)):
        return bytes(event)
    if isinstance(event, Mapping):
        return _dumps(event)
    raise TypeError(f"an event is a dict or its JSON text, not {type(event).__name__}")


def _object_bytes(value: Mapping[str, Any], what: str) -> bytes:
    if not isinstance(value, Mapping):
        raise TypeError(f"{what} is a dict, not {type(value).__name__}")
    return _dumps(value)


def replay(case: CaseSource) -> Report:
    """Reads and replays a case file and returns its report.

    ``case`` is the file's JSON text (``str`` or UTF-8 ``bytes``), a path
    (``os.PathLike``; a plain ``str`` is always JSON text) or the decoded dict.

    Raises :class:`MalformedCase` or :class:`UnsupportedFormat` for a file that
    cannot be read, and :class:`RefusedEvent` (``code``, ``at``, ``state``,
    ``report``) when an event is refused.
    """
    return cast(Report, json.loads(_ffi.replay(_case_bytes(case))))


def decide_listing(official: int, exempt: int, yes: int, exempt_attending: int = 0) -> Decision:
    """Decides the listing ballot of Step 1 (S1.3, E1, E2, E4, T1) and explains it.

    Raises :class:`InvalidBallot` (``invalid_electorate``, ``invalid_tally``).
    """
    return cast(
        Decision, json.loads(_ffi.decide_listing_json(official, exempt, yes, exempt_attending))
    )


def decide_screening(
    official: int,
    exempt: int,
    progress_yes: int,
    removal_yes: int,
    exempt_attending: int = 0,
) -> Decision:
    """Decides the two screening ballots of Step 3 (S3.1–S3.4, I1, I2, E1, E2, E4, T1, T2).

    Raises :class:`InvalidBallot` (``invalid_electorate``, ``invalid_tally``,
    ``conflicting_ballots``).
    """
    return cast(
        Decision,
        json.loads(
            _ffi.decide_screening_json(
                official, exempt, progress_yes, removal_yes, exempt_attending
            )
        ),
    )


def _u32_column(name: str, values: Any) -> npt.NDArray[np.uint32]:
    """``values`` as a C-contiguous 1-D ``uint32`` array, which the native module reads in place.

    Such an array is passed as is (every ``uint32`` is in range); anything else
    is checked (whole numbers from 0 to 4294967295) and converted once.
    """
    import numpy as np

    if (
        isinstance(values, np.ndarray)
        and values.ndim == 1
        and values.dtype == np.uint32
        and values.flags.c_contiguous
        and values.flags.aligned
    ):
        return values
    if not hasattr(values, "__len__") and not hasattr(values, "__array__"):
        if isinstance(values, Iterable):
            values = list(values)
    arr = np.asarray(values)
    if arr.ndim != 1:
        raise ValueError(f"{name}: expected a 1-D sequence of integers, got {arr.ndim} dimensions")
    kind = arr.dtype.kind
    if kind == "O":
        ints: List[int] = []
        for v in arr.tolist():
            if isinstance(v, bool):
                raise TypeError(f"{name}: expected integers, got a bool")
            ints.append(operator.index(v))
        bad = [v for v in ints if v < 0 or v > _U32_MAX]
        if bad:
            raise OverflowError(f"{name}: {bad[0]} is not a whole number from 0 to 4294967295")
        arr = np.array(ints, dtype=np.uint32)
    elif kind in "iu":
        if arr.size:
            low, high = int(arr.min()), int(arr.max())
            if low < 0 or high > _U32_MAX:
                v = low if low < 0 else high
                raise OverflowError(f"{name}: {v} is not a whole number from 0 to 4294967295")
    elif arr.size == 0:
        pass
    else:
        raise TypeError(f"{name}: expected integers, got an array of {arr.dtype}")
    return np.ascontiguousarray(arr, dtype=np.uint32)


def decide_listing_batch(
    *,
    official: IntColumn,
    exempt: IntColumn,
    yes: IntColumn,
    exempt_attending: Optional[IntColumn] = None,
) -> npt.NDArray[np.uint8]:
    """Decides many listing ballots at once, in Rust without holding the GIL.

    Returns one code per row, an index into :data:`OUTCOMES`; an invalid row
    gets the code of its error (``invalid_electorate``, ``invalid_tally``).
    Columns of different lengths raise ``ValueError``; negative, too large or
    non-integer values raise ``OverflowError`` or ``TypeError``.
    """
    return _ffi.decide_listing_batch(
        _u32_column("official", official),
        _u32_column("exempt", exempt),
        None if exempt_attending is None else _u32_column("exempt_attending", exempt_attending),
        _u32_column("yes", yes),
    )


def decide_screening_batch(
    *,
    official: IntColumn,
    exempt: IntColumn,
    progress_yes: IntColumn,
    removal_yes: IntColumn,
    exempt_attending: Optional[IntColumn] = None,
) -> npt.NDArray[np.uint8]:
    """Decides many pairs of screening ballots at once, in Rust without holding the GIL.

    Returns one code per row, an index into :data:`OUTCOMES` (errors included:
    ``invalid_electorate``, ``invalid_tally``, ``conflicting_ballots``).
    """
    return _ffi.decide_screening_batch(
        _u32_column("official", official),
        _u32_column("exempt", exempt),
        None if exempt_attending is None else _u32_column("exempt_attending", exempt_attending),
        _u32_column("progress_yes", progress_yes),
        _u32_column("removal_yes", removal_yes),
    )


class Case:
    """One member's case, built event by event or replayed from its file.

    >>> case = Case(member={"id": "DV-0042", "status": "official"},
    ...             branch={"id": "CB-07", "kind": "grassroots", "has_committee": True})
    >>> case.state
    'new'
    """

    __slots__ = ("_inner",)

    _inner: _ffi.NativeCase

    def __init__(self, member: Mapping[str, Any], branch: Mapping[str, Any]) -> None:
        self._inner = _ffi.NativeCase.new(
            _object_bytes(member, "member"), _object_bytes(branch, "branch")
        )

    @classmethod
    def _wrap(cls, native: _ffi.NativeCase) -> Case:
        case = cls.__new__(cls)
        case._inner = native
        return case

    @classmethod
    def from_json(cls, source: CaseSource) -> Case:
        """Reads and replays a case file (text, bytes, path or dict, as :func:`replay`).

        Raises like :func:`replay` when the file cannot be read or an event is refused.
        """
        return cls._wrap(_ffi.NativeCase.from_json(_case_bytes(source)))

    def apply(self, event: EventSource, *, expected_version: Optional[int] = None) -> Entry:
        """Applies one event and returns its history entry (rules, numbers, explanation).

        A refused event raises :class:`RefusedEvent` and leaves the case exactly
        as it was. With ``expected_version``, the event is refused with
        ``stale_case`` (:class:`StaleCase`) unless :attr:`version` is still that.
        """
        return cast(Entry, json.loads(self._inner.apply(_event_bytes(event), expected_version)))

    def check(self, event: EventSource) -> str:
        """The state ``event`` would lead to, without applying it; raises as :meth:`apply`."""
        return self._inner.check(_event_bytes(event))

    def set_member_status(self, status: str) -> None:
        """Sets the member's status as the case stands (``"official"`` or
        ``"probationary"``); I6 reads it when ``removal_decided`` is applied."""
        if not isinstance(status, str):
            raise TypeError(f"status is a str, not {type(status).__name__}")
        self._inner.set_member_status(status)

    @property
    def state(self) -> str:
        """The current state's name."""
        return self._inner.state

    @property
    def version(self) -> int:
        """The number of events applied (what ``expected_version`` is checked against)."""
        return self._inner.version

    def next(self) -> List[NextEvent]:
        """The events that may be recorded now, with their bodies and, for
        ``screening_voted``, the earliest date."""
        return cast(List[NextEvent], json.loads(self._inner.next()))

    def report(self) -> Report:
        """The report of the case (as :func:`replay` returns it)."""
        return cast(Report, json.loads(self._inner.report()))

    def to_json(self, *, pretty: bool = False) -> str:
        """The case file as JSON (``screening-case/1``); :meth:`from_json` reads it back."""
        return self._inner.to_json(pretty)

    def __copy__(self) -> Case:
        return Case._wrap(self._inner.copy())

    def __deepcopy__(self, memo: Dict[int, Any]) -> Case:
        return Case._wrap(self._inner.copy())

    def __reduce__(self) -> Tuple[Any, ...]:
        return (_case_from_json, (self.to_json(),))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Case):
            return NotImplemented
        return self.to_json() == other.to_json()

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __repr__(self) -> str:
        return f"<screening.Case state={self.state!r} version={self.version}>"


def _case_from_json(text: str) -> Case:
    """Unpickles a case."""
    return Case.from_json(text)
