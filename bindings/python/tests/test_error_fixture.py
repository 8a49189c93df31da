"""A refused event's error carries the fields the core's ErrorReport gives, the same
in Python as in JavaScript (bindings/wasm/test/error-fixture.test.js checks the same
fixture): tests/fixtures/refused-event.{case,error}.json, kept by a Rust test."""

import json
import pathlib

import pytest

import screening

FIXTURES = pathlib.Path(__file__).resolve().parents[3] / "tests" / "fixtures"


def test_a_refused_event_carries_the_cores_error_report() -> None:
    expected = json.loads((FIXTURES / "refused-event.error.json").read_text("utf-8"))
    with pytest.raises(screening.RefusedEvent) as raised:
        screening.replay(FIXTURES / "refused-event.case.json")
    e = raised.value
    assert isinstance(e, screening.ScreeningError) and isinstance(e, ValueError)
    assert (e.code, e.at, e.state) == (expected["error"], expected["at"], expected["state"])
    assert (e.message_vi, e.message_en) == (expected["message"]["vi"], expected["message"]["en"])
    assert e.report is not None
    assert e.report.to_dict() == expected["report"]
