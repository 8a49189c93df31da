"""The papers a party branch prints and signs (see ``documents.py``)."""

import os
from typing import Any, Literal, Mapping, Optional, Sequence, Tuple, Union, overload

__all__ = ["vote_record", "approval_list", "resolution", "Source", "FORMATS"]

Source = Union[str, bytes, bytearray, os.PathLike[str], Mapping[str, Any]]
FORMATS: Tuple[str, ...]

@overload
def vote_record(
    case: Source,
    *,
    event: Optional[int] = None,
    context: Optional[Source] = None,
    format: Literal["docx"] = "docx",
    explain: bool = False,
) -> bytes: ...
@overload
def vote_record(
    case: Source,
    *,
    event: Optional[int] = None,
    context: Optional[Source] = None,
    format: Literal["html", "md"],
    explain: bool = False,
) -> str: ...
@overload
def approval_list(
    cases: Union[Source, Sequence[Source]],
    *,
    event: Optional[int] = None,
    context: Optional[Source] = None,
    format: Literal["docx"] = "docx",
    explain: bool = False,
) -> bytes: ...
@overload
def approval_list(
    cases: Union[Source, Sequence[Source]],
    *,
    event: Optional[int] = None,
    context: Optional[Source] = None,
    format: Literal["html", "md"],
    explain: bool = False,
) -> str: ...
@overload
def resolution(
    case: Source,
    *,
    event: Optional[int] = None,
    context: Optional[Source] = None,
    format: Literal["docx"] = "docx",
    explain: bool = False,
) -> bytes: ...
@overload
def resolution(
    case: Source,
    *,
    event: Optional[int] = None,
    context: Optional[Source] = None,
    format: Literal["html", "md"],
    explain: bool = False,
) -> str: ...
