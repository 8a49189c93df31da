"""The papers a party branch prints and signs, made from a case file.

Each function returns the document as ``bytes`` for ``format="docx"`` (a Word
file to edit and print) or ``str`` for ``"html"`` (one page, A4, for the
browser's print dialog) and ``"md"`` (Markdown, for review):

- :func:`vote_record`: the vote-count record of a secret ballot (biên bản kiểm phiếu);
- :func:`approval_list`: the list sent up for approval (danh sách), one branch;
- :func:`resolution`: the branch's resolution (nghị quyết).

``context`` is the optional document context (``screening-context/1``: names,
posts, the meeting, the tellers; see ``docs/documents.md``): a path, its JSON
text or bytes, or the decoded dict. Whatever it does not give prints as a dotted
blank. ``explain=True`` gives the explanation sheet (the rule IDs and numbers
behind each figure) instead of the signed document.

Errors are :class:`screening.ScreeningError` with a stable ``code``: the case
file's own (``malformed``, ``wrong_state``, ...) or the documents' own
(``not_a_ballot``, ``no_such_event``, ``not_on_a_list``, ``not_a_resolution``,
``malformed_context``, ...).

>>> from screening import documents
>>> from pathlib import Path
>>> md = documents.vote_record(Path("examples/case-DV-0042.json"), event=11, format="md")  # doctest: +SKIP
"""

from __future__ import annotations

import json
import os
from typing import Any, List, Mapping, Optional, Sequence, Union, cast

from . import _native

__all__ = ["vote_record", "approval_list", "resolution", "Source", "FORMATS"]

#: A case file or a document context: its JSON text (``str``) or UTF-8 bytes, a
#: path (``os.PathLike``; a plain ``str`` is always JSON text), or the decoded dict.
Source = Union[str, bytes, bytearray, "os.PathLike[str]", "Mapping[str, Any]"]

#: The formats: ``docx`` (bytes), ``html`` and ``md`` (str).
FORMATS = ("docx", "html", "md")


def _bytes(source: Source) -> bytes:
    if isinstance(source, (bytes, bytearray)):
        return bytes(source)
    if isinstance(source, str):
        return source.encode("utf-8", "surrogatepass")
    if isinstance(source, os.PathLike):
        with open(os.fspath(source), "rb") as f:
            return f.read()
    return json.dumps(dict(source), ensure_ascii=False).encode("utf-8")


def _make(
    kind: str,
    cases: List[bytes],
    event: Optional[int],
    context: Optional[Source],
    format: str,
    explain: bool,
) -> Union[bytes, str]:
    if format not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {format!r}")
    ctx = None if context is None else _bytes(context)
    return _native._document(kind, cases, event, ctx, format, explain)


def vote_record(
    case: Source,
    *,
    event: Optional[int] = None,
    context: Optional[Source] = None,
    format: str = "docx",
    explain: bool = False,
) -> Union[bytes, str]:
    """The vote-count record of the ballot at ``event`` (0-based; default: the
    case's last ballot)."""
    return _make("vote-record", [_bytes(case)], event, context, format, explain)


def approval_list(
    cases: Union[Source, Sequence[Source]],
    *,
    event: Optional[int] = None,
    context: Optional[Source] = None,
    format: str = "docx",
    explain: bool = False,
) -> Union[bytes, str]:
    """The list for approval of one branch's cases (each case's last ballot, or
    the ballot at ``event`` of a single case)."""
    if isinstance(cases, (list, tuple)):
        sources = [_bytes(c) for c in cases]
    else:
        sources = [_bytes(cast(Source, cases))]
    return _make("list", sources, event, context, format, explain)


def resolution(
    case: Source,
    *,
    event: Optional[int] = None,
    context: Optional[Source] = None,
    format: str = "docx",
    explain: bool = False,
) -> Union[bytes, str]:
    """The branch's resolution at ``event`` (a mentor's assignment or a screening
    ballot; default: the case's last such event)."""
    return _make("resolution", [_bytes(case)], event, context, format, explain)
