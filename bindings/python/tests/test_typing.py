"""The stubs match the runtime (stubtest) and a typed usage passes ``mypy --strict``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent

pytest.importorskip("mypy")


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # From an empty folder, so that mypy reads the installed package, not the sources.
    return subprocess.run(
        [sys.executable, "-m", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=600,
    )


def test_stubtest(tmp_path: Path) -> None:
    out = run(tmp_path, "mypy.stubtest", "screening")
    assert out.returncode == 0, out.stdout + out.stderr


def test_typed_usage_passes_mypy_strict(tmp_path: Path) -> None:
    out = run(tmp_path, "mypy", "--strict", str(HERE / "typed_usage.py"))
    assert out.returncode == 0, out.stdout + out.stderr


def test_typed_usage_runs() -> None:
    import typed_usage

    typed_usage.main()
