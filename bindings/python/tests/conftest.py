"""Shared fixtures: the conformance vectors of ``<repo root>/../shared/vectors``.

Set ``SCREENING_VECTORS`` to read them from elsewhere. The vectors are never
copied into the project. The tests import the *installed* ``screening``
package (``pip install ./bindings/python``), not the source folder.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Dict, List

import pytest

REPO_ROOT = Path(__file__).resolve().parents[3]


def vectors_dir() -> Path:
    override = os.environ.get("SCREENING_VECTORS")
    return Path(override) if override else REPO_ROOT.parent / "shared" / "vectors"


def load_vectors() -> List[Dict[str, Any]]:
    """Every vector of every ``*.json`` file, each with ``_file`` added."""
    directory = vectors_dir()
    files = sorted(directory.glob("*.json"))
    if not files:
        raise RuntimeError(
            f"no conformance vectors in {directory} (set SCREENING_VECTORS to their folder)"
        )
    vectors: List[Dict[str, Any]] = []
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        for v in data["vectors"]:
            v["_file"] = path.name
            vectors.append(v)
    return vectors


VECTORS = load_vectors()


@pytest.fixture(scope="session")
def vectors() -> List[Dict[str, Any]]:
    return VECTORS


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Prints the conformance runner's closing line: ``N passed, M failed``."""
    counts = {"passed": 0, "failed": 0}
    for outcome in counts:
        for report in terminalreporter.stats.get(outcome, []):
            if getattr(report, "when", "call") == "call" and "test_vectors.py::test_vector[" in report.nodeid:
                counts[outcome] += 1
    if counts["passed"] or counts["failed"]:
        terminalreporter.write_line(
            f"conformance vectors ({vectors_dir()}): "
            f"{counts['passed']} passed, {counts['failed']} failed"
        )
