"""The Rust extension module (private: use the ``screening`` package).

Values cross as JSON: UTF-8 bytes in, ``str`` out. Errors are raised as the
exceptions of ``screening._errors``.
"""

from typing import List, NoReturn, Optional, Tuple, Union, final

import numpy as np
import numpy.typing as npt

__all__ = [
    "__version__",
    "FORMAT",
    "OUTCOMES",
    "NativeCase",
    "replay",
    "decide_listing_json",
    "decide_screening_json",
    "decide_listing_batch",
    "decide_screening_batch",
    "raise_malformed",
    "_panic",
    "rules_json",
    "error_codes_json",
    "_document",
]

__version__: str
FORMAT: str
OUTCOMES: Tuple[str, ...]

def replay(data: bytes) -> str: ...
def decide_listing_json(official: int, exempt: int, yes: int, exempt_attending: int = 0) -> str: ...
def decide_screening_json(
    official: int, exempt: int, progress_yes: int, removal_yes: int, exempt_attending: int = 0
) -> str: ...
def decide_listing_batch(
    official: npt.NDArray[np.uint32],
    exempt: npt.NDArray[np.uint32],
    exempt_attending: Optional[npt.NDArray[np.uint32]],
    yes: npt.NDArray[np.uint32],
) -> npt.NDArray[np.uint8]: ...
def decide_screening_batch(
    official: npt.NDArray[np.uint32],
    exempt: npt.NDArray[np.uint32],
    exempt_attending: Optional[npt.NDArray[np.uint32]],
    progress_yes: npt.NDArray[np.uint32],
    removal_yes: npt.NDArray[np.uint32],
) -> npt.NDArray[np.uint8]: ...
def raise_malformed(detail: str) -> NoReturn: ...
def _panic() -> None: ...
def rules_json() -> str: ...
def error_codes_json() -> str: ...
def _document(
    kind: str,
    cases: List[bytes],
    event: Optional[int] = None,
    context: Optional[bytes] = None,
    format: str = "docx",
    explain: bool = False,
) -> Union[bytes, str]: ...
@final
class NativeCase:
    @staticmethod
    def new(member: bytes, branch: bytes) -> NativeCase: ...
    @staticmethod
    def from_json(data: bytes) -> NativeCase: ...
    def apply(self, event: bytes, expected_version: Optional[int] = None) -> str: ...
    def check(self, event: bytes) -> str: ...
    def set_member_status(self, status: str) -> None: ...
    @property
    def state(self) -> str: ...
    @property
    def version(self) -> int: ...
    def next(self) -> str: ...
    def report(self) -> str: ...
    def to_json(self, pretty: bool = False) -> str: ...
    def copy(self) -> NativeCase: ...
