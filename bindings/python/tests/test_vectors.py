"""Every conformance vector through the Python API (shared/vectors/README.md).

Tally vectors go through ``decide_listing`` / ``decide_screening``; case vectors
through ``replay`` (state, cycle, sorted next types, screening_from exactly
while under monitoring, or error/at/state); raw vectors through ``replay`` of
the text (error code).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict

import pytest

import screening
from conftest import VECTORS


def tally_answer(t: Dict[str, Any]) -> Dict[str, Any]:
    e = t["electorate"]
    attending = e.get("exempt_attending", 0)
    excluded = e.get("excluded", 0)
    try:
        if t["ballot"] == "listing":
            d = screening.decide_listing(e["official"], e["exempt"], t["yes"], attending, excluded=excluded)
        else:
            d = screening.decide_screening(
                e["official"], e["exempt"], t["progress_yes"], t["removal_yes"], attending,
                excluded=excluded,
            )
    except screening.InvalidBallot as err:
        return {"error": err.code}
    return {"outcome": d.outcome}


def summary(report: screening.Report) -> Dict[str, Any]:
    got: Dict[str, Any] = {
        "state": report.state,
        "cycle": report.cycle,
        "next": sorted(n.type for n in report.next),
    }
    if report.screening_from is not None:
        got["screening_from"] = report.screening_from
    return got


def replay_answer(case: Any) -> Dict[str, Any]:
    try:
        report = screening.replay(case)
    except screening.RefusedEvent as err:
        return {"error": err.code, "at": err.at, "state": err.state}
    except (screening.MalformedCase, screening.UnsupportedFormat) as err:
        assert err.at is None and err.state is None and err.report is None
        return {"error": err.code}
    return summary(report)


def answer(v: Dict[str, Any]) -> Dict[str, Any]:
    if "tally" in v:
        return tally_answer(v["tally"])
    if "case" in v:
        return replay_answer(v["case"])
    return replay_answer(v["raw"])


@pytest.mark.parametrize("v", VECTORS, ids=[v["id"] for v in VECTORS])
def test_vector(v: Dict[str, Any]) -> None:
    got = answer(v)
    assert got == v["expect"], f"{v['id']} ({v['_file']}): expected {v['expect']}, got {got}"


def test_every_vector_file_was_read() -> None:
    ids = [v["id"] for v in VECTORS]
    assert len(ids) == len(set(ids)), "vector ids are unique"
    kinds = {k for v in VECTORS for k in ("tally", "case", "raw") if k in v}
    assert kinds == {"tally", "case", "raw"}


CASES = [v for v in VECTORS if "case" in v]


@pytest.mark.parametrize("v", CASES, ids=[v["id"] for v in CASES])
def test_case_vector_as_text_and_bytes(v: Dict[str, Any]) -> None:
    """The same answer from the dict, its JSON text and its UTF-8 bytes."""
    text = json.dumps(v["case"], ensure_ascii=False)
    assert replay_answer(text) == v["expect"]
    assert replay_answer(text.encode("utf-8")) == v["expect"]


def test_case_vectors_from_paths(tmp_path: Path) -> None:
    for i, v in enumerate(CASES[:50] + [v for v in VECTORS if "raw" in v]):
        path = tmp_path / f"case-{i}.json"
        path.write_text(json.dumps(v["case"]) if "case" in v else v["raw"], encoding="utf-8")
        assert replay_answer(path) == v["expect"], v["id"]


@pytest.mark.parametrize("v", CASES, ids=[v["id"] for v in CASES])
def test_case_vector_event_by_event(v: Dict[str, Any]) -> None:
    """Building the case with Case.apply gives the replay's answer, and a refused
    event leaves the case exactly as it was (its JSON is unchanged)."""
    file = v["case"]
    expect = v["expect"]
    try:
        case = screening.Case(file["member"], file["branch"])
    except screening.MalformedCase:
        assert expect == {"error": "malformed"}
        return
    if file.get("format") != screening.FORMAT:
        return  # the file-level checks are covered by test_vector
    for i, event in enumerate(file["events"]):
        before = case.to_json()
        try:
            entry = case.apply(event, expected_version=i)
        except screening.RefusedEvent as err:
            assert case.to_json() == before
            assert case.version == i
            assert {"error": err.code, "at": err.at, "state": err.state} == expect
            assert err.report is not None and err.report.version == i
            assert err.report.state == err.state == case.state
            return
        except screening.MalformedCase:
            assert expect == {"error": "malformed"}
            return
        assert entry.index == i and entry.type == event["type"]
        assert entry.state == case.state
    assert summary(case.report()) == expect
    # The case file round-trips, and so does the case.
    again = screening.Case.from_json(case.to_json())
    assert again == case and again.to_json() == case.to_json()
    assert again.report() == case.report()
