// Every shared conformance vector through the built package (pkg/node.js):
// tallies through decideListing/decideScreening, case files through replay,
// raw files through replay. Closes with "N passed, M failed".
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { Case, ScreeningError, decideListing, decideScreening, replay } from "../pkg/node.js";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { vectorFiles, vectorsDir, wasmDir } from "./support.js";

function errorOf(e) {
  if (!(e instanceof ScreeningError)) throw e;
  const got = { error: e.code };
  if (e.at !== undefined) got.at = e.at;
  if (e.state !== undefined) got.state = e.state;
  return got;
}

function runTally(t) {
  const { official, exempt, exempt_attending: exemptAttending, excluded } = t.electorate;
  const counts = { official, exempt };
  if (exemptAttending !== undefined) counts.exemptAttending = exemptAttending;
  if (excluded !== undefined) counts.excluded = excluded;
  try {
    const d =
      t.ballot === "listing"
        ? decideListing({ ...counts, yes: t.yes })
        : decideScreening({ ...counts, progressYes: t.progress_yes, removalYes: t.removal_yes });
    return { outcome: d.outcome };
  } catch (e) {
    return errorOf(e);
  }
}

function summary(r) {
  const got = { state: r.state, cycle: r.cycle, next: r.next.map((n) => n.type).sort() };
  if (r.screening_from !== null) got.screening_from = r.screening_from;
  return got;
}

function runCase(file) {
  try {
    return summary(replay(file));
  } catch (e) {
    return errorOf(e);
  }
}

function runRaw(text) {
  try {
    replay(text);
    return { error: null };
  } catch (e) {
    return errorOf(e);
  }
}

function run(v) {
  if (v.tally) return runTally(v.tally);
  if (v.case) return runCase(v.case);
  if (typeof v.raw === "string") return runRaw(v.raw);
  throw new Error(`vector ${v.id}: no tally, case or raw`);
}

let passed = 0;
let failed = 0;

for (const { name, vectors } of vectorFiles()) {
  test(`vectors/${name}`, () => {
    const failures = [];
    for (const v of vectors) {
      const got = run(v);
      try {
        assert.deepStrictEqual(got, v.expect);
        passed++;
      } catch {
        failed++;
        failures.push(`${v.id}: expected ${JSON.stringify(v.expect)}, got ${JSON.stringify(got)}`);
      }
    }
    for (const f of failures) console.log(`FAIL ${f}`);
    assert.equal(failures.length, 0, `${failures.length} vectors of ${name} failed`);
  });
}

// The same case files, event by event through Case.apply: the same answers.
test("Case.apply agrees with replay on every case vector", () => {
  let n = 0;
  for (const { vectors } of vectorFiles()) {
    for (const v of vectors.filter((v) => v.case)) {
      const { member, branch, events } = v.case;
      const c = new Case({ member, branch });
      let got = null;
      for (const [i, e] of events.entries()) {
        const before = JSON.stringify(c);
        try {
          const entry = c.apply(e, i);
          assert.equal(entry.index, i);
        } catch (err) {
          got = errorOf(err);
          assert.equal(JSON.stringify(c), before, `${v.id}: a refused event changed the case`);
          break;
        }
      }
      got ??= summary(c.report());
      assert.deepStrictEqual(got, v.expect, v.id);
      // Event by event, the same file as read whole (the core writes both).
      if (!("error" in v.expect)) assert.deepStrictEqual(c.toJSON(), Case.fromJSON(v.case).toJSON(), `${v.id}: toJSON`);
      n++;
    }
  }
  assert.ok(n > 0);
});

after(() => {
  const line = `${passed} passed, ${failed} failed`;
  console.log(`vectors from ${vectorsDir}`);
  console.log(line);
  // scripts/test-wasm closes with this line.
  mkdirSync(join(wasmDir, "test-results"), { recursive: true });
  writeFileSync(join(wasmDir, "test-results", "vectors.txt"), `vectors: ${line}\n`);
});

// What the wrapper builds from the module's compact answers is, as JSON, the
// core's own report: every field, every explanation, for every case vector.
test("JSON.stringify(replay(file)) is the core's report, for every case vector", () => {
  const glue = createRequire(import.meta.url)("../pkg/node/screening_wasm.js");
  let n = 0;
  for (const { vectors } of vectorFiles()) {
    for (const v of vectors.filter((v) => v.case && !("error" in v.expect))) {
      const text = JSON.stringify(v.case);
      const core = JSON.parse(glue.report_json_for_tests(text));
      assert.deepStrictEqual(JSON.parse(JSON.stringify(replay(text))), core, v.id);
      assert.deepStrictEqual(JSON.parse(JSON.stringify(Case.fromJSON(text).report())), core, `${v.id}: Case`);
      n++;
    }
  }
  assert.ok(n > 100, `${n} case vectors`);
});
