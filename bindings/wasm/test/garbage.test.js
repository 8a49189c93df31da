// Garbage in: every entry point answers a ScreeningError (or a TypeError),
// never a crash, a string thrown, or a module left unusable.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Case, ScreeningError, decideListing, decideScreening, replay } from "../pkg/node.js";
import { sampleCase } from "./support.js";

function cyclic() {
  const o = { format: "screening-case/1" };
  o.self = o;
  return o;
}

function deepObject(depth) {
  let o = {};
  for (let i = 0; i < depth; i++) o = { a: o };
  return o;
}

const values = [
  ["undefined", undefined],
  ["null", null],
  ["true", true],
  ["0", 0],
  ["NaN", NaN],
  ["Infinity", Infinity],
  ["-1", -1],
  ["1.5", 1.5],
  ["2**32", 2 ** 32],
  ["1e300", 1e300],
  ["empty string", ""],
  ["string null", "null"],
  ["string 5", "5"],
  ["array", []],
  ["empty object", {}],
  ["symbol", Symbol("x")],
  ["function", () => 1],
  ["bigint", 10n],
  ["cyclic object", cyclic()],
  ["object nested 100000 deep", deepObject(100_000)],
  ["JSON nested 1000000 deep", "[".repeat(1_000_000)],
  ["object JSON nested 200 deep", JSON.stringify(deepObject(200))],
  ["10 MB string", "x".repeat(10 * 1024 * 1024)],
  ["10 MB JSON string", JSON.stringify({ format: "screening-case/1", note: "é".repeat(5 * 1024 * 1024) })],
  ["lone surrogate", "\ud800"],
  ["Date", new Date(0)],
  ["Map", new Map([["a", 1]])],
];

/** The call must throw a ScreeningError or a TypeError, nothing else. */
function rejects(what, fn, codes = ["malformed", "unsupported_format"]) {
  let thrown = null;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  assert.ok(thrown !== null, `${what}: accepted`);
  assert.ok(thrown instanceof ScreeningError || thrown instanceof TypeError, `${what}: threw ${String(thrown)}`);
  if (thrown instanceof ScreeningError) {
    assert.ok(codes.includes(thrown.code), `${what}: ${thrown.code}`);
    assert.ok(thrown.messageVi.length > 0 && thrown.messageEn.length > 0);
  }
}

/** The module still answers correctly. */
function stillWorks() {
  assert.equal(replay(sampleCase()).state, "awaiting_listing_review");
  assert.equal(decideListing({ official: 10, exempt: 1, yes: 6 }).outcome, "listed");
}

test("replay and Case.fromJSON refuse garbage", () => {
  for (const [what, v] of values) {
    rejects(`replay(${what})`, () => replay(v));
    rejects(`Case.fromJSON(${what})`, () => Case.fromJSON(v));
    stillWorks();
  }
});

test("new Case refuses garbage", () => {
  for (const [what, v] of values) {
    rejects(`new Case(${what})`, () => new Case(v));
    rejects(`new Case({member: ${what}})`, () => new Case({ member: v, branch: sampleCase().branch }));
  }
  stillWorks();
});

test("Case.apply refuses garbage events and versions, and the case stays as it was", () => {
  const c = Case.fromJSON(sampleCase());
  const before = JSON.stringify(c);
  const good = { type: "listing_reviewed", date: "2025-02-10", by: "grassroots_committee", approved: true };
  for (const [what, v] of values) {
    rejects(`apply(${what})`, () => c.apply(v));
    if (v !== true) rejects(`apply({...event, approved: ${what}})`, () => c.apply({ ...good, approved: v }));
    rejects(`apply({...event, date: ${what}})`, () => c.apply({ ...good, date: v }));
    if (v !== undefined && v !== null) rejects(`apply(event, ${what})`, () => c.apply(good, v), ["malformed", "stale_case"]);
    assert.equal(JSON.stringify(c), before, what);
  }
  // Counts in an event: the core refuses what is not a whole number 0..4294967295.
  const vote = { type: "listing_voted", date: "2025-02-03", by: "branch", electorate: { official: 10, exempt: 1 }, yes: 6 };
  const open = Case.fromJSON({ ...sampleCase(), events: sampleCase().events.slice(0, 3) });
  for (const n of [-1, 1.5, 2 ** 32, NaN, Infinity, "6", null, true]) {
    rejects(`yes: ${String(n)}`, () => open.apply({ ...vote, yes: n }));
    rejects(`official: ${String(n)}`, () => open.apply({ ...vote, electorate: { official: n, exempt: 0 } }));
  }
  assert.equal(open.version, 3);
  c.apply(good, 4);
  assert.equal(c.state, "listed");
  stillWorks();
});

test("decideListing and decideScreening refuse what is not a whole number from 0 to 4294967295", () => {
  const bad = [undefined, null, NaN, Infinity, -Infinity, -1, -0.5, 1.5, 4294967296, 1e21, "1", true, [], {}, 10n, Symbol("n")];
  for (const n of bad) {
    const what = typeof n === "symbol" ? "symbol" : typeof n === "bigint" ? `${n}n` : JSON.stringify(n) ?? String(n);
    rejects(`listing yes ${what}`, () => decideListing({ official: 10, exempt: 0, yes: n }));
    rejects(`listing official ${what}`, () => decideListing({ official: n, exempt: 0, yes: 1 }));
    if (n !== undefined) rejects(`listing exemptAttending ${what}`, () => decideListing({ official: 10, exempt: 1, exemptAttending: n, yes: 1 }));
    rejects(`screening progressYes ${what}`, () => decideScreening({ official: 10, exempt: 0, progressYes: n, removalYes: 0 }));
    rejects(`screening removalYes ${what}`, () => decideScreening({ official: 10, exempt: 0, progressYes: 0, removalYes: n }));
  }
  for (const [what, v] of values) {
    rejects(`decideListing(${what})`, () => decideListing(v));
    rejects(`decideScreening(${what})`, () => decideScreening(v));
  }
  // A misspelt field is refused, not dropped.
  rejects("exempt_attending", () => decideListing({ official: 10, exempt: 1, exempt_attending: 1, yes: 6 }));
  rejects("missing yes", () => decideListing({ official: 10, exempt: 1 }));
  // The bounds themselves are accepted.
  assert.equal(decideListing({ official: 4294967295, exempt: 4294967295, exemptAttending: 4294967295, yes: 0 }).outcome, "not_listed");
  assert.equal(decideListing({ official: 1, exempt: 0, yes: -0 }).outcome, "not_listed");
  stillWorks();
});

test("thousands of refusals in a row leave the module usable", () => {
  for (let i = 0; i < 5000; i++) {
    rejects("loop", () => replay(i % 2 ? "{" : { format: i }));
  }
  stillWorks();
});
