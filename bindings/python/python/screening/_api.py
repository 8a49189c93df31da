"""The public functions and the ``Case`` class: conversion only, the rules are in Rust.

Case files and events go to the native module as JSON (UTF-8 bytes) and are
read by the core's strict reader; results come back as the native module's
frozen classes (:class:`Decision`, :class:`Report`, :class:`Entry`, …).
"""

from __future__ import annotations

import datetime
import importlib
import json
import operator
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, NoReturn, Optional, Tuple, Union, cast

from . import _native as _ffi
from ._errors import MalformedCase
from ._native import Branch, Decision, Entry, Member, NextEvent, Report

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
    "outcome_labels",
]

#: A case file: its JSON text (``str`` or UTF-8 ``bytes``), a path to it, or the decoded object.
CaseSource = Union[str, bytes, bytearray, "os.PathLike[str]", "Mapping[str, Any]"]
#: An event: a JSON object as a mapping (dates may be ``datetime.date``), or its JSON text.
EventSource = Union["Mapping[str, Any]", str, bytes]
#: A column of counts for the batch functions: a numpy integer array, a pandas or
#: polars Series, or any sequence (or iterable) of ints.
IntColumn = Union["npt.ArrayLike", Iterable[int]]

_U32_MAX = 0xFFFF_FFFF
_RANGE = "from 0 to 4294967295"

decide_listing = _ffi.decide_listing
decide_screening = _ffi.decide_screening


def _bad(path: str, vi: str, en: str) -> NoReturn:
    """Raises :class:`InvalidArgument` for ``path`` (the native module builds it)."""
    _ffi.raise_argument(path, vi, en)
    raise AssertionError("unreachable")  # pragma: no cover


def _type_name(value: Any) -> str:
    return type(value).__name__


# ----------------------------------------------------------------- to JSON


class _Unserializable(Exception):
    """A value inside a mapping that JSON cannot hold."""


def _json_default(value: Any) -> Any:
    """JSON for what :mod:`json` does not know: dates, other mappings, integer-likes."""
    if isinstance(value, datetime.datetime):
        raise _Unserializable
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return dict(value)
    if hasattr(value, "__index__") and not isinstance(value, bool):
        # numpy integers and other exact integer types (never floats: they have no __index__)
        return operator.index(value)
    raise _Unserializable


def _find_unserializable(value: Any, path: str) -> Optional[Tuple[str, Any]]:
    """The path of the first value in ``value`` that JSON cannot hold."""
    stack: List[Tuple[str, Any]] = [(path, value)]
    seen = 0
    while stack and seen < 1_000_000:
        seen += 1
        here, v = stack.pop()
        if v is None or isinstance(v, (str, int, float, bool)):
            continue
        if isinstance(v, Mapping):
            for k, item in reversed(list(v.items())):
                stack.append((f"{here}.{k}" if here else str(k), item))
        elif isinstance(v, (list, tuple)):
            for i, item in reversed(list(enumerate(v))):
                stack.append((f"{here}[{i}]", item))
        else:
            try:
                _json_default(v)
            except (_Unserializable, TypeError):
                return here, v
    return None


def _dumps(value: Any, what: str) -> bytes:
    """The JSON text of ``value``, UTF-8 (lone surrogates kept, so the core reports them)."""
    try:
        text = json.dumps(value, ensure_ascii=False, default=_json_default, allow_nan=True)
    except (RecursionError, ValueError):  # nested too deeply, or circular
        _ffi.raise_too_deep(what)
    except _Unserializable:
        found = _find_unserializable(value, what)
        path, bad = found if found is not None else (what, value)
        if isinstance(bad, datetime.datetime):
            _bad(
                path,
                f"{bad!r} là datetime; ngày là datetime.date hoặc chuỗi 'YYYY-MM-DD'",
                f"{bad!r} is a datetime; a date is a datetime.date or an ISO 'YYYY-MM-DD' string",
            )
        _bad(
            path,
            f"không đọc được giá trị kiểu {_type_name(bad)}",
            f"a {_type_name(bad)} cannot be part of a case file",
        )
    return text.encode("utf-8", "surrogatepass")


def _looks_like_path(text: str) -> bool:
    """Whether a ``str`` given as a case file's JSON text was meant as a path."""
    s = text.strip()
    if not s or s[0] in "{[\"" or "\n" in s or len(s) > 4096:
        return False
    return s.endswith((".json", ".jsonl", ".JSON")) or "/" in s or "\\" in s or os.path.exists(s)


def _case_bytes(source: CaseSource, name: str) -> bytes:
    """The case file's bytes, from text, bytes, a path or a mapping."""
    if isinstance(source, str):
        return source.encode("utf-8", "surrogatepass")
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source)
    if isinstance(source, os.PathLike):
        with open(os.fspath(source), "rb") as f:
            return f.read()
    if isinstance(source, Mapping):
        return _dumps(source, "")
    _bad(
        name,
        f"hồ sơ là chuỗi JSON (str hoặc bytes), một đường dẫn (os.PathLike) hoặc một dict, "
        f"không phải {_type_name(source)}",
        "a case is its JSON text (str or bytes), a path (os.PathLike) or a dict, "
        f"not {_type_name(source)}",
    )


def _hint_path(source: CaseSource, name: str, error: MalformedCase) -> None:
    """Re-raises ``error`` with a hint when ``source`` is a ``str`` that looks like a path."""
    if isinstance(source, str) and _looks_like_path(source):
        shown = source.strip()
        raise _ffi_error(
            name,
            f"chuỗi {shown!r} được đọc như nội dung JSON của hồ sơ, không phải đường dẫn; "
            f"để đọc tệp, hãy truyền pathlib.Path({shown!r}) ({error.message_vi})",
            f"the str {shown!r} is read as the case file's JSON text, not as a path; "
            f"to read the file, pass pathlib.Path({shown!r}) ({error.message_en})",
        ) from error


def _ffi_error(path: str, vi: str, en: str) -> BaseException:
    try:
        _ffi.raise_argument(path, vi, en)
    except MalformedCase as e:
        return e
    raise AssertionError("unreachable")  # pragma: no cover


def _event_bytes(event: EventSource) -> bytes:
    if isinstance(event, str):
        return event.encode("utf-8", "surrogatepass")
    if isinstance(event, (bytes, bytearray, memoryview)):
        return bytes(event)
    if isinstance(event, Mapping):
        return _dumps(event, "event")
    _bad(
        "event",
        f"sự kiện là một dict hoặc chuỗi JSON, không phải {_type_name(event)}",
        f"an event is a dict or its JSON text, not {_type_name(event)}",
    )


def _object_bytes(value: Any, what: str) -> bytes:
    if not isinstance(value, Mapping):
        _bad(what, f"phải là một dict, không phải {_type_name(value)}",
             f"must be a dict, not {_type_name(value)}")
    return _dumps(value, what)


def replay(case: CaseSource) -> Report:
    """Reads and replays a case file and returns its :class:`Report`.

    ``case`` is the file's JSON text (``str`` or UTF-8 ``bytes``), a path
    (``pathlib.Path`` or another ``os.PathLike``; a plain ``str`` is always
    read as JSON text, and one that looks like a path gets a hint), or the
    decoded dict (:class:`CaseFileDict`; dates may be ``datetime.date``).

    Raises :class:`MalformedCase` or :class:`UnsupportedFormat` for a file
    that cannot be read (``path`` names the field), :class:`RefusedEvent`
    (``code``, ``at``, ``state``, and ``report``, the case as it stands) when
    an event is refused, and :class:`InvalidArgument` for a ``case`` of
    another type.
    """
    try:
        if type(case) is str or type(case) is bytes:
            return _ffi.replay(case)  # read in place, no copy
        return _ffi.replay(_case_bytes(case, "case"))
    except MalformedCase as e:
        _hint_path(case, "case", e)
        raise


# ------------------------------------------------------------------ batches


def _column_error(name: str, row: int, value: Any, label: Any = None) -> NoReturn:
    where = f"{name}[{row}]"
    at_label = "" if label is None or label == row else f" (index label {label!r})"
    at_label_vi = "" if label is None or label == row else f" (nhãn chỉ mục {label!r})"
    if value is None or _is_missing(value):
        _bad(where, f"thiếu giá trị ({value!r}){at_label_vi}; cột số đếm không được có ô trống",
             f"missing value ({value!r}){at_label}; a column of counts has no missing values")
    if isinstance(value, bool) or _type_name(value) == "bool_":
        _bad(where, f"{value!r} là giá trị đúng/sai, không phải số nguyên {_RANGE_VI}{at_label_vi}",
             f"{value!r} is a bool, not a count {_RANGE}{at_label}")
    kind = "" if hasattr(value, "__index__") else f" ({_type_name(value)})"
    _bad(where, f"{value!r}{kind} không phải là số nguyên {_RANGE_VI}{at_label_vi}",
         f"{value!r}{kind} is not a count {_RANGE}{at_label}")


_RANGE_VI = "từ 0 đến 4294967295"


def _is_missing(value: Any) -> bool:
    try:
        return bool(value != value)  # NaN, NaT
    except Exception:  # pandas.NA: comparisons are ambiguous
        return True


def _frame_column(name: str, values: Any) -> Tuple[Any, Any]:
    """A pandas or polars column as a numpy array (their own ``to_numpy``), and
    the pandas index to name rows with. A missing value is refused with its row."""
    module = type(values).__module__.split(".")[0]
    if module == "pandas":
        na = values.isna()
        mask = na.to_numpy() if hasattr(na, "to_numpy") else na
        if mask.any():
            import numpy as np

            row = int(np.flatnonzero(mask)[0])
            index = getattr(values, "index", None)
            label = index[row] if index is not None else None
            _column_error(name, row, values.iloc[row] if hasattr(values, "iloc") else values[row], label)
        numpy_dtype = getattr(values.dtype, "numpy_dtype", None)
        if numpy_dtype is not None:  # a nullable extension dtype (Int64, UInt32, boolean) without NA
            return values.to_numpy(dtype=numpy_dtype), getattr(values, "index", None)
        return values.to_numpy(), getattr(values, "index", None)
    if module == "polars":
        if values.null_count():
            row = int(values.is_null().arg_true()[0])
            _column_error(name, row, None)
        return values.to_numpy(), None
    return values, None


def _is_u32(values: Any) -> bool:
    """Whether ``values`` is a 1-D C-contiguous ``uint32`` numpy array (read in place)."""
    import numpy as np

    return (
        type(values) is np.ndarray
        and values.dtype == np.uint32
        and values.ndim == 1
        and bool(values.flags.c_contiguous)
        and bool(values.flags.aligned)
    )


def _u32_column(name: str, values: Any) -> npt.NDArray[np.uint32]:
    """``values`` as a C-contiguous 1-D ``uint32`` array, which the native module reads in place.

    Such an array is passed as is (every ``uint32`` is in range). A pandas or
    polars column goes through its own ``to_numpy()``; anything else is checked
    (whole numbers from 0 to 4294967295, no missing value) and converted once.
    A bad value raises :class:`InvalidArgument` naming its row: ``official[3]``.
    """
    import numpy as np

    if _is_u32(values):
        return cast("npt.NDArray[np.uint32]", values)
    if values is None or isinstance(values, (str, bytes, int, float, Mapping)):
        _bad(name, f"phải là một cột số đếm, không phải {_type_name(values)}",
             f"expected a column of counts, not {_type_name(values)}")
    values, index = _frame_column(name, values)
    if _is_u32(values):  # a uint32 pandas or polars column, read through its numpy view
        return cast("npt.NDArray[np.uint32]", values)
    if not hasattr(values, "__len__") and not hasattr(values, "__array__"):
        if isinstance(values, Iterable):
            values = list(values)
    if isinstance(values, (list, tuple)):
        # numpy would read True as 1 and None as an object: name the row first.
        for row, v in enumerate(values):
            if v is None or isinstance(v, (bool, float, str, bytes)):
                _column_error(name, row, v)
    try:
        arr = np.asarray(values)
    except (ValueError, TypeError) as e:
        _bad(name, f"không đọc được thành một cột ({e})", f"cannot be read as a column ({e})")
    if arr.ndim != 1:
        _bad(name, f"phải là một cột (1 chiều), không phải {arr.ndim} chiều",
             f"expected a 1-D column, got {arr.ndim} dimensions")
    if arr.size == 0:
        return np.zeros(0, dtype=np.uint32)

    def label(row: int) -> Any:
        return None if index is None else index[row]

    kind = arr.dtype.kind
    if kind in "iu":
        low, high = arr.min(), arr.max()
        if low < 0 or high > _U32_MAX:
            row = int(np.flatnonzero((arr < 0) | (arr > _U32_MAX))[0])
            _column_error(name, row, int(arr[row]), label(row))
        return np.ascontiguousarray(arr, dtype=np.uint32)
    if kind == "O":
        ints = np.empty(arr.shape[0], dtype=np.uint32)
        for row, v in enumerate(arr.tolist()):
            if isinstance(v, bool) or v is None:
                _column_error(name, row, v, label(row))
            try:
                n = operator.index(v)
            except TypeError:
                _column_error(name, row, v, label(row))
            if n < 0 or n > _U32_MAX:
                _column_error(name, row, n, label(row))
            ints[row] = n
        return ints
    if kind == "f":
        missing = np.flatnonzero(np.isnan(arr))
        row = int(missing[0]) if missing.size else 0
        value = arr[row].item()
        where = f"{name}[{row}]"
        if missing.size:
            _column_error(name, row, value, label(row))
        _bad(where, f"cột kiểu {arr.dtype} không phải số đếm ({value!r}); hãy đổi sang kiểu số nguyên",
             f"a {arr.dtype} column is not counts ({value!r}); convert it to an integer dtype")
    _column_error(name, 0, arr[0].item() if hasattr(arr[0], "item") else arr[0], label(0))


def _optional(name: str, values: Optional[IntColumn]) -> Optional[npt.NDArray[np.uint32]]:
    return None if values is None else _u32_column(name, values)


def decide_listing_batch(
    *,
    official: IntColumn,
    exempt: IntColumn,
    yes: IntColumn,
    exempt_attending: Optional[IntColumn] = None,
    excluded: Optional[IntColumn] = None,
) -> npt.NDArray[np.uint8]:
    """Decides many listing ballots at once (rules S1.3, E1, E2, E4, E5, T1).

    official, exempt, yes, exempt_attending, excluded: columns of counts, one
    row per ballot, as for :func:`decide_listing` (``exempt_attending`` and
    ``excluded`` optional: all 0).

    Each column is a numpy array, a pandas or polars Series, or any sequence
    of ints. The fast path: C-contiguous ``uint32`` numpy arrays are read in
    place (no copy); other integer dtypes are range-checked and converted once;
    a polars column goes through its own ``to_numpy()``; a pandas ``Int64``
    column without NA is read through ``to_numpy``. A missing value (NA, None,
    NaN), a bool, a negative or too large count raises :class:`InvalidArgument`
    naming the row (``"official[3]"``); columns of different lengths name
    every column and its length.

    Returns a numpy ``uint8`` array, one code per row: an index into
    :data:`OUTCOMES` (an invalid row gets the code of its error,
    ``invalid_electorate`` or ``invalid_tally``); :func:`outcome_labels` turns
    it into labels. Decided in Rust without the GIL, on every core when the
    input is large.
    """
    return _ffi.decide_listing_batch(
        _u32_column("official", official),
        _u32_column("exempt", exempt),
        _optional("exempt_attending", exempt_attending),
        _optional("excluded", excluded),
        _u32_column("yes", yes),
    )


def decide_screening_batch(
    *,
    official: IntColumn,
    exempt: IntColumn,
    progress_yes: IntColumn,
    removal_yes: IntColumn,
    exempt_attending: Optional[IntColumn] = None,
    excluded: Optional[IntColumn] = None,
) -> npt.NDArray[np.uint8]:
    """Decides many pairs of screening ballots at once (rules S3.1–S3.4, I1,
    I2, E1, E2, E4, E5, T1, T2).

    official, exempt, progress_yes, removal_yes, exempt_attending, excluded:
    columns of counts, one row per meeting, as for :func:`decide_screening`
    (``exempt_attending`` and ``excluded`` optional: all 0). Columns are read as for
    :func:`decide_listing_batch`, with the same errors.

    Returns one code per row, an index into :data:`OUTCOMES` (errors included:
    ``invalid_electorate``, ``invalid_tally``, ``conflicting_ballots``).
    """
    return _ffi.decide_screening_batch(
        _u32_column("official", official),
        _u32_column("exempt", exempt),
        _optional("exempt_attending", exempt_attending),
        _optional("excluded", excluded),
        _u32_column("progress_yes", progress_yes),
        _u32_column("removal_yes", removal_yes),
    )


def outcome_labels(codes: Any, *, index: Any = None, kind: Optional[str] = None) -> Any:
    """The outcome names of batch codes (``OUTCOMES[code]`` for each row).

    codes: what a batch function returned (a numpy ``uint8`` array), or a
        pandas or polars Series of such codes.
    index: a pandas index to give the result (e.g. the DataFrame's, so that
        ``df["outcome"] = outcome_labels(codes, index=df.index)`` aligns).
    kind: ``"numpy"``, ``"pandas"`` or ``"polars"``; by default, that of
        ``codes`` (a pandas Series keeps its index), ``"pandas"`` when
        ``index`` is given, else ``"numpy"``.

    Returns a numpy array of ``str`` (``kind="numpy"``), a pandas Series of a
    ``Categorical`` whose categories are :data:`OUTCOMES` (``"pandas"``), or a
    polars Series of ``Enum(OUTCOMES)`` (``"polars"``). A code that is not an
    index of :data:`OUTCOMES` raises :class:`InvalidArgument` naming its row.
    """
    import numpy as np

    module = type(codes).__module__.split(".")[0]
    if kind is None:
        kind = module if module in ("pandas", "polars") else ("pandas" if index is not None else "numpy")
    if kind not in ("numpy", "pandas", "polars"):
        _bad("kind", f"{kind!r} không phải là 'numpy', 'pandas' hoặc 'polars'",
             f"{kind!r} is not 'numpy', 'pandas' or 'polars'")
    if module == "pandas" and index is None:
        index = codes.index
    raw = codes.to_numpy() if module in ("pandas", "polars") else np.asarray(codes)
    if raw.ndim != 1 or raw.dtype.kind not in "iu":
        _bad("codes", "phải là một cột mã kết quả (số nguyên)",
             f"expected a 1-D column of outcome codes, got {raw.dtype} with {raw.ndim} dimensions")
    n = len(_ffi.OUTCOMES)
    bad = np.flatnonzero((raw < 0) | (raw >= n))
    if bad.size:
        row = int(bad[0])
        _bad(f"codes[{row}]", f"{int(raw[row])} không phải là mã kết quả (0 đến {n - 1})",
             f"{int(raw[row])} is not an outcome code (0 to {n - 1})")
    if kind == "numpy":
        return np.asarray(_ffi.OUTCOMES)[raw]
    if kind == "pandas":
        pd: Any = importlib.import_module("pandas")
        return pd.Series(pd.Categorical.from_codes(raw.astype(np.int8), categories=list(_ffi.OUTCOMES)),
                         index=index, name=getattr(codes, "name", None))
    pl: Any = importlib.import_module("polars")
    labels = np.asarray(_ffi.OUTCOMES)[raw]
    return pl.Series(getattr(codes, "name", "") or "", labels, dtype=pl.Enum(list(_ffi.OUTCOMES)))


# --------------------------------------------------------------------- Case


def _version(value: Any) -> Optional[int]:
    if value is None:
        return None
    if not isinstance(value, bool):
        try:
            n = operator.index(value)
        except TypeError:
            n = -1
        if n >= 0:
            return n
    _bad("expected_version", f"{value!r} không phải là số sự kiện (số nguyên từ 0)",
         f"{value!r} is not a number of events (an int from 0)")


class Case:
    """One member's case, built event by event or replayed from its file.

    member: the member under review, ``{"id": ..., "status": "official"}``
        (:class:`MemberDict`).
    branch: their branch, ``{"id": ..., "kind": ..., "has_committee": ...}``
        (:class:`BranchDict`), optionally with ``names``.

    A new case is in state ``new``. :meth:`apply` records one event and
    returns its :class:`Entry`; a refused event raises and changes nothing.
    Copy, pickle and ``==`` work on the case file; reports and entries taken
    from a case are snapshots.

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
        """Reads and replays a case file.

        source: the file's JSON text, its UTF-8 bytes, a ``pathlib.Path`` or
            the decoded dict, as for :func:`replay`.

        Raises like :func:`replay` when the file cannot be read or an event is refused.
        """
        data = _case_bytes(source, "source")
        try:
            return cls._wrap(_ffi.NativeCase.from_json(data))
        except MalformedCase as e:
            _hint_path(source, "source", e)
            raise

    def apply(self, event: EventSource, *, expected_version: Optional[int] = None) -> Entry:
        """Applies one event and returns its history :class:`Entry`.

        event: the event as a dict (:data:`EventDict`; its ``date`` may be a
            ``datetime.date``) or its JSON text.
        expected_version: if given, the event is refused with ``stale_case``
            (:class:`StaleCase`) unless :attr:`version` is still that, so that
            two writers cannot lose an event.

        A refused event raises :class:`RefusedEvent` (``code``, ``at``,
        ``state``, ``report``) and leaves the case exactly as it was; an event
        that cannot be read raises :class:`MalformedCase`.
        """
        return self._inner.apply(_event_bytes(event), _version(expected_version))

    def check(self, event: EventSource) -> str:
        """The state ``event`` would lead to, without applying it; raises as :meth:`apply`.

        event: as for :meth:`apply`.
        """
        return self._inner.check(_event_bytes(event))

    def set_member_status(self, status: str) -> None:
        """Sets the member's status as the case stands.

        status: ``"official"`` or ``"probationary"``; I6 reads it when
            ``removal_decided`` is applied.
        """
        if not isinstance(status, str):
            _bad("status", f"phải là một chuỗi, không phải {_type_name(status)}",
                 f"must be a str, not {_type_name(status)}")
        self._inner.set_member_status(status)

    @property
    def state(self) -> str:
        """The current state's name."""
        return self._inner.state

    @property
    def version(self) -> int:
        """The number of events applied (what ``expected_version`` is checked against)."""
        return self._inner.version

    @property
    def member(self) -> Member:
        """The member under review, as the case stands."""
        return self._inner.member

    @property
    def branch(self) -> Branch:
        """The member's branch."""
        return self._inner.branch

    @property
    def history(self) -> Tuple[Entry, ...]:
        """What each event applied so far decided, in order."""
        return self._inner.history

    def next(self) -> Tuple[NextEvent, ...]:
        """The events that may be recorded now, with their bodies and, for
        ``screening_voted``, the earliest date."""
        return self._inner.next()

    def report(self) -> Report:
        """The :class:`Report` of the case as it stands (as :func:`replay` returns it)."""
        return self._inner.report()

    def to_json(self, *, pretty: bool = False) -> str:
        """The case file as JSON (``screening-case/1``); :meth:`from_json` reads it back.

        pretty: indent the JSON.
        """
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
        return self._inner.same(other._inner)

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __repr__(self) -> str:
        return f"<screening.Case member={self.member.id!r} state={self.state!r} version={self.version}>"


def _case_from_json(text: str) -> Case:
    """Unpickles a case."""
    return Case.from_json(text)
