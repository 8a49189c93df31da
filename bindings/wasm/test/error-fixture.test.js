// A refused event's error carries the fields the core's ErrorReport gives, the same in
// JavaScript as in Python (bindings/python/tests/test_error_fixture.py checks the same
// fixture): tests/fixtures/refused-event.{case,error}.json, kept by a Rust test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { replay, ScreeningError } from "../pkg/node.js";
import { repoRoot } from "./support.js";

const fixtures = join(repoRoot, "tests", "fixtures");

test("a refused event carries the core's error report", () => {
  const expected = JSON.parse(readFileSync(join(fixtures, "refused-event.error.json"), "utf8"));
  const file = readFileSync(join(fixtures, "refused-event.case.json"), "utf8");
  assert.throws(
    () => replay(file),
    (e) => {
      assert.ok(e instanceof ScreeningError);
      assert.deepEqual([e.code, e.at, e.state], [expected.error, expected.at, expected.state]);
      assert.deepEqual([e.messageVi, e.messageEn], [expected.message.vi, expected.message.en]);
      assert.deepEqual(JSON.parse(JSON.stringify(e.report)), expected.report);
      return true;
    },
  );
});
