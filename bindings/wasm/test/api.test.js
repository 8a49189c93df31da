// The API of the package: results, refusals and ScreeningError, the Case class,
// labels, recovery after a trap, and the public types.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as api from "../pkg/node.js";
import { createRequire } from "node:module";
import { sampleCase, wasmDir } from "./support.js";

const { _trapForTests } = createRequire(import.meta.url)("../pkg/screening.cjs");
const { Case, ScreeningError, decideListing, decideScreening, labels, payloadFields, replay, awaitedEvents, formatDate } = api;

const member = { id: "DV-0042", status: "official" };
const branch = { id: "CB-07", kind: "under_grassroots_committee", has_committee: true };

/** Runs `fn`, which must throw a ScreeningError; returns it. */
function refused(fn) {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof ScreeningError, `not a ScreeningError: ${e}`);
    assert.ok(e instanceof Error);
    assert.equal(e.name, e.constructor.name);
    assert.match(e.name, /^[A-Z][A-Za-z]+Error$/);
    assert.equal(typeof e.messageVi, "string");
    assert.equal(typeof e.messageEn, "string");
    assert.ok(e.messageVi.length > 0 && e.messageEn.length > 0);
    assert.equal(e.message, e.messageEn);
    assert.ok(typeof e.stack === "string");
    return e;
  }
  assert.fail("expected a ScreeningError");
}

test("the entries export exactly the API", () => {
  const expected = [
    "BallotDecision",
    "Case",
    "ConflictingBallotsError",
    "DateOrderError",
    "Entry",
    "InternalError",
    "InvalidElectorateError",
    "InvalidMentorError",
    "InvalidOutcomeError",
    "InvalidTallyError",
    "MalformedError",
    "MissingCriteriaError",
    "ScreeningError",
    "StaleCaseError",
    "TooEarlyError",
    "UnsupportedFormatError",
    "WrongBodyError",
    "WrongStateError",
    "decideListing",
    "decideScreening",
    "init",
    "initSync",
    "labels",
    "payloadFields",
    "awaitedEvents",
    "formatDate",
    "replay",
  ].sort();
  assert.deepEqual(Object.keys(api).sort(), expected);
  const cjs = createRequire(import.meta.url)("../pkg/node.cjs");
  assert.deepEqual(Object.keys(cjs).sort(), expected);
  // import and require share one module: one set of classes.
  assert.equal(cjs.ScreeningError, api.ScreeningError);
  assert.equal(cjs.Case, api.Case);
});

test("decideListing: the worked example of the core, explained", () => {
  const d = decideListing({ official: 10, exempt: 1, yes: 6 });
  assert.equal(d.ballot, "listing");
  assert.equal(d.outcome, "listed");
  assert.deepEqual(d.rules, ["S1.3", "E1", "E2", "E5", "T1"]);
  assert.deepEqual(d.electorate, { official: 10, exempt: 1, exempt_attending: 0, excluded: 0, size: 9 });
  assert.deepEqual(d.votes, [{ question: "listing", yes: 6, threshold: "T1", required: 6, met: true }]);
  assert.match(d.explain("vi"), /6\/9 đồng ý, đạt từ hai phần ba trở lên \(cần ít nhất 6\)/);
  assert.match(d.explain("en"), /6 of 9 voted yes/);
  assert.equal(d.explain(), d.explain("vi"));
  assert.deepEqual(d.explanation, { vi: d.explain("vi"), en: d.explain("en") });
  // The JSON shape of the core's BallotDecision, explanation included.
  assert.deepEqual(Object.keys(d.toJSON()), ["ballot", "outcome", "rules", "electorate", "votes", "explanation"]);
  assert.deepEqual(JSON.parse(JSON.stringify(d)).explanation, d.explanation);
  const attending = decideListing({ official: 10, exempt: 2, exemptAttending: 1, yes: 6 });
  assert.equal(attending.electorate.size, 9);
  // E5: the excluded are left out of the base.
  const excluded = decideListing({ official: 10, exempt: 1, excluded: 2, yes: 5 });
  assert.deepEqual(excluded.electorate, { official: 10, exempt: 1, exempt_attending: 0, excluded: 2, size: 7 });
  assert.equal(excluded.outcome, "listed");
  assert.match(excluded.explain("vi"), /trừ 2 đảng viên bị đình chỉ sinh hoạt đảng/);
  assert.equal(decideScreening({ official: 10, exempt: 0, excluded: 4, progressYes: 3, removalYes: 0 }).outcome, "progress_recognized");
  assert.equal(refused(() => decideListing({ official: 3, exempt: 1, excluded: 3, yes: 0 })).code, "invalid_electorate");
});

test("decideScreening: outcomes and refusals", () => {
  assert.equal(decideScreening({ official: 10, exempt: 1, progressYes: 4, removalYes: 5 }).outcome, "continue_education");
  assert.equal(decideScreening({ official: 10, exempt: 1, progressYes: 5, removalYes: 0 }).outcome, "progress_recognized");
  const d = decideScreening({ official: 10, exempt: 1, progressYes: 0, removalYes: 6 });
  assert.equal(d.outcome, "removal_proposed");
  assert.deepEqual(
    d.votes.map((v) => [v.question, v.threshold, v.required, v.met]),
    [
      ["progress", "T2", 5, false],
      ["removal", "T1", 6, true],
    ],
  );
  const e = refused(() => decideScreening({ official: 10, exempt: 1, progressYes: 5, removalYes: 6 }));
  assert.equal(e.code, "conflicting_ballots");
  assert.match(e.messageEn, /I2/);
  assert.equal(e.at, undefined);
  assert.equal(refused(() => decideListing({ official: 3, exempt: 4, yes: 0 })).code, "invalid_electorate");
  assert.equal(refused(() => decideListing({ official: 3, exempt: 0, yes: 4 })).code, "invalid_tally");
  // Numbers at the top of u32 are exact.
  assert.equal(decideListing({ official: 4294967295, exempt: 0, yes: 2863311530 }).outcome, "listed");
  assert.equal(decideListing({ official: 4294967295, exempt: 0, yes: 2863311529 }).outcome, "not_listed");
});

test("replay: the report of a case", () => {
  const r = replay(sampleCase());
  assert.equal(r.state, "awaiting_listing_review");
  assert.equal(r.step, 1);
  assert.equal(r.cycle, 0);
  assert.equal(r.screening_from, null);
  assert.equal(r.mentor, null);
  assert.equal(r.version, 4);
  assert.deepEqual(r.next, [
    { type: "listing_reviewed", by: ["grassroots_committee"] },
    { type: "case_closed", by: ["grassroots_committee", "bloc_standing_committee"] },
  ]);
  assert.equal(r.history.length, 4);
  assert.equal(r.history[0].note, "rated 2023 and 2024");
  assert.equal(r.history[3].ballot.outcome, "listed");
  assert.deepEqual(r.history[3].rules, ["S1.3", "E1", "E2", "E5", "T1"]);
  for (const h of r.history) assert.ok(h.explanation.vi && h.explanation.en);
  // The same from JSON text.
  assert.deepEqual(replay(JSON.stringify(sampleCase())), r);
});

test("replay: a refused event is a ScreeningError with at, state and the report before it", () => {
  const file = sampleCase();
  file.events.push({ type: "member_notified", date: "2025-02-10", by: "branch_committee" });
  const e = refused(() => replay(file));
  assert.equal(e.code, "wrong_state");
  assert.equal(e.at, 4);
  assert.equal(e.state, "awaiting_listing_review");
  assert.equal(e.report.state, "awaiting_listing_review");
  assert.equal(e.report.version, 4);
  assert.match(e.messageVi, /Không thể ghi nhận/);
  assert.equal(e.messageIn("vi"), e.messageVi);
  assert.equal(e.messageIn("en"), e.messageEn);
});

test("replay: unreadable files", () => {
  assert.equal(refused(() => replay("{ not json")).code, "malformed");
  assert.equal(refused(() => replay('{"format": "screening-case/2"}')).code, "unsupported_format");
  assert.equal(refused(() => replay({ ...sampleCase(), extra: 1 })).code, "malformed");
  // Duplicate keys and non-integers in JSON text are the core's to refuse.
  const dup = JSON.stringify(sampleCase()).replace('"yes":6', '"yes":6,"yes":6');
  assert.equal(refused(() => replay(dup)).code, "malformed");
  const frac = JSON.stringify(sampleCase()).replace('"yes":6', '"yes":6.0');
  assert.equal(refused(() => replay(frac)).code, "malformed");
  const e = refused(() => replay("[]"));
  assert.equal(e.at, undefined);
  assert.equal(e.state, undefined);
  assert.equal(e.report, undefined);
});

test("Case: built event by event, refusals leave it as it was", () => {
  const c = new Case({ member, branch });
  assert.equal(c.state, "new");
  assert.equal(c.version, 0);
  assert.deepEqual(c.next(), [{ type: "flagged", by: ["branch_committee"] }]);
  const entry = c.apply({ type: "flagged", date: "2025-01-10", by: "branch_committee", criteria: ["degradation"] });
  assert.equal(entry.index, 0);
  assert.equal(entry.state, "flagged");
  assert.deepEqual(entry.rules, ["S1.1"]);
  assert.equal(c.state, "flagged");
  assert.equal(c.version, 1);

  const before = JSON.stringify(c);
  const report = c.report();
  const wrongBody = refused(() => c.apply({ type: "direction_requested", date: "2025-01-11", by: "branch" }));
  assert.equal(wrongBody.code, "wrong_body");
  assert.equal(wrongBody.at, 1);
  assert.equal(wrongBody.state, "flagged");
  const early = refused(() => c.apply({ type: "direction_requested", date: "2025-01-09", by: "branch_committee" }));
  assert.equal(early.code, "date_order");
  const stale = refused(() => c.apply({ type: "direction_requested", date: "2025-01-11", by: "branch_committee" }, 0));
  assert.equal(stale.code, "stale_case");
  assert.equal(refused(() => c.apply({ type: "direction_requested", date: "2025-01-11", by: "branch_committee", yes: 1 })).code, "malformed");
  assert.equal(JSON.stringify(c), before);
  assert.deepEqual(c.report(), report);

  c.apply('{"type": "direction_requested", "date": "2025-01-11", "by": "branch_committee"}', 1);
  assert.equal(c.version, 2);
  // Returned objects are copies: changing them changes nothing.
  c.report().history.length = 0;
  c.next().length = 0;
  assert.equal(c.report().history.length, 2);
  assert.equal(c.next().length, 2);
});

test("Case: fromJSON and toJSON round-trip; a refused file throws with its report", () => {
  const c = Case.fromJSON(sampleCase());
  assert.deepEqual(c.toJSON(), sampleCase());
  assert.deepEqual(JSON.parse(JSON.stringify(c)), sampleCase());
  assert.deepEqual(Case.fromJSON(JSON.stringify(c)).report(), c.report());
  assert.equal(c.state, "awaiting_listing_review");
  const bad = sampleCase();
  bad.events[2].date = "2025-01-01";
  const e = refused(() => Case.fromJSON(bad));
  assert.equal(e.code, "date_order");
  assert.equal(e.at, 2);
  assert.equal(e.state, "awaiting_direction");
  assert.equal(e.report.version, 2);
  assert.equal(refused(() => new Case({ member, branch: { ...branch, kind: "nope" } })).code, "malformed");
  assert.equal(refused(() => new Case({ member: { id: "", status: "official" }, branch })).code, "malformed");
});

test("a whole case through all four steps", () => {
  const c = new Case({ member, branch: { id: "CB-1", kind: "grassroots", has_committee: false } });
  const s = "branch_secretary";
  const bloc = "bloc_standing_committee";
  c.apply({ type: "flagged", date: "2025-01-10", by: s, criteria: ["degradation", "other"] });
  c.apply({ type: "direction_requested", date: "2025-01-12", by: s });
  c.apply({ type: "direction_given", date: "2025-01-20", by: bloc, proceed: true });
  c.apply({ type: "listing_voted", date: "2025-02-03", by: "branch", electorate: { official: 10, exempt: 1 }, yes: 7 });
  c.apply({ type: "listing_reviewed", date: "2025-02-10", by: bloc, approved: true });
  c.apply({ type: "member_notified", date: "2025-02-12", by: s });
  c.apply({ type: "self_criticism_submitted", date: "2025-02-20", by: "member" });
  const assigned = c.apply({ type: "mentor_assigned", date: "2025-03-01", by: "branch", mentor: { id: "DV-7", role: "member" } });
  assert.equal(assigned.screening_from, "2026-03-02");
  assert.deepEqual(c.next().find((n) => n.type === "screening_voted"), { type: "screening_voted", by: ["branch"], from: "2026-03-02" });
  const early = refused(() =>
    c.apply({ type: "screening_voted", date: "2026-03-01", by: "branch", electorate: { official: 10, exempt: 1 }, progress_yes: 0, removal_yes: 7 }),
  );
  assert.equal(early.code, "too_early");
  const voted = c.apply({ type: "screening_voted", date: "2026-03-02", by: "branch", electorate: { official: 10, exempt: 1 }, progress_yes: 0, removal_yes: 7 });
  assert.equal(voted.ballot.outcome, "removal_proposed");
  assert.equal(c.state, "referred_to_bloc");
  assert.equal(c.report().step, 4);
  c.apply({ type: "verification_ordered", date: "2026-03-10", by: bloc });
  c.apply({ type: "verification_concluded", date: "2026-04-10", by: "bloc_inspection_committee", violations_confirmed: true });
  c.apply({ type: "removal_decided", date: "2026-04-20", by: bloc, outcome: "expelled" });
  assert.equal(c.state, "expelled");
  assert.deepEqual(c.next(), []);
  assert.equal(c.report().step, null);
});

test("labels and payload fields come from the core, in the specification's order", () => {
  const l = labels();
  assert.equal(Object.keys(l.states)[0], "new");
  assert.equal(Object.keys(l.states).length, 20);
  assert.deepEqual(Object.keys(l.events), Object.keys(payloadFields()));
  assert.equal(Object.keys(l.events)[0], "flagged");
  assert.equal(l.bodies.branch_secretary.vi, "Bí thư chi bộ");
  assert.equal(l.states.under_monitoring.en, "Under monitoring");
  assert.deepEqual(Object.keys(l.steps), ["1", "2", "3", "4"]);
  assert.deepEqual(Object.keys(l.thresholds), ["T1", "T2"]);
  assert.equal(Object.keys(l.errors).length, 14);
  assert.equal(Object.keys(l.errors).at(-1), "internal");
  assert.deepEqual(payloadFields().screening_voted, ["electorate", "progress_yes", "removal_yes", "progress_ballots", "removal_ballots"]);
  assert.deepEqual(payloadFields().member_notified, []);
  // Fresh copies.
  l.states.new.vi = "x";
  assert.notEqual(labels().states.new.vi, "x");
});

test("a trap in the module is a ScreeningError `internal`, and the module works afterwards", () => {
  for (let i = 0; i < 3; i++) {
    const c = Case.fromJSON(sampleCase());
    const e = refused(() => _trapForTests());
    assert.equal(e.code, "internal");
    assert.ok(e.cause instanceof WebAssembly.RuntimeError, `cause: ${e.cause}`);
    assert.match(e.messageVi, /Lỗi nội bộ/);
    // Everything still works, including a Case made before the trap.
    assert.equal(decideListing({ official: 10, exempt: 1, yes: 6 }).outcome, "listed");
    assert.equal(replay(sampleCase()).state, "awaiting_listing_review");
    c.apply({ type: "case_closed", date: "2025-03-01", by: "grassroots_committee", reason: "transferred" }, 4);
    assert.equal(c.state, "closed");
    assert.equal(refused(() => c.apply({ type: "case_closed", date: "2025-03-01", by: "grassroots_committee", reason: "other" })).code, "wrong_state");
  }
});

test("the public type declarations have no `any`", () => {
  const pkg = join(wasmDir, "pkg");
  const dts = readdirSync(pkg).filter((f) => f.endsWith(".d.ts") || f.endsWith(".d.cts"));
  assert.deepEqual(dts.sort(), [
    "documents-node.d.ts",
    "documents.d.cts",
    "documents.d.ts",
    "index.d.cts",
    "index.d.ts",
    "node.d.ts",
    "types.d.cts",
    "types.d.ts",
    "web.d.ts",
  ]);
  for (const f of dts) {
    const text = readFileSync(join(pkg, f), "utf8").replace(/\/\/.*$/gm, "").replace(/\/\*[\s\S]*?\*\//g, "");
    assert.doesNotMatch(text, /\bany\b/, f);
  }
  const manifest = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8"));
  assert.equal(manifest.exports["."].types, "./index.d.ts");
  assert.deepEqual(manifest.exports["."].node, {
    import: { types: "./index.d.ts", default: "./node.js" },
    require: { types: "./index.d.cts", default: "./node.cjs" },
  });
  assert.equal(manifest.exports["."].browser, "./web.js");
  assert.equal(manifest.exports["./auto"].browser, "./index.js");
  assert.deepEqual(manifest.exports["./documents"].node, {
    import: { types: "./documents.d.ts", default: "./documents-node.js" },
    require: { types: "./documents.d.cts", default: "./documents-node.cjs" },
  });
  assert.equal(manifest.exports["./documents"].browser, "./documents.js");
});

test("Node resolves the package by name through its exports map", () => {
  const dir = mkdtempSync(join(tmpdir(), "screening-pkg-"));
  try {
    mkdirSync(join(dir, "node_modules"));
    symlinkSync(join(wasmDir, "pkg"), join(dir, "node_modules", "screening"), "dir");
    writeFileSync(
      join(dir, "main.mjs"),
      'import { decideListing, Case } from "screening";\n' +
        'console.log(decideListing({ official: 10, exempt: 1, yes: 6 }).outcome, typeof Case);\n',
    );
    assert.equal(execFileSync(process.execPath, [join(dir, "main.mjs")], { cwd: dir, encoding: "utf8" }).trim(), "listed function");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the declared unions of codes are the core's vocabularies", () => {
  const dts = readFileSync(join(wasmDir, "js", "types.d.ts"), "utf8");
  const union = (name) => {
    const m = dts.match(new RegExp(`export type ${name} =([^;]*);`));
    assert.ok(m, `types.d.ts declares ${name}`);
    return [...m[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]);
  };
  const l = labels();
  assert.deepEqual(union("StateName"), Object.keys(l.states));
  assert.deepEqual(union("EventType"), Object.keys(l.events));
  assert.deepEqual(union("Body"), Object.keys(l.bodies));
  assert.deepEqual(union("RuleId"), Object.keys(l.rules));
  assert.deepEqual(union("ErrorCode"), Object.keys(l.errors));
  assert.deepEqual(union("Outcome"), Object.keys(l.outcomes));
  assert.deepEqual(union("Criterion"), Object.keys(l.criteria));
  // One error class per code, named after it.
  for (const code of Object.keys(l.errors)) {
    const name = `${code.replace(/(^|_)([a-z])/g, (_, __, c) => c.toUpperCase())}Error`;
    assert.equal(typeof api[name], "function", name);
    assert.ok(api[name].prototype instanceof ScreeningError, name);
  }
});

test("after a trap, a Case rebuilds itself from its events: nothing is lost", () => {
  const c = new Case({ member, branch });
  const events = [
    { type: "flagged", date: "2025-01-10", by: "branch_committee", criteria: ["degradation"] },
    { type: "direction_requested", date: "2025-01-12", by: "branch_committee" },
    { type: "direction_given", date: "2025-01-20", by: "grassroots_committee", proceed: true },
  ];
  for (const e of events) c.apply(e);
  const opened = Case.fromJSON(sampleCase());
  const before = { file: JSON.stringify(c), report: JSON.stringify(c.report()), opened: JSON.stringify(opened.report()) };
  assert.equal(refused(() => _trapForTests()).code, "internal");
  // The module was re-instantiated: both cases rebuild from what they started from and their events.
  assert.equal(c.version, 3);
  assert.equal(JSON.stringify(c), before.file);
  assert.equal(JSON.stringify(c.report()), before.report);
  assert.equal(JSON.stringify(opened.report()), before.opened);
  const entry = c.apply({ type: "listing_voted", date: "2025-02-03", by: "branch", electorate: { official: 10, exempt: 1 }, yes: 6 }, 3);
  assert.equal(entry.state, "awaiting_listing_review");
  assert.match(entry.explain("vi"), /6\/9 đồng ý/);
  assert.deepEqual(JSON.parse(JSON.stringify(c)).events.length, 4);
});

test("free() releases a Case; `using` calls it; a freed Case refuses to be used", () => {
  const c = Case.fromJSON(sampleCase());
  c.free();
  c.free(); // twice is harmless
  assert.throws(() => c.next(), /freed/);
  assert.throws(() => c.apply({ type: "case_closed", date: "2025-03-01", by: "grassroots_committee", reason: "other" }), /freed/);
  assert.equal(typeof Case.prototype[Symbol.dispose], "function");
  const d = Case.fromJSON(sampleCase());
  d[Symbol.dispose]();
  assert.throws(() => d.report(), /freed/);
  // Many cases made and freed: the module's memory is reused.
  for (let i = 0; i < 2000; i++) Case.fromJSON(sampleCase()).free();
  assert.equal(replay(sampleCase()).version, 4);
});

test("awaitedEvents and formatDate: what is due and how prose writes a date, from the core", () => {
  const awaited = awaitedEvents();
  assert.ok(!awaited.includes("case_closed") && !awaited.includes("mentor_reassigned"));
  assert.equal(awaited.length, Object.keys(labels().events).length - 2);
  assert.equal(formatDate("2024-03-04"), "04/3/2024");
  assert.equal(formatDate("2024-01-15", "vi"), "15/01/2024");
  assert.equal(formatDate("2024-03-04", "en"), "4 March 2024");
  for (const bad of ["2024-13-01", "04/3/2024", 20240304, null]) {
    assert.throws(() => formatDate(bad), (e) => e instanceof ScreeningError && e.code === "malformed" && e.path === "date");
  }
  assert.throws(() => formatDate("2024-03-04", "fr"), (e) => e instanceof ScreeningError && e.path === "lang");
});
