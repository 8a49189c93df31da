"""The stubs match the runtime (stubtest), a typed usage passes ``mypy --strict``
and ``pyright --strict``, and every ``Literal`` type lists exactly the core's codes."""

from __future__ import annotations

import shutil
import subprocess
import sys
import typing
from pathlib import Path

import pytest

import screening
import screening._native as native

HERE = Path(__file__).resolve().parent


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # From an empty folder, so that the checkers read the installed package, not the sources.
    return subprocess.run(args, capture_output=True, text=True, cwd=cwd, timeout=900)


def test_stubtest(tmp_path: Path) -> None:
    pytest.importorskip("mypy")
    out = run(tmp_path, sys.executable, "-m", "mypy.stubtest", "screening",
              "--allowlist", str(HERE / "stubtest-allowlist.txt"))
    assert out.returncode == 0, out.stdout + out.stderr


def test_typed_usage_passes_mypy_strict(tmp_path: Path) -> None:
    pytest.importorskip("mypy")
    out = run(tmp_path, sys.executable, "-m", "mypy", "--strict", str(HERE / "typed_usage.py"))
    assert out.returncode == 0, out.stdout + out.stderr


def test_typed_usage_passes_pyright_strict(tmp_path: Path) -> None:
    pyright = shutil.which("pyright", path=str(Path(sys.executable).parent))
    if pyright is None:
        pytest.skip("pyright is not installed (scripts/install-tools python installs it)")
    config = tmp_path / "pyrightconfig.json"
    config.write_text('{"typeCheckingMode": "strict", "reportMissingTypeStubs": false}', encoding="utf-8")
    out = run(tmp_path, pyright, "--pythonpath", sys.executable, "--project", str(config),
              str(HERE / "typed_usage.py"))
    assert out.returncode == 0, out.stdout + out.stderr


def test_typed_usage_runs() -> None:
    import typed_usage

    typed_usage.main()


@pytest.mark.parametrize("name", sorted(native.vocabularies()))
def test_literal_types_list_the_core_codes(name: str) -> None:
    codes = native.vocabularies()[name]
    literal = getattr(screening, name if name not in ("StateName",) else "StateName")
    listed = typing.get_args(literal)
    extra = ("internal",) if name == "ErrorCode" else ()
    assert sorted(listed) == sorted(codes + extra), name


def test_batch_outcomes_literal() -> None:
    assert typing.get_args(screening.BatchOutcome) == screening.OUTCOMES
