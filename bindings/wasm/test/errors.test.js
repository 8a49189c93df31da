// Every function of the package fed bad input: the error is the subclass of
// ScreeningError for its code, and its message names the argument or the
// field path (in both languages), never a conversion's words.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as api from "../pkg/node.js";
import { sampleCase } from "./support.js";

const { Case, MalformedError, ScreeningError, decideListing, decideScreening, replay } = api;

/** `fn` must throw `Class` with `code`, its messages starting with `path`. */
function throwsAt(what, fn, Class, code, path) {
  let thrown = null;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  assert.ok(thrown !== null, `${what}: accepted`);
  assert.ok(thrown instanceof Class, `${what}: ${thrown?.name}: ${thrown?.message}`);
  assert.ok(thrown instanceof ScreeningError);
  assert.equal(thrown.code, code, what);
  assert.equal(thrown.name, Class.name);
  if (path !== undefined) {
    assert.equal(thrown.path, path, what);
    assert.ok(thrown.messageEn.startsWith(`${path}: `), `${what}: "${thrown.messageEn}" does not start with ${path}`);
    assert.ok(thrown.messageVi.startsWith(`${path}: `), `${what}: "${thrown.messageVi}" does not start with ${path}`);
  }
  return thrown;
}

// Values that are not counts, with how the message shows them.
const notCounts = [
  [-1, "-1"],
  [1.5, "1.5"],
  [2 ** 32, "4294967296"],
  [1e300, "1e+300"],
  [NaN, "NaN"],
  [Infinity, "Infinity"],
  [true, "true"],
  [false, "false"],
  ["5", '"5"'],
  [null, "null"],
  [10n, "10n"],
  [[1], "an array"],
  [{}, "an object"],
];

const listing = { official: 10, exempt: 1, exemptAttending: 1, excluded: 0, yes: 6 };
const screening = { official: 10, exempt: 1, exemptAttending: 1, excluded: 0, progressYes: 3, removalYes: 2 };

test("decideListing and decideScreening name the count that is not a count", () => {
  for (const [f, name, ballot] of [
    [decideListing, "decideListing", listing],
    [decideScreening, "decideScreening", screening],
  ]) {
    for (const field of Object.keys(ballot)) {
      for (const [value, shown] of notCounts) {
        const e = throwsAt(`${name}(${field}: ${shown})`, () => f({ ...ballot, [field]: value }), MalformedError, "malformed", `ballot.${field}`);
        assert.ok(e.messageEn.includes(shown), `${name}: ${e.messageEn} does not show ${shown}`);
        assert.match(e.messageEn, /is not a count from 0 to 4294967295$/);
      }
    }
    for (const field of Object.keys(ballot).filter((k) => k !== "exemptAttending" && k !== "excluded")) {
      const { [field]: _, ...missing } = ballot;
      throwsAt(`${name} without ${field}`, () => f(missing), MalformedError, "malformed", `ballot.${field}`);
    }
    throwsAt(`${name} with a stray field`, () => f({ ...ballot, exemptAttendng: 1 }), MalformedError, "malformed", "ballot.exemptAttendng");
    for (const [value, shown] of [[undefined, "undefined"], [null, "null"], [5, "5"], ["{}", '"{}"'], [[], "an array"]]) {
      const e = throwsAt(`${name}(${shown})`, () => f(value), MalformedError, "malformed", "ballot");
      assert.ok(e.messageEn.includes(shown));
    }
  }
});

test("the rules' refusals of a ballot keep their own codes and classes", () => {
  throwsAt("E4 electorate", () => decideListing({ official: 3, exempt: 4, yes: 0 }), api.InvalidElectorateError, "invalid_electorate");
  throwsAt("E4 tally", () => decideListing({ official: 3, exempt: 0, yes: 4 }), api.InvalidTallyError, "invalid_tally");
  throwsAt("I2", () => decideScreening({ official: 10, exempt: 1, progressYes: 5, removalYes: 6 }), api.ConflictingBallotsError, "conflicting_ballots");
});

test("replay, Case.fromJSON, new Case and Case.apply name the argument of the wrong type", () => {
  for (const [value, shown] of [[undefined, "undefined"], [null, "null"], [5, "5"], [true, "true"], [10n, "10n"]]) {
    throwsAt(`replay(${shown})`, () => replay(value), MalformedError, "malformed", "caseFile");
    throwsAt(`Case.fromJSON(${shown})`, () => Case.fromJSON(value), MalformedError, "malformed", "caseFile");
    throwsAt(`new Case(${shown})`, () => new Case(value), MalformedError, "malformed", "init");
    const c = Case.fromJSON(sampleCase());
    throwsAt(`apply(${shown})`, () => c.apply(value), MalformedError, "malformed", "event");
  }
  const c = Case.fromJSON(sampleCase());
  const next = { type: "listing_reviewed", date: "2025-02-10", by: "grassroots_committee", approved: true };
  for (const [value, shown] of notCounts.filter(([v]) => v !== null)) {
    throwsAt(`apply(event, ${shown})`, () => c.apply(next, value), MalformedError, "malformed", "expectedVersion");
  }
  assert.equal(c.version, 4, "a refused call changes nothing");
  // A function inside an object is refused, not dropped.
  throwsAt("replay with a function", () => replay({ ...sampleCase(), note: () => 1 }), MalformedError, "malformed", "caseFile");
});

test("explain() names a language that is not vi or en", () => {
  const d = decideListing(listing);
  const entry = replay(sampleCase()).history[0];
  const c = Case.fromJSON(sampleCase());
  const caseEntry = c.report().history[3];
  for (const [value, shown] of [["fr", '"fr"'], ["", '""'], [null, "null"], [1, "1"]]) {
    for (const [what, f] of [
      ["decision", () => d.explain(value)],
      ["replay entry", () => entry.explain(value)],
      ["case entry", () => caseEntry.explain(value)],
      ["ballot of an entry", () => caseEntry.ballot.explain(value)],
    ]) {
      const e = throwsAt(`${what}.explain(${shown})`, f, MalformedError, "malformed", "lang");
      assert.ok(e.messageEn.includes(shown), e.messageEn);
    }
  }
});

/** `fn` must throw MalformedError whose path is `path`, named in both messages. */
function malformedAt(what, fn, path) {
  const e = throwsAt(what, fn, MalformedError, "malformed");
  assert.equal(e.path, path, `${what}: ${e.messageEn}`);
  assert.ok(e.messageEn.includes(`${path}: `), `${what}: "${e.messageEn}" does not name ${path}`);
  assert.ok(e.messageVi.includes(`${path}: `), `${what}: "${e.messageVi}" does not name ${path}`);
  return e;
}

test("a bad field of a case file is named by its path, as text or as an object", () => {
  for (const [value, shown] of [[-1, "-1"], [true, "boolean"], [null, "null"], [1.5, "1.5"], ["5", "string"], [2 ** 32, "4294967296"]]) {
    const file = sampleCase();
    file.events[3].electorate.official = value;
    for (const input of [file, JSON.stringify(file)]) {
      const e = malformedAt(`replay(official: ${shown})`, () => replay(input), "events[3].electorate.official");
      assert.ok(e.messageEn.includes(shown), e.messageEn);
      malformedAt(`Case.fromJSON(official: ${shown})`, () => Case.fromJSON(input), "events[3].electorate.official");
    }
  }
  const stray = sampleCase();
  stray.events[1].yes = 1;
  // A field that does not belong: the path of its object, the field in the message.
  assert.match(malformedAt("a payload field of another event", () => replay(stray), "events[1]").messageEn, /yes/);
  const names = sampleCase();
  names.branch.names = { chi_bo: "Chi bộ 7" };
  malformedAt("an unknown body in branch.names", () => replay(names), "branch.names");
  const tellers = sampleCase();
  tellers.events[3].ballots = { issued: 9, returned: 9 };
  malformedAt("a tellers' count without invalid", () => replay(tellers), "events[3].ballots");
});

test("Case.apply and new Case name the field of the event or the header", () => {
  const c = Case.fromJSON({ ...sampleCase(), events: sampleCase().events.slice(0, 3) });
  const vote = sampleCase().events[3];
  malformedAt("apply: official -1", () => c.apply({ ...vote, electorate: { official: -1, exempt: 0 } }), "event.electorate.official");
  malformedAt("apply: excluded true", () => c.apply({ ...vote, electorate: { official: 5, exempt: 0, excluded: true } }), "event.electorate.excluded");
  malformedAt("apply: a stray field", () => c.apply({ ...vote, electorate: { official: 5, exempt: 0, foo: 1 } }), "event.electorate");
  assert.equal(c.version, 3, "a refused event changes nothing");
  const { member, branch } = sampleCase();
  malformedAt("new Case: empty id", () => new Case({ member: { ...member, id: "" }, branch }), "member.id");
  malformedAt("new Case: unknown kind", () => new Case({ member, branch: { ...branch, kind: "nope" } }), "branch.kind");
  malformedAt("new Case: names", () => new Case({ member, branch: { ...branch, names: { x: "y" } } }), "branch.names");
});
